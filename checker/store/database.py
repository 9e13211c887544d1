"""The incremental store: each document's claims and each story's result, kept in SQLite
between runs.

A story none of whose files changed (story_key: the plan and what the file system says of
each file, under a hash of the whole package) comes back whole, unread; a story with a
new or changed file is read and reconciled again, and only its new or changed documents
are extracted (document_key below).

A document's claims depend only on the document as read (its text and the fields
extraction reads: name, story, outlet, publication date and where it came from) and on the
code and data that extract them. The key is a hash of both (`document_key`), so a changed
text, a --published option or a new version of the extractor misses the store and the
document is extracted again; nothing is ever invalidated by hand. The extractor's version
(`extractor_version`) hashes the files of checker/extract/, checker/data/ and the modules
extraction imports from outside them; the readers are not in it because the text they
produce is in the key.

Safety: one SQLite file in WAL mode with a busy timeout, every write a transaction, so two
runs at once wait for each other and a run killed mid-write leaves the last committed
state. Nothing read back is trusted: each row carries a checksum of its payload, a row that
fails it or does not decode is a miss, and a file that is not a store of this layout
(garbage, an old schema, a damaged page) is deleted and built again.

Claims, results and rows are written as JSON with typed values (checker.store.codec), so
they come back equal to the frozen dataclasses that were stored, field for field.
"""

from __future__ import annotations

import binascii
import contextlib
import dataclasses
import datetime as dt
import functools
import hashlib
import json
import os
import sqlite3
import time
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any, TypeVar

from checker.errors import UsageError
from checker.model import (
    Document,
    StoryResult,
)
from checker.readers.manifest import MANIFEST_NAME
from checker.readers.walk import StoryFolder
from checker.reports.stream import Render, StoryRows
from checker.store.cache_dir import ENV_CACHE_DIR as ENV_CACHE_DIR  # the callers of before
from checker.store.cache_dir import default_cache_dir as default_cache_dir
from checker.store.codec import (
    Extracted,
    decode_extracted,
    decode_rows,
    decode_story,
    dumps,
    encode_extracted,
    encode_rows,
)

SCHEMA = (
    5  # 3: shared objects numbered after their fields (checker.store.codec); 4: CRC-32 checksums;
)
# 5: a story's rows hold the views of its flagged groups, and their long texts after a header
T = TypeVar("T")
FILE_NAME = "claims.sqlite3"
BUSY_TIMEOUT_MS = 60_000  # how long a run waits for another run's write
_PACKAGE = Path(__file__).resolve().parent.parent  # the checker package
# what decides a document's claims besides its fields: these files, hashed
_VERSION_GLOBS = (
    "extract/**/*.py",
    "data/**/*",
    "model.py",
    "vocab.py",
    "vocabulary.py",
    "pubdate.py",
)
# the codec, the dating step
_VERSION_FILES = ("store/database.py", "store/codec.py", "pipeline.py")


@functools.cache
def extractor_version() -> str:
    """A hash of the code and data files that decide extraction."""
    digest = hashlib.blake2b(f"schema {SCHEMA}".encode(), digest_size=16)
    paths = {p for pattern in _VERSION_GLOBS for p in _PACKAGE.glob(pattern) if p.is_file()}
    paths |= {_PACKAGE / name for name in _VERSION_FILES}
    for path in sorted(p for p in paths if "__pycache__" not in p.parts):
        digest.update(path.relative_to(_PACKAGE).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


@functools.cache
def package_version() -> str:
    """A hash of every code and data file of checkclaims: what decides a story's result."""
    digest = hashlib.blake2b(f"schema {SCHEMA}".encode(), digest_size=16)
    for path in sorted(p for p in _PACKAGE.rglob("*") if p.is_file()):
        if "__pycache__" not in path.parts:
            digest.update(path.relative_to(_PACKAGE).as_posix().encode() + b"\0")
            digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def story_key(plan: StoryFolder, published: dt.date | None, config: str = "") -> str | None:
    """The store's key of a story's whole result: the story as planned (its name, folders
    and entries) and, for every file it reads (documents and sources.csv), what the file
    system says of it (size, modification and change times, inode), as `make` and git do:
    a file written again, even with the same size, has a new change time; and `config`, the
    fingerprint of the configuration the story is checked under. None for a story read from
    standard input."""
    if any(entry.path == "-" for entry in plan.entries):
        return None
    manifests = [os.path.join(folder, MANIFEST_NAME) for folder, _ in plan.folders]
    files = [entry.path for entry in plan.entries if not entry.skip] + manifests
    described = {
        "plan": repr(plan),  # every field (a dataclass's repr; asdict costs 4 times more)
        "published": published.isoformat() if published else "",
        "config": config,
        "files": [_stat(path) for path in files],
        "folders": [_stat(folder) for folder, _ in plan.folders],
    }
    digest = hashlib.blake2b(package_version().encode() + b"\0", digest_size=20)
    digest.update(json.dumps(described, ensure_ascii=False).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def _stat(path: str) -> list[int] | str:
    try:
        info = os.stat(path)
    except OSError as error:
        return f"{type(error).__name__} {error.errno}"
    return [info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino, info.st_dev]


def document_key(document: Document, version: str | None = None, vocabulary: str = "") -> str:
    """The store's key of a document before dating: every field but its path on disk, and
    `vocabulary`, the fingerprint of the words a configuration adds to the vocabularies
    (checker.vocabulary; "" for the shipped ones, so their keys are as before)."""
    fields = dataclasses.asdict(dataclasses.replace(document, path=""))
    text = json.dumps(fields, default=str, ensure_ascii=False, sort_keys=True)
    salt = (version or extractor_version()) + (f" vocabulary {vocabulary}" if vocabulary else "")
    digest = hashlib.blake2b(salt.encode() + b"\0", digest_size=20)
    digest.update(text.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def _rows_key(key: str, render: Render) -> str:
    """The key of a story's rows in `render`'s format (and with its pages' rows rendered
    for a run of one story or of several, or not at all)."""
    pages = "" if render.several is None else f":pages{int(render.several)}"
    return f"{key}:{render.fmt}:{int(render.raw)}{pages}"


# what decoding a damaged payload raises (checker.store.codec): read as a miss
_UNDECODABLE = (ValueError, KeyError, TypeError, AttributeError, IndexError)


def _checksum(payload: bytes) -> str:
    """What finds a damaged payload (a torn or flipped page, a cut write): CRC-32 and the
    length. Not a cryptographic hash: nothing here defends against a forged store, and
    blake2b took 12-24 ms of a re-run over its 10 MB of rows, CRC-32 2 ms. binascii's, as
    it keeps the interpreter lock (zlib's lets it go on each large payload, and getting it
    back waits on the threads writing the texts)."""
    return f"crc32 {binascii.crc32(payload):08x} {len(payload)}"


# --- the store --------------------------------------------------------------------------


class ClaimStore:
    """Claims of documents by document_key, in one SQLite file of `folder`."""

    def __init__(self, folder: Path | str) -> None:
        self.folder = Path(folder)
        self.path = self.folder / FILE_NAME
        self.version = extractor_version()
        self.rebuilt = False  # True when a damaged file was thrown away
        self._ahead: dict[str, StoryRows] = {}  # rows read ahead (read_ahead) by rows key
        self._db = self._open()

    def _open(self) -> sqlite3.Connection:
        """Open the store; raises UsageError when its folder cannot hold one."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            try:
                return _connect_waiting(self.path, self.version)
            except sqlite3.DatabaseError as error:
                if _unusable_folder(error) or _transient(error):
                    raise  # a folder that cannot hold it, or a lock held a minute: not damage
                self.rebuilt = True
                _remove(self.path)
                return _connect_waiting(self.path, self.version)
        except (OSError, sqlite3.OperationalError) as error:
            raise UsageError(
                f"cannot keep the store of claims in {self.folder}: {error}",
                "choose a writable folder with --cache DIR, or turn the store off with --no-cache",
            ) from None

    def get_many(self, keys: Iterable[str]) -> dict[str, Extracted]:
        """The stored claims of the keys found; a damaged row is left out (a miss)."""
        return self._get("claims", keys, decode_extracted)

    def put_many(self, items: Mapping[str, Extracted]) -> None:
        """Store the claims of every key, in one transaction."""
        payloads = {key: encode_extracted(value) for key, value in items.items()}
        self._put("claims", payloads, self.version)

    def get_story(self, key: str) -> StoryResult | None:
        """A story's stored result (see story_key), or None."""
        return self._get("stories", [key], decode_story).get(key)

    def put_story(self, key: str, result: StoryResult) -> None:
        self._put("stories", {key: dumps(result)}, package_version())

    def get_rows(self, key: str, render: Render) -> StoryRows | None:
        """A story's stored report rows in the format `render` asks for, or None."""
        wanted = _rows_key(key, render)
        if wanted in self._ahead:
            return self._ahead.pop(wanted)
        return self._get("story_rows", [wanted], decode_rows).get(wanted)

    def read_ahead(self, keys: Iterable[str], render: Render) -> None:
        """Read the rows of the stories `keys` in one query, for get_rows to give them (in
        place of what was read ahead before: a run reads its stories in turn)."""
        self._ahead = self._get("story_rows", [_rows_key(k, render) for k in keys], decode_rows)

    def put_rows(self, key: str, rows: StoryRows) -> None:
        self._put("story_rows", {_rows_key(key, rows.render): encode_rows(rows)}, package_version())

    def held(self, keys: Iterable[str], render: Render | None) -> set[str]:
        """The story keys whose rows in `render`'s format (None: whose results) are stored,
        as far as a look at the keys tells (a damaged row is found when it is read)."""
        wanted = {(_rows_key(k, render) if render is not None else k): k for k in keys}
        table = "story_rows" if render is not None else "stories"
        found: set[str] = set()
        names = list(wanted)
        for start in range(0, len(names), 500):
            chunk = names[start : start + 500]
            sql = f"SELECT key FROM {table} WHERE key IN ({','.join('?' * len(chunk))})"
            found.update(wanted[row[0]] for row in self._query(sql, chunk))
        return found

    def _get(self, table: str, keys: Iterable[str], decode: Callable[[bytes], T]) -> dict[str, T]:
        found: dict[str, T] = {}
        wanted = list(dict.fromkeys(keys))
        for start in range(0, len(wanted), 500):  # SQLite's limit on parameters
            chunk = wanted[start : start + 500]
            marks = ",".join("?" * len(chunk))
            sql = f"SELECT key, payload, checksum FROM {table} WHERE key IN ({marks})"
            for key, payload, checksum in self._query(sql, chunk):
                with contextlib.suppress(*_UNDECODABLE):
                    if _checksum(payload) == checksum:
                        found[key] = decode(payload)
        return found

    def _put(self, table: str, payloads: Mapping[str, bytes], version: str) -> None:
        rows = [(k, version, p, _checksum(p)) for k, p in payloads.items()]
        if not rows:
            return
        try:
            with self._db:
                self._db.executemany(f"INSERT OR REPLACE INTO {table} VALUES (?, ?, ?, ?)", rows)
        except sqlite3.DatabaseError:
            self._rebuild()

    def _query(self, sql: str, params: list[str]) -> list[Any]:
        try:
            return self._db.execute(sql, params).fetchall()
        except sqlite3.DatabaseError:
            self._rebuild()
            return []

    def _rebuild(self) -> None:
        """The file went bad under us: drop it and start an empty one."""
        self.rebuilt = True
        with contextlib.suppress(sqlite3.Error):
            self._db.close()
        _remove(self.path)
        self._db = _connect(self.path, self.version)

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self._db.close()


# SQLite's own wait (busy_timeout) does not cover every lock another process may hold while
# it opens the same file: two runs creating a store side by side can get "database is
# locked" or "locking protocol" (SQLITE_PROTOCOL, for which SQLite's advice is to try again).
# Such an error says nothing of the file's contents: it must never make the store be thrown
# away as damaged, which would pull the file from under the other run.
_TRANSIENT = ("database is locked", "locking protocol", "database table is locked")
_RETRY_SECONDS = 0.05


def _transient(error: sqlite3.DatabaseError) -> bool:
    text = str(error).lower()
    return isinstance(error, sqlite3.OperationalError) and any(cue in text for cue in _TRANSIENT)


def _connect_waiting(path: Path, version: str) -> sqlite3.Connection:
    """_connect, tried again while another process's lock is in the way, for as long as
    SQLite itself waits for a busy database (BUSY_TIMEOUT_MS)."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            return _connect(path, version)
        except sqlite3.DatabaseError as error:
            if not _transient(error) or time.monotonic() >= deadline:
                raise
        time.sleep(_RETRY_SECONDS)


def _connect(path: Path, version: str) -> sqlite3.Connection:
    """Open the store, make it a store of this layout, drop rows of other versions; raises
    sqlite3.DatabaseError when the file is not a usable SQLite database."""
    # closed by another thread at the end of a run (checker.store.reading), never shared
    db = sqlite3.connect(
        path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
    )
    try:
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = NORMAL")  # WAL: a crash loses no committed row
        db.isolation_level = "IMMEDIATE"  # `with db:` transactions take the write lock first
        with db:
            _schema(db, version)
    except BaseException:
        db.close()
        raise
    return db


def _schema(db: sqlite3.Connection, version: str) -> None:
    db.execute("CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)")
    for table in ("claims", "stories", "story_rows"):
        db.execute(
            f"CREATE TABLE IF NOT EXISTS {table} (key TEXT PRIMARY KEY, version TEXT NOT NULL,"
            " payload BLOB NOT NULL, checksum TEXT NOT NULL) WITHOUT ROWID"
        )
    stored = dict(db.execute("SELECT name, value FROM meta").fetchall())
    if stored.get("schema", str(SCHEMA)) != str(SCHEMA):
        raise sqlite3.DatabaseError("a store of another layout")
    if stored.get("version") != version:  # rows of another extractor are never read again
        db.execute("DELETE FROM claims WHERE version != ?", (version,))
        db.execute("INSERT OR REPLACE INTO meta VALUES ('version', ?)", (version,))
    if stored.get("package") != package_version():
        for table in ("stories", "story_rows"):
            db.execute(f"DELETE FROM {table} WHERE version != ?", (package_version(),))
        db.execute("INSERT OR REPLACE INTO meta VALUES ('package', ?)", (package_version(),))
        db.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", (str(SCHEMA),))


def _unusable_folder(error: sqlite3.DatabaseError) -> bool:
    """An error of the folder (permissions, a full disk), not of the file's contents."""
    text = str(error).lower()
    return isinstance(error, sqlite3.OperationalError) and any(
        cue in text for cue in ("unable to open", "readonly", "read-only", "disk i/o", "full")
    )


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            os.remove(f"{path}{suffix}")


def open_store(cache: Path | str | None) -> ClaimStore | None:
    """The store in folder `cache`, or None (no store) when `cache` is None."""
    return None if cache is None else ClaimStore(cache)
