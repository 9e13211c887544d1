"""An earthquake's magnitude, however it is written, is one figure that outlets can disagree
on (checker/extract/magnitudes.py); an aftershock's is another quake's. Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from checker.extract.claims import extract_claims
from checker.model import Document
from checker.pipeline import check_story
from tests.test_events import pairs, story


def _units(text: str) -> dict[str, str]:
    document = Document("d.txt", text, published=dt.date(2019, 1, 16))
    return {c.quote: c.unit for c in extract_claims(document) if c.kind != "date"}


@pytest.mark.parametrize(
    "sentence",
    [
        "A magnitude 6.1 earthquake struck the valley.",
        "A magnitude-6.1 earthquake struck the valley.",  # not a designation like "F-16"
        "The quake, with a magnitude of 6.1, struck the valley.",
        "A 6.1 magnitude earthquake struck the valley.",
        "A 6.1-magnitude quake struck the valley.",
        "A powerful 6.1 quake struck the valley.",
        "The earthquake measured 6.1 on the Richter scale.",
        "The earthquake in the valley measured 6.1, officials said.",
        # a verb between the word and the figure: "put the magnitude at", "measured it at"
        "After the earthquake, the centre put the magnitude at 6.1.",
        "The quake's magnitude was revised to 6.1 on Monday.",
        "The quake struck at dawn. The survey measured it at 6.1.",
    ],
)
def test_every_way_of_writing_a_magnitude_reads_as_one(sentence: str) -> None:
    assert list(_units(sentence).values()) == ["magnitude"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The river rose 6.1 meters in the valley.",  # another unit
        "The beam measured 6.1 at the test.",  # no earthquake in the sentence
        "The engineers measured it at 6.1 in the lab.",  # nor here
        "A magnitude 6 earthquake struck the valley.",  # no tenths: a count of some kind
        "Rainfall reached 12.5 inches after the quake.",  # beyond the scale's range
    ],
)
def test_other_figures_are_no_magnitude(sentence: str) -> None:
    assert "magnitude" not in _units(sentence).values()


def test_two_outlets_giving_one_quake_two_magnitudes_disagree() -> None:
    result = check_story(
        story(
            "A magnitude 6.4 earthquake struck the coast on Tuesday, the survey said.",
            "A 6.2-magnitude quake hit the coast on Tuesday, the agency said.",
        )
    )
    assert pairs(result) == [("6.2-magnitude", "6.4")]


def test_an_aftershock_and_an_earlier_quake_are_other_quakes() -> None:
    result = check_story(
        story(
            "A magnitude 6.4 earthquake struck the coast on Tuesday. A 5.1 aftershock followed.",
            "A 6.4 quake hit the coast on Tuesday. The region was hit by a 7.6 quake in 1999.",
        )
    )
    assert pairs(result) == []


def test_the_strongest_of_the_aftershocks_is_another_quake_even_words_after_them() -> None:
    # "dozens of aftershocks overnight, the largest measuring 5.2": no quake named between
    result = check_story(
        story(
            "Seismologists counted dozens of aftershocks overnight, the largest measuring 5.2.",
            "A 6.8 quake hit the coast.",
        )
    )
    assert pairs(result) == []
    # control: a quake named after the aftershocks is the main one again
    result = check_story(
        story(
            "Aftershocks rattled the coast after the magnitude 6.4 quake struck.",
            "A 6.8 quake hit the coast.",
        )
    )
    assert pairs(result) == [("6.4", "6.8")]
