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


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        # text without punctuation runs a place and a day into the source
        (
            "Eight people were killed in Idlib on Saturday the Syrian Observatory for Human"
            " Rights said.",
            "Syrian Observatory for Human Rights",
        ),
        ("President Trump on Saturday said 5,000 troops would go.", "President Trump"),
        ("The toll rose to 12, the ministry said Friday.", "the ministry"),
        # a day alone is no source
        ("The toll rose to 12, said Friday.", ""),
        # a month that is also a name stays in it
        ("Prime Minister Theresa May said 40 officers were hurt.", "Prime Minister Theresa May"),
    ],
)
def test_a_day_is_no_part_of_a_source(sentence: str, source: str) -> None:
    """ "Idlib on Saturday the Syrian Observatory for Human Rights" had been a source's name
    (about 1 % of the newsclusters claims), and "Friday" a source of its own."""
    assert attribution_of(sentence, 0) == source


def test_a_source_starts_after_a_full_stop_a_page_left_without_a_space() -> None:
    """ "... identified as Montrell Burdine.Family said he was 24": the family's, not
    "Montrell Burdine.Family" (pages that lose the space after a full stop)."""
    sentence = "The victim was identified as Montrell Burdine.Family said he was 24."
    assert attribution_of(sentence, 64) == "Family"
