"""Provisional tolls: a toll whose sentence says it may still rise is a lower bound.

"23 civilians had been killed by 6 p.m., and the monitor expects the toll to rise", "at
least ... the toll could climb", "a provisional toll of 12": the figure is what was counted
so far, and the event's toll is that or more. Such a figure reads as "at least" when no
qualifier is written (qualifier "provisional" in the reports), so a later, higher toll of
another outlet does not contradict it. Only for death tolls: "the toll" of news reports is
the dead ("140 injured ... which means the death toll is likely to rise" does not make the
injured a lower bound). The cues are data: qualifiers.json "provisional_cues".
"""

from __future__ import annotations

import dataclasses
from decimal import Decimal, InvalidOperation
from functools import cache

from checker.extract.figures import Figure
from checker.extract.intervals import interval_for, qualifier_lexicon
from checker.extract.lexicons import CaselessPattern, caseless_pattern
from checker.extract.qualifiers import Qualifier

# characters around the figure that may hold the cue: a sentence may be a whole page (a
# list without full stops), and every figure searching all of it would take quadratic time
_REACH = 300
PROVISIONAL = "provisional"  # the qualifier phrase a provisional toll gets (rule at_least)


@cache
def _cues() -> CaselessPattern:
    return caseless_pattern(r"\b(?:{cues})\b", cues=qualifier_lexicon()["provisional_cues"])


def provisional_toll(figure: Figure, folded: str, sentence: tuple[int, int]) -> Figure:
    """The figure read as a lower bound when its sentence says, within _REACH characters of
    it, that the toll may rise and no qualifier is written; otherwise the figure unchanged.
    The caller checks that the figure is a death toll."""
    if figure.kind != "count" or figure.qualifier.phrase or figure.precision is None:
        return figure
    start = max(sentence[0], figure.start - _REACH)
    if not _cues().search(folded, start, min(sentence[1], figure.end + _REACH)):
        return figure
    try:
        value = Decimal(figure.value)
    except InvalidOperation:
        return figure
    if figure.interval != interval_for(value, figure.precision, "exact"):
        return figure  # a range or a vague amount keeps its own interval
    return dataclasses.replace(
        figure,
        interval=interval_for(value, figure.precision, "at_least"),
        qualifier=Qualifier("at_least", PROVISIONAL, figure.start, figure.start),
    )


# the figure's own number said to be able to grow, whatever the event: "Four people were
# taken to hospital, ... adding that the number could rise"; not "the death toll" of others
_OWN_NUMBER_MAY_RISE = caseless_pattern(
    r"\b(?:the|that|this)\s+(?:number|figure|count|tally|total)\s+(?:could|may|might|is"
    r"\s+likely\s+to|is\s+expected\s+to|was\s+expected\s+to)\s+(?:rise|climb|grow|increase)\b"
)


def own_number_may_rise(folded: str, sentence: tuple[int, int], figure: Figure) -> bool:
    """Whether the figure's sentence says, after it, that "the number" (its own, not a toll
    of the dead) may still rise: then a count of what happened reads as provisional too."""
    return _OWN_NUMBER_MAY_RISE.search(folded, figure.end, sentence[1]) is not None
