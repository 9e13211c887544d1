"""Every core: stories and documents checked in worker processes that start once per run.

Where the time goes (GVA, 1,485 stories, 3,926 documents, one process): reading 8 s (half
of it language detection, 1.8 s of that loading py3langid's model), extraction 33 s,
reconciliation 7 s. The earlier pool extracted in workers but read every document and
reconciled every story in the parent, so at best 2 processes saved a third of the time.

Here the unit of work is the story: a worker reads it (files, language, duplicates),
extracts its documents (through the store when there is one) and reconciles it, and sends
back its StoryResult. A story too large to leave to one worker (a single folder of
hundreds of articles) is read in the parent and its documents are extracted in batches by
the same workers, then reconciled in the parent. Results come back in the order of the
stories, one at a time (`check_plans` is an iterator), so the caller can write each story
and let it go. The pool starts once per run; each worker opens its own connection to the
store. The output does not depend on the number of workers: every story and every
document goes through the same functions whichever process runs them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import gc
import multiprocessing
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TextIO

from checker.documents import STDIN, read_story
from checker.model import Claim, Document, Story, StoryResult
from checker.readers.walk import StoryFolder, is_candidate
from checker.store import ClaimStore, Extracted, document_key, open_store, story_key

MIN_DOCUMENTS_PER_WORKER = 20  # below this a worker costs more to start than it saves
BATCH = 8  # documents of a large story sent to a worker at a time

Pair = tuple[Document, tuple[Claim, ...]]


@dataclass(frozen=True)
class RunOptions:
    """What every worker needs to know about the run."""

    published: dt.date | None = None  # the --published option
    cache: str | None = None  # the store's folder; None: no store


def count_documents(plans: Sequence[StoryFolder]) -> int:
    return sum(1 for plan in plans for entry in plan.entries if is_candidate(entry))


def worker_count(jobs: int, documents: int) -> int:
    """Processes for `documents`: `jobs` (0: one per CPU), but one for small inputs."""
    wanted = (os.cpu_count() or 1) if jobs == 0 else jobs
    return max(1, min(wanted, documents // MIN_DOCUMENTS_PER_WORKER))


class Stories(Iterator[StoryResult]):
    """The results of a run's stories, one at a time, and how many there will be."""

    def __init__(self, count: int, results: Iterator[StoryResult]) -> None:
        self.count = count
        self._results = results

    def __next__(self) -> StoryResult:
        return next(self._results)


def check_plans(
    plans: Sequence[StoryFolder], options: RunOptions, jobs: int, stdin: TextIO | None = None
) -> Iterator[StoryResult]:
    """Each planned story read, extracted and reconciled, in order, one at a time."""
    total = count_documents(plans)
    workers = worker_count(jobs, total)
    store = _LazyStore(options.cache)
    try:
        if workers <= 1:
            for plan in plans:
                yield _check_in_parent(plan, options, stdin, store, None)
            return
        large = max(MIN_DOCUMENTS_PER_WORKER * 2, total // (workers * 2))
        with _pool(workers, options) as pool:
            for segment in _segments(plans, large):
                if len(segment) == 1 and _in_parent(segment[0], large):
                    yield _check_in_parent(segment[0], options, stdin, store, pool)
                else:
                    yield from pool.imap(_check_story_task, segment)
    finally:
        store.close()


def extract_all(documents: Sequence[Document], options: RunOptions, jobs: int) -> Iterator[Pair]:
    """Each document dated and its claims, in order; in worker processes when there are
    enough documents to pay for starting them."""
    store = _LazyStore(options.cache)
    workers = worker_count(jobs, len(documents))
    try:
        if workers <= 1:
            yield from extract_documents(documents, store.get())
            return
        with _pool(workers, options) as pool:
            yield from _extract_in_pool(documents, pool)
    finally:
        store.close()


def extract_documents(documents: Sequence[Document], store: ClaimStore | None) -> list[Pair]:
    """Each document dated and its claims: from the store when it has them, else extracted
    (and stored)."""
    from checker.pipeline import document_claims, with_publication_date

    keys = [document_key(d) for d in documents] if store is not None else []
    found = store.get_many(keys) if store is not None else {}
    pairs, new = [], {}
    for index, document in enumerate(documents):
        key = keys[index] if keys else ""
        if key in found:
            pairs.append(dated_pair(document, found[key]))
            continue
        dated = with_publication_date(document)
        claims = document_claims(dated)
        pairs.append((dated, claims))
        if keys:
            new[key] = (_date_of(dated), claims)
    if store is not None:
        store.put_many(new)
    return pairs


def _date_of(document: Document) -> tuple[dt.date | None, str, str]:
    return document.published, document.published_source, document.published_confidence


def dated_pair(document: Document, extracted: Extracted) -> Pair:
    (published, source, confidence), claims = extracted
    dated = dataclasses.replace(
        document,
        published=published,
        published_source=source,
        published_confidence=confidence,
    )
    return dated, claims


def _segments(plans: Sequence[StoryFolder], large: int) -> Iterator[list[StoryFolder]]:
    """Runs of consecutive stories for the workers; a story read in the parent alone."""
    run: list[StoryFolder] = []
    for plan in plans:
        if _in_parent(plan, large):
            if run:
                yield run
            run = []
            yield [plan]
        else:
            run.append(plan)
    if run:
        yield run


def _in_parent(plan: StoryFolder, large: int) -> bool:
    """Standard input can only be read by the parent; a large story is shared out."""
    entries = [e for e in plan.entries if is_candidate(e)]
    return len(entries) >= large or any(e.path == STDIN for e in plan.entries)


def _check_in_parent(
    plan: StoryFolder,
    options: RunOptions,
    stdin: TextIO | None,
    store: _LazyStore,
    pool: multiprocessing.pool.Pool | None,
) -> StoryResult:
    from checker.pipeline import check_story

    key, stored = _stored_story(plan, options, store.get())
    if stored is not None:
        return stored
    story = read_story(plan, options.published, stdin)
    if pool is None or len(story.documents) < MIN_DOCUMENTS_PER_WORKER:
        result = check_story(story, extract_documents(story.documents, store.get()))
    else:
        result = check_story(story, list(_extract_in_pool(story.documents, pool)))
    return _keep_story(key, result, store.get())


def _stored_story(
    plan: StoryFolder, options: RunOptions, store: ClaimStore | None
) -> tuple[str | None, StoryResult | None]:
    """The story's key in the store and its stored result, when it has one."""
    key = story_key(plan, options.published) if store is not None else None
    if key is None or store is None:
        return key, None
    return key, store.get_story(key)


def _keep_story(key: str | None, result: StoryResult, store: ClaimStore | None) -> StoryResult:
    if key is not None and store is not None:
        store.put_story(key, result)
    return result


def _extract_in_pool(
    documents: Sequence[Document], pool: multiprocessing.pool.Pool
) -> Iterator[Pair]:
    batches = [documents[i : i + BATCH] for i in range(0, len(documents), BATCH)]
    for batch, extracted in zip(batches, pool.imap(_extract_batch_task, batches), strict=True):
        yield from (dated_pair(d, e) for d, e in zip(batch, extracted, strict=True))


# --- inside a worker --------------------------------------------------------------------


class _LazyStore:
    """The store, opened on first use (a run that finds everything in workers never opens
    it in the parent)."""

    def __init__(self, cache: str | None) -> None:
        self.cache = cache
        self.store: ClaimStore | None = None

    def get(self) -> ClaimStore | None:
        if self.store is None and self.cache is not None:
            self.store = open_store(self.cache)
        return self.store

    def close(self) -> None:
        if self.store is not None:
            self.store.close()
            self.store = None


_OPTIONS = RunOptions()
_STORE = _LazyStore(None)


def _pool(workers: int, options: RunOptions) -> multiprocessing.pool.Pool:
    """Workers forked from a parent that has loaded the pipeline's modules and lexicons once,
    with its objects frozen out of the garbage collector so the workers share its pages
    instead of copying them (each worker loading them again cost 30 % more CPU time)."""
    if "fork" not in multiprocessing.get_all_start_methods():
        spawn = multiprocessing.get_context("spawn")
        return spawn.Pool(workers, initializer=_start_worker, initargs=(options,))
    _warm_up()
    gc.freeze()
    fork = multiprocessing.get_context("fork")
    return fork.Pool(workers, initializer=_start_worker, initargs=(options,))


def _warm_up() -> None:
    """Load what every story needs: the extraction, events and reconciliation modules and
    their compiled lexicons, by checking one small story; and the language model (1.8 s),
    which an input large enough for workers nearly always needs."""
    from checker.pipeline import check_story
    from checker.readers.language import language_of

    language_of("Der Sturm hat in der Stadt viele Menschen verletzt. " * 3)  # py3langid
    text = "The quake killed 24 people and injured 249 others on Tuesday, police said."
    check_story(Story("", (Document("warm-up", text),), ()))


def _start_worker(options: RunOptions) -> None:
    global _OPTIONS, _STORE
    _OPTIONS = options
    _STORE = _LazyStore(options.cache)  # each worker its own connection


def _check_story_task(plan: StoryFolder) -> StoryResult:
    from checker.pipeline import check_story

    store = _STORE.get()
    key, stored = _stored_story(plan, _OPTIONS, store)
    if stored is not None:
        return stored
    story = read_story(plan, _OPTIONS.published)
    result = check_story(story, extract_documents(story.documents, store))
    return _keep_story(key, result, store)


def _extract_batch_task(documents: Sequence[Document]) -> list[Extracted]:
    return [(_date_of(d), c) for d, c in extract_documents(documents, _STORE.get())]
