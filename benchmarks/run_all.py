"""Run every benchmark and write benchmarks/results/*.json.

    python benchmarks/run_all.py [--quick]

--quick runs each benchmark on a handful of items (a minute or less) to check that they
work; the figures it prints are not the published ones. Benchmarks whose data folder is
absent print a note and are skipped.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import (
    archive,
    chains,
    coverage,
    found,
    gva,
    hostile,
    injected,
    mixed,
    newsclusters,
    newsquant,
    recognizers,
    scaling,
    single,
    startup,
    throughput,
)

FULL: dict[str, list[str]] = {
    "newsquant": [],
    "recognizers": [],
    "gva": [],
    "newsclusters": [],
    "coverage": [],
    "chains": [],
    "mixed": [],
    "injected": [],
    "single": [],
    "found": [],
    "throughput": [],
    "startup": [],
    "hostile": [],
    "scaling": [],
    "archive": [],
}
QUICK: dict[str, list[str]] = {
    "newsquant": ["--limit", "20"],
    "recognizers": ["--limit", "20"],
    "gva": ["--limit", "10"],
    "newsclusters": ["--limit", "4"],
    "coverage": ["--limit", "4"],
    "chains": ["--limit", "4"],
    "mixed": ["--limit", "4"],
    "injected": ["--limit", "4"],
    "single": ["--limit", "10"],
    "found": ["--limit", "4"],
    "throughput": ["--limit", "8", "--sample", "2", "--no-cli"],
    "startup": ["--runs", "2"],
    "hostile": ["--sizes", "5000", "10000", "--repeats", "1"],
    "scaling": ["--documents", "50", "100", "--megabytes", "0.05", "--rounds", "1"],
    "archive": ["--quick"],
}
MAINS = {
    "newsquant": newsquant.main,
    "recognizers": recognizers.main,
    "gva": gva.main,
    "newsclusters": newsclusters.main,
    "coverage": coverage.main,
    "chains": chains.main,
    "mixed": mixed.main,
    "injected": injected.main,
    "single": single.main,
    "found": found.main,
    "throughput": throughput.main,
    "startup": startup.main,
    "hostile": hostile.main,
    "scaling": scaling.main,
    "archive": archive.main,
}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="A handful of items per benchmark.")
    parser.add_argument(
        "--out-dir", type=Path, default=None, help="Write the JSON files here instead."
    )
    args = parser.parse_args(argv)
    plan = QUICK if args.quick else FULL
    for name, options in plan.items():
        started = time.perf_counter()
        print(f"\n=== {name} {' '.join(options)}", flush=True)
        out = ["--out", str(args.out_dir / f"{name}.json")] if args.out_dir else []
        MAINS[name]([*options, *out])
        print(f"=== {name}: {time.perf_counter() - started:.1f} s", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
