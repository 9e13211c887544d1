"""The Dask engine: an archive checked on a Dask cluster, one machine or many.

`checkclaims check ARCHIVE --engine dask [--scheduler ADDRESS]` (the optional extra,
`pip install 'checkclaims[dask]'`). With no address a LocalCluster of `jobs` process
workers (one per CPU for 0) starts for the run and stops after it. A remote cluster's
workers must see the archive (and the --cache folder) at the same paths, and run the same
version of checkclaims.

The archive goes through in slices of SLICE stories, so the client holds one slice at a
time: the slice's stories are read by the workers (a bag of story plans), their documents
are extracted as a Dask bag (through each worker's own connection to the store), and each
story is then reconciled as one task. Every step calls the functions the local engine
calls (checker.documents.read_story, checker.store.claims.extract_documents,
checker.pipeline.check_story), so the reports are the same, byte for byte.
"""

from __future__ import annotations

import datetime as dt
import os
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from checker.config import Config
from checker.errors import UsageError
from checker.model import Claim, Document, Story, StoryResult
from checker.readers.walk import StoryFolder
from checker.store.database import ClaimStore, Extracted, open_store
from checker.vocabulary import Vocabulary

SLICE = 256  # stories per round trip through the cluster
PARTITION = 16  # documents per task of the extraction bag
MISSING = UsageError(
    "the dask engine needs the packages dask and distributed",
    "install them with: pip install 'checkclaims[dask]'",
)


def check_with_dask(
    paths: Sequence[str],
    published: dt.date | None = None,
    follow_links: bool = False,
    cache: Path | str | None = None,
    scheduler: str | None = None,
    jobs: int = 0,
    cluster: Any = None,
    config: Config | None = None,
) -> tuple[int, Iterator[StoryResult]]:
    """The number of stories at `paths` and their results, in order, computed on the
    cluster at `scheduler` (or `cluster`, or a local one started here). Raises UsageError
    when dask is not installed, InputError for unusable paths."""
    try:
        import dask.bag  # noqa: F401
        import distributed  # noqa: F401
    except ImportError:
        raise MISSING from None
    from checker.documents import STDIN, plan_stories

    plans = plan_stories(paths, follow_links)
    if any(entry.path == STDIN for plan in plans for entry in plan.entries):
        raise UsageError(
            "the dask engine cannot read standard input", "save it to a file, or use --engine local"
        )
    folder = None if cache is None else os.fspath(cache)
    where = scheduler or cluster
    return len(plans), _results(plans, published, folder, where, jobs, config or Config())


def _results(
    plans: Sequence[StoryFolder],
    published: dt.date | None,
    cache: str | None,
    where: Any,
    jobs: int,
    config: Config,
) -> Iterator[StoryResult]:
    from distributed import Client, LocalCluster

    own = None
    if where is None:
        workers = (os.cpu_count() or 1) if jobs == 0 else jobs
        own = where = LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
        )
    client = Client(where)
    try:
        for start in range(0, len(plans), SLICE):
            yield from _slice(client, plans[start : start + SLICE], published, cache, config)
    finally:
        client.close()
        if own is not None:
            own.close()


def _slice(
    client: Any,
    plans: Sequence[StoryFolder],
    published: dt.date | None,
    cache: str | None,
    config: Config,
) -> list[StoryResult]:
    import dask.bag as db

    stories: list[Story] = client.compute(
        db.from_sequence(plans, partition_size=4).map(_read, published)
    ).result()
    documents = [(i, d) for i, story in enumerate(stories) for d in story.documents]
    extracted: list[tuple[int, Extracted]] = []
    if documents:
        bag = db.from_sequence(documents, partition_size=PARTITION)
        partitions = bag.map_partitions(_extract_partition, cache, config.vocabulary)
        extracted = client.compute(partitions).result()
    per_story: list[list[Extracted]] = [[] for _ in stories]
    for index, item in extracted:
        per_story[index].append(item)
    futures = [
        client.submit(_check, story, found, config, pure=False)
        for story, found in zip(stories, per_story, strict=True)
    ]
    return list(client.gather(futures))


def _read(plan: StoryFolder, published: dt.date | None) -> Story:
    from checker.documents import read_story

    return read_story(plan, published)


def _extract_partition(
    items: Sequence[tuple[int, Document]], cache: str | None, vocabulary: Vocabulary
) -> list[tuple[int, Extracted]]:
    from checker.store.claims import extract_documents

    pairs = extract_documents([d for _, d in items], _store(cache), vocabulary)
    return [
        (index, ((d.published, d.published_source, d.published_confidence), claims))
        for (index, _), (d, claims) in zip(items, pairs, strict=True)
    ]


def _check(story: Story, found: Sequence[Extracted], config: Config) -> StoryResult:
    """Reconcile a story with the configuration applied to its claims, as the local engine
    does (checker.workers)."""
    from checker.pipeline import check_story, configured
    from checker.store.claims import dated_pair

    pairs: Iterator[tuple[Document, tuple[Claim, ...]]] = (
        dated_pair(d, e) for d, e in zip(story.documents, found, strict=True)
    )
    return check_story(story, list(configured(pairs, config)), config)


_LOCAL = threading.local()  # a worker's connections: SQLite's are not shared by threads


def _store(cache: str | None) -> ClaimStore | None:
    if cache is None:
        return None
    stores = _LOCAL.__dict__.setdefault("stores", {})
    if cache not in stores:
        stores[cache] = open_store(cache)
    store: ClaimStore | None = stores[cache]
    return store
