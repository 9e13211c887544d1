"""Gather the figures of one story that may measure the same thing into groups.

A group holds the figures of one event (checker.events.attach), one thing that happened
(killed, injured ...; for money, what the money is) and one kind of counted thing (people,
shots; for money, the currency). Inside it, frames can still differ (civilians or people,
by airstrikes or not); `checker.findings.reconcile` compares only the pairs whose frames relate
(checker.events.frames.relation). Dates of named events are grouped by what they date.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Iterable
from decimal import Decimal
from typing import TYPE_CHECKING

from checker.events.bare import JOB_CUTS, JOBS_ADDED
from checker.events.changes import noun_direction
from checker.events.frames import SECONDS_IN, SHORT_TIME, Frame, duration_unit, frame_of
from checker.events.kinds import WORKFORCE_SHARE, percent_end
from checker.events.physical import (
    HEIGHT_OF_FALL,
    dimension,
    interval_in,
    is_dimension,
    unit_factors,
    value_in,
)
from checker.events.relations import ancestors
from checker.events.shares import SEATS_WON, VOTE, VOTES_WON
from checker.evolve import evolve
from checker.extract.tallies import TALLY_OF_VOTERS
from checker.extract.timex_common import no_week_day
from checker.extract.where import spelling_key, town_key
from checker.model import Claim, ClaimGroup, Measure

if TYPE_CHECKING:
    from checker.events.story import StoryModel

_ALIGNED_KINDS = frozenset({"count", "amount", "percent", "fraction", "duration"})


def broad_entity(entity: str, happened: str = "") -> str:
    """The root of an entity in the hierarchy: civilians and children are people (suspects
    are, of those arrested)."""
    return (entity, *ancestors(entity, happened))[-1]


def _a_day(claim: Claim) -> bool:
    """Whether a date's days are known, or it is told by a weekday of no known week (an
    undated page's "the blast on Saturday"), compared by its name."""
    time = claim.time
    if time is None:
        return False
    return time.low is not None or bool(no_week_day(time.value))


def _told_by_noun(claim: Claim) -> str:
    """The direction of a percentage's change told by a noun after it ("a 9 per cent pay
    rise"): one change with "raise wages by 12%", not a level."""
    if claim.kind != "percent":
        return ""
    start, end = claim.span_in_sentence
    return noun_direction(claim.sentence, start, percent_end(claim.sentence, start, end))


def group_key(claim: Claim, model: StoryModel | None) -> tuple[str, ...] | None:
    """Where a figure's pairs are looked for; None when it cannot be aligned."""
    measure = claim.measure
    if claim.kind == "date":
        if measure.event and claim.time is not None and _a_day(claim):
            return ("date", "", claim.event, measure.event, measure.entity)
        return None
    if claim.kind not in _ALIGNED_KINDS:
        return None
    frame = frame_of(claim, model)
    if frame is None:
        return None
    if frame.happened == VOTES_WON:
        # a candidate's votes, told with their word ("14,212 votes") or bare beside them
        # ("ahead of Daniel Pryor on 11,870", checker.events.shares.bare_votes_holder)
        return ("amount", VOTE, frame.event, VOTES_WON, VOTE)
    if frame.happened in TALLY_OF_VOTERS.values():
        # the votes a measure "passed with" (an amount of votes) and a tally's counts ("passed
        # the bill 78-41") are one count of one vote
        return ("count", "", frame.event, frame.happened, frame.happened)
    unit = claim.unit if claim.kind in ("amount", "percent") else ""
    if unit and model is not None:
        unit = model.currency(unit)  # "pesos" in a story told in Philippine pesos
    if claim.kind == "amount" and (told := dimension(unit)):
        unit = told  # "600 kilograms" and "1.5 tonnes": a mass, compared in one unit
    if claim.kind == "duration":
        unit = frame.counted  # a prison sentence in years or in months
    # a rise is not a level; a cut or an addition of jobs is its frame's, whatever word told it
    # ("cut 1,800 jobs, or 9% of its staff": the share is the cut's size, not a change), and
    # so is the height of a fall ("fell roughly 20 feet" and "fell from a height of 15 metres")
    sized = frame.happened in (JOB_CUTS, JOBS_ADDED, WORKFORCE_SHARE, HEIGHT_OF_FALL)
    direction = claim.change or _told_by_noun(claim)
    change = f" ({direction})" if direction and not sized else ""
    counted = broad_entity(frame.counted, frame.happened)
    return (claim.kind, unit + change, frame.event, frame.happened, counted)


def align_claims(
    story: str, claims: Iterable[Claim], model: StoryModel | None = None
) -> tuple[ClaimGroup, ...]:
    """Groups of claims that may measure the same thing, in a stable order."""
    buckets: dict[tuple[str, ...], list[Claim]] = defaultdict(list)
    for claim in claims:
        key = group_key(claim, model)
        if key is not None:
            buckets[key].append(claim)
    groups = []
    for number, key in enumerate(sorted(buckets), start=1):
        members = tuple(sorted(buckets[key], key=lambda c: (c.document, c.start, c.end)))
        if key[0] == "duration" and key[1] == SHORT_TIME:
            members = in_one_unit(members)
        elif _physical(key):
            members = in_one_physical_unit(members)
        groups.append(
            ClaimGroup(
                f"{story + '/' if story else ''}g{number:03d}",
                story,
                _group_measure(key, members, model),
                members,
                event=key[2],
            )
        )
    return tuple(groups)


def length_unit(members: tuple[Claim, ...]) -> str:
    """The unit a group of lengths is compared in: the one its figures are told in, or the
    smallest of theirs ("a 48-hour strike" and "a three-day strike": hours)."""
    return min({duration_unit(c.value) for c in members}, key=SECONDS_IN.__getitem__)


def in_one_unit(members: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """Lengths of one thing told in different units ("a 48-hour strike", "a three-day
    strike"), each with its interval in the group's unit (length_unit); those told in one
    unit as they are."""
    unit = length_unit(members)
    if all(duration_unit(c.value) == unit for c in members):
        return members
    return tuple(_in_unit(c, unit) for c in members)


def _in_unit(claim: Claim, unit: str) -> Claim:
    factor = SECONDS_IN[duration_unit(claim.value)] // SECONDS_IN[unit]  # a whole number
    interval = claim.interval

    def scaled(bound: Decimal | None) -> Decimal | None:
        return None if bound is None else bound * factor

    return evolve(
        claim,
        interval=dataclasses.replace(
            interval, low=scaled(interval.low), high=scaled(interval.high)
        ),
    )


def _physical(key: tuple[str, ...]) -> bool:
    """Whether a group's key is of physical amounts, keyed by their dimension (group_key)."""
    return key[0] == "amount" and is_dimension(key[1].split(" (")[0])


def physical_unit(members: tuple[Claim, ...]) -> str:
    """The unit a group of physical amounts is compared in: the one its figures are told
    in, or the smallest of theirs ("600 kilograms" and "1.5 tonnes": kilograms)."""
    factors = unit_factors()
    return min({c.unit for c in members}, key=lambda unit: (factors[unit][2], unit))


def in_one_physical_unit(members: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """Amounts of one dimension told in different units, each with its interval in the
    group's unit (physical_unit): a name that covers several units (a US or an imperial
    gallon) stretches to all of them."""
    unit = physical_unit(members)
    if all(c.unit == unit for c in members):
        return members

    def scaled(claim: Claim) -> Claim:
        # the figure as the group's unit tells it: its value (at the lowest factor) and the
        # values it allows, which a name of several units stretches ("gallons")
        interval = claim.interval
        if interval.low is not None and interval.low == interval.high and claim.precision == 1:
            # a measure written to the unit is rounded to it: "56mph" is 55.5 to 56.5 mph,
            # some 90 km/h (a count's "583" is exactly 583)
            interval = dataclasses.replace(
                interval, low=interval.low - _HALF, high=interval.low + _HALF, high_open=True
            )
        return evolve(
            claim,
            value=value_in(claim.value, claim.unit, unit),
            unit=unit,
            interval=interval_in(interval, claim.unit, unit),
        )

    return tuple(c if c.unit == unit else scaled(c) for c in members)


_HALF = Decimal("0.5")


def _group_measure(
    key: tuple[str, ...], members: tuple[Claim, ...], model: StoryModel | None
) -> Measure:
    """The broadest measure the group's figures share: fields all of them give."""
    if key[0] == "date":
        return Measure(event=key[3], entity=key[4])
    frames = [f for c in members if (f := frame_of(c, model)) is not None]
    shared: dict[str, str] = {
        name: values.pop() if len(values := {getattr(f, name) for f in frames}) == 1 else ""
        for name in ("agent", "place", "since", "period", "scope")
    }
    counted = {f.counted for f in frames}
    entity = counted.pop() if len(counted) == 1 else key[4]
    if entity == SHORT_TIME:  # the unit its lengths are compared in (in_one_unit)
        entity = length_unit(members)
    happened = key[3]
    money = key[0] == "amount" and frames and not members[0].measure.event and happened != SEATS_WON
    if _physical(key):
        entity, money = physical_unit(members), False  # in_one_physical_unit
    return Measure(
        event=happened,
        entity=key[1] if money else entity,
        agent=shared["agent"],
        place=_readable_place(shared["place"], members),
        since=shared["since"],
        period=shared["period"],
        scope=shared["scope"],
        cumulative=not money and any(c.measure.cumulative for c in members),
    )


def _readable_place(key: str, members: tuple[Claim, ...]) -> str:
    """A place as the group's figures write it ("Aleppo"), for the spelling key their frames
    compare ("alapa"; checker.extract.where.spelling_key), or the key when none does."""
    if not key:
        return ""
    written = sorted(
        c.measure.place
        for c in members
        if c.measure.place and key in (spelling_key(c.measure.place), town_key(c.measure.place))
    )
    return written[0] if written else key


def frames_of(claims: Iterable[Claim], model: StoryModel | None) -> dict[str, Frame]:
    """claim id -> frame, for the claims that have one."""
    return {c.claim_id: f for c in claims if (f := frame_of(c, model)) is not None}
