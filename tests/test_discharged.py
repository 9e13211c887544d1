"""The injured sent home: a part of the injured, compared as a part (checker/extract/
transfers.py discharged, checker/events/relations.py). Invented stories."""

from __future__ import annotations

from checker.pipeline import check_story
from tests.test_events import pairs
from tests.test_reconcile import story as dated


def test_those_discharged_are_a_part_of_the_injured_not_their_toll() -> None:
    result = check_story(
        dated(
            ("Police said 23 people were injured in the blast on Friday.", "2025-05-17"),
            ("Sixteen people injured in Friday night's blast have been discharged.", "2025-05-18"),
        )
    )
    assert pairs(result) == []  # 16 of the 23 went home
    more = check_story(
        dated(
            ("Police said 14 people were injured in the blast on Friday.", "2025-05-17"),
            ("Sixteen people injured in Friday's blast have been discharged.", "2025-05-17"),
        )
    )
    assert pairs(more) == [("14 people", "Sixteen people")]  # more sent home than were hurt


def test_a_later_part_may_outgrow_an_earlier_count_that_changes() -> None:
    """Twelve children taken to hospital on the day of the crash, "the other 13" discharged two
    days later: more were admitted since; a count that changes is compared at one time."""
    result = check_story(
        dated(
            ("Twelve children were taken to hospital after the bus crash.", "2025-02-06"),
            ("The other 13 children treated in hospital have all been discharged.", "2025-02-08"),
        )
    )
    assert pairs(result) == []
