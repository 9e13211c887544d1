"""A wage paid by the week and the person it is paid to, across outlets (units.find_unit,
kinds.money_kind, parties). Invented transfer stories."""

from __future__ import annotations

from checker.pipeline import check_story
from tests.test_events import pairs, story


def test_pounds_paid_by_the_week_are_money_and_a_wage() -> None:
    result = check_story(
        story(
            "Mateo Ferreyra will earn around 180,000 pounds a week.",
            "Mateo Ferreyra has signed on wages of £210,000 a week.",
        )
    )
    units = {c.quote: c.unit for c in result.claims if c.kind == "amount"}
    assert units["around 180,000 pounds a week"] == "pound sterling per week"
    assert pairs(result) == [("around 180,000 pounds a week", "£210,000 a week")]
    # control: a few pounds a week lost is a weight
    lost = check_story(story("He has lost 3 pounds a week since January."))
    assert {c.unit for c in lost.claims if c.kind == "amount"} == {"pound-mass per week"}


def test_a_person_named_in_full_and_by_surname_is_one_party() -> None:
    result = check_story(
        story("Mateo Ferreyra was fined $5,000 by the league.", "Ferreyra was fined $9,000.")
    )
    assert pairs(result) == [("$5,000", "$9,000")]
    # control: two people of one surname, both named in full, are two parties
    apart = check_story(
        story("Mateo Ferreyra was fined $5,000 by the league.", "Jose Ferreyra was fined $9,000.")
    )
    assert pairs(apart) == []
