"""Words every view of a report shares (the terminal table, report.html, report.md): the
summary line and the marks a, b, ... of the conflicting pairs. No rich here: the HTML and
Markdown reports are written without loading it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from checker.model import Finding, Report, StoryResult

if TYPE_CHECKING:
    from checker.reports.stream import RunSummary


def pair_label(number: int) -> str:
    """a, b, ..., z, aa, ab ...: short marks for the conflicting pairs of one table."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    return (
        letters[number]
        if number < len(letters)
        else pair_label(number // 26 - 1) + letters[number % 26]
    )


def pair_marks(finding: Finding) -> dict[str, tuple[str, ...]]:
    """claim id -> the marks of the conflicting pairs it is in."""
    marks: dict[str, list[str]] = {}
    for number, pair in enumerate(finding.pairs):
        for claim_id in (pair.first, pair.second):
            marks.setdefault(claim_id, []).append(pair_label(number))
    return {k: tuple(v) for k, v in marks.items()}


def story_summary(result: StoryResult) -> str:
    flagged = sum(1 for f in result.findings if f.verdict != "consistent")
    return (
        f"story {result.story.name or '(files)'}: {len(result.story.documents)} documents, "
        f"{len(result.claims)} claims, {len(result.groups)} groups, {flagged} discrepancies"
    )


def summary_line(report: Report) -> str:
    """The run's last line (summary_text) for a whole report."""
    from checker.reports.stream import summarise

    return summary_text(summarise(report))


def summary_text(summary: RunSummary) -> str:
    """The run's last line: stories, documents checked and skipped, claims, groups, flags."""
    checked = sum(1 for i in summary.inputs if i.status == "checked")
    skipped = len(summary.inputs) - checked
    stories = f"{summary.stories} stories, " if summary.stories > 1 else ""
    skipped_text = f" ({skipped} skipped)" if skipped else ""
    return (
        f"{stories}{checked} documents{skipped_text}, {summary.claims} claims, "
        f"{summary.groups} groups, {summary.discrepancies} discrepancies"
    )
