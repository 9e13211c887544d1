"""review.csv: the review's rows for machines (output policy as in checker.reports.tables)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from checker.extract.figures import plain
from checker.reports.columns_review import REVIEW
from checker.reports.tables import Row, claim_row, render_rows, write_files
from checker.review.draft import Citation, ClaimReview, Review

REVIEW_FILE = "review.csv"


def review_rows(review: Review) -> list[Row]:
    """One row per citation of each draft claim, one without a source when none is cited."""
    return [row for item in review.claims for row in _claim_rows(item)]


def _claim_rows(item: ClaimReview) -> Iterator[Row]:
    claim = claim_row(item.claim)
    base = {key: claim[key] for key in REVIEW if key in claim}
    base.update(line=str(item.line), verdict=item.verdict, explanation=item.explanation)
    if not item.citations:
        yield {**base, **_source_cells(None)}
    for citation in item.citations:
        yield {**base, **_source_cells(citation)}


def _source_cells(citation: Citation | None) -> Row:
    if citation is None:
        return {
            "source_document": "",
            "source_quote": "",
            "source_attribution": "",
            "source_as_of": "",
            "gap": "",
        }
    source = citation.claim
    return {
        "source_document": source.document,
        "source_quote": source.quote,
        "source_attribution": source.attribution,
        "source_as_of": source.as_of,
        "gap": "" if citation.gap is None else plain(citation.gap),
    }


def review_text(review: Review, fmt: str, raw: bool = False) -> str:
    """The rows as CSV or JSON text (formula cells neutralised in CSV unless raw)."""
    return render_rows(REVIEW, review_rows(review), fmt, raw)


def write_review(review: Review, directory: Path, raw_csv: bool = False) -> Path:
    """Write `directory`/review.csv and return its path."""
    (path,) = write_files(directory, {REVIEW_FILE: review_text(review, "csv", raw_csv)})
    return path
