"""A rate told of a place most outlets name loses the place ("Turnout in Kalliojarvi" in a
story of Kalliojarvi is the story's turnout), unless the story gives that kind of rate for
two places: two towns' turnouts in one referendum are two rates, not one told twice."""

from __future__ import annotations

from checker.pipeline import check_story
from tests.test_events import pairs, story

_TWO_TOWNS = "Voters in Kalliojarvi and in Pohjaslahti voted on the merger on Sunday. "
_ONE_TOWN = "Voters in Kalliojarvi backed the merger on Sunday. "


def test_two_towns_turnouts_are_two_rates() -> None:
    result = check_story(
        story(
            _TWO_TOWNS + "Turnout in Kalliojarvi was 58.3 per cent.",
            _TWO_TOWNS + "Turnout in Pohjaslahti was 67.1 per cent.",
            _TWO_TOWNS + "The result surprised the mayors.",
        )
    )
    assert pairs(result) == []


def test_one_towns_rate_told_by_its_name_and_without_it_still_meets() -> None:
    result = check_story(
        story(
            _ONE_TOWN + "Turnout in Kalliojarvi was 58.3 per cent.",
            _ONE_TOWN + "Turnout was 67.1 per cent, officials said.",
            _ONE_TOWN + "The result surprised the mayor.",
        )
    )
    assert pairs(result) == [("58.3 per cent", "67.1 per cent")]
