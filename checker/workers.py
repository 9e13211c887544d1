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

import contextlib
import datetime as dt
import gc
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Executor
from dataclasses import dataclass, field
from typing import TextIO

from checker.config import Config
from checker.documents import STDIN, read_story
from checker.model import Document, Story, StoryResult
from checker.pattern_cache import kept_patterns, save_new_patterns
from checker.readers.walk import StoryFolder, is_candidate
from checker.reports.stream import Checked, Render, StoryRows, story_rows
from checker.store.claims import Pair, dated_pair, extract_documents, published_of
from checker.store.database import ClaimStore, Extracted, story_key
from checker.store.reading import LazyStore, ReadAhead

MIN_DOCUMENTS_PER_WORKER = 20  # below this a worker costs more to start than it saves
BATCH = 8  # documents of a large story sent to a worker at a time


@dataclass(frozen=True)
class RunOptions:
    """What every worker needs to know about the run."""

    published: dt.date | None = None  # the --published option
    cache: str | None = None  # the store's folder; None: no store
    config: Config = field(default_factory=Config)  # applied to the claims after extraction

    def story_key(self, plan: StoryFolder) -> str | None:
        """The store's key of the story's result under this run's configuration."""
        return story_key(plan, self.published, config_fingerprint(self.config))


def config_fingerprint(config: Config) -> str:
    """What of the configuration changes a story's result (not the severities shown or
    failing, applied to the whole report afterwards): tolerances, severity thresholds,
    outlet names and the words added to the vocabularies."""
    fingerprint = repr((config.tolerances, config.severity, config.outlets))
    words = config.vocabulary.fingerprint  # "" for the shipped vocabulary: keys as before
    return f"{fingerprint} vocabulary {words}" if words else fingerprint


def count_documents(plans: Sequence[StoryFolder]) -> int:
    return sum(1 for plan in plans for entry in plan.entries if is_candidate(entry))


def worker_count(jobs: int, documents: int) -> int:
    """Processes for `documents`: `jobs` (0: one per CPU), but one for small inputs."""
    wanted = (os.cpu_count() or 1) if jobs == 0 else jobs
    return max(1, min(wanted, documents // MIN_DOCUMENTS_PER_WORKER))


class Stories(Iterator[StoryResult]):
    """The results of a run's stories, one at a time, and how many there will be."""

    def __init__(self, count: int, outcomes: Iterator[Checked]) -> None:
        self.count = count
        self._outcomes = outcomes

    def __next__(self) -> StoryResult:
        result = next(self._outcomes).result
        if result is None:  # check_plans gives every result when asked for no rows
            raise ValueError("a story came back without its result")
        return result


def check_plans(
    plans: Sequence[StoryFolder],
    options: RunOptions,
    jobs: int,
    stdin: TextIO | None = None,
    render: Render | None = None,
) -> Iterator[Checked]:
    """Each planned story read, extracted and reconciled, in order, one at a time: with its
    result, and with its report rows rendered as `render` says (None: the result only).
    Stories the store holds come back from it in this process, without being read; the
    workers start only when the others hold enough documents to pay for them. Patterns
    are compiled through the file kept in the store's folder (checker.pattern_cache)."""
    with kept_patterns(options.cache):
        yield from _check_plans(plans, options, jobs, stdin, render)


def _check_plans(
    plans: Sequence[StoryFolder],
    options: RunOptions,
    jobs: int,
    stdin: TextIO | None,
    render: Render | None,
) -> Iterator[Checked]:
    store = LazyStore(options.cache)
    try:
        keys = [options.story_key(plan) for plan in plans] if options.cache else []
        stored = _held(keys, store.get(), render) if keys else [False] * len(plans)
        todo = [plan for plan, held in zip(plans, stored, strict=True) if not held]
        total = count_documents(todo)
        workers = worker_count(jobs, total)
        ahead = ReadAhead(keys, stored, render)
        if workers <= 1:
            for index, plan in enumerate(plans):
                key = keys[index] if keys else None
                ahead.before(index, store.get())
                yield _check_one(plan, options, stdin, store.get(), render, key=key)
            return
        large = max(MIN_DOCUMENTS_PER_WORKER * 2, total // (workers * 2))
        here = [held or _in_parent(plan, large) for plan, held in zip(plans, stored, strict=True)]
        store.close()  # no connection is carried into the forked workers
        with _pool(
            workers, options, pages=render is not None and render.several is not None
        ) as pool:
            for segment, parent in _segments(range(len(plans)), here):
                if parent:
                    key = keys[segment[0]] if keys else None
                    plan = plans[segment[0]]
                    ahead.before(segment[0], store.get())
                    yield _check_one(plan, options, stdin, store.get(), render, pool, key)
                else:
                    yield from pool.map(_check_story_task, [(plans[i], render) for i in segment])
    finally:
        store.close(background=True)  # the pool is shut down: no fork follows


def reported(
    plans: Sequence[StoryFolder],
    outcomes: Iterator[Checked],
    progress: Callable[[int, int, int], None] | None,
) -> Iterator[Checked]:
    """The stories' outcomes (in the order of `plans`), telling `progress` as each comes
    back: documents done, documents in all, claims so far."""
    if progress is None:
        yield from outcomes
        return
    total, done, claims = count_documents(plans), 0, 0
    for plan, checked in zip(plans, outcomes, strict=False):
        done += count_documents([plan])
        claims += checked.rows.claims if checked.rows is not None else _claims_of(checked)
        progress(done, total, claims)
        yield checked


def _claims_of(checked: Checked) -> int:
    return len(checked.result.claims) if checked.result is not None else 0


def _held(
    keys: Sequence[str | None], store: ClaimStore | None, render: Render | None
) -> list[bool]:
    """For each story (by its key), whether the store holds what the caller wants of it."""
    if store is None:
        return [False] * len(keys)
    held = store.held([k for k in keys if k is not None], render)
    return [key is not None and key in held for key in keys]


def extract_all(documents: Sequence[Document], options: RunOptions, jobs: int) -> Iterator[Pair]:
    """Each document dated and its claims, in order; in worker processes when there are
    enough documents to pay for starting them (patterns kept as check_plans keeps them)."""
    store = LazyStore(options.cache)
    workers = worker_count(jobs, len(documents))
    try:
        with kept_patterns(options.cache):
            if workers <= 1:
                yield from extract_documents(documents, store.get(), options.config.vocabulary)
                return
            with _pool(workers, options) as pool:
                yield from _extract_in_pool(documents, pool)
    finally:
        store.close()


def _segments(stories: Sequence[int], here: Sequence[bool]) -> Iterator[tuple[list[int], bool]]:
    """Runs of consecutive stories (by number) for the workers, and each story checked in
    this process alone (True)."""
    run: list[int] = []
    for story, parent in zip(stories, here, strict=True):
        if parent:
            if run:
                yield run, False
            run = []
            yield [story], True
        else:
            run.append(story)
    if run:
        yield run, False


def _in_parent(plan: StoryFolder, large: int) -> bool:
    """Standard input can only be read by the parent; a large story is shared out."""
    entries = [e for e in plan.entries if is_candidate(e)]
    return len(entries) >= large or any(e.path == STDIN for e in plan.entries)


def _check_one(
    plan: StoryFolder,
    options: RunOptions,
    stdin: TextIO | None,
    store: ClaimStore | None,
    render: Render | None,
    pool: Executor | None = None,
    key: str | None = None,
) -> Checked:
    """One story, from the store when it holds it, else read, extracted and reconciled
    (its documents shared out to `pool` when there is one) and stored; `key` is its key in
    the store when the caller has it already."""
    if store is not None and key is None:
        key = options.story_key(plan)
    stored = _stored(key, store, render) if key is not None and store is not None else None
    if stored is not None:
        return stored
    from checker.pipeline import check_story, configured  # loads extraction: not before here

    story = read_story(plan, options.published, stdin)
    if pool is None or len(story.documents) < MIN_DOCUMENTS_PER_WORKER:
        pairs: Iterator[Pair] = iter(
            extract_documents(story.documents, store, options.config.vocabulary)
        )
    else:
        pairs = _extract_in_pool(story.documents, pool)
    extracted = list(configured(pairs, options.config))
    result = check_story(story, extracted, options.config)
    rows = story_rows(result, render) if render is not None else None
    if key is not None and store is not None:
        _keep(key, result, rows, store)
    return _outcome(result, rows, render)


def _keep(key: str, result: StoryResult, rows: StoryRows | None, store: ClaimStore) -> None:
    """Store the story's rows, and its result when a re-run may want it: always for a caller
    of results, for one of rows only when it has a discrepancy to show (encoding each
    whole result, document texts included, was most of the store's cost)."""
    if rows is None or rows.discrepancies:
        store.put_story(key, result)
    if rows is not None:
        store.put_rows(key, rows)


def _stored(key: str, store: ClaimStore, render: Render | None) -> Checked | None:
    """The story's outcome from the store: its rows (and its result when needed), or its
    result (rendered and kept for the next run); None when the store does not hold it."""
    rows = store.get_rows(key, render) if render is not None else None
    if rows is not None and render is not None and not _needs_result(rows, render):
        return Checked(None, rows)
    result = store.get_story(key)
    if result is None:
        return None
    if rows is None and render is not None:
        rows = story_rows(result, render)
        store.put_rows(key, rows)
    return _outcome(result, rows, render)


def _needs_result(rows: StoryRows, render: Render) -> bool:
    """Whether the caller needs the result of a story with these rows: to show or filter
    its discrepancies, or for the pages when the rows hold no views of its groups."""
    wanted = render.flagged_results or rows.render.several is None
    return wanted and rows.discrepancies > 0


def _outcome(result: StoryResult, rows: StoryRows | None, render: Render | None) -> Checked:
    """What goes back to the caller: the result only when it is wanted (it costs the most
    to send from a worker)."""
    if rows is None or render is None or _needs_result(rows, render):
        return Checked(result, rows)
    return Checked(None, rows)


def _extract_in_pool(documents: Sequence[Document], pool: Executor) -> Iterator[Pair]:
    batches = [documents[i : i + BATCH] for i in range(0, len(documents), BATCH)]
    for batch, extracted in zip(batches, pool.map(_extract_batch_task, batches), strict=True):
        yield from (dated_pair(d, e) for d, e in zip(batch, extracted, strict=True))


# --- inside a worker --------------------------------------------------------------------


_OPTIONS = RunOptions()
_STORE = LazyStore(None)


@contextlib.contextmanager
def _pool(workers: int, options: RunOptions, pages: bool = False) -> Iterator[Executor]:
    """Workers forked from a parent that has loaded the pipeline's modules and lexicons once
    (and the report templates, when the workers render `pages`), with its objects frozen out
    of the garbage collector so the workers share its pages instead of copying them (each
    worker loading them again cost 30 % more CPU time). A process pool of concurrent.futures,
    not of multiprocessing: the latter's thread that watches the workers also wakes on every
    result waiting to be read and spun until it was (a quarter of the parent's CPU time over
    GVA with 2 workers). multiprocessing is loaded here, when workers start (9 ms that a
    re-run checking one story in this process does without)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    if "fork" not in multiprocessing.get_all_start_methods():
        spawn = multiprocessing.get_context("spawn")
        pool = ProcessPoolExecutor(workers, spawn, _start_worker, (options,))
    else:
        _warm_up(options.config)
        if pages:
            from checker.reports.html_report import warm_up

            warm_up()
        gc.freeze()
        try:
            fork = multiprocessing.get_context("fork")
            pool = ProcessPoolExecutor(workers, fork, _start_worker, (options,))
            pool.submit(os.getpid).result()  # forks every worker now, while frozen
        finally:
            gc.unfreeze()  # the workers are forked: the parent collects as before
    try:
        yield pool
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _warm_up(config: Config) -> None:
    """Load what every story needs: the extraction, events and reconciliation modules and
    their compiled lexicons, by checking one small story; and the language model (1.8 s),
    which an input large enough for workers nearly always needs. The configuration's
    vocabulary is compiled here too, once for all workers."""
    from checker.pipeline import check_story
    from checker.readers.language import language_of

    language_of("Der Sturm hat in der Stadt viele Menschen verletzt. " * 3)  # py3langid
    text = "The quake killed 24 people and injured 249 others on Tuesday, police said."
    check_story(Story("", (Document("warm-up", text),), ()), config=config)


def _start_worker(options: RunOptions) -> None:
    global _OPTIONS, _STORE
    _OPTIONS = options
    _STORE = LazyStore(options.cache)  # each worker its own connection


def _check_story_task(task: tuple[StoryFolder, Render | None]) -> Checked:
    plan, render = task
    checked = _check_one(plan, _OPTIONS, None, _STORE.get(), render)
    save_new_patterns()
    return checked


def _extract_batch_task(documents: Sequence[Document]) -> list[Extracted]:
    vocabulary = _OPTIONS.config.vocabulary
    pairs = extract_documents(documents, _STORE.get(), vocabulary)
    save_new_patterns()
    return [(published_of(d), c) for d, c in pairs]
