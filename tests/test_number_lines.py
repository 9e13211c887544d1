"""Numbers written in words never run across the end of a line: a headline that ends in a
number word above a body that opens with one ("... kills two" / "Two people were killed")
is two figures, each as written, not their sum. Invented sentences."""

from __future__ import annotations

import pytest

from checker.extract.claims import extract_claims
from checker.model import Document


def _values(text: str) -> dict[str, str]:
    return {c.quote: c.value for c in extract_claims(Document("d", text)) if c.kind == "count"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Grenade attack kills two\n\nTwo people were killed at the rally.",
            {"two": "2", "Two people": "2"},
        ),
        ("Blast kills three\nFour were hurt in the blast.", {"three": "3", "Four": "4"}),
        # within a line, words still make one number
        (
            "Twenty-five people and one hundred and ten cars.",
            {"Twenty-five people": "25", "one hundred and ten cars": "110"},
        ),
    ],
)
def test_number_words_stop_at_the_end_of_a_line(text: str, expected: dict[str, str]) -> None:
    assert _values(text) == expected
