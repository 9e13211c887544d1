"""`checkclaims review`: a draft's figures checked against its sources, for the command
line. Kept apart from checker.cli.app, whose app, options and exits it uses; importing
checker.cli.app registers it."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from checker.cli.app import (
    EXIT_FINDINGS,
    EXIT_OK,
    ConfigOpt,
    FollowLinksOpt,
    Format,
    RawCsvOpt,
    app,
    fail,
    parse_date,
)
from checker.cli.output import output_for_reader, stdout_console
from checker.errors import CheckclaimsError


@app.command(
    help="Check every figure and date of a draft against its sources: supported, "
    "contradicted, outdated, qualifier dropped or changed, misattributed or unsourced. "
    "Writes review.csv.\n\n\b\nDRAFT  the draft to check: one .txt, .md or .html file"
)
def review(
    draft: Annotated[str, typer.Argument(metavar="DRAFT", hidden=True)],
    sources: Annotated[
        list[str],
        typer.Option(
            "--sources",
            metavar="PATH",
            help="Files or folders of the draft's sources (repeatable).",
        ),
    ],
    report_dir: Annotated[
        Path, typer.Option("--report-dir", metavar="DIR", help="Folder for review.csv.")
    ] = Path("reports"),
    fail_on: Annotated[
        str,
        typer.Option(
            "--fail-on",
            metavar="VERDICTS",
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
            metavar="DATE",
            help="The draft's publication date (YYYY-MM-DD); else found in its text, else today.",
        ),
    ] = None,
    raw_csv: RawCsvOpt = False,
    follow_links: FollowLinksOpt = False,
    config_path: ConfigOpt = None,
) -> None:
    from checker.config import load_config
    from checker.review.draft import TODAY, parse_verdicts, review_draft
    from checker.review.report import review_text, write_review

    try:
        failing = parse_verdicts(fail_on)
        result = review_draft(
            draft,
            sources,
            published=parse_date(published),
            follow_links=follow_links,
            config=load_config(config_path),
        )
        write_review(result, report_dir, raw_csv)
    except CheckclaimsError as error:
        raise fail(error) from None
    with output_for_reader():
        if not quiet and fmt is Format.table:
            from checker.reports.render_review import render_review

            render_review(result, stdout_console())
        elif not quiet:
            typer.echo(review_text(result, fmt.value, raw_csv), nl=False)
            if result.draft.published_source == TODAY:
                typer.echo(f"Note: {result.dated}", err=True)
    raise typer.Exit(EXIT_FINDINGS if result.failing(failing) else EXIT_OK)
