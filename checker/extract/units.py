"""Units written before a figure ("$", "US$", "£") or after it ("percent", "km", "days")."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache
from importlib import resources

from checker.extract.currency_before import unit_before
from checker.extract.lexicons import case_safe, trie_alternation
from checker.extract.shared_symbols import common_word_currency, in_document
from checker.extract.text import lowercase_ascii
from checker.extract.unit_catalogue import catalogue, letter_currency_signs
from checker.extract.unit_forms import is_code
from checker.extract.unit_symbols import lone_symbol
from checker.vocab import alternation

_ONE = Decimal(1)


# not frozen, as the other records extraction builds per figure (see numbers.NumberMention)
@dataclass
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
def cased_prefixes() -> dict[str, str]:
    """Currencies written as they are, against the digits of an amount written as money is
    ("PS2.7m", not "PS5"): units.json's and CLDR's one-letter symbols ("R121 billion")."""
    return {**letter_currency_signs(), **unit_lexicon()["prefix_case"]}


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    lex = unit_lexicon()
    # tries: the same matches as the alternations longest first, each position tried faster
    cased = trie_alternation(list(cased_prefixes()))
    uncased = trie_alternation(list(lex["prefix"]))
    prefix = re.compile(rf"(?P<u>(?-i:{cased})|{uncased})\s?$", re.IGNORECASE)
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
    before = _longer(_written_before(folded, start, end, scale), unit_before(folded, start))
    if before is not None:
        return before
    match = _suffix_match(folded, end)
    ours = _suffix_unit(match, scale) if match else None
    if ours is not None and ours.name == "pound-mass" and _paid_per(folded, start, ours.end):
        ours = Unit("pound sterling", ours.written, "amount", ours.start, ours.end)
    found = _longer(ours, unit_after(folded, end))
    # a currency named by a common word ("soles", "won"): the catalogue has no such form,
    # or only the bare word, no currency's
    bare = found is None or found.name == found.written.lower()
    if bare and (named := common_word_currency(folded, end)) is not None:
        return Unit(named[0], named[1], "amount", named[2], named[3])
    if found is None and folded.startswith(" block", end):
        return _blocks_away(folded, end)
    return found


# "lives three blocks from the tracks", "two blocks away": a distance in city blocks, not a
# count of blocks (nor of anything the sentence's verb did)
_BLOCKS_AWAY = re.compile(
    r" (?P<unit>blocks?)\s+(?:away|from|north|south|east|west|off|up|down)\b", re.I
)


def _blocks_away(folded: str, end: int) -> Unit | None:
    match = _BLOCKS_AWAY.match(folded, end)
    if match is None:
        return None
    return Unit("block", match["unit"], "amount", match.start("unit"), match.end("unit"))


# "180,000 pounds a week": pounds paid by the week, month, year or hour are money, not weight
_PER_TIME = re.compile(r"\s*(?:-\s*)?(?:a|an|per)[\s-]+(?:week|month|year|hour|day)\b", re.I)
_WHOLE_NUMBER = re.compile(r"\d[\d,]*")
_PAID_FLOOR = 100  # a weight gained or lost by the week is a few pounds: "two pounds a week"


def _paid_per(folded: str, start: int, unit_end: int) -> bool:
    number = _WHOLE_NUMBER.match(folded, start)
    if number is None or not _PER_TIME.match(folded, unit_end):
        return False
    return int(number.group(0).replace(",", "")) >= _PAID_FLOOR


def _written_before(folded: str, start: int, end: int, scale: Decimal) -> Unit | None:
    prefix, _ = _patterns()
    match = prefix.search(folded, max(0, start - 4), start)
    if match and not _inside_word(folded, match.start("u")):
        unit = _prefix_unit(match, folded[start:end], scale)
        if unit is not None and unit.kind == "amount":
            unit = replace(unit, name=in_document(folded, unit.written, unit.name))
        return unit
    return None


def _longer(ours: Unit | None, found: tuple[str, str, int, int] | None) -> Unit | None:
    """Our unit, or the catalogue's when it is written longer ("acre feet" over "acre",
    "NZD$" over "$")."""
    if found is None or ours is not None and ours.end - ours.start >= found[3] - found[2]:
        return ours
    name, written, start, end = found
    return Unit(name, written, unit_lexicon()["kinds"].get(name, "amount"), start, end)


def _prefix_unit(match: re.Match[str], number: str, scale: Decimal) -> Unit | None:
    lex = unit_lexicon()
    written = match.group("u")
    if written in cased_prefixes():
        if scale == 1 and not re.search(r"[.,]\d", number):
            return None  # "PS5" is a games console, "PS2.7m" an amount
        name = cased_prefixes()[written]
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
    name = lex["suffix"].get(word) or catalogue().words.get(word)
    name = name or lex["unscaled_suffix"].get(word)
    return (name, lex["kinds"].get(name, "amount")) if name else None


def unit_follows(folded: str, end: int) -> bool:
    """Whether a unit is written right after position `end` ("13000 sq m", "500 %")."""
    return _suffix_match(folded, end) is not None or unit_after(folded, end) is not None


def currency_code_before(text: str) -> bool:
    """Whether `text` ends with a currency code written against a number: "USD", "RM"."""
    prefix, _ = _patterns()
    match = prefix.search(text, max(0, len(text) - 4))
    if match is not None:
        return match.group("u")[-1].isalpha() and not _inside_word(text, match.start("u"))
    found = unit_before(text, len(text))
    return found is not None and found[1][-1].isalpha()


@cache
def currency_words() -> frozenset[str]:
    """The currencies of units.json written in letters before an amount, lower-cased and
    without a full stop ("rs", "rm", "inr", "chf"): money, never a name or a model ("Rs 500",
    "RM 2.30" are no "S&P 500" or "Firefox 3.05")."""
    lex = unit_lexicon()
    forms = (form.lower().strip(".") for key in ("prefix", "prefix_case") for form in lex[key])
    return frozenset(form for form in forms if form.isalpha())


def _inside_word(folded: str, pos: int) -> bool:
    return pos > 0 and folded[pos - 1].isalnum() and folded[pos].isalpha()


# --- the catalogue in text -----------------------------------------------------------------

_GAP = re.compile(r"\s?-?\s?")  # "5 kWh", "5kWh", "5-megawatt"
_TOKEN = re.compile(r"\S+")
_TRAILING = ".,;:!?)]}'\""  # punctuation after a form, not part of it
_MAX_WORDS = 5  # "standard cubic feet per minute"


def unit_after(folded: str, end: int) -> tuple[str, str, int, int] | None:
    """The catalogue unit written right after a figure ending at `end`: (name, written,
    start, end), the longest form first; symbols and codes as written, words in any case."""
    start = _GAP.match(folded, end).end()  # type: ignore[union-attr]
    window = folded[start : start + _WINDOW]
    first = _TOKEN.match(window)
    if first is None:
        return None
    token = first.group()
    if "/" in token:
        compound = _compound(token.rstrip(_TRAILING))
        if compound is not None:
            return compound[0], compound[1], start, start + len(compound[1])
    lone = token[0].isupper() or not token.isascii()  # "5 V", "100 Ω": see lone_symbol
    if not _may_start_form(token):  # most figures are followed by an ordinary word
        return lone_symbol(folded, start) if lone else None
    found = catalogue()
    tokens = [m.span() for _, m in zip(range(_MAX_WORDS), _TOKEN.finditer(window), strict=False)]
    for count in range(len(tokens), 0, -1):
        if count > 1 and window[tokens[count - 2][1] : tokens[count - 1][0]] != " ":
            continue  # the words of a form are one space apart
        for cut in _cuts(window, tokens[count - 1]):
            written = window[:cut]
            name = found.symbols.get(written) or found.words.get(written.lower())
            if name is None and is_code(written):
                name = found.codes.get(written)
            if name:
                return name, written, start, start + cut
    return lone_symbol(folded, start) if lone else None


_WINDOW = 80  # no catalogue form is longer
_POWERS = {"2": "square ", "\u00b2": "square ", "3": "cubic ", "\u00b3": "cubic "}


def _compound(token: str) -> tuple[str, str] | None:
    """A unit written "X/Y" ("A/cm2", "mg/L", "kWh/day"): (name "X per Y", written). One
    side may be a one-character symbol ("A", "L"), both only when Y is a time ("m/s")."""
    top, slash, bottom = token.partition("/")
    if not slash or "/" in bottom or not top or not bottom:
        return None
    above, below = _side(top), _side(bottom)
    if above is None or below is None:
        return None
    if len(top) == len(bottom) == 1 and bottom.lower() not in ("s", "h", "d"):
        return None  # "A/B testing"
    return f"{above} per {below}", token


def _side(part: str) -> str | None:
    """The unit one side of "X/Y" names, with a power written after it ("cm2")."""
    lex, found = unit_lexicon(), catalogue()
    name = (
        lex["suffix_case"].get(part)
        or lex["suffix"].get(part.lower())
        or lex["time_units"].get(part.lower())
        or found.symbols.get(part)
        or found.words.get(part.lower())
        or found.singles.get(part)
    )
    if name is None and len(part) > 1 and part[-1] in _POWERS:
        base = _side(part[:-1])
        return _POWERS[part[-1]] + base if base else None
    return name


def _may_start_form(token: str) -> bool:
    """Whether a form can begin with this token (as it stands, without its trailing
    punctuation, or cut at a hyphen, slash or bracket)."""
    firsts, lowered = _first_words(), token.lower()
    if lowered in firsts or lowered.rstrip(_TRAILING) in firsts:
        return True
    joint = _JOINT.search(lowered, 1)
    return joint is not None and lowered[: joint.start()] in firsts


@cache
def _first_words() -> frozenset[str]:
    """The first word of every form read after a number, lower-cased."""
    found = catalogue()
    return frozenset(f.split()[0].lower() for f in [*found.words, *found.symbols, *found.codes])


_JOINT = re.compile(r"[-/(]")  # "5-mile-long", "40 kWh/day": the form ends at the joint


def _cuts(window: str, token: tuple[int, int]) -> list[int]:
    """Where a form ending in this token may end: the token's end, before its trailing
    punctuation, and before its first hyphen, slash or bracket."""
    cuts = [token[1], len(window[: token[1]].rstrip(_TRAILING))]
    joint = _JOINT.search(window, token[0] + 1, token[1])
    if joint:
        cuts.append(joint.start())
    return cuts
