"""Unit symbols too short for the catalogue, read only where a symbol can stand.

The catalogue (unit_catalogue.py) leaves out a symbol of one letter or one that spells an
English word, so that "a", "in" or "at" after a number stay words. Some of those are the
usual way to write a physical unit: "5 V", "10 N", "3 J", "1.5 T", "100 Ω", "2 Sv",
"50 Ah", "3 Wb", "a 2.0L engine". These are read here, from quantulum3's catalogue,
where nothing but a symbol fits: the symbol ends the sentence or is followed by
punctuation or a word in small letters, so that "1256 N. Waller Ave." and "2935 S Fish
Hatchery Rd" stay addresses.
"""

from __future__ import annotations

import re
from functools import cache

from checker.extract.unit_catalogue import _lexicon, _package_dir, _quantulum_units, catalogue

# capitals that are more often something else after a number: an article ("2 A still"),
# thousands and billions ("300 K", "5 B"), a rating or a rand ("R"), poise ("P"), a
# network generation ("the 5 G network"), a model or a point of the compass ("5 S models")
_NOT_LONE = frozenset([*"ABGKPRS", "Pa"])  # and Pennsylvania ("Pa" stays a word)
_SKIPPED = frozenset({"currency", "dimensionless", "time", "angle"})
_AFTER_LONE = re.compile(r"(?:[,;:)!?]|\.(?!\s*[A-Z0-9])|\s+[a-z(]|\s*$)")


@cache
def _lone_symbols() -> dict[str, str]:
    """Symbols of physical units that neither the catalogue nor units.json reads: one
    capital ("V", "N", "J", "L", "T"), one letter that is not ASCII ("Ω", "Å"), or a
    capital and small letters that spell no English word ("Wb", "Sv", "Ah"; never
    two capitals, as "PA", "GA", "TV" are other things)."""
    found, ours, english = catalogue(), _lexicon(), _english_words()
    taken = {*ours["suffix_case"], *found.symbols}  # as written: "pA" is no "Pa"
    lowered = {*ours["suffix"], *ours["time_units"], *found.words}  # any case
    symbols: dict[str, str] = {}
    for name, unit in _quantulum_units().items():
        if unit.get("entity") in _SKIPPED:
            continue
        for symbol in unit.get("symbols", []):
            if _shaped(symbol, english) and symbol not in taken and symbol.lower() not in lowered:
                symbols.setdefault(symbol, found.words.get(name, name).lower())
    return symbols


def _shaped(symbol: str, english: frozenset[str]) -> bool:
    if symbol in _NOT_LONE or not symbol.isalpha():
        return False
    if len(symbol) == 1:
        return not symbol.isascii() or symbol.isupper()
    return len(symbol) <= 3 and symbol.istitle() and symbol.lower() not in english


@cache
def _english_words() -> frozenset[str]:
    """jusText's English stop words and units.json's words that are no units ("st", "at")."""
    words = set(_lexicon()["not_units"])
    justext = _package_dir("justext")
    stoplist = justext / "stoplists" / "English.txt" if justext else None
    if stoplist is not None and stoplist.is_file():
        words.update(w.lower() for w in stoplist.read_text("utf-8").split())
    return frozenset(words)


def lone_symbol(text: str, start: int) -> tuple[str, str, int, int] | None:
    """A symbol of `_lone_symbols` written at `start`, right after a number: (name,
    written, start, end), or None unless the symbol ends the sentence or is followed by
    punctuation or a word in small letters."""
    for size in (3, 2, 1):
        written = text[start : start + size]
        name = _lone_symbols().get(written) if len(written) == size else None
        if name is not None and _AFTER_LONE.match(text, start + size):
            return name, written, start, start + size
    return None
