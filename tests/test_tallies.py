"""Vote tallies are two counts of one vote, the votes for and against, and outlets telling
one vote can disagree on either (checker/extract/tallies.py). Invented sentences."""

from __future__ import annotations

import pytest

from checker.extract.tallies import tallies
from checker.pipeline import check_story
from tests.test_events import pairs, story


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The Senate voted 51-49 to approve the bill.", [(51, 49, "senate")]),
        ("The House passed the bill 256-167 on Thursday.", [(256, 167, "house")]),
        ("It passed the House by a vote of 256 to 163.", [(256, 163, "house")]),
        ("The measure passed in a 396-9 vote.", [(396, 9, "")]),
        ("The committee approved the plan 9\u20132.", [(9, 2, "committee")]),
        # games and other pairs of numbers are no tally
        ("Indiana State defeated Evansville 51-50 on Friday.", []),
        ("The Colts beat the Chiefs 20-13 and passed for 300 yards.", []),
        ("The bill passed 256-167.", []),  # no body and no word of voting: not sure
        ("Call 555-1234 to vote.", []),
    ],
)
def test_tallies_are_read_with_the_body_that_voted(sentence: str, found: list) -> None:
    assert [(t.yes, t.no, t.body) for t in tallies(sentence)] == found


def test_two_outlets_giving_one_vote_two_tallies_disagree_on_the_side_that_differs() -> None:
    result = check_story(
        story(
            "The House passed the spending bill 256-167 on Thursday.",
            "The House approved the spending bill on Thursday by a vote of 256 to 163.",
        )
    )
    assert pairs(result) == [("163", "167")]


def test_votes_of_two_chambers_are_not_compared() -> None:
    result = check_story(
        story(
            "The House passed the spending bill 256-167 on Thursday.",
            "The Senate passed the spending bill 65-32 on Thursday.",
        )
    )
    assert pairs(result) == []
