"""The incremental store: each document's claims, kept in SQLite between runs.

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

Claims are written as JSON with typed values (Decimal as its exact string, dates as ISO),
so they come back equal to the frozen dataclasses that were stored, field for field.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import functools
import hashlib
import json
import os
import sqlite3
from collections.abc import Iterable, Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any

from checker.model import Claim, Document, Interval, Measure, TimeExpr

SCHEMA = 1
FILE_NAME = "claims.sqlite3"
ENV_CACHE_DIR = "CHECKCLAIMS_CACHE_DIR"  # overrides the default folder (tests use it)
BUSY_TIMEOUT_MS = 60_000  # how long a run waits for another run's write
_PACKAGE = Path(__file__).resolve().parent
# what decides a document's claims besides its fields: these files, hashed
_VERSION_GLOBS = ("extract/**/*.py", "data/**/*", "model.py", "vocab.py", "pubdate.py")
_VERSION_FILES = ("store.py", "pipeline.py")  # the codec below and the dating step
_TYPES = {cls.__name__: cls for cls in (Claim, Interval, Measure, TimeExpr)}

# (published, published_source, published_confidence) of the dated document, and its claims
Extracted = tuple[tuple[dt.date | None, str, str], tuple[Claim, ...]]


def default_cache_dir() -> Path:
    """$CHECKCLAIMS_CACHE_DIR, else $XDG_CACHE_HOME/checkclaims, else ~/.cache/checkclaims."""
    if os.environ.get(ENV_CACHE_DIR):
        return Path(os.environ[ENV_CACHE_DIR])
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "checkclaims"


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


def document_key(document: Document, version: str | None = None) -> str:
    """The store's key of a document before dating: every field but its path on disk."""
    fields = dataclasses.asdict(dataclasses.replace(document, path=""))
    text = json.dumps(fields, default=str, ensure_ascii=False, sort_keys=True)
    digest = hashlib.blake2b((version or extractor_version()).encode() + b"\0", digest_size=20)
    digest.update(text.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


# --- the codec --------------------------------------------------------------------------


def _encode(value: Any) -> Any:
    if isinstance(value, Decimal):
        return {"$d": str(value)}
    if isinstance(value, dt.date):
        return {"$date": value.isoformat()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = {f.name: _encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
        return {"$t": type(value).__name__, **fields}
    if isinstance(value, tuple):
        return {"$tuple": [_encode(v) for v in value]}
    return value


def _decode(value: Any) -> Any:
    if not isinstance(value, dict):
        return value
    if "$d" in value:
        return Decimal(value["$d"])
    if "$date" in value:
        return dt.date.fromisoformat(value["$date"])
    if "$tuple" in value:
        return tuple(_decode(v) for v in value["$tuple"])
    cls = _TYPES[value["$t"]]
    return cls(**{k: _decode(v) for k, v in value.items() if k != "$t"})


def encode_extracted(extracted: Extracted) -> bytes:
    dated, claims = extracted
    payload = {"dated": [_encode(v) for v in dated], "claims": [_encode(c) for c in claims]}
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode(
        "utf-8", "surrogatepass"
    )


def decode_extracted(payload: bytes) -> Extracted:
    data = json.loads(payload.decode("utf-8", "surrogatepass"))
    published, source, confidence = (_decode(v) for v in data["dated"])
    claims = tuple(_decode(c) for c in data["claims"])
    if not all(isinstance(c, Claim) for c in claims):
        raise ValueError("not a claim")
    sentences: dict[str, str] = {}  # claims of one sentence share one string, as extracted
    claims = tuple(
        dataclasses.replace(c, sentence=sentences.setdefault(c.sentence, c.sentence))
        for c in claims
    )
    return (published, source, confidence), claims


def _checksum(payload: bytes) -> str:
    return hashlib.blake2b(payload, digest_size=16).hexdigest()


# --- the store --------------------------------------------------------------------------


class ClaimStore:
    """Claims of documents by document_key, in one SQLite file of `folder`."""

    def __init__(self, folder: Path | str) -> None:
        self.folder = Path(folder)
        self.path = self.folder / FILE_NAME
        self.version = extractor_version()
        self.rebuilt = False  # True when a damaged file was thrown away
        self._db = self._open()

    def _open(self) -> sqlite3.Connection:
        self.folder.mkdir(parents=True, exist_ok=True)
        try:
            return _connect(self.path, self.version)
        except sqlite3.DatabaseError:
            self.rebuilt = True
            _remove(self.path)
            return _connect(self.path, self.version)

    def get_many(self, keys: Iterable[str]) -> dict[str, Extracted]:
        """The stored claims of the keys found; a damaged row is left out (a miss)."""
        found: dict[str, Extracted] = {}
        wanted = list(dict.fromkeys(keys))
        for start in range(0, len(wanted), 500):  # SQLite's limit on parameters
            chunk = wanted[start : start + 500]
            marks = ",".join("?" * len(chunk))
            rows = self._query(
                f"SELECT key, payload, checksum FROM claims WHERE key IN ({marks})", chunk
            )
            for key, payload, checksum in rows:
                with contextlib.suppress(ValueError, KeyError, TypeError, AttributeError):
                    if _checksum(payload) == checksum:
                        found[key] = decode_extracted(payload)
        return found

    def put_many(self, items: Mapping[str, Extracted]) -> None:
        """Store the claims of every key, in one transaction."""
        rows = []
        for key, extracted in items.items():
            payload = encode_extracted(extracted)
            rows.append((key, self.version, payload, _checksum(payload)))
        if not rows:
            return
        try:
            with self._db:
                self._db.executemany("INSERT OR REPLACE INTO claims VALUES (?, ?, ?, ?)", rows)
        except sqlite3.DatabaseError:
            self._rebuild()

    def _query(self, sql: str, params: list[str]) -> list[tuple[str, bytes, str]]:
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


def _connect(path: Path, version: str) -> sqlite3.Connection:
    """Open the store, make it a store of this layout, drop rows of other versions; raises
    sqlite3.DatabaseError when the file is not a usable SQLite database."""
    db = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    try:
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = NORMAL")  # WAL: a crash loses no committed row
        if db.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise sqlite3.DatabaseError("damaged store")
        db.isolation_level = "IMMEDIATE"  # `with db:` transactions take the write lock first
        with db:
            _schema(db, version)
    except BaseException:
        db.close()
        raise
    return db


def _schema(db: sqlite3.Connection, version: str) -> None:
    db.execute("CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)")
    db.execute(
        "CREATE TABLE IF NOT EXISTS claims (key TEXT PRIMARY KEY, version TEXT NOT NULL, "
        "payload BLOB NOT NULL, checksum TEXT NOT NULL) WITHOUT ROWID"
    )
    stored = dict(db.execute("SELECT name, value FROM meta").fetchall())
    if stored.get("schema", str(SCHEMA)) != str(SCHEMA):
        raise sqlite3.DatabaseError("a store of another layout")
    if stored.get("version") != version:  # rows of another extractor are never read again
        db.execute("DELETE FROM claims WHERE version != ?", (version,))
        db.execute("INSERT OR REPLACE INTO meta VALUES ('version', ?)", (version,))
        db.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", (str(SCHEMA),))


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            os.remove(f"{path}{suffix}")


def open_store(cache: Path | str | None) -> ClaimStore | None:
    """The store in folder `cache`, or None (no store) when `cache` is None."""
    return None if cache is None else ClaimStore(cache)
