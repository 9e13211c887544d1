"""Turn a figure, its precision and its qualifier into the interval it allows.

The rounding unit p is how the figure was written: "250,000" has p = 10,000.
- exact:     [v - p/2, v + p/2]  a rounded figure covers half a step either side
- above:     (v, v + p)          "more than 250,000": had it been 260,000 or more, a writer
                                 rounding to ten thousands would have said "more than 260,000"
- at least:  [v, v + p)
- nearly:    [v - p, v)    (also "just under")
- about:     [v - m, v + m]      m = max(p, 10% of v)
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
        return Interval(value, value + step if step else None, high_open=True)
    if rule in ("nearly", "just_under"):
        margin = step or max(Decimal(1), value * Decimal("0.1"))
        return Interval(value - margin, value, high_open=True)
    if rule == "about":
        relative = Decimal(qualifier_lexicon()["about_relative_margin"])
        margin = max(precision, abs(value) * relative)
        return Interval(value - margin, value + margin)
    if rule in ("up_to", "at_most"):
        return Interval(min(zero, value), value)
    if rule == "below":
        return Interval(min(zero, value), value, high_open=True)
    half = precision / 2 if step else zero  # 2.0 means 1.95 to 2.05; 583 means 583
    return Interval(value - half, value + half)


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
