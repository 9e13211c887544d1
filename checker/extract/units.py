"""Units written before a figure ("$", "US$", "£") or after it ("percent", "km", "days")."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from importlib import resources

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
        rf"""
        (?:\s?-?\s?)                 # "5 km", "5km", "5-mile"
        (?P<u>
          (?-i:{alternation(list(lex["suffix_case"]))})  # "45g" but not "5G"; "Nm" and "nm"
          | {alternation(suffixes)}
        )
        (?![\w])                     # a whole word or symbol ("m" is not "men")
        (?!\.\w)                     # "3 p.m." is not pence
        """,
        re.VERBOSE | re.IGNORECASE,
    )
    return prefix, suffix


def find_unit(folded: str, start: int, end: int, scale: Decimal = _ONE) -> Unit | None:
    """The unit of the figure at folded[start:end], before or after it.

    `scale` is the value of the figure's scale word: "9 million pounds" is money,
    "208 pounds" a weight.
    """
    prefix, suffix = _patterns()
    match = prefix.search(folded, max(0, start - 4), start)
    if match and not _inside_word(folded, match.start("u")):
        unit = _prefix_unit(match, folded[start:end], scale)
        if unit is not None:
            return unit
    match = suffix.match(folded, end, min(len(folded), end + 40))
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


def unit_follows(folded: str, end: int) -> bool:
    """Whether a unit is written right after position `end` ("13000 sq m", "500 %")."""
    _, suffix = _patterns()
    return suffix.match(folded, end, min(len(folded), end + 40)) is not None


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
