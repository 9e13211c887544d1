"""The library's front door: documents -> claims -> aligned groups -> findings -> report."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator, Sequence
from typing import TextIO

from checker.align import align_claims
from checker.documents import read_stories
from checker.extract.claims import extract_claims
from checker.model import Claim, Document, Report, Story, StoryResult
from checker.pubdate import infer_published
from checker.reconcile import reconcile_group


def check(
    paths: Sequence[str], published: dt.date | None = None, stdin: TextIO | None = None
) -> Report:
    """Read the documents at `paths`, extract and align their claims, and reconcile them.

    A folder is one story; a folder of story folders is an archive, each story reconciled
    on its own. Raises checker.errors.InputError for paths that cannot be used.
    """
    stories = read_stories(paths, published=published, stdin=stdin)
    return Report(tuple(check_story(story) for story in stories))


def check_story(story: Story) -> StoryResult:
    documents = tuple(with_publication_date(d) for d in story.documents)
    story = dataclasses.replace(story, documents=documents)
    claims = tuple(c for d in documents for c in document_claims(d))
    groups = align_claims(story.name, documents, claims)
    findings = tuple(f for g in groups if (f := reconcile_group(g)) is not None)
    return StoryResult(story, claims, groups, findings)


def find_claims(
    paths: Sequence[str], published: dt.date | None = None, stdin: TextIO | None = None
) -> Iterator[Claim]:
    """Every claim of every document at `paths`, one document at a time (no reconciliation)."""
    for story in read_stories(paths, published=published, stdin=stdin):
        for document in story.documents:
            yield from document_claims(with_publication_date(document))


def with_publication_date(document: Document) -> Document:
    """The document with its publication date, inferred from the text when no metadata gave one."""
    if document.published is not None:
        return document
    date, source, confidence = infer_published(document.text)
    if date is None:
        return dataclasses.replace(
            document, published_source="unknown: nothing in the text supports a date"
        )
    return dataclasses.replace(
        document, published=date, published_source=source, published_confidence=confidence
    )


def document_claims(document: Document) -> tuple[Claim, ...]:
    return extract_claims(document)
