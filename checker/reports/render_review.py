"""The terminal view of a review: one row per draft claim, in draft order, then a summary."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from checker.reports.render import plain
from checker.review.draft import ClaimReview, Review

VERDICT_STYLE = {
    "contradicted": "bold red",
    "outdated": "yellow",
    "misattributed": "magenta",
    "qualifier": "cyan",
    "supported": "green",
    "unsourced": "dim",
}


def render_review(review: Review, console: Console) -> None:
    console.print(review_table(review))
    console.print(plain(summary_line(review)))


def review_table(review: Review) -> Table:
    title = Text.assemble(
        ("review of ", ""), plain(review.draft.doc_id, "bold"), plain(f"  ({review.dated})", "dim")
    )
    table = Table(title=title, title_justify="left", show_lines=True, expand=True)
    table.add_column("line", justify="right", no_wrap=True)
    table.add_column("draft sentence (claim in bold)", overflow="fold", ratio=4)
    table.add_column("verdict", no_wrap=True)
    table.add_column("why, citing the sources", overflow="fold", ratio=5)
    for item in review.claims:
        table.add_row(
            str(item.line),
            highlighted_sentence(item),
            Text(item.verdict, style=VERDICT_STYLE.get(item.verdict, "")),
            plain(item.explanation),
        )
    return table


def highlighted_sentence(item: ClaimReview) -> Text:
    """The draft's sentence with the claim's quote in bold (the quote alone if not found)."""
    claim = item.claim
    sentence = claim.sentence or claim.quote
    start = claim.span_in_sentence[0]
    if not (start >= 0 and sentence[start : start + len(claim.quote)] == claim.quote):
        start = sentence.find(claim.quote)
    text = plain(" ".join(sentence.split()) if start < 0 else "")
    if start >= 0:
        end = start + len(claim.quote)
        text = Text.assemble(
            plain(sentence[:start]), plain(claim.quote, "bold"), plain(sentence[end:])
        )
    return text


def summary_line(review: Review) -> str:
    counts = ", ".join(f"{n} {verdict}" for verdict, n in review.counts().items()) or "no claims"
    dated = review.dated[0].upper() + review.dated[1:]
    return (
        f"{len(review.claims)} claims in {review.draft.doc_id} checked against "
        f"{len(review.sources)} source documents: {counts}. {dated}."
    )
