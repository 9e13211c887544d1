"""The conflicting pairs of a group, found by sweeps over sorted bounds (issue 18).

Comparing every two figures of a group costs n^2: a story of 4,000 articles repeating one
toll is eight million comparisons. Instead the figures are first gathered into *sides*:
figures that any comparison treats alike (the same reading, quote and sentence, the same
frame and role in their document's timeline) form one side, whatever document they are
in. Two figures can only conflict when their bounds do not overlap (every rule: disjoint,
shrank, part exceeds whole, dates differ), so candidate pairs of sides come from a sweep
over the sides sorted by their upper bound: for each side, the sides entirely below it.
For a cumulative figure a second sweep runs over as-of dates, latest first, so that an
earlier lower figure (growth, never a conflict) is never visited. Each candidate pair of
sides is decided once, on one figure of each; the pairs of figures it stands for are
counted, and listed lazily in the order of the finding (`SidePair.conflicts`).
"""

from __future__ import annotations

import bisect
import dataclasses
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from checker.events.actors import same_actor
from checker.events.frames import Frame
from checker.events.relations import BROADER, NARROWER, SAME
from checker.events.timeline import day_key, time_key
from checker.model import Claim, Conflict

CURRENT, STALE = "current", "stale"

# a function deciding two figures of two documents: (a, b, relation) -> Conflict | None
Decide = Callable[[Claim, Claim, str], Conflict | None]
# what each document of a group states: document -> its figures' numbers
Stated = Mapping[str, frozenset[str]]


@dataclass(frozen=True)
class Side:
    """Figures any comparison treats alike, from one or more documents."""

    role: str  # CURRENT (stands for its document) or STALE (an earlier state a reader sees)
    frame: Frame | None  # None for dates
    actor: str  # for dates: whose campaign the date starts ("" when unknown)
    claims: tuple[Claim, ...]  # in figure order (checker.findings.reconcile.figure_order)
    documents: Counter  # document -> how many of `claims` it holds
    low: Any  # the lowest value allowed (Decimal or date), None when unbounded
    high: Any
    low_open: bool
    high_open: bool
    as_of: str


@dataclass(frozen=True)
class SidePair:
    """Two sides whose figures conflict, pair by pair across documents."""

    first: Side  # the stale side when one is stale
    second: Side
    relation: str
    how: str  # "" (two current figures), "stale", "same document"
    conflict: Conflict  # the conflict of their first figures: reason and gap hold for all
    count: int  # pairs of figures of two different documents


def sides_of(items: Iterable[tuple[str, Frame | None, str, Claim]], order, key) -> list[Side]:
    """Gather (role, frame, actor, claim) items into sides by `key(claim)`; `order` sorts
    each side's claims."""
    gathered: dict[tuple, list[Claim]] = {}
    for role, frame, actor, claim in items:
        gathered.setdefault((role, frame, actor, key(claim)), []).append(claim)
    sides = []
    for (role, frame, actor, _), claims in gathered.items():
        claims.sort(key=order)
        low, high, low_open, high_open = _bounds(claims[0])
        counts = Counter(c.document for c in claims)
        sides.append(
            Side(role, frame, actor, tuple(claims), counts, low, high, low_open, high_open,
                 day_key(time_key(claims[0].as_of)))
        )  # fmt: skip
    return sides


def reading_key(claim: Claim) -> tuple:
    """What any comparison, filter or order reads of a figure, less where it is."""
    time = claim.time
    when = (time.type, time.value, time.low, time.high, time.mod, time.text) if time else None
    return (
        claim.interval,
        claim.value,
        claim.as_of,
        claim.as_of_source,
        claim.quote,
        claim.sentence,
        claim.kind,
        claim.unit,
        claim.qualifier,
        claim.change,
        claim.precision,
        claim.measure,
        claim.attribution,
        claim.event,
        when,
    )


def reading_key_with_document(claim: Claim) -> tuple:
    return (*reading_key(claim), claim.document)


def _bounds(claim: Claim) -> tuple[Any, Any, bool, bool]:
    if claim.kind == "date" and claim.time is not None:
        return claim.time.low, claim.time.high, False, False
    interval = claim.interval
    return interval.low, interval.high, interval.low_open, interval.high_open


class _BelowIndex:
    """Sides by their upper bound: which lie entirely below a given side, in log time plus
    the number found. Sides can be added (kept sorted)."""

    def __init__(self, sides: Sequence[Side], members: Iterable[int] = ()):
        self.sides = sides
        self.keys: list[tuple[Any, int, int]] = []
        for index in members:
            self.add(index)

    def add(self, index: int) -> None:
        side = self.sides[index]
        if side.high is not None:  # an open-ended figure lies below nothing
            bisect.insort(self.keys, (side.high, 0 if side.high_open else 1, index))

    def below(self, side: Side) -> list[int]:
        """Sides whose every value is below every value of `side`."""
        if side.low is None:
            return []
        # equal bounds are apart only when one of them is open
        end = bisect.bisect_left(self.keys, (side.low, 2 if side.low_open else 1))
        return [index for _, _, index in self.keys[:end]]


def below_pairs(sides: Sequence[Side]) -> Iterator[tuple[int, int]]:
    """(i, j): side i lies entirely below side j. Every pair that can conflict is one."""
    index = _BelowIndex(sides, range(len(sides)))
    for j, side in enumerate(sides):
        for i in index.below(side):
            yield i, j


def weekday_pairs(sides: Sequence[Side]) -> Iterator[tuple[int, int]]:
    """(i, j): two sides of dates of no known days (an undated page's "on Saturday"), or one
    of them, which no sweep over bounds orders; checker.findings.dates decides them by their
    weekdays' names. One side per reading, so a story holds a few."""
    unbounded = [i for i, side in enumerate(sides) if side.low is None]
    for i in unbounded:
        for j in range(len(sides)):
            if j != i and (sides[j].low is not None or j > i):
                yield i, j


def cumulative_pairs(sides: Sequence[Side]) -> Iterator[tuple[int, int]]:
    """The pairs of `below_pairs` less those where the lower figure is of a strictly earlier
    date: a toll that grew, which no rule flags (neither "shrank" nor "part exceeds whole",
    where the later part may have outgrown the earlier whole). A sweep over as-of dates,
    latest first, adds each date's sides to the index before its sides ask for the sides
    below them, so only sides of the same or a later date are found; dates that are a
    prefix of another ("2016-02" and "2016-02-11") are the same time and asked apart."""
    undated = [i for i, s in enumerate(sides) if not s.as_of]
    buckets: dict[str, list[int]] = {}
    for i, side in enumerate(sides):
        if side.as_of:
            buckets.setdefault(side.as_of, []).append(i)
    everything = _BelowIndex(sides, range(len(sides)))
    for j in undated:
        yield from ((i, j) for i in everything.below(sides[j]))
    without_date = _BelowIndex(sides, undated)
    later = _BelowIndex(sides)
    for as_of in sorted(buckets, reverse=True):
        for i in buckets[as_of]:
            later.add(i)
        for j in buckets[as_of]:
            yield from ((i, j) for i in without_date.below(sides[j]))
            yield from ((i, j) for i in later.below(sides[j]))
    for as_of, members in buckets.items():
        prefixes = [as_of[:n] for n in range(1, len(as_of)) if as_of[:n] in buckets]
        if prefixes:
            shorter = _BelowIndex(sides, (i for p in prefixes for i in buckets[p]))
            for j in members:
                yield from ((i, j) for i in shorter.below(sides[j]))


def side_pairs(
    sides: Sequence[Side],
    candidates: Iterable[tuple[int, int]],
    relate,
    decide: Decide,
    stated: Stated | None = None,
) -> list[SidePair]:
    """The candidate pairs of sides that conflict, each decided on one figure of each side;
    `relate(frame, frame)` gives the relation of two frames (None: not compared). Two
    current figures of the same frame are not paired across documents when one's document
    also states the other's number (`stated`: checker.findings.stated.stated_values; left_alone
    says so of one pair)."""
    found = []
    for i, j in candidates:
        x, y = sides[i], sides[j]
        if x.role == STALE and y.role == STALE:
            continue
        if y.role == STALE:
            x, y = y, x  # the stale figure first, as its document's timeline gives it
        if x.frame is None or y.frame is None:
            rel = SAME if same_actor(x.actor, y.actor) else None
        else:
            rel = relate(x.frame, y.frame)
        if rel is None:
            continue
        if stated and rel == SAME and x.role == y.role == CURRENT and _apart(x, y):
            x, y = _unstated(x, y.claims[0], stated), _unstated(y, x.claims[0], stated)
            if not x.claims or not y.claims:
                continue
        count = len(x.claims) * len(y.claims)
        count -= sum(n * y.documents.get(d, 0) for d, n in x.documents.items())
        if count <= 0:
            continue
        conflict = decide(x.claims[0], y.claims[0], rel)
        if conflict is not None:
            found.append(SidePair(x, y, rel, STALE if x.role == STALE else "", conflict, count))
    return found


def states(stated: Stated, document: str, figure: Claim) -> bool:
    """Whether `document` states `figure`'s number."""
    return figure.value in stated.get(document, ())


def left_alone(stated: Stated, a: Claim, b: Claim) -> bool:
    """Whether two current figures of one frame and of two documents are not compared:
    their numbers differ and one's document also states the other's. (Equal numbers
    conflict only by their qualifiers or rounding, "nearly 100" and "more than 100", which
    no other figure of a document explains.)"""
    return a.value != b.value and (states(stated, a.document, b) or states(stated, b.document, a))


def _apart(x: Side, y: Side) -> bool:
    """Two sides of different numbers (left_alone)."""
    return x.claims[0].value != y.claims[0].value


def _unstated(side: Side, figure: Claim, stated: Stated) -> Side:
    """The side without the figures whose document also states `figure`'s number."""
    claims = tuple(c for c in side.claims if not states(stated, c.document, figure))
    if len(claims) == len(side.claims):
        return side
    return dataclasses.replace(side, claims=claims, documents=Counter(c.document for c in claims))


def single_pair(a: Claim, b: Claim, conflict: Conflict, how: str) -> SidePair:
    """A pair of two figures of one document (its timeline's self-conflict)."""
    one, other = (sides_of([(CURRENT, None, "", c)], id, id)[0] for c in (a, b))
    return SidePair(one, other, SAME, how, conflict, 1)


def member_conflicts(pair: SidePair, decide: Decide, order) -> Iterator[Conflict]:
    """The conflicts of the pair's figures across documents, in figure order of (first,
    second): the order `found` and the pairs of a finding are sorted in."""
    if pair.count == 1 and len(pair.first.claims) == len(pair.second.claims) == 1:
        yield _with_how(pair.conflict, pair, pair.first.claims[0])
        return
    x, y = pair.first, pair.second
    lower_first = pair.conflict.first is x.claims[0]
    outer, inner = (x, y) if lower_first else (y, x)
    if order(outer.claims[0])[:6] == order(inner.claims[0])[:6]:
        # the sides tie on everything the order reads first: sort the pairs themselves
        every = [c for a in x.claims for b in y.claims if (c := _decided(a, b, pair, decide))]
        yield from sorted(every, key=lambda c: (order(c.first), order(c.second)))
        return
    for one in outer.claims:
        for other in inner.claims:
            a, b = (one, other) if lower_first else (other, one)
            conflict = _decided(a, b, pair, decide)
            if conflict is not None:
                yield conflict


def _decided(a: Claim, b: Claim, pair: SidePair, decide: Decide) -> Conflict | None:
    """The conflict of a (of the pair's first side) and b, as the pair says it arose."""
    if a.document == b.document:
        return None
    conflict = decide(a, b, pair.relation)
    return _with_how(conflict, pair, a) if conflict is not None else None


def _with_how(conflict: Conflict, pair: SidePair, first_side: Claim) -> Conflict:
    stale = first_side if pair.how == STALE else None
    return dataclasses.replace(conflict, how=pair.how, stale=stale)


def reverse(rel: str) -> str:
    return {NARROWER: BROADER, BROADER: NARROWER}.get(rel, rel)
