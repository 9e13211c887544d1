"""Each document's figures of one frame, read as a timeline.

An article often gives one measure several times: a headline written before the latest
update ("30 dead" above a body saying 41), a toll that "rose overnight from 31 to 38", an
earlier figure it quotes ("initially reported 12"). Those are successive states, not an
article contradicting itself. The latest state is the document's *current* figure and
stands for it; an earlier state in the headline or lede, or one the text marks as earlier,
is *stale* and is still compared with other documents' current figures, since a reader
sees it. Of a count or an amount that may go either way (those in hospital, an offer), a
state the text marks as earlier ("Dow's earlier bid, of $3.6 billion, was rejected") is
history and is left out. Smaller figures elsewhere in the body, with no cue, are usually
parts ("12 of them have not been identified") and stand for nothing. Two figures of one
frame that no cue orders, told in the body by the same source, both large enough to be
totals, are the document contradicting itself.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from checker.events.frames import Frame
from checker.events.money import is_money
from checker.events.vocab import event_vocabulary
from checker.extract.attribution import same_source
from checker.extract.intervals import change_label, qualifier_rule
from checker.extract.lexicons import CaselessPattern
from checker.extract.timex_common import weekday_order
from checker.extract.timex_vocab import FULL_WEEKDAYS, WEEKDAYS, alternation
from checker.model import Claim

_FROM_TO = re.compile(r"\bfrom\s+\S+\s+to\s*$", re.I)  # "rose from 31 to [38]"


@dataclass(frozen=True)
class Timeline:
    """The figures of one document for one frame."""

    document: str
    frame: Frame
    current: Claim  # the latest state: stands for the document
    stale: tuple[Claim, ...] = ()  # earlier states a reader sees: compared too
    self_conflicts: tuple[tuple[Claim, Claim], ...] = ()  # no cue orders them


def build_timeline(
    claims: list[Claim], frame: Frame, cumulative: bool, floor: Decimal, value
) -> Timeline | None:
    """The timeline of one document's claims of one frame; `value` reads a claim's figure.
    When the document gives figures of a frame that does not grow (an amount of money, a
    vote) that no cue orders and that cannot all be one, they are of different things
    ("$43 million in federal taxes" and "$13.6 million in state taxes"): the one its
    headline gives stands for it, and None when its headline gives none or several."""
    if not cumulative:
        # an earlier state of what changes either way (an offer raised or cut, those in
        # hospital) that the text marks as earlier ("Dow's earlier bid, of $3.6 billion, was
        # rejected") says nothing of the figure now: not compared. Not a measurement that is
        # revised ("a preliminary magnitude of 4.4"): outlets still give it for the quake's
        claims = [c for c in claims if not (_varies(c) and _marked_earlier(c))]
        if not claims:
            return None
    ranked = sorted(claims, key=lambda c: _state_rank(c, cumulative, value))
    latest = ranked[-1]
    # the latest state as its most precise figure: a headline's "$5 billion" and the body's
    # "$5.1 billion" are one state, and the body's figure is the one outlets can contradict
    current = min((c for c in reversed(ranked) if c.interval.overlaps(latest.interval)), key=_width)
    others = [c for c in ranked if c is not current]
    if not cumulative and any(
        not c.interval.overlaps(current.interval) and not _ordered(c, current) for c in others
    ):
        # figures of different things ("$43 million in federal taxes and $13.6 million in
        # state taxes", a fine and the sum it was cut from): the one its headline gives
        # stands for the document, what the article is about ("FCA fines Thornbury Bank
        # £87.4m"); another document's figure that is one of the others is left alone
        # (checker.findings.stated: stated_values). With none in the headline, none stands.
        headline = [c for c in claims if in_lead(c)]
        if len({c.value for c in headline}) != 1:
            return None  # a headline of two figures of one frame does not say which it is about
        return Timeline(current.document, frame, headline[0])
    stale: list[Claim] = []
    conflicts: list[tuple[Claim, Claim]] = []
    for claim in others:
        if claim.interval.overlaps(current.interval):
            continue  # the same state told twice
        if _ordered(claim, current):
            if in_lead(claim) or _cue_rank(claim) < 0:
                stale.append(claim)
        elif in_lead(claim):
            stale.append(claim)  # a headline not yet updated
        elif (
            cumulative
            and not _of_an_earlier_day(claim)
            and _self_conflict(claim, current, floor, value)
        ):
            conflicts.append((claim, current))
    return Timeline(current.document, frame, current, tuple(stale), tuple(conflicts))


# "earlier" after a span of time is a comparison's base ("up 18% from a year earlier")
_BASE_EARLIER = re.compile(r"\b(?:year|month|week|day|quarter)s?\s+earlier\b", re.I)
_MARK_REACH = 40  # characters before a figure that may mark it as earlier ("earlier bid, of")


def _marked_earlier(claim: Claim) -> bool:
    """Whether the words right before a figure mark it as an earlier state ("Dow's earlier
    bid, of $3.6 billion", "initially said 20"), not as the base of a comparison."""
    start = max(0, claim.span_in_sentence[0])
    before = claim.sentence[max(0, start - _MARK_REACH) : start]
    if _BASE_EARLIER.search(before):
        return False
    vocabulary = event_vocabulary()
    return _rank_of_words(vocabulary.update, vocabulary.stale, before) < 0


def _varies(claim: Claim) -> bool:
    """A count or an amount of money: what may go up or down after the event (a figure of
    a quantity measured once, such as a magnitude, does not)."""
    return claim.kind == "count" or is_money(claim.unit)


def _width(claim: Claim) -> Decimal:
    """How wide a figure's interval is (an open end: wider than any)."""
    low, high = claim.interval.low, claim.interval.high
    if low is None or high is None:
        return Decimal("Infinity")
    return high - low


def _ordered(earlier: Claim, later: Claim) -> bool:
    """Whether the text says `earlier` is an earlier state than `later`."""
    return _cue_rank(earlier) < 0 or _cue_rank(later) > 0 or _dated_before(earlier, later)


def _state_rank(claim: Claim, cumulative: bool, value) -> tuple:
    """Later states rank higher: a later date, then an update cue, then (for tolls, which
    grow) the larger figure, then the earlier position (the lede over the body)."""
    size = value(claim) if cumulative else Decimal(0)
    return (time_key(claim.as_of), _cue_rank(claim), size, -claim.start)


def _cue_rank(claim: Claim) -> int:
    """+1 when the words before the figure say it is a later state ("rose to"), -1 when they
    say it is an earlier one ("initially"), 0 otherwise."""
    vocabulary = event_vocabulary()
    start = max(0, claim.span_in_sentence[0])
    return _rank_of_words(
        vocabulary.update, vocabulary.stale, claim.sentence[max(0, start - 80) : start]
    )


@lru_cache(maxsize=4096)
def _rank_of_words(update: CaselessPattern, stale: CaselessPattern, before: str) -> int:
    """_cue_rank of the 80 characters before a figure: once per run of words, not once per
    figure (a document that repeats one sentence asks thousands of times)."""
    window = before[-60:]
    if _FROM_TO.search(window) or update.search(window):
        return 1
    if stale.search(before) and stale.search(_blanked(event_vocabulary().not_stale, before)):
        return -1
    return 0


def _blanked(pattern: CaselessPattern, text: str) -> str:
    """`text` with the matches of `pattern` blanked out (offsets kept)."""
    for match in pattern.finditer(text):
        text = text[: match.start()] + " " * (match.end() - match.start()) + text[match.end() :]
    return text


# a day named right after a figure: "The toll stood at 13 | on Tuesday night"
_DAY_AFTER = re.compile(
    rf"\s+(?:on|by|until|late\s+on|early\s+on)\s+(?P<day>{alternation(FULL_WEEKDAYS)})\b",
    re.I,
)


def _of_an_earlier_day(claim: Claim) -> bool:
    """Whether a figure is told of a weekday other than the day it is dated to (its
    article's): "The toll stood at 13 on Tuesday night" in Wednesday's article is Tuesday's
    state, not a rival of the article's 21, though a time of day dates no figure."""
    named = _DAY_AFTER.match(claim.sentence, claim.span_in_sentence[1])
    try:
        day = dt.date.fromisoformat(claim.as_of[:10])
    except ValueError:
        return False
    return named is not None and WEEKDAYS[named["day"].lower()] != day.isoweekday()


def _dated_before(a: Claim, b: Claim) -> bool:
    x, y = time_key(a.as_of), time_key(b.as_of)
    if not (x and y):
        return weekday_order(a.as_of, b.as_of) < 0
    return x < y and not y.startswith(x)

    return None


_CALENDAR = re.compile(r"\d{3,4}(?:-\d\d(?:-\d\d)?)?")
_CLOCKED = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d")  # checker.extract.entries
_WEEK = re.compile(r"(\d{4})-W(\d\d)(?:-WE)?")


@lru_cache(maxsize=1024)
def time_key(as_of: str) -> str:
    """A figure's time (Claim.as_of, a TIMEX3 value) as a key whose text order is the order
    in time and whose prefixes contain what they cover: a year, month or day as it is; a
    week as its month, or its year when it spans two; a quarter, half or season as its year;
    a value with no year ("XXXX-WXX-2", Tuesday of an unknown week) as "" (not known).
    As text, "2016-W30" sorted after "2016-07-27", a day inside that week."""
    if _CALENDAR.fullmatch(as_of) or _CLOCKED.fullmatch(as_of):
        return as_of  # "2025-11-04T18:40" sorts after "2025-11-04T08:15", inside its day
    if week := _WEEK.fullmatch(as_of):
        try:
            monday = dt.date.fromisocalendar(int(week.group(1)), int(week.group(2)), 1)
        except ValueError:
            return week.group(1)
        sunday = monday + dt.timedelta(days=6)
        same = (monday.year, monday.month) == (sunday.year, sunday.month)
        return monday.strftime("%Y-%m") if same else week.group(1)
    return as_of[:4] if as_of[:4].isdigit() else ""


def day_key(key: str) -> str:
    """A time_key less its time of day: two documents' times of one day are one time. A
    blog's entries are ordered by their times inside the blog; across outlets, a time of
    publication says when a page was last updated, not when its figures were counted (a
    morning wire and an evening one often give the same day's count, one of them wrong)."""
    return key[:10] if len(key) > 10 else key


def in_lead(claim: Claim) -> bool:
    """Whether the figure is in the headline (the text's first sentence): a body's first
    sentences often give a first count that the next ones complete ("a third victim died")."""
    return claim.sentence_start == 0


def _self_conflict(a: Claim, b: Claim, floor: Decimal, value) -> bool:
    if min(value(a), value(b)) < floor:
        return False  # small figures of one frame are usually parts
    smaller = a if value(a) < value(b) else b
    if change_label(qualifier_rule(smaller.qualifier)) == ">":
        return False  # "at least 23" and "36" in one article: the author says both hold
    if a.attribution and b.attribution and not same_source(a.attribution, b.attribution):
        return False  # the article reports two sources: it says so itself
    return a.unit.lower() == b.unit.lower()
