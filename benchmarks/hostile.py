"""Hostile shapes: extraction time of one long unpunctuated text at 10, 20 and 40 KB.

    python benchmarks/hostile.py [--sizes 10000 20000 40000] [--repeats 3]

Each shape is a unit repeated to the size, then a short tail that gives the patterns
something to look for (a speech verb, a figure, an agent word). Linear work doubles when the
text doubles; the table prints the growth per doubling (the best CPU time of at least
`--repeats` runs and 0.3 s each) and
the target is under 2.5x for every shape. Before issue 16 the attribution pattern took
7.6 s, 30.5 s and 122 s on the all-capitals shape, and the agent pattern grew 4x per
doubling on one long token. No corpus is needed: the texts are generated.
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import argument_parser, print_table, write_result

TARGET = 2.5  # growth per doubling of the text
MIN_TOTAL_SECONDS = 0.3  # per shape and size
# name -> (repeated unit, tail)
SHAPES: dict[str, tuple[str, str]] = {
    "capitals": ("AAAA ", " x said 5 killed"),
    "title case": ("Aa ", " x said 5 killed"),
    "titles": ("Mr ", " x said 5 killed"),
    "initials": ("A. ", " x said 5 killed"),
    "one capital token": ("Aa", " said 5"),
    "one token, agent": ("a", "-shelling killed 5 people"),
    "one lowercase token": ("a", " shelling killed 12 people said Police"),
    "according to": ("according to Aa ", " x said 5 killed"),
    "speech verbs": ("Police said ", " 5 killed"),
    "event words": ("people killed by ", " 5 killed"),
    "numbers": ("1 ", " x said 5 killed"),
    "counts": ("12 people ", " x said 5 killed"),
    "digit groups": ("1,", " x said 5 killed"),
}


def hostile_text(shape: str, size: int) -> str:
    unit, tail = SHAPES[shape]
    return (unit * (size // len(unit) + 1))[:size] + tail


def extraction_seconds(text: str, repeats: int) -> float:
    """Best CPU time of claim extraction over `text`: at least `repeats` runs, and more
    until MIN_TOTAL_SECONDS are spent, so that milliseconds are not read from one noisy run."""
    from checker.extract.claims import extract_claims
    from checker.model import Document

    document = Document(
        doc_id="hostile", text=text, story="hostile", path="", published=dt.date(2020, 1, 1)
    )
    best, spent, runs = float("inf"), 0.0, 0
    while runs < repeats or spent < MIN_TOTAL_SECONDS:
        started = time.process_time()
        extract_claims(document)
        took = time.process_time() - started
        best, spent, runs = min(best, took), spent + took, runs + 1
    return best


def measure(sizes: Sequence[int], repeats: int) -> dict[str, Any]:
    extraction_seconds("Police said 5 people were killed on Monday. " * 20, 1)  # compile
    shapes = {}
    for shape in SHAPES:
        seconds = [extraction_seconds(hostile_text(shape, size), repeats) for size in sizes]
        growth = [b / a if a else 0.0 for a, b in zip(seconds, seconds[1:], strict=False)]
        shapes[shape] = {
            "seconds": [round(s, 4) for s in seconds],
            "growth_per_doubling": [round(g, 2) for g in growth],
        }
    worst = max(g for s in shapes.values() for g in s["growth_per_doubling"])
    return {"sizes": list(sizes), "shapes": shapes, "worst_growth": worst, "target": TARGET}


def main(argv: Sequence[str] | None = None) -> dict[str, Any]:
    parser = argument_parser(__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 20_000, 40_000])
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args(argv)
    result = measure(args.sizes, args.repeats)
    rows = [
        [shape, *row["seconds"], *(f"{g:.2f}x" for g in row["growth_per_doubling"])]
        for shape, row in result["shapes"].items()
    ]
    sizes = [f"{size // 1000} KB s" for size in args.sizes]
    growth = [
        f"growth {a // 1000}->{b // 1000}" for a, b in zip(args.sizes, args.sizes[1:], strict=False)
    ]
    print_table(["shape", *sizes, *growth], rows, title="Hostile shapes: extraction time")
    verdict = "met" if result["worst_growth"] < TARGET else "MISSED"
    worst = result["worst_growth"]
    print(f"worst growth per doubling {worst:.2f}x (target < {TARGET}x: {verdict})")
    write_result("hostile", result, args.out, argv)
    return result


if __name__ == "__main__":
    main()
