"""The day of an act done once to one party: an arrest, a charge, a plea, a resignation
(checker/extract/action_days.py). Two outlets that give two days for one act cannot both be
right; days of pages with no date of their own are compared by their weekdays' names.
Invented sentences."""

from __future__ import annotations

import dataclasses

from checker.model import Story
from checker.pipeline import check_story
from tests.test_events import pairs, story


def undated(*texts: str) -> Story:
    """A story whose pages carry no day of publication."""
    told = story(*texts)
    documents = tuple(dataclasses.replace(d, published=None) for d in told.documents)
    return dataclasses.replace(told, documents=documents)


def test_two_days_for_one_charge_of_one_party_disagree() -> None:
    """The subject may carry a relative clause and an age before its noun; another party's
    act is another act."""
    first = (
        "The 44-year-old hunter who shot a beater dead during a boar drive near Lhota was "
        "charged on 4 November with causing death by negligence."
    )
    second = (
        "The hunter whose shot killed a beater at a boar hunt in Vrchovina was charged on "
        "6 November, police said."
    )
    assert pairs(check_story(story(first, second))) == [("4 November", "6 November")]
    # acts of other parties, of no named party, or told as another's are not compared
    arrested = "The two sect leaders were arrested on Tuesday in Creston."
    for other in (
        "The driver was arrested on Wednesday.",
        "He was arrested on Wednesday.",
        "Another sect leader was arrested on Wednesday.",
    ):
        assert pairs(check_story(story(arrested, other))) == []


def test_weekdays_of_undated_pages_date_one_act() -> None:
    """Pages with no day of their own: "charges were filed Tuesday" and "filed charges on
    Wednesday" are one filing told on two days; the same weekday twice agrees."""
    first = "The criminal charges were filed Tuesday in Creston, British Columbia."
    second = "Canadian authorities filed charges on Wednesday against the sect's leader."
    assert pairs(check_story(undated(first, second))) == [("Tuesday", "Wednesday")]
    same = "Prosecutors filed charges on Tuesday against the sect's leader."
    assert pairs(check_story(undated(first, same))) == []
