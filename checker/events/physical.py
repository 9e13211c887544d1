"""What an area, a length, a speed, a volume or a mass is ("area burned", the "depth" of a
quake, "sustained winds", "amount spilled", "amount seized", "extent of coastline"): the
noun the figure is "of", else the words nearest it, as for money (checker.events.kinds);
the tables are events.json's "area", "length", "speed", "volume" and "mass"."""

from __future__ import annotations

import dataclasses
import re
from decimal import Decimal
from functools import cache

from checker.events.kinds import kind_of, nearest_kind
from checker.events.vocab import event_vocabulary
from checker.model import Claim, Interval
from checker.vocab import load_data

# the noun a figure is "of" ("winds of 105 mph", "a depth of 10 km") comes before others
_OF = re.compile(r"\s+(?:of|at|near|around|reaching|topping)\s+(?:up\s+to\s+|about\s+)?")


HEIGHT_OF_FALL = "height of fall"  # events.json length: how far someone or something fell
DISTANCE_FROM = "distance from"  # a length from a named place (_FROM_PLACE)
# a direction a length may be told in before what it is of or from: "120 kilometres west of"
_DIRECTION = r"""(?:(?:north|south|east|west|northeast|northwest|southeast|southwest
    |north-east|north-west|south-east|south-west)\s+)?"""
# a direction and a named place after a length: "east of Cloverdale", "north-west of the town
# of Marova", "from Tarvel", "off Cape Farrant", "away from Tarvel"
_FROM_PLACE = re.compile(
    rf"""\s+{_DIRECTION}
       (?:of|from|off|outside|away\s+from)\s+
       (?:the\s+(?:town|city|village|port|island)\s+of\s+)?
       (?P<place>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){{0,2}})""",
    re.VERBOSE,
)


def is_physical(unit: str) -> bool:
    """Whether a unit measures an area, a length, a speed, a volume or a mass of what a
    story tells (units.json conversions), not a unit of products' and people's sizes
    (units.json "sizes_of_things")."""
    return bool(dimension(unit)) and unit not in _sizes_of_things()


@cache
def _sizes_of_things() -> frozenset[str]:
    return frozenset(load_data("units")["sizes_of_things"])


PEAK_WATER_LEVEL = "peak water level"  # a river's crest (events.json length), fixed once passed


def physical_kind(claim: Claim) -> str:
    """What an area ("area burned"), a length (the "depth" of a quake), a speed ("sustained
    winds", "gusts"), a volume or a mass ("amount spilled", "amount seized") is: the noun
    the figure is "of", else the words nearest it, as for money; "" when none says."""
    if not is_physical(claim.unit):
        return ""
    table = dimension(claim.unit)  # the events.json table of a unit is its dimension
    start, end = claim.span_in_sentence
    text = claim.sentence
    converts = _CONVERTS.search(text, max(0, start - 40), start)
    if converts is not None:
        # a conversion in brackets is what the figure it converts is: "winds of 110 kph (70
        # mph) and was moving at 15 kph" (the 70 are winds, not a speed travelled)
        start, end = converts.span("amount")
    return _physical_at(text, start, end, table)


# an amount and the opening bracket of its conversion, right before a figure
_CONVERTS = re.compile(r"(?P<amount>\d[\d.,]*[^()\d]{1,30}?)\s*\(\s*$")


def _physical_at(text: str, start: int, end: int, table: str) -> str:
    words, kinds = event_vocabulary().physical[table]
    # the figure's conversions and what it is of come between it and its verb: "300,000
    # litres (1,900 barrels) have leaked", "300,000 liters, or about 19,000 barrels, of
    # industrial fuel oil had leaked"
    after = _past_conversions(text, end)
    if table == "length" and (place := _FROM_PLACE.match(text, after)):
        # where the incident is from a named place: "13 miles east of Cloverdale", "some 40
        # km from Tarvel" (a place does not move: fixed for its event)
        return f"{DISTANCE_FROM} {' '.join(place['place'].lower().split())}"
    for match in reversed(list(words.finditer(text, max(0, start - 40), start))):
        if _OF.fullmatch(text, match.end(), start):
            return kind_of(match, kinds)
    kind = nearest_kind(text, start, after, words, kinds)
    # what a length is "of" names it before a verb of falling near it: "about 60 feet of
    # decking fell into the sea" is the decking's extent, not how far something fell
    of_thing = _OF_THING.match(text, after) if table in ("length", "area") else None
    if kind in ("", HEIGHT_OF_FALL) and of_thing:
        kind = f"extent of {of_thing['thing']}"  # "45 km (28 miles) of coastline"
    return kind


# the thing an extent is of: "45 km of coastline", "300 hectares of forest"; the place a
# distance is from, its direction read past its conversion: "about 120 kilometres (75
# miles) west of the provincial capital", as "about 210 kilometres west of" it
_OF_THING = re.compile(
    rf"""\s+{_DIRECTION}of\s+(?:the\s+)?(?P<thing>[a-z][a-z-]{{2,}})\b""", re.VERBOSE
)


# what may stand between a physical amount and its verb: its conversion ("(1,900
# barrels)", ", or about 19,000 barrels,") and the thing it is of ("of industrial fuel oil")
_CONVERSION_AFTER = re.compile(
    r"""\s*\([^()]{1,40}\)
    |,?\s+or\s+(?:about\s+|some\s+|nearly\s+|around\s+|roughly\s+|almost\s+)?[\d.,]+\s*[a-z]+\b,?
    |,?\s+of\s+(?:[a-z-]+\s+){0,3}?(?=[a-z-]+\s+(?:had|has|have|was|were|is|are)\b)[a-z-]+""",
    re.VERBOSE,
)


def _past_conversions(text: str, end: int) -> int:
    while (match := _CONVERSION_AFTER.match(text, end)) is not None and match.end() > end:
        end = match.end()
    return end


@cache
def unit_factors() -> dict[str, tuple[str, Decimal, Decimal]]:
    """unit -> (dimension, lowest factor, highest factor) to the dimension's base unit
    (units.json "conversions"; a name that covers several units, a US or an imperial gallon,
    a short, long or metric ton, spans their factors)."""
    found = {}
    for unit, row in load_data("units")["conversions"].items():
        if unit.startswith("_"):
            continue
        dimension, *factors = row
        found[unit] = (dimension, Decimal(str(min(factors))), Decimal(str(max(factors))))
    return found


TEMPERATURE = "temperature"


def dimension(unit: str) -> str:
    """The dimension a unit of length, area, volume, speed or mass measures ("tonne" ->
    "mass"), by which outlets' amounts in different units meet; "" for other units and for
    temperatures (affine, converted apart)."""
    row = unit_factors().get(unit)
    return row[0] if row is not None and row[0] != TEMPERATURE else ""


@cache
def units_of(told: str) -> tuple[str, ...]:
    """The units of a dimension ("mass" -> "gram", "kilogram", "tonne" ...)."""
    return tuple(unit for unit, row in unit_factors().items() if row[0] == told)


def is_dimension(name: str) -> bool:
    """Whether a name is the dimension of some unit but a temperature ("mass", "length")."""
    return bool(units_of(name)) and name != TEMPERATURE


def interval_in(interval: Interval, unit: str, into: str) -> Interval:
    """The values `interval` (in `unit`) allows in the unit `into` of its dimension, an open
    end left open; a name that covers several units (a US or an imperial gallon) stretches
    to all of them."""
    factors = unit_factors()
    (_, low_from, high_from), (_, low_to, high_to) = factors[unit], factors[into]
    low = None if interval.low is None else interval.low * low_from / high_to
    high = None if interval.high is None else interval.high * high_from / low_to
    return dataclasses.replace(interval, low=low, high=high)


THOUSANDTH = Decimal("0.001")  # converted amounts are read to three decimals


def value_in(value: str, unit: str, into: str) -> str:
    """A figure's number in another unit of its dimension, to three decimals at most ("150"
    metres -> "492.126" feet), at the lowest factor of a name that covers several units;
    the number as it is when it is none."""
    if unit == into:
        return value
    try:
        number = Decimal(value)
    except ArithmeticError:
        return value
    factors = unit_factors()
    converted = number * factors[unit][1] / factors[into][2]
    if abs(converted) < 10**12:
        converted = converted.quantize(THOUSANDTH)
    return format(converted.normalize(), "f")
