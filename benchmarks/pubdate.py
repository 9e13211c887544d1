"""Measure infer_published against known publication dates.

    python benchmarks/pubdate.py [--limit N]

Gold: the `published` column of ../shared/data/gva/<incident>/sources.csv and the <DCT> of
the TempEval-3 training files. Reports coverage (a date was given), exact-day and
within-7-days accuracy over the answered documents, per source and per confidence.
Prints a note and exits 0 when the data is absent.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import DATA, write_result
from checker.pubdate import infer_published


def gva_documents(limit: int | None) -> Iterator[tuple[str, dt.date]]:
    folders = sorted(p for p in (DATA / "gva").glob("*") if p.is_dir())[:limit]
    for folder in folders:
        with (folder / "sources.csv").open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                path = folder / row["file"]
                if path.is_file() and row.get("published"):
                    yield (
                        path.read_text(encoding="utf-8"),
                        dt.date.fromisoformat(row["published"][:10]),
                    )


def tempeval_documents(limit: int | None) -> Iterator[tuple[str, dt.date]]:
    from tempeval import SPLITS, read_timeml

    from benchmarks.tempeval import DATA as TE3

    for split in SPLITS:
        for path in sorted((TE3 / split).glob("*.tml"))[:limit]:
            doc = read_timeml(path)
            yield doc.text, doc.anchor


def measure(documents: Iterator[tuple[str, dt.date]]) -> dict[str, object]:
    total, counts = 0, Counter()
    by_source: dict[str, Counter[str]] = defaultdict(Counter)
    for text, gold in documents:
        total += 1
        date, source, confidence = infer_published(text)
        if date is None:
            continue
        exact, week = date == gold, abs((date - gold).days) <= 7
        for key in ("all", f"source={source}", f"confidence={confidence}"):
            by_source[key].update(answered=1, exact=int(exact), within_7_days=int(week))
        counts["answered"] += 1
    return {
        "documents": total,
        "coverage": round(counts["answered"] / total, 4) if total else 0.0,
        "breakdown": {key: _rates(c) for key, c in sorted(by_source.items())},
    }


def _rates(c: Counter[str]) -> dict[str, float | int]:
    n = c["answered"]
    return {
        "answered": n,
        "exact": round(c["exact"] / n, 4) if n else 0.0,
        "within_7_days": round(c["within_7_days"] / n, 4) if n else 0.0,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="incidents / files per split")
    args = parser.parse_args(argv)
    if not DATA.is_dir():
        print(f"note: {DATA} is absent; nothing to measure", file=sys.stderr)
        return 0
    results = {}
    if (DATA / "gva").is_dir():
        results["gva"] = measure(gva_documents(args.limit))
    if (DATA / "tempeval3" / "train").is_dir():
        results["tempeval3"] = measure(tempeval_documents(args.limit))
    for corpus, figures in results.items():
        print(f"{corpus}: {figures['documents']} documents, coverage {figures['coverage']:.1%}")
        for key, rates in figures["breakdown"].items():  # type: ignore[attr-defined]
            print(
                f"  {key:55} n={rates['answered']:>5} exact={rates['exact']:.1%} "
                f"within 7 days={rates['within_7_days']:.1%}"
            )
    write_result("pubdate", results, argv=argv)
    return 0


if __name__ == "__main__":
    sys.exit(main())
