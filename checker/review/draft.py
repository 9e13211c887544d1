"""Pre-publication review: check every figure and date of a draft against its sources.

`review_draft(draft, sources)` reads the draft (one .txt, .md or .html file) and the
source documents (files or folders; every story's documents together), extracts the
claims of both with the pipeline's extractor, and gives each claim of the draft one
verdict, in draft order: contradicted, outdated, misattributed, qualifier, supported or
unsourced (precedence and rules in checker.review.verdicts, matching in
checker.review.match).

The draft's publication date dates its figures and resolves "Friday" or "last
September": the `published` argument, else the date the draft's text gives
(checker.pubdate), else today, which `Review.dated` says so the reader can fix it.
Line numbers are 1-based lines of the checked text: the file for .txt, the file with
its front matter for .md, trafilatura's main text for .html.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from checker.config import Config
from checker.documents import read_stories, title_prefix
from checker.errors import InputError, UsageError
from checker.events import attach_events, story_model
from checker.model import Claim, Document
from checker.pipeline import configured, document_claims, with_publication_date
from checker.review.match import gather_evidence
from checker.review.verdicts import gap, judge
from checker.vocabulary import vocabulary_in_use

# In order of precedence; the first that applies to a claim is its verdict.
VERDICTS = ("contradicted", "outdated", "misattributed", "qualifier", "supported", "unsourced")
FAILABLE = ("contradicted", "outdated", "qualifier", "misattributed", "unsourced")
DEFAULT_FAIL_ON = ("contradicted",)
TODAY = "today"  # Document.published_source when no date was given or found


@dataclass(frozen=True)
class Citation:
    """A source claim cited for a verdict, with its relative gap to the draft's figure."""

    claim: Claim
    gap: Decimal | None = None  # None for dates and durations


@dataclass(frozen=True)
class ClaimReview:
    claim: Claim  # the draft's claim
    line: int  # 1-based line of the claim's start in the draft
    verdict: str
    explanation: str
    citations: tuple[Citation, ...] = ()  # best first


@dataclass(frozen=True)
class Review:
    draft: Document
    sources: tuple[Document, ...]
    claims: tuple[ClaimReview, ...]  # in draft order

    @property
    def dated(self) -> str:
        """How the draft's publication date was found, in words."""
        day = self.draft.published.isoformat() if self.draft.published else "unknown"
        how = self.draft.published_source
        if how == TODAY:
            return f"draft dated {day}: no date given or found, so today; pass --published to fix"
        return f"draft dated {day} ({'--published' if how == 'option' else how})"

    def counts(self) -> dict[str, int]:
        found = Counter(c.verdict for c in self.claims)
        return {v: found[v] for v in VERDICTS if found[v]}

    def failing(self, verdicts: Collection[str]) -> tuple[ClaimReview, ...]:
        return tuple(c for c in self.claims if c.verdict in verdicts)


def review_draft(
    draft: str,
    sources: Sequence[str],
    published: dt.date | None = None,
    today: dt.date | None = None,
    follow_links: bool = False,
    config: Config | None = None,
) -> Review:
    """Review the draft at `draft` against the documents at `sources`. Symbolic links out of
    a sources folder are skipped unless `follow_links`. `config` (checker.config) sets the
    tolerances and outlet names, as for check.

    Raises checker.errors.InputError for paths that cannot be used.
    """
    document = read_draft(draft, published, today or dt.date.today())
    sources_read = read_sources(sources, document, follow_links)
    return review_documents(document, sources_read, config)


def review_documents(
    draft: Document, sources: Sequence[Document], config: Config | None = None
) -> Review:
    """The verdict on every claim of `draft`; documents must carry their publication dates.
    `config`'s vocabulary reads the claims and what their amounts of money are."""
    config = config or Config()
    with vocabulary_in_use(config.vocabulary):
        return _review_documents(draft, sources, config)


def _review_documents(draft: Document, sources: Sequence[Document], config: Config) -> Review:
    extracted = list(
        configured(((d, tuple(document_claims(d))) for d in (*sources, draft)), config)
    )
    documents = tuple(d for d, _ in extracted)
    sources, draft = documents[:-1], documents[-1]
    claims = attach_events(documents, (c for _, found in extracted for c in found))
    model = story_model(documents, claims)
    draft_claims = tuple(c for c in claims if c.document == draft.doc_id)
    source_claims = tuple(c for c in claims if c.document != draft.doc_id)
    line_of = _line_of(draft)
    reviews = []
    for claim in sorted(draft_claims, key=lambda c: (c.start, c.end)):
        verdict, explanation, cited = judge(claim, gather_evidence(claim, source_claims, model))
        citations = tuple(Citation(c, gap(claim, c)) for c in cited)
        line = line_of(claim.start)
        reviews.append(ClaimReview(claim, line, verdict, explanation, citations))
    return Review(draft, tuple(sources), tuple(reviews))


def read_draft(path: str, published: dt.date | None, today: dt.date) -> Document:
    """The one document of the draft, dated (see the module's docstring)."""
    if Path(path).is_dir():
        raise UsageError(
            f"the draft {path} is a folder", "give the draft as one .txt, .md or .html file"
        )
    stories = read_stories([path], published=published)
    documents = [d for s in stories for d in s.documents]
    if len(documents) != 1:
        reasons = "; ".join(i.reason for s in stories for i in s.inputs if i.reason)
        raise InputError(
            f"cannot read the draft {path}: {reasons or 'no text'}",
            "give a .txt, .md or .html file",
        )
    document = with_publication_date(documents[0])
    if document.published is None:
        document = dataclasses.replace(document, published=today, published_source=TODAY)
    return document


def read_sources(
    paths: Sequence[str], draft: Document, follow_links: bool = False
) -> tuple[Document, ...]:
    """Every document at `paths`, dated, except the draft itself; story names keep ids apart.
    Symbolic links out of a folder given are skipped unless `follow_links`."""
    stories = read_stories(list(paths), follow_links=follow_links)
    many = len(stories) > 1
    documents = tuple(
        with_publication_date(
            dataclasses.replace(d, doc_id=f"{s.name}/{d.doc_id}") if many and s.name else d
        )
        for s in stories
        for d in s.documents
        if not _same_file(d.path, draft.path)
    )
    if not documents:
        raise InputError(
            f"no source documents in {', '.join(paths)}",
            "give --sources the articles the draft relies on",
        )
    return documents


def parse_verdicts(text: str) -> tuple[str, ...]:
    """The verdicts named in a --fail-on value ("contradicted,outdated"); "none" for none."""
    names = tuple(n.strip().lower() for n in text.split(",") if n.strip())
    if names == ("none",):
        return ()
    unknown = [n for n in names if n not in FAILABLE]
    if unknown or not names:
        raise UsageError(
            f"--fail-on {text!r}: unknown verdict {', '.join(unknown) or '(empty)'}",
            f"choose from {', '.join(FAILABLE)}, comma-separated, or none",
        )
    return names


def _same_file(a: str, b: str) -> bool:
    try:
        return bool(a and b) and Path(a).resolve() == Path(b).resolve()
    except OSError:
        return False


def _line_of(document: Document) -> Callable[[int], int]:
    """The line of the draft's file where a character of its checked text stands. A Markdown
    draft's checked text leaves out the front matter, and opens with the front matter's title
    when the body does not (checker.documents.with_title): a figure of the title is on the
    title's line of the front matter."""
    text = document.text

    def plain(position: int) -> int:
        return text.count("\n", 0, position) + 1

    if not document.path.lower().endswith((".md", ".markdown")):
        return plain
    try:
        raw = Path(document.path).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return plain
    title = title_prefix(document.title) if document.title.strip() else ""
    titled = bool(title) and text.startswith(title) and raw.find(text) < 0
    body = text[len(title) :] if titled else text
    found = raw.find(body) if body else -1
    lines_before = raw.count("\n", 0, found) if found > 0 else 0
    if not titled:
        return lambda position: lines_before + plain(position)
    title_line = raw.count("\n", 0, max(0, raw.find(document.title.strip()))) + 1

    def line(position: int) -> int:
        if position < len(title):
            return title_line
        return lines_before + body.count("\n", 0, position - len(title)) + 1

    return line
