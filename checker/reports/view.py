"""What the HTML and Markdown reports show, as plain data: views of each story's flagged
groups and documents that both templates read (checker.reports.html_report), so they cannot drift
apart. They are made a story at a time, so that a run's reports can be written as its
stories come (checker.reports.pages).

A flagged group is its measure, event and conflicting pairs; a pair is its two claims side
by side (outlet, publication date, attribution, the sentence split around the figure) and its
own one-line explanation. Every string here is as it came from the user's files: escaping is
the templates' job (HTML autoescape, Markdown escape).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import quote

from checker.findings.explain import reading
from checker.model import Claim, Finding, Report, StoryResult
from checker.reports.summary import pair_label

Row = dict[str, str]  # a row of a report (checker.reports.tables.Row)

TEXTS = "texts"  # folder of the checked texts, inside the report folder
_NO_STORY = "(files)"  # files given on the command line with no common folder


@dataclass(frozen=True)
class Side:
    """One claim of a conflicting pair, as a reader compares it with the other."""

    claim_id: str
    document: str
    text_file: str  # the checked text, relative to the report folder
    start: int
    end: int
    outlet: str
    published: str
    attribution: str
    as_of: str
    figure: str  # what the figure allows, in words: "1,260 to under 1,400"
    before: str  # the sentence up to the quote
    quote: str
    after: str  # the sentence after the quote

    @property
    def href(self) -> str:
        return quote(self.text_file)


@dataclass(frozen=True)
class PairView:
    label: str  # a, b, ... as in the terminal table
    severity: str
    reason: str
    explanation: str
    first: Side
    second: Side


@dataclass(frozen=True)
class GroupView:
    story: str
    group_id: str
    measure: str
    event: str
    verdict: str
    severity: str
    explanation: str  # the group's summary, shown when it has no pair
    claims: tuple[Side, ...]
    pairs: tuple[PairView, ...]


@dataclass(frozen=True)
class DocumentView:
    story: str
    document: str
    text_file: str  # "" for a document that was not checked
    status: str
    reason: str
    claims: str
    outlet: str
    published: str
    published_source: str
    published_confidence: str

    @property
    def href(self) -> str:
        return quote(self.text_file)


def flagged_groups(result: StoryResult, names: dict[tuple[str, str], str]) -> tuple[GroupView, ...]:
    """The views of a story's flagged groups, in the order of its findings."""
    return tuple(
        group_view(result, finding, names)
        for finding in result.findings
        if finding.verdict != "consistent"
    )


def document_views(
    rows: Iterable[Row], names: dict[tuple[str, str], str]
) -> tuple[DocumentView, ...]:
    """The documents report's rows (checker.reports.tables.document_rows) as the pages show them."""
    return tuple(
        DocumentView(
            **{k: v for k, v in row.items() if k != "path"},
            text_file=names.get((row["story"], row["document"]), ""),
        )
        for row in rows
    )


def group_view(
    result: StoryResult, finding: Finding, names: dict[tuple[str, str], str]
) -> GroupView:
    group = finding.group
    claims = {c.claim_id: c for c in result.claims} | {c.claim_id: c for c in group.claims}

    def side(claim_id: str) -> Side:
        return side_view(claims[claim_id], names)

    pairs = tuple(
        PairView(
            pair_label(number),
            pair.severity,
            pair.reason,
            pair.explanation,
            side(pair.first),
            side(pair.second),
        )
        for number, pair in enumerate(finding.pairs)
    )
    return GroupView(
        story=result.story.name,
        group_id=group.group_id,
        measure=group.describe(),
        event=group.event,
        verdict=finding.verdict,
        severity=finding.severity,
        explanation=finding.explanation,
        claims=tuple(side(c.claim_id) for c in group.claims),
        pairs=pairs,
    )


def side_view(claim: Claim, names: dict[tuple[str, str], str]) -> Side:
    before, quoted, after = split_sentence(claim)
    figure = claim.value if claim.time is not None else reading(claim.interval)
    return Side(
        claim_id=claim.claim_id,
        document=claim.document,
        text_file=names.get((claim.story, claim.document), ""),
        start=claim.start,
        end=claim.end,
        outlet=claim.outlet,
        published=claim.published,
        attribution=claim.attribution,
        as_of=claim.as_of,
        figure=figure,
        before=before,
        quote=quoted,
        after=after,
    )


def split_sentence(claim: Claim) -> tuple[str, str, str]:
    """The claim's sentence cut around its quote (Claim.span_in_sentence); the quote alone
    when the sentence does not hold it there."""
    sentence = claim.sentence
    start, end = claim.span_in_sentence
    if not (start >= 0 and sentence[start:end] == claim.quote):
        return "", claim.quote, ""
    return sentence[:start], claim.quote, sentence[end:]


def text_names(report: Report) -> dict[tuple[str, str], str]:
    """(story, document) -> name in the report folder of every checked document's text
    (story_text_names), for the whole report."""
    several = len(report.stories) > 1
    names: dict[tuple[str, str], str] = {}
    for result in report.stories:
        doc_ids = (d.doc_id for d in result.story.documents)
        names.update(story_text_names(result.story.name, doc_ids, several))
    return names


def story_text_names(
    story: str, doc_ids: Iterable[str], several: bool
) -> dict[tuple[str, str], str]:
    """(story, document) -> texts/<document>.txt, or texts/<story>/<document>.txt when the
    run holds several stories (two stories of an archive may hold documents of one name).
    Each part of the name is made safe for any file system (safe_part)."""
    folder = [safe_part(story or _NO_STORY)] if several else []
    names = {}
    for doc_id in doc_ids:
        *within, last = doc_id.split("/")
        parts = [*(safe_part(p) for p in within), safe_part(last + ".txt")]
        names[(story, doc_id)] = "/".join([TEXTS, *folder, *parts])
    return names


# Characters a file name must not hold on some system, or that would hide the file; each is
# written as %XX (its code point in hex), and % itself too, so two names never meet.
_UNSAFE = re.compile(
    r"""
    [\x00-\x1f\x7f]          # control characters
    | [%\\<>:"|?*]           # the escape itself, and characters Windows and zip tools refuse
    | [\ud800-\udfff]        # lone surrogates: bytes of a file name that did not decode
    | ^[.\s]                 # a leading dot (hidden file, . and ..) or space
    | \s$                    # a trailing space
    """,
    re.VERBOSE,
)
_MAX_BYTES = 200  # a file name may hold 255 bytes on most file systems


def safe_part(name: str) -> str:
    """One path component, escaped so that it is a plain, visible file name; a long name is
    cut and ends with a hash of the whole, so it still differs from every other."""
    safe = _UNSAFE.sub(lambda m: "".join(f"%{ord(c):02X}" for c in m.group()), name) or "%"
    if len(safe.encode("utf-8", "surrogatepass")) <= _MAX_BYTES:
        return safe
    digest = hashlib.sha1(name.encode("utf-8", "surrogatepass")).hexdigest()[:12]
    head = safe.encode("utf-8")[: _MAX_BYTES - 20].decode("utf-8", "ignore")
    return f"{head}~{digest}{'.txt' if name.endswith('.txt') else ''}"
