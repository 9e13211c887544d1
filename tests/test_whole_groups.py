"""A count told as "all N of" its owner's things is the size of the owner's group, whatever
happened to them (checker/events/groups.py): "closed all 14 of its stations" against "closed
all six of the company's stations"; "all 16 of the utility's pumping stations" against "the
utility's nine pumping stations". Two owners' groups stay apart."""

from __future__ import annotations

from checker.pipeline import check_story
from tests.test_events import pairs, story


def test_all_of_an_owners_things_is_its_group_size() -> None:
    closed = check_story(
        story(
            "Hydra Energi said it had closed all 14 of its stations as a precaution.",
            "Hydra Energi closed all six of the company's stations within an hour.",
        )
    )
    assert pairs(closed) == [("14", "six")]
    pumping = check_story(
        story(
            "Engineers have been driving between the utility's nine pumping stations.",
            "Since Sunday, all 16 of the utility's pumping stations have been run by hand.",
        )
    )
    assert pairs(pumping) == [("16", "nine pumping stations")]


def test_two_owners_groups_are_not_compared() -> None:
    result = check_story(
        story(
            "The strike closed all 14 of the airline's offices on Monday.",
            "The strike closed all six of the railway's offices on Monday.",
        )
    )
    assert pairs(result) == []
