"""The terminal view for people: one block per flagged group, then a summary per story.

Every string from the user's files (names, quotes, sources, explanations) reaches rich as a
Text, never as markup ("quake [draft].txt" prints as written), with control characters
escaped (checker.reports.terminal).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from rich.console import Console
from rich.table import Table
from rich.text import Text

from checker.extract.timex_common import readable_time
from checker.findings.explain import figure_reading
from checker.model import Finding, Report, StoryResult
from checker.reports.summary import (
    pair_label,
    pair_marks,
    story_summary,
    summary_line,
    summary_text,
)
from checker.reports.terminal import for_terminal

if TYPE_CHECKING:
    from checker.reports.stream import RunSummary

_SEVERITY_STYLE = {"high": "bold red", "medium": "yellow", "low": "cyan"}


def render_report(report: Report, console: Console) -> None:
    many = len(report.stories) > 1
    for result in report.stories:
        render_story(result, console, many)
    console.print(plain(summary_line(report)))


def render_story(result: StoryResult, console: Console, many: bool) -> None:
    """A story's flagged groups, and its summary when the run checks several stories."""
    flagged = [f for f in result.findings if f.verdict != "consistent"]
    render_flagged(flagged, story_summary(result), console, many)


def render_flagged(
    flagged: Sequence[Finding], story_line: str, console: Console, many: bool
) -> None:
    """A story's flagged findings, and its summary line when the run checks several
    stories and it has any."""
    if many and not flagged:
        return
    for finding in flagged:
        console.print(finding_table(finding))
    if many:
        console.print(plain(story_line))


def summary_table_line(summary: RunSummary) -> Text:
    """The run's last line (checker.reports.summary.summary_text), for rich."""
    return plain(summary_text(summary))


def plain(text: str, style: str = "") -> Text:
    """User text for rich: no markup, no control characters."""
    return Text(for_terminal(text), style=style)


def finding_table(finding: Finding) -> Table:
    group = finding.group
    style = _SEVERITY_STYLE.get(finding.severity, "")
    title = Text.assemble(
        plain(f"{group.group_id}  ", "bold"),
        plain(group.describe(), "bold"),
        ("  ", ""),
        plain(f"{finding.verdict} ({finding.severity})", style),
    )
    table = Table(title=title, title_justify="left", show_lines=True, expand=True)
    table.add_column("pair", no_wrap=True, max_width=6)
    table.add_column("document [start:end]", overflow="fold", ratio=2)
    table.add_column("quote", overflow="fold", ratio=3)
    table.add_column("figure", overflow="fold", ratio=2)
    table.add_column("source", overflow="fold", ratio=2)
    table.add_column("as of", no_wrap=True, min_width=10)
    marks = pair_marks(finding)
    for claim in group.claims:
        table.add_row(
            ",".join(marks.get(claim.claim_id, ())),
            plain(f"{claim.document} [{claim.start}:{claim.end}]"),
            plain(" ".join(claim.quote.split())),
            plain(figure_reading(claim)),
            plain(claim.attribution or "-"),
            plain(readable_time(claim.as_of) or "-"),
        )
    lines = [
        f"{pair_label(number)}: {pair.explanation}" for number, pair in enumerate(finding.pairs)
    ]
    if finding.more_pairs:
        lines.append(f"... and {finding.more_pairs} more conflicting pairs, not listed")
    table.caption = plain("\n".join(lines) or finding.explanation)
    table.caption_justify = "left"
    return table
