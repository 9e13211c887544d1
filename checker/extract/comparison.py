"""The time a figure is measured against: "up 18 percent from a year earlier", "compared
with the same quarter last year". Such a time is the base of a comparison, not the time of
the figure or of another event (read by checker.extract.as_of for a figure's as-of date and
by checker.events.attach for the day of another event)."""

from __future__ import annotations

import re
from functools import cache

from checker.extract.periods import compared_since, made_opening
from checker.extract.text import may_end_with

_BASE_BEFORE = re.compile(
    r"\b(?:from|than|compared\s+(?:with|to)|versus|vs\.?|against)\s+"
    r"(?:the\s+)?(?:same\s+(?:period|quarter|month|week|time)\s+(?:of\s+|in\s+)?)?$",
    re.I,
)
_REACH = 40  # characters before the time where the cue may start
# the words that open a price a figure is measured against, and the price's own words
_TO_BASE = r"\b(?:to|over|above|below|from|than)\s+"
_PRICE = r"(?:[\w-]+\s+){0,3}(?:price|prices|close|level|average)"
# the day of that price: "a premium of 32% to Brightwell's closing price on Friday", "a 32%
# premium to Halden & Pryce's closing price of 216p on Friday", "of EC$3.18 on Friday" (a
# currency's letters before its sign: EC$, US$, NZ$, R$), "12%
# above the average price of March", "to Pinecrest's unaffected closing share price of
# $47.00 on March 1, 2024"
_PRICE_BEFORE = re.compile(
    rf"{_TO_BASE}(?:the\s+|its\s+|their\s+|[\w.&-]+(?:\s+[\w.&-]+){{0,2}}(?:'s|\u2019s)\s+)?"
    rf"{_PRICE}\s+(?:of\s+(?:[A-Za-z]{{1,3}})?[$\u20ac\u00a3]?\d[\d,.]*(?:p|c|pence|cents)?\s+)?"
    r"(?:on|of)\s+$",
    re.I,
)
_PRICE_REACH = 80
# "a premium of 24% to Friday's closing price": the day opens the price's own words
_BASE_CUE_BEFORE = re.compile(rf"{_TO_BASE}$", re.I)
_DAYS_PRICE_AFTER = re.compile(rf"[\w.-]+(?:\s+[\w.-]+)?(?:'s|\u2019s)\s+{_PRICE}\b", re.I)


def comparison_base(text: str, start: int) -> bool:
    """Whether the time starting at `start` of `text` is the base of a comparison."""
    return (
        _BASE_BEFORE.search(text, max(0, start - _REACH), start) is not None
        or _PRICE_BEFORE.search(text, max(0, start - _PRICE_REACH), start) is not None
        or (
            _BASE_CUE_BEFORE.search(text, max(0, start - 10), start) is not None
            and _DAYS_PRICE_AFTER.match(text, start) is not None
        )
    )


# a figure measured against ("up from 59 percent", "compared with 435", "than 1,200"): a time
# right after it is that figure's, not the one's before it
# the words that open the base of a change ("than" opens one only after a comparative, which
# a figure's own qualifier "more than" also is: is_base_figure leaves it out)
_CHANGE_BASE_CUES = r"from|compared\s+(?:with|to)|versus|vs\.?"
_BASE_FIGURE = re.compile(
    rf"\b(?:{_CHANGE_BASE_CUES}|than)\s+(?:[a-z]+\s+){{0,2}}[$\u20ac\u00a3]?\d",
    re.I,
)


def base_figure_between(text: str, start: int, end: int) -> bool:
    """Whether a base figure of a comparison stands in text[start:end], between a figure and
    a time after it: "Turnout was 64 percent, up from 59 percent in 2021" dates the 59, not
    the 64."""
    return _BASE_FIGURE.search(text, start, end) is not None


# a reason told after a figure, ending right before a date: "over a cyber attack in",
# "for a breach on"
_REASON_BEFORE = re.compile(
    r"\b(?:over|for)\s+(?:a|an|the|its|their|his|her)\s+(?:[\w-]+\s+){0,3}?(?:in|on)\s+$", re.I
)


def dates_reason(text: str, figure_end: int, start: int) -> bool:
    """Whether the time starting at `start`, after a figure ending at `figure_end`, dates
    what the figure is for ("fined EUR27.5 million over a cyber attack in March 2021"),
    not the figure."""
    return _REASON_BEFORE.search(text, figure_end, start) is not None


@cache
def _made_before() -> re.Pattern[str]:
    """The making of the thing a figure measures, told after it: "The 860-km pipeline,
    built in", "the 2,000-seat arena, which opened in" (event_dates.json made_verbs)."""
    return re.compile(rf"{made_opening()}\s+(?:[\w-]+\s+){{0,3}}?(?:in|on)\s+$", re.I | re.X)


# the end of a stretch that runs on past the figure's time: "a five-year contract running
# until June 2029", "closed until Monday", "remains in force till 2030"
_UNTIL_BEFORE = re.compile(
    r"\b(?:until|till|untill)\s+(?:at\s+least\s+|the\s+end\s+of\s+|early\s+|late\s+|mid-?)?$",
    re.I,
)


def dates_other_than_figure(text: str, figure_end: int, start: int) -> bool:
    """Whether a time starting at `start`, after a figure ending at `figure_end`, dates a
    comparison the figure is set against ("Turnout was 68.4%, the highest since 2009"),
    what the figure is for ("fined EUR27.5 million over a cyber attack in March 2021"),
    when the thing it measures was made ("The 860-km pipeline, built in 1994") or when a
    stretch ends ("Monteiro, 23, has signed a contract running until June 2029"), not the
    figure itself (read by as_of for the figure's date and by the event model for another
    event's day). The making of a thing dates no figure wherever it stands: "The retired
    satellite, launched in 1994, ... was hit at an altitude of 790 km"."""
    if _made_before().search(text, max(0, start - _MADE_REACH), start) is not None:
        return True
    return start > figure_end and (
        compared_since(text, figure_end, start)
        or dates_reason(text, figure_end, start)
        or _UNTIL_BEFORE.search(text, max(figure_end, start - 30), start) is not None
    )


_MADE_REACH = 60  # characters before a date where the making of a thing is told


# a figure that is the base of a change, right before it: "slowed to 3.4 percent in March
# from | 3.9 percent in February", "up from | 59 percent", "compared with | 435"
_BASE_FIGURE_BEFORE = re.compile(rf"\b(?:{_CHANGE_BASE_CUES})\s+(?:(?:a|an)\s+)?$", re.I)
# only a preposition between a base figure and its own time: "3.9 percent | in | February"
_OWN_TIME_BETWEEN = re.compile(r"\s*(?:in|on|at|for|during)?\s*$", re.I)


# the last word of every _BASE_FIGURE_BEFORE match, for a cheap test first
_BASE_FIGURE_LAST_WORDS = frozenset({"from", "with", "to", "versus", "vs", "a", "an"})


def is_base_figure(text: str, start: int) -> bool:
    """Whether the figure starting at `start` is the base a change is measured from."""
    window = max(0, start - 20)
    if not may_end_with(text[window:start], _BASE_FIGURE_LAST_WORDS):
        return False  # most figures follow another word
    return _BASE_FIGURE_BEFORE.search(text, window, start) is not None


def own_time_after(text: str, figure_end: int, time_start: int) -> bool:
    """Whether a time starting at `time_start` follows the figure ending at `figure_end`
    with at most a preposition between: "from 3.9 percent in February" dates the 3.9."""
    return (
        figure_end <= time_start
        and _OWN_TIME_BETWEEN.fullmatch(text, figure_end, time_start) is not None
    )
