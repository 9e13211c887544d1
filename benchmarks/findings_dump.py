"""Dump every finding, pair and explanation of every story, and compare two dumps.

    python benchmarks/findings_dump.py --out before.jsonl [--limit N] [--corpora ...]
    python benchmarks/findings_dump.py --compare before.jsonl after.jsonl

A change that must not change what the checker finds (issue 18: reconciliation by sweeps
instead of pairs) is checked by dumping the findings of every newsclusters story (FA-KES,
BASIL), every ECB+ topic and every GVA incident before and after it: one JSON line per
story with each finding's group, verdict, severity, explanation, conflicting ids and pairs.
The dump holds the checker's explanations, which quote the documents: write it outside the
repository (e.g. /tmp) and never commit it. `--compare` prints the stories that differ and
exits 1 when any does. Runs in about a minute on the whole data.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import DATA

CORPORA = ("fakes", "basil", "ecbplus", "gva")


def story_folders(corpora: Sequence[str], limit: int | None) -> Iterator[tuple[str, Path]]:
    """(corpus, story folder) of each corpus present, sorted, the first `limit` of each."""
    for corpus in corpora:
        if corpus in ("fakes", "basil"):
            folders = sorted((DATA / "newsclusters").glob(f"{corpus}_*"))
        elif corpus == "ecbplus":
            root = DATA / "ecbplus"
            folders = sorted(p for p in root.iterdir() if p.is_dir()) if root.is_dir() else []
        else:
            folders = _gva_folders()
        for folder in folders[:limit]:
            yield corpus, folder


def _gva_folders() -> list[Path]:
    root = DATA / "gva"
    index = root / "index.csv"
    if not index.is_file():
        return []
    with index.open(encoding="utf-8", newline="") as handle:
        return [root / row["incident"] for row in csv.DictReader(handle)]


def finding_record(finding: Any) -> dict[str, Any]:
    """What a fact-checker sees of one finding (the fields every version of the checker has)."""
    return {
        "group": finding.group.group_id,
        "measure": finding.group.describe(),
        "claims": len(finding.group.claims),
        "verdict": finding.verdict,
        "severity": finding.severity,
        "explanation": finding.explanation,
        "conflicting": [list(pair) for pair in finding.conflicting],
        "pairs": [[p.first, p.second, p.severity, p.reason, p.explanation] for p in finding.pairs],
        "more_pairs": getattr(finding, "more_pairs", 0),
    }


def story_record(corpus: str, folder: Path) -> dict[str, Any]:
    from checker.documents import read_stories
    from checker.pipeline import check_story

    findings = [
        finding_record(f)
        for story in read_stories([str(folder)])
        for f in check_story(story).findings
    ]
    return {"corpus": corpus, "story": folder.name, "findings": findings}


def dump(out: Path, corpora: Sequence[str], limit: int | None) -> int:
    started = time.perf_counter()
    count = 0
    with out.open("w", encoding="utf-8") as handle:
        for corpus, folder in story_folders(corpora, limit):
            handle.write(json.dumps(story_record(corpus, folder), sort_keys=True) + "\n")
            count += 1
    print(f"{count} stories in {time.perf_counter() - started:.1f} s -> {out}")
    return 0


def read_dump(path: Path) -> dict[tuple[str, str], dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        records = (json.loads(line) for line in handle if line.strip())
        return {(r["corpus"], r["story"]): r for r in records}


def compare(before: Path, after: Path) -> int:
    """Print the stories whose findings differ; 1 when any does (or one dump lacks a story)."""
    old, new = read_dump(before), read_dump(after)
    differ = sorted(k for k in old.keys() | new.keys() if old.get(k) != new.get(k))
    for corpus, story in differ[:20]:
        print(f"differs: {corpus} {story}")
    findings = sum(len(r["findings"]) for r in old.values())
    pairs = sum(len(f["pairs"]) for r in old.values() for f in r["findings"])
    print(
        f"{len(old)} stories, {findings} findings, {pairs} pairs before; "
        f"{len(new)} stories after; {len(differ)} differ"
    )
    return 1 if differ else 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="Write the dump here (outside the repository).")
    parser.add_argument("--limit", type=int, default=None, help="The first N stories of each.")
    parser.add_argument("--corpora", nargs="+", choices=CORPORA, default=list(CORPORA))
    parser.add_argument("--compare", nargs=2, type=Path, metavar=("BEFORE", "AFTER"))
    args = parser.parse_args(argv)
    if args.compare:
        return compare(*args.compare)
    if args.out is None:
        parser.error("give --out FILE or --compare BEFORE AFTER")
    if not DATA.is_dir():
        print(f"note: {DATA} is absent; nothing to dump", file=sys.stderr)
        return 0
    return dump(args.out, args.corpora, args.limit)


if __name__ == "__main__":
    sys.exit(main())
