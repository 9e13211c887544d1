"""A quake's magnitude told by several outlets: one quake's magnitudes are compared, whoever
reports them; another quake's (a foreshock, a year's earlier quake) are not. Invented copy,
undated as pasted copy often is."""

from __future__ import annotations

from checker.pipeline import check_story
from tests.test_events import pairs, story, undated_story

_REUTERS = (
    "Magnitude 6.8 quake strikes southern Peru, killing seven\n\nA magnitude 6.8 earthquake"
    " struck southern Peru on Tuesday, killing seven people, officials said. In 2007, a"
    " magnitude 8.0 quake near Pisco killed more than 500 people."
)
_EFE = (
    "Strong quake shakes Peru's south coast\n\nA magnitude 7.1 earthquake jolted southern Peru"
    " on Tuesday, the U.S. Geological Survey reported, killing at least seven people."
)


def test_one_quakes_magnitudes_are_compared_and_a_year_ago_quakes_is_not() -> None:
    """ "In 2007" in an undated story tells another quake (news tells its own by the
    weekday); the agency a magnitude is attributed to is no party of it."""
    result = check_story(undated_story(_REUTERS, _EFE))
    assert ("6.8", "7.1") in pairs(result)
    assert not [p for p in pairs(result) if "8.0" in p]
    (older,) = [c for c in result.claims if c.value == "8"]
    assert older.event == "event of 2007"


def test_a_magnitude_a_whole_unit_apart_is_another_quake() -> None:
    result = check_story(
        undated_story(
            "Quake near The Geysers\n\nAn earthquake with a preliminary magnitude of 4.4 struck"
            " near The Geysers on Sunday. Earlier this morning, an earthquake with a preliminary"
            " magnitude of 2.0 struck nearby, according to the USGS.",
            "Quake near The Geysers\n\nA magnitude 4.2 quake struck near The Geysers on Sunday,"
            " the U.S. Geological Survey said.",
        )
    )
    assert pairs(result) == [("4.2", "4.4")]


def test_a_quakes_magnitude_is_compared_whatever_day_it_is_told() -> None:
    """A magnitude is the quake's, not the day's: an outlet's 6.4 the next day still
    disagrees with another's 6.1 the day of the quake."""
    result = check_story(
        story(
            "Quake kills 9 in Iran\n\nA magnitude 6.1 earthquake struck southern Iran early on"
            " Tuesday, killing nine people, state media reported.",
            "Iran quake: rescuers search rubble\n\nThe US Geological Survey said the earthquake"
            " had a magnitude of 6.4, on Wednesday.",
            date="2024-04-02",
        )
    )
    assert ("6.1", "6.4") in pairs(result)
