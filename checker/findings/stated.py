"""What each document of a group states, and its figures of one frame read as a timeline:
`stated_values` (document -> the numbers it gives), `document_timelines` (one timeline per
document and frame, checker.events.timeline) and `stated_note` (why two current figures of
one frame were not compared). Read by checker.findings.reconcile."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from functools import cache
from typing import TYPE_CHECKING

from checker.events.align import frames_of
from checker.events.frames import Frame, comparable
from checker.events.physical import dimension, units_of, value_in
from checker.events.relations import SAME, relation
from checker.events.timeline import Timeline, build_timeline, in_lead
from checker.extract.people import AGE
from checker.findings.explain import describe_claim
from checker.findings.figures import can_conflict, point
from checker.findings.sweep import Stated
from checker.model import Claim, ClaimGroup
from checker.vocab import load_data

if TYPE_CHECKING:
    from checker.events.story import StoryModel


@cache
def self_contradiction_floor() -> Decimal:
    data = load_data("severity")
    return Decimal(data["self_contradiction_min_value"])


def stated_values(group: ClaimGroup, model: StoryModel | None = None) -> Stated:
    """What every document of a group of counts and amounts states: document -> the
    numbers of its figures. Two documents' current figures of one frame and of different
    numbers are compared only when neither document also states the other's number (a
    part above its whole is still flagged): an article that gives "five killed" in one
    place and "the bodies of three officers" in another does not disagree with an outlet's
    "five killed" (its "three" is a part, a subset or an earlier state, and its own
    timeline decides whether it contradicts itself). Measured on hand-judged flags of both
    parts: false alarms of parts and subsets go, a few true flags of articles that give
    both an early and a later count go too (benchmarks/README.md, issue 14 sixth pass).
    Not for ages: an article that gives a person two ages disagrees with itself and with
    the outlets that give either. An amount counts every amount of its unit its document
    states (`model`, StoryModel.amounts_of), whatever it was read as: an article pricing a
    phone's two models at $199 and $299 does not disagree with an outlet's "$299"."""
    if group.measure.event == AGE:
        return {}
    found: dict[str, set[str]] = {}
    for claim in group.claims:
        found.setdefault(claim.document, set()).add(claim.value)
    if model is not None and group.claims and group.claims[0].kind == "amount":
        unit = group.claims[0].unit  # a group's amounts share one unit
        # a physical amount's, whatever unit of its dimension the document wrote it in
        # (checker.events.align compares them in one)
        told_in = dimension(unit)
        units = units_of(told_in) if told_in else (unit,)
        for document, values in found.items():
            for told in units:
                values.update(value_in(v, told, unit) for v in model.amounts_of(document, told))
    elif model is not None:
        # a count's own sentence may state the count it rose or fell from, bare: "had risen to
        # 11, up from nine announced at midday", "rose to 31 from 24"
        for claim in group.claims:
            found[claim.document].update(
                model.bare_counts_beside(claim.document, claim.sentence_start)
            )
    return {document: frozenset(values) for document, values in found.items()}


def stated_by_timelines(
    group: ClaimGroup, timelines: list[Timeline], model: StoryModel | None = None
) -> Stated:
    """stated_values, read against each document's timeline: a document whose current toll
    is its headline's does not state the different toll of its body's first sentence that
    gives the measure, unless it tells it as an earlier state ("Police first said six").
    A headline and the lede under it both tell the whole toll, never a part: "Bakery blast
    kills five" above "Four people were killed when ..." is an article that contradicts
    itself, and the outlets that say four disagree with its headline. A figure further down
    the body is as often a part ("In Khan Sheikhun, air strikes killed seven") and still
    states its number; so does a headline that counts "others" (a part), and one run on
    into its lede with no break (two figures of the measure in its first sentence)."""
    stated = stated_values(group, model)
    if not group.measure.cumulative:
        return stated
    adjusted = dict(stated)
    by_document: dict[str, list[Claim]] = {}
    for claim in group.claims:  # once, not once per document: a story may hold thousands
        by_document.setdefault(claim.document, []).append(claim)
    for line in timelines:
        current = line.current
        if current.kind != "count" or not in_lead(current) or current.unit.lower() in _ADDED:
            continue
        own = by_document.get(line.document, [])
        if sum(in_lead(c) for c in own) > 1:
            continue
        body = [c.sentence_start for c in own if not in_lead(c)]
        earlier = {c.value for c in line.stale}
        first = min(body, default=None)  # once: a long document's claims are many
        lede = {c.value for c in own if c.sentence_start == first and c.value not in earlier}
        adjusted[line.document] = stated[line.document] - lede
    return adjusted


_ADDED = frozenset({"others", "other", "more"})  # "4 Others Injured": a part of the hurt
# those shot, told in an article's body, are mostly one scene's or one victim's ("one person
# was shot in the leg", "the three shot at the bar"): of the whole-event counts of those shot
# in GVA's tune part, a third are below the incident's count (benchmarks/README.md)
_SHOT = "shot"


def document_timelines(group: ClaimGroup, frames: Mapping[str, Frame]) -> list[Timeline]:
    """One timeline per document and frame, for the claims that have a comparable frame."""
    by_frame: dict[tuple[str, Frame], list[Claim]] = {}
    lead_only = group.measure.event == _SHOT
    for claim in group.claims:
        frame = frames.get(claim.claim_id)
        if lead_only and not in_lead(claim):
            continue  # a count of those shot told in a body: one scene's, one victim's
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


def _one_number_each(stated: Stated) -> bool:
    """Whether no document states two numbers."""
    return all(len(numbers) < 2 for numbers in stated.values())


def stated_note(group: ClaimGroup, model: StoryModel | None = None) -> str:
    """One pair of current figures not compared because one article also gives the other's
    number (stated_values), said so the reader sees why the group holds two numbers."""
    if _one_number_each(stated_values(group, model)):
        return ""  # no pair was left alone (cheap: no frame read yet)
    frames = frames_of((c for c in group.claims if can_conflict(c)), model)
    timelines = document_timelines(group, frames)
    stated = stated_by_timelines(group, timelines, model)
    if _one_number_each(stated):
        return ""  # a headline's toll states no lede's: no pair was left alone
    by_value: dict[str, list[Timeline]] = {}
    for line in timelines:
        by_value.setdefault(line.current.value, []).append(line)
    for line in timelines:
        for value in sorted(stated[line.document] - {line.current.value}):
            for other in by_value.get(value, ()):
                if other.document != line.document and relation(line.frame, other.frame) == SAME:
                    return (
                        f" {describe_claim(line.current)} and {describe_claim(other.current)}"
                        f" were not compared: {line.document} also gives {value}, read as a"
                        " part, a subset or an earlier count of its own."
                    )
    return ""
