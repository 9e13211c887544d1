"""Who a figure is credited to (checker/extract/attribution.py)."""

from __future__ import annotations

import pytest

from checker.extract.attribution import attribution_of


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        # a describer starts at a word's start, not inside the word before it ("Ghout|a")
        (
            "On Tuesday 11 people were killed in shelling in Eastern Ghouta the observatory said.",
            "the observatory",
        ),
        ("At least 12 people were killed in Mosul, Kenyan officials said.", "officials"),
        ("Five were hurt in the blast in Goma, an official said.", "an official"),
        ("At least 10 died, a war monitor said.", "a war monitor"),
    ],
)
def test_a_described_source_starts_at_a_word(sentence: str, source: str) -> None:
    assert attribution_of(sentence, 0) == source
