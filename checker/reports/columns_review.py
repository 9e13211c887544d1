"""review.csv column names, in the order they are written; changing them changes the contract.

One row per cited source claim of each draft claim (the best citation first), and one row
with empty source columns for a claim that cites none; rows are in draft order.
"""

from __future__ import annotations

REVIEW = (
    "line",
    "claim_id",
    "quote",
    "sentence",
    "kind",
    "value",
    "low",
    "high",
    "qualifier",
    "measure",
    "attribution",
    "verdict",
    "explanation",
    "source_document",
    "source_quote",
    "source_attribution",
    "source_as_of",
    "gap",
)
