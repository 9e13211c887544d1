"""Decide whether the claims of an aligned group can all be true.

Two figures conflict when their intervals (qualifier and rounding honoured) cannot both
hold. Time matters for cumulative tolls: a later, higher figure is growth; a later, lower
one is a toll that shrank. Figures of a part (civilians) may be below those of the whole
(people) but not above. Non-cumulative figures are compared only at the same time, unless
they do not change after the event (measures.json fixed_events: those aboard, votes
cast, a candidate's votes, a period's profit, revenue or loss, a debt, a fine), or are a
deal's terms told within a few days by clauses that name one deal (deal_terms).
"""

from __future__ import annotations

import dataclasses
import heapq
import itertools
from collections.abc import Iterator, Mapping
from decimal import Decimal
from functools import cache
from typing import TYPE_CHECKING

from checker.config import SeverityScale, default_severity
from checker.events.actors import actor_of
from checker.events.align import frames_of
from checker.events.parties import same_parties
from checker.events.perpetrator import perpetrator_cue
from checker.events.relations import BROADER, NARROWER, SAME, relation
from checker.events.shares import VOTES_WON, certified_count, partial_count
from checker.extract.people import AGE
from checker.extract.scopes import INCREMENT
from checker.findings.ages import age_conflict
from checker.findings.dates import date_conflict, date_pairs, date_severity
from checker.findings.explain import explain_conflict
from checker.findings.explained import (
    apart_note,
    by_document,
    consistent_note,
    dead_explain,
    dead_toll,
    died_note,
    parties_note,
    perpetrator_explains,
    too_far_apart,
)
from checker.findings.figures import (
    as_of_order,
    can_conflict,
    figure_order,
    relative_gap,
    same_written,
)
from checker.findings.fixed import fixed_between
from checker.findings.stated import (
    document_timelines,
    stated_by_timelines,
    stated_note,
)
from checker.findings.sweep import (
    CURRENT,
    STALE,
    SidePair,
    below_pairs,
    cumulative_pairs,
    left_alone,
    member_conflicts,
    reading_key,
    reading_key_with_document,
    side_pairs,
    sides_of,
    single_pair,
    weekday_pairs,
)
from checker.model import Claim, ClaimGroup, Conflict, Finding, Interval, PairFinding

if TYPE_CHECKING:
    from checker.events.story import StoryModel


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
    found by sweeps (checker.findings.sweep): a group of n figures costs n log n plus the
    pairs that conflict, of which MAX_PAIRS are listed."""
    documents = {c.document for c in group.claims}
    if len(group.claims) < 2:
        return None
    raised = conflicting_sides(group, model, dead)
    apart: list[SidePair] = []
    found: list[SidePair] = []
    for side_pair in raised:  # each decided once: the ratio is read from both figures
        (apart if too_far_apart(side_pair.conflict, group.measure) else found).append(side_pair)
    cue = perpetrator_cue(group.measure.event, group.claims, texts) if found else ""
    with_tolls = [
        (p, dead_explain(p.conflict, group, dead))
        for p in found
        if not (cue and perpetrator_explains(p.conflict, cue))
    ]
    kept = [p for p, toll in with_tolls if toll is None]
    if not kept:
        if len(documents) < 2 and not raised:
            return None
        died = [p for p, toll in with_tolls if toll is not None]
        if died:
            pair = _first(died, group, _found_order)
            return Finding(group, "consistent", "", died_note(pair, dead_toll(pair, group, dead)))
        explained = [_first(found, group, _found_order)] if found else []
        widest = _first(apart, group, _conflict_order) if apart else None
        note = consistent_note(explained, cue) + apart_note(widest) + parties_note(group)
        return Finding(group, "consistent", "", note + stated_note(group, model))
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
    return f" {more} more conflicting pair{'s' if more > 1 else ''} not listed." if more else ""


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


def _rank_of(severity: str) -> int:
    return {"low": 1, "medium": 2, "high": 3}.get(severity, 0)


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
    if any(c.kind == "date" for c in group.claims):
        yield from date_pairs(group.claims)
        return
    frames = frames_of((c for c in group.claims if can_conflict(c)), model)
    timelines = document_timelines(group, frames)
    stated = stated_by_timelines(group, timelines, model)
    for line in timelines:
        for a, b in line.self_conflicts:
            yield a, b, SAME, "same document"
    for one, other in itertools.combinations(timelines, 2):
        if one.document == other.document:
            continue
        rel = relation(one.frame, other.frame)
        if rel is None:
            continue
        if rel != SAME or not left_alone(stated, one.current, other.current):
            yield one.current, other.current, rel, ""
        for stale in one.stale:
            yield stale, other.current, rel, "stale"
        for stale in other.stale:
            yield stale, one.current, _reverse(rel), "stale"  # the stale figure first


def conflicting_sides(
    group: ClaimGroup, model: StoryModel | None = None, dead: tuple[Claim, ...] = ()
) -> list[SidePair]:
    """The conflicting pairs of the group as pairs of sides (checker.findings.sweep): the
    pairs `compared_pairs` gives that conflict, without comparing every two figures."""
    decide = _decider(group)
    if any(c.kind == "date" for c in group.claims):
        dated = [(CURRENT, None, actor_of(c), c) for c in group.claims]
        sides = sides_of(dated, figure_order, reading_key)
        by_days = itertools.chain(below_pairs(sides), weekday_pairs(sides))
        return side_pairs(sides, by_days, relation, decide)
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
    key = reading_key_with_document if by_document(group, dead) else reading_key
    sides = sides_of(items, figure_order, key)
    candidates = cumulative_pairs(sides) if group.measure.cumulative else below_pairs(sides)
    return found + side_pairs(
        sides, candidates, cache(relation), decide, stated_by_timelines(group, timelines, model)
    )


def _reverse(rel: str) -> str:
    return {NARROWER: BROADER, BROADER: NARROWER}.get(rel, rel)


def find_conflict(a: Claim, b: Claim, rel: str | None, group: ClaimGroup) -> Conflict | None:
    """The conflict between two claims whose frames relate by `rel` (SAME, NARROWER: a
    inside b, BROADER), or None when both can be true."""
    if rel is None or a.claim_id == b.claim_id or (a.document == b.document and a.start == b.start):
        return None
    return figures_conflict(a, b, rel, group)


def figures_conflict(a: Claim, b: Claim, rel: str, group: ClaimGroup) -> Conflict | None:
    """find_conflict for two figures known to be apart (of two documents, or two places)."""
    if a.kind == "date" and b.kind == "date":
        return date_conflict(a, b)
    if group.measure.event == AGE:
        return age_conflict(a, b)
    if not same_parties(a, b):
        return None  # money of another deal, budget or fine
    # two increments ("five more bodies", "two more") told at two times are two additions,
    # not one count that fell
    increments = rel == SAME and a.measure.scope == b.measure.scope == INCREMENT
    # a candidate's votes are final once counted (measures.json fixed_events); the counts of
    # a document that tells them as still running ("with 91% of the vote counted, Okafor had
    # 34,880 votes ... Villalobos was third with 16,050", "complete unofficial returns")
    # grow to it, and so do earlier reports' counts to a later one told as the certified
    # result (late and provisional ballots added): only a later lower count conflicts
    first, second = _in_time_order(a, b)
    later = as_of_order(first, second) < 0
    running = (
        group.measure.event == VOTES_WON
        and (
            any(partial_count(c) for c in group.claims if c.document in (a.document, b.document))
            or (later and certified_count(second))
        )
        and not _one_count_state(a, b, group)
    )
    cumulative = (group.measure.cumulative or running) and not increments
    if rel != SAME:
        part = a if rel == NARROWER else b
        fixed = later and not cumulative and fixed_between(first, second, group.measure.event)
        if later and not cumulative and not fixed:
            # a count that goes either way (the missing, those in hospital), told at two
            # times: a later whole may have shrunk below an earlier part, as a later part
            # may have grown past an earlier whole ("three passengers still missing" on the
            # evening, "two people remain missing" the next day)
            return None
        # a later part may have grown past an earlier whole, unless the measure is fixed
        growth = later and (cumulative or not fixed)
        conflict = _part_whole_conflict(first, second, part is first, growth)
        return dataclasses.replace(conflict, part=part) if conflict else None
    if later and not cumulative and not fixed_between(first, second, group.measure.event):
        return None  # a count that changes, at two different times: nothing to compare
    if later and cumulative:
        return (
            _conflict(first, second, "shrank") if _below(second.interval, first.interval) else None
        )
    if first.interval.overlaps(second.interval) or same_written(first, second):
        return None
    return _conflict(first, second, "disjoint")


_SHARED_TALLY_MIN = 100  # a count of votes two documents could share by chance is smaller


def _one_count_state(a: Claim, b: Claim, group: ClaimGroup) -> bool:
    """Whether two documents tell one state of a running count: both give another figure of
    the tally exactly alike ("Solis received 184,312 votes to Ebbing's 158,240" and "Solis
    won 184,312 votes to Ebbing's 148,240"), so neither count grew into the other."""
    told = {
        c.value
        for c in group.claims
        if c.document == a.document
        and c.claim_id != a.claim_id
        and c.value.isdigit()
        and int(c.value) >= _SHARED_TALLY_MIN
    }
    return any(
        c.document == b.document and c.claim_id != b.claim_id and c.value in told
        for c in group.claims
    )


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


def _in_time_order(a: Claim, b: Claim) -> tuple[Claim, Claim]:
    order = as_of_order(a, b)
    if order > 0:
        return b, a
    if order < 0:
        return a, b
    return (a, b) if figure_order(a) <= figure_order(b) else (b, a)
