"""How many figures that two outlets of one story both state end up aligned with each other.

    python benchmarks/coverage.py [--limit N]

A label-free measure of alignment (issue 14: "money and other amounts never meet", "counts
that never align"): in each story of GVA, FA-KES, BASIL and ECB+, a *shared figure* is a
(kind, unit, number) that at least two documents state (counts, amounts and percentages;
numbers from 0 to 3 and vague amounts are left out, as too often the same by chance). Two
outlets stating one number usually tell one quantity, so a shared figure whose claims in
two documents fall in one aligned group (checker.events.align) is one the tool can compare;
one whose claims fall in no common group is a quantity whose disagreement, had the outlets
disagreed, no flag could ever show. Reported per corpus and part (tune, blind) as the share
aligned. Only counts: no figure or sentence is printed, so the blind parts are safe to run.
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import gva
from benchmarks.common import PARTS, argument_parser, data_dir, part_of, print_table, write_result
from benchmarks.newsclusters import PART_OF, story_folders

_KINDS = frozenset({"count", "amount", "percent"})
_TOO_SMALL = frozenset({"0", "1", "2", "3"})


def shared_figures(result: Any) -> tuple[int, int]:
    """(shared figures, those aligned) of one story's result."""
    group_of = {c.claim_id: f.group.group_id for f in result.findings for c in f.group.claims}
    stated: dict[tuple[str, str, str], list[Any]] = defaultdict(list)
    for claim in result.claims:
        if claim.kind in _KINDS and claim.value and claim.value not in _TOO_SMALL:
            unit = claim.unit if claim.kind != "count" else ""
            stated[(claim.kind, unit, claim.value)].append(claim)
    shared = aligned = 0
    for claims in stated.values():
        if len({c.document for c in claims}) < 2:
            continue
        shared += 1
        documents: dict[str, set[str]] = defaultdict(set)
        for claim in claims:
            if claim.claim_id in group_of:
                documents[group_of[claim.claim_id]].add(claim.document)
        aligned += any(len(d) >= 2 for d in documents.values())
    return shared, aligned


def _stories(limit: int | None) -> Iterable[tuple[str, str, Path]]:
    """(corpus, part, folder) of every story."""
    folder = data_dir("gva")
    if folder is not None:
        for incident in gva.incidents(folder, limit):
            yield "gva", part_of(incident), folder / incident
    for corpus, folders in story_folders(limit).items():
        for folder in folders:
            yield corpus, PART_OF[corpus](folder.name), folder


def run(limit: int | None) -> dict[str, dict[str, Counter]]:
    from checker.documents import read_stories
    from checker.pipeline import check_story

    tallies: dict[str, dict[str, Counter]] = defaultdict(lambda: {p: Counter() for p in PARTS})
    for corpus, part, folder in _stories(limit):
        tally = tallies[corpus][part]
        for story in read_stories([str(folder)]):
            shared, aligned = shared_figures(check_story(story))
            tally["stories"] += 1
            tally["shared"] += shared
            tally["aligned"] += aligned
    return tallies


def main(argv: Sequence[str] | None = None) -> dict[str, Any] | None:
    parser = argument_parser(__doc__.splitlines()[0])
    args = parser.parse_args(argv)
    tallies = run(args.limit)
    if not tallies:
        print("no corpus found under ../shared/data: skipped")
        return None
    result: dict[str, Any] = {
        corpus: {
            part: {
                "stories": t["stories"],
                "shared_figures": t["shared"],
                "aligned": t["aligned"],
                "share_aligned": round(t["aligned"] / t["shared"], 3) if t["shared"] else None,
            }
            for part, t in parts.items()
        }
        for corpus, parts in tallies.items()
    }
    print_table(
        ("corpus", "part", "stories", "shared figures", "aligned", "share"),
        (
            (corpus, part, r["stories"], r["shared_figures"], r["aligned"], r["share_aligned"])
            for corpus, parts in result.items()
            for part, r in parts.items()
        ),
        "Shared figures aligned (label-free alignment coverage)",
    )
    write_result("coverage", {"corpora": result}, args.out, argv)
    return result


if __name__ == "__main__":
    main()
