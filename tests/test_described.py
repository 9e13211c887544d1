"""Figures no frame reads, aligned by the words several documents describe one thing with
(checker/events/described.py). Invented stories."""

from __future__ import annotations

from checker.events.described import describe, described
from checker.events.shares import ballot_side
from checker.pipeline import check_story
from tests.test_events import pairs, story
from tests.test_reconcile import story as dated


def descriptions(text: str) -> dict[str, tuple[str, str, str] | None]:
    result = check_story(story(text))
    return {c.quote: describe(c) for c in result.claims if c.kind != "date"}


def test_a_figure_is_described_by_what_it_counts_and_the_thing_it_is_of() -> None:
    # the noun a compound stands before, up to a verb or a function word
    assert descriptions("A fire tore through a 24-storey tower block in the north.") == {
        "24-storey": ("storey", "block", "noun")
    }
    assert descriptions("The 32-storey block remained cordoned off.") == {
        "32-storey": ("storey", "block", "noun")
    }
    # the noun it is told of before it, before the noun after it
    assert descriptions("A shipment of 2,000 doses of vaccine arrived on Thursday.") == {
        "2,000 doses": ("dose", "shipment", "noun")
    }
    # the noun after "of"
    assert descriptions("The depot held some 1,200 tonnes of ammonium nitrate.") == {
        "some 1,200 tonnes": ("tonne", "nitrate", "stuff")
    }
    # a counted noun narrowed by its own words, without the number words
    assert descriptions("Castellan has about 13 million mobile subscribers.") == {
        "about 13 million mobile subscribers": ("subscriber", "mobile subscribers", "phrase")
    }
    # a physical amount after the verb that moved it; the verbs of falling tell one fall
    assert descriptions("The cabin fell about 30 metres to the ground.") == {
        "about 30 metres": ("metre", "fall", "verb")
    }
    assert descriptions("The cabin plunged about 30 metres to the ground.") == {
        "about 30 metres": ("metre", "fall", "verb")
    }
    assert descriptions("The balloon drifted about 30 kilometres.") == {
        "about 30 kilometres": ("kilometre", "drifted", "verb")
    }


def test_people_ranges_changes_rates_and_bare_words_describe_nothing() -> None:
    found = descriptions(
        "Five people were hurt. Prices rose 4 percent. Some sites added 2 to 5 percent. "
        "The park lies about 25 km north. Rescuers sent five ambulances. Small firms face a "
        "9 percent rise. The dam failed after 180 millimetres of rain fell in 24 hours. 312 mm of "
        "rain fell on the area in the 24 hours before. Forecasters expect up to 200 mm of "
        "further rain. It is the longest since the 52-page report on the floods. The firm "
        "announced a 500-job cut. He died at the age of 86."
    )
    assert set(found.values()) == {None}


def test_stuff_that_piles_up_is_compared_at_one_time_a_size_across_days() -> None:
    """ "4,800 tonnes of waste uncollected" on the fifth day of a strike and "about 9,000
    tonnes of waste" a week later: the pile grew. One thing's size does not."""
    waste = check_story(
        dated(
            (
                "The strike enters its fifth day, with 4,800 tonnes of waste uncollected.",
                "2024-03-08",
            ),
            ("About 9,000 tonnes of waste had accumulated since the strike began.", "2024-03-14"),
        )
    )
    assert pairs(waste) == []
    same_day = check_story(
        dated(
            (
                "The strike enters its fifth day, with 4,800 tonnes of waste uncollected.",
                "2024-03-08",
            ),
            ("About 9,000 tonnes of waste had piled up by Friday, the council said.", "2024-03-08"),
        )
    )
    assert pairs(same_day) == [("4,800 tonnes", "About 9,000 tonnes")]


def test_a_description_aligns_only_one_value_a_document_in_two_documents_or_more() -> None:
    one = check_story(story("The depot held about 300 tonnes of ammonium nitrate."))
    assert described(one.claims) == {}  # told by one document: no thing of the story yet
    two = check_story(
        story(
            "The depot held about 300 tonnes of ammonium nitrate. It was licensed to hold "
            "up to 500 tonnes of ammonium nitrate.",
            "The depot held some 1,200 tonnes of ammonium nitrate.",
            "Investigators said 1,200 tonnes of ammonium nitrate had been stored there.",
        )
    )
    aligned = {c.quote for c in two.claims if c.claim_id in described(two.claims)}
    # the first document gives two values under one description: two things, none aligned
    assert aligned == {"some 1,200 tonnes", "1,200 tonnes"}


def test_two_outlets_sizes_of_one_described_thing_conflict_across_days() -> None:
    result = check_story(
        dated(
            ("A fire tore through a 24-storey tower block on Thursday.", "2024-01-18"),
            ("The 32-storey block remained cordoned off on Friday.", "2024-01-19"),
        )
    )
    assert pairs(result) == [("24-storey", "32-storey")]
    subscribers = check_story(
        story(
            "Castellan has 18 million mobile subscribers and 3.2 million broadband customers.",
            "Castellan has about 13 million mobile subscribers, most of them on contract.",
        )
    )
    assert pairs(subscribers) == [
        ("18 million mobile subscribers", "about 13 million mobile subscribers")
    ]


def test_a_rate_named_by_its_noun_is_no_share_of_the_vote() -> None:
    """ "approved a 5 percent tax ... by 241 votes to 187": the tax's rate, not the share of
    those who voted yes; a percentage is a rate of a kind, which describes no thing."""
    result = check_story(
        story("Deputies approved a 5 percent tax on digital revenues, by 241 votes to 187.")
    )
    (tax,) = [c for c in result.claims if c.quote == "5 percent tax"]
    assert ballot_side(tax) == ""
    assert describe(tax) is None


def test_a_counted_phrase_describes_a_size_only_after_a_verb_of_having() -> None:
    """ "three submarine cables ... were damaged" and "the four submarine cables running
    across the sea" count damaged cables and all of them: no size a holder has."""
    result = check_story(
        story(
            "Calls were disrupted after three submarine cables were damaged.",
            "The main damage is to the four submarine cables running across the sea.",
        )
    )
    assert pairs(result) == []
    assert {c.quote: describe(c) for c in result.claims} == {
        "three submarine cables": None,
        "four submarine cables": None,
    }


def test_a_rate_of_a_thing_the_money_table_names_is_that_things() -> None:
    """ "a pay offer of 4.5%" and, four days later, "the 5.4 percent offer that was on the
    table": one offer's rate. A tax's or a stake's percentage is of a kind several things
    share, and describes nothing."""
    result = check_story(
        dated(
            ("Drivers rejected a pay offer of 4.5% and are seeking 8%.", "2025-09-14"),
            ("Members had rejected the 5.4 percent offer that was on the table.", "2025-09-18"),
        )
    )
    assert pairs(result) == [("4.5%", "5.4 percent offer")]
    assert descriptions("They took a 5 percent stake. Deputies approved a 5 percent tax.") == {
        "5 percent stake": None,
        "5 percent tax": None,
    }


def test_stuff_two_outlets_tell_as_stored_is_compared_across_days() -> None:
    """What was stored somewhere when the event struck does not change with the day it is
    told; stuff told otherwise (delivered, which piles up) is compared at one time only."""
    result = check_story(
        dated(
            ("Nearly three tonnes of fireworks were stored in the warehouse.", "2025-09-08"),
            ("Five tonnes of fireworks had been packed into the warehouse.", "2025-09-10"),
        )
    )
    assert pairs(result) == [("Five tonnes", "Nearly three tonnes")]
    result = check_story(
        dated(
            ("Nearly three tonnes of aid were delivered to the town.", "2025-09-08"),
            ("Five tonnes of aid were delivered to the town.", "2025-09-10"),
        )
    )
    assert pairs(result) == []


def test_a_fall_told_by_any_verb_of_falling_is_compared_across_days() -> None:
    """The incident's fall happened once ("plunged about 40 metres", "fell some 55
    metres"); a distance another verb tells is another thing."""
    first = ("The cage carrying the miners plunged about 40 metres.", "2024-10-03")
    for second, expected in (
        (
            "The cage fell some 55 metres before coming to a stop.",
            [("about 40 metres", "some 55 metres")],
        ),
        ("Rescuers climbed some 55 metres down the shaft to reach them.", []),
    ):
        assert pairs(check_story(dated(first, (second, "2024-10-04")))) == expected


def test_a_length_told_with_its_dimension_after_a_noun_is_that_nouns() -> None:
    """ "An asteroid about 140 metres wide" and "An asteroid about 290 metres across" are the
    asteroid's width (measures.json dimension_words), compared across days as a size is;
    a length after a verb or a copula, or of each of many, names no thing."""
    assert descriptions("An asteroid about 290 metres across will pass close to Earth.") == {
        "about 290 metres": ("metre", "width of asteroid", "noun")
    }
    for text in (
        "We can see boulders on the surface that are perhaps 10 metres across.",
        "The bridge is 1.2 km long.",
        "Each turbine will stand up to 180 metres tall.",
    ):
        assert set(descriptions(text).values()) == {None}
    result = check_story(
        dated(
            ("An asteroid about 140 metres wide will pass Earth on Thursday.", "2025-10-14"),
            ("An asteroid about 290 metres across will pass close to Earth.", "2025-10-15"),
        )
    )
    assert pairs(result) == [("about 140 metres wide", "about 290 metres")]
