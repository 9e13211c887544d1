"""Readers turn one input file into the texts it holds, one module per format.

Every reader takes the decoded text of a file and returns a tuple of Part: one for a
text, Markdown or HTML file, one per record for JSON and JSON Lines. A reader never
raises on messy input; it returns a Part with `skip` set to the reason instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from checker.readers.fields import Meta


@dataclass(frozen=True)
class Part:
    """One text an input yields (a whole file, or one record of a JSON file)."""

    text: str
    suffix: str = ""  # "" for the whole file, "#3" for its third record
    meta: Meta = field(default_factory=Meta)
    meta_source: str = ""  # front matter / html metadata / record
    skip: str = ""  # why this part cannot be checked; "" when it can
    note: str = ""  # what was repaired while reading it ("1 invalid UTF-8 byte replaced")


def skipped(reason: str, suffix: str = "") -> Part:
    return Part("", suffix=suffix, skip=reason)


# Lone surrogates (from a JSON "\\ud800" escape or a file name that is not UTF-8) cannot
# be written as UTF-8; each becomes one replacement character, so offsets do not move.
_SURROGATE = re.compile("[\ud800-\udfff]")


def without_surrogates(text: str) -> str:
    """The text with every lone surrogate replaced by U+FFFD, one character for one."""
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text
