"""Documents' claims from the store, or extracted (and stored) when it has none: what every
way of running (one process, worker processes, Dask) does for a batch of documents."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

from checker.model import Claim, Document
from checker.store.database import ClaimStore, Extracted, document_key
from checker.vocabulary import SHIPPED, Vocabulary

Pair = tuple[Document, tuple[Claim, ...]]  # a document, dated, and its claims


def extract_documents(
    documents: Sequence[Document], store: ClaimStore | None, vocabulary: Vocabulary = SHIPPED
) -> list[Pair]:
    """Each document dated and its claims read with `vocabulary`: from the store when it
    has them under that vocabulary, else extracted (and stored)."""
    from checker.pipeline import document_claims, with_publication_date

    words = vocabulary.fingerprint
    keys = [document_key(d, vocabulary=words) for d in documents] if store is not None else []
    found = store.get_many(keys) if store is not None else {}
    pairs, new = [], {}
    for index, document in enumerate(documents):
        key = keys[index] if keys else ""
        if key in found:
            pairs.append(dated_pair(document, found[key]))
            continue
        dated = with_publication_date(document)
        claims = document_claims(dated, vocabulary)
        pairs.append((dated, claims))
        if keys:
            new[key] = (published_of(dated), claims)
    if store is not None:
        store.put_many(new)
    return pairs


def published_of(document: Document) -> tuple[dt.date | None, str, str]:
    """A document's publication date as the store keeps it: the day, its source, its confidence."""
    return document.published, document.published_source, document.published_confidence


def dated_pair(document: Document, extracted: Extracted) -> Pair:
    (published, source, confidence), claims = extracted
    dated = dataclasses.replace(
        document,
        published=published,
        published_source=source,
        published_confidence=confidence,
    )
    return dated, claims
