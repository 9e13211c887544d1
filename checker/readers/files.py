"""Read one input file: size and permission checks, decoding, then the format's reader.

The format comes from the file's extension (any case). Files up to MAX_FILE_BYTES are
read whole; a 50 MB article is read like any other.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import TextIO

from checker.readers import Part, skipped
from checker.readers.encoding import decode_bytes, looks_binary, os_reason
from checker.readers.jsonrec import read_json, read_jsonl
from checker.readers.markdown import read_markdown
from checker.readers.text import read_text

Reader = Callable[[str], tuple[Part, ...]]


def read_html(text: str) -> tuple[Part, ...]:
    """checker.readers.html.read_html, whose module (with html.parser and configparser, 9 ms
    of start-up) is loaded on the first HTML page: a re-run that reads one text file needs
    none of it."""
    from checker.readers.html import read_html as read

    return read(text)


READERS: Mapping[str, Reader] = {
    ".txt": read_text,
    ".text": read_text,
    ".md": read_markdown,
    ".markdown": read_markdown,
    ".html": read_html,
    ".htm": read_html,
    ".json": read_json,
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
}
SUPPORTED = tuple(READERS)
# formats articles are often kept in that are not read, and what they are: the user is told
# to save them as text or HTML (a reader would cost seconds of start-up for little: a PDF's
# text comes out in broken lines and columns, and the offsets would point into that text)
CONVERT_FIRST: Mapping[str, str] = {
    ".docx": "a Word document",
    ".doc": "a Word document",
    ".odt": "an OpenDocument text",
    ".rtf": "a rich text file",
    ".pages": "a Pages document",
    ".pdf": "a PDF",
    ".epub": "an e-book",
}
CONVERT_HINT = "save it as plain text (.txt) or HTML and check that file"
MAX_FILE_BYTES = 200_000_000  # above this a file is skipped, and the reason says so


def extension(name: str) -> str:
    return os.path.splitext(name)[1].lower()


def convert_first(name: str) -> str:
    """What a file of a format to save as text first is ("a Word document"); "" otherwise."""
    return CONVERT_FIRST.get(extension(name), "")


def unsupported_reason(name: str) -> str:
    """Why a file's name rules it out, or "" when its format is one we read."""
    ext = extension(name)
    if ext in READERS:
        return ""
    if ext in CONVERT_FIRST:
        return f"{CONVERT_FIRST[ext]} ({ext}), which checkclaims does not read: {CONVERT_HINT}"
    return f"not a supported format ({ext})" if ext else "not a supported format (no extension)"


def read_file(path: str) -> tuple[Part, ...]:
    """The parts of one file, or a single skipped part saying why it cannot be read."""
    try:
        # O_NONBLOCK: opening a FIFO must not wait for a writer; a regular file ignores it
        with open(os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)), "rb") as handle:
            status = os.fstat(handle.fileno())
            if not stat.S_ISREG(status.st_mode):
                return (skipped("not a regular file"),)
            size = status.st_size
            if size > MAX_FILE_BYTES:
                return (skipped(f"too large ({_mb(size)}; the limit is {_mb(MAX_FILE_BYTES)})"),)
            data = handle.read()
    except OSError as error:
        return (skipped(f"unreadable: {os_reason(error)}"),)
    return read_bytes(data, READERS.get(extension(path), read_text))


def read_bytes(data: bytes, reader: Reader) -> tuple[Part, ...]:
    if not data:
        return (skipped("empty file"),)
    decoded = decode_bytes(data)
    if decoded.problem:
        return (skipped(decoded.problem),)
    return _noted(read_decoded(decoded.text, reader), decoded.note)


def _noted(parts: tuple[Part, ...], note: str) -> tuple[Part, ...]:
    """The parts with the decoder's note (invalid bytes replaced) added to each."""
    if not note:
        return parts
    return tuple(replace(p, note="; ".join(filter(None, (note, p.note)))) for p in parts)


def read_decoded(text: str, reader: Reader) -> tuple[Part, ...]:
    if not text.strip():
        return (skipped("empty file (blank)" if text else "empty file"),)
    return tuple(_blank_checked(part) for part in reader(text))


def _blank_checked(part: Part) -> Part:
    if part.skip or part.text.strip():
        return part
    return skipped("empty text", part.suffix)


def read_stream(stream: TextIO) -> tuple[Part, ...]:
    """The parts of standard input (or any stream), its format guessed from its start."""
    buffer = getattr(stream, "buffer", None)
    if buffer is None:
        text = stream.read()
        if looks_binary(text):
            return (skipped("binary file"),)
        return read_decoded(text, sniff_reader(text))
    decoded = decode_bytes(buffer.read())
    if decoded.problem:
        return (skipped(decoded.problem),)
    return _noted(read_decoded(decoded.text, sniff_reader(decoded.text)), decoded.note)


def sniff_reader(text: str) -> Reader:
    """The reader for text that came without a file name (standard input)."""
    head = text.lstrip()[:100].lower()
    if head.startswith(("<!doctype html", "<html", "<head", "<body")):
        return read_html
    if text.startswith("---"):
        return read_markdown
    return read_text


def _mb(size: int) -> str:
    return f"{size / 1_000_000:.0f} MB"
