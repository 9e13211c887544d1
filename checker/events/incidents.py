"""Which documents of a folder tell one incident: a folder may mix two.

A fact-checker's folder about one shooting may hold an outlet's report of another shooting
in the same city three weeks later; a follow-up on the same incident, weeks later, names
the people the first reports named. Two documents tell one incident when the days they may
place it on meet, or when they name one person: a full name none of whose words the folder
ever writes in lower case ("Dashwan Smith", "Trung Le"; not "New Orleans", "Medical
Center", a title-case headline's words or an outlet's "Action News").

A document's days run from the week before the first day its headline and lede give, or
its publication, to the last of them (news names a weekday for as long). A document with
no day at all, or a review's draft dated today for want of a date, meets every other. The
documents linked so, directly or through others, form incidents: the one most documents
tell (the earliest when two are told as often) is the main event; checker.events.story reads
the others' figures as another incident's ("event of <day>"), unless a sentence of theirs
dates something to the main event's days.

Measured with benchmarks/mixed.py (folders that mix two incidents) and on the real folders
(benchmarks/README.md, twentieth stop).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from functools import lru_cache

from checker.extract.people import full_names
from checker.extract.text import fold_text
from checker.extract.timex_vocab import MONTHS, WEEKDAYS
from checker.model import Document

# checker.review.draft.TODAY: a draft given no date is dated today, and its days, read
# against today, say nothing of when its event was
UNDATED = "today"
UNTOLD_DAYS = 6  # how long before its first day (or publication) a document's event may lie
_LOWER_WORD = re.compile(r"\b[a-z]{2,}\b")
_CALENDAR = frozenset({*WEEKDAYS, *MONTHS})

Window = tuple[dt.date, dt.date]


def incidents(
    documents: Iterable[Document],
    lead_days: Mapping[str, set[dt.date]],
    people: Mapping[str, frozenset[str]],
) -> list[list[str]]:
    """The ids of the documents grouped by incident, the main incident first, each group in
    the order given. `lead_days`: the days each document's headline and lede give; `people`:
    the names each document gives (people_named)."""
    documents = tuple(documents)
    windows = {d.doc_id: _window(d, lead_days.get(d.doc_id)) for d in documents}
    ids = [d.doc_id for d in documents]
    parent = {doc: doc for doc in ids}

    def root(doc: str) -> str:
        while parent[doc] != doc:
            parent[doc] = parent[parent[doc]]
            doc = parent[doc]
        return doc

    named = {doc: people.get(doc, frozenset()) for doc in ids}
    for i, one in enumerate(ids):
        for other in ids[i + 1 :]:
            if root(one) != root(other) and (
                _meet(windows[one], windows[other]) or named[one] & named[other]
            ):
                parent[root(other)] = root(one)
    groups: dict[str, list[str]] = {}
    for doc in ids:
        groups.setdefault(root(doc), []).append(doc)

    def order(group: list[str]) -> tuple[int, int, str]:
        """Most documents first, then the earliest, then by name: whatever the order given."""
        starts = [w[0].toordinal() for doc in group if (w := windows[doc]) is not None]
        return -len(group), min(starts, default=0), min(group)

    return sorted(groups.values(), key=order)


@lru_cache(maxsize=2)
def people_named(documents: tuple[Document, ...]) -> Mapping[str, frozenset[str]]:
    """For each document, the full names it gives none of whose words the folder writes in
    lower case anywhere, nor a day's or a month's name. Kept for the story's last documents:
    its model is built twice, before and after its figures get their events."""
    lower: set[str] = set()
    for document in documents:
        lower.update(_LOWER_WORD.findall(document.text))
    return {
        d.doc_id: frozenset(
            name
            for name in full_names(fold_text(d.text))
            if not any(w.lower() in lower or w.lower() in _CALENDAR for w in name.split())
        )
        for d in documents
    }


def _window(document: Document, days: set[dt.date] | None) -> Window | None:
    """The days a document may place its incident on, or None when it gives no clue."""
    if document.published_source == UNDATED:
        return None
    told = set(days or ()) | ({document.published} if document.published else set())
    if not told:
        return None
    return min(told) - dt.timedelta(days=UNTOLD_DAYS), max(told)


def _meet(a: Window | None, b: Window | None) -> bool:
    return a is None or b is None or (a[0] <= b[1] and b[0] <= a[1])
