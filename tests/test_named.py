"""The named thing a compound size is told of, and the one name a plain noun stands for
(checker/events/named.py). Invented stories."""

from __future__ import annotations

from checker.events.named import name_of_noun, named_thing
from checker.pipeline import check_story
from tests.test_events import pairs, story


def _named(text: str, figure: str) -> tuple[str, str] | None:
    start = text.index(figure)
    return named_thing(text, start, start + len(figure))


def test_a_compound_size_is_of_the_name_after_it_or_of_its_apposition() -> None:
    assert _named("The 16-storey Caldwell House on Thursday morning.", "16-storey") == (
        "caldwell house",
        "house",
    )
    # a name's lower-case noun belongs to it: "the 412km-long Transvale trunk line"
    assert _named("a section of the 412km-long Transvale trunk line, which", "412km-long") == (
        "transvale trunk line",
        "line",
    )
    # an apposition: the noun after the compound stands for the name
    assert _named("Kessan General Hospital, a 150-bed facility, was", "150-bed") == (
        "kessan general hospital",
        "facility",
    )
    # no name: a time, a phrase's opening, a plain noun
    assert _named("On Friday, a 12-car pileup closed the road.", "12-car") is None
    assert _named("In Harlow, a 12-storey block burned.", "12-storey") is None
    assert _named("the 3-mile Sunday race", "3-mile") is None
    assert _named("A fire tore through a 24-storey tower block.", "24-storey") is None


def test_a_plain_noun_stands_for_the_one_named_thing_that_has_it() -> None:
    names = name_of_noun([("caldwell house", "block"), ("kessan general hospital", "facility")])
    assert names["house"] == names["block"] == "caldwell house"
    assert names["hospital"] == names["facility"] == "kessan general hospital"
    # two named houses: "the house" stands for neither
    shared = name_of_noun([("caldwell house", "house"), ("bramley house", "house")])
    assert "house" not in shared


def test_outlets_sizes_of_one_named_thing_conflict_however_they_name_it() -> None:
    building = check_story(
        story(
            "The blaze at Caldwell House, a 14-storey block on Harbour Lane, broke out at night.",
            "Photo caption: The 16-storey Caldwell House on Thursday morning.",
        )
    )
    assert pairs(building) == [("14-storey", "16-storey")]
    hospital = check_story(
        story(
            "Kessan General Hospital, a 150-bed facility, was treating 230 patients.",
            "The 240-bed hospital was hit by at least two bombs.",
        )
    )
    assert pairs(hospital) == [("150-bed", "240-bed")]
    line = check_story(
        story(
            "The blast ruptured a section of the 412km-long Transvale trunk line, which carries gas.",
            "The ruptured pipe is part of a 390-kilometre line operated by Transvale Gas.",
        )
    )
    assert [sorted(p) for p in pairs(line)] == [
        ["390-kilometre line", "412km-long Transvale trunk line"]
    ]


def test_sizes_of_two_named_things_do_not_meet_through_their_shared_noun() -> None:
    two = check_story(
        story(
            "Caldwell House, a 14-storey block, burned. Bramley House, a 9-storey block, was"
            " evacuated.",
            "The 16-storey block was gutted.",
        )
    )
    assert pairs(two) == []
