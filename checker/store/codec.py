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
from typing import TYPE_CHECKING, Any

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
from checker.reports.stream import Render, StoryRows

if TYPE_CHECKING:
    from checker.reports.view import GroupView

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
    back as one shared object, as it was. Shared objects are numbered when they are done
    (after their fields), the order in which json's object_hook meets them on the way back:
    decoding is then one pass of the json module, calling `hook` for each object."""

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
        shared = isinstance(value, self.SHARED)
        if shared and id(value) in self.seen:
            return {"$ref": self.seen[id(value)]}
        fields = {f.name: self.encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
        if shared:
            self.seen[id(value)] = len(self.seen)
            self.keep.append(value)
        return {"$t": type(value).__name__, **fields}

    def hook(self, value: dict[str, Any]) -> Any:
        """One JSON object, its values decoded already, as what was encoded."""
        if "$t" in value:
            cls = _TYPES[value.pop("$t")]
            decoded = cls(**value)
            if isinstance(decoded, self.SHARED):
                self.objects.append(decoded)
            return decoded
        if "$d" in value:
            return Decimal(value["$d"])
        if "$date" in value:
            return dt.date.fromisoformat(value["$date"])
        if "$tuple" in value:
            return tuple(value["$tuple"])
        return self.objects[value["$ref"]]


def dumps(value: Any) -> bytes:
    text = json.dumps(_Codec().encode(value), ensure_ascii=False, separators=(",", ":"))
    return text.encode("utf-8", "surrogatepass")


def loads(payload: bytes) -> Any:
    return json.loads(payload.decode("utf-8", "surrogatepass"), object_hook=_Codec().hook)


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


def encode_rows(rows: StoryRows) -> bytes:
    """A story's rows: a JSON header of plain arrays, in the order of StoryRows' fields, with
    the long texts (the tables' rows, the checked texts, the pages' rows) left out, then those
    texts one after another in UTF-8, their lengths in bytes at the header's end. A re-run
    decodes every story's rows: json scanned their 8 MB of strings in 30-36 ms, slicing and
    decoding them takes 7-11 ms (1,004 GVA articles)."""
    render = rows.render
    long = [*rows.tables, *rows.texts, *rows.pages]
    blobs = [text.encode("utf-8", "surrogatepass") for _, text in long]
    header = [
        [render.fmt, render.raw, render.flagged_results, render.several],
        [len(rows.tables), len(rows.texts), len(rows.pages)],
        [name for name, _ in long],  # table stems, documents, page kinds
        [rows.claims, rows.groups, rows.discrepancies],
        [[i.document, i.story, i.status, i.reason, i.path] for i in rows.inputs],  # its fields
        rows.story,
        rows.documents,
        [_group_fields(g) for g in rows.flagged],
        rows.severities,
        [len(blob) for blob in blobs],
    ]
    head = json.dumps(header, ensure_ascii=False, separators=(",", ":"))
    encoded = head.encode("utf-8", "surrogatepass")
    return b"".join([len(encoded).to_bytes(4, "little"), encoded, *blobs])


def _group_fields(group: GroupView) -> list[Any]:
    """A flagged group's view as a JSON array: its fields in order, sides and pairs too."""
    fields = [getattr(group, f.name) for f in dataclasses.fields(group)]
    sides = [dataclasses.astuple(side) for side in group.claims]
    pairs = [
        [p.label, p.severity, p.reason, p.explanation]
        + [dataclasses.astuple(p.first), dataclasses.astuple(p.second)]
        for p in group.pairs
    ]
    return [*fields[:-2], sides, pairs]


def _group_view(fields: list[Any]) -> GroupView:
    from checker.reports.view import GroupView, PairView, Side  # loaded by the pages anyway

    story, group_id, measure, event, verdict, severity, explanation, sides, pairs = fields
    return GroupView(
        story,
        group_id,
        measure,
        event,
        verdict,
        severity,
        explanation,
        tuple(Side(*side) for side in sides),
        tuple(PairView(*[*pair[:4], Side(*pair[4]), Side(*pair[5])]) for pair in pairs),
    )


def decode_rows(payload: bytes) -> StoryRows:
    size = int.from_bytes(payload[:4], "little")
    render, counts, names, totals, inputs, story, documents, flagged, severities, lengths = (
        json.loads(payload[4 : 4 + size].decode("utf-8", "surrogatepass"))
    )
    view, offset, texts = memoryview(payload), 4 + size, []
    for length in lengths:
        texts.append(str(view[offset : offset + length], "utf-8", "surrogatepass"))
        offset += length
    if offset != len(payload) or len(names) != len(texts) or sum(counts) != len(texts):
        raise ValueError("rows of another length")
    long = list(zip(names, texts, strict=True))
    tables, documents_texts = long[: counts[0]], long[counts[0] : counts[0] + counts[1]]
    claims, groups, discrepancies = totals
    return StoryRows(
        Render(*render),
        tuple(tables),
        claims,
        groups,
        discrepancies,
        tuple(InputStatus(*item) for item in inputs),
        story,
        tuple(tuple(row) for row in documents),
        tuple(documents_texts),
        tuple(long[counts[0] + counts[1] :]),
        tuple(_group_view(group) for group in flagged),
        tuple(severities),
    )


def decode_story(payload: bytes) -> StoryResult:
    result = loads(payload)
    if not isinstance(result, StoryResult):
        raise ValueError("not a story's result")
    return result
