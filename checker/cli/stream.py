"""`checkclaims check` for the command line: the engine that checks the stories, and each
story written as it comes.

Part of the command-line adapter, kept apart from checker.cli.app so that the option parsing
stays short. `check_and_write` streams an archive a story at a time into the report set
(checker.reports.stream, checker.reports.pages: the tables, report.html, report.md and
texts/): it keeps the run's counts and, for the terminal table, the flagged findings of
each story (small: a group's claims, not its documents), never the stories themselves.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from checker.findings.severity import rank, shown
from checker.reports.stream import Checked, Render, RunSummary, story_rows, write_reports_stream

if TYPE_CHECKING:
    from checker.config import Config
    from checker.model import Finding
    from checker.reports.json_report import Run


@dataclass(frozen=True)
class Engine:
    """Where the stories are checked: `name` local or dask, at the Dask `scheduler`, with
    the store in `cache` (None: no store)."""

    name: str = "local"
    scheduler: str | None = None
    cache: Path | None = None


@dataclass(frozen=True)
class Output:
    """What is written: the report folder, the tables' format (csv, json), raw CSV cells,
    the lowest severity shown, whether the terminal table wants the flagged findings, and
    the run the JSON reports name."""

    directory: Path
    fmt: str
    raw: bool
    min_severity: str
    table: bool
    run: Run


@dataclass
class Outcome:
    """What a run leaves for the terminal and the exit status: its counts, the rank of its
    most severe discrepancy shown (checker.findings.severity.rank; 0: none) and, when the table is
    shown, each story's flagged findings with its summary line."""

    summary: RunSummary | None = None
    worst: int = 0
    flagged: list[tuple[tuple[Finding, ...], str]] = field(default_factory=list)


def check_and_write(
    paths: Sequence[str], engine: Engine, config: Config, options: dict[str, Any], output: Output
) -> Outcome:
    """Check the stories at `paths` with `engine` under `config` (`options`: checker.check's
    reading options: published, stdin, jobs, follow_links, progress) and write their
    reports as each comes. Raises CheckclaimsError for unusable paths or report folders.

    Patterns are compiled through the file kept in the store's folder from here on
    (checker.pattern_cache; the workers' check_plans does it too): the modules the pages
    load first (checker.reports.view, the extraction modules it reads) compile some 20."""
    from checker.pattern_cache import kept_patterns

    with kept_patterns(engine.cache if engine.name != "dask" else None):
        return _check_and_write(paths, engine, config, options, output)


def _check_and_write(
    paths: Sequence[str], engine: Engine, config: Config, options: dict[str, Any], output: Output
) -> Outcome:
    # a story's result is wanted for the table, or to leave discrepancies out; else its rows
    # (from a worker or the store) hold the severities and the pages' views of its groups
    wanted = output.table or rank(output.min_severity) > 1
    render = Render(output.fmt, output.raw, flagged_results=wanted)
    outcome = Outcome()

    def keep(checked: Checked) -> None:
        result, rows = checked.result, checked.rows
        if result is None:
            severities = rows.severities if rows is not None else ()
            outcome.worst = max(outcome.worst, 0, *(rank(s) for s in severities))
            return
        flagged = tuple(f for f in result.findings if _flags(f))
        if not flagged:
            return
        outcome.worst = max(outcome.worst, *(rank(f.severity) for f in flagged))
        if output.table:
            from checker.reports.summary import story_summary

            outcome.flagged.append((flagged, story_summary(result)))

    if engine.cache is not None:
        from checker.reports.html_report import keep_compiled_templates

        keep_compiled_templates(Path(engine.cache) / "templates")
    stories = _stories(paths, engine, config, options, render)
    shown_only = (_at_least(c, output.min_severity, render) for c in stories)
    from checker.store.reading import closing_in_background

    last = last_reports(engine.cache)
    with closing_in_background():
        outcome.summary = write_reports_stream(
            shown_only, output.directory, output.fmt, output.raw, keep, output.run, last
        )
    note_reports(engine.cache, output.directory, last)
    return outcome


# in the store's folder: the report folder of the last run that used the store (a hint)
LAST_REPORTS = "last-reports"


def last_reports(cache: Path | None) -> Path | None:
    """The report folder the last run with the store in `cache` wrote (None: none known).
    A run into a new report folder links the texts that folder holds with the same contents
    (checker.reports.stream: every text is compared before it is linked), so that the
    texts of a re-run into a new folder are not all written and fsync'd again (1,004: the
    larger part of such a re-run's time). The two report folders then share those files,
    as the sets of one report folder do."""
    if cache is None:
        return None
    try:
        text = (Path(cache) / LAST_REPORTS).read_text(encoding="utf-8", errors="surrogateescape")
    except (OSError, ValueError):
        return None
    path = Path(text)
    return path if path.is_absolute() and "\0" not in text else None


def note_reports(cache: Path | None, directory: Path, last: Path | None) -> None:
    """Remember `directory` as the store's last report folder (never fails a run)."""
    if cache is None:
        return
    with contextlib.suppress(OSError, ValueError):
        path = str(Path(directory).resolve())
        if last is not None and str(last) == path:
            return
        temporary = Path(cache) / f".{LAST_REPORTS}.{os.getpid()}"
        temporary.write_text(path, encoding="utf-8", errors="surrogateescape")
        os.replace(temporary, Path(cache) / LAST_REPORTS)


def _flags(finding: Finding) -> bool:
    return finding.verdict != "consistent"


def _at_least(checked: Checked, min_severity: str, render: Render) -> Checked:
    """The story without its discrepancies below `min_severity`, its rows made again when
    that leaves some out (a story with a discrepancy comes with its result)."""
    result = checked.result
    if result is None or all(shown(f, min_severity) for f in result.findings):
        return checked
    kept = tuple(f for f in result.findings if shown(f, min_severity))
    filtered = dataclasses.replace(result, findings=kept)
    return Checked(filtered, story_rows(filtered, render))


def _stories(
    paths: Sequence[str], engine: Engine, config: Config, options: dict[str, Any], render: Render
) -> Iterator[Checked]:
    """Each story's outcome, in order: from the workers (checker.workers) or Dask."""
    if engine.name != "dask":
        from checker.documents import plan_stories
        from checker.workers import RunOptions, check_plans, reported

        plans = plan_stories(paths, options.get("follow_links", False))
        # one story per plan: the run holds several when it plans several (the pages' rows
        # of each story's documents are then rendered with its rows, in the workers)
        render = dataclasses.replace(render, several=len(plans) > 1)
        cache = None if engine.cache is None else str(engine.cache)
        run = RunOptions(options.get("published"), cache, config)
        outcomes = check_plans(plans, run, options.get("jobs", 0), options.get("stdin"), render)
        return reported(plans, outcomes, options.get("progress"))
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
    return _told(results, options.get("progress"))


def _told(results: Iterator[Any], progress: Any) -> Iterator[Checked]:
    """The Dask engine's results as outcomes, telling `progress` as each comes back (the
    total is not known before the stories are read)."""
    done = claims = 0
    for result in results:
        done, claims = done + len(result.story.documents), claims + len(result.claims)
        if progress is not None:
            progress(done, done, claims)
        yield Checked(result=result)
