"""An amount of money that converts the one before it ("A$21.5 million ($14.0 million)")
is a conversion (checker/events/converted.py): compared only with other outlets'
conversions, never with their amounts written in the currency it converts into."""

from __future__ import annotations

from checker.events.converted import MONEY_CONVERSION
from checker.events.kinds import MARKET_PRICE, SHARE_PRICE, money_kind
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


def test_an_amount_restated_per_share_converts_no_currency() -> None:
    """ "$13.9bn, or $25 a share" restates the deal per share, in the same currency: it is
    the price paid for each share, compared with other outlets' prices per share, and a
    period's profit restated so is its profit per share, never the market's price."""
    paying = "HP is paying $13.9bn, or $25 a share, for EDS, the companies said."
    result = check_story(story(paying, "HP agreed to buy EDS for $27 a share, the companies said."))
    scopes = {c.quote: c.measure.scope for c in result.claims if c.kind == "amount"}
    assert scopes["$25 a share"] == ""
    assert pairs(result) == [("$25 a share", "$27 a share")]
    kinds = {c.quote: money_kind(c) for c in result.claims if c.kind == "amount"}
    assert kinds["$25 a share"] == SHARE_PRICE
    earnings = "Acme said net income rose to $486.6 million, or $1.48 a share."
    result = check_story(story(earnings, "Acme shares closed at $45.10 a share on Tuesday."))
    kinds = {c.quote: money_kind(c) for c in result.claims if c.kind == "amount"}
    assert kinds["$1.48 a share"] == "profit per share"
    assert kinds["$45.10 a share"] == MARKET_PRICE
    assert pairs(result) == []
