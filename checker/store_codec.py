"""How the store writes claims and story results: JSON with typed values.

Decimal is written as its exact string and comes back with the same exponent ("1E+4" stays
"1E+4"), dates as ISO strings, tuples as tuples, and every frozen dataclass of
checker.model by its field names; a claim or group met twice is written once and comes
back as one shared object. A payload that does not decode into the expected type raises
ValueError, KeyError or TypeError, which the store reads as a miss.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from decimal import Decimal
from typing import Any

from checker.model import (
    Claim,
    ClaimGroup,
    Document,
    Finding,
    InputStatus,
    Interval,
    Measure,
    PairFinding,
    Story,
    StoryResult,
    TimeExpr,
)
from checker.report_stream import Render, StoryRows

# (published, published_source, published_confidence) of the dated document, and its claims
Extracted = tuple[tuple[dt.date | None, str, str], tuple[Claim, ...]]
_TYPES: dict[str, type] = {
    cls.__name__: cls
    for cls in (Claim, ClaimGroup, Document, Finding, InputStatus, Interval, Measure)
    + (PairFinding, Render, Story, StoryResult, StoryRows, TimeExpr)
}


class _Codec:
    """Dataclasses to JSON values and back. A claim or group met again (a group's claims
    are the story's claims) is written once and referred to by number after, so it comes
    back as one shared object, as it was."""

    SHARED = (Claim, ClaimGroup)

    def __init__(self) -> None:
        self.seen: dict[int, int] = {}  # id of an object written -> its number
        self.objects: list[Any] = []  # decoded shared objects by number
        self.keep: list[Any] = []  # objects written, so that their ids stay theirs

    def encode(self, value: Any) -> Any:
        if isinstance(value, Decimal):
            return {"$d": str(value)}
        if isinstance(value, dt.date):
            return {"$date": value.isoformat()}
        if isinstance(value, tuple):
            return {"$tuple": [self.encode(v) for v in value]}
        if not (dataclasses.is_dataclass(value) and not isinstance(value, type)):
            return value
        if isinstance(value, self.SHARED):
            if id(value) in self.seen:
                return {"$ref": self.seen[id(value)]}
            self.seen[id(value)] = len(self.seen)
            self.keep.append(value)
        fields = {f.name: self.encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
        return {"$t": type(value).__name__, **fields}

    def decode(self, value: Any) -> Any:
        if not isinstance(value, dict):
            return value
        if "$d" in value:
            return Decimal(value["$d"])
        if "$date" in value:
            return dt.date.fromisoformat(value["$date"])
        if "$tuple" in value:
            return tuple(self.decode(v) for v in value["$tuple"])
        if "$ref" in value:
            return self.objects[value["$ref"]]
        cls = _TYPES[value["$t"]]
        shared = issubclass(cls, self.SHARED)
        if shared:
            number = len(self.objects)
            self.objects.append(None)  # its number is taken before its fields are read
        decoded = cls(**{k: self.decode(v) for k, v in value.items() if k != "$t"})
        if shared:
            self.objects[number] = decoded
        return decoded


def dumps(value: Any) -> bytes:
    text = json.dumps(_Codec().encode(value), ensure_ascii=False, separators=(",", ":"))
    return text.encode("utf-8", "surrogatepass")


def loads(payload: bytes) -> Any:
    return _Codec().decode(json.loads(payload.decode("utf-8", "surrogatepass")))


def encode_extracted(extracted: Extracted) -> bytes:
    return dumps(extracted)


def decode_extracted(payload: bytes) -> Extracted:
    (published, source, confidence), claims = loads(payload)
    if not all(isinstance(c, Claim) for c in claims):
        raise ValueError("not a claim")
    sentences: dict[str, str] = {}  # claims of one sentence share one string, as extracted
    claims = tuple(
        dataclasses.replace(c, sentence=sentences.setdefault(c.sentence, c.sentence))
        for c in claims
    )
    return (published, source, confidence), claims


def decode_rows(payload: bytes) -> StoryRows:
    rows = loads(payload)
    if not isinstance(rows, StoryRows):
        raise ValueError("not a story's rows")
    return rows


def decode_story(payload: bytes) -> StoryResult:
    result = loads(payload)
    if not isinstance(result, StoryResult):
        raise ValueError("not a story's result")
    return result
