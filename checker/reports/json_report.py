"""The reports as JSON: typed values, the format's version and what the run was.

Each JSON report is one object: `schema` (the version of this format, described by
checker/data/report.schema.json), `report` (claims, discrepancies or documents), `run`
(checkclaims version, command line, time, inputs) and `rows`, in the columns of the CSV
reports (checker.reports.columns). Unlike CSV, cells are typed: offsets and counts are integers,
the value and bounds of a figure are numbers (a date's stay ISO or TIMEX3 text), and an
empty cell is null.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from checker.model import Claim, Report
from checker.reports.tables import PLAIN_NUMBER, Row, report_tables

SCHEMA = "checkclaims-report/1"  # change with any change to the shape of the JSON reports
INTEGER_COLUMNS = frozenset({"start", "end", "claims"})
FIGURE_COLUMNS = frozenset({"value", "low", "high"})  # numbers, unless the claim is a date


@dataclass(frozen=True)
class Run:
    """What produced a report: written into every JSON report."""

    command: tuple[str, ...] = ()
    inputs: tuple[str, ...] = ()
    started: str = field(default_factory=lambda: now_iso())
    version: str = field(default_factory=lambda: package_version())


def now_iso() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()


def package_version() -> str:
    from checker import __version__

    return __version__


def json_reports(report: Report, run: Run | None = None) -> dict[str, str]:
    """file name -> text of the three JSON reports."""
    run = run or Run()
    numeric = _figures_are_numbers(report)
    return {
        f"{stem}.json": render_json(stem, cols, rows, run, numeric.get(stem))
        for stem, (cols, rows) in report_tables(report).items()
    }


def render_json(
    stem: str,
    cols: Sequence[str],
    rows: Iterable[Row],
    run: Run,
    numeric: Sequence[bool] | None = None,
) -> str:
    """One JSON report; `numeric` says, row by row, whether value/low/high are numbers."""
    rows = list(rows)
    flags = numeric if numeric is not None else [True] * len(rows)
    document = {
        "schema": SCHEMA,
        "report": stem,
        "run": {
            "checkclaims": run.version,
            "command": list(run.command),
            "started": run.started,
            "inputs": list(run.inputs),
        },
        "rows": [typed_row(row, cols, flag) for row, flag in zip(rows, flags, strict=True)],
    }
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"


def claim_record(claim: Claim) -> dict[str, Any]:
    """One claim as a typed record (`checkclaims extract --format jsonl`)."""
    from checker.reports import columns
    from checker.reports.tables import claim_row

    return typed_row(claim_row(claim), columns.CLAIMS, claim.time is None)


def typed_row(row: Row, cols: Sequence[str], numeric: bool = True) -> dict[str, Any]:
    return {c: _typed(c, row.get(c, ""), numeric) for c in cols}


def _typed(column: str, cell: str, numeric: bool) -> Any:
    if cell == "":
        return None
    if column in INTEGER_COLUMNS:
        return int(cell)
    if column in FIGURE_COLUMNS and numeric and PLAIN_NUMBER.fullmatch(cell):
        return json_number(Decimal(cell))
    return cell


def json_number(value: Decimal) -> int | float:
    """An int when whole (exact at any size), else the float whose shortest form is the
    decimal as written for up to 15 significant digits ("0.5", "2.35")."""
    return int(value) if value == value.to_integral_value() else float(value)


def _figures_are_numbers(report: Report) -> dict[str, list[bool]]:
    """Row by row, whether the claim's value and bounds are numbers (not a date's text)."""
    flagged = [f for f in report.findings if f.verdict != "consistent"]
    return {
        "claims": [c.time is None for c in report.claims],
        "discrepancies": [c.time is None for f in flagged for c in f.group.claims],
    }
