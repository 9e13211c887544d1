"""Ages told of a role ("the 52-year-old driver", "The driver, a 57-year-old man") bound to
the one person a story names in that role (checker.events.role_names). Invented articles."""

from __future__ import annotations

from checker.pipeline import check_story
from tests.test_ages import _age_pairs
from tests.test_reconcile import story

DAY = "2025-03-15"
NAMED = (
    "The coach left the road near Huesca. The driver, identified by the operator as Tomás"
    " Ruiz, survived with minor injuries, police said.",
    DAY,
)


def _pairs(*texts: tuple[str, str]) -> list[tuple[str, str, str]]:
    return _age_pairs(check_story(story(*texts)))


def test_an_age_of_a_role_is_the_age_of_the_one_person_named_in_it() -> None:
    assert (
        _pairs(NAMED, ("The driver, a 57-year-old man from Zaragoza, was among the injured.", DAY))
        == []
    )  # one age only: nothing to compare yet
    pairs = _pairs(
        NAMED,
        ("Tomás Ruiz, 52, was arrested at his home on Saturday, police said.", DAY),
        ("The driver, a 57-year-old man from Zaragoza, was among the injured.", DAY),
    )
    assert pairs == [("age of Tomás Ruiz", "52", "57")]
    # the year-old form before the role, and a title naming the person ("State Treasurer")
    pairs = _pairs(
        ("State Treasurer Maria Ellison, 58, won the primary on Tuesday.", DAY),
        ("The 57-year-old treasurer ran up large margins in the suburbs.", DAY),
    )
    assert pairs == [("age of Maria Ellison", "57", "58")]


def test_a_role_of_several_people_or_of_two_kinds_binds_no_age() -> None:
    ruiz = ("Tomás Ruiz, 52, was arrested at his home on Saturday, police said.", DAY)
    older = ("The 57-year-old driver was among the injured.", DAY)
    assert _pairs(NAMED, ruiz, older) == [("age of Tomás Ruiz", "52", "57")]
    # another outlet counts two drivers, or tells the lorry driver and the coach driver
    two = ("Both drivers were taken to hospital.", DAY)
    assert _pairs(NAMED, ruiz, older, two) == []
    kinds = ("The lorry driver fled; the coach driver stayed at the scene.", DAY)
    assert _pairs(NAMED, ruiz, older, kinds) == []
    # two people named as the driver: none of them is the role's
    other = ("Driver Ana Soler, 40, was also questioned.", DAY)
    assert _pairs(NAMED, ruiz, older, other) == []
    # an indefinite age of the role is someone else's ("a 57-year-old driver")
    assert _pairs(NAMED, ruiz, ("A 57-year-old driver stopped to help.", DAY)) == []
