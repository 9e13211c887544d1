"""Report column names, in the order they are written. Changing them changes the output contract."""

from __future__ import annotations

CLAIMS = (
    "story",
    "claim_id",
    "document",
    "outlet",
    "published",
    "start",
    "end",
    "quote",
    "sentence",
    "kind",
    "value",
    "low",
    "high",
    "unit",
    "qualifier",
    "change",
    "measure",
    "event",
    "attribution",
    "as_of",
)

DISCREPANCIES = (
    "story",
    "group_id",
    "measure",
    "event",
    "verdict",
    "severity",
    "claim_id",
    "document",
    "outlet",
    "published",
    "start",
    "end",
    "quote",
    "value",
    "low",
    "high",
    "qualifier",
    "attribution",
    "as_of",
    "conflicts_with",
    "explanation",
)

DOCUMENTS = (
    "story",
    "document",
    "path",
    "status",
    "reason",
    "claims",
    "outlet",
    "published",
    "published_source",
    "published_confidence",
)
