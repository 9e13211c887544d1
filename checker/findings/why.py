"""Why two figures were, or were not, flagged as a discrepancy: the steps a pair goes
through (read, aligned, frames related, compared, kept), and the first one that stopped it.

A fact-checker who reads two figures that seem to disagree, and finds no flag, asks why; so
does a developer measuring what the checker misses. `why_pair` answers from the same
functions the check uses (checker.events.align.group_key, checker.events.relations.relation,
checker.findings.reconcile.figures_conflict), so what it says is what the check did.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from checker.events.align import group_key
from checker.events.frames import Frame, frame_of
from checker.events.relations import relation
from checker.events.story import StoryModel, story_model
from checker.extract.people import AGE
from checker.findings.explained import same_count_max_ratio, too_far_apart
from checker.findings.figures import as_of_order, can_conflict
from checker.findings.reconcile import figures_conflict
from checker.model import Claim, ClaimGroup, StoryResult

# group_key's fields, in its order, as a reader names them
_KEY_FIELDS = ("kind of figure", "unit", "event", "what happened", "what is counted")
_FRAME_FIELDS = ("event", "happened", "counted", "agent", "place", "since", "period", "scope")


def find_claim(claims: Sequence[Claim], wanted: str) -> Claim | None:
    """A claim by its id ("a.txt:120-131") or by a document and an offset inside the figure
    ("a.txt:125"); the document may be given by its file name alone."""
    document, _, where = wanted.rpartition(":")
    if not document:
        return None
    named = [c for c in claims if c.claim_id == wanted]
    if named:
        return named[0]
    try:
        offset = int(where)
    except ValueError:
        return None
    for claim in claims:
        same_file = claim.document == document or claim.document.endswith("/" + document)
        if same_file and claim.start <= offset < max(claim.end, claim.start + 1):
            return claim
    return None


def why_pair(
    result: StoryResult, first: Claim, second: Claim, model: StoryModel | None = None
) -> list[str]:
    """Lines that tell how the check read two figures of a story and what it decided."""
    if model is None:
        model = story_model(result.story.documents, result.claims)
    lines = [_read(first, model), _read(second, model)]
    groups = {c.claim_id: g for g in result.groups for c in g.claims}
    one, other = groups.get(first.claim_id), groups.get(second.claim_id)
    if one is None or other is None:
        alone = first if one is None else second
        return [
            *lines,
            f"not aligned: {_name(alone)} is in no group (nothing says what it measures)",
        ]
    if one.group_id != other.group_id:
        return [*lines, f"not aligned: {_key_difference(first, second, model)}"]
    return lines + _in_group(result, one, first, second, model)


def _read(claim: Claim, model: StoryModel) -> str:
    frame = frame_of(claim, model)
    fields = ", ".join(
        f"{name}={value!r}" for name in _FRAME_FIELDS if (value := getattr(frame, name, ""))
    )
    told = f"as of {claim.as_of}" if claim.as_of else "no date"
    return (
        f"{_name(claim)}: {claim.kind} {claim.value or '?'} read as {_interval(claim)}, {told}, "
        f"{claim.event or 'no event'}; frame: {fields or 'none'}"
    )


def _name(claim: Claim) -> str:
    return f'"{claim.quote}" ({claim.claim_id})'


def _interval(claim: Claim) -> str:
    low, high = claim.interval.low, claim.interval.high
    return f"{'?' if low is None else low} to {'?' if high is None else high}"


def _key_difference(first: Claim, second: Claim, model: StoryModel) -> str:
    keys = group_key(first, model), group_key(second, model)
    if keys[0] is None or keys[1] is None:
        return "one of them has no frame"
    differ = [
        f"{name} {a!r} vs {b!r}"
        for name, a, b in zip(_KEY_FIELDS, keys[0], keys[1], strict=False)
        if a != b
    ]
    return "different " + "; ".join(differ)


def _in_group(
    result: StoryResult, group: ClaimGroup, first: Claim, second: Claim, model: StoryModel
) -> list[str]:
    lines = [f"aligned in {group.group_id} ({group.describe()})"]
    frames: list[Frame | None] = [frame_of(first, model), frame_of(second, model)]
    if frames[0] is None or frames[1] is None:
        return [*lines, "not compared: one of them has no frame"]
    rel = relation(frames[0], frames[1])
    if rel is None:
        blocking = "; ".join(
            f"{name} {getattr(frames[0], name)!r} vs {getattr(frames[1], name)!r}"
            for name in _blocking_fields(frames[0], frames[1])
        )
        return [*lines, f"not compared: their frames do not relate ({blocking})"]
    lines.append(f"frames relate: {rel}")
    conflict = figures_conflict(first, second, rel, group)
    if conflict is None:
        return [*lines, _no_conflict(first, second, group)]
    lines.append(f"conflict: {conflict.reason}")
    if too_far_apart(conflict, group.measure):
        ratio = same_count_max_ratio()
        return [
            *lines,
            f"not flagged: more than {ratio} times apart, read as different counts "
            "(a part, a total, another incident)",
        ]
    return [*lines, _kept(result, group, first, second)]


def _blocking_fields(one: Frame, other: Frame) -> list[str]:
    """The fields of two frames that keep them apart: those which, made alike, let them
    relate; all the fields that differ when no single one does."""
    differ = [name for name in _FRAME_FIELDS if getattr(one, name) != getattr(other, name)]
    alone = [
        name
        for name in differ
        if relation(one, dataclasses.replace(other, **{name: getattr(one, name)})) is not None
    ]
    return alone or differ


def _no_conflict(first: Claim, second: Claim, group: ClaimGroup) -> str:
    if first.interval.overlaps(second.interval):
        return "no conflict: their intervals overlap"
    if group.measure.event == AGE:
        return (
            f"no conflict: ages told as of {first.as_of or 'no date'} and "
            f"{second.as_of or 'no date'}: a person's age grows by the years between"
        )
    if as_of_order(first, second) != 0:
        kind = (
            "a cumulative figure may grow"
            if group.measure.cumulative
            else ("a figure that changes is compared only at one time")
        )
        return f"no conflict: told at different times ({first.as_of}, {second.as_of}): {kind}"
    return "no conflict: the two figures can both be true (a part, the same figure written apart)"


def _kept(result: StoryResult, group: ClaimGroup, first: Claim, second: Claim) -> str:
    ids = {first.claim_id, second.claim_id}
    for finding in result.findings:
        if finding.group.group_id != group.group_id:
            continue
        if any({p.first, p.second} == ids for p in finding.pairs):
            return f"flagged: {finding.severity} discrepancy"
        if finding.verdict == "discrepancy":
            return (
                "not listed: the group is flagged through other pairs (a document's latest "
                "figure stands for it, or the list of pairs is full)"
            )
        return f"not flagged: {finding.explanation}"
    return "not flagged: the group has no finding"


def unflagged(result: StoryResult) -> list[tuple[ClaimGroup, Claim, Claim, str]]:
    """For each aligned group whose documents give figures that cannot all hold but that no
    flag lists, its widest such pair (two documents' figures whose ranges do not meet) and
    the step that left it unflagged (why_pair's last line): what a fact-checker may still
    want to look at."""
    model = story_model(result.story.documents, result.claims)
    listed = {frozenset((p.first, p.second)) for f in result.findings for p in f.pairs}
    found = []
    for group in result.groups:
        figures = [c for c in group.claims if c.kind != "date" and can_conflict(c)]
        pairs = [
            (a, b)
            for i, a in enumerate(figures)
            for b in figures[i + 1 :]
            if a.document != b.document
            and not a.interval.overlaps(b.interval)
            and frozenset((a.claim_id, b.claim_id)) not in listed
        ]
        if not pairs:
            continue
        a, b = max(pairs, key=lambda pair: _gap(*pair))
        found.append((group, a, b, why_pair(result, a, b, model)[-1]))
    return found


def _gap(a: Claim, b: Claim) -> float:
    """How far apart two figures' ranges lie, relative to the larger (0 when a bound is
    open): values may be ranges or durations ("7-8", "PT13M"), bounds are numbers."""
    ends = [a.interval.low, a.interval.high, b.interval.low, b.interval.high]
    if any(end is None for end in ends):
        return 0.0
    low_a, high_a, low_b, high_b = (abs(float(end)) for end in ends)  # type: ignore[arg-type]
    apart = max(low_b - high_a, low_a - high_b, 0.0)
    return apart / max(high_a, high_b, 1e-9)


def unflagged_lines(result: StoryResult) -> list[str]:
    """unflagged, one line per group, or a line saying there is none."""
    found = unflagged(result)
    if not found:
        return ["no group holds two documents' figures whose ranges do not meet and no flag"]
    return [
        f"{group.group_id} ({group.describe()}): {_name(a)} vs {_name(b)}: {why}"
        for group, a, b, why in found
    ]
