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


def test_a_role_is_the_noun_an_age_is_told_of_and_an_apposition_names_its_person() -> None:
    # any noun, not only a list of roles; the last noun of the phrase ("head teacher")
    marsh = ("Helen Marsh, 39, a former head teacher, won 14,212 votes.", DAY)
    older = ("The 42-year-old former head teacher was cheered by her party.", DAY)
    assert _pairs(marsh, older) == [("age of Helen Marsh", "39", "42")]
    # "Samuel Okoro, the pastor," names the pastor
    okoro = ("Samuel Okoro, the pastor, led the service on Sunday.", DAY)
    pastor = ("The 61-year-old pastor was taken to hospital.", DAY)
    named_age = ("Samuel Okoro, 64, led prayers on Sunday.", DAY)
    assert _pairs(okoro, pastor, named_age) == [("age of Samuel Okoro", "61", "64")]
    # another teacher counted, or the apposition of a place ("a teacher at ..."): unbound
    assert _pairs(marsh, older, ("Two teachers were hurt.", DAY)) == []
    at_school = ("Helen Marsh, 39, a teacher at Hill School, won.", DAY)
    assert _pairs(at_school, ("The 42-year-old teacher was cheered.", DAY)) == []
    # a verb after the age ends the phrase: "the 42-year-old said" names no role
    assert _pairs(marsh, ("The 42-year-old said she was proud.", DAY)) == []


def test_a_title_written_short_stands_between_a_role_and_its_name() -> None:
    # "the church's longtime pastor, the Rev. Samuel Okoro, 64" is one sentence, and names
    # the pastor; "the 61-year-old pastor, the Rev. Samuel Okoro" binds the age to him
    named = ("Among the dead was the church's longtime pastor, the Rev. Samuel Okoro, 64.", DAY)
    assert _pairs(named, ("The 61-year-old pastor had led the church for 20 years.", DAY)) == [
        ("age of Samuel Okoro", "61", "64")
    ]
    direct = ("Many came to honor the 61-year-old pastor, the Rev. Samuel Okoro, on Sunday.", DAY)
    assert _pairs(("Samuel Okoro, 64, led the church.", DAY), direct) == [
        ("age of Samuel Okoro", "61", "64")
    ]
