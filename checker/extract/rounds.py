"""Whether rounds are shots: "fired 30 rounds" are shots fired; "the bout went 11 rounds",
"two rounds of funding" and "300 rounds of ammunition were seized" are not (measures.json
rounds_firing_words, rounds_held_words, rounds_gun_words). Read by checker.extract.measures
for a count whose noun is "rounds"."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from checker.vocab import load_data

if TYPE_CHECKING:
    from checker.extract.measures import Clause


@cache
def words_pattern(key: str) -> re.Pattern[str]:
    """measures.json `key` as a caseless pattern of whole words; a trailing * matches any
    ending, a leading * any beginning ("*iasis": leishmaniasis, schistosomiasis)."""
    words = load_data("measures")[key]
    return re.compile(r"\b(?:" + "|".join(_word_part(w) for w in words) + r")\b", re.I)


def _word_part(word: str) -> str:
    begin = r"\w*" if word.startswith("*") else ""
    end = r"\w*" if word.endswith("*") else ""
    return begin + re.escape(word.strip("*")) + end


def rounds_fired(folded: str, clause: Clause) -> bool:
    """Whether the sentence of a count of rounds tells them fired or heard (measures.json
    rounds_firing_words), or tells of a gun or its ammunition (rounds_gun_words) without
    telling them seized, found or carried (rounds_held_words): only then are they shots."""
    start, end = clause.sentence_from, clause.sentence_to
    firing, held, gun = _patterns()
    if firing.search(folded, start, end) is not None:
        return True
    if held.search(folded, start, end) is not None:
        return False
    return gun.search(folded, start, end) is not None


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The words of firing, holding and guns (a builder prepare_extraction calls)."""
    return (
        words_pattern("rounds_firing_words"),
        words_pattern("rounds_held_words"),
        words_pattern("rounds_gun_words"),
    )
