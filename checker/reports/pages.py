"""report.html, report.md and texts/ written into a report set a story at a time, beside the
tables of checker.reports.stream, so that `checkclaims check` never holds an archive.

Each story's flagged groups and document rows are rendered as it comes and spooled in
unnamed temporary files of the set folder (checker.reports.html_report.Pages); its document rows
come rendered with its rows when the run's number of stories was known before it started
(`page_rows`: rendered by the worker that checked it, or kept in the store). Its checked
texts are written by a thread, off the caller's path, straight into the set, or linked from
the current set when it holds the same text (a re-run writes and fsyncs only what changed),
and fsync'd by threads in batches while the run goes on (an fsync waits on the disk). When the last
story is in, each page is written whole: the head with the run's figures, then the spools.
The files are the same, byte for byte, as checker.reports.tables.write_reports writes.
"""

from __future__ import annotations

import collections
import os
import tempfile
import threading
from collections.abc import Iterable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import IO, TYPE_CHECKING

from checker.readers import without_surrogates
from checker.reports import columns
from checker.reports.html_report import KINDS, Pages, document_rows_text
from checker.reports.reportset import WRITERS, file_mask, link_if_same, sync_file, sync_folder
from checker.reports.stream import BUFFER, StoryRows
from checker.reports.view import DocumentView, document_views, flagged_groups, story_text_names

if TYPE_CHECKING:
    from checker.model import StoryResult

NAMES = (*KINDS.values(), "texts")  # what this writes in the report folder
BATCH = 64  # texts fsync'd by one thread task
QUEUED = 16  # batches of texts that may wait for the writing threads
TEXT_WRITERS = 4  # threads writing the texts (a write or link waits on the disk's journal)


def page_rows(
    story: str, documents: Iterable[Sequence[str]], doc_ids: Iterable[str], several: bool
) -> tuple[tuple[str, str], ...]:
    """A story's rows of the documents table of each page (StoryRows.pages), from its
    documents report rows (cells in columns.DOCUMENTS order) and its checked documents."""
    views = _views(story, documents, story_text_names(story, doc_ids, several))
    return tuple((kind, document_rows_text(kind, views, several)) for kind in KINDS)


def _views(
    story: str, documents: Iterable[Sequence[str]], names: dict[tuple[str, str], str]
) -> tuple[DocumentView, ...]:
    rows = (dict(zip(columns.DOCUMENTS, row, strict=True)) for row in documents)
    return document_views(rows, names)


class HumanWriter:
    """The pages and texts of a run, written into the set folder `folder`; `old` is the
    current set (texts it holds are linked); `several`: the run holds several stories."""

    def __init__(self, folder: Path, old: Path | None, several: bool) -> None:
        self.folder, self.old, self.several = folder, old, several
        self.root = str(folder)
        self.mode = 0o666 & ~file_mask()  # what a text written now gets: one linked must too
        self.pages = Pages(several, self._spool)
        self.pool = ThreadPoolExecutor(WRITERS)  # fsyncs
        self.writer = ThreadPoolExecutor(TEXT_WRITERS)  # the texts, off the caller's path
        # the texts' folders, made one at a time: side by side, the writers waited on one
        # another's mkdir in texts/ (390 story folders on a loaded disk: 0.46-0.55 s from
        # four threads, 0.24-0.40 s from one); asked for with each batch of texts
        self.maker = ThreadPoolExecutor(1)
        self.made: dict[str, Future[None]] = {}  # folder in the set -> the task making it
        self.unmade: list[str] = []  # folders the texts not handed over yet go in
        self.asked: set[str] = set()  # folders in `made` or `unmade`
        self.queued: collections.deque[Future[None]] = collections.deque()
        self.unsent: list[tuple[str, str]] = []  # (name, text) not handed to the writer yet
        self.lock = threading.Lock()  # guards `pending`, which the writers add to
        self.pending: list[Future[None]] = []  # fsyncs
        self.folders: set[str] = set()  # to fsync at the end: in the set ("": the set)

    def _spool(self) -> IO[str]:
        return tempfile.TemporaryFile(
            "w+", buffering=BUFFER, encoding="utf-8", newline="", dir=self.folder
        )

    def add(self, rows: StoryRows, result: StoryResult | None) -> None:
        """One story: its rows (documents and texts), and its result when it has a
        discrepancy to show and its rows do not hold the views of its flagged groups."""
        names = story_text_names(rows.story, (doc_id for doc_id, _ in rows.texts), self.several)
        if rows.shows_flagged(self.several):
            groups = rows.flagged  # the views flagged_groups gives, made with the rows
        else:
            groups = flagged_groups(result, names) if result is not None else ()
        rendered = dict(rows.pages)
        if rendered and rows.render.several == self.several:
            self.pages.add_rendered(groups, rendered, len(rows.documents))
        else:
            self.pages.add(groups, _views(rows.story, rows.documents, names))
        for doc_id, text in rows.texts:
            name = names[(rows.story, doc_id)]
            within = name.rpartition("/")[0]  # its folder in the set: texts/<story>
            if within not in self.asked:
                self.asked.add(within)
                self.unmade.append(within)
                self._note_folders(within)
            self.unsent.append((name, text))
        if len(self.unsent) >= BATCH:
            self._queue()

    def sync_later(self, handle: IO[str]) -> None:
        """fsync a file written beside the pages (one of the tables) while the run ends;
        close waits for it."""
        handle.flush()
        with self.lock:
            self.pending.append(self.pool.submit(os.fsync, handle.fileno()))

    def _queue(self) -> None:
        """Hand the texts gathered to the writing threads (in batches: waking one costs the
        caller too); wait for them when they are far behind (a failed write raises here or
        in close)."""
        if self.unmade:  # one task for the folders of the batch, before its texts
            paths = [os.path.join(self.root, within) for within in self.unmade]
            self.made.update(dict.fromkeys(self.unmade, self.maker.submit(_make_folders, paths)))
            self.unmade = []
        texts, self.unsent = self.unsent, []
        if texts:
            self.queued.append(self.writer.submit(self._write_texts, texts))
        while self.queued and (len(self.queued) > QUEUED or self.queued[0].done()):
            self.queued.popleft().result()

    def _write_texts(self, texts: list[tuple[str, str]]) -> None:
        """Write (or link) texts, then have them fsync'd by another thread."""
        written = [self._write_text(name, without_surrogates(text)) for name, text in texts]
        paths = [path for path in written if path is not None]
        if paths:
            with self.lock:
                self.pending = [f for f in self.pending if not f.done() or f.exception()]
                self.pending.append(self.pool.submit(_sync_all, paths))

    def _write_text(self, name: str, text: str) -> str | None:
        """Write one text, or link it from the old set; the path written (None: linked).
        Paths as text (a re-run links a thousand: pathlib's objects cost the threads, and
        the caller waiting for the interpreter lock, more than the links)."""
        self.made[name.rpartition("/")[0]].result()  # raises what mkdir raised
        path = os.path.join(self.root, name)
        if self.old is not None and link_if_same(f"{self.old}/{name}", path, text, self.mode):
            return None
        _write_bytes(path, text.encode("utf-8"))
        return path

    def _note_folders(self, within: str) -> None:
        """The folder `within` the set and those between it and the set, to be fsync'd at
        the end."""
        while within and within not in self.folders:
            self.folders.add(within)
            within = within.rpartition("/")[0]
        self.folders.add("")

    def close(self, summary: str) -> None:
        """Write the pages, with `summary` (the run's line) in their head, and wait until
        they, every text and every file given to sync_later are on the disk."""
        try:
            self._queue()
            while self.queued:
                self.queued.popleft().result()
            for kind, name in KINDS.items():
                with open(self.folder / name, "w", encoding="utf-8", newline="") as out:
                    self.pages.write(kind, summary, out)
                with self.lock:
                    self.pending.append(self.pool.submit(sync_file, self.folder / name))
            for future in self.pending:
                future.result()  # raises what the thread raised
            # side by side: the disk's journal takes many at once (390 story folders:
            # 1.4 s one after another, 0.05 s in threads), a share of them to each thread
            folders = [os.path.join(self.root, within) for within in sorted(self.folders)]
            shares = [folders[i::WRITERS] for i in range(min(WRITERS, len(folders)))]
            list(self.pool.map(_sync_folders, shares))
        finally:
            self.abandon()

    def abandon(self) -> None:
        """Let the spools and threads go (the set folder is removed by its owner)."""
        self.writer.shutdown(wait=True, cancel_futures=True)
        self.maker.shutdown(wait=True, cancel_futures=True)
        self.pages.close()
        self.pool.shutdown(wait=True)


def _write_bytes(path: str, data: bytes) -> None:
    """Write a new file (open() with an encoding costs more than the write itself)."""
    handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(handle, view) :]
    finally:
        os.close(handle)


def _make_folders(folders: list[str]) -> None:
    for folder in folders:
        os.makedirs(folder, exist_ok=True)


def _sync_folders(folders: list[str]) -> None:
    for folder in folders:
        sync_folder(folder)


def _sync_all(paths: list[str]) -> None:
    for path in paths:
        sync_file(path)
