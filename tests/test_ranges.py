"""Ranges only with evidence: two numbers are one range when a range word joins them and
their units and magnitudes agree; a change and the level it reached are two figures."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from checker.extract.claims import extract_claims
from checker.model import Document


def _figures(text: str) -> list[tuple[str, str]]:
    document = Document(doc_id="r", text=text, published=dt.date(2020, 1, 1))
    return [(c.value, c.unit) for c in extract_claims(document) if c.kind != "date"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a change verb, then the level reached: two figures
        ("The index rose 2% to 1,234.", [("2", "percentage"), ("1234", "")]),
        ("Inflation rose 2% to 3%.", [("2", "percentage"), ("3", "percentage")]),
        ("The Dow rose 12 points to 1,234.", [("12", "point"), ("1234", "")]),
        ("The deal rose 1.5 million to 2 million.", [("1500000", ""), ("2000000", "")]),
        ("Shares rose $1 to $25.", [("1", "dollar"), ("25", "dollar")]),
        # a range of changes writes its unit once, and its ends are of one magnitude
        ("Sales rose 5 to 10 percent.", [("5-10", "percentage")]),
        ("Prices rose 1.5 to 2 million.", [("1500000-2000000", "")]),
        ("Temperatures dropped by 1 to 1.5 degrees Celsius.", [("1-1.5", "celsius")]),
        # without a change verb, a repeated unit keeps the range
        ("Fees of 15 per cent to 20 per cent apply.", [("15-20", "percentage")]),
        ("It costs 10 to 20 dollars.", [("10-20", "dollar")]),
        # a range opened by "from" or "between" stays one
        ("It grew from 2% to 5%.", [("2-5", "percentage")]),
        ("Between 20 and 30 people came.", [("20-30", "people")]),
        # "N or M": one unit, near magnitudes
        ("He scored 3 or 4 goals.", [("3-4", "goal")]),
        ("It came to 5 or 500 others.", [("5", ""), ("500", "others")]),
    ],
)
def test_ranges_need_evidence(text: str, expected: list[tuple[str, str]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    "text",
    ["Call 215-686-TIPS now.", "Call 1-800-SPEAK-UP today.", "He works at a 7-Eleven store."],
)
def test_chains_of_hyphens_and_names_are_not_ranges(text: str) -> None:
    assert not [value for value, _ in _figures(text) if "-" in value[1:]]


def test_a_unit_the_second_end_lacks_is_not_a_range() -> None:
    assert ("5-7", "foot") not in _figures("He is about five-foot-seven.")


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        # each end keeps its own scale: the first end's rounding is a tenth of a billion
        ("Revenue of $8.6 billion to $8.9 billion is expected.", "8550000000", "8950000000"),
        ("Between 3 million and 5 million people fled.", "2500000", "5500000"),
        # a first end that shares the second's scale rounds at that scale
        ("Sales of 24.2 to 35 billion euros.", "24150000000", "35500000000"),
        ("Between 3 and 5 million people fled.", "2500000", "5500000"),
    ],
)
def test_a_range_of_scaled_numbers_rounds_each_end_at_its_own_scale(
    text: str, low: str, high: str
) -> None:
    document = Document(doc_id="r", text=text, published=dt.date(2020, 1, 1))
    (claim,) = [c for c in extract_claims(document) if c.kind != "date"]
    assert (claim.interval.low, claim.interval.high) == (Decimal(low), Decimal(high))


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        # a verb of change before "from A to B": the figure is the level B reached
        ("The death toll rose from 31 to 38 overnight.", "38", "38"),
        ("Officials raised the toll from 12 to 15 people on Tuesday.", "15", "15"),
        ("Brisa will raise the price of its cans from €1.10 to €1.25.", "1.245", "1.255"),
        ("Her bail was reduced from $400,000 to $250,000.", "245000", "255000"),
        # no verb of change: a range of values
        ("The victims ranged in age from 19 to 34.", "19", "34"),
        ("Tickets cost from $700 to $1,700.", "650", "1750"),
    ],
)
def test_from_a_to_b_after_a_verb_of_change_is_the_level_reached(
    text: str, low: str, high: str
) -> None:
    document = Document(doc_id="r", text=text, published=dt.date(2020, 1, 1))
    (claim,) = [c for c in extract_claims(document) if c.kind != "date"]
    assert (claim.interval.low, claim.interval.high) == (Decimal(low), Decimal(high))
