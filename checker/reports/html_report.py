"""The reports people read and share: report.html (self-contained: inline CSS and JS, no
network) and report.md (to paste into a ticket or a CMS), and the checked text of every
document (texts/...), which claim offsets point into.

Both reports are Jinja2 templates (checker/templates/) of pieces (macros) over the views of
checker.reports.view: a head, each story's flagged groups, a middle, each story's document
rows, a foot. `Pages` renders each story's pieces as the story comes and spools them; the
head, which holds the whole run's figures, is rendered at the end and written first, so a
run never holds more than one story. Every string from a user's file is escaped by the
environment, never by the template: HTML with autoescape, Markdown with a finalize that
escapes Markdown's special characters. jinja2 is imported here only, when reports are
written (never on `checkclaims --help`).
"""

from __future__ import annotations

import contextlib
import io
import re
import shutil
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from checker.readers import without_surrogates
from checker.reports.view import (
    TEXTS,
    DocumentView,
    GroupView,
    document_views,
    flagged_groups,
    text_names,
)

if TYPE_CHECKING:
    import jinja2

    from checker.model import Report

__all__ = ["HTML_REPORT", "MARKDOWN_REPORT", "TEXTS", "Pages", "human_reports", "render_html"]

HTML_REPORT = "report.html"
MARKDOWN_REPORT = "report.md"
KINDS = {"html": HTML_REPORT, "md": MARKDOWN_REPORT}
DOCUMENTS_AT_ONCE = 256  # document rows rendered by one call of the template


class Pages:
    """report.html and report.md built a story at a time: each story's flagged groups are
    rendered as they come, its documents' rows a few hundred at a time (one template call
    for many rows), and spooled (`spool` makes a text file to hold them); `write` puts the
    head, with the run's counts, before them."""

    def __init__(self, several: bool, spool: Callable[[], IO[str]] = io.StringIO) -> None:
        self.several = several
        self.spools = {kind: (spool(), spool()) for kind in KINDS}  # groups, document rows
        self.groups = self.pairs = self.documents = 0
        self.waiting: list[DocumentView] = []  # documents not rendered yet

    def add(self, groups: Sequence[GroupView], documents: Sequence[DocumentView]) -> None:
        """One story's flagged groups and documents."""
        self._add_groups(groups)
        self.waiting.extend(documents)
        if len(self.waiting) >= DOCUMENTS_AT_ONCE:
            self._render_documents()
        self.documents += len(documents)

    def add_rendered(
        self, groups: Sequence[GroupView], rendered: dict[str, str], documents: int
    ) -> None:
        """One story's flagged groups, and the rows of its `documents` documents rendered
        already (document_rows_text, by kind of page): the same pages as `add` gives."""
        self._add_groups(groups)
        if self.waiting:
            self._render_documents()
        for kind, (_, rows) in self.spools.items():
            rows.write(rendered[kind])
        self.documents += documents

    def _add_groups(self, groups: Sequence[GroupView]) -> None:
        if groups:
            for kind, (flagged, _) in self.spools.items():
                pieces = _pieces(kind)
                flagged.write(_text(pieces.group_sections(groups, self.groups, self.several)))
        self.groups += len(groups)
        self.pairs += sum(len(g.pairs) for g in groups)

    def _render_documents(self) -> None:
        for kind, (_, rows) in self.spools.items():
            rows.write(document_rows_text(kind, self.waiting, self.several))
        self.waiting = []

    def write(self, kind: str, summary: str, out: IO[str]) -> None:
        """The whole report of `kind` (html, md) on `out`; `summary` is the run's line."""
        if self.waiting:
            self._render_documents()
        pieces, (flagged, rows) = _pieces(kind), self.spools[kind]
        out.write(_text(pieces.head(summary, self.groups, self.pairs)))
        _copy(flagged, out)
        out.write(_text(pieces.middle(self.documents, self.several)))
        _copy(rows, out)
        out.write(_text(pieces.foot()))

    def close(self) -> None:
        for spools in self.spools.values():
            for spool in spools:
                spool.close()


def document_rows_text(kind: str, documents: Sequence[DocumentView], several: bool) -> str:
    """The rows of `documents` in the documents table of the page of `kind`: the rows of a
    whole run are the rows of its stories one after another (the template's rows do not
    depend on one another)."""
    return _text(_pieces(kind).document_rows(documents, several)) if documents else ""


def warm_up() -> None:
    """Compile the templates (before worker processes are forked, which then share them)."""
    for kind in KINDS:
        _pieces(kind)


def _copy(spool: IO[str], out: IO[str]) -> None:
    spool.seek(0)
    shutil.copyfileobj(spool, out)


def _text(piece: Any) -> str:
    return without_surrogates(str(piece))


def whole_pages(report: Report) -> Pages:
    """The pages of a whole report, its stories added in turn."""
    from checker.model import Report
    from checker.reports.tables import document_rows

    pages = Pages(len(report.stories) > 1)
    names = text_names(report)
    for result in report.stories:
        rows = document_rows(Report((result,)))
        pages.add(flagged_groups(result, names), document_views(rows, names))
    return pages


def human_reports(report: Report) -> dict[str, str]:
    """report.html, report.md and texts/... as name -> text, for the report set."""
    from checker.reports.summary import summary_line

    pages, summary = whole_pages(report), summary_line(report)
    files = {}
    for kind, name in KINDS.items():
        out = io.StringIO()
        pages.write(kind, summary, out)
        files[name] = out.getvalue()
    names = text_names(report)
    for result in report.stories:
        for document in result.story.documents:
            files[names[(result.story.name, document.doc_id)]] = without_surrogates(document.text)
    return files


def render_html(report: Report) -> str:
    return _render(report, "html")


def render_markdown(report: Report) -> str:
    return _render(report, "md")


def _render(report: Report, kind: str) -> str:
    from checker.reports.summary import summary_line

    out = io.StringIO()
    whole_pages(report).write(kind, summary_line(report), out)
    return out.getvalue()


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
def _pieces(kind: str) -> Any:
    """The macros of report.<kind>.j2 (head, group_sections, middle, document_rows, foot)."""
    return _environment(kind).get_template(f"report.{kind}.j2").module


# where the templates' compiled form is kept between runs (a folder of the store), or None
_compiled_in: list[Path] = []


def keep_compiled_templates(folder: Path) -> None:
    """Keep the templates' compiled form in `folder` (inside the store's), so that a run which
    renders one changed story does not compile them again (36 ms of a 0.5 s re-run). Call it
    before the first page is rendered; a stale file there (other templates, another Python)
    is compiled again, and an unreadable one is not trusted."""
    _compiled_in[:] = [folder]


@cache
def _environment(kind: str) -> jinja2.Environment:
    import jinja2  # loaded only when reports are written

    html = kind == "html"
    return jinja2.Environment(
        loader=jinja2.PackageLoader("checker", "templates"),
        bytecode_cache=_bytecode_cache(_compiled_in[0]) if _compiled_in else None,
        autoescape=html,
        finalize=None if html else markdown_text,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def _bytecode_cache(folder: Path) -> jinja2.BytecodeCache | None:
    """jinja2's cache of compiled templates in `folder`, which never fails a run: a file it
    cannot read is compiled again, one it cannot write is left unwritten."""
    import jinja2

    class Tolerant(jinja2.FileSystemBytecodeCache):
        def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
            try:
                super().load_bytecode(bucket)
            except Exception:  # a damaged checksum: pickle raises any of several errors
                bucket.reset()

        def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
            with contextlib.suppress(OSError):  # a full disk or read-only store
                super().dump_bytecode(bucket)

    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return Tolerant(str(folder))
