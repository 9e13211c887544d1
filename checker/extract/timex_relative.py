"""Normalisers for relative expressions, durations, vague references and sets.

"last year" and "five years ago" are resolved against the anchor (the publication
date); "a year earlier" against the last date the text mentioned, when there is one.
"""

from __future__ import annotations

import re

from checker.extract.timex_calendar import bounds, shift_date, shift_value
from checker.extract.timex_common import (
    RELATIONS,
    SPACES,
    Context,
    Norm,
    direction_ref,
    group,
    month_number,
    relation_of,
)
from checker.extract.timex_vocab import (
    DAY_PARTS,
    SEASONS,
    UNITS,
    VAGUE_REFS,
    WEEKDAYS,
    parse_number,
)

Match = re.Match[str]

_TIME_UNITS = frozenset({"TS", "TM", "TH"})
_TENFOLD = {"DE": ("Y", 10), "CE": ("Y", 100), "ML": ("Y", 1000), "2W": ("W", 2)}
_SET_PREFIX = re.compile(r"\b(?:times|once|twice|per)\s+$", re.IGNORECASE)
# '$35 a night', '700 seats a week', '24 hours a day': a rate, not a time expression
_RATE_PREFIX = re.compile(
    r"""
    (?:\d|\b(?:hundred|thousand|million|billion|dozen|one|two|three|four|five|six|seven
        |eight|nine|ten)\b)\S*                      # an amount: $35, 700, four
    (?:\s+[a-z]+){0,2}\s+$                          # then at most two words: seats, hours
    """,
    re.IGNORECASE | re.VERBOSE,
)
_MODAL_BEFORE = re.compile(
    r"""
    (?:\b(?:will|would|could|might|may|can|shall|should|must)  # a modal verb
      |['’]ll)\s+$                                           # we'll
    """,
    re.IGNORECASE | re.VERBOSE,
)
# '52 years old', '33 years of age': an age
_AGE_AFTER = re.compile(r"\s+(?:old|of\s+age)\b", re.IGNORECASE)


def _unit(m: Match) -> tuple[str, str]:
    """(duration letters, calendar granularity) of the unit word."""
    word = m["unit"].lower().rstrip("s")
    if word.startswith("centur"):
        word = "century"
    if word.startswith("millenni"):
        word = "millennium"
    return UNITS.get(word, ("D", "D"))


def duration_value(amount: float | None, letters: str) -> str:
    """P5Y, PT3H, PXM ... decades and centuries in years, as the brief's 'two decades' P20Y."""
    letters, factor = _TENFOLD.get(letters, (letters, 1))
    prefix = "PT" if letters in _TIME_UNITS else "P"
    letter = letters[-1] if letters in _TIME_UNITS else letters
    if amount is None:
        return f"{prefix}X{letter}"
    amount *= factor
    if amount != int(amount) and (letter in ("Y", "H") or prefix == "PT" and letter == "M"):
        # a fraction in the next unit down: "a year and a half" P1Y6M, "an hour and a half"
        # PT1H30M, "a minute and a half" PT1M30S (TempEval's value)
        whole, part = int(amount), round((amount - int(amount)) * (12 if letter == "Y" else 60))
        if letter == "Y":
            return f"P{whole}Y{part}M" if whole else f"P{part}M"
        smaller = "M" if letter == "H" else "S"
        return f"PT{whole}{letter}{part}{smaller}" if whole else f"PT{part}{smaller}"
    text = f"{int(amount)}" if amount == int(amount) else f"{amount:g}"
    return f"{prefix}{text}{letter}"


_AND_A_HALF = re.compile(r"\band[-\s]+a[-\s]+half\b", re.I)


def duration(m: Match, ctx: Context) -> Norm | None:
    word = (m["num"] or "").lower()
    letters, _ = _unit(m)
    if word in ("a", "an") and letters == "TS":
        return None  # 'a second attack'
    if letters == "Q" and (word in ("a", "an") or "-" in m.group()):
        return None  # 'a quarter of', 'three-quarters': fractions
    modal = _MODAL_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start())
    if word == "one" and m["unit"].lower() == "day" and modal:
        return Norm("DATE", "FUTURE_REF")  # 'will one day be': some day, not a day long
    amount = None if m["vague"] else parse_number(word)
    if amount is None and not m["vague"]:
        return None
    if amount is not None and _AND_A_HALF.search(m.group()):
        # "two and a half years", "a seven-and-a-half-hour siege", "a year and a half"
        amount += 0.5
    if word in ("a", "an") and _SET_PREFIX.search(ctx.text[max(0, m.start() - 12) : m.start()]):
        return Norm("SET", duration_value(1, letters))
    if word in ("a", "an") and _RATE_PREFIX.search(ctx.text[max(0, m.start() - 40) : m.start()]):
        return None
    if _AGE_AFTER.match(ctx.text, m.end()):
        return None
    return Norm("DURATION", duration_value(amount, letters), skip=_duration_skip(m, ctx.text))


# 'may last two weeks', 'to last a year': the verb, not 'the last two weeks'
_VERB_LAST = re.compile(
    r"(?:\b(?:to|will|would|could|might|may|can|should|must|did|does|do|not)|['’]ll)\s+$",
    re.IGNORECASE,
)


def _duration_skip(m: Match, text: str) -> int:
    """Characters at the start of a duration's match that belong to something else."""
    written = m.group()
    if not m["drel"] and written[:4].lower() == "the " and "-" in written:
        return 4  # 'the five-year war': the article belongs to the noun
    if written[:5].lower() == "last " and _VERB_LAST.search(text, max(0, m.start() - 8), m.start()):
        return m.start("num") - m.start()
    return 0


def vague_duration(m: Match, ctx: Context) -> Norm | None:
    letters, _ = _unit(m)
    return Norm("DURATION", duration_value(None, letters))


def ago(m: Match, ctx: Context) -> Norm | None:
    direction = m["dir"].lower()
    sign = 1 if direction in ("later", "hence") or direction.startswith("from") else -1
    letters, grain = _unit(m)
    amount = parse_number(m["num"]) if m["num"] and not m["vague"] else None
    if amount is None or ctx.anchor is None:
        return Norm("DATE", direction_ref(sign))
    grain, factor = _TENFOLD.get(grain, (grain, 1))
    steps = sign * max(1, round(amount * factor))
    comparison = grain == "Y" and re.fullmatch(r"\d{4}-Q[1-4]", ctx.ref)  # a year ago, same quarter
    if (direction in ("earlier", "later") or comparison) and ctx.ref and letters not in _TIME_UNITS:
        if _coarser(ctx.ref, grain):
            # 'Three days later' after 'the meal of the year': a year holds no day to count
            # from; the day is unknown (not the year's first day shifted by three)
            return Norm("DATE", direction_ref(sign))
        return Norm("DATE", shift_value(ctx.ref, grain, steps))
    if letters in _TIME_UNITS:
        return Norm("DATE", ctx.anchor.isoformat())  # hours ago: the same day
    return Norm("DATE", shift_date(ctx.anchor, grain, steps))


def _coarser(ref: str, grain: str) -> bool:
    """Whether a reference is a year (or longer) and the grain counted from it a day or a
    week ("2026" and "three days later"): no day of it is told to count from."""
    return grain in ("D", "W") and _DAY_OR_MONTH.match(ref) is None


_DAY_OR_MONTH = re.compile(r"\d{4}-(?:\d\d|W\d\d|Q\d)")


_GRAIN = {"year": "Y", "month": "M", "week": "W", "weekend": "WE", "quarter": "Q", "decade": "DE"}
_GRAIN["century"] = "CE"


def relative(m: Match, ctx: Context) -> Norm | None:
    relation = relation_of(group(m, "rel"))
    unit = m["unit"].lower()
    if m["that"]:  # 'later that year': the period of the date just mentioned
        return _from_ref(ctx.ref, _GRAIN[unit], 0) if ctx.ref and unit in _THAT_UNITS else None
    if unit == "period":  # 'the latest period': the quarter being reported
        return _the_period("quarter", ctx) if relation == "latest" else None
    if not relation and unit == "year":
        return _the_year(m, ctx)
    if relation == "same" or (not relation and unit not in ("weekend", "quarter")):
        return None  # 'the month' alone is too often a duration or anaphora
    offset = RELATIONS.get(relation, 0)
    if not relation:
        return _the_period(unit, ctx)
    if relation == "latest" and unit != "quarter":
        return None
    if relation in _ANAPHORIC and ctx.ref:
        return _from_ref(ctx.ref, _GRAIN[unit], offset)
    if ctx.anchor is None:
        return Norm("DATE", direction_ref(offset))
    return Norm("DATE", shift_date(ctx.anchor, _GRAIN[unit], offset))


_THAT_UNITS = frozenset({"year", "month", "week", "quarter"})
# 'On May 22, 1995 ... the following year': these count from the date just mentioned
_ANAPHORIC = frozenset({"following", "previous", "prior"})


def _from_ref(ref: str, grain: str, offset: int) -> Norm | None:
    low, _ = bounds(ref)
    return Norm("DATE", shift_date(low, grain, offset)) if low else None


_PERIOD_END = re.compile(r"\s+(?:ended|ending|to)\s", re.IGNORECASE)
_ANAPHORA = re.compile(r"\s+(?:before|after|earlier|later|prior|when|in\s+which)\b", re.IGNORECASE)


def _the_year(m: Match, ctx: Context) -> Norm | None:
    """'the year ended March 31' is a year's length; 'for the (full) year' the anchor's year;
    'the year before' counts from another date, so it is left out."""
    if _PERIOD_END.match(ctx.text, m.end()):
        return Norm("DURATION", "P1Y")
    if _ANAPHORA.match(ctx.text, m.end()):
        return None
    if ctx.anchor is None:
        return Norm("DATE", "PRESENT_REF")
    return Norm("DATE", f"{ctx.anchor.year:04d}")


def _the_period(unit: str, ctx: Context) -> Norm | None:
    """'the weekend': the last one; 'the quarter': the one just mentioned or just ended."""
    if ctx.anchor is None:
        return Norm("DATE", "PAST_REF")
    if unit == "weekend":
        offset = 0 if ctx.anchor.isoweekday() >= 6 else -1
        return Norm("DATE", shift_date(ctx.anchor, "WE", offset))
    if re.fullmatch(r"\d{4}-Q[1-4]", ctx.ref):
        return Norm("DATE", ctx.ref)
    return Norm("DATE", shift_date(ctx.anchor, "Q", -1))


def the_period(m: Match, ctx: Context) -> Norm | None:
    """'the month' after 'the end of': the anchor's own period."""
    unit = m["unit"].lower()
    if ctx.anchor is None:
        return Norm("DATE", "PRESENT_REF")
    return Norm("DATE", shift_date(ctx.anchor, _GRAIN[unit], 0))


def period_end(m: Match, ctx: Context) -> Norm | None:
    """'By year-end': the end of the anchor's year; 'since year-end' the end of the one
    before, which is the one that has already come."""
    unit = m["unit"].lower()
    skip = m.start("the") - m.start() if m["the"] else m.start("unit") - m.start()
    if ctx.anchor is None:
        return None
    offset = -1 if m["prep"].lower() == "since" else 0
    return Norm("DATE", shift_date(ctx.anchor, _GRAIN[unit], offset), "END", skip)


_DAY_OFFSET = {"same": 0, "next": 1, "following": 1, "previous": -1, "prior": -1}
_SIDE_OFFSET = {"before": -1, "after": 1}


def anaphoric_day(m: Match, ctx: Context) -> Norm | None:
    """'That day', 'the next morning', 'the day before': counted from the day just
    mentioned; with no day mentioned nearby, left out rather than guessed."""
    low, high = bounds(ctx.ref)
    if low is None or low != high:
        return None  # no day, or a longer period ('March 2011')
    if m["side"]:
        offset = _SIDE_OFFSET[m["side"].lower()]
    else:
        offset = 0 if m["that"] else _DAY_OFFSET[m["rel"].lower()]
    day = shift_date(low, "D", offset)
    part = DAY_PARTS.get((m["unit"] or "").lower(), "")
    return Norm("TIME", f"{day}T{part}") if part else Norm("DATE", day)


def year_ago(m: Match, ctx: Context) -> Norm | None:
    if re.fullmatch(r"\d{4}-Q[1-4]", ctx.ref):
        return Norm("DATE", shift_value(ctx.ref, "Y", -1))
    if ctx.anchor is None:
        return Norm("DATE", "PAST_REF")
    return Norm("DATE", f"{ctx.anchor.year - 1:04d}")


def year_period(m: Match, ctx: Context) -> Norm | None:
    """'the 1988 quarter' after 'the third quarter': the same quarter of 1988."""
    quarter = re.fullmatch(r"\d{4}-(Q[1-4])", ctx.ref)
    return Norm("DATE", f"{m['year']}-{quarter[1]}" if quarter else m["year"])


def vague(m: Match, ctx: Context) -> Norm | None:
    word = SPACES.sub(" ", m["vref"].lower())
    return Norm("DATE", VAGUE_REFS[word])


_EVERY_UNIT = {"hourly": "PT1H", "daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y"}


def set_(m: Match, ctx: Context) -> Norm | None:
    if m["every_unit"]:
        return Norm("SET", _EVERY_UNIT[m["every_unit"].lower()])
    if m["weekday"]:
        return Norm("SET", f"XXXX-WXX-{WEEKDAYS[m['weekday'].lower()]}")
    if m["month"]:
        number = month_number(m["month"])
        return Norm("SET", f"XXXX-{number:02d}") if number else None
    if m["season"]:
        return Norm("SET", f"XXXX-{SEASONS[m['season'].lower()]}")
    letters, _ = _unit(m)
    amount = parse_number(m["num"]) if m["num"] and not m["vague"] else 1.0
    return Norm("SET", duration_value(amount, letters))
