"""Killed and injured counts on Gun Violence Archive incidents, per article and per incident.

    python benchmarks/gva.py [--limit N] [--flags N] [--blind-too]

Every figure is reported for the tune part and the blind part of the incidents apart
(benchmarks/common.is_blind: a third of the incidents, by a hash of the id).

Flags are pairs: every conflicting pair of every discrepancy finding (Finding.pairs) is one
flag, matched to the hand judgements in benchmarks/gva_flags_checked.csv by incident,
measure, figures and, when the row names them, documents (benchmarks/judged.py); the
precision is true / judged pairs per part. --flags N prints the first N unjudged pairs of
the tune part (the blind part too with --blind-too, for the final judging only), each with
its own explanation and both claims, to the terminal only.

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
from dataclasses import dataclass
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
from benchmarks.judged import (
    RaisedFlag,
    class_precision,
    match,
    precision_by_part,
    print_claim,
    read_judgements,
)

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
    """The aligned group for the whole incident's toll: the largest whole-event group of the
    story's main event."""
    candidates = [
        g
        for g in result.groups
        if g.measure.event == event
        and g.event in ("", "main event")  # not an earlier incident the story tells
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
    score_ages(result, gold, tally)


def _ages_of(gold: dict[str, Any], status: str) -> list[str]:
    """The ages (maybe empty) of the archive's participants whose status starts so."""
    return [
        p.get("Age", "")
        for p in gold.get("participants", [])
        if str(p.get("Status", "")).startswith(status)
    ]


def _only_age(ages: list[str]) -> str | None:
    """The age of the one participant, when there is one and the archive gives it."""
    return ages[0] if len(ages) == 1 and str(ages[0]).isdigit() else None


def score_ages(result: Any, gold: dict[str, Any], tally: Counter) -> None:
    """Ages bound to a person (checker.extract.people) against the archive's participant
    list: of those whose person the list names with an age, the share that give that age;
    ages bound to the one killed or the one injured (checker.events.roles) against that one
    participant's age.
    An article may state a wrong age, so this is a floor on how often the right person is
    found."""
    from checker.events.roles import ONE_ACCUSED, ONE_INJURED, ONE_KILLED
    from checker.extract.names import person_key
    from checker.extract.people import AGE

    ages = {
        person_key(p["Name"]): p["Age"]
        for p in gold.get("participants", [])
        if p.get("Name") and str(p.get("Age", "")).isdigit()
    }
    dead = _ages_of(gold, "Killed")
    hurt = _ages_of(gold, "Injured")
    suspects = [
        p.get("Age", "") for p in gold.get("participants", []) if p.get("Type") == "Subject-Suspect"
    ]
    # an age bound to a role, no name: the tally's prefix, the archive's one person's age
    roles = {
        ONE_KILLED: ("role", _only_age(dead)),
        ONE_INJURED: ("injured_role", _only_age(hurt) if not dead else None),  # no dead
        ONE_ACCUSED: ("accused_role", _only_age(suspects)),
    }
    for claim in result.claims:
        if claim.measure.event != AGE:
            continue
        tally["ages.claims"] += 1
        if claim.measure.entity in roles:
            prefix, archive_age = roles[claim.measure.entity]
            tally[f"ages.{prefix}_claims"] += 1
            if archive_age is not None and claim.unit == "year of age":  # not "9-month-old"
                tally[f"ages.{prefix}_with_age"] += 1
                tally[f"ages.{prefix}_agree"] += claim.value == archive_age
        elif claim.measure.entity in ages:
            tally["ages.in_list"] += 1
            tally["ages.agree"] += claim.value == ages[claim.measure.entity]


@dataclass(frozen=True)
class Pair:
    """One conflicting pair of a discrepancy finding: the flag as judged, both claims and the
    pair's own severity, reason and explanation."""

    flag: RaisedFlag
    group: str
    verdict: Any  # checker.model.PairFinding
    first: Any  # checker.model.Claim
    second: Any
    gold: dict[str, int]


def pairs_of(result: Any, incident: str, gold: dict[str, Any]) -> Iterable[Pair]:
    """Every conflicting pair of every discrepancy finding (Finding.pairs), one flag each."""
    claims = {c.claim_id: c for c in result.claims}
    counts = {
        k: gold[k] for k in ("num_killed", "num_injured", "victims_killed", "victims_injured")
    }
    for finding in result.findings:
        if finding.verdict == "consistent":
            continue
        measure = finding.group.measure.describe()
        for verdict in finding.pairs:
            first, second = claims[verdict.first], claims[verdict.second]
            figures = (first.value, second.value, first.document, second.document)
            flag = RaisedFlag(incident, measure, *figures)
            yield Pair(flag, finding.group.group_id, verdict, first, second, counts)


def run(folder: Path, ids: Sequence[str]) -> tuple[dict[str, Counter], list[Pair], float]:
    """Score every incident into the tally of its part; collect every raised pair."""
    from checker.documents import read_stories
    from checker.pipeline import check_story

    tallies: dict[str, Counter] = {part: Counter() for part in PARTS}
    pairs: list[Pair] = []
    started = time.perf_counter()
    for incident in ids:
        gold = json.loads((folder / incident / "gold.json").read_text("utf-8"))
        tally = tallies[part_of(incident)]
        for story in read_stories([str(folder / incident)]):
            result = check_story(story)
            tally["incidents"] += 1
            tally["documents"] += len(story.documents)
            score_incident(result, gold, tally)
            found = list(pairs_of(result, incident, gold))
            pairs.extend(found)
            tally["flagged_incidents"] += any(f.verdict != "consistent" for f in result.findings)
            tally["pairs"] += len(found)
    return tallies, pairs, time.perf_counter() - started


def unjudged_pairs(pairs: Sequence[Pair], parts: Sequence[str]) -> list[Pair]:
    """The pairs of `parts` no judged row matches, in incident order, each flag once."""
    rows = read_judgements(FLAGS_CSV, "incident")
    mine = [p for p in pairs if part_of(p.flag.story) in parts]
    open_flags = set(match([p.flag for p in mine], rows).unjudged)
    return list({p.flag: p for p in mine if p.flag in open_flags}.values())


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
    out["ages"] = {
        "claims": tally["ages.claims"],
        "person_in_list_with_age": tally["ages.in_list"],
        "agree_with_list": tally["ages.agree"],
        "agreement": round(tally["ages.agree"] / tally["ages.in_list"], 4)
        if tally["ages.in_list"]
        else 0.0,
        # ages of the one person an incident killed, told without a name (events/roles.py),
        # against the archive's one killed participant's age
        "role_claims": tally["ages.role_claims"],
        "role_with_archive_age": tally["ages.role_with_age"],
        "role_agree_with_archive": tally["ages.role_agree"],
        # ages of the one person an incident with no dead injured, told without a name,
        # against the archive's one injured participant's age
        "injured_role_claims": tally["ages.injured_role_claims"],
        "injured_role_with_archive_age": tally["ages.injured_role_with_age"],
        "injured_role_agree_with_archive": tally["ages.injured_role_agree"],
        # ages of the one suspect, told without a name, against the archive's one suspect's
        "accused_role_claims": tally["ages.accused_role_claims"],
        "accused_role_with_archive_age": tally["ages.accused_role_with_age"],
        "accused_role_agree_with_archive": tally["ages.accused_role_agree"],
    }
    out["flagged_incidents"] = tally["flagged_incidents"]
    out["pairs"] = tally["pairs"]
    return out


def print_pairs(pairs: Sequence[Pair]) -> None:
    """Each pair with its explanation and both quotes, for the hand check (stdout only)."""
    for pair in pairs:
        flag, verdict = pair.flag, pair.verdict
        print(
            f"\n## {flag.story} {pair.group} [{flag.measure}] {verdict.severity} {verdict.reason}"
            f" gold={pair.gold}"
        )
        print(f"   {' '.join(verdict.explanation.split())[:400]}")
        for claim in (pair.first, pair.second):
            print_claim(claim)


def main(argv: Sequence[str] | None = None) -> dict[str, Any] | None:
    parser = argument_parser(__doc__.splitlines()[0])
    parser.add_argument(
        "--flags",
        type=int,
        default=0,
        help="Print the first N unjudged conflicting pairs of the tune part with quotes.",
    )
    add_blind_option(parser)
    args = parser.parse_args(argv)
    folder = data_dir("gva")
    if folder is None:
        return None
    tallies, pairs, seconds = run(folder, incidents(folder, args.limit))
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
            None if args.limit else [p.flag for p in pairs],
            FLAGS_CSV,
        ),
        "hand_checked_per_class": class_precision(
            [(part_of(p.flag.story), p.flag, p.first) for p in pairs],
            read_judgements(FLAGS_CSV, "incident"),
        ),
        "seconds": round(seconds, 1),
    }
    _print(result)
    for part, classes in result["hand_checked_per_class"].items():
        print(f"{part}: judged true per class of figure: {classes}")
    if args.flags:
        parts = PARTS if args.blind_too else ("tune",)
        print_pairs(unjudged_pairs(pairs, parts)[: args.flags])
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
    """The hand check's precision over pairs per part; the unjudged pairs of the parts named."""
    for part in (*PARTS, "all"):
        f = flags[part]
        if "judged_pairs" not in f:  # a partial run: every judged row counts
            print(f"{part}: judged rows {f['true_flags']}/{f['flags']} true")
            continue
        print(
            f"{part}: conflicting pairs checked by hand: {f['true_pairs']}/{f['judged_pairs']}"
            f" true (precision {f['pair_precision']:.2f}; judged rows matched"
            f" {f['true_flags']}/{f['flags']} true, {f['stories']} incidents)"
        )
        if part == "all":
            continue
        print(
            f"  pairs raised but not judged: {len(f['unjudged_flags'])}; judged rows"
            f" no longer raised: {f['judged_flags_no_longer_raised']}"
            f" (true: {len(f['true_flags_no_longer_raised'])});"
            f" matched by documents after a measure rename: {f['matched_by_documents']}"
        )
        if part in show_unjudged:  # the blind part's rows are counted, never shown
            for row in f["true_flags_no_longer_raised"]:
                print(f"    true, no longer raised: {row}")
            for key in f["unjudged_flags"]:
                print(f"    unjudged: {key}")


if __name__ == "__main__":
    main()
