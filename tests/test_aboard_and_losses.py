"""Figures told without the verb that says what they count: passengers on a flight are
those aboard it; a loss told as "lost X in sales" is a loss, not sales."""

from __future__ import annotations

from checker.extract.claims import extract_claims
from checker.model import Document
from checker.pipeline import check_story
from tests.test_events import pairs
from tests.test_events import story as two_outlets
from tests.test_money_kinds import kinds


def test_passengers_on_a_flight_told_with_no_verb_are_those_aboard() -> None:
    result = check_story(
        two_outlets(
            "For the 52 passengers on Thursday's Colchis Air flight, the last 40 minutes"
            " were the longest of their lives.",
            "The ATR 72, operating the midday service from Tbilisi, carried 64 passengers.",
        )
    )
    assert pairs(result) == [("52 passengers", "64 passengers")]
    bus = check_story(
        two_outlets(
            "Relatives waited for the 27 passengers who had been held on a hijacked bus.",
            "The hijacking of a bus carrying 42 passengers has renewed pressure on the government.",
        )
    )
    assert pairs(bus) == [("27 passengers", "42 passengers")]


def test_passengers_of_a_breakdown_or_of_another_verb_are_not_those_aboard() -> None:
    """ "31 were hurt, 24 passengers and 7 crew": a breakdown of the hurt; "airlifted 397
    passengers": what the airlift carried; neither names a vehicle they are on."""
    result = check_story(
        two_outlets(
            "The airline said 31 people in all were hurt, 24 passengers and 7 crew, out of"
            " 280 on board.",
            "Flight CP 88 was carrying 268 passengers and 12 crew members.",
        )
    )
    assert pairs(result) == []
    airlift = check_story(
        two_outlets(
            "Helicopters airlifted 397 passengers through the night.",
            "The Aurora Meridian, carrying 1,180 passengers and 460 crew, sent a mayday.",
        )
    )
    assert pairs(airlift) == []
    # passengers who tell of the vehicle are sources, not a count of those aboard
    told = check_story(
        two_outlets(
            "Two passengers who spoke to the Post from their hospital beds in Christchurch"
            " said the coach appeared to pick up speed. The coach, carrying 27 passengers,"
            " rolled down a bank.",
            "The coach was carrying 31 passengers and a driver when it went off the road.",
        )
    )
    assert ("27 passengers", "31 passengers") in pairs(told)


def test_a_verb_before_an_amount_and_the_noun_after_it_make_one_kind() -> None:
    """ "lost an estimated ₱2.4 billion in sales" is lost sales, a loss; "paid $5 million in
    fines" stays a fine, as "paid fines" is no kind of its own."""
    assert kinds(
        "Businesses in Metro Manila lost an estimated ₱2.4 billion in sales during the strike."
    ) == {"an estimated ₱2.4 billion": "loss"}
    assert kinds("The bank paid $5 million in fines last year.") == {"$5 million": "fine"}
    assert kinds("The chain reported $3 billion in sales for the quarter.") == {
        "$3 billion": "revenue"
    }


def test_a_thing_an_agent_word_modifies_is_no_cause() -> None:
    for text, agent in (
        ("Twelve pupils were taken to hospital after an earthquake drill.", ""),
        ("Twelve pupils were taken to hospital after the earthquake.", "earthquake"),
    ):
        (claim,) = extract_claims(Document("d.txt", text))
        assert claim.measure.agent == agent, text
