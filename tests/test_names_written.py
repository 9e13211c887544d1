"""Names as outlets write them: with the accents of Spanish, French, Turkish, Romanian or
Polish names ("Tomás Ruiz", "José Núñez", "Ştefan Lazăr"), with or without those accents in
two outlets, and after a title that words before it qualify ("State Treasurer Maria
Ellison", "Labour Minister Sofia Marchetti")."""

from __future__ import annotations

import pytest

from checker.extract.names import full_name, person_key
from checker.extract.people import person_of_age
from checker.extract.text import NAME_LETTERS, fold_text, without_accents
from checker.pipeline import check_story
from tests.test_ages import _check
from tests.test_events import pairs, story


@pytest.mark.parametrize(
    ("text", "number", "person"),
    [
        ("Tomás Ruiz, 52, was arrested at his home in Utebo.", "52", "Tomás Ruiz"),
        ("José Núñez, 41, was arrested.", "41", "José Núñez"),
        ("The 34-year-old Ştefan Lazăr died in hospital.", "34", "Ştefan Lazăr"),
        ("Police named the victim as Inés Ríos, 29.", "29", "Inés Ríos"),
        ("Óscar Peña (33) was shot.", "33", "Óscar Peña"),
        ("Łukasz Wójcik, 27, was hurt.", "27", "Łukasz Wójcik"),
        ("The driver, identified as Tomás Ruiz, aged 52, survived.", "52", "Tomás Ruiz"),
        ("State Treasurer Maria Ellison, 58, won the primary.", "58", "Maria Ellison"),
        ("Labour Minister Sofia Marchetti, 49, resigned.", "49", "Sofia Marchetti"),
        ("Former President Jimmy Carter, 90, spoke.", "90", "Jimmy Carter"),
    ],
)
def test_an_age_is_bound_to_a_name_however_it_is_written(
    text: str, number: str, person: str
) -> None:
    folded = fold_text(text)
    start = text.index(number)
    assert person_of_age(folded, start, start + len(number)) == person


@pytest.mark.parametrize(
    ("run", "key"),
    [
        ("State Treasurer Maria Ellison", "Maria Ellison"),
        ("Fire Chief John Smith", "John Smith"),
        ("Police Chief Scott Russell", "Scott Russell"),
        # a title with only a surname after it qualifies nothing before the name
        ("Sarah Judge Smith", "Sarah Smith"),
        ("Kevin Major", "Kevin Major"),
    ],
)
def test_the_key_of_a_name_starts_after_its_title(run: str, key: str) -> None:
    assert person_key(run) == key


def test_a_name_with_and_without_its_accents_is_one_full_name() -> None:
    text = "Rep. Raúl Labrador spoke first, and Raul Labrador left."
    assert full_name(text, "Labrador") == "Raúl Labrador"
    assert not full_name("Ann Labrador and Raul Labrador spoke.", "Labrador")
    assert without_accents("Núñez Ştefan Łukasz") == "Nunez Stefan Łukasz"


def test_ages_of_one_name_written_with_and_without_accents_conflict() -> None:
    pairs = _check(
        ("Police named the driver as José Núñez. Núñez, 41, was arrested.", "2024-03-11"),
        ("Police said Jose Nunez, 44, was arrested on Monday.", "2024-03-11"),
    )
    assert [(a, b) for _, a, b in pairs] == [("41", "44")]
    pairs = _check(
        ("Rep. Raúl Labrador spoke on Monday. Labrador, 46, said the bill would pass.", None),
        ("Rep. Raul Labrador spoke on Monday. Labrador, 49, said the bill would pass.", None),
    )
    assert [(a, b) for _, a, b in pairs] == [("46", "49")]


def test_name_letters_are_letters_of_both_cases_and_no_sign() -> None:
    assert {"á", "Á", "ñ", "Ş", "ł", "ț", "a", "Z"} <= NAME_LETTERS
    assert not {"µ", "×", "÷", "€", "'", " "} & NAME_LETTERS


def test_a_name_with_and_without_accents_is_one_person_however_far_its_ages() -> None:
    pairs = _check(
        ("Rep. Raúl Labrador, 46, said the bill would pass.", "2024-03-11"),
        ("Rep. Raul Labrador, 52, said the bill would pass.", "2024-03-11"),
    )
    assert [(a, b) for _, a, b in pairs] == [("46", "52")]


def test_a_title_of_a_crew_or_a_school_before_a_name_is_no_part_of_it() -> None:
    """ "Skipper Dan Whitford, 63" and "Dan Whitford, 58" are one person told two ages; so is
    a principal named with her title."""
    result = check_story(
        story(
            "The skipper of Southern Wake, Dan Whitford, 58, is a veteran of 19 races.",
            "Skipper Dan Whitford, 63, said the keel had failed without warning.",
        )
    )
    assert pairs(result) == [("58", "63")]
    result = check_story(story("Principal Ann Cole, 51, closed the school.", "Ann Cole, 53, wept."))
    assert pairs(result) == [("51", "53")]
