"""Single news articles checked alone: a flag is an article contradicting itself.

    python benchmarks/single.py [--limit N]

An edited news article rarely contradicts itself, so flags raised on a folder of one article
are almost all false alarms of the timeline rules (an update read as a conflict, a part read
as the whole). The TempEval-3 articles (../shared/data/tempeval3, read as
benchmarks/tempeval.py reads them: the tags taken off, the document creation time as the
publication date) are general news nobody tuned the flags on. Halves as tempeval.py's:
TimeBank, AQUAINT-tune (even indices), AQUAINT-check (odd indices, never read). Only counts
are printed: articles, articles flagged, conflicting pairs.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import tempeval
from benchmarks.common import argument_parser, data_dir, print_table, write_result

HALVES = ("TimeBank", *tempeval.HALVES)


def files(folder: Path) -> list[tuple[str, Path]]:
    """(half, file) of every TimeBank and AQUAINT file, the halves as benchmarks/tempeval.py
    splits them."""
    return [(half, p) for half in HALVES for p in tempeval.split_paths(half, None, folder)]


def run(folder: Path, limit: int | None) -> dict[str, Counter]:
    from checker.model import Document, InputStatus, Story
    from checker.pipeline import check_story

    tallies = {half: Counter() for half in HALVES}
    for half, path in files(folder)[:limit]:
        timeml = tempeval.read_timeml(path)
        document = Document(
            path.name, timeml.text, "single", published=timeml.anchor, published_source="dct"
        )
        story = Story("single", (document,), (InputStatus(path.name, "single", "checked"),))
        pairs = sum(len(f.pairs) for f in check_story(story).findings if f.pairs)
        tally = tallies[half]
        tally["articles"] += 1
        tally["flagged"] += pairs > 0
        tally["pairs"] += pairs
    return tallies


def main(argv: Sequence[str] | None = None) -> dict[str, Any] | None:
    args = argument_parser(__doc__.splitlines()[0]).parse_args(argv)
    folder = data_dir("tempeval3")
    if folder is None:
        print("../shared/data/tempeval3 is absent: skipped")
        return None
    tallies = run(folder / "train", args.limit)
    keys = ("articles", "flagged", "pairs")
    result = {half: {k: t[k] for k in keys} for half, t in tallies.items()}
    print_table(
        ("half", *keys),
        ((half, *(r[k] for k in keys)) for half, r in result.items()),
        "Single articles checked alone: flags are self-contradictions (target: none)",
    )
    write_result("single", {"halves": result}, args.out, argv)
    return result


if __name__ == "__main__":
    main()
