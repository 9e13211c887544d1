"""Planted disagreements: how many a batch of invented multi-outlet stories holds are flagged.

    python benchmarks/planted.py BATCH [BATCH ...] [--read] [--dump FILE]

A batch is a folder written outside this repository (never committed) by someone who saw
neither the code nor the data, from the prompt in benchmarks/planted_writer.md:
`BATCH/stories/<story>/*.txt` (one folder per story, one file per outlet, with its
sources.csv), `BATCH/KEY.json` (the planted disagreements: two files and an exact quote in
each) and `BATCH/TRAPS.json` (pairs a careful reader would not flag, in the same shape).

A planted disagreement is *found* when a conflicting pair joins the two quotes (a claim
overlapping each quote, in its file), or, *by value*, when a pair of the story holds the two
quotes' numbers between other documents (the same disagreement told by other outlets). Each
raised pair is a planted pair, a planted pair's values in other documents, a trap, or
*unplanned* (to be judged by hand). A miss is classed by what happened to its two quotes:
not extracted, in no group (nothing says what one measures), in different groups, in one
group but growing over days (a later, higher count: compatible by design), or in one group
and not flagged for another reason.

Held-out batches are scored with the counts only (the default). `--read` prints every miss
with its claims and every raised pair that is not planted, for a read batch only. `--dump
FILE` writes the raised pairs that are not planted to FILE (quotes, offsets, explanation),
for someone else to judge: never read it for a held-out batch.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


@dataclass(frozen=True)
class Entry:
    """A planted disagreement or a trap: two quotes of two files of one story."""

    story: str
    file_a: str
    quote_a: str
    file_b: str
    quote_b: str

    @classmethod
    def of(cls, row: dict[str, Any]) -> Entry:
        return cls(row["story"], row["file_a"], row["quote_a"], row["file_b"], row["quote_b"])


def read_entries(path: Path) -> list[Entry]:
    if not path.exists():
        return []
    return [Entry.of(row) for row in json.loads(path.read_text(encoding="utf-8"))]


@cache
def _small_words() -> dict[str, int]:
    """The number words of zero to twelve, as the extractor reads them (numbers.json)."""
    from checker.extract.numbers import lexicon

    return {word: value for word, value in lexicon()["units"].items() if value <= _MOST_WORD}


_MOST_WORD = 12  # the largest number a quote's word is read as


def first_number(text: str) -> float | None:
    """The first number a quote writes, in digits or as a small number word."""
    found = _NUMBER.search(text)
    if found:
        return float(found.group(0).replace(",", ""))
    words = _small_words()
    for word in re.findall(r"[a-z]+", text.lower()):
        if word in words:
            return float(words[word])
    return None


class StoryScore:
    """One story checked, with where each quote of its entries lies."""

    def __init__(self, folder: Path) -> None:
        import checker

        self.folder = folder
        report = checker.check([str(folder)])
        self.claims = report.claims
        self.group_of = {
            c.claim_id: g.group_id for s in report.stories for g in s.groups for c in g.claims
        }
        by_id = {c.claim_id: c for c in self.claims}
        self.pairs = [
            (by_id[p.first], by_id[p.second], f, p)
            for f in report.findings
            if f.verdict != "consistent"
            for p in f.pairs
        ]
        self._texts: dict[str, str] = {}
        self._spans: dict[tuple[str, str], list[tuple[int, int]]] = {}

    def spans(self, file: str, quote: str) -> list[tuple[int, int]]:
        """Where the quote stands in the file, every time (found once per file and quote)."""
        if (file, quote) not in self._spans:
            self._spans[file, quote] = self._find(file, quote)
        return self._spans[file, quote]

    def _find(self, file: str, quote: str) -> list[tuple[int, int]]:
        if file not in self._texts:
            path = self.folder / file
            self._texts[file] = (
                path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""
            )
        text, found, at = self._texts[file], [], -1
        while (at := text.find(quote, at + 1)) >= 0:
            found.append((at, at + len(quote)))
        return found

    def quoted(self, file: str, quote: str) -> list[Any]:
        spans = self.spans(file, quote)
        return [c for c in self.claims if c.document == file and _overlaps(c, spans)]

    def joins(self, a: Any, b: Any, entry: Entry) -> bool:
        """Whether the pair (a, b) joins the entry's two quotes, in either order."""
        sa = self.spans(entry.file_a, entry.quote_a)
        sb = self.spans(entry.file_b, entry.quote_b)
        return any(
            x.document == entry.file_a
            and y.document == entry.file_b
            and _overlaps(x, sa)
            and _overlaps(y, sb)
            for x, y in ((a, b), (b, a))
        )

    def miss_reason(self, entry: Entry) -> str:
        one, other = (
            self.quoted(entry.file_a, entry.quote_a),
            self.quoted(entry.file_b, entry.quote_b),
        )
        if not one or not other:
            return "not extracted"
        groups_a = {self.group_of.get(c.claim_id) for c in one} - {None}
        groups_b = {self.group_of.get(c.claim_id) for c in other} - {None}
        if not groups_a or not groups_b:
            return "no group"
        if not groups_a & groups_b:
            return "different groups"
        x, y = one[0], other[0]
        if x.as_of[:10] != y.as_of[:10] and _grows(x, y):
            return "same group, grows over days"
        return "same group, not flagged"


def _grows(x: Any, y: Any) -> bool:
    """Whether the later of two figures is the higher (a count that may grow)."""
    try:
        first, second = sorted((x, y), key=lambda c: c.as_of)
        return float(first.value) < float(second.value)
    except (TypeError, ValueError):
        return False


def _overlaps(claim: Any, spans: Iterable[tuple[int, int]]) -> bool:
    return any(claim.start < end and start < claim.end for start, end in spans)


def _by_value(a: Any, b: Any, entry: Entry) -> bool:
    """Whether the pair holds the entry's two numbers (told by other documents)."""
    x, y = first_number(entry.quote_a), first_number(entry.quote_b)
    if x is None or y is None or x == y:
        return False
    values = set()
    for claim in (a, b):
        with contextlib.suppress(TypeError, ValueError):
            values.add(float(claim.value))
    quoted = {first_number(a.quote), first_number(b.quote)}
    return values == {x, y} or quoted == {x, y}


def score_batch(batch: Path, read: bool = False, dump: list[str] | None = None) -> dict[str, Any]:
    key = read_entries(batch / "KEY.json")
    traps = read_entries(batch / "TRAPS.json")
    tally: Counter[str] = Counter()
    reasons: Counter[str] = Counter()
    stories = sorted(p for p in (batch / "stories").iterdir() if p.is_dir())
    for folder in stories:
        story = StoryScore(folder)
        mine = [e for e in key if e.story == folder.name]
        my_traps = [e for e in traps if e.story == folder.name]
        tally["pairs"] += len(story.pairs)
        for entry in mine:
            if any(story.joins(a, b, entry) for a, b, _, _ in story.pairs):
                tally["found"] += 1
            elif any(_by_value(a, b, entry) for a, b, _, _ in story.pairs):
                tally["found by value"] += 1
            else:
                reason = story.miss_reason(entry)
                reasons[reason] += 1
                if read:
                    _print_miss(story, entry, reason)
        for a, b, finding, pair in story.pairs:
            if any(story.joins(a, b, e) for e in mine):
                tally["planted pairs"] += 1
                continue
            if any(_by_value(a, b, e) for e in mine):
                tally["planted values"] += 1
                continue
            tag = "trap" if any(story.joins(a, b, e) for e in my_traps) else "unplanned"
            tally[tag] += 1
            line = (
                f"{tag.upper()} {folder.name} [{finding.group.measure.describe()}]"
                f" {a.document} [{a.start}:{a.end}] {a.quote!r} vs {b.document}"
                f" [{b.start}:{b.end}] {b.quote!r}\n"
                f"   tool says: {' '.join(pair.explanation.split())[:400]}\n"
            )
            if read:
                print(line, end="")
            if dump is not None:
                dump.append(line)
    return {
        "batch": batch.name,
        "stories": len(stories),
        "planted": len(key),
        "found": tally["found"],
        "found_by_value": tally["found by value"],
        "raised_pairs": tally["pairs"],
        "planted_pairs": tally["planted pairs"],
        "planted_values_elsewhere": tally["planted values"],
        "traps_raised": tally["trap"],
        "unplanned": tally["unplanned"],
        "misses_by_reason": dict(sorted(reasons.items())),
    }


def _print_miss(story: StoryScore, entry: Entry, reason: str) -> None:
    print(
        f"MISS ({reason}) {entry.story}: {entry.file_a} {entry.quote_a!r}"
        f" vs {entry.file_b} {entry.quote_b!r}"
    )
    for file, quote in ((entry.file_a, entry.quote_a), (entry.file_b, entry.quote_b)):
        claims = story.quoted(file, quote)
        if not claims:
            print(f"     {file} {quote!r}: not extracted")
        for c in claims:
            print(
                f"     {c.claim_id} {c.quote!r} [{c.measure.describe()}] event={c.event!r}"
                f" group={story.group_of.get(c.claim_id)}"
            )


def main(argv: Sequence[str] | None = None) -> list[dict[str, Any]]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("batches", nargs="+", type=Path, help="Batch folders (see above).")
    parser.add_argument("--read", action="store_true", help="Print misses and unplanned pairs.")
    parser.add_argument("--dump", type=Path, default=None, help="Write unplanned pairs here.")
    args = parser.parse_args(argv)
    results, dumped = [], []
    for batch in args.batches:
        result = score_batch(batch, args.read, dumped if args.dump else None)
        results.append(result)
        print(
            f"{result['batch']}: {result['stories']} stories; planted {result['planted']}:"
            f" found {result['found']} (+{result['found_by_value']} by value); raised pairs"
            f" {result['raised_pairs']}: planted {result['planted_pairs']}, planted values"
            f" elsewhere {result['planted_values_elsewhere']}, traps {result['traps_raised']},"
            f" unplanned {result['unplanned']}; misses by reason {result['misses_by_reason']}"
        )
    if args.dump:
        args.dump.write_text("".join(dumped), encoding="utf-8")
    return results


if __name__ == "__main__":
    main()
