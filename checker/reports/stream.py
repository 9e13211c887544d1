"""Reports written one story at a time, so an archive never has to be held in memory.

`write_reports_stream` consumes an iterator of StoryResult (checker.check_iter) and
appends each story's rows to the claims, discrepancies and documents reports as it comes;
only counts and the input statuses are kept (`RunSummary`). The files are the same, byte
for byte, as checker.reports.tables.write_reports writes for the whole Report, and they are
written as one set (checker.reports.reportset): a run killed half way leaves the old set.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from checker.errors import UsageError
from checker.model import InputStatus, Report, StoryResult
from checker.readers import without_surrogates
from checker.reports import columns
from checker.reports.reportset import building_set, current_set

if TYPE_CHECKING:
    from checker.reports.json_report import Run
    from checker.reports.tables import Row
    from checker.reports.view import GroupView

# checker.reports.tables (and the extraction modules it loads) is imported where rows are made:
# a re-run whose stories all come from the store never makes any


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


@dataclass(frozen=True)
class Render:
    """How the reports are written: the format, raw CSV cells, and whether the caller
    wants the StoryResult of stories with a discrepancy (to show them in a table, or to
    leave some of them out) besides the rows."""

    fmt: str = "csv"
    raw: bool = False
    flagged_results: bool = False
    # whether the run holds several stories, when known before it starts: the pages' rows of
    # the story's documents are then rendered with its rows (checker.reports.pages.page_rows),
    # in the worker that checks it, and kept in the store with them; None: by the writer
    several: bool | None = None


@dataclass(frozen=True)
class StoryRows:
    """One story's part of each report, rendered, and its counts: all the writer needs."""

    render: Render
    tables: tuple[tuple[str, str], ...]  # (file stem, the story's rows as report text)
    claims: int
    groups: int
    discrepancies: int
    inputs: tuple[InputStatus, ...]
    story: str = ""  # the story's name
    documents: tuple[tuple[str, ...], ...] = ()  # its documents report rows, cells in order
    texts: tuple[tuple[str, str], ...] = ()  # (document, checked text) of each checked one
    pages: tuple[tuple[str, str], ...] = ()  # (page kind, its rows of the documents), or ()
    # with the pages' rows (render.several known): the views of its flagged groups, which
    # the pages show (checker.reports.view.flagged_groups), and the severity of each flagged
    # finding, so that a story from the store needs its result only to be shown in a table
    flagged: tuple[GroupView, ...] = ()
    severities: tuple[str, ...] = ()

    def shows_flagged(self, several: bool) -> bool:
        """Whether `flagged` holds the pages' views for a run of several stories or one."""
        return self.render.several is not None and self.render.several == several


@dataclass(frozen=True)
class Checked:
    """A story's outcome: its report rows, its result, or both (a story found in the store
    comes with its rows only, and its result when it has a discrepancy to show)."""

    result: StoryResult | None = None
    rows: StoryRows | None = None

    def rows_for(self, render: Render) -> StoryRows:
        if self.rows is not None and (self.rows.render.fmt, self.rows.render.raw) == (
            render.fmt,
            render.raw,
        ):
            return self.rows
        assert self.result is not None, "a story checked without rows has its result"
        return story_rows(self.result, render)


def story_rows(result: StoryResult, render: Render) -> StoryRows:
    """A story's part of every report: its rows of the tables, rendered, its documents' rows
    and texts for the pages (checker.reports.pages), and its counts."""
    tables = story_tables(result)
    numeric = figures_are_numbers(result)
    documents = tuple(tuple(row[c] for c in columns.DOCUMENTS) for row in tables["documents"])
    texts = tuple((d.doc_id, d.text) for d in result.story.documents)
    pages: tuple[tuple[str, str], ...] = ()
    flagged: tuple[GroupView, ...] = ()
    if render.several is not None:
        from checker.reports.pages import page_rows
        from checker.reports.view import flagged_groups, story_text_names

        doc_ids = [doc_id for doc_id, _ in texts]
        pages = page_rows(result.story.name, documents, doc_ids, render.several)
        names = story_text_names(result.story.name, doc_ids, render.several)
        flagged = flagged_groups(result, names)
    return StoryRows(
        render,
        tuple(
            (s, chunk_text(TABLES[s], rows, render, numeric.get(s))) for s, rows in tables.items()
        ),
        len(result.claims),
        len(result.groups),
        sum(1 for f in result.findings if f.verdict != "consistent"),
        result.story.inputs,
        result.story.name,
        documents,
        texts,
        pages,
        flagged,
        tuple(f.severity for f in result.findings if f.verdict != "consistent"),
    )


def chunk_text(
    cols: tuple[str, ...], rows: list[Row], render: Render, numeric: list[bool] | None = None
) -> str:
    """Rows as a piece of a report: CSV lines without the header, or the typed JSON rows
    (checker.reports.json_report; `numeric`: row by row, whether value/low/high are numbers)
    joined as json.dumps(indent=1) joins the elements of the report's "rows"."""
    from checker.reports.json_report import typed_row
    from checker.reports.tables import render_rows

    if not rows:
        return ""
    if render.fmt == "csv":
        return render_rows(cols, rows, "csv", render.raw).partition("\n")[2]
    flags = numeric if numeric is not None else [True] * len(rows)
    elements = [
        json.dumps(typed_row(row, cols, flag), ensure_ascii=False, indent=1).replace("\n", _ROW)
        for row, flag in zip(rows, flags, strict=True)
    ]
    return without_surrogates(f",{_ROW}".join(elements))


_ROW = "\n  "  # a row of a JSON report starts on a new line, two spaces in
# bytes a report file gathers before a write: each write lets the threads writing the texts
# take the interpreter, and the writer waits to get it back (a re-run of 1,000 documents
# appended its tables in 0.06-0.1 s with the default 8 KB, 0.03 s with this)
BUFFER = 1 << 20


def figures_are_numbers(result: StoryResult) -> dict[str, list[bool]]:
    """Row by row, whether the claim's value and bounds are numbers (not a date's text)."""
    flagged = [f for f in result.findings if f.verdict != "consistent"]
    return {
        "claims": [c.time is None for c in result.claims],
        "discrepancies": [c.time is None for f in flagged for c in f.group.claims],
    }


def json_head(stem: str, run: Run | None) -> str:
    """A JSON report (checker.reports.json_report.render_json) up to its rows."""
    from checker.reports.json_report import render_json

    empty = render_json(stem, TABLES[stem], [], run or _run())
    return empty[: -len("[]\n}\n")]


def _run() -> Run:
    from checker.reports.json_report import Run

    return Run()


class TableAppender:
    """Pieces of a CSV or JSON report (chunk_text) appended in turn, giving the same text
    as checker.reports.tables.render_rows over all the rows at once."""

    def __init__(self, out: TextIO, stem: str, render: Render, run: Run | None = None):
        self.out, self.cols, self.render = out, TABLES[stem], render
        self.head = json_head(stem, run) if render.fmt == "json" else ""
        self.started = False

    def add(self, chunk: str) -> None:
        from checker.reports.tables import render_rows

        if not chunk:
            return
        if self.render.fmt == "csv":
            if not self.started:
                self.out.write(render_rows(self.cols, [], "csv", self.render.raw))
            self.out.write(chunk)
        else:
            self.out.write((f"{self.head}[{_ROW}" if not self.started else f",{_ROW}") + chunk)
        self.started = True

    def close(self) -> None:
        from checker.reports.tables import render_rows

        if self.render.fmt == "csv" and not self.started:
            self.out.write(render_rows(self.cols, [], "csv", self.render.raw))
        elif self.render.fmt == "json":
            self.out.write("\n ]\n}\n" if self.started else f"{self.head}[]\n}}\n")


def story_tables(result: StoryResult) -> dict[str, list[Row]]:
    """One story's rows of each report, keyed by file stem."""
    from checker.reports.tables import aligned_groups, claim_row, discrepancy_rows, document_rows

    flagged = [f for f in result.findings if f.verdict != "consistent"]
    aligned = aligned_groups(result.groups)
    return {
        "claims": [claim_row(c, aligned) for c in result.claims],
        "discrepancies": [r for f in flagged for r in discrepancy_rows(f)],
        "documents": list(document_rows(Report((result,)))),
    }


TABLES = {
    "claims": columns.CLAIMS,
    "discrepancies": columns.DISCREPANCIES,
    "documents": columns.DOCUMENTS,
}


def write_reports_stream(
    stories: Iterable[StoryResult | Checked],
    directory: Path,
    fmt: str = "csv",
    raw_csv: bool = False,
    each: Callable[[Checked], None] | None = None,
    run: Run | None = None,
    texts_from: Path | None = None,
) -> RunSummary:
    """Write the reports of every story as it comes, as one set; `each` is called with
    every story once its rows are written; JSON reports say `run` produced them. When
    `directory` holds no set yet, the texts the current set of the report folder
    `texts_from` holds with the same contents are linked from it, not written again. Raises
    UsageError when the folder cannot be written."""
    from checker.reports.tables import prepare_directory

    prepare_directory(directory)
    items = (s if isinstance(s, Checked) else Checked(result=s) for s in stories)
    try:
        return _write(items, directory, Render(fmt, raw_csv), each, run or _run(), texts_from)
    except OSError as error:
        raise UsageError(
            f"cannot write the reports in {directory}: {error.strerror or error}",
            "check the report folder's permissions, or choose another with --report-dir",
        ) from error


def _write(
    stories: Iterable[Checked],
    directory: Path,
    render: Render,
    each: Callable[[Checked], None] | None,
    run: Run,
    texts_from: Path | None = None,
) -> RunSummary:
    from checker.reports.pages import NAMES, HumanWriter
    from checker.reports.summary import summary_text

    first, stories = _peek(iter(stories), 2)
    counts = [0, 0, 0, 0]  # stories, claims, groups, discrepancies
    inputs: list[InputStatus] = []
    names = {stem: f"{stem}.{render.fmt}" for stem in TABLES}
    with building_set(directory, (*names.values(), *NAMES)) as folder, ExitStack() as files:
        old = current_set(directory) or _linkable_set(texts_from, folder)
        pages = HumanWriter(folder, old, several=len(first) > 1)
        files.callback(pages.abandon)
        handles = {
            s: files.enter_context(
                open(folder / n, "w", encoding="utf-8", newline="", buffering=BUFFER)
            )
            for s, n in names.items()
        }
        tables = {s: TableAppender(handles[s], s, render, run) for s in TABLES}
        for checked in stories:
            rows = checked.rows_for(render)
            for stem, chunk in rows.tables:
                tables[stem].add(chunk)
            pages.add(rows, _flagged(checked, rows, pages.several))
            for index, value in enumerate((1, rows.claims, rows.groups, rows.discrepancies)):
                counts[index] += value
            inputs.extend(rows.inputs)
            if each is not None:
                each(checked)
        for stem, table in tables.items():
            table.close()
            pages.sync_later(handles[stem])
        summary = RunSummary(counts[0], tuple(inputs), counts[1], counts[2], counts[3])
        pages.close(summary_text(summary))
    return summary


def _linkable_set(directory: Path | None, folder: Path) -> Path | None:
    """The current set of the report folder `directory` when its files can be linked into
    the set `folder` (the same file system), else None."""
    other = current_set(directory) if directory is not None else None
    try:
        return other if other is not None and other.stat().st_dev == folder.stat().st_dev else None
    except OSError:
        return None


def _peek(items: Iterator[Checked], count: int) -> tuple[list[Checked], Iterator[Checked]]:
    """The first `count` items (fewer when there are not as many), and all of them."""
    first = list(itertools.islice(items, count))
    return first, itertools.chain(first, items)


def _flagged(checked: Checked, rows: StoryRows, several: bool) -> StoryResult | None:
    """The story's result, which the pages need when it has a discrepancy to show and its
    rows do not hold the views of its flagged groups."""
    if rows.discrepancies and checked.result is None and not rows.shows_flagged(several):
        raise ValueError("a story with a discrepancy came without its result (flagged_results)")
    return checked.result
