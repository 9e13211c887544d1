"""Counts of people joined in one phrase are counted together (checker/extract/coordinated.py):
"two men and a woman were shot" tells three shot, and the part that took the verb no longer
stands for the whole."""

from __future__ import annotations

import datetime as dt

import pytest

from checker.extract.claims import extract_claims
from checker.extract.coordinated import LISTED
from checker.extract.parts import INCLUDED
from checker.model import Document
from checker.pipeline import check_story
from tests.test_events import pairs, story


def claims_of(text: str) -> dict[str, tuple[str, str, str]]:
    document = Document("d.txt", text, published=dt.date(2016, 7, 27))
    return {
        c.quote: (c.value, c.measure.event, c.measure.scope or c.measure.entity)
        for c in extract_claims(document)
    }


@pytest.mark.parametrize(
    ("sentence", "quote", "value", "event"),
    [
        ("Police said five children and three adults were found dead.", "five children and three adults", "8", "killed"),
        ("Two men and a woman were shot early Sunday.", "Two men and a woman", "3", "shot"),
        ("A driver and two passengers were killed in the crash.", "A driver and two passengers", "3", "killed"),
        ("Seven officers and two civilians were hurt in the attack.", "Seven officers and two civilians", "9", "injured"),
        ("Two police officers and three others were wounded.", "Two police officers and three others", "5", "injured"),
        ("One officer and one civilian are dead.", "One officer and one civilian", "2", "killed"),
    ],
)  # fmt: skip
def test_joined_counts_of_people_are_summed(
    sentence: str, quote: str, value: str, event: str
) -> None:
    found = claims_of(sentence)
    assert found[quote][:2] == (value, event)


def test_the_part_that_took_the_verb_is_a_part_of_the_list() -> None:
    found = claims_of("Two police officers and three others were wounded.")
    assert found["three others"] == ("3", "injured", LISTED)


@pytest.mark.parametrize(
    "sentence",
    [
        # parts of a figure told before them
        "The crash killed 11 people, including two children and three women.",
        # an apposition, not a list: 15 of the 40
        "The quake killed seven people and injured 40, 15 of them on the island.",
        "The gunfire injured 11 people, eight from the same family.",
        # parts that may count the same people: children are most often civilians
        "At least 16 civilians and three children have been killed.",
        "At least 12 people and three children were killed.",
        # two events: the dead and the wounded are not one count
        "The attack killed 12 people and 30 others were wounded.",
        "Two people died and two were wounded.",
    ],
)
def test_no_sum_where_the_parts_are_not_one_count(sentence: str) -> None:
    found = claims_of(sentence)
    assert not any(" and " in quote or ", " in quote for quote in found), found


def test_a_listed_total_agrees_with_another_outlets_total() -> None:
    result = check_story(
        story(
            "Two police officers and three others were wounded in the shooting on Tuesday.",
            "Five people were wounded in the shooting on Tuesday.",
        )
    )
    assert pairs(result) == []


def test_a_listed_total_disagreeing_with_another_outlets_is_flagged() -> None:
    result = check_story(
        story(
            "Two men and a woman were shot in the attack on Tuesday.",
            "Five people were shot in the attack on Tuesday.",
        )
    )
    assert pairs(result) == [("Five people", "Two men and a woman")]


def test_counts_given_place_by_place_are_parts_of_the_toll() -> None:
    # a wide place ("Florida", named by every document) restricts nothing; in a breakdown
    # by place it does: four of the dead were in Florida
    result = check_story(
        story(
            "Hurricane Michael killed at least eight people in Florida and Georgia on Wednesday.",
            "Four deaths were reported in Florida, one in Georgia and one in North Carolina.",
        )
    )
    assert pairs(result) == []
    found = claims_of("Four deaths were reported in Florida, one in Georgia and one in Virginia.")
    assert found["Four deaths"][2] == "one place of several"


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Three people were seriously and 15 slightly hurt in the crash.", "18"),
        ("The crash left three seriously and 15 slightly injured.", "18"),
        ("Two were critically and five were slightly injured.", "7"),
    ],
)
def test_parts_told_by_how_badly_each_was_hurt_are_one_count(sentence: str, value: str) -> None:
    totals = [v for quote, v in claims_of(sentence).items() if " and " in quote]
    assert [t[:2] for t in totals] == [(value, "injured")]


def test_a_total_split_by_severity_meets_another_outlets_total() -> None:
    agree = check_story(
        story(
            "Three people were seriously and 15 slightly hurt in the crash on Tuesday.",
            "Eighteen people were injured in the crash on Tuesday.",
        )
    )
    assert pairs(agree) == []
    differ = check_story(
        story(
            "Three people were seriously and 15 slightly hurt in the crash on Tuesday.",
            "Twenty-four people were injured in the crash on Tuesday.",
        )
    )
    assert pairs(differ) == [("Three people were seriously and 15", "Twenty-four people")]


def test_each_part_of_a_split_by_severity_is_hurt_as_badly_as_it_says() -> None:
    found = claims_of("Five people were seriously and 22 slightly hurt, police said.")
    assert found["Five people"] == ("5", "injured", "critical")
    assert found["22"] == ("22", "injured", "minor")
    # two outlets' seriously hurt differ though their totals agree
    result = check_story(
        story(
            "Five people were seriously and 22 slightly hurt, police said.",
            "Seven people were seriously and 20 slightly injured, police said.",
        )
    )
    assert ("Five people", "Seven people") in pairs(result)


@pytest.mark.parametrize(
    ("headline", "quote", "value", "event"),
    [
        ("Woman, 2 children dead in house fire", "Woman, 2 children", "3", "killed"),
        ("Man, toddler killed in crash", "Man, toddler", "2", "killed"),
        ("Baby, 4 people injured in drive-by shooting", "Baby, 4 people", "5", "injured"),
        ("7 adults, one child shot at party", "7 adults, one child", "8", "shot"),
        ("Two men, woman killed in crash", "Two men, woman", "3", "killed"),
    ],
)
def test_a_headline_lists_victims_with_commas_alone(
    headline: str, quote: str, value: str, event: str
) -> None:
    """Headlines drop the "and" of a list: its groups are still one count."""
    found = claims_of(headline + "\n\nPolice are investigating.")
    assert found[quote][:2] == (value, event)


@pytest.mark.parametrize(
    "text",
    [
        "Police: 2 dead, 3 hurt in shooting\n\nText.",  # two events
        "Shooting in Dallas, 3 dead\n\nText.",  # a place, not a victim
        "Body found, 2 arrested in Dallas\n\nText.",
        # the first line is a sentence of the body, not a headline: an "and" is needed
        "Two men, a woman were shot. Police said.",
    ],
)
def test_no_headline_list_without_victims_before_one_harm(text: str) -> None:
    assert not any(", " in quote for quote in claims_of(text)), claims_of(text)


def test_a_headline_list_agrees_with_the_total_of_another_outlet() -> None:
    result = check_story(
        story(
            "Baby, 4 people injured in drive-by shooting\n\nFive people were hurt on Sunday.",
            "Five people, including an infant, were injured in a drive-by shooting on Sunday.",
        )
    )
    assert pairs(result) == []


def test_a_part_named_in_its_whole_takes_its_event() -> None:
    """ "32 people, including 11 children, were killed": 11 children killed, compared with
    another outlet's children named in its toll, never with a whole (its own stands beside
    it: "the 41 survivors, among them six children", against another outlet's "four
    survivors were taken to hospital")."""
    found = claims_of("At least 32 people, including 11 children, were killed in a crush.")
    assert found["11 children"] == ("11", "killed", INCLUDED)
    found = claims_of("Fourteen children are among the 32 people killed in a crush.")
    assert found["Fourteen children"] == ("14", "killed", INCLUDED)
    result = check_story(
        story(
            "At least 32 people, including 11 children, were killed in a crush.",
            "Fourteen children are among the 32 people killed in a crush.",
        )
    )
    assert pairs(result) == [("11 children", "Fourteen children")]
    wholes = check_story(
        story(
            "The 41 survivors, among them six children, were taken to the island.",
            "Four survivors were taken to the island.",
        )
    )
    assert ("Four survivors", "six children") not in pairs(wholes)


def test_a_bare_part_named_by_its_class_after_of_them_is_that_class() -> None:
    """ "killing 14 people, seven of them children": seven children killed, a part of the
    14, compared with another outlet's children named in the same toll."""
    found = claims_of("The strike killed 14 people, seven of them children, officials said.")
    assert found["seven"] == ("7", "killed", INCLUDED)
    assert found["14 people"] == ("14", "killed", "people")
    result = check_story(
        story(
            "The strike killed 14 people, seven of them children, officials said.",
            "The strike killed 14 people, including four children, officials said.",
        )
    )
    assert pairs(result) == [("four children", "seven")]
    # the same class on both sides agrees; a word that is no class of people names nothing
    agree = check_story(
        story(
            "The strike killed 14 people, seven of them children, officials said.",
            "The strike killed 14 people, including seven children, officials said.",
        )
    )
    assert pairs(agree) == []
    assert claims_of("The fire destroyed 14 homes, seven of them completely.")["seven"][1] == ""
    # the class as the people lexicon names it: "police" after "of them" are police officers
    police = check_story(
        story(
            "Clashes on Sunday left 23 people injured, 14 of them police officers.",
            "Twenty-three people were injured on Sunday, including six police officers.",
        )
    )
    assert pairs(police) == [("14", "six police officers")]


def test_a_participle_after_the_noun_yields_to_the_verb_the_figure_is_the_object_of() -> None:
    """ "Rescuers freed 12 miners trapped underground": the 12 were rescued; a headline's
    list of counts keeps each count's own verb ("8 persons killed 58 others injured")."""
    assert claims_of("Rescuers freed 12 miners trapped underground.")["12 miners"][1] == "rescued"
    assert claims_of("12 miners were trapped underground.")["12 miners"][1] != "rescued"
    listed = claims_of("8 persons killed 58 others injured in rocket attacks on the city")
    assert listed["8 persons"][1] == "killed"
    assert listed["58 others"][1] == "injured"


def test_an_explanation_says_what_a_bare_count_was_read_as() -> None:
    """A reader checking "seven" against "four children" needs to see that the seven were
    read as children killed; a quote that names what it counts needs no such note."""
    result = check_story(
        story(
            "The strike killed 14 people, seven of them children, officials said.",
            "The strike killed 14 people, including four children, officials said.",
        )
    )
    (why,) = [p.explanation for f in result.findings for p in f.pairs]
    assert '"seven" (d0.txt, officials, as of 2016-07-27, read as children killed)' in why
    assert '"four children" (d1.txt, officials, as of 2016-07-27) vs' in why


def test_people_listed_after_the_dead_include_are_some_of_them() -> None:
    """ "The dead include the truck's driver and the three people travelling in a minibus":
    the three are some of the dead, not a toll against another outlet's six (a part named
    in its whole, checker.extract.parts.with_listed_by_include); a toll in the same words
    without "include" still is one."""
    listed = check_story(
        story(
            "The dead include the truck's driver and the three people travelling in a minibus.",
            "The blast killed six people on the mountain road.",
        )
    )
    assert pairs(listed) == []
    (three,) = [c for c in listed.claims if c.quote == "three people"]
    assert three.measure.scope == INCLUDED
    plain = check_story(
        story(
            "The dead are the three people travelling in a minibus.",
            "The blast killed six people on the mountain road.",
        )
    )
    assert pairs(plain) == [("six people", "three people")]
