"""Units written before a figure ("$", "US$", "£") or after it ("percent", "km", "days")."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from importlib import resources

from checker.extract.lexicons import case_safe, trie_alternation
from checker.extract.text import lowercase_ascii
from checker.vocab import alternation

_ONE = Decimal(1)


@dataclass(frozen=True)
class Unit:
    name: str  # normalised: dollar, percentage, kilometre, day
    written: str  # as written
    kind: str  # amount / percent / duration
    start: int
    end: int


@cache
def unit_lexicon() -> dict:
    return json.loads(resources.files("checker").joinpath("data/units.json").read_text("utf-8"))


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    lex = unit_lexicon()
    prefix = re.compile(
        rf"(?P<u>(?-i:{alternation(list(lex['prefix_case']))})|{alternation(list(lex['prefix']))})\s?$",
        re.IGNORECASE,
    )
    suffixes = list(lex["suffix"]) + list(lex["time_units"]) + list(lex["scaled_suffix"])
    suffix = re.compile(
        _suffix_source(list(lex["suffix_case"]), alternation(suffixes)), re.VERBOSE | re.IGNORECASE
    )
    return prefix, suffix


def _suffix_source(cased: list[str], words: str) -> str:
    # the cased words keep their case: "45g" but not "5G"; "Nm" and "nm"; never before a
    # hyphen and a digit: "a 2004 F-250" is a truck
    cased_words = rf"(?-i:{alternation(cased)})(?!-\d) |" if cased else ""
    return rf"""
        (?:\s?-?\s?)                 # "5 km", "5km", "5-mile"
        (?P<u>
          {cased_words} {words}
        )
        (?![\w])                     # a whole word or symbol ("m" is not "men")
        (?!\.\w)                     # "3 p.m." is not pence
        """


@cache
def _lowercase_suffix() -> re.Pattern[str] | None:
    """The suffix pattern with every word lowercased, case-sensitive, for lowercased ASCII
    text: it matches wherever the suffix pattern matches (and where a cased word is written
    in another case), and rejects the rest much faster. None if a word has a non-ASCII
    letter that re.I matches to an ASCII one."""
    lex = unit_lexicon()
    words = [*lex["suffix"], *lex["time_units"], *lex["scaled_suffix"], *lex["suffix_case"]]
    if not all(case_safe(ch) for w in words for ch in w):
        return None
    return re.compile(_suffix_source([], trie_alternation([w.lower() for w in words])), re.VERBOSE)


def _suffix_match(folded: str, end: int) -> re.Match[str] | None:
    """The suffix pattern matched at `end`, after a cheap test that it can match there."""
    quick, lowered = _lowercase_suffix(), lowercase_ascii(folded)
    limit = min(len(folded), end + 40)
    if quick is not None and lowered is not None and not quick.match(lowered, end, limit):
        return None
    return _patterns()[1].match(folded, end, limit)


def find_unit(folded: str, start: int, end: int, scale: Decimal = _ONE) -> Unit | None:
    """The unit of the figure at folded[start:end], before or after it.

    `scale` is the value of the figure's scale word: "9 million pounds" is money,
    "208 pounds" a weight.
    """
    prefix, _ = _patterns()
    match = prefix.search(folded, max(0, start - 4), start)
    if match and not _inside_word(folded, match.start("u")):
        unit = _prefix_unit(match, folded[start:end], scale)
        if unit is not None:
            return unit
    match = _suffix_match(folded, end)
    if match:
        return _suffix_unit(match, scale)
    return None


def _prefix_unit(match: re.Match[str], number: str, scale: Decimal) -> Unit | None:
    lex = unit_lexicon()
    written = match.group("u")
    if written in lex["prefix_case"]:
        if scale == 1 and not re.search(r"[.,]\d", number):
            return None  # "PS5" is a games console, "PS2.7m" an amount
        name = lex["prefix_case"][written]
    else:
        name = lex["prefix"][written.lower()]
    return Unit(name, written, "amount", match.start("u"), match.end("u"))


def _suffix_unit(match: re.Match[str], scale: Decimal) -> Unit:
    lex = unit_lexicon()
    written = match.group("u")
    key = " ".join(written.lower().split())
    span = match.start("u"), match.end("u")
    if written in lex["suffix_case"]:
        name = lex["suffix_case"][written]
    elif key in lex["time_units"]:
        return Unit(lex["time_units"][key], written, "duration", *span)
    elif key in lex["scaled_suffix"]:
        table = "scaled_suffix" if scale >= 1000 else "unscaled_suffix"
        name = lex[table][key]
    else:
        name = lex["suffix"][key]
    return Unit(name, written, lex["kinds"].get(name, "amount"), *span)


def unit_of_word(word: str) -> tuple[str, str] | None:
    """The unit a lower-case word names, with its kind ("yards" -> yard, amount), or None:
    the head of "517 rushing yards" or "50 previous years"."""
    lex = unit_lexicon()
    if len(word) < 3:
        return None  # a symbol ("w", "m") after other words is not a unit written out
    if word in lex["time_units"]:
        return lex["time_units"][word], "duration"
    name = lex["suffix"].get(word) or lex["unscaled_suffix"].get(word)
    return (name, lex["kinds"].get(name, "amount")) if name else None


def unit_follows(folded: str, end: int) -> bool:
    """Whether a unit is written right after position `end` ("13000 sq m", "500 %")."""
    return _suffix_match(folded, end) is not None


def currency_code_before(text: str) -> bool:
    """Whether `text` ends with a currency code written against a number: "USD", "RM"."""
    prefix, _ = _patterns()
    match = prefix.search(text, max(0, len(text) - 4))
    return (
        match is not None
        and match.group("u")[-1].isalpha()
        and not _inside_word(text, match.start("u"))
    )


def _inside_word(folded: str, pos: int) -> bool:
    return pos > 0 and folded[pos - 1].isalnum() and folded[pos].isalpha()
