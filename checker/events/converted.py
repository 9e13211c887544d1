"""Amounts of money that convert the amount before them into another currency: "A$21.5
million ($14.0 million)", "$21.5 million -- or about US$16 million". A conversion restates
its amount at a rate the text does not give; it is scoped as a conversion, so that it meets
only other outlets' conversions (checker.events.frames: a scope of its own) and never their
amounts written in the currency it converts into: "$21.5m" in an Australian outlet is the
penalty in Australian dollars, not a second figure in US dollars. Physical units convert by
known factors and are checked for agreement instead (checker.findings.conversions)."""

from __future__ import annotations

import re
from dataclasses import replace

from checker.events.kinds import is_money
from checker.evolve import evolve
from checker.model import Claim

MONEY_CONVERSION = "conversion"  # the scope of an amount of money that converts another

# between an amount of money and its conversion: a bracket, ", or", a dash and "or"; then
# perhaps a word of rounding
_BETWEEN = re.compile(
    r"""(?:\s*\(\s*|,?\s+(?:[-\u2013\u2014]\s+)?or\s+)
        (?:(?:about|roughly|around|some|nearly|almost|approximately)\s+)?""",
    re.VERBOSE,
)
_REACH = 24  # characters between an amount and its conversion, at most


def with_money_conversions(claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """The claims, each amount of money that converts the one before it scoped as a
    conversion (MONEY_CONVERSION)."""
    money = sorted(
        (c for c in claims if c.kind == "amount" and c.unit and is_money(c.unit)),
        key=lambda c: (c.document, c.start),
    )
    converts = {
        second.claim_id
        for first, second in zip(money, money[1:], strict=False)
        if first.document == second.document
        and first.unit != second.unit
        and first.sentence_start == second.sentence_start
        and _side_by_side(first, second)
    }
    if not converts:
        return claims
    return tuple(
        evolve(c, measure=replace(c.measure, scope=MONEY_CONVERSION))
        if c.claim_id in converts and not c.measure.scope
        else c
        for c in claims
    )


def _side_by_side(first: Claim, second: Claim) -> bool:
    start = first.span_in_sentence[1]
    end = second.span_in_sentence[0]
    return 0 <= end - start <= _REACH and _BETWEEN.fullmatch(first.sentence, start, end) is not None
