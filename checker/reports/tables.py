"""Rows for machines: claims, discrepancies and documents, written as CSV or JSON.

Output policy: stable column order (checker.reports.columns), ISO dates, plain numbers without
thousands separators, empty string for null; CSV cells that a spreadsheet would run as a
formula start with ' (unless raw). The reports are written as one set (checker.reports.reportset):
a run killed while writing leaves the whole old set or the whole new one.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from checker.errors import UsageError
from checker.model import Claim, ClaimGroup, Finding, Report
from checker.readers import without_surrogates
from checker.reports import columns
from checker.reports.reportset import write_set

if TYPE_CHECKING:
    from checker.reports.json_report import Run

Row = dict[str, str]


def _number(value: Decimal | None) -> str:
    # imported here: a re-run whose stories all come from the store loads no extraction
    from checker.extract.figures import plain

    return "" if value is None else plain(value)


def claim_bounds(claim: Claim) -> tuple[str, str]:
    """low and high as written in reports: ISO dates for dates, plain numbers otherwise."""
    if claim.time is not None:
        low, high = claim.time.low, claim.time.high
        return (low.isoformat() if low else "", high.isoformat() if high else "")
    return _number(claim.interval.low), _number(claim.interval.high)


def aligned_groups(groups: Iterable[ClaimGroup]) -> dict[tuple[str, str], tuple[str, str]]:
    """(story, claim id) -> (the ids of the groups it was aligned into, what each compares),
    each joined by "; ": a claim in none was compared with nothing."""
    found: dict[tuple[str, str], tuple[list[str], list[str]]] = {}
    for group in groups:
        for claim in group.claims:
            ids, measures = found.setdefault((claim.story, claim.claim_id), ([], []))
            ids.append(group.group_id)
            measures.append(group.measure.describe())
    return {key: ("; ".join(ids), "; ".join(m)) for key, (ids, m) in found.items()}


def claim_row(
    claim: Claim, aligned: Mapping[tuple[str, str], tuple[str, str]] | None = None
) -> Row:
    """A claim's row; `aligned` (aligned_groups) fills group_id and compared_as."""
    low, high = claim_bounds(claim)
    group_id, compared_as = (aligned or {}).get((claim.story, claim.claim_id), ("", ""))
    return {
        "story": claim.story,
        "claim_id": claim.claim_id,
        "document": claim.document,
        "outlet": claim.outlet,
        "published": claim.published,
        "start": str(claim.start),
        "end": str(claim.end),
        "quote": claim.quote,
        "sentence": claim.sentence,
        "kind": claim.kind,
        "value": claim.value,
        "low": low,
        "high": high,
        "unit": claim.unit,
        "qualifier": claim.qualifier,
        "change": claim.change,
        "measure": claim.measure.describe() if claim.measure.event else claim.measure.entity,
        "event": claim.event,
        "attribution": claim.attribution,
        "as_of": claim.as_of,
        "group_id": group_id,
        "compared_as": compared_as,
    }


CONFLICTS_SEPARATOR = "; "  # between claim ids in conflicts_with


def discrepancy_rows(finding: Finding) -> Iterator[Row]:
    """One row per claim of a flagged group. A row that conflicts with others names them in
    conflicts_with and carries the explanation of each of its pairs (" | " between them);
    a row in no conflicting pair has an empty conflicts_with and the group's summary."""
    for claim in finding.group.claims:
        row = claim_row(claim)
        own = [p.explanation for p in finding.pairs if claim.claim_id in (p.first, p.second)]
        yield {
            **{k: row[k] for k in columns.DISCREPANCIES if k in row},
            "group_id": finding.group.group_id,
            "measure": finding.group.measure.describe(),
            "event": finding.group.event,
            "verdict": finding.verdict,
            "severity": finding.severity,
            "conflicts_with": CONFLICTS_SEPARATOR.join(finding.conflicts_with(claim.claim_id)),
            "explanation": " | ".join(own) if own else finding.explanation,
        }


def document_rows(report: Report) -> Iterator[Row]:
    for result in report.stories:
        counts = Counter(c.document for c in result.claims)
        documents = {d.doc_id: d for d in result.story.documents}
        for item in result.story.inputs:
            doc = documents.get(item.document) if item.status == "checked" else None
            yield {
                "story": item.story,
                "document": item.document,
                "path": item.path,
                "status": item.status,
                "reason": item.reason,
                "claims": str(counts.get(item.document, 0)) if doc else "",
                "outlet": doc.outlet if doc else "",
                "published": doc.published.isoformat() if doc and doc.published else "",
                "published_source": doc.published_source if doc else "",
                "published_confidence": doc.published_confidence if doc else "",
            }


def report_tables(report: Report) -> dict[str, tuple[tuple[str, ...], list[Row]]]:
    """The three reports as (columns, rows), keyed by file stem."""
    flagged = [f for f in report.findings if f.verdict != "consistent"]
    aligned = aligned_groups(g for result in report.stories for g in result.groups)
    return {
        "claims": (columns.CLAIMS, [claim_row(c, aligned) for c in report.claims]),
        "discrepancies": (columns.DISCREPANCIES, [r for f in flagged for r in discrepancy_rows(f)]),
        "documents": (columns.DOCUMENTS, list(document_rows(report))),
    }


def write_reports(
    report: Report,
    directory: Path,
    fmt: str = "csv",
    raw_csv: bool = False,
    run: Run | None = None,
) -> list[Path]:
    """Write claims, discrepancies and documents reports, report.html, report.md and the
    checked texts as one set (checker.reports.reportset); return the paths written. CSV cells a
    spreadsheet would run as formulas are neutralised unless `raw_csv`. JSON reports are
    typed and say what `run` produced them (checker.reports.json_report)."""
    from checker.reports.html_report import TEXTS, human_reports  # report.html, report.md, texts/

    if fmt == "json":
        from checker.reports.json_report import json_reports

        files = json_reports(report, run)
        return write_files(directory, files | human_reports(report), replace=(TEXTS,))
    texts = {
        f"{stem}.{fmt}": render_rows(cols, rows, fmt, raw_csv)
        for stem, (cols, rows) in report_tables(report).items()
    }
    return write_files(directory, texts | human_reports(report), replace=(TEXTS,))


def write_files(
    directory: Path, texts: dict[str, str], replace: tuple[str, ...] = ()
) -> list[Path]:
    """Write name -> text into the report folder as one set, or raise UsageError."""
    prepare_directory(directory)
    try:
        return write_set(directory, texts, replace)
    except OSError as error:
        raise UsageError(
            f"cannot write the reports in {directory}: {error.strerror or error}",
            "check the report folder's permissions, or choose another with --report-dir",
        ) from error


def render_rows(cols: tuple[str, ...], rows: Iterable[Row], fmt: str, raw: bool = False) -> str:
    """Rows as CSV or JSON text. The csv module, not pandas: importing pandas alone costs
    half a second, more than a small run takes."""
    records = [{c: without_surrogates(r.get(c, "")) for c in cols} for r in rows]
    if fmt == "json":
        return json.dumps(records, ensure_ascii=False, indent=1) + "\n"
    if not raw:
        records = [{c: neutralised(v) for c, v in r.items()} for r in records]
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(cols), lineterminator="\n", extrasaction="ignore")
    # the csv module quotes only the characters of its line terminator: a lone carriage
    # return (a file name may hold one) would end the row for every reader
    quoted = csv.DictWriter(out, fieldnames=list(cols), lineterminator="\n", quoting=csv.QUOTE_ALL)
    writer.writeheader()
    for record in records:
        (quoted if any("\r" in v for v in record.values()) else writer).writerow(record)
    return out.getvalue()


# A cell a spreadsheet would evaluate: it starts with = + - @ (or a tab or carriage return
# before one); plain numbers ("-12", "+3.5") are values, not formulas.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
PLAIN_NUMBER = re.compile(r"[-+]?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?")


def neutralised(cell: str) -> str:
    """The cell with a ' in front when a spreadsheet would run it as a formula (OWASP)."""
    if cell.startswith(_FORMULA_START) and not PLAIN_NUMBER.fullmatch(cell):
        return "'" + cell
    return cell


def report_frames(report: Report) -> dict[str, Any]:
    """The three reports as pandas DataFrames of strings, for analysis in Python."""
    import pandas as pd  # loaded only by callers that want tables

    return {
        stem: pd.DataFrame(rows, columns=list(cols), dtype="string").fillna("")
        for stem, (cols, rows) in report_tables(report).items()
    }


def prepare_directory(directory: Path) -> None:
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise UsageError(
            f"cannot create report folder {directory}: {error.strerror}",
            "choose another with --report-dir",
        ) from error
    if not os.access(directory, os.W_OK):
        raise UsageError(
            f"cannot write to report folder {directory}", "choose another with --report-dir"
        )
