"""`checkclaims why`: how the check read two figures of a story, and why it flagged them or
not (checker.findings.why). Kept apart from checker.cli.app, whose app, options and exits
it uses; importing checker.cli.app registers it."""

from __future__ import annotations

from typing import Annotated

import typer

from checker.cli.app import EXIT_OK, ConfigOpt, FollowLinksOpt, app, fail, parse_date
from checker.cli.output import output_for_reader
from checker.errors import CheckclaimsError, UsageError


@app.command(
    help="Tell how two figures of one story were read, aligned and compared, and why they "
    "were flagged or not; without them, list the groups whose documents' figures differ but "
    "were not flagged, each with its widest pair and why.\n\n\b\nSTORY   one story: a folder "
    "of articles\nFIRST, SECOND  claim ids as in claims.csv (file.txt:120-131) or a file and an "
    "offset inside the figure (file.txt:125)"
)
def why(
    story: Annotated[str, typer.Argument(metavar="STORY", hidden=True)],
    first: Annotated[str | None, typer.Argument(metavar="FIRST", hidden=True)] = None,
    second: Annotated[str | None, typer.Argument(metavar="SECOND", hidden=True)] = None,
    published: Annotated[
        str | None,
        typer.Option("--published", metavar="DATE", help="Publication date of undated documents."),
    ] = None,
    follow_links: FollowLinksOpt = False,
    config_path: ConfigOpt = None,
) -> None:
    from checker.config import load_config
    from checker.documents import read_stories
    from checker.findings.why import find_claim, unflagged_lines, why_pair
    from checker.pipeline import check_story
    from checker.reports.terminal import for_terminal

    try:
        stories = read_stories([story], parse_date(published), follow_links=follow_links)
        if len(stories) != 1:
            raise UsageError(f"{story}: give one story folder ({len(stories)} stories found)")
        if (first is None) != (second is None):
            raise UsageError("give two figures (FIRST and SECOND), or none to list them all")
        result = check_story(stories[0], config=load_config(config_path))
        if first is None or second is None:
            lines = unflagged_lines(result)
        else:
            claims = [find_claim(result.claims, wanted) for wanted in (first, second)]
            for wanted, claim in zip((first, second), claims, strict=True):
                if claim is None:
                    raise UsageError(f"{wanted}: no figure there (give file:offset or a claim id)")
            lines = why_pair(result, claims[0], claims[1])  # type: ignore[arg-type]
    except CheckclaimsError as error:
        raise fail(error) from None
    with output_for_reader():
        for line in lines:
            typer.echo(for_terminal(line))
    raise typer.Exit(EXIT_OK)
