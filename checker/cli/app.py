"""Command line: a thin adapter that parses options, calls the library and renders.

Exit status: 0 no discrepancy, 1 discrepancies found, 2 usage or input error (or nothing
could be checked), 3 internal error (one line naming the file that holds the traceback).
`checkclaims PATHS...` is short for `checkclaims check PATHS...`, options before or after
the paths. A reader that closes standard output early (`| head`) ends the run quietly with
EXIT_BROKEN_PIPE. Everything printed from the user's files goes through checker.reports.terminal
(no control characters).
"""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from checker.cli.check import (  # the command's work, and what the other commands share
    COMMANDS,
    EXIT_FINDINGS,
    EXIT_INTERNAL,
    EXIT_OK,
    EXIT_USAGE,
    ROOT_OPTIONS,
    cache_folder,
    fail,
    internal_error,
    nothing_checked,
    parse_date,
    reading_options,
    run_check,
    save_traceback,
)
from checker.cli.output import output_for_reader, print_claims, progress_bar
from checker.errors import CheckclaimsError

__all__ = [
    "COMMANDS",
    "EXIT_FINDINGS",
    "EXIT_INTERNAL",
    "EXIT_OK",
    "EXIT_USAGE",
    "ROOT_OPTIONS",
    "app",
    "fail",
    "main",
    "nothing_checked",
    "parse_date",
    "reading_options",
    "save_traceback",
]

app = typer.Typer(
    no_args_is_help=True,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["--help", "-h"]},
    help=(
        "Find the numeric claims in a folder of articles about one story, align the claims "
        "that measure the same thing across sources and flag those that cannot all be true.\n\n"
        "`checkclaims PATH...` is short for `checkclaims check PATH...`. "
        "Exit status: 0 no discrepancy, 1 discrepancies found, 2 usage or input error or "
        "nothing checked, 3 internal error, 141 standard output closed early (`| head`)."
    ),
)


def show_version(value: bool) -> None:
    if value:
        from checker import __version__

        typer.echo(f"checkclaims {__version__}")
        raise typer.Exit(EXIT_OK)


@app.callback()
def root(
    _version: Annotated[
        bool,
        typer.Option(
            "--version", callback=show_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """Options of checkclaims itself (the commands have their own)."""


class Format(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


class CheckFormat(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"
    html = "html"


class ExtractFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"


# typer prints an argument's Python type beside it (<list[str]>): the paths are hidden from
# the generated list and described in each command's help instead (PATHS_HELP)
PathsArg = Annotated[list[str], typer.Argument(metavar="PATH", hidden=True)]
PATHS_HELP = "\b\nPATH...  files or folders to check; - reads standard input"
PublishedOpt = Annotated[
    str | None,
    typer.Option(
        "--published",
        metavar="DATE",
        help="Publication date (YYYY-MM-DD) for all documents; wins over metadata.",
    ),
]


RawCsvOpt = Annotated[
    bool,
    typer.Option(
        "--raw-csv",
        help="Write CSV cells as they are; by default a cell starting with = + - @ gets a "
        "leading ' so that a spreadsheet does not run it as a formula.",
    ),
]
FollowLinksOpt = Annotated[
    bool,
    typer.Option(
        "--follow-links",
        help="Read symbolic links that lead out of the folders given (by default skipped).",
    ),
]
JobsOpt = Annotated[
    int,
    typer.Option(
        "--jobs",
        "-j",
        min=0,
        metavar="N",
        help="Processes that check stories and extract claims in parallel (0, the default: one "
        "per CPU, and one process for inputs under 40 documents); the output is the same.",
    ),
]
CacheOpt = Annotated[
    Path | None,
    typer.Option(
        "--cache",
        metavar="DIR",
        help="Folder of the store of extracted claims, reused by later runs (default: "
        "$CHECKCLAIMS_CACHE_DIR, else $XDG_CACHE_HOME/checkclaims or ~/.cache/checkclaims).",
    ),
]
NoCacheOpt = Annotated[
    bool, typer.Option("--no-cache", help="Extract every document again; read and write no store.")
]


class Engine(str, Enum):
    local = "local"
    dask = "dask"


MinSeverityOpt = Annotated[
    str | None,
    typer.Option(
        "--min-severity",
        metavar="LEVEL",
        show_default=False,
        help="Leave out discrepancies below this severity (low, medium, high) from the output, "
        "the reports and the exit status.  [default: low, or the configuration's]",
    ),
]
FailOnOpt = Annotated[
    str | None,
    typer.Option(
        "--fail-on",
        metavar="LEVEL",
        show_default=False,
        help="The lowest severity of a discrepancy that makes the exit status 1: low, medium, "
        "high; or none.  [default: low, or the configuration's]",
    ),
]
ConfigOpt = Annotated[
    Path | None,
    typer.Option(
        "--config",
        metavar="PATH",
        help="Configuration file (TOML); by default checkclaims.toml, else [tool.checkclaims] "
        "in pyproject.toml, in the working folder.",
    ),
]
QuietOpt = Annotated[
    bool,
    typer.Option(
        "--quiet", "-q", help="Print nothing; only write reports and set the exit status."
    ),
]


@app.command(
    help="Check documents: show discrepancies; write claims, discrepancies, documents "
    f"reports.\n\n{PATHS_HELP}"
)
def check(
    paths: PathsArg,
    report_dir: Annotated[
        Path, typer.Option("--report-dir", metavar="DIR", help="Folder for the CSV/JSON reports.")
    ] = Path("reports"),
    fmt: Annotated[
        CheckFormat,
        typer.Option(
            "--format",
            help="table: a table for people; csv or json: the flagged rows on stdout; "
            "html: report.html on stdout.",
        ),
    ] = CheckFormat.table,
    quiet: QuietOpt = False,
    published: PublishedOpt = None,
    jobs: JobsOpt = 0,
    raw_csv: RawCsvOpt = False,
    follow_links: FollowLinksOpt = False,
    min_severity: MinSeverityOpt = None,
    fail_on: FailOnOpt = None,
    config_path: ConfigOpt = None,
    cache: CacheOpt = None,
    no_cache: NoCacheOpt = False,
    engine: Annotated[
        Engine,
        typer.Option(
            "--engine",
            help="local: processes on this machine; dask: a Dask cluster (pip install "
            "'checkclaims[dask]'), local unless --scheduler names one.",
        ),
    ] = Engine.local,
    scheduler: Annotated[
        str | None,
        typer.Option(
            "--scheduler", metavar="ADDRESS", help="Address of a Dask scheduler (tcp://host:8786)."
        ),
    ] = None,
) -> None:
    raise typer.Exit(
        run_check(
            paths,
            report_dir,
            fmt.value,
            quiet,
            published,
            jobs,
            raw_csv,
            follow_links,
            min_severity,
            fail_on,
            config_path,
            cache,
            no_cache,
            engine.value,
            scheduler,
        )
    )


@app.command(
    help="Print every claim, with the fields of claims.csv, without aligning or reconciling."
    f"\n\n{PATHS_HELP}"
)
def extract(
    paths: PathsArg,
    fmt: Annotated[
        ExtractFormat,
        typer.Option("--format", help="jsonl: one JSON object per claim; csv: claims.csv columns."),
    ] = ExtractFormat.jsonl,
    published: PublishedOpt = None,
    jobs: JobsOpt = 0,
    raw_csv: RawCsvOpt = False,
    follow_links: FollowLinksOpt = False,
    config_path: ConfigOpt = None,
    cache: CacheOpt = None,
    no_cache: NoCacheOpt = False,
) -> None:
    import checker
    from checker.config import load_config

    # the claims are printed as they come: no bar over them when stdout is the terminal too
    with output_for_reader(), progress_bar(quiet=sys.stdout.isatty()) as progress:
        try:
            options = reading_options(published, jobs, follow_links, progress)
            claims = checker.find_claims(
                paths,
                config=load_config(config_path),
                cache=cache_folder(cache, no_cache),
                **options,
            )
            print_claims(claims, fmt.value, raw_csv)
        except CheckclaimsError as error:
            raise fail(error) from None


def main() -> None:
    """Console entry point: `checkclaims PATHS` runs `check`.

    A bug must not end in a traceback on the user's terminal: it exits 3 with one line
    naming the file where the traceback was saved. This wraps the whole application, not
    a command, so typer's own exits (SystemExit) pass through untouched.
    """
    args = sys.argv[1:]
    if args and args[0] not in COMMANDS and args[0] not in ROOT_OPTIONS:
        args = ["check", *args]
    try:
        app(args=args, prog_name="checkclaims")
    except Exception as error:  # noqa: BLE001 - the last guard, see the docstring
        internal_error(error)


# the review command, registered after check and extract (the order help lists them in)
from checker.cli import review as _review  # noqa: E402,F401
from checker.cli import why as _why  # noqa: E402,F401
