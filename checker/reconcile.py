"""Decide whether the claims of an aligned group can all be true.

Two figures conflict when their intervals (qualifier and rounding honoured) cannot both
hold. Time matters for cumulative tolls: a later, higher figure is growth; a later, lower
one is a toll that shrank. Figures of a part (civilians) may be below those of the whole
(people) but not above. Non-cumulative figures are compared only at the same time.
"""

from __future__ import annotations

import dataclasses
import heapq
import itertools
import re
from collections.abc import Iterator, Mapping
from decimal import Decimal
from functools import cache
from typing import TYPE_CHECKING

from checker.config import SeverityScale, default_severity
from checker.events.align import frames_of
from checker.events.frames import (
    BROADER,
    NARROWER,
    SAME,
    Frame,
    actor_of,
    comparable,
    relation,
)
from checker.events.perpetrator import one_apart, perpetrator_cue
from checker.events.timeline import Timeline, build_timeline
from checker.explain import describe_claim, explain_conflict
from checker.model import Claim, ClaimGroup, Conflict, Finding, Interval, PairFinding
from checker.reconcile_dates import date_conflict, date_pairs, date_severity
from checker.reconcile_sweep import (
    CURRENT,
    STALE,
    SidePair,
    below_pairs,
    cumulative_pairs,
    member_conflicts,
    reading_key,
    reading_key_with_document,
    side_pairs,
    sides_of,
    single_pair,
)
from checker.vocab import load_data

if TYPE_CHECKING:
    from checker.events.story import StoryModel


@cache
def same_count_max_ratio() -> Decimal:
    return Decimal(load_data("severity")["same_count_max_ratio"])


def too_far_apart(conflict: Conflict) -> bool:
    """Two figures so far apart (more than `same_count_max_ratio` times, neither zero) that
    they count different things: a part against the total, another incident, a total over a
    longer time. Outlets that disagree about one count give figures of one order."""
    if conflict.reason == "dates differ":
        return False
    x = abs(point(conflict.first.interval, conflict.first.value))
    y = abs(point(conflict.second.interval, conflict.second.value))
    low, high = min(x, y), max(x, y)
    return low > 0 and high > low * same_count_max_ratio()


@cache
def self_contradiction_floor() -> Decimal:
    data = load_data("severity")
    return Decimal(data["self_contradiction_min_value"])


def severity_of(relative_gap: Decimal, scale: SeverityScale | None = None) -> str:
    """The severity of a gap between figures; `scale` (checker.config) holds the thresholds,
    by default those of severity.json."""
    scale = scale or default_severity()
    if relative_gap >= scale.high:
        return "high"
    return "medium" if relative_gap >= scale.medium else "low"


MAX_PAIRS = 50  # conflicting pairs listed per finding; the others are counted (more_pairs)


def reconcile_group(
    group: ClaimGroup,
    texts: Mapping[str, str] | None = None,
    dead: tuple[Claim, ...] = (),
    model: StoryModel | None = None,
    scale: SeverityScale | None = None,
) -> Finding | None:
    """The verdict on a group, or None when it is one source's single figure. `texts`
    (document id -> text) lets the check for a perpetrator's death read whole documents;
    `dead` (for a group of injured) holds the story's death tolls of the same measure;
    `model` is the story's event model (checker.events.story), which fills what sentences
    leave out; `scale` holds the severity thresholds (checker.config). Pairs of figures are
    found by sweeps (checker.reconcile_sweep): a group of n figures costs n log n plus the
    pairs that conflict, of which MAX_PAIRS are listed."""
    documents = {c.document for c in group.claims}
    if len(group.claims) < 2:
        return None
    raised = conflicting_sides(group, model, dead)
    apart: list[SidePair] = []
    found: list[SidePair] = []
    for side_pair in raised:  # each decided once: the ratio is read from both figures
        (apart if too_far_apart(side_pair.conflict) else found).append(side_pair)
    cue = perpetrator_cue(group.measure.event, group.claims, texts) if found else ""
    with_tolls = [
        (p, _dead_explain(p.conflict, group, dead))
        for p in found
        if not (cue and _perpetrator_explains(p.conflict))
    ]
    kept = [p for p, toll in with_tolls if toll is None]
    if not kept:
        if len(documents) < 2 and not raised:
            return None
        died = [p for p, toll in with_tolls if toll is not None]
        if died:
            pair = _first(died, group, _found_order)
            return Finding(group, "consistent", "", _died_note(pair, _dead_toll(pair, group, dead)))
        explained = [_first(found, group, _found_order)] if found else []
        widest = _first(apart, group, _conflict_order) if apart else None
        note = _consistent_note(explained, cue) + _apart_note(widest)
        return Finding(group, "consistent", "", note)
    decide = _decider(group)
    streams = [member_conflicts(p, decide, figure_order) for p in kept]
    listed = list(itertools.islice(heapq.merge(*streams, key=_conflict_order), MAX_PAIRS))
    more = sum(p.count for p in kept) - len(listed)
    pairs = tuple(
        PairFinding(
            c.first.claim_id,
            c.second.claim_id,
            _severity(c, scale),
            c.reason,
            explain_conflict(c, group),
        )
        for c in listed
    )
    top = max(_worst_rank(p, scale) for p in kept)
    worst = _first([p for p in kept if _worst_rank(p, scale) == top], group, _conflict_order)
    return Finding(
        group,
        "discrepancy",
        _severity(worst, scale),
        explain_conflict(worst, group) + _more_note(more),
        tuple(sorted((c.first.claim_id, c.second.claim_id) for c in listed)),
        pairs,
        more,
    )


def _more_note(more: int) -> str:
    if not more:
        return ""
    return f" {more} more conflicting pair{'s' if more > 1 else ''} not listed."


def _found_order(conflict: Conflict) -> tuple:
    return figure_order(conflict.first), figure_order(conflict.second)


def _conflict_order(conflict: Conflict) -> tuple:
    """The order of a finding's pairs: the widest gap first; ties by what the figures say,
    so a renamed file gets the same explanation."""
    return -conflict.relative_gap, figure_order(conflict.first), figure_order(conflict.second)


def _worst_rank(pair: SidePair, scale: SeverityScale | None = None) -> tuple:
    conflict = pair.conflict
    return _rank_of(_severity(conflict, scale)), pair.how == "", conflict.relative_gap


def _first(pairs: list[SidePair], group: ClaimGroup, order) -> Conflict:
    """The first conflict, in `order`, of the figures of `pairs`."""
    decide = _decider(group)
    return min((next(member_conflicts(p, decide, figure_order)) for p in pairs), key=order)


def _decider(group: ClaimGroup):
    def decide(a: Claim, b: Claim, rel: str) -> Conflict | None:
        return figures_conflict(a, b, rel, group)

    return decide


def _dead_toll(conflict: Conflict, group: ClaimGroup, dead: tuple[Claim, ...]) -> Claim:
    toll = _dead_explain(conflict, group, dead)
    assert toll is not None  # decided alike for every pair of the two sides
    return toll


def _rank_of(severity: str) -> int:
    return {"low": 1, "medium": 2, "high": 3}.get(severity, 0)


def _perpetrator_explains(conflict: Conflict) -> bool:
    """Two counts one apart, of an event the perpetrator is said to have died in (been
    wounded in): one may count the perpetrator and the other not."""
    return conflict.reason in ("disjoint", "shrank") and one_apart(
        conflict.first.interval, conflict.second.interval
    )


# words that count the dead among the wounded: "four shot, one fatally", "five hurt, of whom
# one died", "two later died of their wounds", "one of five people hurt has died"
_WOUNDED_DIED = re.compile(
    r"""
    \b(?:fatally|mortally)\b
    | \bof\s+whom\s+(?:\w+\s+){1,3}?(?:died|later\s+died|have\s+died|succumbed)\b
    | \b(?:later|since|subsequently)\s+died\b | \b(?:has|have|had)\s+(?:since\s+)?died\b
    | \bdied\s+(?:later|of\s+(?:his|her|their)\s+(?:wounds|injuries))\b
    """,
    re.VERBOSE | re.I,
)


def _dead_explain(conflict: Conflict, group: ClaimGroup, dead: tuple[Claim, ...]) -> Claim | None:
    """A death toll, told in one of the two documents, that closes the gap between two
    counts of the injured: "four people were shot, one fatally" and "three injured" count
    the same people, one with the dead among the wounded and one without."""
    if group.measure.event != "injured" or conflict.reason not in ("disjoint", "shrank"):
        return None
    if not any(_WOUNDED_DIED.search(c.sentence) for c in (conflict.first, conflict.second)):
        return None
    low, high = sorted((conflict.first, conflict.second), key=lambda c: point(c.interval, c.value))
    if low.interval.low is None:
        return None
    for toll in sorted(dead, key=figure_order):
        if toll.document not in (low.document, high.document) or not can_conflict(toll):
            continue
        count = point(toll.interval, toll.value)
        if count <= 0:
            continue
        shifted = Interval(
            low.interval.low + count,
            low.interval.high + count if low.interval.high is not None else None,
            low.interval.low_open,
            low.interval.high_open,
        )
        if shifted.overlaps(high.interval):
            return toll
    return None


def _died_note(pair: Conflict, toll: Claim) -> str:
    return (
        f"{describe_claim(pair.first)} and {describe_claim(pair.second)} differ by the"
        f" {toll.value} killed of {describe_claim(toll)}: one count may include the dead among"
        " the injured."
        " Otherwise the figures are compatible once qualifiers, rounding and dates are counted."
    )


def _apart_note(pair: Conflict | None) -> str:
    """What the group holds that was not flagged because the figures are too far apart: the
    widest such pair (the first in _conflict_order)."""
    if pair is None:
        return ""
    ratio = same_count_max_ratio().normalize()
    return (
        f" {describe_claim(pair.first)} and {describe_claim(pair.second)} differ more than"
        f" {ratio} times: read as different counts (a part, a total or another incident),"
        " not flagged."
    )


def _consistent_note(explained: list[Conflict], cue: str) -> str:
    if not explained:
        return "The figures are compatible once qualifiers, rounding and dates are counted."
    pair = explained[0]
    return (
        f"{describe_claim(pair.first)} and {describe_claim(pair.second)} differ by one, and the"
        f' text says "{cue}": one count may include the perpetrator. Otherwise the figures are'
        " compatible once qualifiers, rounding and dates are counted."
    )


def _severity(conflict: Conflict, scale: SeverityScale | None) -> str:
    if conflict.reason == "dates differ":
        return date_severity(conflict.relative_gap, scale)  # the gap in days
    return severity_of(conflict.relative_gap, scale)


def compared_pairs(
    group: ClaimGroup, model: StoryModel | None = None
) -> Iterator[tuple[Claim, Claim, str, str]]:
    """Pairs to compare, each with the relation of their frames and how it arose ("" for two
    documents' current figures, "stale" when one is an earlier state a reader still sees,
    "same document" for one document contradicting itself). Dates: every pair of documents."""
    if any(c.time is not None for c in group.claims):
        yield from date_pairs(group.claims)
        return
    frames = frames_of((c for c in group.claims if can_conflict(c)), model)
    timelines = document_timelines(group, frames)
    for line in timelines:
        for a, b in line.self_conflicts:
            yield a, b, SAME, "same document"
    for one, other in itertools.combinations(timelines, 2):
        if one.document == other.document:
            continue
        rel = relation(one.frame, other.frame)
        if rel is None:
            continue
        yield one.current, other.current, rel, ""
        for stale in one.stale:
            yield stale, other.current, rel, "stale"
        for stale in other.stale:
            yield stale, one.current, _reverse(rel), "stale"  # the stale figure first


def conflicting_sides(
    group: ClaimGroup, model: StoryModel | None = None, dead: tuple[Claim, ...] = ()
) -> list[SidePair]:
    """The conflicting pairs of the group as pairs of sides (checker.reconcile_sweep): the
    pairs `compared_pairs` gives that conflict, without comparing every two figures."""
    decide = _decider(group)
    if any(c.time is not None for c in group.claims):
        dated = [(CURRENT, None, actor_of(c), c) for c in group.claims]
        sides = sides_of(dated, figure_order, reading_key)
        return side_pairs(sides, below_pairs(sides), relation, decide)
    frames = frames_of((c for c in group.claims if can_conflict(c)), model)
    timelines = document_timelines(group, frames)
    found = [
        single_pair(a, b, conflict, "same document")
        for line in timelines
        for a, b in line.self_conflicts
        if (conflict := find_conflict(a, b, SAME, group))
    ]
    items = [(CURRENT, line.frame, "", line.current) for line in timelines]
    items += [(STALE, line.frame, "", stale) for line in timelines for stale in line.stale]
    key = reading_key_with_document if _by_document(group, dead) else reading_key
    sides = sides_of(items, figure_order, key)
    candidates = cumulative_pairs(sides) if group.measure.cumulative else below_pairs(sides)
    return found + side_pairs(sides, candidates, cache(relation), decide)


def _by_document(group: ClaimGroup, dead: tuple[Claim, ...]) -> bool:
    """Whether a death toll of the same document may explain a gap (_dead_explain), so the
    figures of different documents must not be gathered."""
    return (
        bool(dead)
        and group.measure.event == "injured"
        and any(_WOUNDED_DIED.search(c.sentence) for c in group.claims)
    )


def _reverse(rel: str) -> str:
    return {NARROWER: BROADER, BROADER: NARROWER}.get(rel, rel)


def document_timelines(group: ClaimGroup, frames: Mapping[str, Frame]) -> list[Timeline]:
    """One timeline per document and frame, for the claims that have a comparable frame."""
    by_frame: dict[tuple[str, Frame], list[Claim]] = {}
    for claim in group.claims:
        frame = frames.get(claim.claim_id)
        if frame is not None and comparable(frame):
            by_frame.setdefault((claim.document, frame), []).append(claim)
    floor = self_contradiction_floor()
    cumulative = group.measure.cumulative

    def value(claim: Claim) -> Decimal:
        return point(claim.interval, claim.value)

    lines = (
        build_timeline(claims, frame, cumulative, floor, value)
        for (_, frame), claims in sorted(
            by_frame.items(), key=lambda kv: (kv[0][0], repr(kv[0][1]))
        )
    )
    return [line for line in lines if line is not None]


def can_conflict(claim: Claim) -> bool:
    """Whether a claim is read surely enough to be flagged. A bare count ("killed four",
    "Smith, 51,", "two of them") names nothing it counts: it is kept in its group and in
    claims.csv, but a discrepancy always rests on figures that say what they count. Nor does
    one rest on a vague amount ("dozens of arrests", "scores of bodies"): writers use them
    for partial and early counts as much as for totals."""
    if claim.kind == "count" and not claim.value:
        return False
    return claim.kind != "count" or bool(claim.unit) or _object_of_event_verb(claim)


# "a car bomb killed at least 44 and wounded 140", "... killing two": a bare count right after
# a verb of killing or wounding is the verb's object, the people it counts
_EVENT_VERB_BEFORE = re.compile(
    r"\b(?:kill(?:ed|ing|s)?|wound(?:ed|ing|s)?|injur(?:ed|ing|es))\s+$", re.I
)
_OF_AFTER = re.compile(r"\s+(?:of|in|on|at|per|a|an|years?|times?|hours?|days?)\b", re.I)


def _object_of_event_verb(claim: Claim) -> bool:
    start, end = claim.span_in_sentence
    if not _EVENT_VERB_BEFORE.search(claim.sentence, max(0, start - 20), start):
        return False
    return _OF_AFTER.match(claim.sentence, end) is None


def find_conflict(a: Claim, b: Claim, rel: str | None, group: ClaimGroup) -> Conflict | None:
    """The conflict between two claims whose frames relate by `rel` (SAME, NARROWER: a
    inside b, BROADER), or None when both can be true."""
    if rel is None or a.claim_id == b.claim_id or (a.document == b.document and a.start == b.start):
        return None
    return figures_conflict(a, b, rel, group)


def figures_conflict(a: Claim, b: Claim, rel: str, group: ClaimGroup) -> Conflict | None:
    """find_conflict for two figures known to be apart (of two documents, or two places)."""
    if a.time is not None and b.time is not None:
        return date_conflict(a, b)
    cumulative = group.measure.cumulative
    first, second = _in_time_order(a, b)
    later = as_of_order(first, second) < 0
    if rel != SAME:
        part = a if rel == NARROWER else b
        conflict = _part_whole_conflict(first, second, part is first, later and cumulative)
        return dataclasses.replace(conflict, part=part) if conflict else None
    if later and not cumulative:
        return None  # a non-cumulative figure at two different times: nothing to compare
    if later and cumulative:
        return (
            _conflict(first, second, "shrank") if _below(second.interval, first.interval) else None
        )
    if first.interval.overlaps(second.interval):
        return None
    return _conflict(first, second, "disjoint")


def _part_whole_conflict(
    first: Claim, second: Claim, first_is_part: bool, growth: bool
) -> Conflict | None:
    part, whole = (first, second) if first_is_part else (second, first)
    if not _below(whole.interval, part.interval):
        return None
    if growth and part is second:
        return None  # the later part may have grown past the earlier whole
    return _conflict(first, second, "part exceeds whole")


def _below(a: Interval, b: Interval) -> bool:
    """Every value of a is below every value of b."""
    return not a.overlaps(b) and a.high is not None and b.low is not None and a.high <= b.low


def _conflict(first: Claim, second: Claim, reason: str) -> Conflict:
    return Conflict(first, second, relative_gap(first, second), reason)


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
    """-1 when a refers to an earlier time than b, 0 when the same or unknown."""
    if not a.as_of or not b.as_of or a.as_of == b.as_of:
        return 0
    # ISO dates and TIMEX3 months compare as text; "2016-02" precedes "2016-02-11" only
    # when it is not a prefix of it (the same month is not a different time).
    if b.as_of.startswith(a.as_of) or a.as_of.startswith(b.as_of):
        return 0
    return -1 if a.as_of < b.as_of else 1


def _in_time_order(a: Claim, b: Claim) -> tuple[Claim, Claim]:
    order = as_of_order(a, b)
    if order > 0:
        return b, a
    if order < 0:
        return a, b
    return (a, b) if figure_order(a) <= figure_order(b) else (b, a)


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
