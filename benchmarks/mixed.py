"""Folders that mix two incidents of one kind: flags across them are false by construction.

    python benchmarks/mixed.py [--limit N] [--days 30]

A fact-checker's folder about one shooting may hold an outlet's report of another shooting
in the same city a week later; an outlet's story of the day may tell another bombing than
the others'. The story's event model must keep the two apart. Two probes build such folders
from data whose incidents are known, and count the conflicting pairs of the flags checkclaims
raises: a pair whose two figures come from the two different incidents is a false alarm with
no hand judgement needed; pairs within one incident are counted beside them.

- ECB+: each topic's two clusters (`N_ecb`, `N_ecbplus`) are two events of one kind (two
  quakes in one county, two fights of one boxer, two hit-and-runs) told by several outlets;
  the two are merged into one folder. Part by topic (benchmarks/newsclusters.ecb_part).
- GVA: every two incidents of one city (the archive's city or county and state) at most
  --days days apart, merged; only pairs of incidents of one part (tune or blind, by
  incident).

Only counts are printed (the blind part is safe to run): mixed folders, cross-incident pairs
by measure, pairs within one incident.

The same GVA pairs of incidents also try review (checker.review): the first article of one
incident as a draft against the other incident's articles, where every "contradicted" or
"supported" verdict is wrong by construction (the draft's figures are "unsourced"), and
against its own incident's other articles, for scale.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import (
    PARTS,
    argument_parser,
    data_dir,
    part_of,
    print_table,
    write_result,
)
from benchmarks.newsclusters import ecb_part


def ecb_mixes(folder: Path, limit: int | None) -> Iterator[tuple[str, Path, Path]]:
    """(part, first cluster, second cluster) for every ECB+ topic with both clusters."""
    topics = sorted({p.name.split("_")[0] for p in folder.iterdir() if p.is_dir()}, key=int)
    for topic in topics[:limit]:
        one, other = folder / f"{topic}_ecb", folder / f"{topic}_ecbplus"
        if one.is_dir() and other.is_dir():
            yield ecb_part(one.name), one, other


def gva_mixes(folder: Path, days: int, limit: int | None) -> Iterator[tuple[str, Path, Path]]:
    """(part, first incident, second incident) for every two incidents of one city and part
    at most `days` days apart, in the order of their ids."""
    places: dict[tuple[str, str, str], list[tuple[dt.date, str]]] = defaultdict(list)
    for path in sorted(p for p in folder.iterdir() if (p / "gold.json").is_file()):
        gold = json.loads((path / "gold.json").read_text("utf-8"))
        key = (gold["state"], gold["city_or_county"], part_of(path.name))
        places[key].append((dt.date.fromisoformat(gold["date"]), path.name))
    found = [
        (key[2], folder / a[1], folder / b[1])
        for key, incidents in sorted(places.items())
        for a, b in itertools.combinations(sorted(incidents), 2)
        if abs((a[0] - b[0]).days) <= days
    ]
    yield from found[:limit]


def score_mix(first: Any, second: Any, tally: Counter) -> None:
    """Check two stories as one; add its pairs to `tally`."""
    from checker.model import Story
    from checker.pipeline import check_story

    side = {d.doc_id: 0 for d in first.documents} | {d.doc_id: 1 for d in second.documents}
    documents = tuple(
        dataclasses.replace(d, story="mixed") for d in (*first.documents, *second.documents)
    )
    result = check_story(Story("mixed", documents, (*first.inputs, *second.inputs)))
    claims = {c.claim_id: c for c in result.claims}
    tally["folders"] += 1
    for finding in result.findings:
        if finding.verdict != "discrepancy":
            continue
        for pair in finding.pairs:
            a, b = claims[pair.first], claims[pair.second]
            if side[a.document] != side[b.document]:
                tally["cross_pairs"] += 1
                tally[f"cross: {finding.group.measure.event or 'other'}"] += 1
            else:
                tally["pairs_within_one"] += 1


def score_review(first: Any, second: Any, tally: Counter) -> None:
    """Review the first document of the story `first` against `second`'s documents and
    against the rest of `first`'s; add the verdicts to `tally` ("other: contradicted", "own:
    supported" ...)."""
    from checker.review.draft import review_documents

    draft, *own = first.documents
    tally["drafts"] += 1
    for name, sources in (("other", second.documents), ("own", own)):
        if sources:
            for claim in review_documents(draft, sources).claims:
                tally[f"{name}: {claim.verdict}"] += 1


def run(days: int, limit: int | None) -> tuple[dict[str, dict[str, Counter]], dict[str, Counter]]:
    """The pairs of every mixed folder, by corpus and part; and the GVA reviews, by part."""
    from checker.documents import read_stories

    tallies: dict[str, dict[str, Counter]] = {}
    reviews = {part: Counter() for part in PARTS}
    sources = (
        ("ecbplus", data_dir("ecbplus"), lambda f: ecb_mixes(f, limit)),
        ("gva", data_dir("gva"), lambda f: gva_mixes(f, days, limit)),
    )
    for corpus, folder, mixes in sources:
        if folder is None:
            continue
        tallies[corpus] = {part: Counter() for part in PARTS}
        for part, one, other in mixes(folder):
            first, second = read_stories([str(one)])[0], read_stories([str(other)])[0]
            score_mix(first, second, tallies[corpus][part])
            if corpus == "gva":
                score_review(first, second, reviews[part])
    return tallies, reviews


def main(argv: Sequence[str] | None = None) -> dict[str, Any] | None:
    parser = argument_parser(__doc__.splitlines()[0])
    parser.add_argument(
        "--days", type=int, default=30, help="GVA: incidents at most this many days apart."
    )
    args = parser.parse_args(argv)
    tallies, reviews = run(args.days, args.limit)
    if not tallies:
        print("../shared/data/ecbplus and gva are absent: skipped")
        return None
    result = {
        corpus: {part: dict(sorted(t.items())) for part, t in parts.items()}
        for corpus, parts in tallies.items()
    }
    print_table(
        ("corpus", "part", "mixed folders", "cross-incident pairs", "pairs within one"),
        (
            (corpus, part, t["folders"], t["cross_pairs"], t["pairs_within_one"])
            for corpus, parts in tallies.items()
            for part, t in parts.items()
        ),
        "Flags in folders that mix two incidents (cross-incident pairs are false alarms)",
    )
    print_table(
        ("corpus", "part", "measure", "cross-incident pairs"),
        (
            (corpus, part, key.split(": ", 1)[1], count)
            for corpus, parts in tallies.items()
            for part, t in parts.items()
            for key, count in sorted(t.items())
            if key.startswith("cross: ")
        ),
        "Cross-incident pairs by measure",
    )
    verdicts = sorted({k.split(": ", 1)[1] for t in reviews.values() for k in t if ": " in k})
    print_table(
        ("part", "drafts", "sources", *verdicts),
        (
            (part, t["drafts"], name, *(t[f"{name}: {v}"] for v in verdicts))
            for part, t in reviews.items()
            for name in ("other", "own")
        ),
        "GVA review: a draft against another incident's articles (other: every contradicted or"
        " supported is wrong) and against its own incident's (own)",
    )
    result_reviews = {part: dict(sorted(t.items())) for part, t in reviews.items()}
    write_result(
        "mixed",
        {"days": args.days, "parts": result, "reviews": result_reviews},
        args.out,
        argv,
    )
    return result


if __name__ == "__main__":
    main()
