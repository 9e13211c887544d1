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


def _pairwise(documents: tuple[Document, ...], names: dict[str, frozenset[str]]) -> list[set[str]]:
    """The definition, tried on every two documents: days that meet or a name shared."""
    windows = {
        d.doc_id: None if d.published is None else (d.published - dt.timedelta(days=6), d.published)
        for d in documents
    }
    groups = [{d.doc_id} for d in documents]
    for one in documents:
        for other in documents:
            a, b = windows[one.doc_id], windows[other.doc_id]
            meet = a is None or b is None or (a[0] <= b[1] and b[0] <= a[1])
            if meet or names[one.doc_id] & names[other.doc_id]:
                first = next(g for g in groups if one.doc_id in g)
                second = next(g for g in groups if other.doc_id in g)
                if first is not second:
                    first |= second
                    groups.remove(second)
    return sorted(groups, key=lambda g: sorted(g))


@given(
    st.lists(
        st.tuples(
            st.one_of(st.none(), st.integers(0, 60)),
            st.frozensets(st.sampled_from(["Ann Lee", "Bo Diaz", "Cy Moss"]), max_size=1),
        ),
        min_size=1,
        max_size=12,
    )
)
def test_the_sweep_groups_as_trying_every_two_documents_would(
    made: list[tuple[int | None, frozenset[str]]],
) -> None:
    # incidents() joins overlapping windows by a sweep and names by their first document,
    # not by trying every two documents (quadratic in an archive): the groups are the same
    start = dt.date(2016, 1, 1)
    documents = tuple(
        _document(f"{i:02d}.txt", None if day is None else str(start + dt.timedelta(days=day)))
        for i, (day, _) in enumerate(made)
    )
    names = {f"{i:02d}.txt": people for i, (_, people) in enumerate(made)}
    found = [set(g) for g in incidents(documents, {}, names)]
    assert sorted(found, key=lambda g: sorted(g)) == _pairwise(documents, names)
