"""Read one figure: its number, qualifier, unit or counted noun, kind and interval."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal

from checker.extract.ages_written import LIST_JOIN, age_unit_after, age_without_unit
from checker.extract.entities import Entity, counted_entity
from checker.extract.filters import idioms_after_one, is_year, not_a_figure
from checker.extract.intervals import interval_for, vague_interval
from checker.extract.lexicons import measure_lexicon
from checker.extract.magnitudes import MAGNITUDE, magnitude_unit
from checker.extract.numbers import NumberMention, mention_pattern
from checker.extract.qualifiers import Qualifier, find_qualifier, gapped_change
from checker.extract.ranges import changed_range, range_low, range_start, shares_scale
from checker.extract.units import Unit, find_unit, unit_of_word
from checker.model import Interval

# TIMEX3 designators of our time units: "P6Y", "PT3H", "P2DE" (decades)
_TIMEX_UNITS = {
    "year": "Y", "month": "M", "week": "W", "day": "D", "decade": "DE", "century": "CE",
    "hour": "TH", "minute": "TM", "second": "TS",  # T: a time of day's units (PT3H)
}  # fmt: skip
_A_UNITS = (  # "$5 a month", "$1,271 an ounce"
    "year|month|week|day|night|hour|minute|head|piece|share|barrel|gallon|litre|liter"
    "|ounce|pound|kilo|kilogram|tonne|ton|person|unit|game|match"
)
_RATE = re.compile(
    rf"""
    (?:\s+per\s+|\s*/\s*|\s+an?\s+(?=(?:{_A_UNITS})\b))  # per, /, "a month"
    (?!(?:year|month|week|day)s?\s+(?:earlier|ago|before|later|after|on)\b)  # "a year earlier"
    """,
    re.VERBOSE | re.I,
)
_ARTICLE = re.compile(r"\s+an?\s+(?=[a-z])", re.I)
_EVERY = re.compile(r"\s+(annually|yearly|per\s+annum|monthly|weekly)\b", re.I)
_EVERY_UNIT = {
    "annually": "year",
    "yearly": "year",
    "per annum": "year",
    "monthly": "month",
    "weekly": "week",
}
_RATE_WORD = re.compile(r"[A-Za-z]+(?:\s+(?:foot|feet|metre|meter|mile|kilometre|kilometer))?\b")
_FRACTION_PRECISION = Decimal("0.1")
_OF_THEM = re.compile(r"\s+of\s+(?:which|whom|them)\b", re.I)
# between a figure and its conversion: " (", " (US $", " / " inside the brackets
_CONVERSION_GAP = re.compile(r"\s*(?:\(|/)\s*(?:(?:US|A|C|NZ|HK|S)\s?)?")
# numbers joined in a list, the last one's unit shared by all: "5 and 6 percent", "3, 4 and
# 5 inches"; not across a scale ("5 and 6 million dollars": the 5 is not $5)
_JOINED_NUMBERS = re.compile(
    rf"(?:{LIST_JOIN}(?P<last>\d+(?:\.\d+)?)(?![\d.,]\d))+"
    r"(?!\s*(?:thousand|million|billion|trillion|bn|mn|m|k)\b)",
    re.I,
)
# one number after a comma and "or": the figure told again in another unit ("563,112, or
# 47.9%", "7,500 jobs, or 9 percent"), not a list sharing the last one's unit ("3, 4 or 5")
_APPOSITION = re.compile(r"\s*,\s*or\s+[\d.]+$", re.I)
_LISTED_BEFORE = re.compile(r"\d\s*,\s*$")  # "3, | 4, or 5 percent": inside a list
# between the two sides of a size: "8 by 12 feet", "8-by-12 feet"
_BY = re.compile(r"(?:-by-|\s+by\s+)(?=\d)")
# the end of a conversion in brackets after an amount, or of the bracket it stands in
_CONVERSION_AFTER = re.compile(r"\s*\([^()\n\d]{0,6}\d[\d.,]*(?:\s?[a-z]+)?\)|\)", re.I)
_OF_THE = re.compile(r"\s+of\s+(?:(?:the|its|their|his|her|an\s+estimated)\s+)?", re.I)
_SUSPENDED = re.compile(
    r"""
    -,?\s+(?:(?:and|or|to|&)\s+)?                      # "four-, " or "two- and "
    (?:(?:\d[\d.,]*|[a-z]+)-,?\s+(?:(?:and|or|to|&)\s+)?)*  # "five- and "
    (?:\d[\d.,]*|[a-z]+)-(?=[a-z])                      # "six-" before "cylinder"
    """,
    re.VERBOSE | re.I,
)


# not frozen, as the other records extraction builds per figure (see numbers.NumberMention)
@dataclass
class Figure:
    """A number read with everything written around it, before its measure is known."""

    start: int  # span of the quote: qualifier, unit sign, number
    end: int
    number_end: int  # end of the number (and unit), before the counted noun
    kind: str
    value: str
    interval: Interval
    precision: Decimal | None
    qualifier: Qualifier
    unit: str
    entity: Entity | None


def _unsigned(mention: NumberMention) -> NumberMention:
    """The mention without the minus sign it starts with."""
    value = mention.value if mention.value is None else -mention.value
    return replace(mention, start=mention.start + 1, text=mention.text[1:], value=value)


def read_figure(
    folded: str,
    mention: NumberMention,
    limit: int,
    upper: NumberMention | None,
    previous: Figure | None = None,
) -> Figure | None:
    """The figure a number mention states, or None when the number is not a figure.

    `upper` is the second number of a range ("between 252 and 287 miles"); `previous` the
    figure read before this one, whose qualifier a conversion in brackets repeats.
    """
    if not_a_figure(folded, mention):
        return None
    number_end = upper.end if upper else mention.end
    unit = (
        None
        if mention.form in ("vague", "fraction")
        else find_unit(folded, mention.start, number_end, mention.scale)
    )
    if unit is None and upper is not None:  # "from 208 pounds to 193"
        unit = find_unit(folded, mention.start, mention.end, mention.scale)
    if unit is None and upper is None:  # "a magnitude 6.1 earthquake", "a 6.1 quake"
        unit = magnitude_unit(folded, mention, number_end, limit)
    tail = unit.end if unit and unit.start >= number_end else number_end
    qualifier = find_qualifier(folded, mention.start, tail)
    if qualifier.rule == "exact" and previous is not None:
        if _converts(folded, previous, mention, unit):
            qualifier = replace(previous.qualifier, start=mention.start, end=mention.start)
        else:  # "down 2.3%, Burlington by 2.6%"
            gapped = gapped_change(folded, mention.start, previous.qualifier, previous.end)
            qualifier = gapped or qualifier
    entity = counted_entity(
        folded,
        tail,
        limit,
        vague=mention.form in ("vague", "fraction"),
        joined=unit is None and folded.startswith("-", mention.end),
        one=mention.value == 1 and upper is None,
    )
    if unit is not None and unit.name == MAGNITUDE:
        entity = None  # "a 6.2-magnitude quake hit": the figure is the magnitude alone
    if unit is None and entity is None and upper is None:
        unit, entity = _shared_noun(folded, mention, limit)
    if unit is None and entity is not None:
        # "517 rushing yards", "1/16 of a pint" (a bare unit word after a number is found above)
        unit = _unit_at_head(entity, mention.form == "fraction")
        tail = unit.end if unit else tail
    if not _is_figure(folded, mention, unit, entity):
        return None
    kind, unit_name = _kind_and_unit(folded, mention, unit, entity)
    if kind == "count" and mention.value is not None and mention.value < 0:
        # nobody counts -12 people: the dash is a bullet or a dash before the number
        return read_figure(folded, _unsigned(mention), limit, upper, previous)
    value = _value_text(mention, upper)
    if kind == "duration":
        kind, value = _duration_value(value, unit_name)
    per = _per_unit(folded, tail) if unit is not None and kind == "amount" else None
    if kind == "count" and entity is not None and folded[entity.end : entity.end + 1] == " ":
        per = _per_unit(folded, entity.end)  # "3,000 tests per day" (but not "2 VO/MINI")
    if per:  # "$58 per barrel", "$5 a month", "$80 per sq m": a rate, one unit
        unit_name, tail = f"{unit_name} per {per[0]}", per[1]
    elif kind == "amount" and (shared := _per_across_conversion(folded, tail)):
        unit_name = f"{unit_name} per {shared}"  # the quote stays the amount alone
    interval, precision = _interval(mention, upper, qualifier, counted=kind == "count")
    opened = range_start(folded, mention, upper)  # "between", "from" or the number
    if changed_range(folded, mention, opened):
        # "raised the toll from 31 to 38": the figure now is 38, 31 an earlier state
        assert upper is not None and upper.value is not None
        interval = interval_for(
            upper.value, upper.precision, qualifier.rule, counted=kind == "count"
        )
    start = min(
        qualifier.start,
        unit.start if unit else mention.start,
        mention.start,
        opened,
    )
    return Figure(
        start=start,
        end=max(tail, entity.end) if entity else tail,
        number_end=tail,
        kind=kind,
        value=value,
        interval=interval,
        precision=precision,
        qualifier=qualifier,
        unit=unit_name,
        entity=entity,
    )


def _converts(folded: str, previous: Figure, mention: NumberMention, unit: Unit | None) -> bool:
    """Whether the figure is a conversion in brackets of the one before, and so shares its
    bound or direction: "more than 7.5m crowns ($1.1m)", "just under 296 hp (224 kW / 300
    PS)", "fell 1 to 1.5C (1.8 to 2.7F)"."""
    return (
        unit is not None
        and unit.kind == "amount"
        and previous.kind == "amount"
        and previous.qualifier.rule != "exact"
        and _CONVERSION_GAP.fullmatch(
            folded, previous.end, unit.start if unit.end <= mention.start else mention.start
        )
        is not None
    )


def _shared_noun(
    folded: str, mention: NumberMention, limit: int
) -> tuple[Unit | None, Entity | None]:
    """The unit or noun a figure shares with the next number: a suspended hyphen ("four-,
    five- and six-cylinder engines") shares either, "280 million of the 1.5 billion shekels"
    only a unit (a count such as "two of the four victims" is a part, not a total), nor does
    a list of numbers ("rose 5 and 6 percent", not "5 and 6 people"). The quote stays the
    number alone. The first side of a size shares the unit of the second:
    "8 by 12 feet"."""
    suspended = _SUSPENDED.match(folded, mention.end, limit)
    if suspended is not None:
        start = end = suspended.end()
    elif (joined := _JOINED_NUMBERS.match(folded, mention.end, limit)) is not None:
        if _APPOSITION.match(joined.group(0)) and not _LISTED_BEFORE.search(
            folded, max(0, mention.start - 8), mention.start
        ):
            return None, None  # "563,112, or 47.9%": the count restated as a share
        start, end = joined.start("last"), joined.end()  # "rose 5 and 6 percent"
    else:
        of = _OF_THE.match(folded, mention.end, limit) or _BY.match(folded, mention.end, limit)
        number = mention_pattern().match(folded, of.end(), limit) if of else None
        if number is None or not (number.group("digits") or number.group("words")):
            return None, None
        start, end = number.span()
    unit = find_unit(folded, start, end, mention.scale)
    if unit is not None:
        return Unit(unit.name, unit.written, unit.kind, mention.end, mention.end), None
    entity = counted_entity(folded, end, limit, vague=False, joined=True) if suspended else None
    return None, Entity(entity.written, entity.head, mention.end) if entity else None


def _unit_at_head(entity: Entity, fraction: bool) -> Unit | None:
    """The unit a counted phrase ends in: "517 rushing yards" is 517 yards, "1/16 of a US
    pint" 0.0625 pints."""
    if not fraction and entity.head == entity.written.lower():
        return None  # the unit alone: find_unit has already looked
    named = unit_of_word(entity.head)
    if named is None:
        return None
    start = entity.end - len(entity.head)
    return Unit(named[0], entity.head, named[1], start, entity.end)


def _per_unit(folded: str, pos: int) -> tuple[str, int] | None:
    """The unit a rate is per, and where it ends: "per sq m" -> square metre."""
    rate = _RATE.match(folded, pos)
    if rate is None:
        if every := _EVERY.match(folded, pos):  # "$900 million annually": "... a year"
            return _EVERY_UNIT[" ".join(every.group(1).lower().split())], every.end()
        return _a_unit(folded, pos)
    unit = find_unit(folded, rate.end(), rate.end())
    if unit is not None and unit.start == rate.end():
        return unit.name, unit.end
    word = _RATE_WORD.match(folded, rate.end())
    return (_singular(word.group(0).lower()), word.end()) if word else None


def _per_across_conversion(folded: str, pos: int) -> str:
    """The unit of a rate written after a conversion in brackets, which both amounts share:
    "470 pence ($7.43) a share" (from either amount); "" when there is none."""
    bracket = _CONVERSION_AFTER.match(folded, pos)
    per = _per_unit(folded, bracket.end()) if bracket else None
    return per[0] if per else ""


def _a_unit(folded: str, pos: int) -> tuple[str, int] | None:
    """Any unit of an amount after "a"/"an" makes a rate: "$5 a bushel", "$9,000 an acre"
    (the time units and nouns of _A_UNITS are read by _RATE)."""
    article = _ARTICLE.match(folded, pos)
    if article is None:
        return None
    unit = find_unit(folded, article.end(), article.end())
    if unit is None or unit.start != article.end() or unit.kind != "amount":
        return None
    return unit.name, unit.end


def _is_figure(
    folded: str, mention: NumberMention, unit: Unit | None, entity: Entity | None
) -> bool:
    if (
        is_year(mention)
        and unit is None
        and (entity is None or entity.head not in measure_lexicon().people)
    ):
        return False  # a year the date tagger did not claim
    if mention.form == "words" and mention.value is not None and mention.value <= 1:
        # "one of the most", "no one": a lone "one" is a figure only when it counts something
        follows_of = folded[mention.end : mention.end + 4].lower().startswith(" of ")
        return entity is not None and not follows_of and entity.head not in idioms_after_one()
    # a fraction counts a noun, or the one before it: "half of them", "half of which"
    return not (
        mention.form == "fraction" and entity is None and not _OF_THEM.match(folded, mention.end)
    )


def _duration_value(value: str, unit_name: str) -> tuple[str, str]:
    """A duration's value as TIMEX3 ("6" years -> P6Y, "several" days -> PXD); a range of
    durations, which TIMEX3 cannot write as one value, is an amount of the unit (6-7 years)."""
    designator = _TIMEX_UNITS.get(unit_name)
    if designator is None or "-" in value[1:]:
        return "amount", value
    time = "T" if designator.startswith("T") else ""
    return "duration", f"P{time}{value or 'X'}{designator.removeprefix('T')}"


def _kind_and_unit(
    folded: str, mention: NumberMention, unit: Unit | None, entity: Entity | None
) -> tuple[str, str]:
    suspended = _SUSPENDED.match(folded, mention.end, min(len(folded), mention.end + 60))
    age_unit = age_unit_after(folded, suspended.end() if suspended else mention.end)
    if age_unit:
        return "amount", f"{age_unit} of age"
    if age_without_unit(folded, mention, unit is None and entity is None):
        return "amount", "year of age"
    if mention.form == "fraction" and unit is None:
        return "fraction", entity.written if entity else ""
    if unit is not None:  # "1/16 of a pint" is an amount in pints
        return unit.kind, unit.name
    return "count", entity.written if entity else ""


def _interval(
    mention: NumberMention, upper: NumberMention | None, qualifier: Qualifier, counted: bool
) -> tuple[Interval, Decimal | None]:
    if mention.form == "vague" and mention.low is not None and mention.high is not None:
        return vague_interval(mention.low, mention.high, qualifier.rule), None
    assert mention.value is not None
    if upper is not None and upper.value is not None:
        # written order: "from 208 pounds to 193" is a range from 193 to 208
        # the first number's precision takes the second's scale only when it shares it
        # ("24.2 to 35 billion"), not when it has its own ("$8.6 billion to $8.9 billion")
        shared = shares_scale(mention, upper)
        low_precision = mention.precision * upper.scale if shared else mention.precision
        ends = _rounded(range_low(mention, upper), low_precision) + _rounded(
            upper.value, upper.precision
        )
        low, high = min(ends), max(ends)
        return Interval(low, high), min(low_precision, upper.precision)
    precision = mention.precision
    if mention.form == "fraction":  # "half" is 0.45 to 0.55; "1/128" no less than 0.0039
        precision = min(_FRACTION_PRECISION, mention.value)
    return interval_for(mention.value, precision, qualifier.rule, counted=counted), precision


def _rounded(value: Decimal, precision: Decimal) -> tuple[Decimal, Decimal]:
    """Both ends of the values a figure written to `precision` allows (closed on both sides)."""
    exact = interval_for(value, precision, "exact")
    assert exact.low is not None and exact.high is not None
    return exact.low, exact.high


def _value_text(mention: NumberMention, upper: NumberMention | None) -> str:
    if mention.value is None:
        return ""
    if upper is not None and upper.value is not None:
        return f"{plain(range_low(mention, upper))}-{plain(upper.value)}"
    return plain(mention.value)


def _singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def plain(value: Decimal) -> str:
    """A Decimal as plain text: no exponent, no trailing zeros, no thousands separators."""
    text = format(value.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text
