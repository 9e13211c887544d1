"""A figure and its conversion in one sentence: "45 km (28 miles)", "300,000 liters, or
about 1,900 barrels", "47 degrees Celsius (116.6 Fahrenheit)". The article states that the
two are one quantity, so they must agree once each is read with its rounding; when they do
not, the article contradicts itself ("300,000 litres, or about 19,000 barrels": 1,900
would be right), and the finding names both places in it.

A pair is a conversion when two amounts of one dimension and different units stand side by
side: the second in brackets right after the first, or after ", or". Factors are data
(units.json "conversions"); a unit name that covers several units (a US or an imperial
gallon, a short, long or metric ton) converts to the range they span.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from decimal import Decimal

from checker.events.converted import PHYSICAL_BETWEEN, PHYSICAL_REACH, side_by_side
from checker.events.physical import TEMPERATURE, interval_in, unit_factors
from checker.extract.unit_forms import plural
from checker.findings.explain import number
from checker.model import Claim, ClaimGroup, Finding, Interval, Measure, PairFinding

CONVERSION = "unit conversion"
# news rounds conversions loosely ("60 kilometres (35 miles)", 6 % off): in ../shared/data
# the 28 figures given with a conversion are 0-8 % from it (median 1.7 %); a conversion a
# tenth or more away is another number
_LOOSE = Decimal("0.1")
# a round figure's rounding lets "1 mile (2 km)" agree (1.6 km), but not a conversion a fifth
# or more away from the number written ("about 200 metres (490 feet)": 656 feet)
_ROUNDED_MAX = Decimal("0.2")
# a temperature and its conversion agree within two degrees (four with "about", "nearly"):
# news converts from a rounded figure ("40C (104F)", "nearly 40C (100F)")
_LOOSE_DEGREES = Decimal(2)
# what stands between a figure and its conversion: an opening bracket, or ", or"


def conversion_pairs(claims: Iterable[Claim]) -> Iterator[tuple[Claim, Claim]]:
    """Each amount with the conversion that follows it in its sentence."""
    factors = unit_factors()
    amounts = (c for c in claims if c.kind == "amount" and c.unit in factors)
    for first, second in side_by_side(amounts, PHYSICAL_BETWEEN, PHYSICAL_REACH):
        if factors[first.unit][0] == factors[second.unit][0]:
            yield first, second


def conversion_groups(story: str, claims: Iterable[Claim]) -> tuple[ClaimGroup, ...]:
    """One group per figure and its conversion."""
    return tuple(
        ClaimGroup(
            f"{story + '/' if story else ''}c{number:03d}",
            story,
            Measure(event=CONVERSION, entity=f"{first.unit} and {second.unit}"),
            (first, second),
            event=first.event,
        )
        for number, (first, second) in enumerate(conversion_pairs(claims), start=1)
    )


def converted(interval: Interval, unit: str, into: str) -> Interval | None:
    """The values `interval` (in `unit`) allows, in the unit `into`; None when a bound is
    open-ended or the units are not of one dimension."""
    factors = unit_factors()
    if interval.low is None or interval.high is None or unit not in factors or into not in factors:
        return None
    dimension = factors[unit][0]
    if dimension != factors[into][0]:
        return None
    if dimension == TEMPERATURE:
        return Interval(_degrees(interval.low, unit, into), _degrees(interval.high, unit, into))
    return interval_in(Interval(interval.low, interval.high), unit, into)


def _rounded(claim: Claim) -> Interval:
    """The values a figure allows with its rounding: "45 km" is 44.5 to 45.5 km. A conversion
    converts the number as written, so a qualifier's stretch does not count: "about 200
    metres (490 feet)" converts 200 metres (656 feet), and "up to 8 centimetres (5 inches)"
    converts 8 (3.1 inches)."""
    half = claim.precision / 2 if claim.precision else Decimal(0)
    try:
        written = Decimal(claim.value)
    except ArithmeticError:
        written = None
    if written is not None and written.is_finite():
        return Interval(written - half, written + half)
    interval = claim.interval
    low = interval.low - half if interval.low is not None else None
    high = interval.high + half if interval.high is not None else None
    return Interval(low, high)


def _degrees(value: Decimal, unit: str, into: str) -> Decimal:
    if unit == into:
        return value
    if into == "fahrenheit":
        return value * 9 / 5 + 32
    return (value - 32) * 5 / 9


def conversion_finding(group: ClaimGroup) -> Finding:
    """The verdict on a figure and its conversion: a discrepancy when no value of the first
    converts into a value the second allows."""
    first, second = group.claims
    into = converted(_rounded(first), first.unit, second.unit)
    stated = _rounded(second)
    if into is None or into.low is None or into.high is None or stated.low is None:
        return Finding(group, "consistent", "", "The figure and its conversion agree.")
    middle = (into.low + into.high) / 2
    said = (stated.low + stated.high) / 2 if stated.high is not None else stated.low
    gap = abs(middle - said) / max(abs(middle), abs(said)) if middle or said else Decimal(0)
    if _temperature(first):
        # a scale with an arbitrary zero: the gap is in degrees, not a share
        loose = _LOOSE_DEGREES * (2 if first.qualifier or second.qualifier else 1)
        if into.overlaps(stated) or abs(middle - said) <= loose:
            return Finding(group, "consistent", "", "The figure and its conversion agree.")
        gap = Decimal(1) if abs(middle - said) > 10 else _LOOSE  # high severity past ten degrees
    elif (into.overlaps(stated) and gap <= _ROUNDED_MAX) or gap <= _LOOSE:
        return Finding(group, "consistent", "", "The figure and its conversion agree.")
    severity = "high" if gap >= Decimal("0.5") else "medium"
    explanation = (
        f'"{first.quote}" and "{second.quote}" ({first.document}, {first.start}-{first.end} and'
        f" {second.start}-{second.end}) are given as one quantity, but {first.quote} is"
        f" {_span(into, second)}."
    )
    pair = PairFinding(first.claim_id, second.claim_id, severity, "conversion", explanation)
    return Finding(
        group,
        "discrepancy",
        severity,
        explanation,
        conflicting=((first.claim_id, second.claim_id),),
        pairs=(pair,),
    )


def _span(into: Interval, unit_of: Claim) -> str:
    """What the first figure is in the second's unit, for people to read: "118.8 degrees
    Fahrenheit", "1,887 to 1,890 barrels"."""
    assert into.low is not None and into.high is not None
    if _temperature(unit_of):
        low, high = (v.quantize(Decimal("0.1")) for v in (into.low, into.high))
        told = number(low) if low == high else f"{number(low)} to {number(high)}"
        return f"{told} degrees {unit_of.unit.capitalize()}"
    return f"{_rounded_number(into.low)} to {_rounded_number(into.high)} {plural(unit_of.unit)}"


def _temperature(claim: Claim) -> bool:
    return unit_factors()[claim.unit][0] == TEMPERATURE


def _rounded_number(value: Decimal) -> str:
    """A converted value for people to read: whole above 100, else to three decimals."""
    return number(value.quantize(Decimal(1) if abs(value) >= 100 else Decimal("0.001")))
