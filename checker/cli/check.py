"""`checkclaims check`'s work, apart from its options (checker.cli.app), and the command's
quick path: a line of `check` options read without typer.

typer, and the click it is built on, took 60-75 ms of a 0.6-0.7 s re-run (importing them,
their patterns, building the command from the options' declarations and parsing the line).
`quick_options` reads a command line made only of paths and `check` options written as
checker.cli.app declares them (`--jobs 2`, not `--jobs=2` or `-j2`), every value one typer
takes as it is; for any other line (help, another command, an option it does not know, a
value typer would have to judge, shell completion) it gives None and the command goes
through typer as before. tests/test_cli_quick.py holds the two readings equal, option by
option. Whatever the quick path raises goes through typer's own handling of exceptions
(`as_typer_would`), so exits, messages and exit statuses are the same either way.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from checker.errors import CheckclaimsError, InputError, UsageError

if TYPE_CHECKING:
    from checker.model import InputStatus
    from checker.pipeline import Progress

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3
COMMANDS = ("check", "extract", "review", "why")
# options of `checkclaims` itself; anything else first on the line is read as `check`
ROOT_OPTIONS = ("--help", "-h", "--version", "--install-completion", "--show-completion")


def run_check(
    paths: list[str],
    report_dir: Path = Path("reports"),
    fmt: str = "table",
    quiet: bool = False,
    published: str | None = None,
    jobs: int = 0,
    raw_csv: bool = False,
    follow_links: bool = False,
    min_severity: str | None = None,
    fail_on: str | None = None,
    config_path: Path | None = None,
    cache: Path | None = None,
    no_cache: bool = False,
    engine: str = "local",
    scheduler: str | None = None,
) -> int:
    """`checkclaims check` with its options read (checker.cli.app.check): the exit status.
    Raises typer.Exit for a usage or input error (after its message) and a broken pipe.
    The modules it loads compile their patterns through the store's pattern file (about
    20 patterns; checker.pattern_cache), as check_and_write does from its start."""
    from checker.pattern_cache import kept_patterns

    folder = cache_folder(cache, no_cache) if engine != "dask" else None
    with kept_patterns(folder):
        from checker.cli.output import output_for_reader, progress_bar, show_outcome
        from checker.cli.stream import Engine, Output, check_and_write
        from checker.config import load_config
        from checker.findings.severity import parse_level, rank
        from checker.reports.json_report import Run

        run = Run(command=("checkclaims", *sys.argv[1:]), inputs=tuple(paths))
        table = fmt == "table" and not quiet
        with output_for_reader():
            try:
                config = load_config(config_path)
                shown = parse_level(min_severity or config.min_severity, "--min-severity")
                failing = parse_level(fail_on or config.fail_on)
                where = Engine(engine, scheduler, cache_folder(cache, no_cache))
                tables = "json" if fmt == "json" else "csv"
                output = Output(report_dir, tables, raw_csv, shown, table, run)
                with progress_bar(quiet) as progress:
                    options = reading_options(published, jobs, follow_links, progress)
                    outcome = check_and_write(paths, where, config, options, output)
            except CheckclaimsError as error:
                raise fail(error) from None
            assert outcome.summary is not None
            if not any(item.status == "checked" for item in outcome.summary.inputs):
                raise nothing_checked(outcome.summary.inputs, report_dir)
            if not quiet:
                show_outcome(outcome, fmt, report_dir)
        return EXIT_FINDINGS if outcome.worst >= rank(failing) else EXIT_OK


def fail(error: CheckclaimsError) -> Any:
    """The message of a usage or input error on stderr; the typer.Exit (status 2) to raise.
    typer is loaded here, on the way out, when the quick path had not loaded it."""
    import typer

    from checker.reports.terminal import for_terminal

    hint = f"; {error.hint}" if error.hint else ""
    typer.echo(for_terminal(f"Error: {error.message}{hint}"), err=True)
    return typer.Exit(EXIT_USAGE)


def nothing_checked(inputs: Sequence[InputStatus], report_dir: Path | None) -> Any:
    """Every input was skipped or unreadable: one line, exit 2."""
    where = f" (reasons in {report_dir / 'documents.csv'})" if report_dir else ""
    return fail(
        InputError(
            f"nothing was checked: all {len(inputs)} inputs were skipped or unreadable{where}",
            "give files of articles in English (.txt, .md, .html, .json, .jsonl)",
        )
    )


def reading_options(
    published: str | None, jobs: int, follow_links: bool, progress: Progress | None
) -> dict[str, Any]:
    """The options checker.check and checker.find_claims share, from the command line's."""
    return {
        "published": parse_date(published),
        "stdin": sys.stdin,
        "jobs": jobs,
        "follow_links": follow_links,
        "progress": progress,
    }


def parse_date(text: str | None) -> dt.date | None:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"--published {text!r} is not a date", "write it as YYYY-MM-DD") from None


def cache_folder(cache: Path | None, no_cache: bool) -> Path | None:
    from checker.store.cache_dir import default_cache_dir

    if no_cache:
        return None
    return cache if cache is not None else default_cache_dir()


def internal_error(error: Exception) -> NoReturn:
    """A bug: one line naming the file that holds the traceback, exit 3 (checker.cli.app.main)."""
    import typer

    path = save_traceback(error)
    typer.echo(
        f"Error: internal error ({type(error).__name__}); the traceback is in {path}; "
        "please report it with that file",
        err=True,
    )
    sys.exit(EXIT_INTERNAL)


def save_traceback(error: BaseException) -> str:
    """Write the error's traceback to a new file in the temporary folder; its path."""
    import tempfile
    import traceback

    handle, path = tempfile.mkstemp(prefix="checkclaims-error-", suffix=".txt")
    with open(handle, "w", encoding="utf-8", errors="backslashreplace") as out:
        out.write("".join(traceback.format_exception(error)))
    return path


# --- the quick path ---------------------------------------------------------------------

FLAGS = {
    "--quiet": "quiet",
    "-q": "quiet",
    "--raw-csv": "raw_csv",
    "--follow-links": "follow_links",
    "--no-cache": "no_cache",
}


def _choice(*allowed: str) -> Callable[[str], str | None]:
    return lambda value: value if value in allowed else None


def _count(value: str) -> int | None:
    """A --jobs value typer reads as this number (digits only; others go through typer)."""
    return int(value) if value.isascii() and value.isdigit() else None


# option -> (parameter of run_check, the value as typer gives it, or None: ask typer)
VALUES: dict[str, tuple[str, Callable[[str], Any]]] = {
    "--report-dir": ("report_dir", Path),
    "--format": ("fmt", _choice("table", "csv", "json", "html")),
    "--published": ("published", str),
    "--jobs": ("jobs", _count),
    "-j": ("jobs", _count),
    "--min-severity": ("min_severity", str),
    "--fail-on": ("fail_on", str),
    "--config": ("config_path", Path),
    "--cache": ("cache", Path),
    "--engine": ("engine", _choice("local", "dask")),
    "--scheduler": ("scheduler", str),
}


def quick_options(args: Sequence[str]) -> dict[str, Any] | None:
    """run_check's arguments for the command line `args` (without the program), when it is
    a `check` line the quick path reads as typer does; else None."""
    if "_CHECKCLAIMS_COMPLETE" in os.environ or not args:  # typer's shell completion
        return None
    if args[0] == "check":
        args = args[1:]
    elif args[0] in COMMANDS or args[0] in ROOT_OPTIONS:
        return None
    options: dict[str, Any] = {"paths": []}
    at = 0
    while at < len(args):
        token = args[at]
        if token in FLAGS:
            options[FLAGS[token]] = True
        elif token in VALUES and at + 1 < len(args) and _plain(args[at + 1]):
            name, convert = VALUES[token]
            value = convert(args[at + 1])
            if value is None:
                return None
            options[name] = value
            at += 1
        elif _plain(token):
            options["paths"].append(token)
        else:
            return None
        at += 1
    return options if options["paths"] else None


def _plain(token: str) -> bool:
    """A value or path click takes as it is: not empty, not like an option."""
    return bool(token) and not token.startswith("-")


def quick_main(options: dict[str, Any]) -> NoReturn:
    """run_check with `options`, ending as checker.cli.app.main ends the same command line."""
    try:
        try:
            code = run_check(**options)
        except Exception as error:  # noqa: BLE001 - handed to typer, as the slow path does
            as_typer_would(error)
        except KeyboardInterrupt as error:
            as_typer_would(error)
    except Exception as error:  # noqa: BLE001 - the last guard, as in checker.cli.app.main
        internal_error(error)
    sys.exit(code)


def as_typer_would(error: BaseException) -> NoReturn:
    """End as typer's command ends when its function raises `error`: the status of an
    Exit, "Aborted!" for an end of input, and so on, as the version installed does; an
    error it does not handle is raised again."""
    import typer

    app = typer.Typer(add_completion=False)

    @app.command()
    def command() -> None:
        raise error

    app(args=[], prog_name="checkclaims")
    raise AssertionError("typer returned")  # pragma: no cover - standalone mode exits
