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
from checker.report_stream import Render, StoryRows

if TYPE_CHECKING:
    from checker.report_view import GroupView

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
    """A story's rows as plain JSON arrays, in the order of StoryRows' fields: decoding them
    is the json module's work alone (a re-run decodes every story's rows)."""
    render = rows.render
    fields = [
        [render.fmt, render.raw, render.flagged_results, render.several],
        rows.tables,
        [rows.claims, rows.groups, rows.discrepancies],
        [[i.document, i.story, i.status, i.reason, i.path] for i in rows.inputs],  # its fields
        rows.story,
        rows.documents,
        rows.texts,
        rows.pages,
        [_group_fields(g) for g in rows.flagged],
        rows.severities,
    ]
    return json.dumps(fields, ensure_ascii=False, separators=(",", ":")).encode(
        "utf-8", "surrogatepass"
    )


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
    from checker.report_view import GroupView, PairView, Side  # loaded by the pages anyway

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
    (render, tables, counts, inputs, story, documents, texts, pages, flagged, severities) = (
        json.loads(payload.decode("utf-8", "surrogatepass"))
    )
    claims, groups, discrepancies = counts
    return StoryRows(
        Render(*render),
        tuple((stem, text) for stem, text in tables),
        claims,
        groups,
        discrepancies,
        tuple(InputStatus(*item) for item in inputs),
        story,
        tuple(tuple(row) for row in documents),
        tuple((doc_id, text) for doc_id, text in texts),
        tuple((kind, text) for kind, text in pages),
        tuple(_group_view(group) for group in flagged),
        tuple(severities),
    )


def decode_story(payload: bytes) -> StoryResult:
    result = loads(payload)
    if not isinstance(result, StoryResult):
        raise ValueError("not a story's result")
    return result
