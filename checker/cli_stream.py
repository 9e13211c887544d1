"""`checkclaims check` for the command line: the engine that checks the stories, and each
story checked, written and shown in turn.

Part of the command-line adapter (it prints), kept apart from checker.cli so that the
option parsing stays short. `checked_report` gives the whole Report (what `checkclaims
check` writes and shows, with report.html, report.md, texts/ and the typed JSON). The
library streams an archive a story at a time (checker.check_iter, checker.report_stream);
the command line does not yet, as report.html and report.md are written for the whole run.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from checker.model import Report

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
