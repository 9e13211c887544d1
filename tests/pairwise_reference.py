"""The reconciliation of issue 17 and before, which compares every two figures of a group:
the reference the sweeps of checker.findings.sweep must agree with (tests only).

It is checker.findings.reconcile.reconcile_group as of 03edbcc, with the changes that are not about
speed: at most MAX_PAIRS pairs are listed, the others counted (issue 18), and figures too far
apart to count the same thing are explained, not flagged (issue 14, `too_far_apart`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

from checker.events.perpetrator import perpetrator_cue
from checker.findings.explain import explain_conflict
from checker.findings.explained import (
    apart_note,
    consistent_note,
    dead_explain,
    died_note,
    parties_note,
    perpetrator_explains,
    too_far_apart,
)
from checker.findings.reconcile import (
    MAX_PAIRS,
    _conflict_order,
    _more_note,
    _rank_of,
    _severity,
    compared_pairs,
    figure_order,
    find_conflict,
    stated_note,
)
from checker.model import Claim, ClaimGroup, Finding, PairFinding


def reconcile_pairwise(
    group: ClaimGroup,
    texts: Mapping[str, str] | None = None,
    dead: tuple[Claim, ...] = (),
    model=None,
) -> Finding | None:
    documents = {c.document for c in group.claims}
    if len(group.claims) < 2:
        return None
    raised = [
        dataclasses.replace(c, how=how, stale=a if how == "stale" else None)
        for a, b, rel, how in compared_pairs(group, model)
        if (c := find_conflict(a, b, rel, group))
    ]
    apart = [c for c in raised if too_far_apart(c)]
    found = [c for c in raised if not too_far_apart(c)]
    found.sort(key=lambda c: (figure_order(c.first), figure_order(c.second)))
    cue = perpetrator_cue(group.measure.event, group.claims, texts) if found else ""
    with_tolls = [
        (c, dead_explain(c, group, dead))
        for c in found
        if not (cue and perpetrator_explains(c, cue))
    ]
    conflicts = [c for c, toll in with_tolls if toll is None]
    if not conflicts:
        if len(documents) < 2 and not raised:
            return None
        died = next(((c, toll) for c, toll in with_tolls if toll is not None), None)
        if died:
            return Finding(group, "consistent", "", died_note(*died))
        return Finding(
            group,
            "consistent",
            "",
            consistent_note(found, cue)
            + apart_note(min(apart, key=_conflict_order) if apart else None)
            + parties_note(group)
            + stated_note(group, model),
        )
    conflicts.sort(key=lambda c: (-c.relative_gap, figure_order(c.first), figure_order(c.second)))
    worst = max(
        conflicts, key=lambda c: (_rank_of(_severity(c, None)), c.how == "", c.relative_gap)
    )
    listed, more = conflicts[:MAX_PAIRS], len(conflicts) - len(conflicts[:MAX_PAIRS])
    pairs = tuple(
        PairFinding(
            c.first.claim_id,
            c.second.claim_id,
            _severity(c, None),
            c.reason,
            explain_conflict(c, group),
        )
        for c in listed
    )
    return Finding(
        group,
        "discrepancy",
        _severity(worst, None),
        explain_conflict(worst, group) + _more_note(more),
        tuple(sorted((c.first.claim_id, c.second.claim_id) for c in listed)),
        pairs,
        more,
    )
