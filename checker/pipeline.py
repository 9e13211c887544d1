"""The library's front door: documents -> claims -> aligned groups -> findings -> report."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import os
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, TextIO

from checker.collector import fewer_collections
from checker.config import Config, outlet_name
from checker.documents import plan_stories, read_stories
from checker.events import align_claims, attach_events, story_model
from checker.extract.claims import extract_claims
from checker.extract.intervals import with_tolerances
from checker.findings.conversions import conversion_finding, conversion_groups
from checker.findings.reconcile import reconcile_group
from checker.model import Claim, ClaimGroup, Document, Measure, Report, Story, StoryResult
from checker.pubdate import infer_published, publication_line
from checker.story_dates import dated_by_story
from checker.vocabulary import Vocabulary, vocabulary_in_use

# called as documents come back with (documents done, documents in all, claims so far): the
# command line draws a progress bar with it (checker.cli.progress)
Progress = Callable[[int, int, int], None]

if TYPE_CHECKING:
    from checker.workers import Stories


def check(
    paths: Sequence[str],
    published: dt.date | None = None,
    stdin: TextIO | None = None,
    jobs: int = 1,
    follow_links: bool = False,
    cache: str | os.PathLike[str] | None = None,
    progress: Progress | None = None,
    config: Config | None = None,
) -> Report:
    """Read the documents at `paths`, extract and align their claims, and reconcile them.

    A folder is one story; a folder of story folders is an archive, each story reconciled
    on its own. `jobs` processes check stories in parallel (0: one per CPU); the report is
    the same whatever the number. Symbolic links out of a folder given are skipped unless
    `follow_links`. `cache` is the folder of the store of extracted claims (checker.store.database;
    None: extract everything). `progress` is called as each story's documents come back.
    `config` (checker.config) sets tolerances, severity thresholds and outlet names. Raises
    checker.errors.InputError for paths that cannot be used.
    """
    return Report(
        tuple(check_iter(paths, published, stdin, jobs, follow_links, cache, progress, config))
    )


def check_iter(
    paths: Sequence[str],
    published: dt.date | None = None,
    stdin: TextIO | None = None,
    jobs: int = 1,
    follow_links: bool = False,
    cache: str | os.PathLike[str] | None = None,
    progress: Progress | None = None,
    config: Config | None = None,
) -> Stories:
    """check() one story at a time, in order, so that an archive never has to fit in
    memory at once. Raises InputError here, before the first story, for unusable paths."""
    from checker.workers import RunOptions, Stories, check_plans, reported

    plans = plan_stories(paths, follow_links)
    option = published.date() if isinstance(published, dt.datetime) else published
    store = None if cache is None else os.fspath(cache)
    options = RunOptions(option, store, config or Config())
    outcomes = reported(plans, check_plans(plans, options, jobs, stdin), progress)
    return Stories(len(plans), outcomes)


def check_story(
    story: Story,
    extracted: Sequence[tuple[Document, tuple[Claim, ...]]] | None = None,
    config: Config | None = None,
) -> StoryResult:
    """Align and reconcile one story; `extracted` holds its dated documents and their claims
    when they were extracted already. `config`'s vocabulary reads what their amounts of
    money are, and extracts the claims when `extracted` is None."""
    with vocabulary_in_use(config.vocabulary if config else None), fewer_collections():
        return _check_story(story, extracted, config)


def _check_story(
    story: Story,
    extracted: Sequence[tuple[Document, tuple[Claim, ...]]] | None,
    config: Config | None,
) -> StoryResult:
    scale = config.severity if config else None
    if extracted is None:
        extracted = [_dated_claims(d) for d in story.documents]
    extracted = dated_by_story(extracted, document_claims)
    documents = tuple(document for document, _ in extracted)
    story = dataclasses.replace(story, documents=documents)
    claims = attach_events(documents, (c for _, found in extracted for c in found))
    model = story_model(documents, claims)
    groups = align_claims(story.name, claims, model)
    conversions = conversion_groups(story.name, claims)
    texts = {d.doc_id: d.text for d in documents}
    dead = {_beside_event(g): g.claims for g in groups if g.measure.event == "killed"}
    findings = tuple(
        f
        for g in groups
        if (f := reconcile_group(g, texts, _dead_of(g, dead), model, scale)) is not None
    ) + tuple(conversion_finding(g) for g in conversions)
    groups += conversions
    return StoryResult(story, claims, groups, findings)


def _beside_event(group: ClaimGroup) -> tuple[str, Measure]:
    """The group's event and measure with what happened (and what follows from it) left out."""
    return group.event, dataclasses.replace(group.measure, event="", cumulative=False)


def _dead_of(
    group: ClaimGroup, dead: Mapping[tuple[str, Measure], tuple[Claim, ...]]
) -> tuple[Claim, ...]:
    """For a group of injured, the story's death tolls of the same event and measure."""
    if group.measure.event != "injured":
        return ()
    return dead.get(_beside_event(group), ())


def find_claims(
    paths: Sequence[str],
    published: dt.date | None = None,
    stdin: TextIO | None = None,
    jobs: int = 1,
    follow_links: bool = False,
    cache: str | os.PathLike[str] | None = None,
    progress: Progress | None = None,
    config: Config | None = None,
) -> Iterator[Claim]:
    """Every claim of every document at `paths`, in document order (no reconciliation);
    `jobs` processes extract them in parallel (0: one per CPU); `cache`, `progress` and
    `config` as for check(); `progress` is called after each document."""
    from checker.workers import RunOptions, extract_all

    config = config or Config()
    stories = read_stories(paths, published=published, stdin=stdin, follow_links=follow_links)
    documents = [d for s in stories for d in s.documents]
    options = RunOptions(None, None if cache is None else os.fspath(cache), config)
    found = configured(_dated_by_stories(extract_all(documents, options, jobs), config), config)
    for _, claims in _reported(found, len(documents), progress):
        yield from claims


def _dated_by_stories(
    extracted: Iterator[tuple[Document, tuple[Claim, ...]]], config: Config
) -> Iterator[tuple[Document, tuple[Claim, ...]]]:
    """The documents of each story dated by the story as `check` dates them
    (story_dates.dated_by_story: a document dated by nothing but a dateline without its
    year, or by nothing, takes the year or the week of the story's others, and its weekdays
    are read again), so that `extract` gives the claims of claims.csv."""

    def extract(document: Document) -> tuple[Claim, ...]:
        return document_claims(document, config.vocabulary)

    for _, story in itertools.groupby(extracted, key=lambda pair: pair[0].story):
        yield from dated_by_story(list(story), extract)


def configured(
    extracted: Iterator[tuple[Document, tuple[Claim, ...]]], config: Config
) -> Iterator[tuple[Document, tuple[Claim, ...]]]:
    """The extracted documents and claims with the configuration's outlet names and
    tolerances. They are applied after extraction, so that extraction (in worker processes,
    or kept from an earlier run in the store) depends on the text alone."""
    if not config.outlets and config.tolerances == Config().tolerances:
        yield from extracted
        return
    for document, claims in extracted:
        outlet = outlet_name(document, config.outlets)
        yield (
            dataclasses.replace(document, outlet=outlet),
            tuple(
                dataclasses.replace(with_tolerances(c, config.tolerances), outlet=outlet)
                for c in claims
            ),
        )


def _reported(
    extracted: Iterator[tuple[Document, tuple[Claim, ...]]], total: int, progress: Progress | None
) -> Iterator[tuple[Document, tuple[Claim, ...]]]:
    """The extracted documents, telling `progress` of each one."""
    if progress is None:
        yield from extracted
        return
    claims = 0
    for done, item in enumerate(extracted, 1):
        claims += len(item[1])
        progress(done, total, claims)
        yield item


def _dated_claims(document: Document) -> tuple[Document, tuple[Claim, ...]]:
    dated = with_publication_date(document)
    return dated, document_claims(dated)


def with_publication_date(document: Document) -> Document:
    """The document with its publication date, inferred from the text when no metadata gave
    one. A manifest's date gives way to the date a line at the top of the text says the page
    was published on ("Published June 8 2016"): a list of files is often dated by its story
    or its crawl, and the text's weekdays and "yesterday" were written on the page's own
    day. The manifest's date stays in `published_source`."""
    if document.published is not None:
        return _own_publication_line(document)
    date, source, confidence = infer_published(document.text)
    if date is None:
        return dataclasses.replace(
            document, published_source="unknown: nothing in the text supports a date"
        )
    return dataclasses.replace(
        document, published=date, published_source=source, published_confidence=confidence
    )


def _own_publication_line(document: Document) -> Document:
    if document.published_source != "manifest":
        return document  # the --published option, front matter or page metadata stand
    own = publication_line(document.text)
    if own is None or own == document.published:
        return document
    return dataclasses.replace(
        document,
        published=own,
        published_source=f"text: publication line (manifest: {document.published})",
    )


def document_claims(document: Document, vocabulary: Vocabulary | None = None) -> tuple[Claim, ...]:
    with fewer_collections():
        return extract_claims(document, vocabulary=vocabulary)
