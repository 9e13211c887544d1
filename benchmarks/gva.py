"""Killed and injured counts on Gun Violence Archive incidents, per article and per incident.

    python benchmarks/gva.py [--limit N] [--flags N] [--flag-every K] [--blind-too]

Every figure is reported for the tune part and the blind part of the incidents apart
(benchmarks/common.is_blind: a third of the incidents, by a hash of the id); --flags prints
the tune part's flags only, unless --blind-too (for the final judging).

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

from benchmarks.common import (
    PARTS,
    REPO,
    add_blind_option,
    argument_parser,
    data_dir,
    part_of,
    prf,
    print_table,
    write_result,
)
from benchmarks.judged import RaisedFlag, precision_by_part, print_claim, read_judgements

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


def run(
    folder: Path, ids: Sequence[str], flag_limit: int, flag_every: int = 1, blind_too: bool = False
) -> tuple[dict[str, Counter], list[dict[str, Any]], list[RaisedFlag], float]:
    """Score every incident into the tally of its part; collect flags to print (tune part
    only unless `blind_too`) and every raised flag for the hand check."""
    from checker.documents import read_stories
    from checker.pipeline import check_story

    tallies: dict[str, Counter] = {part: Counter() for part in PARTS}
    flags: list[dict[str, Any]] = []
    raised: list[RaisedFlag] = []
    seen = 0
    started = time.perf_counter()
    for incident in ids:
        gold = json.loads((folder / incident / "gold.json").read_text("utf-8"))
        tally = tallies[part_of(incident)]
        for story in read_stories([str(folder / incident)]):
            result = check_story(story)
            tally["incidents"] += 1
            tally["documents"] += len(story.documents)
            score_incident(result, gold, tally)
            found = list(flags_of(result, incident, gold))
            raised.extend(_raised(flag) for flag in found)
            if found and (blind_too or part_of(incident) == "tune"):
                # every K-th incident with a flag, in index order: a spread, not the first ones
                if seen % flag_every == 0 and len(flags) < flag_limit:
                    flags.extend(found)
                seen += 1
            tally["flagged_incidents"] += any(f.verdict != "consistent" for f in result.findings)
    return tallies, flags, raised, time.perf_counter() - started


def _raised(flag: dict[str, Any]) -> RaisedFlag:
    first, second = flag["first"], flag["second"]
    return RaisedFlag(
        flag["incident"],
        flag["measure"],
        first.value,
        second.value,
        first.document,
        second.document,
    )


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
            print_claim(claim)


def main(argv: Sequence[str] | None = None) -> dict[str, Any] | None:
    parser = argument_parser(__doc__.splitlines()[0])
    parser.add_argument(
        "--flags",
        type=int,
        default=0,
        help="Print the first N discrepancy flags of the tune part with quotes.",
    )
    parser.add_argument(
        "--flag-every",
        type=int,
        default=1,
        metavar="K",
        help="With --flags: take the flags of every K-th flagged incident (index order).",
    )
    add_blind_option(parser)
    args = parser.parse_args(argv)
    folder = data_dir("gva")
    if folder is None:
        return None
    tallies, flags, raised, seconds = run(
        folder, incidents(folder, args.limit), args.flags, max(1, args.flag_every), args.blind_too
    )
    total = tallies["tune"] + tallies["blind"]
    result = {
        "corpus": f"gva ({total['incidents']} incidents, {total['documents']} documents)",
        "approximation": "the archive's count stands in for the count each article states",
        "parts": "blind: sha1 of the incident id divisible by 3 (benchmarks/common.is_blind)",
        "scores": {
            "tune": summary(tallies["tune"]),
            "blind": summary(tallies["blind"]),
            "all": summary(total),
        },
        "hand_checked_flags": precision_by_part(
            read_judgements(FLAGS_CSV, "incident"),
            part_of,
            None if args.limit else raised,
            FLAGS_CSV,
        ),
        "seconds": round(seconds, 1),
    }
    _print(result)
    if args.flags:
        print_flags(flags[: args.flags])
    write_result("gva", result, args.out, argv)
    return result


def _print(result: dict[str, Any]) -> None:
    rows = []
    for part, scores in result["scores"].items():
        for event in EVENTS:
            s = scores[event]
            rows.append(
                [
                    part,
                    event,
                    s["article_recall"],
                    s["article_recall_toll_2_plus"],
                    s["claim_precision"],
                    s["incident_recall"],
                    s["incident_precision"],
                ]
            )
    headers = [
        "part",
        "event",
        "article recall",
        "(toll>=2)",
        "claim precision",
        "incident recall",
        "incident precision",
    ]
    print_table(headers, rows, title=f"GVA: {result['corpus']}")
    for part, scores in result["scores"].items():
        print(
            f"{part}: incidents with a discrepancy flag: {scores['flagged_incidents']}"
            f" of {scores['incidents']}"
        )
    flags = result["hand_checked_flags"]
    if flags:
        print_judged(flags, show_unjudged=("tune",))


def print_judged(flags: dict[str, Any], show_unjudged: Sequence[str]) -> None:
    """The hand check's precision per part; the unjudged flags of the parts named."""
    for part in (*PARTS, "all"):
        f = flags[part]
        print(
            f"{part}: discrepancy flags checked by hand: {f['true_flags']}/{f['flags']} true "
            f"(precision {f['precision']:.2f}) over {f['stories']} stories"
        )
        if "unjudged_flags" not in f or part == "all":
            continue
        print(
            f"  flags raised but not judged: {len(f['unjudged_flags'])}; judged flags"
            f" no longer raised: {f['judged_flags_no_longer_raised']};"
            f" matched by documents after a measure rename: {f['matched_by_documents']}"
        )
        if part in show_unjudged:
            for key in f["unjudged_flags"]:
                print(f"    unjudged: {key}")


if __name__ == "__main__":
    main()
