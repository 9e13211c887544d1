"""A length told with the dimension it is of, right after the noun it measures: "An
asteroid about 140 metres wide" and "An asteroid about 290 metres across" are the asteroid's
width (measures.json dimension_words). Read by checker.events.described, which aligns such
figures when two documents tell one noun's dimension with one value each."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from checker.events.physical import is_physical
from checker.model import Claim
from checker.vocab import alternation, by_word, load_data

# the noun right before a length, past its qualifier: "An asteroid about 140 metres wide"
_NOUN_BEFORE = re.compile(
    r"\b(?P<noun>[a-z][a-z-]+)\s+(?:(?:about|around|some|nearly|almost|roughly|more\s+than"
    r"|over|up\s+to|at\s+least|just|estimated\s+at)\s+)?$"
)
_EACH = re.compile(r"\beach\b", re.I)
_EACH_REACH = 40  # characters around a figure where "each" makes it one of many
_NOUN_REACH = 40  # characters before a figure where its noun may stand


@cache
def _dimensions() -> re.Pattern[str]:
    """The words after a length that name a dimension."""
    words = [w for group in load_data("measures")["dimension_words"].values() for w in group]
    return re.compile(rf"\s*(?P<word>{alternation(words)})\b", re.I)


@cache
def _dimension_of_word() -> dict[str, str]:
    return by_word(load_data("measures")["dimension_words"])


def dimension_of(
    claim: Claim, start: int, end: int, thing_noun: Callable[[str], bool]
) -> tuple[str, str, str] | None:
    """(unit, "<dimension> of <noun>", "noun") for a length at `start`..`end` of its
    sentence told with its dimension right after the noun it measures, when `thing_noun`
    accepts that word; None after a verb or a copula ("boulders that are 10 metres
    across"), or for one of many ("Each turbine will stand up to 180 metres tall")."""
    if claim.kind != "amount" or not is_physical(claim.unit):
        return None
    sentence, quote = claim.sentence, claim.quote.lower()
    told = _dimensions().search(quote, max(quote.rfind(claim.unit.lower()), 0))
    told = told or _dimensions().match(sentence, end)
    if told is None:
        return None
    before = _NOUN_BEFORE.search(sentence, max(0, start - _NOUN_REACH), start)
    noun = before["noun"] if before else ""
    if not noun or not thing_noun(noun):
        return None
    if _EACH.search(sentence, max(0, start - _EACH_REACH), end + _EACH_REACH):
        return None
    word = " ".join(told["word"].lower().split())
    return (claim.unit, f"{_dimension_of_word()[word]} of {noun}", "noun")
