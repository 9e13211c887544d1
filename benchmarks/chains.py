"""Alignment against ECB+'s gold coreference chains of people told with numbers.

    python benchmarks/chains.py

ECB+ (../shared/data/ecbplus/chains.json) links mentions of one group of people across the
articles of a cluster ("five people" injured in two outlets, "two people" in a third; "the
16-year-old" in three): the gold for "these figures describe the same group". For every
two mentions of one chain that carry a number and stand in two documents, this counts
whether checkclaims read a figure at both (a claim overlapping each mention) and whether
the two figures fall in one aligned group (alignment recall against the gold); and, over
the figures read at mentions of two different chains of one cluster, how many pairs share
a group (groups that join two gold groups of people). Per part (tune, blind: by topic, as
benchmarks/newsclusters.py); only counts are printed, so the blind part is safe to run.
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from itertools import combinations
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import PARTS, argument_parser, data_dir, print_table, write_result
from benchmarks.newsclusters import ecb_part


def _mentions(chains: list[dict[str, Any]]) -> dict[str, list[tuple[str, str, int, int]]]:
    """cluster -> (chain id, document, start, end) of every mention that holds a number."""
    found: dict[str, list[tuple[str, str, int, int]]] = defaultdict(list)
    for chain in chains:
        for m in chain["mentions"]:
            if m["has_number"]:
                found[m["cluster"]].append((chain["chain_id"], m["doc"], m["start"], m["end"]))
    return found


def score_cluster(result: Any, mentions: list[tuple[str, str, int, int]], tally: Counter) -> None:
    """Add one cluster's counts to `tally`."""
    group_of = {c.claim_id: f.group.group_id for f in result.findings for c in f.group.claims}
    claims_by_document: dict[str, list[Any]] = defaultdict(list)
    for claim in result.claims:
        claims_by_document[claim.document].append(claim)

    def groups_at(document: str, start: int, end: int) -> tuple[bool, set[str]]:
        read = [c for c in claims_by_document[document] if c.start < end and start < c.end]
        return bool(read), {group_of[c.claim_id] for c in read if c.claim_id in group_of}

    seen = [(chain, doc, *groups_at(doc, s, e)) for chain, doc, s, e in mentions]
    for a, b in combinations(seen, 2):
        if a[0] == b[0] and a[1] != b[1]:
            tally["gold_pairs"] += 1
            tally["read_pairs"] += a[2] and b[2]
            tally["aligned_pairs"] += bool(a[3] & b[3])
        elif a[0] != b[0] and a[3] & b[3]:
            tally["joined_across_chains"] += 1


def run(limit: int | None) -> dict[str, Counter]:
    from checker.documents import read_stories
    from checker.pipeline import check_story

    folder = data_dir("ecbplus")
    tallies = {part: Counter() for part in PARTS}
    if folder is None or not (folder / "chains.json").is_file():
        return tallies
    clusters = _mentions(json.loads((folder / "chains.json").read_text("utf-8")))
    for cluster in sorted(clusters)[:limit]:
        tally = tallies[ecb_part(cluster)]
        for story in read_stories([str(folder / cluster)]):
            tally["clusters"] += 1
            score_cluster(check_story(story), clusters[cluster], tally)
    return tallies


def main(argv: Sequence[str] | None = None) -> dict[str, Any] | None:
    args = argument_parser(__doc__.splitlines()[0]).parse_args(argv)
    if data_dir("ecbplus") is None:
        print("../shared/data/ecbplus is absent: skipped")
        return None
    tallies = run(args.limit)
    keys = ("clusters", "gold_pairs", "read_pairs", "aligned_pairs", "joined_across_chains")
    result = {part: {k: t[k] for k in keys} for part, t in tallies.items()}
    print_table(
        ("part", *keys),
        ((part, *(r[k] for k in keys)) for part, r in result.items()),
        "ECB+ gold chains of people told with numbers: pairs of mentions in two documents",
    )
    write_result("chains", {"parts": result}, args.out, argv)
    return result


if __name__ == "__main__":
    main()
