"""Killed and injured counts on Gun Violence Archive incidents, per article and per incident.

    python benchmarks/gva.py [--limit N] [--flags N] [--flag-every K]

Per article: is a whole-event killed (injured) claim whose value is the archive's count
extracted? Per incident: does the figure of the story's aligned killed (injured) group
match the archive's? A figure matches when it equals the victims-only count or the
count including perpetrators (GVA's num_killed / num_injured).

Approximation: without annotation we do not know which count an article states, so the
archive's count stands in for it. Recall is over articles (incidents) whose archive count is
above zero; an article that never states the count (a trial report, a video page) counts
as a miss, so recall here is a lower bound.
"""

from __future__ import annotations

import csv
import json
import sys
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import REPO, argument_parser, data_dir, prf, print_table, write_result

EVENTS = ("killed", "injured")
FLAGS_CSV = REPO / "benchmarks" / "gva_flags_checked.csv"


def incidents(folder: Path, limit: int | None) -> list[str]:
    with (folder / "index.csv").open(encoding="utf-8", newline="") as handle:
        ids = [row["incident"] for row in csv.DictReader(handle)]
    return ids[:limit]


def accepted(gold: dict[str, Any], event: str) -> frozenset[Decimal]:
    """The counts a correct article may state: victims only, or including perpetrators."""
    return frozenset({Decimal(gold[f"victims_{event}"]), Decimal(gold[f"num_{event}"])})


def is_event_claim(claim: Any, event: str) -> bool:
    """A toll of the whole incident: the event's class, people (not a part such as children)
    and no background period or running total ("since January")."""
    from checker.events.align import broad_entity

    measure = claim.measure
    whole = broad_entity(measure.entity) in ("people", "")
    return (
        measure.event == event
        and whole
        and not (measure.period or measure.since)
        and claim.kind == "count"
    )


def claim_number(claim: Any) -> Decimal | None:
    try:
        return Decimal(claim.value)
    except (InvalidOperation, ValueError):
        return None


def group_figure(group: Any) -> Decimal | None:
    """The group's figure: the value most of its claims state (the higher one on a tie)."""
    values = Counter(v for c in group.claims if (v := claim_number(c)) is not None)
    if not values:
        return None
    return max(values, key=lambda v: (values[v], v))


def incident_group(result: Any, event: str) -> Any | None:
    """The aligned group for the whole incident's toll: the largest whole-event group."""
    candidates = [
        g
        for g in result.groups
        if g.measure.event == event
        and not (g.measure.period or g.measure.since or g.measure.agent)
        and all(c.kind == "count" for c in g.claims)
    ]
    return max(
        candidates, key=lambda g: (len({c.document for c in g.claims}), len(g.claims)), default=None
    )


def score_incident(result: Any, gold: dict[str, Any], tally: Counter) -> None:
    documents = [d.doc_id for d in result.story.documents]
    for event in EVENTS:
        ok = accepted(gold, event)
        positive = gold[f"num_{event}"] > 0
        claims = [c for c in result.claims if is_event_claim(c, event)]
        right = [c for c in claims if claim_number(c) in ok]
        tally[f"{event}.claims"] += len(claims)
        tally[f"{event}.claims_right"] += len(right)
        found = len({c.document for c in right})
        if positive:
            tally[f"{event}.articles"] += len(documents)
            tally[f"{event}.articles_found"] += found
        if gold[f"num_{event}"] >= 2:  # a toll of one is often written without a numeral
            tally[f"{event}.articles2"] += len(documents)
            tally[f"{event}.articles2_found"] += found
        group = incident_group(result, event)
        figure = group_figure(group) if group is not None else None
        if figure is not None:
            tally[f"{event}.groups"] += 1
            tally[f"{event}.groups_right"] += figure in ok
        if positive:
            tally[f"{event}.incidents"] += 1
            tally[f"{event}.incidents_found"] += figure in ok


def flags_of(result: Any, incident: str, gold: dict[str, Any]) -> Iterable[dict[str, Any]]:
    """Discrepancy findings with the two figures of the worst pair, for the hand check."""
    claims = {c.claim_id: c for c in result.claims}
    for finding in result.findings:
        if finding.verdict == "consistent" or not finding.conflicting:
            continue
        first, second = (claims[i] for i in finding.conflicting[0])
        yield {
            "incident": incident,
            "group": finding.group.group_id,
            "measure": finding.group.measure.describe(),
            "severity": finding.severity,
            "gold": {
                k: gold[k]
                for k in ("num_killed", "num_injured", "victims_killed", "victims_injured")
            },
            "first": first,
            "second": second,
        }


def flag_key(incident: str, measure: str, first: str, second: str) -> tuple[str, ...]:
    """A flag as the hand check names it: the figures in either order."""
    return (incident, measure, *sorted((first, second)))


def flag_precision(raised: set[tuple[str, ...]] | None = None) -> dict[str, Any] | None:
    """Precision of the hand-checked discrepancy flags in benchmarks/gva_flags_checked.csv.

    With `raised` (the keys of the flags this run raised, when the run covered every
    incident), only the judged flags still raised count, and the flags nobody has judged
    and the judged ones no longer raised are reported, so a stale hand check shows.
    """
    if not FLAGS_CSV.exists():
        return None
    with FLAGS_CSV.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    judged = {
        flag_key(r["incident"], r["measure"], r["first_figure"], r["second_figure"]): r
        for r in rows
    }
    if raised is not None:
        rows = [judged[key] for key in judged if key in raised]
    true = sum(1 for r in rows if r["verdict"] == "true")
    result: dict[str, Any] = {
        "flags": len(rows),
        "incidents": len({r["incident"] for r in rows}),
        "true_flags": true,
        "precision": round(true / len(rows), 4) if rows else 0.0,
        "file": "benchmarks/gva_flags_checked.csv",
    }
    if raised is not None:
        result["unjudged_flags"] = sorted(" ".join(key) for key in raised - judged.keys())
        result["judged_flags_no_longer_raised"] = len(judged.keys() - raised)
    return result


def run(
    folder: Path, ids: Sequence[str], flag_limit: int, flag_every: int = 1
) -> tuple[Counter, list[dict[str, Any]], set[tuple[str, ...]], float]:
    from checker.documents import read_stories
    from checker.pipeline import check_story

    tally: Counter = Counter()
    flags: list[dict[str, Any]] = []
    raised: set[tuple[str, ...]] = set()
    started = time.perf_counter()
    for incident in ids:
        gold = json.loads((folder / incident / "gold.json").read_text("utf-8"))
        for story in read_stories([str(folder / incident)]):
            result = check_story(story)
            tally["incidents"] += 1
            tally["documents"] += len(story.documents)
            score_incident(result, gold, tally)
            found = list(flags_of(result, incident, gold))
            for flag in found:
                raised.add(
                    flag_key(incident, flag["measure"], flag["first"].value, flag["second"].value)
                )
            if found:
                # every K-th incident with a flag, in index order: a spread, not the first ones
                if tally["flag_incidents_seen"] % flag_every == 0 and len(flags) < flag_limit:
                    flags.extend(found)
                tally["flag_incidents_seen"] += 1
            tally["flagged_incidents"] += any(f.verdict != "consistent" for f in result.findings)
    return tally, flags, raised, time.perf_counter() - started


def summary(tally: Counter) -> dict[str, Any]:
    out: dict[str, Any] = {"incidents": tally["incidents"], "documents": tally["documents"]}
    for event in EVENTS:
        article = prf(tally[f"{event}.articles_found"], tally[f"{event}.articles"], 0)
        claims = prf(tally[f"{event}.claims_right"], 1, tally[f"{event}.claims"])
        incident = prf(
            tally[f"{event}.incidents_found"], tally[f"{event}.incidents"], tally[f"{event}.groups"]
        )
        out[event] = {
            "article_recall": article["r"],
            "article_recall_toll_2_plus": prf(
                tally[f"{event}.articles2_found"], tally[f"{event}.articles2"], 0
            )["r"],
            "claim_precision": claims["p"],
            "articles": tally[f"{event}.articles"],
            "claims": tally[f"{event}.claims"],
            "incident_recall": incident["r"],
            "incident_precision": round(
                tally[f"{event}.groups_right"] / tally[f"{event}.groups"], 4
            )
            if tally[f"{event}.groups"]
            else 0.0,
            "incidents_with_toll": tally[f"{event}.incidents"],
            "incidents_with_group": tally[f"{event}.groups"],
        }
    out["flagged_incidents"] = tally["flagged_incidents"]
    return out


def print_flags(flags: Sequence[dict[str, Any]]) -> None:
    """The flags with their quotes, for the hand check (stdout only, never a file)."""
    for flag in flags:
        print(
            f"\n## {flag['incident']} {flag['group']} [{flag['measure']}] {flag['severity']}"
            f" gold={flag['gold']}"
        )
        for claim in (flag["first"], flag["second"]):
            print(
                f"  - {claim.document[:8]} {claim.published} value={claim.value}"
                f" q={claim.qualifier!r}"
            )
            print(f"    {' '.join(claim.sentence.split())[:400]}")


def main(argv: Sequence[str] | None = None) -> dict[str, Any] | None:
    parser = argument_parser(__doc__.splitlines()[0])
    parser.add_argument(
        "--flags", type=int, default=0, help="Print the first N discrepancy flags with quotes."
    )
    parser.add_argument(
        "--flag-every",
        type=int,
        default=1,
        metavar="K",
        help="With --flags: take the flags of every K-th flagged incident (index order).",
    )
    args = parser.parse_args(argv)
    folder = data_dir("gva")
    if folder is None:
        return None
    tally, flags, raised, seconds = run(
        folder, incidents(folder, args.limit), args.flags, max(1, args.flag_every)
    )
    result = {
        "corpus": f"gva ({tally['incidents']} incidents, {tally['documents']} documents)",
        "approximation": "the archive's count stands in for the count each article states",
        "scores": summary(tally),
        "hand_checked_flags": flag_precision(None if args.limit else raised),
        "seconds": round(seconds, 1),
    }
    _print(result)
    if args.flags:
        print_flags(flags[: args.flags])
    write_result("gva", result, args.out, argv)
    return result


def _print(result: dict[str, Any]) -> None:
    scores = result["scores"]
    rows = []
    for event in EVENTS:
        s = scores[event]
        rows.append(
            [
                event,
                s["article_recall"],
                s["article_recall_toll_2_plus"],
                s["claim_precision"],
                s["incident_recall"],
                s["incident_precision"],
            ]
        )
    headers = [
        "event",
        "article recall",
        "(toll>=2)",
        "claim precision",
        "incident recall",
        "incident precision",
    ]
    print_table(headers, rows, title=f"GVA: {result['corpus']}")
    flags = result["hand_checked_flags"]
    if flags:
        print(
            f"discrepancy flags checked by hand: {flags['true_flags']}/{flags['flags']} true "
            f"(precision {flags['precision']:.2f}) over {flags['incidents']} incidents"
        )
        if "unjudged_flags" in flags:
            print(
                f"  flags raised but not judged: {len(flags['unjudged_flags'])}; judged flags"
                f" no longer raised: {flags['judged_flags_no_longer_raised']}"
            )
            for key in flags["unjudged_flags"]:
                print(f"    unjudged: {key}")
    print(
        f"incidents with a discrepancy flag: {scores['flagged_incidents']} of {scores['incidents']}"
    )


if __name__ == "__main__":
    main()
