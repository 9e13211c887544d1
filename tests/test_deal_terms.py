"""A deal's terms (checker/data/measures.json deal_terms: the price per share, the deal's
value, the premium over the market price) are compared across the days of one announcement's coverage (deal_terms_days) when
the clauses tie them to one deal (checker.events.parties.named_parties_shared); not across a
raise reported later, nor between two deals of one buyer. Other money that changes (a
budget) is still compared only at one time."""

from __future__ import annotations

import pytest

from checker.events.parties import named_parties_shared
from checker.pipeline import check_story
from tests.test_reconcile import flagged, story

_VALDORA = "Ferrante agreed to buy Valdora for 0.82 euros per share in cash."


@pytest.mark.parametrize(
    ("first", "first_day", "second", "second_day", "expected"),
    [
        # one announcement told a day apart
        (_VALDORA, "2025-03-09", "Ferrante will pay €0.86 a share in cash.", "2025-03-10",
         [("0.82 euros per share", "€0.86 a share")]),
        ("Brightwell agreed to buy Cyberon in a $2.4 billion deal.", "2025-10-06",
         "Brightwell agreed to buy Cyberon in a $4.2bn deal.", "2025-10-07",
         [("$2.4 billion deal", "$4.2bn deal")]),
        # one day: flagged whatever the window
        (_VALDORA, "2025-03-09", "Ferrante will pay 0.86 euros per share for Valdora.",
         "2025-03-09", [("0.82 euros per share", "0.86 euros per share")]),
        # ten days later: maybe a raised offer
        ("Kestrel offered 245p per share for Fairway, which rejected it.", "2025-06-02",
         "Kestrel now offers 262p per share for Fairway.", "2025-06-12", []),
        # a day apart, but two deals of one buyer
        ("Halcyon agreed to buy Palmer for $1.2 billion.", "2025-04-28",
         "Halcyon agreed to buy Threepar for $1.6 billion.", "2025-04-29", []),
        # a day apart, but a clause that names no party ties nothing
        (_VALDORA, "2025-03-09", "The offer values each share at €0.86.", "2025-03-10", []),
        # the premium over the market price is a term of the deal too
        ("Norland offered $48 a share, a 24% premium to Kessler's closing price.", "2025-11-03",
         "Norland's bid for Kessler is a premium of 31% to the closing price.", "2025-11-04",
         [("24% premium", "31%")]),
        ("Norland offered a 24% premium to Kessler's closing price.", "2025-11-03",
         "Norland now offers Kessler a premium of 31% to the closing price.", "2025-11-13", []),
        # a budget changes: compared only at one time
        ("The city approved a police budget of $310 million.", "2025-06-02",
         "The city's police budget is $340 million.", "2025-06-03", []),
    ],
)  # fmt: skip
def test_deal_terms_across_days(
    first: str, first_day: str, second: str, second_day: str, expected: list
) -> None:
    assert flagged(check_story(story((first, first_day), (second, second_day)))) == expected


def test_named_parties_shared_needs_the_fewer_parties_among_the_others() -> None:
    found = check_story(
        story(
            ("Halcyon agreed to buy Palmer for $1.2 billion.", "2025-04-28"),
            ("Halcyon will pay $1.2 billion.", "2025-04-28"),
            ("Halcyon agreed to buy Threepar for $1.6 billion.", "2025-04-28"),
            ("It was a $1.2 billion deal.", "2025-04-28"),
        )
    ).claims
    palmer, halcyon, threepar, none = (c for c in found if c.kind == "amount")
    assert named_parties_shared(palmer, halcyon) and named_parties_shared(halcyon, threepar)
    assert not named_parties_shared(palmer, threepar)
    assert not named_parties_shared(palmer, none)
