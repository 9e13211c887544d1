"""Parts of a whole told in one sentence: a count given place by place ("four deaths were
reported in Florida, one in Georgia"), and a class of people named inside a count of one
event ("At least 32 people, including 11 children, were killed"; "killing 14 people, seven
of them children"; "Fourteen children are among the 32 people killed").

Each such figure keeps a scope that says it is a part (`BREAKDOWN`, `INCLUDED`), so that it
is compared with the same part in other outlets and never with a whole; its own sentence's
whole already is. Summed lists of parts ("two men and a woman were shot") are
checker.extract.coordinated's.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from checker.extract.lexicons import measure_lexicon
from checker.extract.numbers import small_number_words
from checker.model import Claim
from checker.vocab import alternation

# the scope of a part named in its whole ("32 people, including 11 children"): compared only
# with parts named so (another outlet's "including 14 children"), never with a whole, which
# its own sentence's whole already is
INCLUDED = "named in its whole"
BREAKDOWN = "one place of several"  # the scope of a figure in a breakdown by place


def with_breakdowns(claims: list[Claim]) -> list[Claim]:
    """Counts that one sentence gives place by place ("four deaths were reported in
    Florida, one in Georgia and one in North Carolina", "12 in Douma and eight in Harasta")
    are each a part of the event's count, even where the place is one most of the story's
    documents name and would otherwise restrict nothing."""
    out = claims
    for i, claim in enumerate(claims):
        measure = claim.measure
        if not (claim.kind == "count" and measure.event and measure.place and not measure.scope):
            continue
        placed = [m.start() for m in _placed_numbers().finditer(claim.sentence)]
        start, end = claim.span_in_sentence
        # the figure itself is one of the places' numbers ("12 people in Dalya"), not a
        # total told after them ("bringing the day's toll in the enclave to 20")
        if len(placed) < 2 or not any(start <= at < end for at in placed):
            continue
        if out is claims:
            out = list(claims)
        out[i] = replace(claim, measure=replace(measure, scope=BREAKDOWN))
    return out


@cache
def _placed_numbers() -> re.Pattern[str]:
    """A number and, a few words on in its clause, a place: "four deaths were reported in
    Florida", "one in Georgia" (the number words one to twenty of numbers.json)."""
    words = small_number_words(20)
    return re.compile(
        rf"\b(?:\d[\d,]*|(?i:{alternation(words)}))\b[^,;.]{{0,40}}?\bin\s+(?:the\s+)?[A-Z]"
    )


# a part named after its whole: "32 people, including 11 children", "killed 20, among them
# six children and two women", "(including three officers)"
_INCLUDED_BEFORE = re.compile(
    r"(?:,|\(|\u2014|--)\s*(?:including|among\s+them|among\s+whom|of\s+whom|of\s+them)\s+"
    r"(?:[^,;:()]{0,40}?\s(?:and|,)\s+)?$",
    re.I,
)
# a part told before its whole: "Fourteen children are among the 32 people killed"
_AMONG_THE = re.compile(r"\s+(?:(?:were|are|was|is)\s+)?(?:also\s+)?among\s+(?:the|those)\b", re.I)
_INCLUDED_REACH = 80  # characters between a part and its whole
# a bare part named after its whole by the class it counts: "killing 14 people, seven of
# them children", "wounding 30, 11 of whom were women"
_OF_THEM_CLASS = re.compile(
    r"\s+of\s+(?:them|whom)\s+(?:(?:were|are|was|being)\s+)?(?P<noun>[a-z][a-z-]*)\b", re.I
)
_AFTER_WHOLE = re.compile(r"(?:,|\(|\u2014|--)\s*$")


def with_included_parts(claims: list[Claim]) -> list[Claim]:
    """Counts of a class of people named as a part of a count of one event in their
    sentence ("At least 32 people, including 11 children, were killed"; "Fourteen children
    are among the 32 people killed") take its event: the 11 are children killed, a part of
    the 32, compared with the children another outlet names in its toll (not with wholes:
    the part's own whole stands beside it).
    Before, a part with no verb of its own counted nothing and was never compared."""
    out = claims
    people = measure_lexicon().people
    for i, claim in enumerate(claims):
        measure = claim.measure
        if claim.kind != "count" or measure.event:
            continue
        entity = measure.entity or _class_after(claim, people)
        if entity not in people:
            continue
        whole = _whole_of(claims, i)
        if whole is None:
            continue
        if out is claims:
            out = list(claims)
        whole_measure = whole.measure
        out[i] = replace(
            claim,
            measure=replace(
                measure,
                entity=entity,
                event=whole_measure.event,
                cumulative=whole_measure.cumulative,
                place=measure.place or whole_measure.place,
                agent=measure.agent or whole_measure.agent,
                scope=INCLUDED,
            ),
        )
    return out


# the event's people told as a whole with no number, then the verb that lists some of them:
# "The dead include the truck's driver and the three people travelling in a minibus", "the
# victims included three or four people who were in surgery"
_INCLUDE_VERB = re.compile(
    r"\b(?:dead|deaths|victims|killed|injured|wounded|hurt|casualties|fatalities|deceased)"
    r"\s+(?:also\s+)?includ(?:e|es|ed)\b[^\d;:()]*$",
    re.I,
)


def with_listed_by_include(claims: list[Claim]) -> list[Claim]:
    """Counts of one event's people listed after "the dead include", "the victims
    included" and the like are some of them, not all: each is a part named in its whole
    (`INCLUDED`), compared with other outlets' parts so named, never with a toll. The toll
    the verb lists from is told without a number; with a number ("32 people, including 11
    children") the part is with_included_parts'."""
    out = claims
    for i, claim in enumerate(claims):
        measure = claim.measure
        if claim.kind != "count" or not measure.event or measure.scope:
            continue
        start = claim.span_in_sentence[0]
        if _INCLUDE_VERB.search(claim.sentence, max(0, start - _INCLUDED_REACH), start) is None:
            continue
        if out is claims:
            out = list(claims)
        out[i] = replace(claim, measure=replace(measure, scope=INCLUDED))
    return out


def _class_after(claim: Claim, people: dict[str, str]) -> str:
    """The class of people a bare count names after "of them" ("seven of them children"),
    or "" when it names none."""
    if claim.measure.entity or claim.unit:
        return ""
    match = _OF_THEM_CLASS.match(claim.sentence, claim.span_in_sentence[1])
    noun = match.group("noun").lower() if match else ""
    return people.get(noun, "")  # its class: "14 of them police officers" are police officers


def _whole_of(claims: list[Claim], index: int) -> Claim | None:
    """The count of an event a part at `index` is named in: the one right before it when
    "including" (or "among them") introduces the part, the one right after it when the part
    is "among the" dead."""
    part = claims[index]
    start, end = part.span_in_sentence
    sentence = part.sentence
    before = _INCLUDED_BEFORE.search(sentence, max(0, start - _INCLUDED_REACH), start)
    if before is not None or (
        _OF_THEM_CLASS.match(sentence, end) and _AFTER_WHOLE.search(sentence, 0, start)
    ):
        for other in reversed(claims[:index]):
            if other.sentence_start != part.sentence_start:
                break
            if other.kind == "count" and other.measure.event:
                return other if start - other.span_in_sentence[1] <= _INCLUDED_REACH else None
        return None
    if _AMONG_THE.match(sentence, end):
        for other in claims[index + 1 :]:
            if other.sentence_start != part.sentence_start:
                break
            if other.kind == "count" and other.measure.event:
                return other if other.span_in_sentence[0] - end <= _INCLUDED_REACH else None
    return None
