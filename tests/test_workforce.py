"""An employer's headcount is one figure whatever verb tells it, of its employer
(checker/events/workforce.py).

Each example is written for a class of cases (a headcount told with "has", "its", "with" or
"on the payroll" beside one told with "employs"; the workforces of a buyer and its target;
a site's headcount beside the whole company's); none copies a corpus sentence.
"""

from __future__ import annotations

import pytest

from checker.events.parties import employer_before
from checker.pipeline import check_story
from tests.test_events import pairs, story


@pytest.mark.parametrize(
    "told",
    [
        "Harbrook Foods has about 1,100 employees across its three plants.",
        "The company and its 1,100 workers are the largest employer in the valley.",
        "Harbrook, a family firm with 1,100 staff, makes frozen pies.",
        "Some 1,100 people were on the payroll when the sale was agreed.",
    ],
)
def test_a_headcount_told_with_having_meets_one_told_with_employs(told: str) -> None:
    """ "has about 1,100 employees" and "employs 640 workers" are one figure of the
    employer: they had no frame, or one of their own noun, and never met."""
    result = check_story(
        story(told, "Harbrook Foods employs 640 workers, the company said on Wednesday.")
    )
    assert len(pairs(result)) == 1


def test_two_employers_headcounts_are_not_compared() -> None:
    """A buyer's and its target's workforces are two figures: the employer each clause
    names keeps them apart (both had been "people employed" of the story, and 4,120 against
    3,560 was flagged)."""
    result = check_story(
        story(
            "Acme Foods, which employs 4,120 people, agreed to buy Zenith Mills.",
            "Zenith Mills employs 3,560 people, Acme Foods said.",
        )
    )
    assert pairs(result) == []


def test_a_figure_that_names_no_employer_is_the_story_s_one() -> None:
    result = check_story(
        story(
            "Zenith Mills employs 3,500 people in Ohio.",
            "The company employs about 2,000 people, its chief executive said.",
        )
    )
    assert pairs(result) == [("3,500 people", "about 2,000 people")]


@pytest.mark.parametrize(
    ("site", "whole", "flagged"),
    [
        # a site's headcount within the whole company's: both can hold
        ("about 2,900 people at its Skalvik factory", "about 3,800 people in Sweden", False),
        # a site cannot employ more than the whole company
        ("about 4,900 people at its Skalvik factory", "about 3,800 people in Sweden", True),
    ],
)
def test_a_site_s_headcount_is_a_part_of_the_company_s(
    site: str, whole: str, flagged: bool
) -> None:
    result = check_story(
        story(f"Nordvolt employs {site}, the company said.", f"Nordvolt employs {whole}.")
    )
    assert bool(pairs(result)) is flagged


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        ("EYP, based in New York, has", "eyp"),
        ("The factory, known as Nordcell Ett, employs", "nordcell"),
        ("In Salacgriva the company has", ""),  # a place is no employer
        ("The company has", ""),
    ],
)
def test_the_employer_a_clause_names(text: str, employer: str) -> None:
    assert employer_before(text, len(text)) == employer
