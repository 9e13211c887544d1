"""Scaling: a story of N articles that all repeat one toll, and one document repeating it.

    python benchmarks/scaling.py [--documents 500 1000 2000 4000] [--megabytes 6]

(a) One story of N short generated articles ("The quake killed 24 people and injured 249
others on Tuesday, officials said." with a little varied filler) checked as one story
(extraction, events, alignment, reconciliation), N = 500, 1,000, 2,000, 4,000: the target
is at most 2.3 times the time per doubling of N. (b) One document that repeats the sentence
up to 6 MB: the target is under 60 s; the table also gives the time of extraction alone.
Each story is also checked once under cProfile to count its function calls, which do
not vary from run to run: their growth tells linear work from load on a shared machine.
Before issue 18 reconciliation compared every two articles' figures (500 KB of the one
document took 237 s). All sizes are measured in one invocation; no corpus is needed.
"""

from __future__ import annotations

import cProfile
import datetime as dt
import gc
import pstats
import statistics
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import argument_parser, print_table, write_result

GROWTH_TARGET = 2.3  # per doubling of the number of articles
SECONDS_TARGET = 60.0  # for the one long document
SENTENCE = "The quake killed 24 people and injured 249 others on Tuesday, officials said."
FILLER = (
    "Rescue teams worked through the night in the town of {}.",
    "Schools in the {} district stayed closed.",
    "Roads near {} were blocked by rubble.",
    "Aid groups sent tents and water to {}.",
)
PLACES = ("Arden", "Belmont", "Carrow", "Dunmore", "Elston", "Fairley", "Glenham")


def article(number: int, two_tolls: bool = False) -> str:
    """A short article: the toll, and filler that differs from article to article; with
    `two_tolls`, every second article gives another toll (30 killed), so that every two
    articles of different tolls conflict."""
    first = FILLER[number % len(FILLER)].format(PLACES[number % len(PLACES)])
    second = FILLER[(number // 3) % len(FILLER)].format(PLACES[(number // 5) % len(PLACES)])
    toll = SENTENCE.replace("killed 24", "killed 30") if two_tolls and number % 2 else SENTENCE
    return f"Quake toll rises\n\n{toll} {first}\n\n{second} Officials gave no other details."


def story_of(documents: int, two_tolls: bool = False) -> Any:
    from checker.model import Document, Story

    published = dt.date(2020, 3, 5)
    texts = (article(n, two_tolls) for n in range(documents))
    return Story(
        "scaling",
        tuple(
            Document(f"a{n:05d}.txt", text, story="scaling", published=published)
            for n, text in enumerate(texts)
        ),
        (),
    )


def timed(function: Any, *args: Any) -> tuple[float, Any]:
    gc.collect()
    started = time.process_time()
    result = function(*args)
    return time.process_time() - started, result


def check(story: Any) -> Any:
    from checker.pipeline import check_story

    return check_story(story)


def extract(story: Any) -> Any:
    from checker.pipeline import _dated_claims

    return [_dated_claims(d) for d in story.documents]


def calls_of(story: Any) -> int:
    """The Python function calls of checking a story: the same on every run, so its growth
    tells linear work from load on a shared machine."""
    profile = cProfile.Profile()
    profile.runcall(check, story)
    return sum(row[1] for row in pstats.Stats(profile).stats.values())  # type: ignore[attr-defined]


def _growth(times: Sequence[float]) -> list[float]:
    return [round(b / a, 2) if a else 0.0 for a, b in zip(times, times[1:], strict=False)]


def long_document(size: int) -> Any:
    from checker.model import Document, Story

    text = (SENTENCE + " ") * (size // (len(SENTENCE) + 1) + 1)
    document = Document("long.txt", text[:size], story="long", published=dt.date(2020, 3, 5))
    return Story("long", (document,), ())


def measure(counts: Sequence[int], megabytes: float, rounds: int = 3) -> dict[str, Any]:
    """Each story size checked in `rounds` rounds in which the sizes take turns (a spell of
    load on a shared machine falls on every size of a round alike); the best time of each."""
    check(story_of(4))  # load and compile
    stories = {(c, two): story_of(c, two) for c in counts for two in (False, True)}
    seconds: dict[tuple[int, bool], list[float]] = {key: [] for key in stories}
    pairs: dict[tuple[int, bool], int] = {}
    for _ in range(max(rounds, 1)):
        for key, story in stories.items():
            elapsed, result = timed(check, story)
            seconds[key].append(elapsed)
            pairs[key] = sum(len(f.pairs) + getattr(f, "more_pairs", 0) for f in result.findings)
    rows = [
        {
            "documents": c,
            "seconds": round(min(seconds[c, False]), 3),
            "two_tolls_seconds": round(min(seconds[c, True]), 3),
            "two_tolls_conflicting_pairs": pairs[c, True],
        }
        for c in counts
    ]
    growth = _growth([r["seconds"] for r in rows])
    two_growth = _growth([r["two_tolls_seconds"] for r in rows])
    by_round = {
        name: [_growth([seconds[c, two][r] for c in counts]) for r in range(max(rounds, 1))]
        for name, two in (("one_toll", False), ("two_tolls", True))
    }
    median_growth = {
        name: [round(statistics.median(column), 2) for column in zip(*runs, strict=True)]
        for name, runs in by_round.items()
    }
    calls = {key: calls_of(story) for key, story in stories.items()}
    for row in rows:
        row["calls"] = calls[row["documents"], False]
        row["two_tolls_calls"] = calls[row["documents"], True]
    calls_growth = {
        "one_toll": _growth([r["calls"] for r in rows]),
        "two_tolls": _growth([r["two_tolls_calls"] for r in rows]),
    }
    long = {"megabytes": 0.0}
    if megabytes > 0:
        long = long_document_seconds(megabytes)
    return {
        "stories": rows,
        "growth_per_doubling": growth,
        "two_tolls_growth_per_doubling": two_growth,
        "median_round_growth": median_growth,
        "calls_growth": calls_growth,
        "round_seconds": {f"{c} {'two' if two else 'one'}": t for (c, two), t in seconds.items()},
        "growth_target": GROWTH_TARGET,
        "rounds": rounds,
        "long_document": long,
    }


def long_document_seconds(megabytes: float) -> dict[str, Any]:
    story = long_document(int(megabytes * 1_000_000))
    extraction, _ = timed(extract, story)
    whole, result = timed(check, story)
    return {
        "megabytes": megabytes,
        "seconds": round(whole, 2),
        "extraction_seconds": round(extraction, 2),
        "ratio_to_extraction": round(whole / extraction, 2) if extraction else 0.0,
        "claims": len(result.claims),
        "target_seconds": SECONDS_TARGET,
    }


def main(argv: Sequence[str] | None = None) -> dict[str, Any]:
    parser = argument_parser(__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, nargs="+", default=[500, 1000, 2000, 4000])
    parser.add_argument("--megabytes", type=float, default=6.0)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    result = measure(args.documents, args.megabytes, args.rounds)
    growth = ["", *(f"{g:.2f}x" for g in result["growth_per_doubling"])]
    two_growth = ["", *(f"{g:.2f}x" for g in result["two_tolls_growth_per_doubling"])]
    rows = [
        [
            r["documents"],
            r["seconds"],
            g,
            r["two_tolls_seconds"],
            t,
            r["two_tolls_conflicting_pairs"],
        ]
        for r, g, t in zip(result["stories"], growth, two_growth, strict=True)
    ]
    header = ["articles", "one toll s", "growth", "two tolls s", "growth", "conflicting pairs"]
    print_table(header, rows, title="N articles of one story (best CPU time of the rounds)")
    for key, name in (
        ("growth_per_doubling", "one toll"),
        ("two_tolls_growth_per_doubling", "two tolls"),
    ):
        worst = max(result[key], default=0.0)
        verdict = "met" if worst <= GROWTH_TARGET else "MISSED"
        print(
            f"worst growth per doubling, {name}: {worst:.2f}x"
            f" (target <= {GROWTH_TARGET}x: {verdict})"
        )
    print(f"median over the rounds of each round's growth: {result['median_round_growth']}")
    print(f"growth of the function calls per doubling: {result['calls_growth']}")
    long = result["long_document"]
    if not long["megabytes"]:
        write_result("scaling", result, args.out, argv)
        return result
    verdict = "met" if long["seconds"] < SECONDS_TARGET else "MISSED"
    print(
        f"one {long['megabytes']} MB document: {long['seconds']} s CPU ({long['claims']} claims),"
        f" extraction alone {long['extraction_seconds']} s, ratio {long['ratio_to_extraction']}x"
        f" (target < {SECONDS_TARGET:.0f} s: {verdict})"
    )
    write_result("scaling", result, args.out, argv)
    return result


if __name__ == "__main__":
    main()
