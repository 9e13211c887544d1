"""An amount of money that converts the one before it ("A$21.5 million ($14.0 million)")
is a conversion (checker/events/converted.py): compared only with other outlets'
conversions, never with their amounts written in the currency it converts into."""

from __future__ import annotations

from checker.events.converted import MONEY_CONVERSION
from checker.pipeline import check_story
from tests.test_events import pairs, story

_WIRE = (
    "An Australian court ordered Hopla to pay a penalty of A$21.5 million ($14.0 million)"
    " for underpaying drivers."
)
_LOCAL = "Hopla has been ordered to pay a record $21.5 million penalty for underpaying drivers."


def test_a_conversion_in_brackets_is_scoped_as_one() -> None:
    result = check_story(story(_WIRE))
    scopes = {c.quote: c.measure.scope for c in result.claims if c.kind == "amount"}
    assert scopes == {"A$21.5 million": "", "$14.0 million": MONEY_CONVERSION}


def test_a_conversion_is_not_compared_with_a_local_outlet_s_own_currency() -> None:
    assert pairs(check_story(story(_WIRE, _LOCAL))) == []


def test_two_outlets_conversions_are_compared_with_each_other() -> None:
    other = (
        "A court ordered Hopla to pay a penalty of A$21.5 million ($16.0 million) for"
        " underpaying drivers."
    )
    assert pairs(check_story(story(_WIRE, other))) == [("$14.0 million", "$16.0 million")]


def test_an_amount_in_one_currency_after_another_in_the_same_is_no_conversion() -> None:
    both = "The fine of $21.5 million (up from $14.0 million last year) was a record."
    result = check_story(story(both))
    assert {c.measure.scope for c in result.claims if c.kind == "amount"} == {""}
