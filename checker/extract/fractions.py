"""Numbers joined into one: "one in five", "2 out of 3" and "1/16 of" are fractions, "half a
million" is 500,000 (checker.extract.numbers finds the parts)."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from checker.extract.numbers import NumberMention

_PERCENT = Decimal("0.01")  # a ratio's precision: a whole percent

_RATIO_GAP = re.compile(
    r"""
    \s+(?:out\s+of|in)\s+(?:every\s+)?     # one in five, 2 out of 3, one in every ten
    | (?P<slash>\s?[/\u2044]\s?)           # 1/16 (of a pint)
    """,
    re.VERBOSE | re.I,
)
_OF = re.compile(r"\s+of\b", re.I)  # a slash ratio is one only before "of": "1/16 of a pint"
_NOT_A_RATIO_AFTER = re.compile(
    r"\s*(?:%|percent|per\s+cent|years?|months?|weeks?|days?|hours?|minutes?)\b", re.I
)
_RATIO_TERM = re.compile(r"\d{1,3}(?:,\d{3})*|[a-z]+", re.I)


def merge_ratios(folded: str, mentions: list[NumberMention]) -> list[NumberMention]:
    """Join "one in five", "2 out of 3" and "1/16 of" into one fraction mention, and "half a
    million" into one number."""
    merged: list[NumberMention] = []
    index = 0
    while index < len(mentions):
        first = mentions[index]
        second = mentions[index + 1] if index + 1 < len(mentions) else None
        joined = (
            (_ratio(folded, first, second) or _part_of_scale(folded, first, second))
            if second is not None
            else None
        )
        merged.append(joined or first)
        index += 2 if joined else 1
    return merged


_PART_GAP = re.compile(r"\s+(?:of\s+)?", re.I)  # "half a million", "a quarter of a million"
_A_SCALE = re.compile(r"an?\s+(?:dozen|hundred|thousand|million|billion|trillion)", re.I)


def _part_of_scale(folded: str, part: NumberMention, whole: NumberMention) -> NumberMention | None:
    """ "half a dozen" is 6 and "half a million" 500,000 (rounded as "500,000" is), not a
    half of something counted in dozens."""
    if part.form != "fraction" or part.value is None or whole.value is None:
        return None
    if not (_A_SCALE.fullmatch(whole.text) and _PART_GAP.fullmatch(folded, part.end, whole.start)):
        return None
    precision = whole.precision / 10 if whole.precision > 1 else whole.precision
    text = folded[part.start : whole.end]
    value = part.value * whole.value
    return _joined(part, whole, text, "words", value, precision)


def _ratio(folded: str, num: NumberMention, den: NumberMention) -> NumberMention | None:
    if num.value is None or den.value is None or not 0 < num.value < den.value:
        return None
    if num.form not in ("digits", "words") or den.form not in ("digits", "words"):
        return None
    if not (_RATIO_TERM.fullmatch(num.text) and _RATIO_TERM.fullmatch(den.text)):
        return None  # "2 in 2015", "5 in 10.5": a year or a measure, not a ratio
    gap = _RATIO_GAP.fullmatch(folded, num.end, den.start)
    if gap is None or (gap.group("slash") and not _OF.match(folded, den.end)):
        return None  # "9/11", "24/7": a slash without "of" after it is not a ratio
    if _NOT_A_RATIO_AFTER.match(folded, den.end):
        return None  # "5 in 10 years" is a count in a period
    text = folded[num.start : den.end]
    return _joined(num, den, text, "fraction", num.value / den.value, _PERCENT)


def _joined(
    first: NumberMention,
    last: NumberMention,
    text: str,
    form: str,
    value: Decimal,
    precision: Decimal,
) -> NumberMention:
    """One mention from the start of `first` to the end of `last` (no range, no scale word)."""
    return replace(
        first,
        end=last.end,
        text=text,
        form=form,
        value=value,
        precision=precision,
        low=None,
        high=None,
        scale=Decimal(1),
    )
