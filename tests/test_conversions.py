"""A figure and its conversion in one sentence must agree (checker/findings/conversions.py):
"45 km (28 miles)" does, "300,000 liters, or about 19,000 barrels" does not. Invented
sentences."""

from __future__ import annotations

import pytest

from checker.findings.conversions import CONVERSION
from checker.pipeline import check_story
from tests.test_events import story


def _conversions(text: str) -> list[tuple[str, str, str]]:
    result = check_story(story(text, "Nothing else."))
    by_id = {c.claim_id: c.quote for c in result.claims}
    return [
        (by_id[f.group.claims[0].claim_id], by_id[f.group.claims[1].claim_id], f.verdict)
        for f in result.findings
        if f.group.measure.event == CONVERSION
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Oil reached 45 km (28 miles) of coast.", [("45 km", "28 miles", "consistent")]),
        (
            "An estimated 300,000 liters, or about 19,000 barrels, of fuel oil leaked.",
            [("An estimated 300,000 liters", "about 19,000 barrels", "discrepancy")],
        ),
        (
            "About 300,000 litres (1,900 barrels) leaked.",
            [("About 300,000 litres", "1,900 barrels", "consistent")],
        ),
        ("Winds of 70 mph (140 km/h) hit the coast.", [("70 mph", "140 km/h", "discrepancy")]),
        (
            "It was near 47 degrees Celsius (116.6 Fahrenheit).",
            [("47 degrees Celsius", "116.6 Fahrenheit", "consistent")],
        ),
        # temperatures agree within two degrees (four with a qualifier), not within a tenth:
        # their zero is arbitrary, and 48.2C is 118.8F, six degrees from 112.8F
        (
            "Temperatures reached 48.2C (112.8F) in the valley.",
            [("48.2C", "112.8F", "discrepancy")],
        ),
        ("Temperatures reached 40C (104F).", [("40C", "104F", "consistent")]),
        ("It was nearly 40C (100F) at noon.", [("nearly 40C", "100F", "consistent")]),
        ("It was 40C (98F) at noon.", [("40C", "98F", "discrepancy")]),
        # a gallon may be a US or an imperial one; a ton a short, long or metric one
        ("It holds 100 gallons (450 litres).", [("100 gallons", "450 litres", "consistent")]),
        # news rounds conversions loosely: within a tenth they agree
        (
            "The town lies 60 kilometres (35 miles) away.",
            [("60 kilometres", "35 miles", "consistent")],
        ),
        # two figures of one dimension that are not a conversion of each other
        ("It fell 5 km and then 3 miles.", []),
        ("Winds of 70 mph and gusts of 140 km/h.", []),
    ],
)
def test_a_figure_and_its_conversion_must_agree(text: str, expected: list) -> None:
    assert _conversions(text) == expected


def test_a_wrong_conversion_names_both_places() -> None:
    result = check_story(story("Winds of 70 mph (140 km/h) hit the coast.", "Nothing else."))
    (finding,) = [f for f in result.findings if f.group.measure.event == CONVERSION]
    (pair,) = finding.pairs
    assert finding.conflicting == ((pair.first, pair.second),)
    assert "d0.txt, 9-15 and 17-25" in pair.explanation
    assert "112 to 113 kilometres per hour" in pair.explanation


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # the number as written is converted, whatever qualifier stands before it
        ("The bus fell about 200 metres (490 feet) into a gorge.", "discrepancy"),
        ("Hailstones up to 8 centimetres (5 inches) across fell.", "discrepancy"),
        ("Hailstones as large as 8 cm (3 inches) fell.", "consistent"),
        # a round figure's rounding still lets a loose conversion agree
        ("He walked 1 mile (2 km) to the border.", "consistent"),
    ],
)
def test_a_conversion_converts_the_number_written(text: str, verdict: str) -> None:
    assert [v for _, _, v in _conversions(text)] == [verdict]
