"""Amounts of money that convert the amount before them into another currency: "A$21.5
million ($14.0 million)", "$21.5 million -- or about US$16 million". A conversion restates
its amount at a rate the text does not give; it is scoped as a conversion, so that it meets
only other outlets' conversions (checker.events.frames: a scope of its own) and never their
amounts written in the currency it converts into: "$21.5m" in an Australian outlet is the
penalty in Australian dollars, not a second figure in US dollars. Physical units convert by
known factors and are checked for agreement instead (checker.findings.conversions)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace

from checker.events.money import is_money
from checker.events.physical import dimension
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


# between a physical amount and its conversion: an opening bracket, or ", or" ("45 km (28
# miles)", "300,000 liters, or about 1,900 barrels"; read by checker.findings.conversions)
PHYSICAL_BETWEEN = re.compile(r"\s*\(\s*|,?\s+or\s+")
PHYSICAL_REACH = 12  # characters between a figure and its conversion, at most


def with_money_conversions(claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """The claims, each amount that converts the one before it scoped as a conversion
    (MONEY_CONVERSION): money into another currency, and a physical amount into another
    unit of its dimension ("185km/h (115mph)"), which restates its figure and meets only
    other outlets' conversions, as physical amounts of one dimension meet whatever their
    unit (checker.events.align)."""
    money = (c for c in claims if c.kind == "amount" and c.unit and is_money(c.unit))
    converts = {
        second.claim_id
        for first, second in side_by_side(money, _BETWEEN, _REACH)
        if _per(first.unit) == _per(second.unit)
    }
    physical = (c for c in claims if c.kind == "amount" and dimension(c.unit))
    converts |= {
        second.claim_id
        for first, second in side_by_side(physical, PHYSICAL_BETWEEN, PHYSICAL_REACH)
        if dimension(first.unit) == dimension(second.unit)
    }
    if not converts:
        return claims
    return tuple(
        evolve(c, measure=replace(c.measure, scope=MONEY_CONVERSION))
        if c.claim_id in converts and not c.measure.scope
        else c
        for c in claims
    )


def _per(unit: str) -> str:
    """What a unit of money is per ("dollar per share" -> "share"; "" for none): a figure
    restated per share ("$13.9bn, or $25 a share") converts no currency."""
    return unit.partition(" per ")[2]


def side_by_side(
    amounts: Iterable[Claim], between: re.Pattern[str], reach: int
) -> Iterator[tuple[Claim, Claim]]:
    """Each amount with the next one of its sentence when it is in another unit and the
    text between them, at most `reach` characters, is all `between` matches: a figure and
    its conversion ("A$21.5 million ($14.0 million)", "45 km (28 miles)"; also read by
    checker.findings.conversions)."""
    ordered = sorted(amounts, key=lambda c: (c.document, c.start))
    for first, second in zip(ordered, ordered[1:], strict=False):
        start, end = first.span_in_sentence[1], second.span_in_sentence[0]
        if (
            first.document == second.document
            and first.unit != second.unit
            and first.sentence_start == second.sentence_start
            and 0 <= end - start <= reach
            and between.fullmatch(first.sentence, start, end) is not None
        ):
            yield first, second
