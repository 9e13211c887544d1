"""Single figures as reconciliation reads them: the number a figure stands for, the gap
between two, their order in time and in what they say, and whether one is read surely
enough to be flagged. Kept apart from checker.findings.reconcile, which compares them."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from checker.events.bare import payrolls_rose
from checker.events.shares import bare_votes_holder
from checker.events.things import group_of_things
from checker.events.timeline import day_key, time_key, weekday_order
from checker.extract.parts import INCLUDED
from checker.extract.reached import reached_count
from checker.extract.timex_common import DAY_PREFIX
from checker.model import Claim, Interval


def can_conflict(claim: Claim) -> bool:
    """Whether a claim is read surely enough to be flagged. A bare count ("killed four",
    "two of them") names nothing it counts: it is kept in its group and in
    claims.csv, but a discrepancy always rests on figures that say what they count. Nor does
    one rest on a vague amount ("dozens of arrests", "scores of bodies"): writers use them
    for partial and early counts as much as for totals."""
    if claim.kind == "count" and not claim.value:
        return False
    return (
        claim.kind != "count"
        or bool(claim.unit)
        or _object_of_event_verb(claim)
        or _said_by_its_words(claim)
        or payrolls_rose(claim)  # "payrolls rose 263,000"
        or bool(group_of_things(claim))  # "14 of the 62 cars", "two of the four victims"
        or claim.measure.scope == INCLUDED  # "killing 14 people, seven of them children"
        or bool(bare_votes_holder(claim))  # "won 14,212 votes, ahead of Pryor on 11,870"
    )


# "the death toll from Friday's quake rose to 2,122", "the toll stands at 3,958": what a
# toll reached (checker.extract.measures reads the same words); "10,100 were missing",
# "9,000 remain missing", "two were killed": the subject of a predicate of the event. Both
# say what the bare figure counts.
_PREDICATE_AFTER = re.compile(
    r"""\s+(?:(?:have|has|had|been|were|was|are|is|remain|remained|remains|still|now
       |reportedly|also|confirmed|believed|reported)\s+)+
       (?:killed|dead|missing|unaccounted|injured|wounded|hurt|arrested|hospitali[sz]ed
         |(?:taken|rushed|transported|airlifted|admitted)\s+to\s+(?:a\s+|the\s+)?hospital)\b""",
    re.VERBOSE | re.I,
)
# the predicate's last word for each event (any other event: the words of the injured)
_PREDICATE_WORDS = {
    "killed": frozenset({"killed", "dead"}),
    "missing": frozenset({"missing", "unaccounted"}),
    "arrested": frozenset({"arrested"}),
    "hospitalised": frozenset({"hospital", "hospitalised", "hospitalized"}),
}
_INJURED_WORDS = frozenset({"injured", "wounded", "hurt"})


def _said_by_its_words(claim: Claim) -> bool:
    start, end = claim.span_in_sentence
    sentence = claim.sentence
    if claim.measure.event and reached_count(sentence, 0, start) == claim.measure.event:
        return True  # "the death toll rose to 11", "the number of injured rose to 17"
    after = _PREDICATE_AFTER.match(sentence, end)
    words = _PREDICATE_WORDS.get(claim.measure.event, _INJURED_WORDS)
    return after is not None and after.group(0).split()[-1].lower() in words


# "a car bomb killed at least 44 and wounded 140", "... killing two", "outbreak infects 14": a
# bare count right after a verb of killing, wounding or infecting is the verb's object, the
# people it counts
_EVENT_VERB_BEFORE = re.compile(
    r"\b(?:kill(?:ed|ing|s)?|wound(?:ed|ing|s)?|injur(?:ed|ing|es)|infect(?:ed|ing|s)?"
    r"|sicken(?:ed|ing|s)?)\s+$",
    re.I,
)
# what makes the number after the verb something other than those it harmed: "killed two
# of the ...", "one in five", "wounded 2 in the leg", "killed 12 in 2015"; not a place after
# "in", "on" or "at" ("Bakery blast kills five in Teruma old town", "kills 10 in Aleppo")
_OF_AFTER = re.compile(
    r"\s+(?:(?i:of|per|a|an|years?|times?|hours?|days?)\b|(?i:in|on|at)\s+(?![A-Z][a-z]))"
)


def _object_of_event_verb(claim: Claim) -> bool:
    start, end = claim.span_in_sentence
    if not _EVENT_VERB_BEFORE.search(claim.sentence, max(0, start - 20), start):
        return False
    return _OF_AFTER.match(claim.sentence, end) is None


def relative_gap(a: Claim, b: Claim) -> Decimal:
    """|a - b| / max(|a|, |b|) on the figures as written (a range counts by its middle)."""
    x, y = point(a.interval, a.value), point(b.interval, b.value)
    largest = max(abs(x), abs(y))
    return (abs(x - y) / largest).quantize(Decimal("0.001")) if largest else Decimal(0)


def point(interval: Interval, value: str) -> Decimal:
    try:
        return Decimal(value)
    except ArithmeticError:
        pass
    low = interval.low if interval.low is not None else Decimal(0)
    high = interval.high if interval.high is not None else low
    return (low + high) / 2


def as_of_order(a: Claim, b: Claim) -> int:
    """-1 when a refers to an earlier time than b, 0 when the same or unknown. Times of
    day order the figures of one document only (timeline.day_key)."""
    x, y = time_key(a.as_of), time_key(b.as_of)
    if a.document != b.document:
        x, y = day_key(x), day_key(y)
    if not x or not y:
        return weekday_order(a.as_of, b.as_of)  # an undated article's "on Saturday"
    if x == y:
        return 0
    # ISO dates and months compare as text (timeline.time_key); "2016-02" precedes
    # "2016-02-11" only when it is not a prefix of it (the same month is no other time).
    if y.startswith(x) or x.startswith(y):
        return 0
    return -1 if x < y else 1


def days_between(one: str, other: str) -> int | None:
    """The days between two times told to the day ("2025-06-16T08:14", "2025-06-17"), or
    None when either is coarser (a month, a year) or unknown."""
    first, second = DAY_PREFIX.match(one), DAY_PREFIX.match(other)
    if first is None or second is None:
        return None
    gap = dt.date.fromisoformat(second.group()) - dt.date.fromisoformat(first.group())
    return abs(gap.days)


def figure_order(claim: Claim) -> tuple:
    """Orders figures by what they say, the lower first ("nearly 100" before "more than
    100"), and by their document's name only when nothing else tells them apart: the pairs
    and explanations of a story must not change when its files are renamed."""
    low, high = claim.interval.low, claim.interval.high
    return (
        point(claim.interval, claim.value),
        (low is not None, low if low is not None else 0),
        (high is None, high if high is not None else 0),
        claim.as_of,
        claim.quote,
        claim.sentence,
        claim.start,
        claim.claim_id,
    )


def same_written(a: Claim, b: Claim) -> bool:
    """The same figure, one with a strict bound and one without ("58 wounded" and "more
    than 58"): outlets drop or add the qualifier of one count, they do not disagree about
    it. Two opposite bounds ("nearly 100" and "more than 100") still do."""
    return (
        a.kind == b.kind
        and (not a.qualifier or not b.qualifier)
        and point(a.interval, a.value) == point(b.interval, b.value)
    )
