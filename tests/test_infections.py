"""Counts of infections (checker/extract/infections.py): cases are counted as the infected
only in a sentence or a story about a disease, and the infected grow as the dead do.
Invented outbreak stories."""

from __future__ import annotations

from checker.pipeline import check_story
from tests.test_events import pairs, story


def measures(text: str) -> dict[str, str]:
    result = check_story(story(text))
    return {c.quote: c.measure.event for c in result.claims if c.kind == "count"}


def test_cases_of_a_disease_are_counts_of_the_infected() -> None:
    assert measures("The cholera outbreak has grown to 212 cases.") == {"212 cases": "infected"}
    # the headline names the disease: a sentence that does not still counts the infected
    lede = "Mumps outbreak spreads in Dorval\n\nHealth officials confirmed 64 new cases on Monday."
    assert measures(lede) == {"64 new cases": "infected"}


def test_a_disease_is_known_by_its_ending_too() -> None:
    # no list of names keeps up with diseases: -iasis, -itis, -virus, a fever
    for text in (
        "Officials recorded more than 300 cases of cutaneous leishmaniasis.",
        "The clinic has seen 41 cases of bacterial meningitis.",
        "Health officials confirmed 12 cases of hantavirus.",
        "The ministry reported 18 cases of Lassa fever.",
    ):
        assert list(measures(text).values()) == ["infected"], text


def test_cases_of_the_infected_and_people_infected_are_one_count() -> None:
    """ "more than 300 cases" and "173 people infected": each case is a person infected."""
    result = check_story(
        story(
            "Officials recorded more than 300 cases of cutaneous leishmaniasis by Thursday.",
            "The number of people infected with leishmaniasis reached 173 by Thursday.",
        )
    )
    assert pairs(result) == [("173", "more than 300 cases")]


def test_cases_of_other_things_count_no_infection() -> None:
    # controls: cases of violence, cases before a court
    assert measures("The monitor documented 200 cases of violence.") == {"200 cases": ""}
    assert measures("The judge has heard 29 cases this month.") == {"29 cases": ""}


def test_two_outlets_counts_of_the_infected_are_compared_and_grow_over_time() -> None:
    result = check_story(
        story(
            "A measles outbreak in Dorval County has grown to 148 cases, officials said.",
            "The measles outbreak in Dorval County has reached 184 cases, officials said.",
        )
    )
    assert pairs(result) == [("148 cases", "184 cases")]
    # an earlier, lower count is the outbreak's growth, not a disagreement
    grown = check_story(
        story(
            "The measles outbreak in Dorval County had 121 cases on Feb. 13, officials said.",
            "The measles outbreak in Dorval County has reached 148 cases, officials said.",
            date="2025-02-20",
        )
    )
    assert pairs(grown) == []


def test_people_infected_or_fallen_ill_are_counts_of_the_infected() -> None:
    """ "11 residents have been infected" and a headline's "outbreak infects 14": one count of
    the infected, told by its verb; "fell ill" too."""
    result = check_story(
        story(
            "The inspection began at the home where 11 residents have been infected with"
            " hepatitis B.",
            "Hepatitis outbreak at care home infects 14\n\nHealth officials confirmed the"
            " outbreak on Tuesday.",
        )
    )
    assert pairs(result) == [("11 residents", "14")]
    ill = check_story(
        story(
            "More than 200 guests fell ill after the wedding.",
            "About 120 guests fell ill after the wedding.",
        )
    )
    assert pairs(ill) == [("About 120 guests", "More than 200 guests")]


def test_suspected_cases_are_no_part_of_the_cases_and_meet_only_their_own_kind() -> None:
    """ "A further 24 suspected cases are awaiting test results" beside "23 cases" confirmed:
    the suspected are not yet cases, so the two counts are not one count told two ways;
    two outlets' suspected cases are still compared with each other."""
    result = check_story(
        story(
            "The plague outbreak has grown. The ministry said 17 cases had been confirmed. "
            "A further 24 suspected cases are awaiting test results.",
            "The health ministry has confirmed 23 cases in the plague outbreak.",
        )
    )
    assert pairs(result) == [("17 cases", "23 cases")]
    suspected = check_story(
        story(
            "In the plague outbreak, 24 suspected cases are awaiting test results.",
            "In the plague outbreak, 31 suspected cases are awaiting test results.",
        )
    )
    assert pairs(suspected) == [("24 suspected cases", "31 suspected cases")]


def test_falling_ill_in_any_tense_counts_the_infected() -> None:
    """A headline tells in the present ("More than 200 soldiers fall ill after meal"); "fell
    sick" and "became ill" are falling ill too."""
    for text in (
        "More than 200 soldiers fall ill after meal at base",
        "A total of 212 soldiers fell sick after the meal.",
        "Some 40 guests became ill after the dinner.",
    ):
        assert set(measures(text).values()) == {"infected"}, text
