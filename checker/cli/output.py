"""What the command line prints: the table or rows on stdout for a reader that may stop
early (`| head`), and the progress bar on stderr. Everything printed from the user's files
goes through checker.reports.terminal (no control characters).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console

    from checker.cli.stream import Outcome
    from checker.model import Claim
    from checker.pipeline import Progress

EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE: what a shell reports for `cat`, `grep` ... cut by `head`


def show_outcome(outcome: Outcome, fmt: str, report_dir: Path) -> None:
    """The table for people (the flagged findings `outcome` kept), or, on stdout, a report
    just written: the flagged rows (discrepancies.csv or .json) or report.html."""
    if fmt == "table":
        from checker.reports.render import render_flagged, summary_table_line

        assert outcome.summary is not None
        console = stdout_console()
        many = outcome.summary.stories > 1
        for findings, story_line in outcome.flagged:
            render_flagged(findings, story_line, console, many)
        console.print(summary_table_line(outcome.summary))
        return
    name = {"html": "report.html", "json": "discrepancies.json"}.get(fmt, "discrepancies.csv")
    with (report_dir / name).open(encoding="utf-8", newline="") as report:
        shutil.copyfileobj(report, sys.stdout)


def stdout_console() -> Console:
    """rich's console on standard output, leaving a broken pipe to output_for_reader (rich
    itself would exit 1, the status of a run that found discrepancies)."""
    from rich.console import Console

    class ReaderConsole(Console):
        def on_broken_pipe(self) -> None:
            self.quiet = True
            raise BrokenPipeError

    return ReaderConsole()


def progress_bar(quiet: bool) -> contextlib.AbstractContextManager[Progress | None]:
    """A progress bar on stderr for long runs (checker.cli.progress), unless `quiet` or stderr is
    not a terminal (a pipe, a file, a CI log)."""
    if quiet or not sys.stderr.isatty():
        return contextlib.nullcontext()
    from checker.cli.progress import ProgressBar

    return ProgressBar()


@contextlib.contextmanager
def output_for_reader() -> Iterator[None]:
    """Standard output for a reader that may stop early (`checkclaims ... | head`): a broken
    pipe ends the run with EXIT_BROKEN_PIPE and no traceback. Standard output then points at
    the null device, so the flush when Python exits does not fail again (the recipe of the
    Python documentation on SIGPIPE)."""
    try:
        yield
        sys.stdout.flush()
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        import typer  # here only: `check`'s quick path never loads it (checker.cli.check)

        raise typer.Exit(EXIT_BROKEN_PIPE) from None


def print_claims(claims: Iterable[Claim], fmt: str, raw_csv: bool) -> None:
    """Claims on stdout as they are found: typed JSON lines, or claims.csv rows."""
    if fmt == "jsonl":
        import json

        from checker.reports.json_report import claim_record

        for claim in claims:
            sys.stdout.write(json.dumps(claim_record(claim), ensure_ascii=False) + "\n")
        return
    from checker.reports import columns
    from checker.reports.tables import claim_row, render_rows

    rows = (claim_row(c) for c in claims)
    sys.stdout.write(render_rows(columns.CLAIMS, rows, "csv", raw_csv))
