"""How a figure's place is named: a country's possessive holds the place after it, and
diacritics that one outlet writes and another leaves out name one place
(checker/extract/where.py). Invented sentences."""

from __future__ import annotations

import pytest

from checker.events.places import elsewhere
from checker.extract.where import place_name, places_in, spelling_key
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


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Strikes rained on the rebel-held town of Atareb on Friday.", ["atareb"]),
        ("Ten were killed in the village of Oweijel.", ["oweijel"]),
        # the kind of place with an indefinite article names the place as well
        ("A bomb hit a building in an opposition-held area of Dalya city.", ["dalya"]),
        ("Shells fell on a rebel-held district of Harmon.", ["harmon"]),
        ("The blast was in the Kurdish-majority city of Qamishli.", ["qamishli"]),
        ("Floods rose across the northern province of Sindh.", ["sindh"]),
        # adjectives of a people are no place, whatever kind of place follows
        ("A bomb killed 31 in Syrian Kurdish city.", []),
        ("Shells fell in the Syrian cities of the north.", []),
        # a name that ends like one before a kind of place is a place
        (
            "The quake struck near the town of Quilla in Huancaran province.",
            ["quilla", "huancaran"],
        ),
        # a country that ends like an adjective is still a place
        ("Clashes broke out in Sudan on Monday.", ["sudan"]),
        # "on" alone names a time or a street, not a place told by its kind
        ("The vote is on Friday.", []),
    ],
)
def test_a_place_told_by_its_kind_is_named(text: str, places: list[str]) -> None:
    assert list(places_in(text, 0, len(text))) == places


def test_transliterations_of_one_place_have_one_spelling_key() -> None:
    variants = ("Khan Sheikhun", "Khan Shaykhun", "Khan Sheikhoun", "Khan Shaikhoun")
    assert len({spelling_key(v) for v in variants}) == 1
    assert spelling_key("al-Qameshli") == spelling_key("Qamishli") == spelling_key("Kamishli")
    assert spelling_key("Deir ez-Zor") == spelling_key("Deir al-Zour")
    # other places keep other keys
    keys = [spelling_key(p) for p in ("Homs", "Hama", "Daraa", "Deir", "Douma", "Idlib")]
    assert len(set(keys)) == len(keys)


def _two_towns(first: str, second: str) -> list[tuple[str, str]]:
    return pairs(
        check_story(
            story(
                f"Air strikes killed 10 civilians in the town of {first} on Friday, a monitor"
                " said.",
                f"Air strikes killed 15 civilians in the town of {second} on Friday, a monitor"
                " said.",
            )
        )
    )


def test_one_town_spelt_two_ways_is_one_place_and_two_towns_are_two() -> None:
    assert _two_towns("Khan Sheikhun", "Khan Shaykhun") == [("10 civilians", "15 civilians")]
    assert _two_towns("Atareb", "Ghandoura") == []


def test_where_a_source_spoke_is_no_other_incidents_place() -> None:
    """ "the returning officer announced at a conference hall in Eastbridge": where the
    result was told, not another incident; a place in what was said stays one."""
    lead = frozenset({"harwick"})
    told = (
        "Vance won 41,200 votes to 30,100 in the final round, the party's returning officer"
        " announced at a conference hall in Eastbridge."
    )
    assert elsewhere(told, frozenset(), lead) == ""
    # nor where the source is that the figure is credited to
    credited = (
        "Police detained 148 people on Sunday night, according to the national police"
        " department in Alto Parana."
    )
    assert elsewhere(credited, frozenset(), lead) == ""
    for said in (
        "Three people were killed in Eastbridge on Saturday, police said in a statement.",
        "Police said in a statement that three people were killed in Eastbridge.",
    ):
        assert elsewhere(said, frozenset(), lead) == "eastbridge"


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Warplanes killed 31 in Raqqa province on Sunday.", ["raqqa province"]),
        ("Warplanes killed 31 in Raqqa Province on Sunday.", ["raqqa province"]),
        ("Warplanes killed 31 in the Syrian province of Idlib.", ["idlib province"]),
        ("Warplanes killed 31 in Aleppo city.", ["aleppo"]),  # a town is its town
    ],
)
def test_a_figures_place_keeps_the_kind_of_area_it_names(text: str, places: list[str]) -> None:
    assert list(places_in(text, 0, len(text), areas=True)) == places


def test_the_area_around_the_town_a_story_happens_in_holds_the_towns_toll() -> None:
    # a lede names the town as a town: the province named after it is the area around it,
    # whose toll holds the town's
    town = (
        "Air raids pounded the northern town of Raqqa on Sunday, killing at least 16 fighters."
        " At least 16 fighters were killed in the town, a monitor said."
    )
    province = "The army said its jets killed 31 fighters in Raqqa province on Sunday."
    also = "Jets struck Raqqa on Sunday. The raids in Raqqa killed fighters, residents said."
    assert pairs(check_story(story(town, province, also))) == []
    # no document names Raqqa as a town: the province stands for it, and the tolls disagree
    plain = "Air raids on Raqqa on Sunday killed at least 16 fighters, a monitor said."
    found = pairs(check_story(story(plain, province, also)))
    assert ("31 fighters", "at least 16 fighters") in found


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Activists in the Syrian Revolution General Commission said 640 died.", []),
        ("He won a seat in the National Assembly with 5,000 votes.", []),
        ("Five were killed in Al-Quds Hospital.", ["al-quds hospital"]),  # a building, a site
        ("Twelve were killed in Douma on Monday.", ["douma"]),
    ],
)
def test_an_organisation_is_no_place(text: str, places: list[str]) -> None:
    assert list(places_in(text, 0, len(text), areas=True)) == places


def test_a_crossing_of_roads_or_a_square_is_a_site_of_the_story_s_town() -> None:
    """ "near the Kalibari intersection" tells where in the story's town the girder fell,
    not another town's incident (its weight then meets another outlet's); "at the Mirpur
    roundabout" likewise. A town named alone is still another place."""
    lead_words = frozenset({"meghnapur"})
    site = (
        "The girder, weighing about 150 tonnes, crushed a microbus near the Kalibari "
        "intersection shortly after 4.30 p.m., officials said."
    )
    assert elsewhere(site, frozenset(), lead_words) == ""
    roundabout = "Three people were hurt at the Mirpur roundabout on Friday."
    assert elsewhere(roundabout, frozenset(), lead_words) == ""
    assert elsewhere("Two died in Kalibari on Friday.", frozenset(), lead_words) == "kalibari"
