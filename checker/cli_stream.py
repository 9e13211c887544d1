"""`checkclaims check` for the command line: the engine that checks the stories, and each
story checked, written and shown in turn.

Part of the command-line adapter (it prints), kept apart from checker.cli so that the
option parsing stays short. `checked_report` gives the whole Report (what `checkclaims
check` writes and shows, with report.html, report.md, texts/ and the typed JSON);
`check_and_show` streams the CSV/JSON tables one story at a time and holds one story's
claims at a time, not the archive's.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from checker.model import Report, StoryResult
from checker.report_stream import (
    Checked,
    Render,
    RunSummary,
    TableAppender,
    write_reports_stream,
)

if TYPE_CHECKING:
    from checker.config import Config


@dataclass(frozen=True)
class Engine:
    """Where the stories are checked: `name` local or dask, at the Dask `scheduler`, with
    the store in `cache` (None: no store)."""

    name: str = "local"
    scheduler: str | None = None
    cache: Path | None = None


def checked_report(
    paths: Sequence[str], engine: Engine, config: Config, options: dict[str, Any]
) -> Report:
    """The whole report of the stories at `paths`, checked by `engine` under `config`;
    `options` are checker.check's reading options (published, stdin, jobs, follow_links,
    progress)."""
    if engine.name != "dask":
        import checker

        return checker.check(paths, cache=engine.cache, config=config, **options)
    from checker.engine_dask import check_with_dask

    _, results = check_with_dask(
        paths,
        options.get("published"),
        options.get("follow_links", False),
        engine.cache,
        engine.scheduler,
        options.get("jobs", 0),
        config=config,
    )
    progress, stories, done, claims = options.get("progress"), [], 0, 0
    for result in results:
        stories.append(result)
        done, claims = done + len(result.story.documents), claims + len(result.claims)
        if progress is not None:  # the total is not known before the stories are read
            progress(done, done, claims)
    return Report(tuple(stories))


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
        self.fmt, self.quiet, self.many = fmt, quiet, many
        self.rows = TableAppender(sys.stdout, "discrepancies", Render(fmt, raw_csv))
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
