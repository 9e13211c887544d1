"""sources.csv: metadata for the files beside it.

The header is file,outlet,published,url,title; every column but `file` is optional and
may be empty. A row gives metadata for the file of that name in the manifest's folder;
its values win over what the file itself says (front matter, HTML metadata, record
fields). The first row for a file counts. A manifest that cannot be read is reported,
and its folder is read as if it had none.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from checker.readers.encoding import decode_bytes, os_reason
from checker.readers.fields import Meta, meta_from

MANIFEST_NAME = "sources.csv"
FILE_COLUMNS = ("file", "filename", "path")


@dataclass(frozen=True)
class Manifest:
    """The rows of one sources.csv, by file name, or why it could not be read."""

    path: str
    rows: Mapping[str, Meta] = field(default_factory=lambda: MappingProxyType({}))
    problem: str = ""


def read_manifest(folder: str) -> Manifest | None:
    """The folder's sources.csv, or None when it has none."""
    path = os.path.join(folder, MANIFEST_NAME)
    if not os.path.isfile(path):
        return None
    try:
        with open(path, "rb") as handle:
            decoded = decode_bytes(handle.read())
    except OSError as error:
        return Manifest(path, problem=f"manifest unreadable: {os_reason(error)}")
    if decoded.problem:
        return Manifest(path, problem=f"manifest not read: {decoded.problem}")
    return _parse(path, decoded.text)


def _parse(path: str, text: str) -> Manifest:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    try:
        header = [str(name).strip().lower() for name in reader.fieldnames or ()]
        if not any(column in header for column in FILE_COLUMNS):
            return Manifest(path, problem="manifest not read: it has no 'file' column")
        twice = next((c for n, c in enumerate(header) if c and c in header[:n]), None)
        if twice is not None:
            return Manifest(path, problem=f"manifest not read: column '{twice}' appears twice")
        records = list(reader)
    except csv.Error as error:
        return Manifest(path, problem=f"manifest not read: not valid CSV ({error})")
    rows: dict[str, Meta] = {}
    for record in records:
        cleaned = {str(k).strip().lower(): v for k, v in record.items() if k is not None}
        name = next((cleaned[c] for c in FILE_COLUMNS if cleaned.get(c)), "")
        if name.strip():
            rows.setdefault(normalise_name(name), meta_from(cleaned))
    return Manifest(path, MappingProxyType(rows))


def normalise_name(name: str) -> str:
    """A manifest's file name as the folder walk spells it: / separators, no leading ./"""
    name = name.strip().replace("\\", "/")
    while name.startswith("./"):
        name = name[2:]
    return name
