"""Reports written one story at a time, so an archive never has to be held in memory.

`write_reports_stream` consumes an iterator of StoryResult (checker.check_iter) and
appends each story's rows to the claims, discrepancies and documents reports as it comes;
only counts and the input statuses are kept (`RunSummary`). The files are the same, byte
for byte, as checker.report.write_reports writes for the whole Report, and they are
written as one set (checker.reportset): a run killed half way leaves the old set.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from checker import columns
from checker.errors import UsageError
from checker.model import InputStatus, Report, StoryResult
from checker.readers import without_surrogates
from checker.report import (
    Row,
    claim_row,
    discrepancy_rows,
    document_rows,
    prepare_directory,
    render_rows,
)
from checker.reportset import building_set


@dataclass(frozen=True)
class RunSummary:
    """What a run found, without the claims: enough for the summary line and exit status."""

    stories: int
    inputs: tuple[InputStatus, ...]
    claims: int
    groups: int
    discrepancies: int


def summarise(report: Report) -> RunSummary:
    return RunSummary(
        len(report.stories),
        report.inputs,
        len(report.claims),
        sum(len(s.groups) for s in report.stories),
        len(report.discrepancies),
    )


class TableAppender:
    """Rows appended to a CSV or JSON report, chunk by chunk, giving the same text as
    checker.report.render_rows over all the rows at once."""

    def __init__(self, out: TextIO, cols: tuple[str, ...], fmt: str, raw: bool = False):
        self.out, self.cols, self.fmt, self.raw = out, cols, fmt, raw
        self.started = False

    def add(self, rows: Iterable[Row]) -> None:
        rows = list(rows)
        if not rows:
            return
        if self.fmt == "csv":
            text = render_rows(self.cols, rows, "csv", self.raw)
            self.out.write(text if not self.started else text.partition("\n")[2])
            self.started = True
            return
        for row in rows:
            record = {c: without_surrogates(row.get(c, "")) for c in self.cols}
            element = json.dumps(record, ensure_ascii=False, indent=1).replace("\n", "\n ")
            self.out.write(("[\n " if not self.started else ",\n ") + element)
            self.started = True

    def close(self) -> None:
        if self.fmt == "csv" and not self.started:
            self.out.write(render_rows(self.cols, [], "csv", self.raw))
        elif self.fmt == "json":
            self.out.write("\n]\n" if self.started else "[]\n")


def story_tables(result: StoryResult) -> dict[str, list[Row]]:
    """One story's rows of each report, keyed by file stem."""
    flagged = [f for f in result.findings if f.verdict != "consistent"]
    return {
        "claims": [claim_row(c) for c in result.claims],
        "discrepancies": [r for f in flagged for r in discrepancy_rows(f)],
        "documents": list(document_rows(Report((result,)))),
    }


TABLES = {
    "claims": columns.CLAIMS,
    "discrepancies": columns.DISCREPANCIES,
    "documents": columns.DOCUMENTS,
}


def write_reports_stream(
    results: Iterable[StoryResult],
    directory: Path,
    fmt: str = "csv",
    raw_csv: bool = False,
    each: Callable[[StoryResult], None] | None = None,
) -> RunSummary:
    """Write the reports of every story as it comes, as one set; `each` is called with
    every story once its rows are written. Raises UsageError when the folder cannot be
    written."""
    prepare_directory(directory)
    try:
        return _write(results, directory, fmt, raw_csv, each)
    except OSError as error:
        raise UsageError(
            f"cannot write the reports in {directory}: {error.strerror or error}",
            "check the report folder's permissions, or choose another with --report-dir",
        ) from error


def _write(
    results: Iterable[StoryResult],
    directory: Path,
    fmt: str,
    raw_csv: bool,
    each: Callable[[StoryResult], None] | None,
) -> RunSummary:
    counts = [0, 0, 0, 0]  # stories, claims, groups, discrepancies
    inputs: list[InputStatus] = []
    names = {stem: f"{stem}.{fmt}" for stem in TABLES}
    with building_set(directory, tuple(names.values())) as folder, ExitStack() as files:
        handles = {
            s: files.enter_context(open(folder / n, "w", encoding="utf-8", newline=""))
            for s, n in names.items()
        }
        tables = {s: TableAppender(handles[s], TABLES[s], fmt, raw_csv) for s in TABLES}
        for result in results:
            for stem, rows in story_tables(result).items():
                tables[stem].add(rows)
            _count(counts, inputs, result)
            if each is not None:
                each(result)
        for stem, table in tables.items():
            table.close()
            _synced(handles[stem])
    return RunSummary(counts[0], tuple(inputs), counts[1], counts[2], counts[3])


def _count(counts: list[int], inputs: list[InputStatus], result: StoryResult) -> None:
    counts[0] += 1
    counts[1] += len(result.claims)
    counts[2] += len(result.groups)
    counts[3] += sum(1 for f in result.findings if f.verdict != "consistent")
    inputs.extend(result.story.inputs)


def _synced(handle: TextIO) -> None:
    handle.flush()
    os.fsync(handle.fileno())
