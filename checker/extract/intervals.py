"""Turn a figure, its precision and its qualifier into the interval it allows.

The rounding unit p is how the figure was written: "250,000" has p = 10,000.
- exact:     [v - p/2, v + p/2]  a rounded figure covers half a step either side
- above:     (v, v + p)          "more than 250,000": had it been 260,000 or more, a writer
                                 rounding to ten thousands would have said "more than 260,000"
- at least:  [v, max(v + p, 1.45 v))  for v >= 10; no upper end below (calibrated:
                                 benchmarks/calibrate_qualifiers.py)
- nearly:    [v - m, v)          m = max(p, 10% of v), at most 20% of v (also "just under")
- about:     [v - m, v + m]      m = max(p/2, 10% of v), 20% when v has one significant
                                 digit ("about 100" is 80..120)
- up to:     [0, v]
- below:     [0, v)
- at most:   [0, v]
When p is 1 (an exact count) the open-ended rules have no upper end. Decimals round
the same way: a reported 2.0 means 1.95 to 2.05.
"""

from __future__ import annotations

import dataclasses
import json
from decimal import Decimal, InvalidOperation
from functools import cache
from importlib import resources

from checker.config import Tolerances, default_tolerances
from checker.model import Claim, Interval


@cache
def qualifier_lexicon() -> dict:
    text = resources.files("checker").joinpath("data/qualifiers.json").read_text("utf-8")
    return json.loads(text)


def interval_for(
    value: Decimal,
    precision: Decimal,
    rule: str,
    tolerances: Tolerances | None = None,
    counted: bool = True,
) -> Interval:
    """The values a figure written to `precision` with qualifier `rule` allows; `tolerances`
    (checker.config) say how far qualified figures stretch, by default as qualifiers.json.
    `counted`: the figure counts something. How far "at least N" reaches was measured on
    tolls; a share, an amount or a length said to be at least N ("a turnout of at least
    40%", "at least $10,000") reaches one rounding step above N."""
    t = tolerances or default_tolerances()
    step = precision if precision != 1 else None
    zero = Decimal(0)
    if rule == "above":
        return Interval(value, value + step if step else None, low_open=True, high_open=True)
    if rule == "at_least" and counted:
        return Interval(value, _at_least_upper(value, step, t), high_open=True)
    if rule == "at_least":  # one rounding step above N, or no upper end for a whole N
        return Interval(value, value + step if step else None, high_open=True)
    if rule in ("nearly", "just_under"):
        return Interval(value - _nearly_margin(value, step, t), value, high_open=True)
    if rule == "about":
        margin = _about_margin(value, precision, t)
        return Interval(value - margin, value + margin)
    if rule in ("up_to", "at_most"):
        return Interval(min(zero, value), value)
    if rule == "below":
        return Interval(min(zero, value), value, high_open=True)
    half = precision / 2 if step else zero  # 2.0 means 1.95 to 2.05; 583 means 583
    # the upper end is open: 5.15 is written 5.2, so 5.1 (5.05 to 5.15) and 5.2 disagree
    return Interval(value - half, value + half, high_open=bool(step))


def _at_least_upper(value: Decimal, step: Decimal | None, t: Tolerances) -> Decimal | None:
    """How far "at least N" reaches: 1.45 N (calibrated) or one rounding step, whichever is
    more, for N of 10 or more; below that, no upper end."""
    if value < t.at_least_bounded_from:
        return value + step if step else None
    return max(value + (step or 0), value * t.at_least_upper_ratio)


def _nearly_margin(value: Decimal, step: Decimal | None, t: Tolerances) -> Decimal:
    """How far below N "nearly N" starts: a rounding step or 10% of N, at most 20% of N."""
    cap = abs(value) * t.nearly_max_relative
    margin = max(step or Decimal(1), abs(value) * Decimal("0.1"))
    return min(margin, cap) if cap >= 1 else margin


def _about_margin(value: Decimal, precision: Decimal, t: Tolerances) -> Decimal:
    """How far "about N" stretches: 10% of N, 20% when N has one significant digit (a round
    number chosen for a rough count: "about 100" is 80 to 120); at least half a rounding step
    for figures written more finely ("about 2.5 million")."""
    if len(value.normalize().as_tuple().digits) == 1:
        return abs(value) * t.about_relative_margin_one_digit
    return max(precision / 2, abs(value) * t.about_relative_margin)


TOLERANT_RULES = frozenset({"at_least", "nearly", "just_under", "about"})  # what tolerances stretch


def with_tolerances(claim: Claim, tolerances: Tolerances) -> Claim:
    """The claim with the interval `tolerances` give it, when its qualifier is one they
    stretch and its interval came from that qualifier alone (not a range, a vague amount or
    a date): extraction uses the default tolerances, a configuration may set others."""
    rule = qualifier_rule(claim.qualifier)
    if rule not in TOLERANT_RULES or claim.time is not None or claim.precision is None:
        return claim
    try:
        value = Decimal(claim.value)
    except InvalidOperation:
        return claim
    counted = claim.kind == "count"
    if interval_for(value, claim.precision, rule, counted=counted) != claim.interval:
        return claim
    return dataclasses.replace(
        claim, interval=interval_for(value, claim.precision, rule, tolerances, counted)
    )


def qualifier_rule(phrase: str) -> str:
    """The rule of a qualifier phrase as a claim keeps it ("nearly", "at least", "or more";
    "more than" -> above; a change verb before the figure -> up or down); "" for none or an
    unknown phrase. Directions written after a figure ("2% lower") are not looked up."""
    lexicon = qualifier_lexicon()
    folded = " ".join(phrase.lower().split())
    for table in ("before", "after", "change_before"):
        if folded in lexicon[table]:
            return str(lexicon[table][folded])
    return ""


def vague_interval(low: Decimal, high: Decimal, rule: str) -> Interval:
    """A vague amount ("dozens", "hundreds of thousands") with an optional qualifier."""
    if rule in ("above", "at_least"):
        return Interval(low, None, low_open=rule == "above")
    if rule in ("up_to", "at_most", "below"):
        return Interval(Decimal(0), high, high_open=True)
    return Interval(low, high, high_open=True)


def change_label(rule: str) -> str:
    """The NewsQuant change label (=, ~, >, <, up, down) of a qualifier rule."""
    return str(qualifier_lexicon()["rules"].get(rule, {}).get("change", "="))
