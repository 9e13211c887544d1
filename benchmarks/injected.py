"""Disagreements put into real stories: how many of them checkclaims flags.

    python benchmarks/injected.py [--limit N] [--corpora gva fakes basil ecbplus]

Recall needs disagreements someone found; this measure makes its own, with no label. In
each story, every aligned group where two documents state the same number (written in
digits and with no qualifier: "at least 30" and "at least 20" can both hold) gives one
injection: one document's figures of that number in the group are
rewritten, as an outlet's mistake would read, and the story is checked again. So that the
result cannot be true under the checker's own reading of time (a toll may rise from one
day to the next), the latest document is given a third less (at least one less: 12 -> 8,
2 -> 1), or, for a figure of one, the earliest document is given two. The injection is
found when a conflicting pair of a discrepancy involves a rewritten figure. What it
measures is the reconciliation's side of recall: figures already read and aligned that
then disagree, where a rule (a part, a perpetrator, an explanation by the dead, "a
document that states both numbers") may hide the disagreement. Alignment's side is
benchmarks/coverage.py. Only counts are printed (the blind parts are safe to run).
"""

from __future__ import annotations

import dataclasses
import re
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import gva
from benchmarks.common import PARTS, argument_parser, data_dir, part_of, print_table, write_result
from benchmarks.newsclusters import PART_OF, story_folders

CORPORA = ("gva", "fakes", "basil", "ecbplus")
_DIGITS = re.compile(r"\d{1,3}(?:,\d{3})+(?![\d,])|\d+(?![\d,.])")


def injected_value(value: Decimal) -> Decimal:
    """A third less, at least one less; two for a figure of one."""
    if value <= 1:
        return Decimal(2)
    return value - max(Decimal(1), (value / 3).to_integral_value())


def written(number: Decimal, like: str) -> str:
    """`number` written as `like` writes its number: with thousands commas or without."""
    return f"{number:,}" if "," in like else str(number)


def rewrite(claim: Any) -> tuple[int, int, str] | None:
    """Where to rewrite a claim's number in its document and with what: (start, end, new
    text), or None when the number is not written in digits as the value it states."""
    try:
        value = Decimal(claim.value)
    except (InvalidOperation, ValueError):
        return None
    if value != value.to_integral_value() or value < 1:
        return None
    for match in _DIGITS.finditer(claim.quote):
        if Decimal(match.group(0).replace(",", "")) == value:
            new = written(injected_value(value), match.group(0))
            return claim.start + match.start(), claim.start + match.end(), new
    return None


def injections(result: Any) -> Iterator[tuple[Any, ...]]:
    """For each aligned group of counts and amounts whose number two documents state, the
    figures of that number in the one document to rewrite: the latest one (the earliest
    for a figure of one), its figures in the group that state the number."""
    for finding in result.findings:
        claims = [c for c in finding.group.claims if c.kind in ("count", "amount")]
        by_value: dict[str, list[Any]] = {}
        for claim in sorted(claims, key=lambda c: (c.document, c.start)):
            if not claim.qualifier:  # "at least 30" and "at least 20" can both hold
                by_value.setdefault(claim.value, []).append(claim)
        for value in sorted(by_value):
            same = by_value[value]
            documents = sorted({(c.published or "", c.document) for c in same})
            if len(documents) < 2:
                continue
            _, chosen = documents[0] if value == "1" else documents[-1]
            yield tuple(c for c in same if c.document == chosen)
            break


def inject(story: Any, document: str, places: list[tuple[int, int, str]]) -> Any:
    """The story with `document`'s text rewritten at `places`."""

    def rewritten(text: str) -> str:
        for start, end, new in sorted(places, reverse=True):
            text = text[:start] + new + text[end:]
        return text

    documents = tuple(
        dataclasses.replace(d, text=rewritten(d.text)) if d.doc_id == document else d
        for d in story.documents
    )
    return dataclasses.replace(story, documents=documents)


def found(result: Any, document: str, starts: set[int]) -> bool:
    """Whether a conflicting pair involves a figure at one of the rewritten places."""
    at = {c.claim_id for c in result.claims if c.document == document and c.start in starts}
    return any(
        at & {pair.first, pair.second}
        for finding in result.findings
        if finding.verdict == "discrepancy"
        for pair in finding.pairs
    )


def score_story(story: Any, tally: Counter) -> None:
    from checker.pipeline import check_story

    result = check_story(story)
    tally["stories"] += 1
    for claims in injections(result):
        places = [where for c in claims if (where := rewrite(c)) is not None]
        if len(places) != len(claims):
            continue  # a figure of the number written in words: not rewritten
        document = claims[0].document
        event = claims[0].measure.event or "other"
        hit = found(check_story(inject(story, document, places)), document, {p[0] for p in places})
        tally["injected"] += 1
        tally["found"] += hit
        tally[f"injected: {event}"] += 1
        tally[f"found: {event}"] += hit


def folders(corpora: Sequence[str], limit: int | None) -> Iterator[tuple[str, str, Path]]:
    """(corpus, part, story folder) of each corpus asked for and present."""
    if "gva" in corpora and (folder := data_dir("gva")) is not None:
        for name in gva.incidents(folder, limit):
            yield "gva", part_of(name), folder / name
    news = story_folders(limit)
    for corpus in ("fakes", "basil", "ecbplus"):
        if corpus in corpora:
            for folder in news.get(corpus, []):
                yield corpus, PART_OF[corpus](folder.name), folder


def run(corpora: Sequence[str], limit: int | None) -> dict[str, dict[str, Counter]]:
    from checker.documents import read_stories

    tallies: dict[str, dict[str, Counter]] = {}
    for corpus, part, folder in folders(corpora, limit):
        tally = tallies.setdefault(corpus, {p: Counter() for p in PARTS})[part]
        for story in read_stories([str(folder)]):
            score_story(story, tally)
    return tallies


def main(argv: Sequence[str] | None = None) -> dict[str, Any] | None:
    parser = argument_parser(__doc__.splitlines()[0])
    parser.add_argument("--corpora", nargs="+", choices=CORPORA, default=list(CORPORA))
    args = parser.parse_args(argv)
    tallies = run(args.corpora, args.limit)
    if not tallies:
        print("../shared/data is absent: skipped")
        return None
    result = {
        corpus: {part: dict(sorted(t.items())) for part, t in parts.items()}
        for corpus, parts in tallies.items()
    }
    print_table(
        ("corpus", "part", "stories", "injected", "flagged", "share"),
        (
            (corpus, part, t["stories"], t["injected"], t["found"], _share(t))
            for corpus, parts in tallies.items()
            for part, t in parts.items()
        ),
        "Disagreements injected into aligned figures, and flagged",
    )
    print_table(
        ("corpus", "part", "measure", "injected", "flagged"),
        (
            (corpus, part, key.split(": ", 1)[1], n, t[f"found: {key.split(': ', 1)[1]}"])
            for corpus, parts in tallies.items()
            for part, t in parts.items()
            for key, n in sorted(t.items())
            if key.startswith("injected: ")
        ),
        "By measure",
    )
    write_result("injected", {"parts": result}, args.out, argv)
    return result


def _share(tally: Counter) -> str:
    return f"{tally['found'] / tally['injected']:.3f}" if tally["injected"] else "-"


if __name__ == "__main__":
    main()
