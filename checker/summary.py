"""Words every view of a report shares (the terminal table, report.html, report.md): the
summary line and the marks a, b, ... of the conflicting pairs. No rich here: the HTML and
Markdown reports are written without loading it."""

from __future__ import annotations

from checker.model import Finding, Report, StoryResult


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
    inputs = report.inputs
    checked = sum(1 for i in inputs if i.status == "checked")
    skipped = len(inputs) - checked
    groups = sum(len(s.groups) for s in report.stories)
    flagged = len(report.discrepancies)
    stories = f"{len(report.stories)} stories, " if len(report.stories) > 1 else ""
    skipped_text = f" ({skipped} skipped)" if skipped else ""
    return (
        f"{stories}{checked} documents{skipped_text}, {len(report.claims)} claims, "
        f"{groups} groups, {flagged} discrepancies"
    )
