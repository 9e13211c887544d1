"""Hostile shapes: cost of checking one long unpunctuated text at 10, 20 and 40 KB.

    python benchmarks/hostile.py [--sizes 10000 20000 40000] [--repeats 7] [--shapes ...]

Each shape is a unit repeated to the size (or, for "places", a unit naming a new place each
time), then a short tail that gives the patterns something to look for (a speech verb, a
figure, an agent word). The document is extracted and reconciled as a story of its own.
Linear work doubles when the text doubles; the table prints the growth per doubling of
three measures, and the target is under 2.5x for every shape: the CPU time (in at least
`--repeats` rounds in which the sizes take turns, and 0.3 s per size: the best time of each
size, and the median over the rounds of each round's growth), the Python
function calls and the characters the regular expressions read (both counted, so the same
on every run: benchmarks/hostile_work.py). Before issue 16 the attribution pattern took
7.6 s, 30.5 s and 122 s on the all-capitals shape, and the agent pattern grew 4x per
doubling on one long token. No corpus is needed: the texts are generated.
"""

from __future__ import annotations

import datetime as dt
import gc
import statistics
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
    "places": ("5 people were killed in Q{} and ", " x said 5 killed"),  # each place new
    "dates": ("the offensive began on May 3, 2015 and ", " x said 5 killed"),
}


def hostile_text(shape: str, size: int) -> str:
    unit, tail = SHAPES[shape]
    count = size // len(unit.format("")) + 1
    units = (unit.format(_name(i)) for i in range(count)) if "{}" in unit else [unit * count]
    return "".join(units)[:size] + tail


def _name(number: int) -> str:
    """A distinct word for each number: "a", "b" ... "ba" ..."""
    letters = ""
    while True:
        number, digit = divmod(number, 26)
        letters = chr(ord("a") + digit) + letters
        if not number:
            return letters


def check_one(text: str) -> None:
    """Extract the claims of one document and reconcile them as a story of their own."""
    from checker.model import Document, Story
    from checker.pipeline import check_story, document_claims

    document = Document(
        doc_id="hostile", text=text, story="hostile", path="", published=dt.date(2020, 1, 1)
    )
    check_story(Story("hostile", (document,), ()), [(document, document_claims(document))])


def round_seconds(texts: Sequence[str], repeats: int) -> list[list[float]]:
    """CPU times of `check_one` over each text, round after round: the texts take turns (at
    least `repeats` rounds, and more until each text had MIN_TOTAL_SECONDS), so that a spell
    of load on a shared machine falls on every size of one round alike."""
    rounds: list[list[float]] = []
    while (
        len(rounds) < max(repeats, 1)
        or min(map(sum, zip(*rounds, strict=True))) < MIN_TOTAL_SECONDS
    ):
        times = []
        for text in texts:
            gc.collect()  # each run starts from the same heap: no collection owed by another
            started = time.process_time()
            check_one(text)
            times.append(time.process_time() - started)
        rounds.append(times)
    return rounds


def growth(values: Sequence[float]) -> list[float]:
    return [round(b / a, 2) if a else 0.0 for a, b in zip(values, values[1:], strict=False)]


def round_growth(rounds: Sequence[Sequence[float]]) -> list[float]:
    """The growth per doubling of each round, the median over the rounds: one slow run
    moves one round's ratio, not the result."""
    per_round = [growth(times) for times in rounds]
    return [round(statistics.median(column), 2) for column in zip(*per_round, strict=True)]


def measure(
    sizes: Sequence[int], repeats: int, names: Sequence[str] = tuple(SHAPES)
) -> dict[str, Any]:
    from benchmarks.hostile_work import work

    check_one("Police said 5 people were killed on Monday. " * 20)  # load and compile
    counted = work(list(names), sizes)
    shapes = {}
    for shape in names:
        rounds = round_seconds([hostile_text(shape, size) for size in sizes], repeats)
        seconds = [min(column) for column in zip(*rounds, strict=True)]
        calls = [c["calls"] for c in counted[shape]]
        read = [c["regex_chars"] for c in counted[shape]]
        shapes[shape] = {
            "seconds": [round(s, 4) for s in seconds],
            "rounds": len(rounds),
            "growth_per_doubling": round_growth(rounds),
            "calls": calls,
            "calls_growth": growth(calls),
            "regex_chars": read,
            "regex_chars_growth": growth(read),
        }
    worst = {
        key: max(g for s in shapes.values() for g in s[key])
        for key in ("growth_per_doubling", "calls_growth", "regex_chars_growth")
    }
    return {
        "sizes": list(sizes),
        "shapes": shapes,
        "worst_growth": worst["growth_per_doubling"],
        "worst_calls_growth": worst["calls_growth"],
        "worst_regex_chars_growth": worst["regex_chars_growth"],
        "target": TARGET,
    }


def main(argv: Sequence[str] | None = None) -> dict[str, Any]:
    parser = argument_parser(__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 20_000, 40_000])
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--shapes", nargs="+", choices=list(SHAPES), default=list(SHAPES))
    args = parser.parse_args(argv)
    result = measure(args.sizes, args.repeats, args.shapes)
    rows = [
        [
            shape,
            *row["seconds"],
            *(f"{g:.2f}x" for g in row["growth_per_doubling"]),
            *(f"{g:.2f}x" for g in row["calls_growth"]),
            *(f"{g:.2f}x" for g in row["regex_chars_growth"]),
        ]
        for shape, row in result["shapes"].items()
    ]
    sizes = [f"{size // 1000} KB s" for size in args.sizes]
    steps = [f"{a // 1000}->{b // 1000}" for a, b in zip(args.sizes, args.sizes[1:], strict=False)]
    header = [
        "shape",
        *sizes,
        *(f"time {s}" for s in steps),
        *(f"calls {s}" for s in steps),
        *(f"regex {s}" for s in steps),
    ]
    print_table(header, rows, title="Hostile shapes: growth per doubling of one document")
    for key, name in (
        ("worst_growth", "CPU time"),
        ("worst_calls_growth", "function calls"),
        ("worst_regex_chars_growth", "characters read by patterns"),
    ):
        verdict = "met" if result[key] < TARGET else "MISSED"
        print(
            f"worst growth per doubling, {name}: {result[key]:.2f}x (target < {TARGET}x: {verdict})"
        )
    write_result("hostile", result, args.out, argv)
    return result


if __name__ == "__main__":
    main()
