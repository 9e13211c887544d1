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

import json
from decimal import Decimal
from functools import cache
from importlib import resources

from checker.model import Interval


@cache
def qualifier_lexicon() -> dict:
    text = resources.files("checker").joinpath("data/qualifiers.json").read_text("utf-8")
    return json.loads(text)


def interval_for(value: Decimal, precision: Decimal, rule: str) -> Interval:
    """The values a figure written to `precision` with qualifier `rule` allows."""
    step = precision if precision != 1 else None
    zero = Decimal(0)
    if rule == "above":
        return Interval(value, value + step if step else None, low_open=True, high_open=True)
    if rule == "at_least":
        return Interval(value, _at_least_upper(value, step), high_open=True)
    if rule in ("nearly", "just_under"):
        return Interval(value - _nearly_margin(value, step), value, high_open=True)
    if rule == "about":
        return Interval(
            value - _about_margin(value, precision), value + _about_margin(value, precision)
        )
    if rule in ("up_to", "at_most"):
        return Interval(min(zero, value), value)
    if rule == "below":
        return Interval(min(zero, value), value, high_open=True)
    half = precision / 2 if step else zero  # 2.0 means 1.95 to 2.05; 583 means 583
    return Interval(value - half, value + half)


def _at_least_upper(value: Decimal, step: Decimal | None) -> Decimal | None:
    """How far "at least N" reaches: 1.45 N (calibrated) or one rounding step, whichever is
    more, for N of 10 or more; below that, no upper end."""
    lexicon = qualifier_lexicon()
    if value < Decimal(lexicon["at_least_bounded_from"]):
        return value + step if step else None
    return max(value + (step or 0), value * Decimal(lexicon["at_least_upper_ratio"]))


def _nearly_margin(value: Decimal, step: Decimal | None) -> Decimal:
    """How far below N "nearly N" starts: a rounding step or 10% of N, at most 20% of N."""
    cap = abs(value) * Decimal(qualifier_lexicon()["nearly_max_relative"])
    margin = max(step or Decimal(1), abs(value) * Decimal("0.1"))
    return min(margin, cap) if cap >= 1 else margin


def _about_margin(value: Decimal, precision: Decimal) -> Decimal:
    """How far "about N" stretches: 10% of N, 20% when N has one significant digit (a round
    number chosen for a rough count: "about 100" is 80 to 120); at least half a rounding step
    for figures written more finely ("about 2.5 million")."""
    lexicon = qualifier_lexicon()
    if len(value.normalize().as_tuple().digits) == 1:
        return abs(value) * Decimal(lexicon["about_relative_margin_one_digit"])
    return max(precision / 2, abs(value) * Decimal(lexicon["about_relative_margin"]))


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
