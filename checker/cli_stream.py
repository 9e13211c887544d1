"""`checkclaims check` for the command line: each story checked, written and shown in turn.

Part of the command-line adapter (it prints), kept apart from checker.cli so that the
option parsing stays short. Memory holds one story's claims at a time, not the archive's.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from checker.model import StoryResult
from checker.report_stream import (
    Checked,
    Render,
    RunSummary,
    TableAppender,
    write_reports_stream,
)


@dataclass(frozen=True)
class Run:
    """How to check: the options of `checkclaims check` that are not about output."""

    published: dt.date | None = None
    stdin: TextIO | None = None
    jobs: int = 0
    follow_links: bool = False
    cache: Path | None = None
    engine: str = "local"
    scheduler: str | None = None


def check_and_show(
    paths: Sequence[str], run: Run, output: tuple[Path, str, bool, bool]
) -> RunSummary:
    """Check the stories at `paths` as `run` says, write the reports and show them as
    `output` says (report folder, format, raw CSV, quiet)."""
    report_dir, fmt, raw_csv, quiet = output
    render = Render("json" if fmt == "json" else "csv", raw_csv, fmt == "table" and not quiet)
    results, count = _results(paths, run, render)
    shown = _Shown(fmt, raw_csv, quiet, many=count > 1)
    summary = write_reports_stream(results, report_dir, render.fmt, raw_csv, shown.story)
    if any(item.status == "checked" for item in summary.inputs):
        shown.finish(summary)
    return summary


def _results(
    paths: Sequence[str], run: Run, render: Render
) -> tuple[Iterator[StoryResult | Checked], int]:
    if run.engine == "dask":
        from checker.engine_dask import check_with_dask

        count, results = check_with_dask(
            paths, run.published, run.follow_links, run.cache, run.scheduler, run.jobs
        )
        return results, count
    from checker.documents import plan_stories
    from checker.workers import RunOptions, check_plans

    plans = plan_stories(paths, run.follow_links)
    options = RunOptions(run.published, None if run.cache is None else str(run.cache))
    return check_plans(plans, options, run.jobs, run.stdin, render), len(plans)


class _Shown:
    """What the terminal shows of each story: its flagged groups (table), or its flagged
    rows on stdout (csv, json)."""

    def __init__(self, fmt: str, raw_csv: bool, quiet: bool, many: bool) -> None:
        from checker import columns

        self.fmt, self.quiet, self.many = fmt, quiet, many
        self.rows = TableAppender(sys.stdout, columns.DISCREPANCIES, Render(fmt, raw_csv))
        self.console = None
        if fmt == "table" and not quiet:
            from rich.console import Console

            self.console = Console()

    def story(self, checked: Checked) -> None:
        if self.quiet:
            return
        if self.console is not None:
            from checker.render import render_story

            if checked.result is not None:  # a story without it has nothing to show
                render_story(checked.result, self.console, self.many)
            return
        rows = checked.rows_for(self.rows.render)
        self.rows.add(dict(rows.tables)["discrepancies"])

    def finish(self, summary: RunSummary) -> None:
        if self.quiet:
            return
        if self.console is not None:
            from checker.render import plain, summary_text

            self.console.print(plain(summary_text(summary)))
            return
        self.rows.close()
