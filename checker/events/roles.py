"""The role a person plays in a story's main event, for the ages of people not named.

An age is a fact about one person (checker.extract.people binds it to a name). News often
gives the one person an event killed without a name: "a 20-year-old man was shot dead" in
one outlet, "a 22-year-old man died at the scene" in another. When every document that
counts the main event's dead counts one, the age of a victim told that way (the age inside
the one-victim figure, checker.extract.implicit, or an age a death verb governs: "killed a
19-year-old student", "22-year-old Dashwan Smith was shot and killed") is that one
person's, whichever outlet tells it; two such ages that cannot both hold
(checker.findings.ages) are a disagreement as surely as two ages of one name. A name whose
age a death verb governs is the role's name: every age the story gives that name is bound
to the role (one outlet names the victim, another does not). A story with more than one
dead binds no age to the role: its victims' ages are different people's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from functools import cache

from checker.events.frames import MAIN
from checker.evolve import evolve
from checker.extract.lexicons import measure_lexicon
from checker.extract.people import AGE, unbound_age
from checker.model import Claim
from checker.vocab import alternation, load_data

ONE_KILLED = "the one killed"  # the entity of an age bound to the role
_KILLED = "killed"


@cache
def _death_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A death verb (measures.json single_death_verbs) that governs the age after it
    ("killed a 19-year-old", "the death of"), and one whose subject is the age's person, in
    the passive or "died" ("..., 22, was shot and killed", "who died"): "a 12-year-old
    fatally shot his brother" is the shooter."""
    verbs = alternation(load_data("measures")["single_death_verbs"])
    before = re.compile(
        rf"\b(?:{verbs}|killing|(?<!attempted\s)(?:death|murder|slaying|killing)\s+of)"
        r"\s+(?:an?\s+|the\s+)?$",
        re.I,
    )
    after = re.compile(
        rf",?\s+(?:who\s+)?(?:(?:was|had\s+been|has\s+been)\s+(?:{verbs})|died)\b", re.I
    )
    return before, after


def with_victim_ages(claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """The claims, the ages of the one person the main event killed bound to that role."""
    bound = victim_ages(claims)
    if not bound:
        return claims
    return tuple(
        evolve(c, measure=replace(c.measure, event=AGE, entity=ONE_KILLED))
        if c.claim_id in bound
        else c
        for c in claims
    )


def victim_ages(claims: Iterable[Claim]) -> frozenset[str]:
    """The ids of the ages of the one person the main event killed, when every whole count
    of the main event's dead in the story is one: ages told inside a figure of one dead, ages
    a death verb governs, and every age of the one name a death verb governs."""
    claims = tuple(claims)
    dead = [c for c in claims if _main_dead(c)]
    if not dead or any(c.value != "1" for c in dead):
        return frozenset()
    spans: dict[str, list[tuple[int, int]]] = {}
    for claim in dead:
        spans.setdefault(claim.document, []).append((claim.start, claim.end))
    names = {c.measure.entity for c in claims if _named_age(c) and _governed_by_death(c)}
    if len(names) > 1:
        return frozenset()  # two dead named: the story's counts of one are of two events
    return frozenset(
        c.claim_id
        for c in claims
        if (
            unbound_age(c)
            and c.event == MAIN
            and (
                any(start <= c.start < end for start, end in spans.get(c.document, ()))
                or _governed_by_death(c)
            )
        )
        or (names and _named_age(c) and c.measure.entity in names)
    )


def _governed_by_death(claim: Claim) -> bool:
    """Whether a death verb governs the age: right before it, or with its person as the
    subject right after it."""
    start, end = claim.span_in_sentence
    sentence = claim.sentence
    before, after = _death_patterns()
    return (
        before.search(sentence, max(0, start - 40), start) is not None
        or after.match(sentence, end) is not None
    )


def _named_age(claim: Claim) -> bool:
    measure = claim.measure
    return (
        claim.kind == "amount"
        and measure.event == AGE
        and bool(measure.entity)
        and measure.entity != ONE_KILLED
        and claim.event == MAIN
    )


def _main_dead(claim: Claim) -> bool:
    measure = claim.measure
    return (
        claim.kind == "count"
        and claim.event == MAIN
        and measure.event == _KILLED
        and not measure.scope
        and not (measure.since or measure.period)
        and _people(measure.entity)
    )


def _people(entity: str) -> bool:
    """Whether a counted entity is people: "people", a class of them ("children"), or one
    person's noun ("student", "man") as a one-victim figure names it."""
    return entity in ("", "people") or bool(measure_lexicon().people_form(entity))
