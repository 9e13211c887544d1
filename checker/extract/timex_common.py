"""What the normalisers share: the document context, their result, tense and token helpers."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import NamedTuple

from checker.extract.timex_vocab import (
    FULL_MONTHS,
    FULL_WEEKDAYS,
    FUTURE_CUES,
    MONTHS,
    PAST_CUES,
    alternation,
    parse_number,
)

ISO_DAY = re.compile(r"\d{4}-\d\d-\d\d$")  # a time that is one day
DAY_PREFIX = re.compile(r"\d{4}-\d\d-\d\d")  # a time that opens with its day


# not frozen: built for every candidate time, as the records of figures (see numbers.NumberMention)
@dataclass
class Context:
    """The document a candidate sits in."""

    text: str
    anchor: dt.date | None
    day_first: bool | None  # numeric dates: True = 16/02/16 order, None = no evidence
    ref: str = ""  # the last explicit date value before the candidate, for "a year earlier"


class Norm(NamedTuple):
    """A normalised expression before offsets are attached."""

    type: str
    value: str
    mod: str = ""
    skip: int = 0  # characters at the start of the match that are not part of the extent


# Run on lower-cased text: case-blind matching of this many words is far slower.
_CUE = re.compile(
    rf"""
    (?<![\w'’])(?:
      (?P<past>{alternation(PAST_CUES)})                            # said, had been due
      |(?P<future>{alternation(c for c in FUTURE_CUES if c[0].isalpha())})  # will
      |(?P<passive>be|been|being)\s+[a-z]{{3,}}ed                     # (will) be named: no cue
      |(?P<pastverb>[a-z]{{3,}}ed)                                    # fired, launched
    )(?!\w)
    |(?P<future2>['’]ll)(?!\w)                                       # we'll
    """,
    re.VERBOSE,
)
_CLAUSE_END = re.compile(r"[.!?;\n]\s")
SPACES = re.compile(r"\s+")  # a run of spaces in a phrase, written as one in a lookup key


# "forecasts" and "plans" are verbs of the future ("the bank forecasts", "she plans"), or
# nouns after a determiner, a possessive, a preposition or an -ing form ("beating
# forecasts", "the plans", "economists' forecasts"): no tense
_NOUN_CUES = frozenset({"forecasts", "plans"})
_NOUN_BEFORE = re.compile(
    r"(?:\b(?:the|its|their|his|her|our|your|my|a|of|than|for|on|with|to|by|in|and|or)|ing|['’]s?)\s+$"
)


def _tense_cue(text: str, cue: re.Match[str]) -> bool:
    """Whether a match of _CUE in `text` (lower case) tells a tense."""
    if cue["passive"]:
        return False
    if cue.group(0) in _NOUN_CUES:
        return _NOUN_BEFORE.search(text, max(0, cue.start() - 12), cue.start()) is None
    return True


def tense_before(text: str, start: int) -> str:
    """'future', 'past' or '' from the nearest tense cue earlier in the clause."""
    window = text[max(0, start - 90) : start]
    cuts = list(_CLAUSE_END.finditer(window))
    if cuts:
        window = window[cuts[-1].end() :]
    lowered = window.lower()
    cues = [cue for cue in _CUE.finditer(lowered) if _tense_cue(lowered, cue)]
    if not cues:
        return ""
    last = cues[-1]
    return "future" if (last["future"] or last["future2"]) else "past"


# 'has until Tuesday', 'extended the deadline until 9 a.m. Friday': an end point still ahead
_UNTIL_BEFORE = re.compile(r"(?<![\w-])(?:until|till)\s+$", re.IGNORECASE)


def tense_around(text: str, start: int, end: int) -> str:
    """Tense before the expression, else from the words right after it ('Friday will');
    a deadline ('until Friday') looks ahead unless the words after it say otherwise
    ('Until Friday, they had not ...')."""
    if _UNTIL_BEFORE.search(text, max(0, start - 8), start):
        return tense_after(text, end) or "future"
    near = tense_before(text, start) or tense_after(text, end)
    return near or _sentence_tense_after(text, end)


_SENTENCE_REACH = 160  # 'In January, a week after ..., a bomb destroyed': the sentence's verb


def tense_after(text: str, end: int) -> str:
    """Tense from the first cue in the words right after the expression (they may run into
    the next sentence: 'in March. But the company has had')."""
    return _first_tense(text[end : end + 40].lower())


def _sentence_tense_after(text: str, end: int) -> str:
    """Tense from the first cue further on, up to the end of the sentence."""
    after = text[end : end + _SENTENCE_REACH].lower()
    cut = _CLAUSE_END.search(after)
    return _first_tense(after[: cut.start() + 1] if cut else after)


def _first_tense(after: str) -> str:
    match = next((cue for cue in _CUE.finditer(after) if _tense_cue(after, cue)), None)
    if match is None:
        return ""
    return "future" if (match["future"] or match["future2"]) else "past"


_AMBIGUOUS_MONTHS = frozenset({"may", "march", "mar", "jan", "sun", "dec", "jun", "aug"})
_MONTH_CONTEXT = re.compile(
    r"""
    (?:\b(?:in|since|by|until|till|of|from|through|during|before|after|to|and|or|between
        |early|late|mid|last|this|next|past|end|start|beginning|middle|the)\s*-?\s*
      |,\s*)$                                   # a word that calls for a month
    """,
    re.IGNORECASE | re.VERBOSE,
)


def clock_hour(hour: int, half: str) -> int:
    """The hour of a 24-hour clock for an hour written with "a.m." or "p.m." (`half`: "a",
    "p"; "" for none): "6 p.m." is 18, "12 a.m." is 0; an hour past 12 is already one."""
    if not half or hour > 12:
        return hour
    return hour % 12 + (12 if half.lower() == "p" else 0)


def month_number(token: str) -> int | None:
    """The month a written month name stands for; None for lower-case 'may' and the like."""
    word = token.rstrip(".").lower()
    number = MONTHS.get(word)
    if number is None:
        return None
    if token[:1].islower() and (word in _AMBIGUOUS_MONTHS or word not in FULL_MONTHS):
        return None
    return number


_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")  # 'Jan Kavan', 'Dec Smith': a first name


def bare_month_ok(text: str, start: int, token: str) -> bool:
    """A month named alone: ambiguous words (May, March) need a word that calls for a month,
    and an abbreviation without its full stop must not be followed by a name."""
    word = token.rstrip(".").lower()
    if word in FULL_MONTHS and word not in _AMBIGUOUS_MONTHS:
        return True
    abbreviated = not token.endswith(".") and word not in FULL_MONTHS
    if abbreviated and _NAME_AFTER.match(text, start + len(token)):
        return False
    return _MONTH_CONTEXT.search(text[max(0, start - 20) : start]) is not None


def year_of(token: str | None, anchor: dt.date | None) -> int | None:
    """2015 from '2015'; '16 -> 2016 (the century nearest the anchor, else 19xx/20xx at 50)."""
    if not token:
        return None
    if token[:1].isalpha():
        return spoken_year(token)
    digits = token.lstrip("'’")
    if len(digits) == 4:
        return int(digits)
    short = int(digits)
    if anchor is not None:
        century = anchor.year // 100 * 100
        options = (century - 100 + short, century + short, century + 100 + short)
        return min(options, key=lambda year: abs(year - anchor.year - 2))
    return 2000 + short if short < 50 else 1900 + short


def spoken_year(words: str) -> int | None:
    """1996 from 'nineteen ninety-six', 2001 from 'two thousand and one'."""
    head, _, rest = re.sub(r"[\s-]+", " ", words.lower()).partition(" ")
    if head == "two":  # two thousand ...
        rest = rest.removeprefix("thousand").removeprefix(" and").strip()
    number = parse_number(rest) if rest else 0.0
    if number is None:
        return None
    return (1900 if head == "nineteen" else 2000) + int(number)


def direction_ref(offset: int) -> str:
    """The vague value for a relative expression that has no anchor."""
    if offset < 0:
        return "PAST_REF"
    return "FUTURE_REF" if offset > 0 else "PRESENT_REF"


RELATIONS: dict[str, int] = {
    "this": 0,
    "current": 0,
    "last": -1,
    "past": -1,
    "previous": -1,
    "prior": -1,
    "latest": -1,
    "next": 1,
    "coming": 1,
    "following": 1,
}


def relation_of(word: str | None) -> str:
    return SPACES.sub(" ", word or "").lower().removeprefix("the ").strip()


def group(m: re.Match[str], name: str) -> str:
    """A named group's text, '' when the group did not take part or the rule has none."""
    return m.groupdict().get(name) or ""


# a weekday of no known week, an undated article's "on Saturday" ("XXXX-WXX-6"), as pattern text
NO_WEEK_DAY = r"XXXX-WXX-[1-7]"
# a time of one day, or of a weekday of no known week, at any hour of it
_DAY_VALUE = re.compile(rf"(?:\d{{4}}-\d\d-\d\d|{NO_WEEK_DAY})(?:T[\w:]+)?$")
# a weekday's name or a month's: a day the text names
_NAMED_DAY = re.compile(rf"\b(?:{alternation([*FULL_WEEKDAYS, *MONTHS])})\b", re.I)


def day_named(text: str, start: int, end: int, value: str) -> bool:
    """Whether a time at text[start:end] with TIMEX3 `value` is a day the text names by a
    weekday's or a month's name ("late on Sunday", "on 4 November"); not "today" or "four
    hours later", read against a day the page may not keep."""
    return _DAY_VALUE.match(value) is not None and _NAMED_DAY.search(text, start, end) is not None


_WEEKDAY_OF = re.compile(r"XXXX-WXX-([1-7])")
_NEAR_DAYS = 3  # how far apart two days of one week's news may be: "Saturday" and "Sunday"


def weekday_of_no_week(value: str) -> bool:
    """Whether a TIMEX3 value is a weekday of no known week ("XXXX-WXX-6")."""
    return _WEEKDAY_OF.fullmatch(value) is not None


def no_week_day(value: str) -> str:
    """The weekday of no known week a TIMEX3 value opens with ("XXXX-WXX-5" of
    "XXXX-WXX-5TNI"), or ""."""
    day = value[: len("XXXX-WXX-1")]
    return day if weekday_of_no_week(day) else ""


def weekday_order(x: str, y: str) -> int:
    """The order of two weekdays of no known week ("XXXX-WXX-6": an undated article's "on
    Saturday"): a story's news runs over a few days, so of two weekdays the one the other
    follows within three days is the earlier ("Saturday" before "Sunday", "Friday" before
    "Monday"). 0 when either is another kind of time (a day of a dated article may be its
    publication, not its figure's day), or both are one weekday."""
    a, b = _WEEKDAY_OF.fullmatch(x), _WEEKDAY_OF.fullmatch(y)
    if a is None or b is None or a.group(1) == b.group(1):
        return 0
    return -1 if (int(b.group(1)) - int(a.group(1))) % 7 <= _NEAR_DAYS else 1


_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def readable_time(value: str) -> str:
    """A TIMEX3 value as a reader reads it where it is not obvious: a weekday of no known
    week ("XXXX-WXX-5") as "a Friday"; any other value as it is."""
    if weekday := _WEEKDAY_OF.fullmatch(value):
        return "a " + _WEEKDAY_NAMES[int(weekday.group(1)) - 1]
    return value
