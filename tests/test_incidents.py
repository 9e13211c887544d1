"""Which documents of a folder tell one incident (checker.events.incidents). The articles
are invented, in the phrasing of local news."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from checker.events.incidents import UNDATED, incidents, people_named
from checker.model import Document


def _document(name: str, day: str | None, text: str = "", source: str = "test") -> Document:
    published = dt.date.fromisoformat(day) if day else None
    return Document(name, text, "s", published=published, published_source=source)


DOCUMENTS = (
    _document("a.txt", "2016-05-02", "A man was shot dead on Elm Street. Dashwan Smith, 22."),
    _document("b.txt", "2016-05-03", "Police named the man shot dead as Dashwan Smith."),
    _document("c.txt", "2016-05-24", "Two people were killed on Oak Avenue. Marcus Lee, 30."),
    _document("d.txt", "2016-09-12", "The man who killed Dashwan Smith was sentenced."),
)


def _grouped(documents: tuple[Document, ...]) -> list[set[str]]:
    return [set(group) for group in incidents(documents, {}, people_named(documents))]


def test_days_that_meet_or_a_person_named_make_one_incident() -> None:
    # a and b are two days apart; d, months later, names the victim a and b name; c names
    # someone else three weeks later
    assert _grouped(DOCUMENTS) == [{"a.txt", "b.txt", "d.txt"}, {"c.txt"}]


def test_a_name_the_folder_writes_in_lower_case_links_nothing() -> None:
    # "Elm Street" is no person: "street" is written in lower case ("on Oak street")
    documents = (
        _document("a.txt", "2016-05-02", "Shots were fired on Elm Street."),
        _document("b.txt", "2016-05-30", "A second shooting on Elm Street, near Oak street."),
    )
    assert people_named(documents) == {"a.txt": frozenset(), "b.txt": frozenset()}
    assert _grouped(documents) == [{"a.txt"}, {"b.txt"}]


def test_a_place_or_an_outlet_named_in_capitals_links_nothing() -> None:
    # two shootings of one city three weeks apart: the city (a dateline writes it in capitals,
    # a sentence names it as a place) and the station's name link no two incidents; the
    # victim's name still links a follow-up
    documents = (
        _document(
            "a.txt",
            "2016-09-29",
            "SAN FRANCISCO (CBS SF) - One man was shot dead in San Francisco. (Source: WMC"
            " Action News 5)",
        ),
        _document(
            "b.txt",
            "2016-10-20",
            "Four students were shot outside a San Francisco school, Dashwan Smith said."
            " (Source: WMC Action News 5)\niPhone | iPad | SMS Alerts | Email Alerts",
        ),
        _document("c.txt", "2016-12-12", "The man who shot Dashwan Smith was sentenced."),
    )
    assert _grouped(documents) == [{"b.txt", "c.txt"}, {"a.txt"}]


def test_a_document_with_no_day_or_an_undated_draft_meets_every_other() -> None:
    documents = (
        _document("a.txt", "2016-05-02"),
        _document("b.txt", "2016-06-30"),
        _document("draft.txt", "2026-12-04", source=UNDATED),
    )
    assert _grouped(documents) == [{"a.txt", "b.txt", "draft.txt"}]
    assert _grouped((*documents[:2], _document("n.txt", None))) == [{"a.txt", "b.txt", "n.txt"}]


@given(st.permutations((*DOCUMENTS[:3], _document("e.txt", "2016-05-25"))))
def test_incidents_do_not_depend_on_the_order_of_the_documents(
    documents: list[Document],
) -> None:
    # two incidents told by two documents each: the earlier is the main one, in any order
    assert _grouped(tuple(documents)) == [{"a.txt", "b.txt"}, {"c.txt", "e.txt"}]
