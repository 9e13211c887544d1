"""JSON and JSON Lines: each record with a text is one document.

A .json file holds one record, a list of records, or an object whose "records",
"documents", "articles", "items" or "data" member is that list. A .jsonl file holds one
record per line. The text field (text, content, body or article) is checked exactly as
stored; title, outlet, published and url come from the record (see fields.FIELD_ALIASES).
Records are named "<file>#<n>": n counts records from 1 in a .json file and is the
line number in a .jsonl file.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import astuple
from typing import Any

from checker.readers import Part, skipped, without_surrogates
from checker.readers.fields import FIELD_ALIASES, meta_from

RECORD_LISTS = ("records", "documents", "articles", "items", "data")
# Python refuses to turn more digits than this into an int (sys.get_int_max_str_digits);
# a longer number stays the string it is written as instead of invalidating the file.
MAX_INT_DIGITS = 4000


def _parse_int(digits: str) -> int | str:
    return int(digits) if len(digits) <= MAX_INT_DIGITS else digits


def _loads(text: str) -> Any:
    return json.loads(text, parse_int=_parse_int)


def read_json(text: str) -> tuple[Part, ...]:
    try:
        value = _loads(text)
    except (ValueError, RecursionError) as error:
        return (skipped(f"not valid JSON ({_describe(error)})"),)
    parts = tuple(_record_part(record, f"#{n}") for n, record in enumerate(_records(value), 1))
    return _or_no_records(parts)


def read_jsonl(text: str) -> tuple[Part, ...]:
    parts: list[Part] = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = _loads(line)
        except (ValueError, RecursionError):
            parts.append(skipped(f"not valid JSON on line {number}", f"#{number}"))
            continue
        parts.append(_record_part(record, f"#{number}"))
    return _or_no_records(tuple(parts))


def _records(value: Any) -> list[Any]:
    if isinstance(value, list):
        return value
    if isinstance(value, Mapping):
        if _raw_text(value) is not None:
            return [value]
        for key in RECORD_LISTS:
            if isinstance(value.get(key), list):
                return list(value[key])
    return []


def _record_part(record: Any, suffix: str) -> Part:
    if not isinstance(record, Mapping):
        return skipped("record is not an object", suffix)
    text = _raw_text(record)
    if text is None:
        return skipped("record has no text", suffix)
    meta = meta_from(record)
    meta = type(meta)(*(without_surrogates(value) for value in astuple(meta)))
    clean = without_surrogates(text)
    note = "lone surrogate escapes read as U+FFFD" if clean != text else ""
    return Part(clean, suffix=suffix, meta=meta, meta_source="record", note=note)


def _raw_text(record: Mapping[Any, Any]) -> str | None:
    """The record's text exactly as stored (not stripped: offsets refer to it)."""
    for key in FIELD_ALIASES["text"]:
        value = record.get(key)
        if isinstance(value, str) and value.strip():
            return value
    return None


def _or_no_records(parts: tuple[Part, ...]) -> tuple[Part, ...]:
    """A file with no text record at all is one skipped input, not one per record."""
    if any(not part.skip for part in parts):
        return parts
    invalid = next((part.skip for part in parts if part.skip.startswith("not valid")), "")
    return (skipped(invalid or "no text records"),)


def _describe(error: Exception) -> str:
    if isinstance(error, json.JSONDecodeError):
        return f"line {error.lineno}: {error.msg}"
    return type(error).__name__
