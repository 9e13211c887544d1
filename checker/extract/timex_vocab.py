"""Vocabularies of the temporal tagger, loaded once from ``checker/data/timex.json``.

The words live in data so a reviewer can extend them without touching the regexes;
this module only turns them into lookup tables and regex alternations.
"""

from __future__ import annotations

import json
import re
from importlib import resources
from typing import Any

from checker.vocab import trie_alternation


def _load() -> dict[str, Any]:
    raw = resources.files("checker").joinpath("data/timex.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(raw)
    return data


_DATA = _load()

MONTHS: dict[str, int] = _DATA["months"]
WEEKDAYS: dict[str, int] = _DATA["weekdays"]
NUMBERS: dict[str, float] = _DATA["numbers"]
VAGUE_NUMBERS: tuple[str, ...] = tuple(_DATA["vague_numbers"])
ORDINALS: dict[str, int] = _DATA["ordinals"]
# unit word -> (duration letter(s), calendar granularity)
UNITS: dict[str, tuple[str, str]] = {k: (v[0], v[1]) for k, v in _DATA["units"].items()}
UNIT_DAYS: dict[str, int] = _DATA["unit_days"]
PARTS: dict[str, str] = _DATA["parts"]
SEASONS: dict[str, str] = _DATA["seasons"]
SEASON_MONTHS: dict[str, tuple[int, int]] = {
    k: (v[0], v[1]) for k, v in _DATA["season_months"].items()
}
DAY_PARTS: dict[str, str] = _DATA["day_parts"]
VAGUE_REFS: dict[str, str] = _DATA["vague_refs"]
RELATIVE_DAYS: dict[str, int] = _DATA["relative_days"]
DECADE_WORDS: dict[str, int] = _DATA["decade_words"]  # 'nineties' -> 9
FUTURE_CUES: tuple[str, ...] = tuple(_DATA["future_cues"])
PAST_CUES: tuple[str, ...] = tuple(_DATA["past_cues"])
APPROX_MODS: dict[str, str] = _DATA["approx_mods"]
# holiday -> '12-25' (fixed), '11-22/4' (first Thursday from 22 November) or 'easter-2'
HOLIDAYS: dict[str, str] = _DATA["holidays"]

FULL_MONTHS = frozenset(k for k in MONTHS if len(k) > 4 or k in ("may", "june", "july"))
FULL_WEEKDAYS = frozenset(k for k in WEEKDAYS if k.endswith("day"))


def alternation(words: object) -> str:
    """A regex alternation of words that matches as the words longest first do ('sept' wins
    over 'sep'), laid out as a trie: the tagger's rules run at every position of their
    windows, and a trie lets the regex engine reject a word by its first letter instead of
    trying forty. The words are lower case, so a re.I pattern matches the same either way."""
    items = sorted({str(w) for w in words})  # type: ignore[attr-defined]
    if any(w != w.lower() for w in items):  # 'Sept' and 'sep' in one trie would not
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(items, key=len)[::-1])
    return trie_alternation(items)


_NUMBER_GAPS = re.compile(r"[\s-]+")
_DECIMAL = re.compile(r"\d+(?:\.\d+)?")
_AND_A_HALF = re.compile(r"(\d+) ?(?:1/2|½)")  # 5 1/2
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


def parse_number(text: str) -> float | None:
    """The value of a number as written ('24', 'twenty-four', 'a couple of'); None if vague."""
    words = _NUMBER_GAPS.sub(" ", text.strip().lower())
    if _DECIMAL.fullmatch(words):
        return float(words)
    whole = _AND_A_HALF.fullmatch(words)
    if whole:
        return int(whole[1]) + 0.5
    if words in NUMBERS:
        return float(NUMBERS[words])
    parts = words.split(" ")
    if len(parts) == 2 and parts[0] in _TENS and parts[1] in NUMBERS:
        return float(NUMBERS[parts[0]] + NUMBERS[parts[1]])
    return None
