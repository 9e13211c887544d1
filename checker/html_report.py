"""The reports people read and share: report.html (self-contained: inline CSS and JS, no
network) and report.md (to paste into a ticket or a CMS), and the checked text of every
document (texts/...), which claim offsets point into.

Both reports are Jinja2 templates (checker/templates/) over one view (checker.report_view).
Every string from a user's file is escaped by the environment, never by the template: HTML
with autoescape, Markdown with a finalize that escapes Markdown's special characters. jinja2
is imported here only, when reports are written (never on `checkclaims --help`).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, Any

from checker.readers import without_surrogates
from checker.report_view import TEXTS, checked_texts, report_view

if TYPE_CHECKING:
    import jinja2

    from checker.model import Report

__all__ = ["HTML_REPORT", "MARKDOWN_REPORT", "TEXTS", "human_reports", "render_html"]

HTML_REPORT = "report.html"
MARKDOWN_REPORT = "report.md"


def human_reports(report: Report) -> dict[str, str]:
    """report.html, report.md and texts/... as name -> text, for the report set."""
    files = {HTML_REPORT: render_html(report), MARKDOWN_REPORT: render_markdown(report)}
    files.update((name, without_surrogates(text)) for name, text in checked_texts(report))
    return files


def render_html(report: Report) -> str:
    page = _environment("html").get_template("report.html.j2").render(view=report_view(report))
    return without_surrogates(page)


def render_markdown(report: Report) -> str:
    text = _environment("md").get_template("report.md.j2").render(view=report_view(report))
    return without_surrogates(text)


# Characters Markdown (CommonMark, GitHub) may read as markup anywhere in a line: emphasis,
# code, links, HTML and entities, table cells, strikethrough and math.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~&$])")
_SPACES = re.compile(r"\s+")  # a newline would end a table row


def markdown_text(value: Any) -> str:
    """A value as literal Markdown text on one line: special characters escaped with a
    backslash, runs of white space (newlines too) as one space."""
    if value is None:
        return ""
    text = without_surrogates(_SPACES.sub(" ", str(value)))
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


@cache
def _environment(kind: str) -> jinja2.Environment:
    import jinja2  # loaded only when reports are written

    html = kind == "html"
    return jinja2.Environment(
        loader=jinja2.PackageLoader("checker", "templates"),
        autoescape=html,
        finalize=None if html else markdown_text,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
