"""Find numbers written in digits, words, vague plurals and fractions, and parse them.

Each mention keeps its span, its value as a Decimal, and the precision it was written
with: "250,000" is rounded to ten thousands, "1.5 million" to a hundred thousand,
"583" to one. Vague amounts ("hundreds of thousands") carry a range instead of a value.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache, lru_cache
from importlib import resources

from checker.extract.currency_before import word_codes
from checker.extract.fractions import merge_ratios
from checker.extract.lexicons import ascii_letters_like, trie_alternation
from checker.extract.text import lowercase_ascii, may_glue_digits
from checker.extract.unit_catalogue import currency_forms
from checker.extract.units import cased_prefixes, unit_lexicon

_PHRASE_GAP = r"[\s-]+"  # "two thirds" and "two-thirds" alike


# Not frozen, nor are the other records built for every number and figure (Figure,
# Qualifier, Unit, Entity, Clause ...): a frozen dataclass's __init__ sets each field
# through object.__setattr__, four to five times the cost of a plain one, and they were
# 5 % of extraction's time. Nothing changes one after it is built (issue 15).
@dataclass
class NumberMention:
    start: int
    end: int
    text: str
    form: str  # digits / words / vague / fraction
    value: Decimal | None  # None for a vague amount
    precision: Decimal
    low: Decimal | None = None  # the range of a vague amount
    high: Decimal | None = None
    scale: Decimal = Decimal(1)  # the scale word's value, 1 when none


@cache
def lexicon() -> dict:
    return json.loads(resources.files("checker").joinpath("data/numbers.json").read_text("utf-8"))


def small_number_words(most: int) -> list[str]:
    """The number words of one to `most` ("one" ... "ten" for 10; numbers.json units)."""
    return [word for word, value in lexicon()["units"].items() if 1 <= value <= most]


def _number_words() -> list[str]:
    lex = lexicon()
    return list(lex["units"]) + list(lex["tens"]) + list(lex["scales"]) + ["dozen"]


@cache
def mention_pattern() -> re.Pattern[str]:
    lex = lexicon()
    number_words = _number_words()
    word = _words_trie(number_words)
    full_scales = f"(?:{_words_trie(lex['scales'])})"
    abbreviations = f"(?:{_words_trie(lex['scale_abbreviations'])})"
    first = "".join(
        sorted({w[0] for w in number_words + list(lex["vague"]) + list(lex["fractions"]) + ["a"]})
    )
    return re.compile(
        rf"""
        (?:
          (?<![A-Za-z])(?=[0-9{first}{first.upper()}]|[-.\u2212]\d)  # cheap test first
          | (?=\d)(?<=[A-Za-z]){_after_currency_code()}  # digits against a currency code: USD10m
        )
        (?:
        (?P<vague>\b(?:{_words_trie(lex["vague"], _PHRASE_GAP)})\b)  # dozens, millions
        | (?P<fraction>\b(?:{_words_trie(lex["fractions"], _PHRASE_GAP)})\b
            (?=\s+(?:of\s+)?(?:the|their|its|his|her|all|a|an|[a-z]+s)\b  # half the population
            | \s+of\s+(?:which|whom|them)\b))  # half of them
        | (?P<digits>
            (?:(?<![\w.,])|(?<=[A-Za-z])     # not inside a word or a longer number; after a
                                               # letter only when the head found a currency code
              |(?<=,)(?=minus|negative))       # ",minus 233": a comma without its space
            (?P<sign>                          # minus-5, $-50bn
              (?=[-\u2212mMnN])(?:minus|negative)[\s-]?|(?<![\w)])[-\u2212](?=\d)
            )?
            (?:\d{{1,3}},\d{{1,2}}(?!\d)(?=\s?(?:%|per\s?cent\b|percent\b|{full_scales}\b
                 |{abbreviations}\b))              # a decimal comma: 0,4%, R121,4 billion
              |\d{{1,3}}(?:,\d{{3}})+|\d+|(?<![\w.])(?=\.\d))  # 250,000 or 583 or .001
            (?:\.\d+)?                         # decimals
            (?![\d])                           # whole number only
          )
          (?:[\s-]?(?P<dscale>
            {full_scales}(?:\s+{full_scales})*  # 11 million, 4 hundred million
            | {abbreviations}                   # 5bn, 12m: never "billion b"
          )\b{_METRES_NOT_MILLION}{_BARRELS_NOT_BILLION})?
        | (?P<words>
            \b(?:(?:a|an)\s+(?=(?:hundred|thousand|million|billion|dozen)\b))?  # a hundred
            (?:{word})                         # first number word
            # twenty-five, one hundred and ten; never across a line's end ("kills two" above
            # "Two people were killed" is two twice, not four)
            (?:(?:{_AFTER_SCALE}[^\S\n]+and[^\S\n]+|(?:[^\S\n]|-)+)(?:{word}))*
            \b
          )
        )
        """,
        re.VERBOSE | re.IGNORECASE,
    )


def _words_trie(words: Iterable[str], gap: str = r"\s+") -> str:
    """The words (ASCII) as a trie, for the case-blind pattern: it matches as their
    alternation longest first does (checker.vocab.trie_alternation; under re.I too, as
    lexicons._all_ascii says), and the engine follows one branch of its first letters
    instead of trying every word, each letter compared case-blind, at every start."""
    return trie_alternation(sorted({word.lower() for word in words}), gap)


# "and" joins number words only after a scale: "one hundred and ten", not "five and six"
_AFTER_SCALE = r"(?:(?<=hundred)|(?<=thousand)|(?<=million)|(?<=billion))"

# "37m (121ft)", "a 37m-long skeleton", "37m tall", "10 m/s": metres, not millions
# "200,000 b/d": barrels a day (units.json), not 200,000 billion
_BARRELS_NOT_BILLION = r"(?:(?<!b)|(?<=b)(?!/d\b))"
_METRES_NOT_MILLION = r"""(?:(?<!m)|(?<=m)(?!
    \s?\(\s?\d[\d.,]*\s?(?:ft|feet|foot|in|yd|yards)\b
    | [-\s](?:long|tall|high|wide|deep|away|below|above|across|in\s+(?:length|height|diameter))\b
    | /(?:s|h|sec|hr|min)\b                   # a speed: "m/s", "m/h" (but "$10m/year")
    ))"""


@cache
def _after_currency_code() -> str:
    """Lookbehinds for currency codes written against the digits: "USD10m", "RM23.50"."""
    lex = unit_lexicon()
    codes = [c for c in lex["prefix"] if c[-1].isalpha()]
    plain = "|".join(
        rf"(?<=\b{re.escape(c)})" if c[0].isalpha() else rf"(?<={re.escape(c)})" for c in codes
    )
    # "PS2.7m" (a mangled pound sign) but not "PS5": only before decimals, separators or scales
    amount = r"(?=\d[\d,]*[.,]\d|\d+(?:\.\d+)?\s?(?:m|bn|k|million|billion)\b)"
    # and ISO codes that spell a word, in capitals: "CAD2.5bn", "MAD420 million"
    cased = "|".join(
        rf"(?-i:(?<=\b{re.escape(c)})){amount}" for c in [*cased_prefixes(), *word_codes()]
    )
    # the catalogue's codes and letter symbols, as written: "MYR10m", "Rp5,000", "Ksh500"
    written = [c for c in currency_forms() if c[-1].isalpha() and c.lower() not in lex["prefix"]]
    coded = "|".join(rf"(?-i:(?<=\b{re.escape(c)}))" for c in written)
    return f"(?:{plain}|{cased}|{coded})" if coded else f"(?:{plain}|{cased})"


def find_numbers(folded: str) -> list[NumberMention]:
    """Every number-like mention in folded text, in order."""
    mentions = []
    for match in mention_matches(folded):
        mention = _parse_match(match)
        if mention is not None:
            mentions.append(mention)
    return merge_ratios(folded, mentions)


def mention_matches(folded: str) -> Iterator[re.Match[str]]:
    """The matches mention_pattern().finditer(folded) yields, found faster.

    The big case-insensitive pattern is slow to try at every position. Two case-sensitive
    scans of the text lowercased (as ASCII, see _ascii_lowercase) find every position where
    a match can start (see _start_patterns); the big pattern is tried only there, from
    left to right, skipping the positions a match covers, as finditer does.
    """
    lowered = _ascii_lowercase(folded)
    after_other, after_letter = _start_patterns()
    starts = {m.start() for m in after_other.finditer(" " + lowered)}  # " " shifts by one
    if may_glue_digits(lowered):  # "usd10m": a digit right after a letter
        starts.update(m.start() for m in after_letter.finditer(lowered))
    pattern = mention_pattern()
    resume = 0
    for start in sorted(starts):
        if start >= resume:
            match = pattern.match(folded, start)
            if match is not None:
                resume = match.end()
                yield match


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _ascii_lowercase(folded: str) -> str:
    """The text lowercased, each non-ASCII character replaced by an ASCII one that the
    start scans treat as mention_pattern() treats it: a digit for a digit, "-" for the
    minus sign, the ASCII letter re.I matches it to (the long s, the Kelvin sign), else a
    space. Offsets do not move."""
    lowered = lowercase_ascii(folded)
    if lowered is not None:
        return lowered
    return _NON_ASCII.sub(lambda m: _ascii_stand_in(m.group(0)), folded).lower()


_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=1024)
def _ascii_stand_in(char: str) -> str:
    if _DIGIT.fullmatch(char):
        return "0"
    if char == "\u2212":
        return "-"
    return ascii_letters_like(char)[:1].lower() or " "


@cache
def _start_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Where in _ascii_lowercase text mention_pattern() can match (and some more places).

    A match starts after a character that is not a letter, at a number word, a vague
    amount, a fraction, "a"/"an" before a number word, "minus", "negative", a digit, or a
    sign or point before one; or at a digit right after a letter ("usd10m"). The first
    pattern matches the character before the start: a class that the regex engine skips
    ahead to, where a leading look-behind would make it try every position.
    """
    lex = lexicon()
    words = [
        *_number_words(),
        *lex["vague"],
        *lex["fractions"],
        "minus",
        "negative",
        *(f"{article} {word}" for article in ("a", "an") for word in _number_words()),
    ]
    first = "".join(sorted({word[0] for word in words}))  # one class test before the words
    after_other = re.compile(
        rf"[^a-z](?=[{first}0-9.-])(?={trie_alternation(words, _PHRASE_GAP)}|[-.]?[0-9])"
    )
    return after_other, re.compile(r"[0-9](?<=[a-z][0-9])")


def _parse_match(match: re.Match[str]) -> NumberMention | None:
    kind = match.lastgroup if match.lastgroup != "dscale" else "digits"
    text = match.group(0)
    start, end = match.span()
    if match.group("vague"):
        low, high = lexicon()["vague"][_key(text)]
        return NumberMention(
            start, end, text, "vague", None, Decimal(low), Decimal(low), Decimal(high)
        )
    if match.group("fraction"):
        num, den = lexicon()["fractions"][_key(text)].split("/")
        value = Decimal(num) / Decimal(den)
        return NumberMention(start, end, text, "fraction", value, Decimal("0.01"))
    if match.group("digits"):
        digits = match.group("digits")
        if match.group("sign"):
            digits = "-" + digits[len(match.group("sign")) :]
        return _parse_digits(digits, match.group("dscale"), start, end, text)
    if kind == "words" or match.group("words"):
        return _parse_words(text, start, end)
    return None


def _key(text: str) -> str:
    return " ".join(text.lower().replace("-", " ").split())


def _parse_digits(
    digits: str, scale_word: str | None, start: int, end: int, text: str
) -> NumberMention | None:
    reading = _digits_reading(digits, scale_word)
    if reading is None:
        return None
    value, precision, scale = reading
    return NumberMention(start, end, text, "digits", value, precision, scale=scale)


_DECIMAL_COMMA = re.compile(r"-?\d{1,3},\d{1,2}")


@lru_cache(maxsize=4096)
def _digits_reading(digits: str, scale_word: str | None) -> tuple[Decimal, Decimal, Decimal] | None:
    """Value, precision and scale of a number in digits; cached, as the same numbers recur."""
    if _DECIMAL_COMMA.fullmatch(digits):  # "0,4" (before a percent sign or a scale word)
        digits = digits.replace(",", ".")
    try:
        value = Decimal(digits.replace(",", ""))
    except InvalidOperation:
        return None
    scale = _scale_value(scale_word) if scale_word else Decimal(1)
    return value * scale, digits_precision(digits) * scale, scale


def _scale_value(words: str) -> Decimal:
    lex = lexicon()
    value = Decimal(1)
    for key in words.lower().split():
        value *= Decimal(lex["scales"].get(key) or lex["scale_abbreviations"][key])
    return value


def digits_precision(digits: str) -> Decimal:
    """The rounding unit a figure was written to: 250,000 -> 10000; 3.5 -> 0.1; 583 -> 1.

    Whole numbers below the minimum rounded value (100) are taken as exact counts.
    """
    plain = digits.replace(",", "").lstrip("-")
    if "." in plain:
        return Decimal(1).scaleb(-len(plain.split(".")[1]))
    stripped = plain.rstrip("0")
    zeros = len(plain) - len(stripped)
    if not stripped or Decimal(plain) < lexicon()["minimum_rounded_value"]:
        return Decimal(1)
    return Decimal(1).scaleb(zeros)


def _parse_words(text: str, start: int, end: int) -> NumberMention | None:
    value, precision, scale = _words_reading(text.lower())
    return NumberMention(start, end, text, "words", value, precision, scale=scale)


@lru_cache(maxsize=1024)
def _words_reading(lowered: str) -> tuple[Decimal, Decimal, Decimal]:
    """Value, precision and scale of a number in words; cached, as the same words recur."""
    lex = lexicon()
    tokens = [t for t in re.split(r"[\s-]+", lowered) if t and t != "and"]
    total = current = Decimal(0)
    smallest_scale = Decimal(1)
    for token in tokens:
        if token in ("a", "an"):
            current = Decimal(1)
        elif token in lex["units"] or token in lex["tens"]:
            current += Decimal(lex["units"].get(token, lex["tens"].get(token)))
        elif token == "dozen":
            current = (current or Decimal(1)) * lex["dozen"]
        elif token == "hundred":
            current = (current or Decimal(1)) * 100
        else:
            scale = Decimal(lex["scales"][token])
            total += (current or Decimal(1)) * scale
            current = Decimal(0)
            smallest_scale = scale
    value = total + current
    # "one million" is rounded to the million; "two hundred" to the hundred.
    precision = smallest_scale if current == 0 else Decimal(1)
    if tokens[-1] == "hundred":
        precision = Decimal(100)
    return value, precision, smallest_scale
