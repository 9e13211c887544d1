"""Bytes to text: UTF-8 first (a few invalid bytes replaced), then charset-normalizer;
binary data is refused.

The decoded text is kept exactly as decoded: newlines are not normalised and nothing is
stripped, so character offsets match the file's characters (a byte-order mark is not a
character of the text and is removed).
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

# Byte-order marks, longest first: the UTF-32 LE mark starts with the UTF-16 LE mark.
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# C0 control characters that prose never uses (tab, newlines, form feed and escape are allowed).
STRAY_CONTROL = re.compile(
    r"""
    [\x00-\x08]     # NUL .. backspace
    | [\x0e-\x1a]   # shift out .. substitute
    | [\x1c-\x1f]   # file, group, record and unit separators
    """,
    re.VERBOSE,
)
MAX_CONTROL_SHARE = 0.05  # more control characters than this and it is not text
MAX_REPLACED = 3  # invalid UTF-8 bytes replaced when no other encoding reads a file
DETECT_SAMPLE_BYTES = 1_000_000  # charset-normalizer guesses from this much of a large file
SNIFF_CHARS = 65536
SPARSE_HIGH_SHARE = 0.1  # below this share of non-ASCII bytes, try single-byte code pages first
# The single-byte code pages of European news text, most common first.
SINGLE_BYTE_ENCODINGS = (
    "cp1252",
    "cp1250",
    "cp1257",
    "cp1254",
    "iso8859_15",
    "mac_roman",
)  # how much of the decoded text the control-character test looks at


@dataclass(frozen=True)
class Decoded:
    """Text decoded from bytes, or the reason it could not be."""

    text: str
    encoding: str = ""
    problem: str = ""  # "binary file" when the bytes are not text
    note: str = ""  # what was repaired: invalid UTF-8 bytes, NUL bytes


def decode_bytes(data: bytes) -> Decoded:
    """Decode file contents; the problem is "binary file" when they are not text.

    UTF-8 with a few invalid bytes is UTF-8 with replacement characters (and a note);
    text with many NUL bytes (UTF-16 without a byte-order mark) goes to charset-normalizer;
    stray NUL bytes are read as spaces, so offsets do not move.
    """
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return _checked(_decode_or_none(data[len(bom) :], encoding), encoding)
    text = _decode_or_none(data, "utf-8")
    if text is None:
        return _repaired_or_detected(data)
    if "\x00" in text and looks_binary(text):
        return _detect(data)
    return _checked(text, "utf-8")


def _repaired_or_detected(data: bytes) -> Decoded:
    """UTF-8 with invalid bytes replaced when the rest is clearly UTF-8 (more valid
    multi-byte characters than invalid bytes) or nothing else reads it; else a guess."""
    repaired = data.decode("utf-8", errors="replace")
    invalid = repaired.count("\ufffd") - data.count("\ufffd".encode())
    multibyte = sum(1 for ch in repaired if ord(ch) > 0x7F) - repaired.count("\ufffd")
    note = f"{invalid} invalid UTF-8 byte{'s' if invalid > 1 else ''} read as U+FFFD"
    if multibyte > invalid:
        return _checked(repaired, "utf-8", note)
    detected = _detect(data)
    if detected.problem and invalid <= max(MAX_REPLACED, len(data) // 1000):
        return _checked(repaired, "utf-8", note)
    return detected


def _decode_or_none(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _detect(data: bytes) -> Decoded:
    """Ask charset-normalizer (imported here: most files are UTF-8 and never need it).

    It guesses from a sample, which keeps a 50 MB file fast; the whole file is then
    decoded with that guess, or guessed again in full when the guess does not fit it.
    """
    sample = data[:DETECT_SAMPLE_BYTES]
    encoding = _guess(sample)
    text = _decode_or_none(data, encoding) if encoding else None
    if text is None and len(data) > len(sample):
        encoding = _guess(data)
        text = _decode_or_none(data, encoding) if encoding else None
    if text is None:
        return Decoded("", problem="binary file")
    return _checked(text, encoding)


def _guess(data: bytes) -> str:
    """The encoding charset-normalizer finds most likely, "" when it finds none.

    Text that is mostly ASCII with a few other bytes is Western European text in a
    single-byte code page: left to itself, charset-normalizer often reads a short
    Latin-1 sentence as Big5 or Shift JIS.
    """
    from charset_normalizer import from_bytes

    high = sum(1 for byte in data[:SNIFF_CHARS] if byte >= 0x80)
    if high < SPARSE_HIGH_SHARE * min(len(data), SNIFF_CHARS):
        best = from_bytes(data, cp_isolation=list(SINGLE_BYTE_ENCODINGS)).best()
        if best is not None:
            return best.encoding
    best = from_bytes(data).best()
    return best.encoding if best is not None else ""


def _checked(text: str | None, encoding: str, note: str = "") -> Decoded:
    if text is None or looks_binary(text):
        return Decoded("", encoding, problem="binary file")
    if "\x00" in text:
        nul = text.count("\x00")
        text = text.replace("\x00", " ")
        note = "; ".join(
            filter(None, (note, f"{nul} NUL byte{'s' if nul > 1 else ''} read as spaces"))
        )
    return Decoded(text, encoding, note=note)


def looks_binary(text: str) -> bool:
    """True when the text holds more stray control characters (NUL bytes included) than
    prose ever does."""
    sample = text[:SNIFF_CHARS]
    if not sample:
        return False
    return len(STRAY_CONTROL.findall(sample)) > MAX_CONTROL_SHARE * len(sample)


def os_reason(error: OSError) -> str:
    """Why the operating system would not let us read a file, in a few words."""
    if isinstance(error, PermissionError):
        return "permission denied"
    return (error.strerror or type(error).__name__).lower()
