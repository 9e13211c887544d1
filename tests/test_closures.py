"""How long a place was closed is one length however it is told: "was closed for about five
hours" and "reopened after just under two hours" (checker/events/closures.py); two places'
closures, or an active closure that names its closer first, are not compared."""

from __future__ import annotations

from checker.pipeline import check_story
from tests.test_events import pairs, story


def test_a_closure_told_by_closed_for_and_reopened_after_is_one_length() -> None:
    result = check_story(
        story(
            "The runway was closed for about five hours while the aircraft was towed away.",
            "The runway reopened after just under two hours, the airport said.",
        )
    )
    assert pairs(result) == [("about five hours", "under two hours")]


def test_closures_of_two_places_are_not_compared() -> None:
    result = check_story(
        story(
            "Police said the road was closed for three hours.",
            "The school was closed for three days.",
        )
    )
    assert pairs(result) == []
    agree = check_story(
        story(
            "The road was closed for three hours.",
            "The road was closed for about three hours, police said.",
        )
    )
    assert pairs(agree) == []


def test_a_place_closed_by_its_name_is_its_head_noun_closed() -> None:
    """ "Norrhavn Airport in northern Sweden was closed for nearly four hours" is the
    airport's closure, as "the airport was closed for about 90 minutes" is: a name's
    capitals had hidden the noun. Another named place's closure is another length."""
    result = check_story(
        story(
            "Norrhavn Airport in northern Sweden was closed for nearly four hours on Thursday.",
            "The airport was closed for about 90 minutes on Thursday evening.",
        )
    )
    assert pairs(result) == [("about 90 minutes", "nearly four hours")]
    other = check_story(
        story(
            "The Kalibari Bridge was closed for nearly four hours on Thursday.",
            "The airport was closed for about 90 minutes on Thursday evening.",
        )
    )
    assert pairs(other) == []
