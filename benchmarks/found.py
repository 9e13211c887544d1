"""Recall of the disagreements a careful reader found by hand in BASIL and ECB+ stories.

    python benchmarks/found.py [--limit N]

`benchmarks/basil_misses_checked.csv` and `benchmarks/ecbplus_misses_checked.csv` list, for
the tune part of each corpus (68 BASIL stories, 52 ECB+ clusters, read in full by hand),
every real figure disagreement between two outlets: the two files, the two figures and
what they measure, with the class of the miss when the tool of that day did not flag it
(not extracted, not aligned, ...). This re-runs the stories and counts how many of those
disagreements the tool flags now: a raised pair between the same two files whose figures
hold the row's two numbers (both sides' first number; a row of dates written as days,
"Tuesday vs Wednesday", matches a pair of dates between the two files). The blind parts
are read the same way by someone who reports only counts, into basil_misses_blind.csv and
ecbplus_misses_blind.csv: this script counts them and never prints a blind row.
"""

from __future__ import annotations

import csv
import re
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import REPO, argument_parser, data_dir, print_table, write_result

FOUND_CSV = {
    "basil": (REPO / "benchmarks" / "basil_misses_checked.csv", "story"),
    "ecbplus": (REPO / "benchmarks" / "ecbplus_misses_checked.csv", "cluster"),
}
# the blind parts, read by a helper who wrote these and reported only counts: never print
# or open them while tuning; this script reads them for counts only
BLIND_CSV = {
    "basil": REPO / "benchmarks" / "basil_misses_blind.csv",
    "ecbplus": REPO / "benchmarks" / "ecbplus_misses_blind.csv",
}
_NONE = "no disagreement"
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def disagreements(corpus: str) -> list[dict[str, str]]:
    """The hand-found disagreements of a corpus (rows with two files), story in "story",
    of both parts when the blind part has been read."""
    path, column = FOUND_CSV[corpus]
    rows: list[dict[str, str]] = []
    for source in (path, BLIND_CSV[corpus]):
        if source.is_file():
            with source.open(encoding="utf-8", newline="") as handle:
                rows += list(csv.DictReader(handle))
    return [{**row, "story": row[column]} for row in rows if row["class"] != _NONE and row["files"]]


def _first_number(side: str) -> Decimal | None:
    match = _NUMBER.search(side)
    if match is None:
        return None
    try:
        return Decimal(match.group(0).replace(",", ""))
    except InvalidOperation:
        return None


def _number(value: str) -> Decimal | None:
    try:
        return Decimal(value)
    except InvalidOperation:
        return None


def row_found(row: dict[str, str], pairs: Iterable[Any]) -> bool:
    """Whether one of a story's raised pairs (benchmarks.newsclusters.Pair) is the row's."""
    files = {name.strip() for name in row["files"].split(" vs ")}
    sides = row["figures"].split(" vs ")
    wanted = [_first_number(side) for side in sides] if len(sides) == 2 else []
    for pair in pairs:
        flag = pair.flag
        if {flag.first_document, flag.second_document} != files:
            continue
        if not wanted or None in wanted:
            if pair.first.kind == "date":
                return True
            continue
        values = {_number(flag.first), _number(flag.second)}
        if set(wanted) <= values:
            return True
    return False


def run(limit: int | None) -> dict[tuple[str, str], Counter]:
    from benchmarks.newsclusters import run_story

    tallies: dict[tuple[str, str], Counter] = {}
    roots = {"basil": data_dir("newsclusters"), "ecbplus": data_dir("ecbplus")}
    for corpus, root in roots.items():
        if root is None:
            continue
        rows = disagreements(corpus)
        for part in ("tune", "blind"):
            stories = sorted({row["story"] for row in rows if row["part"] == part})[:limit]
            tally = tallies.setdefault((corpus, part), Counter())
            for story in stories:
                folder = root / story
                if not folder.is_dir():
                    continue
                pairs = run_story(corpus, folder, {}).pairs
                for row in rows:
                    if row["story"] != story:
                        continue
                    tally["disagreements"] += 1
                    tally["found"] += row_found(row, pairs)
                    if part == "tune":  # the blind rows' classes are not printed
                        tally[f"before: {row['class']}"] += 1
    return tallies


def main(argv: Sequence[str] | None = None) -> dict[str, Any] | None:
    parser = argument_parser(__doc__.splitlines()[0])
    args = parser.parse_args(argv)
    tallies = run(args.limit)
    if not tallies:
        print("no corpus found under ../shared/data: skipped")
        return None
    result = {
        f"{corpus} {part}": {
            "part": part,
            "disagreements": t["disagreements"],
            "found": t["found"],
            "recall": round(t["found"] / t["disagreements"], 3) if t["disagreements"] else None,
            "classes_when_judged": {
                k.split(": ", 1)[1]: n for k, n in sorted(t.items()) if k.startswith("before: ")
            },
        }
        for (corpus, part), t in tallies.items()
        if t["disagreements"]
    }
    print_table(
        ("corpus", "part", "disagreements", "flagged now", "recall"),
        (
            (name.split()[0], r["part"], r["disagreements"], r["found"], r["recall"])
            for name, r in result.items()
        ),
        "Hand-found disagreements flagged (stories read in full)",
    )
    write_result("found", {"corpora": result}, args.out, argv)
    return result


if __name__ == "__main__":
    main()
