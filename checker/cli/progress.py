"""A progress bar on stderr for long runs: the command line's adapter for the `progress`
callback of checker.check and checker.find_claims (the core never imports rich).

The bar shows documents read, claims found, elapsed time and documents a second. It appears
only for runs of MIN_DOCUMENTS or more (a small run is over before a bar could help) and
only when the command line asks for it (stderr a terminal, not --quiet). It is redrawn at
most every REDRAW seconds from the calling thread: no refresh thread runs while extraction
forks its workers.
"""

from __future__ import annotations

import time
from types import TracebackType

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)
from rich.text import Text

MIN_DOCUMENTS = 30
REDRAW = 0.1  # seconds between redraws


class RateColumn(ProgressColumn):
    """Documents read per second so far."""

    def render(self, task: Task) -> Text:
        elapsed = task.elapsed or 0.0
        rate = task.completed / elapsed if elapsed > 0 else 0.0
        return Text(f"{rate:.1f} docs/s", style="progress.data.speed")


class ProgressBar:
    """Call it as checker.check's `progress`; use it in a `with` so the bar is always removed."""

    def __init__(self, console: Console | None = None, min_documents: int = MIN_DOCUMENTS):
        self.console = console or Console(stderr=True)
        self.min_documents = min_documents
        self._bar: Progress | None = None
        self._task: TaskID | None = None
        self._drawn = 0.0

    def __call__(self, done: int, total: int, claims: int) -> None:
        if total < self.min_documents:
            return
        if self._bar is None:
            self._start(total)
        assert self._bar is not None and self._task is not None
        self._bar.update(self._task, completed=done, claims=claims)
        now = time.monotonic()
        if done == total or now - self._drawn >= REDRAW:
            self._bar.refresh()
            self._drawn = now

    def _start(self, total: int) -> None:
        self._bar = Progress(
            TextColumn("checking"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("documents, {task.fields[claims]} claims"),
            TimeElapsedColumn(),
            RateColumn(),
            console=self.console,
            auto_refresh=False,
            transient=True,
        )
        self._bar.start()
        self._task = self._bar.add_task("checking", total=total, claims=0)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None

    def __enter__(self) -> ProgressBar:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()
