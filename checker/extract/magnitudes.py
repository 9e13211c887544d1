"""The magnitude of an earthquake, however it is written: "a magnitude 6.1 earthquake",
"magnitude-6.1", "a magnitude of 6.1", "a 6.1-magnitude quake", "a 6.1 quake", "measured 6.1
on the Richter scale". Read one way, outlets' magnitudes of one quake meet and can disagree
(one agency's 6.4 against another's 6.2), where before only "6.1 magnitude" was one (issue
14, "magnitudes" among the amounts that never met).

A magnitude is a decimal from 1.0 to 9.9 written with its tenths, next to the word
"magnitude", the Richter scale, or a noun of an earthquake; "measured 6.1" counts only in a
sentence about an earthquake. The words are data (units.json magnitude_*).
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from checker.extract.numbers import NumberMention
from checker.extract.units import Unit
from checker.vocab import alternation, load_data

MAGNITUDE = "magnitude"  # the unit's name


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = load_data("units")
    quakes = alternation(data["magnitude_quake_nouns"])
    # "magnitude of 6.1", "put the magnitude at 6.9", "the magnitude was revised to 6.2",
    # "measured it at 6.2", "registered 6.1"
    before = re.compile(
        r"(?:\bmagnitude(?:\s+(?:of|at|to|as|was|is|had|has|been|put|set|revised|upgraded"
        r"|downgraded|estimated|measured|initially|later|first))*[\s-]+"
        r"|\b(?:measur(?:ed|ing)|register(?:ed|ing))(?:\s+(?:it|the\s+(?:quake|earthquake"
        r"|tremor|shock)))?(?:\s+at)?\s+|\bof\s+)"
        r"(?:a\s+)?(?:preliminary\s+)?$",
        re.I,
    )
    after = re.compile(
        rf"(?:[\s-]+magnitude\b|\s+on\s+the\s+richter\b|(?:[\s-]+[a-z]+)?[\s-]+(?:{quakes})\b)",
        re.I,
    )
    return before, after, re.compile(rf"\b(?:{quakes})\b", re.I)


def magnitude_unit(folded: str, mention: NumberMention, end: int, sentence_end: int) -> Unit | None:
    """The magnitude unit of a figure written as an earthquake's magnitude, or None."""
    value = mention.value
    if mention.form != "digits" or value is None or mention.precision != Decimal("0.1"):
        return None
    if not Decimal(1) <= value < Decimal(10):
        return None
    before_re, after_re, quake_re = _patterns()
    after = after_re.match(folded, end)
    if after is not None:
        written = folded[end : after.end()].strip(" -")
        if quake_re.fullmatch(written.split()[-1].split("-")[-1]):
            # "a 6.1 quake": the noun stays what the figure is of, the unit is read there
            return Unit(MAGNITUDE, "", "amount", end, end)
        return Unit(MAGNITUDE, written, "amount", end, after.end())
    before = before_re.search(folded, max(0, mention.start - 40), mention.start)
    if before is None:
        return None
    explicit = "magnitude" in before.group(0).lower()
    if not explicit:  # "measured 6.1", "of 6.1": only about an earthquake
        start = max(0, mention.start - 200)
        if quake_re.search(folded, start, min(len(folded), sentence_end)) is None:
            return None
    # the word before the number is not part of the figure's quote: the unit is read there
    return Unit(MAGNITUDE, before.group(0).strip(" -"), "amount", mention.start, mention.start)
