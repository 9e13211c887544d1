"""The store as a run reads it (checker.workers): opened on first use, and the rows of the
stories it holds read a batch at a time."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator, Sequence
from contextvars import ContextVar
from typing import TYPE_CHECKING

from checker.store.database import ClaimStore, open_store

if TYPE_CHECKING:
    from checker.reports.stream import Render

AHEAD = 64  # stories whose stored rows are read in one query
# the threads closing the stores of a block of closing_in_background (None: out of one)
_CLOSING: ContextVar[list[threading.Thread] | None] = ContextVar("closing", default=None)


@contextlib.contextmanager
def closing_in_background() -> Iterator[None]:
    """The stores a run closes in the block (LazyStore.close(background=True)) close in a
    thread, each waited for when the block ends. Closing the last connection checkpoints
    the log into the file and fsyncs it: 17-170 ms at the end of a re-run's stories on this
    loaded disk, which the pages and the fsyncs of the report set need not wait for."""
    token = _CLOSING.set([])
    try:
        yield
    finally:
        threads = _CLOSING.get() or []
        _CLOSING.reset(token)
        for thread in threads:
            thread.join()


class LazyStore:
    """The store, opened on first use (a run that finds everything in workers never opens
    it in the parent)."""

    def __init__(self, cache: str | None) -> None:
        self.cache = cache
        self.store: ClaimStore | None = None

    def get(self) -> ClaimStore | None:
        if self.store is None and self.cache is not None:
            self.store = open_store(self.cache)
        return self.store

    def close(self, background: bool = False) -> None:
        """Close the store; in a thread when asked to and inside closing_in_background
        (never before workers are forked: no connection, or thread, goes with them)."""
        closing = _CLOSING.get() if background else None
        if self.store is not None and closing is not None:
            thread = threading.Thread(target=self.store.close, name="checkclaims-store-close")
            thread.start()
            closing.append(thread)
        elif self.store is not None:
            self.store.close()
        self.store = None


class ReadAhead:
    """Reads the rows of the stories the store holds a batch at a time (one query for the
    next AHEAD of them, not one each), as the run comes to them."""

    def __init__(self, keys: Sequence[str | None], held: Sequence[bool], render: Render | None):
        self.keys, self.held, self.render = keys, held, render
        self.upto = 0  # the stories before this one were read ahead already

    def before(self, index: int, store: ClaimStore | None) -> None:
        """Called before the story `index` is taken from the store."""
        if store is None or self.render is None or index < self.upto or not self.held[index]:
            return
        self.upto = index + AHEAD
        span = range(index, min(self.upto, len(self.keys)))
        store.read_ahead([k for i in span if self.held[i] and (k := self.keys[i])], self.render)
