"""Units written before a figure ("$", "US$", "£") or after it ("percent", "km", "days")."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from checker.vocab import alternation


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
    prefix = re.compile(rf"(?P<u>{alternation(list(lex['prefix']))})\s?$", re.IGNORECASE)
    suffixes = list(lex["suffix"]) + list(lex["time_units"])
    suffix = re.compile(
        rf"""
        (?:\s?-?\s?)                 # "5 km", "5km", "5-mile"
        (?P<u>{alternation(suffixes)})
        (?![\w])                     # a whole word or symbol ("m" is not "men")
        """,
        re.VERBOSE | re.IGNORECASE,
    )
    return prefix, suffix


def find_unit(folded: str, start: int, end: int) -> Unit | None:
    """The unit of the figure at folded[start:end], before or after it."""
    prefix, suffix = _patterns()
    lex = unit_lexicon()
    match = prefix.search(folded, max(0, start - 4), start)
    if match and not _inside_word(folded, match.start("u")):
        written = match.group("u")
        name = lex["prefix"][written.lower()]
        return Unit(name, written, "amount", match.start("u"), match.end("u"))
    match = suffix.match(folded, end, min(len(folded), end + 40))
    if match:
        written = match.group("u")
        key = " ".join(written.lower().split())
        if key in lex["time_units"]:
            return Unit(
                lex["time_units"][key], written, "duration", match.start("u"), match.end("u")
            )
        name = lex["suffix"][key]
        kind = lex["kinds"].get(name, "amount")
        return Unit(name, written, kind, match.start("u"), match.end("u"))
    return None


def _inside_word(folded: str, pos: int) -> bool:
    return pos > 0 and folded[pos - 1].isalnum() and folded[pos].isalpha()
