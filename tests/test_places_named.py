"""How a figure's place is named: a country's possessive holds the place after it, and
diacritics that one outlet writes and another leaves out name one place
(checker/extract/where.py). Invented sentences."""

from __future__ import annotations

import pytest

from checker.extract.where import place_name, places_in
from checker.pipeline import check_story
from tests.test_events import pairs, story


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("The mine collapsed in Turkey's northern Bartin province.", ["bartin"]),
        ("Strikes hit in Syria's Aleppo province.", ["aleppo"]),
        ("Fighting raged in Sudan's restive Darfur region.", ["darfur"]),
        # a country's possessive with nothing after it names no place
        ("The vote in Kenya's was close.", []),
        # a city's possessive is left as it was: the city may be the story's ground
        ("He was shot in Chicago's South Side.", ["chicago's south side"]),
    ],
)
def test_a_countrys_possessive_holds_the_place_after_it(text: str, places: list[str]) -> None:
    assert list(places_in(text, 0, len(text))) == places


def test_diacritics_do_not_make_two_places() -> None:
    assert place_name("Bartın") == place_name("Bartin") == "bartin"
    assert place_name("São  Paulo") == "sao paulo"
    assert place_name("Łódź") == "lodz"


def test_a_toll_in_a_place_written_with_and_without_its_diacritics_is_compared() -> None:
    result = check_story(
        story(
            "Nineteen miners were killed when a coal mine collapsed in Turkey's northern"
            " Bartin province on Wednesday, the minister said.",
            "Twenty-two miners were killed in the mine collapse in Bartın on Wednesday,"
            " the minister said.",
        )
    )
    assert pairs(result) == [("Nineteen miners", "Twenty-two miners")]
