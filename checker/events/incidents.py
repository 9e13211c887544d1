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
tell (the earliest when two are told as often) is the main event. documents_apart names the
documents of the others, and those whose headline and lede tell only days well apart from
the main event's, by a day; checker.events.attach reads their figures as another incident's
("event of <day>"), unless a sentence of theirs dates something to the main event's days.

Measured with benchmarks/mixed.py (folders that mix two incidents) and on the real folders
(benchmarks/README.md, twentieth stop).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from functools import lru_cache

from checker.events.apart import DAYS_APART, apart_from_main
from checker.extract.names import full_names, institution_words
from checker.extract.text import fold_text
from checker.extract.timex_vocab import MONTHS, WEEKDAYS
from checker.extract.where import places_in
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

    def join(one: str, other: str) -> None:
        if (a := root(one)) != (b := root(other)):
            parent[b] = a

    # days that meet: a sweep over the windows by their first day joins each to the run of
    # overlapping windows before it (a document of no window meets every other); names: each
    # document joins the first that gave the name. Linear after the sort, where trying every
    # two documents was quadratic (an archive's story of 4,000 articles: 8 million tries).
    undated = [doc for doc in ids if windows[doc] is None]
    if undated:
        for doc in ids:
            join(undated[0], doc)
    dated = sorted((window, doc) for doc in ids if (window := windows[doc]) is not None)
    run_end: dt.date | None = None
    run_doc = ""
    for (low, high), doc in dated:
        if run_end is not None and low <= run_end:
            join(run_doc, doc)
            run_end = max(run_end, high)
        else:
            run_end, run_doc = high, doc
    first_with: dict[str, str] = {}
    for doc in ids:
        for name in people.get(doc, frozenset()):
            join(first_with.setdefault(name, doc), doc)
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
    """For each document, the full names it gives (not in lines of page furniture) none of
    whose words the folder writes in lower case anywhere, nor a day's or a month's name, nor
    an institution's, an outlet's or a company's word ("WMC Action News 5";
    names.institution_words), that are no place the folder names ("in San Francisco") or
    writes in capitals (a dateline's "SAN FRANCISCO (CBS SF)"): a city's name or its
    television station links no two shootings weeks apart. Kept for the story's last
    documents: its model is built twice, before and after its figures get their events."""
    lower: set[str] = set()
    capitals: set[str] = set()  # words written in capitals (datelines: "SAN FRANCISCO (")
    places: set[str] = set()
    institutions = institution_words()
    folded = {d.doc_id: fold_text(d.text) for d in documents}
    for document in documents:
        lower.update(_LOWER_WORD.findall(document.text))
        capitals.update(_CAPITALS_WORD.findall(document.text))
        text = folded[document.doc_id]
        places.update(places_in(text, 0, len(text)))
    return {
        d.doc_id: frozenset(
            name
            for name in full_names(_body_lines(folded[d.doc_id]))
            if not any(w.lower() in lower or w.lower() in _CALENDAR for w in name.split())
            and name.lower() not in places
            and not all(w.upper() in capitals for w in name.split())
            and institutions.isdisjoint(name.lower().split())
        )
        for d in documents
    }


_CAPITALS_WORD = re.compile(r"\b[A-Z][A-Z'-]+\b")


def _body_lines(text: str) -> str:
    """A text without its lines of page furniture ("iPhone | iPad | SMS Alerts | Email
    Alerts"), which name services, not people."""
    return "\n".join(line for line in text.split("\n") if "|" not in line)


def _window(document: Document, days: set[dt.date] | None) -> Window | None:
    """The days a document may place its incident on, or None when it gives no clue."""
    if document.published_source == UNDATED:
        return None
    told = set(days or ()) | ({document.published} if document.published else set())
    if not told:
        return None
    return min(told) - dt.timedelta(days=UNTOLD_DAYS), max(told)


def documents_apart(
    documents: tuple[Document, ...],
    others: list[list[str]],
    lead: dict[str, set[dt.date]],
    every: dict[str, set[dt.date]],
    first: dt.date | None,
    last: dt.date | None,
) -> tuple[tuple[str, str], ...]:
    """The documents that tell another incident than the main one (days `first` to `last`),
    each with the day that names it: those whose headline and lede tell only days well apart
    (_apart_from_lead_days), then the documents of the other incidents (`others`, from
    incidents), each named by the first day its incident's documents tell (or their first
    publication), when none of their sentences dates anything to the main event's days
    (`every`: the days each document's sentences give)."""
    apart = _apart_from_lead_days(lead, every, first, last)
    named = {document for document, _ in apart}
    published = {d.doc_id: {d.published} if d.published else set() for d in documents}
    found = []
    for group in others:
        days = [day for doc in group for day in lead.get(doc) or published[doc]]
        if not days:
            continue
        name = min(days).isoformat()
        found += [
            (doc, name)
            for doc in group
            if doc not in named
            and all(apart_from_main(day, first, last) for day in every.get(doc, ()))
        ]
    return apart + tuple(sorted(found))


def _apart_from_lead_days(
    lead: dict[str, set[dt.date]],
    every: dict[str, set[dt.date]],
    first: dt.date | None,
    last: dt.date | None,
) -> tuple[tuple[str, str], ...]:
    """Documents that tell another incident than the story's main one (days `first` to
    `last`): their headline and lede give only days well apart from the main event's, and
    none of their sentences (`every`: the days of each document) dates anything to the main
    event's days (an outlet's report of the same place five days earlier, in a folder of one
    day's reports). Each is named by the first day of the run of days its headline and lede
    open (_lead_runs), so that outlets telling one other incident are compared together.
    `lead`: the days each document's headline and lede give."""
    runs = _lead_runs(lead)
    first, last = _main_lead_days(runs) or (first, last)
    return tuple(
        sorted(
            (document, _run_start(runs, min(days)).isoformat())
            for document, days in lead.items()
            if all(apart_from_main(day, first, last) for day in every[document])
        )
    )


Run = tuple[dt.date, dt.date, set[str]]  # first and last day, the documents that tell it


def _lead_runs(lead: dict[str, set[dt.date]]) -> list[Run]:
    """The runs of days the headlines and ledes tell (`lead`: each document's days), days at
    most DAYS_APART apart running together, in the order of their days."""
    runs: list[Run] = []
    for day, document in sorted((d, doc) for doc, days in lead.items() for d in days):
        if runs and day <= runs[-1][1] + dt.timedelta(days=DAYS_APART):
            runs[-1] = (runs[-1][0], day, runs[-1][2] | {document})
        else:
            runs.append((day, day, {document}))
    return runs


def _run_start(runs: list[Run], day: dt.date) -> dt.date:
    return next(run[0] for run in runs if run[0] <= day <= run[1])


def _main_lead_days(runs: list[Run]) -> tuple[dt.date, dt.date] | None:
    """The first and last day of the run of days that the most headlines and ledes tell, the
    earliest of those told as often (two incidents: a folder that mixes two shootings of one
    city a week apart), when at least two documents tell it: outlets that report an incident
    on the days they publish spread the publication dates of a story over days that tell
    other incidents."""
    if len(runs) < 2 or max(len(run[2]) for run in runs) < 2:
        return None
    low, high, _ = max(runs, key=lambda run: (len(run[2]), -run[0].toordinal()))
    return low, high
