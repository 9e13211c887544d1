"""The period a figure covers: the start of a running total ("since September", "the war,
which began in March 2011"), a past event it belongs to ("the 2004 tsunami", "in 2016"),
and the times that date the figure itself rather than the start of its period. Read by
checker.extract.measures for each figure and by checker.extract.event_dates."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from typing import TYPE_CHECKING

from checker.extract.lexicons import may_hold_any, measure_lexicon, normalise
from checker.extract.timex_common import ISO_DAY
from checker.model import TimeExpr
from checker.vocab import alternation, load_data

if TYPE_CHECKING:
    from checker.extract.measures import Clause

# "since September", and "which began in September": both give the start of the period
SINCE = re.compile(
    r"""
    \bsince\b
    | \b(?:began|begun|started|launched|erupted|broke\s+out|flared\s+up|kicked\s+off)\b
      (?:\s+\w+){0,10}?\s+(?=in\b|on\b|last\b|this\b)  # "began its air campaign in"
    """,
    re.VERBOSE | re.I,
)
# Every SINCE match holds one of these words: a text without any of them has none.
SINCE_WORDS = tuple("since began begun started launched erupted broke flared kicked".split())
_START_OF = re.compile(
    r"\bsince\s+(?:the\s+)?(?:start|beginning|outbreak|launch)\s+of\s+(?:the\s+|a\s+|an\s+|its\s+)?",
    re.I,
)


@cache
def superlative_before() -> re.Pattern[str]:
    """A superlative and up to eight words, ending where a "since" starts ("the deadliest
    school shooting since", "the worst fighting since", "the first time since"): a
    comparison with an earlier event, whose time follows "since"; no running total starts
    (measures.json superlatives)."""
    words = alternation(load_data("measures")["superlatives"])
    return re.compile(rf"\b(?:{words})\b(?:\s+[\w-]+){{0,8}}\s+$", re.I)


_BACKGROUND_DAYS = 45
_AS_OF_CUE = re.compile(r"\b(?:by|as\s+of|until|through)\s+(?:the\s+end\s+of\s+)?$", re.I)
_PHRASE_STOP = re.compile(r"[,;:()]|\s-\s")


def since_of(folded: str, clause: Clause, times: tuple[TimeExpr, ...]) -> str:
    """The start of the period a cumulative figure covers, as a TIMEX3 month or a noun."""
    if not may_hold_any(folded[clause.start : clause.end], SINCE_WORDS):
        return ""  # most clauses: no match to look for
    lex = measure_lexicon()
    for since in SINCE.finditer(folded, clause.start, clause.end):
        if compares(folded, since, clause.sentence_start):
            continue  # "the deadliest school shooting since February, when ... killed 17"
        end = phrase_end(folded, since.end(), clause.end)
        # "since the war began", "the conflict, which flared up in March 2011": whole event
        subject_from = (
            since.start()
            if since.group(0).lower() == "since"
            else max(clause.start, since.start() - 60)
        )
        if lex.whole_event_pattern.search(folded, subject_from, end):
            return ""
        for time in times:
            if since.end() <= time.start < end and time.type == "DATE":
                # a day stays a day, so that a running count since the day the story's
                # event began is read as the event's (checker.events.since), and any other
                # day as its month (since_month)
                return time.value if ISO_DAY.match(time.value) else since_month(time.value)
        start_of = _START_OF.match(folded, since.start(), clause.end)
        if start_of:
            return _head_of(folded[start_of.end() : end])
    return ""


_WORDS = re.compile(r"[\w-]+")
# words that end a noun phrase: prepositions, conjunctions, relatives and auxiliaries
_PHRASE_ENDS = frozenset(
    "in on at of that which when and or but was were has have had is are by with to for "
    "last this after before as".split()
)


def _head_of(phrase: str) -> str:
    """The head of the noun phrase a text starts with, its last word: "the current heatwave"
    -> heatwave, "the Russian intervention in" -> intervention (not its first adjective)."""
    head = ""
    for word in _WORDS.findall(phrase)[:5]:
        if word.lower() in _PHRASE_ENDS:
            break
        head = word
    return normalise(head) if head else ""


def phrase_end(folded: str, pos: int, limit: int) -> int:
    stop = _PHRASE_STOP.search(folded, pos, limit)
    return min(stop.start() if stop else limit, pos + 120)


_MONTH_VALUE = re.compile(r"\d{4}-\d\d")


def since_month(value: str) -> str:
    """The month a period starts in; January is the start of its year ("since January" and
    "since the start of the year" are one period)."""
    month = value[:7] if _MONTH_VALUE.match(value) else value
    return month[:4] if len(month) == 7 and month.endswith("-01") else month


@cache
def made_opening() -> str:
    """The pattern (verbose) of the words that open a clause of the making of a thing after
    a comma: ", built", ", which was built", ", first opened" (event_dates.json made_verbs,
    made_verbs_other)."""
    data = load_data("event_dates")
    verbs = [v for group in data["made_verbs"].values() for v in group]
    return rf""",\s+(?:which\s+(?:was|were)\s+|that\s+(?:was|were)\s+|first\s+)?
           (?:{alternation([*verbs, *data["made_verbs_other"]])})"""


@cache
def _made_clause() -> re.Pattern[str]:
    """A clause of the making of a thing, set off by a comma, to its end: ", founded in 1952
    in Leicester", ", which was built in Norway in 1998"."""
    return re.compile(rf"{made_opening()}\b[^,;:()]*", re.I | re.X)


def in_made_clause(text: str, at: int, figure: int = -1) -> bool:
    """Whether the offset `at` lies in a clause of the making of a thing (", founded in 1952
    in Leicester,"), and the offset `figure` (when given) does not: the clause's time and
    place are the thing's making, not those of the figures around it ("Brightwell, founded
    in 1952, employs about 6,200 people"); a figure inside it is the making's own ("The
    prison, built in 1985 for 2,000 inmates")."""
    start = max(0, at - _MADE_CLAUSE_REACH)
    end = max(at, figure) + 1
    return any(
        m.start() < at < m.end() and not m.start() < figure < m.end()
        for m in _made_clause().finditer(text, start, end)
    )


_MADE_CLAUSE_REACH = 120  # characters before a time where its clause of making may begin


def period_of(
    folded: str, clause: Clause, times: tuple[TimeExpr, ...], published: dt.date | None
) -> str:
    """A past period the figure belongs to ("the 2004 tsunami"), well before publication."""
    if published is None:
        return _undated_period(folded, clause, times)
    for time in times:
        if time.type != "DATE" or time.high is None or rolling_window(time):
            continue
        if in_made_clause(folded, time.start, clause.figure_start):
            continue  # "Brightwell, founded in 1952, employs about 6,200 people"
        if not clause.start <= time.start < clause.end:
            if _background_before(folded, time, clause, published):
                return time.value  # "On Nov. 5, 2009, he killed 12 and wounded 29 others"
            continue
        if _AS_OF_CUE.search(folded, max(0, time.start - 8), time.start):
            continue  # "by September 2015, 200,000 had died": the date the toll was reached
        if time.start > clause.figure_end and compared_since(folded, clause.figure_end, time.start):
            continue  # "killed 40, the deadliest attack since 2011": the comparison's year
        # "in 2016", "last month", "this weekend": a figure for a period, not for the event;
        # a full date counts as background only when it lies well before publication
        if not ISO_DAY.match(time.value) or (published - time.high).days > _BACKGROUND_DAYS:
            return time.value
    return ""


# "the past week", "the last month": a stretch up to the report (checker.events.attach reads
# it as a period of its own), not the calendar week or month before it
_ROLLING = re.compile(r"the\s+(?:past|last|previous)\s", re.I)


def rolling_window(time: TimeExpr) -> bool:
    """Whether a time is a stretch up to the report ("the past week")."""
    return _ROLLING.match(time.text) is not None


# a month, a year, a season or quarter, written without a day: "in October", "in 2008"
_MONTH_OR_LONGER = re.compile(r"(?:XXXX|\d{4})-\d\d|\d{4}(?:-(?:SP|SU|FA|WI|Q[1-4]|H[12]))?")


def _undated_period(folded: str, clause: Clause, times: tuple[TimeExpr, ...]) -> str:
    """In a document with no publication date, the month or longer stretch its clause dates
    the figure to ("a Lion Air jet crashed in October, killing 189 people"): news tells its
    own event by the day ("on Sunday", "on March 10"); a month or a year without a day is
    another, earlier one. As with a dated document, such a date earlier in the sentence
    dates the whole sentence's event ("struck in September ..., killing seven and injuring
    40"). Without a day to measure from, nothing else is read as a period."""
    for time in times:
        if time.type != "DATE" or not _MONTH_OR_LONGER.fullmatch(time.value):
            continue
        if clause.start <= time.start < clause.end:
            # not "by October, 200,000 had died": the moment the toll was reached
            if not _AS_OF_CUE.search(folded, max(0, time.start - 8), time.start):
                return time.value
        elif _dates_sentence(folded, time, clause):
            return time.value
    return ""


def _background_before(folded: str, time: TimeExpr, clause: Clause, published: dt.date) -> bool:
    """A date earlier in the figure's sentence dates the whole sentence's event, not only
    its first figure, as it dates a figure in its own clause: a month or longer without a
    day ("In July, a car bomb killed 14 people and wounded 145"), a full date well before
    publication; a start ("which began in March 2011") or a date a toll was reached ("by
    2015") does not."""
    return (
        time.high is not None
        and (not ISO_DAY.match(time.value) or (published - time.high).days > _BACKGROUND_DAYS)
        and _dates_sentence(folded, time, clause)
    )


def _dates_sentence(folded: str, time: TimeExpr, clause: Clause) -> bool:
    """Whether a date earlier in the figure's sentence than its clause dates the sentence's
    event: not the start of a running total ("which began in March 2011") nor the moment a
    toll was reached ("by 2015")."""
    return (
        clause.sentence_start <= time.start < clause.start
        and not _since_in(folded, max(clause.sentence_start, time.start - 80), time.start)
        and not _AS_OF_CUE.search(folded, max(0, time.start - 8), time.start)
    )


def own_times(folded: str, clause: Clause, times: tuple[TimeExpr, ...]) -> tuple[TimeExpr, ...]:
    """Times that date the figure itself, not the start of its period ("since", "began in")."""
    return tuple(
        t for t in times if not _since_in(folded, max(clause.start, t.start - 80), t.start)
    )


def _since_in(folded: str, start: int, end: int) -> bool:
    """Whether folded[start:end] holds the start of a running total ("since", "began in"),
    not a comparison with an earlier event ("the deadliest since")."""
    if not may_hold_any(folded[start:end], SINCE_WORDS):
        return False
    return any(not compares(folded, since) for since in SINCE.finditer(folded, start, end))


def compared_since(text: str, start: int, end: int) -> bool:
    """Whether a comparison with an earlier time ("the highest since", "its best result since
    it was founded") stands between start and end: a date after it is the comparison's, not
    the time of a figure before it."""
    return any(compares(text, since, start) for since in _SINCE_WORD.finditer(text, start, end))


_SINCE_WORD = re.compile(r"\bsince\b", re.I)


def compares(folded: str, since: re.Match[str], floor: int = 0) -> bool:
    """Whether a SINCE match follows a superlative, read back to `floor` ("the deadliest
    since"): a comparison with an earlier event, not the start of a running total."""
    start = since.start()
    return superlative_before().search(folded, max(floor, start - 60), start) is not None
