"""Compiled regular expressions kept beside the store, so that a re-run which extracts one
new document does not parse and compile the extractor's ~420 patterns again (0.09 s of CPU,
a sixth of such a run's).

Python compiles a pattern in two steps: `re._parser` parses it and `re._compiler` turns the
parse into a list of opcodes, which `_sre.compile` makes into a Pattern. The opcodes depend
only on the pattern, its flags and the Python that compiled them, so `kept_patterns(folder)`
replaces both steps, for the duration of a run, by a look-up in a file of the store's folder
(`patterns.<python>.bin`: the arguments of `_sre.compile` by pattern and flags), and
compiles a pattern the usual way when the file does not have it; the patterns compiled anew
are written to the file when the run ends (and by each worker process after each task).
The Pattern made from the file is equal to the one re.compile makes (Pattern equality
compares the opcodes). Patterns compiled before the run starts (by the modules the command
line loads) are not served: about 100, 0.01 s.

The file also keeps texts that the extraction modules build when they are loaded, the
regex alternations of their word lists (checker.vocab: 0.035-0.04 s of a re-run), by a
digest of what each is built from (`remembered`).

Nothing read back is trusted further than the store's rows: the file carries a checksum of
its contents and the exact Python version, and a file that fails either, does not decode, or
gives `_sre.compile` opcodes it rejects, is ignored (the patterns are compiled as usual and
the file is written again). Only CPython 3.11 is served (the layout of `re._compiler` and
the arguments of `_sre.compile` differ between versions); elsewhere this does nothing.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

SUPPORTED = sys.implementation.name == "cpython" and sys.version_info[:2] == (3, 11)
MAX_PATTERNS = 1_000  # patterns a file keeps (the extractor compiles about 420): see save
_DIGEST = 32  # bytes of the blake2b checksum that opens the file
_LOCK = threading.Lock()  # one hook installed at a time
_ACTIVE: list[PatternFile] = []  # the file of the hook installed (in forked workers too)

Key = tuple[Any, int]  # (pattern, flags): the pattern a str or bytes
Arguments = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
Texts = dict[bytes, str]  # a digest of what a text is built from -> the text (remembered)


def file_name() -> str:
    return f"patterns.{sys.implementation.cache_tag}.bin"


class PatternFile:
    """The patterns of one file (`known`), those this process compiled or took from it
    (`used`), and whether any of them is new since the file was read or saved."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.known, self.texts = read_file(path)
        self.used: dict[Key, Arguments] = {}
        self.texts_used: Texts = {}
        self.new = False

    def save(self) -> None:
        """Write the patterns used to the file, with those another process may have added
        meanwhile; never raises (it is a cache). A pattern built from a set would be new
        in every run, as a set's order changes from process to process with string hashing
        (checker.vocab sorts its alternations for this reason): past MAX_PATTERNS the file
        keeps this run's patterns alone."""
        if not self.new:
            return
        patterns, texts = read_file(self.path)
        merged = {**patterns, **self.used}
        if len(merged) > MAX_PATTERNS:
            merged = dict(self.used)
        merged_texts = {**texts, **self.texts_used}
        if len(merged_texts) > MAX_PATTERNS:
            merged_texts = dict(self.texts_used)
        with contextlib.suppress(OSError, ValueError):
            write_patterns(self.path, merged, merged_texts)
            self.known, self.texts, self.new = merged, merged_texts, False


def read_patterns(path: Path) -> dict[Key, Arguments]:
    """The patterns of the file at `path`; {} when it is missing, damaged or of another
    Python."""
    return read_file(path)[0]


def read_file(path: Path) -> tuple[dict[Key, Arguments], Texts]:
    """The patterns and texts of the file at `path`; none when it is missing, damaged or
    of another Python or layout."""
    try:
        data = path.read_bytes()
    except OSError:
        return {}, {}
    digest, payload = data[:_DIGEST], data[_DIGEST:]
    if hashlib.blake2b(payload, digest_size=_DIGEST).digest() != digest:
        return {}, {}
    try:
        version, patterns, texts = marshal.loads(payload)
    except (ValueError, EOFError, TypeError):
        return {}, {}
    if version != _version() or not isinstance(patterns, dict) or not isinstance(texts, dict):
        return {}, {}
    return patterns, texts


def write_patterns(path: Path, patterns: dict[Key, Arguments], texts: Texts | None = None) -> None:
    """Write the file in one rename (a reader sees the old file or the new one)."""
    payload = marshal.dumps((_version(), patterns, texts or {}))
    digest = hashlib.blake2b(payload, digest_size=_DIGEST).digest()
    # a new file of this process and thread, with the mode the umask gives (as the store's)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}")
    try:
        handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666)
        with os.fdopen(handle, "wb") as out:
            out.write(digest + payload)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.remove(temporary)
        raise


def _version() -> str:
    import _sre

    return f"{sys.version} sre {_sre.MAGIC} {_sre.CODESIZE}"


@contextlib.contextmanager
def kept_patterns(folder: Path | str | None) -> Iterator[PatternFile | None]:
    """Within the block, patterns are compiled through the file of `folder` (None: as
    usual); the patterns compiled anew are saved when it ends, however it ends."""
    if folder is None or not SUPPORTED or not _LOCK.acquire(blocking=False):
        yield None
        return
    try:
        patterns = PatternFile(Path(folder) / file_name())
        with _hooked(patterns):
            _ACTIVE.append(patterns)
            try:
                yield patterns
            finally:
                _ACTIVE.remove(patterns)
                patterns.save()  # also when the run stops early: what was compiled is right
    finally:
        _LOCK.release()


def remembered(recipe: tuple[Any, ...], build: Callable[[], str]) -> str:
    """The text `build()` makes, which must depend only on `recipe` (a tuple of strings,
    numbers and lists or tuples of them): from the file of the hook installed when it has
    it, else built (and kept in the file when the block ends). Without a hook, built."""
    if not _ACTIVE:
        return build()
    patterns = _ACTIVE[-1]
    # marshal's version 2 writes no references: the same recipe, the same bytes, always
    key = hashlib.blake2b(marshal.dumps(recipe, 2), digest_size=16).digest()
    text = patterns.texts.get(key)
    if not isinstance(text, str):
        text = patterns.texts[key] = build()
        patterns.new = True
    patterns.texts_used[key] = text
    return text


def save_new_patterns() -> None:
    """Save the patterns compiled anew so far under the hook installed, if any: for a
    worker process forked inside `kept_patterns`, which never reaches the block's end."""
    for patterns in _ACTIVE:
        patterns.save()


@contextlib.contextmanager
def _hooked(patterns: PatternFile) -> Iterator[None]:
    from re import _compiler  # type: ignore[attr-defined]

    original = _compiler.compile

    def compile_kept(pattern: Any, flags: int = 0) -> Any:
        # a parsed pattern (re.Scanner's), a subclass of str or a debug run: as usual (the
        # file holds plain strings and ints, which marshal writes)
        if type(pattern) not in (str, bytes) or flags & _compiler.SRE_FLAG_DEBUG:
            return original(pattern, flags)
        flags = int(flags)  # a RegexFlag given directly
        key = (pattern, flags)
        arguments = patterns.known.get(key)
        if arguments is not None:
            with contextlib.suppress(Exception):  # opcodes _sre rejects: compile anew
                compiled = _compiler._sre.compile(pattern, *arguments)
                patterns.used[key] = arguments
                return compiled
        arguments = compile_arguments(pattern, flags)
        compiled = _compiler._sre.compile(pattern, *arguments)
        patterns.used[key] = patterns.known[key] = arguments
        patterns.new = True
        return compiled

    _compiler.compile = compile_kept
    try:
        yield
    finally:
        _compiler.compile = original


def compile_arguments(pattern: str | bytes, flags: int) -> Arguments:
    """What Python 3.11's re._compiler.compile gives `_sre.compile` after the pattern."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]  # opcodes are an int subclass
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (
        int(flags | parsed.state.flags),
        code,
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )
