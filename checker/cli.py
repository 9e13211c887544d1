"""Command line: a thin adapter that parses options, calls the library and renders.

Exit status: 0 no discrepancy, 1 discrepancies found, 2 usage or input error (or nothing
could be checked), 3 internal error (one line naming the file that holds the traceback).
`checkclaims PATHS...` is short for `checkclaims check PATHS...`. Everything printed from
the user's files goes through checker.terminal (no control characters).
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Sequence
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from checker.errors import CheckclaimsError, InputError, UsageError

if TYPE_CHECKING:
    from checker.model import InputStatus

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3
COMMANDS = ("check", "extract", "review")

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    help=(
        "Find the numeric claims in a folder of articles about one story, align the claims "
        "that measure the same thing across sources and flag those that cannot all be true.\n\n"
        "`checkclaims PATHS...` is short for `checkclaims check PATHS...`. "
        "Exit status: 0 no discrepancy, 1 discrepancies found, 2 usage or input error or "
        "nothing checked, 3 internal error."
    ),
)


class Format(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


class ExtractFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"


PathsArg = Annotated[
    list[str], typer.Argument(help="Files or folders to check; '-' reads standard input.")
]
PublishedOpt = Annotated[
    str | None,
    typer.Option(
        "--published", help="Publication date (YYYY-MM-DD) for all documents; wins over metadata."
    ),
]


def fail(error: CheckclaimsError) -> typer.Exit:
    from checker.terminal import for_terminal

    hint = f"; {error.hint}" if error.hint else ""
    typer.echo(for_terminal(f"Error: {error.message}{hint}"), err=True)
    return typer.Exit(EXIT_USAGE)


def nothing_checked(inputs: Sequence[InputStatus], report_dir: Path | None) -> typer.Exit:
    """Every input was skipped or unreadable: one line, exit 2."""
    where = f" (reasons in {report_dir / 'documents.csv'})" if report_dir else ""
    return fail(
        InputError(
            f"nothing was checked: all {len(inputs)} inputs were skipped or unreadable{where}",
            "give files of articles in English (.txt, .md, .html, .json, .jsonl)",
        )
    )


def parse_date(text: str | None) -> dt.date | None:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"--published {text!r} is not a date", "write it as YYYY-MM-DD") from None


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
        help="Processes that check stories and extract claims in parallel (0, the default: one "
        "per CPU, and one process for inputs under 40 documents); the output is the same.",
    ),
]
CacheOpt = Annotated[
    Path | None,
    typer.Option(
        "--cache",
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


def cache_folder(cache: Path | None, no_cache: bool) -> Path | None:
    from checker.store import default_cache_dir

    if no_cache:
        return None
    return cache if cache is not None else default_cache_dir()


@app.command()
def check(
    paths: PathsArg,
    report_dir: Annotated[
        Path, typer.Option("--report-dir", help="Folder for the CSV/JSON reports.")
    ] = Path("reports"),
    fmt: Annotated[
        Format,
        typer.Option(
            "--format", help="table: a table for people; csv or json: the flagged rows on stdout."
        ),
    ] = Format.table,
    quiet: Annotated[
        bool,
        typer.Option(
            "--quiet", "-q", help="Print nothing; only write reports and set the exit status."
        ),
    ] = False,
    published: PublishedOpt = None,
    jobs: JobsOpt = 0,
    raw_csv: RawCsvOpt = False,
    follow_links: FollowLinksOpt = False,
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
        typer.Option("--scheduler", help="Address of a Dask scheduler (tcp://host:8786)."),
    ] = None,
) -> None:
    """Check documents: show discrepancies; write claims, discrepancies, documents reports.
    Stories are checked, shown and written one at a time."""
    from checker.cli_stream import Run, check_and_show

    try:
        run = Run(
            parse_date(published),
            sys.stdin,
            jobs,
            follow_links,
            cache_folder(cache, no_cache),
            engine.value,
            scheduler,
        )
        summary = check_and_show(paths, run, (report_dir, fmt.value, raw_csv, quiet))
    except CheckclaimsError as error:
        raise fail(error) from None
    if not any(item.status == "checked" for item in summary.inputs):
        raise nothing_checked(summary.inputs, report_dir)
    raise typer.Exit(EXIT_FINDINGS if summary.discrepancies else EXIT_OK)


@app.command()
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
    cache: CacheOpt = None,
    no_cache: NoCacheOpt = False,
) -> None:
    """Print every claim, with the fields of claims.csv, without aligning or reconciling."""
    import checker
    from checker.report import claim_row, render_rows

    try:
        claims = checker.find_claims(
            paths,
            published=parse_date(published),
            stdin=sys.stdin,
            jobs=jobs,
            follow_links=follow_links,
            cache=cache_folder(cache, no_cache),
        )
        if fmt is ExtractFormat.jsonl:
            import json

            for claim in claims:
                sys.stdout.write(json.dumps(claim_row(claim), ensure_ascii=False) + "\n")
        else:
            from checker import columns

            rows = (claim_row(c) for c in claims)
            sys.stdout.write(render_rows(columns.CLAIMS, rows, "csv", raw_csv))
    except CheckclaimsError as error:
        raise fail(error) from None


def main() -> None:
    """Console entry point: `checkclaims PATHS` runs `check`.

    A bug must not end in a traceback on the user's terminal: it exits 3 with one line
    naming the file where the traceback was saved. This wraps the whole application, not
    a command, so typer's own exits (SystemExit) pass through untouched.
    """
    args = sys.argv[1:]
    if args and args[0] not in COMMANDS and not args[0].startswith("-"):
        args = ["check", *args]
    try:
        app(args=args, prog_name="checkclaims")
    except Exception as error:  # noqa: BLE001 - the last guard, see the docstring
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


@app.command()
def review(
    draft: Annotated[str, typer.Argument(help="The draft to check: one .txt, .md or .html file.")],
    sources: Annotated[
        list[str],
        typer.Option("--sources", help="Files or folders of the draft's sources (repeatable)."),
    ],
    report_dir: Annotated[Path, typer.Option("--report-dir", help="Folder for review.csv.")] = Path(
        "reports"
    ),
    fail_on: Annotated[
        str,
        typer.Option(
            "--fail-on",
            help="Verdicts that make the exit status 1, comma-separated: contradicted, "
            "outdated, qualifier, misattributed, unsourced; or none.",
        ),
    ] = "contradicted",
    fmt: Annotated[
        Format,
        typer.Option("--format", help="table: a table for people; csv or json: rows on stdout."),
    ] = Format.table,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="Print nothing; write review.csv, set the status.")
    ] = False,
    published: Annotated[
        str | None,
        typer.Option(
            "--published",
            help="The draft's publication date (YYYY-MM-DD); else found in its text, else today.",
        ),
    ] = None,
    raw_csv: RawCsvOpt = False,
    follow_links: FollowLinksOpt = False,
) -> None:
    """Check every figure and date of a draft against its sources: supported, contradicted,
    outdated, qualifier dropped or changed, misattributed or unsourced. Writes review.csv."""
    from checker.review import TODAY, parse_verdicts, review_draft
    from checker.review_report import review_text, write_review

    try:
        failing = parse_verdicts(fail_on)
        result = review_draft(
            draft, sources, published=parse_date(published), follow_links=follow_links
        )
        write_review(result, report_dir, raw_csv)
    except CheckclaimsError as error:
        raise fail(error) from None
    if not quiet and fmt is Format.table:
        from rich.console import Console

        from checker.render_review import render_review

        render_review(result, Console())
    elif not quiet:
        typer.echo(review_text(result, fmt.value, raw_csv), nl=False)
        if result.draft.published_source == TODAY:
            typer.echo(f"Note: {result.dated}", err=True)
    raise typer.Exit(EXIT_FINDINGS if result.failing(failing) else EXIT_OK)
