"""Readers turn one input file into the texts it holds, one module per format.

Every reader takes the decoded text of a file and returns a tuple of Part: one for a
text, Markdown or HTML file, one per record for JSON and JSON Lines. A reader never
raises on messy input; it returns a Part with `skip` set to the reason instead.
"""

from __future__ import annotations

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


def skipped(reason: str, suffix: str = "") -> Part:
    return Part("", suffix=suffix, skip=reason)
