"""A bare "m" after a number is read as millions ("12m people", "$5m"); after a verb of
falling it is metres: "fell about 600m", "falling 60m from a ridge", "plunged
200m down a gully" were 600 million, 60 million and 200 million people in the claims of
climbing and accident stories."""

from __future__ import annotations

import re
from decimal import Decimal

from checker.extract.numbers import NumberMention

# "fell about 600m", "falling 60m from a ridge", "plunged 200m down a gully": after a verb of
# falling (and a qualifier at most), a bare "m" is metres, not millions
_FALL_BEFORE = re.compile(
    r"\b(?:fell|fall|falls|falling|fallen|plunged|plunging|plummeted|plummeting|tumbled"
    r"|tumbling|slid|sliding)\s+"
    r"(?:(?:about|some|nearly|almost|around|roughly|approximately|more\s+than|over|up\s+to)\s+)?$",
    re.I,
)
_MILLION = Decimal(1_000_000)


def metres_of_a_fall(folded: str, mention: NumberMention) -> NumberMention:
    """The mention without its "m" when that "m" is metres after a verb of falling; the
    unit finder then reads the "m"."""
    if mention.scale != _MILLION or mention.text[-1:] not in "mM" or mention.value is None:
        return mention
    if not _FALL_BEFORE.search(folded, max(0, mention.start - 40), mention.start):
        return mention
    end = mention.end - 1
    return NumberMention(
        mention.start,
        end,
        folded[mention.start : end],
        mention.form,
        mention.value / _MILLION,
        mention.precision / _MILLION,
        mention.low,
        mention.high,
    )
