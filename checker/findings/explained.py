"""Gaps between two figures that something else in the story explains, so they are not
flagged: figures too far apart to count the same thing, a perpetrator counted by one outlet
and not the other, the dead counted among the wounded; and the notes that say so."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from checker.events.parties import parties_compatible, parties_of
from checker.events.perpetrator import apart_by, counted_or_not, counted_perpetrators
from checker.events.physical import is_physical
from checker.extract.lexicons import measure_lexicon, normalise
from checker.extract.people import AGE
from checker.findings.explain import describe_claim
from checker.findings.figures import can_conflict, figure_order, point
from checker.model import Claim, ClaimGroup, Conflict, Interval, Measure
from checker.vocab import load_data

# measures of one thing with no parts: a quake's depth or magnitude, a storm's winds, how
# long the incident itself lasted ("the attack lasted about four minutes" against "the
# rampage lasted nearly 20 minutes": one outlet's slip, not a part; measures.json
# lasting_things)
_NO_PARTS = frozenset({"depth", "magnitude", "sustained winds", "gusts"})
_LENGTH = "length of "  # checker.events.frames: how long a thing of the story lasted


@cache
def same_count_max_ratio() -> Decimal:
    return Decimal(load_data("severity")["same_count_max_ratio"])


def too_far_apart(conflict: Conflict, measure: Measure | None = None) -> bool:
    """Two figures so far apart (more than `same_count_max_ratio` times, neither zero) that
    they count different things: a part against the total, another incident, a total over a
    longer time. Outlets that disagree about one count give figures of one order. Not for
    a measure that has no parts (a quake's depth or magnitude): "12 miles" against "1.2
    miles" deep is one outlet's slip, not a part. But two magnitudes more than a whole unit
    apart are two quakes (a foreshock of 2.0 against the 4.4 mainshock): agencies and
    revisions differ on one quake by a few tenths."""
    if conflict.reason == "dates differ":
        return False
    if measure is not None and measure.event == "magnitude":
        first = point(conflict.first.interval, conflict.first.value)
        return abs(first - point(conflict.second.interval, conflict.second.value)) > 1
    if measure is not None and (measure.event in _NO_PARTS or measure.event.startswith(_LENGTH)):
        return False  # how long one thing lasted ("a 90-minute hijacking", "nearly seven hours")
    x = abs(point(conflict.first.interval, conflict.first.value))
    y = abs(point(conflict.second.interval, conflict.second.value))
    low, high = min(x, y), max(x, y)
    return low > 0 and high > low * same_count_max_ratio()


def perpetrator_explains(conflict: Conflict, cue: str) -> bool:
    """Two counts apart by the perpetrators, of an event they are said (`cue`) to have died
    in (been wounded in): one may count them and the other not. As many as the words say
    ("71 dead, including four attackers" against 67), else one."""
    return conflict.reason in ("disjoint", "shrank") and apart_by(
        conflict.first.interval, conflict.second.interval, counted_perpetrators(cue)
    )


# words that count the dead among the wounded: "four shot, one fatally", "five hurt, of whom
# one died", "two later died of their wounds", "one of five people hurt has died"
WOUNDED_DIED = re.compile(
    r"""
    \b(?:fatally|mortally)\b
    | \bof\s+whom\s+(?:\w+\s+){1,3}?(?:died|later\s+died|have\s+died|succumbed)\b
    | \b(?:later|since|subsequently)\s+died\b | \b(?:has|have|had)\s+(?:since\s+)?died\b
    | \bdied\s+(?:later|of\s+(?:his|her|their)\s+(?:wounds|injuries))\b
    """,
    re.VERBOSE | re.I,
)


def dead_explain(conflict: Conflict, group: ClaimGroup, dead: tuple[Claim, ...]) -> Claim | None:
    """A death toll, told in one of the two documents, that closes the gap between two
    counts of the injured: "four people were shot, one fatally" and "three injured" count
    the same people, one with the dead among the wounded and one without."""
    if group.measure.event != "injured" or conflict.reason not in ("disjoint", "shrank"):
        return None
    low, high = sorted((conflict.first, conflict.second), key=lambda c: point(c.interval, c.value))
    told = any(WOUNDED_DIED.search(c.sentence) for c in (low, high))
    if (not told and not may_hold_dead(high)) or low.interval.low is None:
        return None
    for toll in sorted(dead, key=figure_order):
        if not can_conflict(toll) or toll.document not in (
            (low.document, high.document) if told else (high.document,)
        ):
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


def dead_toll(conflict: Conflict, group: ClaimGroup, dead: tuple[Claim, ...]) -> Claim:
    toll = dead_explain(conflict, group, dead)
    assert toll is not None  # decided alike for every pair of the two sides
    return toll


def died_note(pair: Conflict, toll: Claim) -> str:
    return (
        f"{describe_claim(pair.first)} and {describe_claim(pair.second)} differ by the"
        f" {toll.value} killed of {describe_claim(toll)}: one count may include the dead among"
        " the injured."
        " Otherwise the figures are compatible once qualifiers, rounding and dates are counted."
    )


def apart_note(pair: Conflict | None) -> str:
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


def consistent_note(explained: list[Conflict], cue: str) -> str:
    if not explained:
        return "The figures are compatible once qualifiers, rounding and dates are counted."
    pair = explained[0]
    people = counted_perpetrators(cue)
    gap = "by one" if people == 1 else f"by no more than {people}"
    who = counted_or_not(cue) if people == 1 else f"the {people} perpetrators"
    return (
        f"{describe_claim(pair.first)} and {describe_claim(pair.second)} differ {gap}, and the"
        f' text says "{cue}": one count may include {who}. Otherwise the'
        " figures are compatible once qualifiers, rounding and dates are counted."
    )


# words that set a count of the injured beside another count ("three others hurt", "170
# people had also been wounded", "an additional four", "two more")
_BESIDE = re.compile(
    r"\b(?:others?|more|additional|further|also|besides|in\s+addition|as\s+well)\b", re.I
)


def may_hold_dead(claim: Claim) -> bool:
    """A count of the injured that may hold the dead: its sentence tells no death and sets
    it beside no other count ("Four people were injured in the shooting", in an article
    whose next sentence says one of them was pronounced dead; not "one killed and three
    others hurt", "1 dead, 3 injured", "170 people had also been wounded")."""
    lexicon = measure_lexicon()
    if _BESIDE.search(claim.sentence):
        return False
    return not any(
        lexicon.event_of_word.get(normalise(m.group(0))) == "killed"
        for m in lexicon.event_pattern.finditer(claim.sentence)
    )


def by_document(group: ClaimGroup, dead: tuple[Claim, ...]) -> bool:
    """Whether a death toll of the same document may explain a gap (dead_explain), so the
    figures of different documents must not be gathered."""
    return (
        bool(dead)
        and group.measure.event == "injured"
        and any(WOUNDED_DIED.search(c.sentence) or may_hold_dead(c) for c in group.claims)
    )


_PARTY_SETS = 50  # distinct sets of parties looked at: a group of amounts is short


def parties_note(group: ClaimGroup) -> str:
    """Two amounts of the group that were not compared because their clauses name other
    parties (checker.events.parties), said so the reader sees why they were left alone."""
    first = group.claims[0] if group.claims else None
    if first is None or first.kind != "amount" or group.measure.event == AGE:
        return ""  # an age is a person's, not a party's
    if is_physical(first.unit):
        return ""  # a speed or a depth passes between no parties
    firsts: dict[frozenset[str], Claim] = {}
    for claim in sorted(group.claims, key=figure_order):
        if can_conflict(claim) and (parties := parties_of(claim)):
            firsts.setdefault(parties, claim)
            if len(firsts) >= _PARTY_SETS:
                break
    sets = list(firsts)
    for i, one in enumerate(sets):
        for other in sets[i + 1 :]:
            a, b = firsts[one], firsts[other]
            if a.document != b.document and not parties_compatible(one, other):
                return (
                    f" {describe_claim(a)} ({', '.join(sorted(one))}) and {describe_claim(b)}"
                    f" ({', '.join(sorted(other))}) name other parties: another deal, budget"
                    " or fine, not compared."
                )
    return ""
