"""Hand judgements of discrepancy flags, matched to the flags a run raised.

A judgements CSV (benchmarks/<corpus>_flags_checked.csv) holds one row per judged pair of
conflicting figures: the story (GVA: the incident), the measure, the two figures, a verdict
(true/false) and a short reason, optionally the two documents. It never holds article text.

A raised pair matches a judged row by story, measure and the two figures (in either order),
and by the two documents when the row names them (one row per pair of documents). A row that
names its documents also matches a raised pair with the same story, documents and figures
whose measure text has changed since the judging (a renamed measure is not a new flag); such
matches are counted apart so a stale measure text shows.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.common import PARTS, REPO


@dataclass(frozen=True)
class RaisedFlag:
    """One pair of conflicting figures a run raised."""

    story: str
    measure: str
    first: str  # the figure as a plain number (Claim.value)
    second: str
    first_document: str = ""
    second_document: str = ""

    @property
    def key(self) -> tuple[str, ...]:
        return flag_key(self.story, self.measure, self.first, self.second)

    @property
    def document_key(self) -> tuple[str, ...]:
        return document_key(
            self.story, self.first_document, self.first, self.second_document, self.second
        )


def flag_key(story: str, measure: str, first: str, second: str) -> tuple[str, ...]:
    """A flag as the hand check names it: the figures in either order."""
    return (story, measure, *sorted((first, second)))


def document_key(
    story: str, first_document: str, first: str, second_document: str, second: str
) -> tuple[str, ...]:
    """A flag named by its documents and figures, whatever its measure is called."""
    pairs = sorted((f"{first_document}={first}", f"{second_document}={second}"))
    return (story, *pairs)


def read_judgements(path: Path, story_column: str = "story") -> list[dict[str, str]]:
    """The judged rows of `path` ([] when absent), each with its story under 'story'."""
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return [{**row, "story": row[story_column]} for row in rows]


def row_key(row: dict[str, str]) -> tuple[str, ...]:
    return flag_key(row["story"], row["measure"], row["first_figure"], row["second_figure"])


def row_document_key(row: dict[str, str]) -> tuple[str, ...] | None:
    if not row.get("first_document") or not row.get("second_document"):
        return None
    return document_key(
        row["story"],
        row["first_document"],
        row["first_figure"],
        row["second_document"],
        row["second_figure"],
    )


@dataclass(frozen=True)
class Matched:
    """Raised flags against the judgements: which rows still hold and which flags are new."""

    rows: tuple[dict[str, str], ...]  # judged rows of flags still raised
    by_documents: int  # of those, matched by documents after the measure text changed
    unjudged: tuple[RaisedFlag, ...]
    no_longer_raised: int
    pairs: tuple[tuple[RaisedFlag, dict[str, str]], ...] = ()  # each judged raised pair, its row
    vanished: tuple[dict[str, str], ...] = ()  # the judged rows no raised pair matches


def match(raised: Iterable[RaisedFlag], rows: list[dict[str, str]]) -> Matched:
    """Each raised flag against the judged rows: a row naming its documents matches the pair
    with those documents and figures (under the same measure, or under another one when the
    measure text has changed); a row without documents matches by measure and figures."""
    full = {(r["measure"], k): r for r in rows if (k := row_document_key(r)) is not None}
    by_documents = {k: r for r in rows if (k := row_document_key(r)) is not None}
    by_key = {row_key(r): r for r in rows if row_document_key(r) is None}
    found: dict[int, dict[str, str]] = {}
    renamed = 0
    unjudged: list[RaisedFlag] = []
    pairs: list[tuple[RaisedFlag, dict[str, str]]] = []
    for flag in dict.fromkeys(raised):
        row = full.get((flag.measure, flag.document_key)) or by_key.get(flag.key)
        if row is None and (row := by_documents.get(flag.document_key)) is not None:
            renamed += id(row) not in found
        if row is None:
            unjudged.append(flag)
        else:
            found[id(row)] = row
            pairs.append((flag, row))
    vanished = tuple(r for r in rows if id(r) not in found)
    return Matched(
        tuple(found.values()), renamed, tuple(unjudged), len(vanished), tuple(pairs), vanished
    )


def precision_of(rows: Iterable[dict[str, str]]) -> dict[str, Any]:
    rows = list(rows)
    true = sum(1 for r in rows if r["verdict"] == "true")
    return {
        "flags": len(rows),
        "stories": len({r["story"] for r in rows}),
        "true_flags": true,
        "precision": round(true / len(rows), 4) if rows else 0.0,
    }


def pair_precision(pairs: Iterable[tuple[RaisedFlag, dict[str, str]]]) -> dict[str, Any]:
    """Precision over raised pairs: a row without documents judges every pair with its figures
    (several pairs of documents may state them), a row with documents one pair."""
    pairs = list(pairs)
    true = sum(1 for _, row in pairs if row["verdict"] == "true")
    return {
        "judged_pairs": len(pairs),
        "true_pairs": true,
        "pair_precision": round(true / len(pairs), 4) if pairs else 0.0,
    }


def precision_by_part(
    rows: list[dict[str, str]],
    part: Callable[[str], str],
    raised: Iterable[RaisedFlag] | None,
    path: Path,
) -> dict[str, Any] | None:
    """Precision of the judged flags `rows` (read from `path`) per part (tune, blind) and in all.

    With `raised` (every flag of a run over the whole corpus), only the judged rows of flags
    still raised count, and each part lists its unjudged flags and counts the judged ones no
    longer raised. Without it (a partial run), every judged row counts.
    """
    if not rows and raised is None:
        return None
    name_of = path.relative_to(REPO) if path.is_relative_to(REPO) else path
    out: dict[str, Any] = {"file": str(name_of)}
    flags = list(raised) if raised is not None else None
    for name in (*PARTS, "all"):
        mine = [r for r in rows if name == "all" or part(r["story"]) == name]
        if flags is None:
            out[name] = precision_of(mine)
            continue
        matched = match([f for f in flags if name == "all" or part(f.story) == name], mine)
        out[name] = {
            **precision_of(matched.rows),
            **pair_precision(matched.pairs),
            "matched_by_documents": matched.by_documents,
            "unjudged_flags": [flag_text(f) for f in matched.unjudged],
            "judged_flags_no_longer_raised": matched.no_longer_raised,
            "true_flags_no_longer_raised": [
                row_text(r) for r in matched.vanished if r["verdict"] == "true"
            ],
        }
    return out


def flag_text(flag: RaisedFlag) -> str:
    return " ".join(flag.key)


def row_text(row: dict[str, str]) -> str:
    """A judged row as a line: story, measure, figures and documents when it names them."""
    documents = row_document_key(row)
    return " ".join(documents if documents is not None else row_key(row)) + (
        f" [{row['measure']}]" if documents is not None else ""
    )


def print_claim(claim: Any) -> None:
    """One figure of a flag for the person judging it: document, quote, reading, sentence."""
    from checker.findings.explain import reading

    print(
        f"  - {claim.document} ({claim.outlet}, {claim.published}) {claim.quote!r}"
        f" value={claim.value} q={claim.qualifier!r} -> {reading(claim.interval)}"
        f" as_of={claim.as_of} by={claim.attribution!r}"
    )
    print(f"    {' '.join(claim.sentence.split())[:500]}")


def figure_class(claim: Any) -> str:
    """The class of figure a pair compares: a count, a date, an age, a magnitude, money or
    another amount (for precision per class: scores only, no pair is shown)."""
    from checker.events.kinds import money_kind
    from checker.extract.magnitudes import MAGNITUDE
    from checker.extract.people import AGE

    if claim.kind == "date":
        return "date"
    if claim.measure.event == AGE:
        return AGE
    if claim.kind == "count":
        return claim.measure.event or "count"
    if claim.unit == MAGNITUDE:
        return MAGNITUDE
    return "money" if money_kind(claim) else "other amount"


def class_precision(
    pairs: Iterable[tuple[str, RaisedFlag, Any]], rows: list[dict[str, str]]
) -> dict[str, dict[str, str]]:
    """part -> class of figure -> judged true / judged pairs, from (part, flag, first
    claim) of every raised pair."""
    out: dict[str, dict[str, str]] = {}
    pairs = list(pairs)
    for part in PARTS:
        mine = {flag: claim for p, flag, claim in pairs if p == part}
        counts: dict[str, list[int]] = {}
        for flag, row in match(list(mine), rows).pairs:
            seen = counts.setdefault(figure_class(mine[flag]), [0, 0])
            seen[0] += row["verdict"] == "true"
            seen[1] += 1
        out[part] = {k: f"{t}/{n}" for k, (t, n) in sorted(counts.items())}
    return out
