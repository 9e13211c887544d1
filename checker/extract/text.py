"""Text helpers that keep character offsets intact.

`fold_text` maps typographic characters to ASCII one character for one character, so an
offset in the folded text is an offset in the original. Sentences are found on the folded
text and returned as (start, end) spans of the original.
"""

from __future__ import annotations

import re
import string
import unicodedata
from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from checker.extract.entities import Entity

# The letters of names in Latin script, for character classes: "Tomás Ruiz", "José Núñez",
# "Şahin", "Łukasz", "Ștefan" are names as "Tom Ruiz" is. Letters of Latin-1 and of the Latin
# Extended-A and -B blocks, by case (the micro sign, which is a letter, and signs are not).
_LATIN_UPPER = "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper() and c.isalpha())
_LATIN_LOWER = "".join(c for c in map(chr, range(0xDF, 0x250)) if c.islower() and c.isalpha())
UPPER_LETTERS = "A-Z" + _LATIN_UPPER  # for a character class: [{UPPER_LETTERS}]
LOWER_LETTERS = "a-z" + _LATIN_LOWER
NAME_LETTERS = frozenset(string.ascii_letters + _LATIN_UPPER + _LATIN_LOWER)


def without_accents(text: str, form: Literal["NFD", "NFKD"] = "NFD") -> str:
    """The text with the marks its letters decompose into (in Unicode normal form `form`)
    left out: "Núñez" -> "Nunez". Names compare so (checker.extract.names), and places with
    NFKD and a few letters mapped first (checker.extract.where.place_name)."""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize(form, text) if not unicodedata.combining(c))


# One character in, one character out: offsets must not move. No replacement is itself
# replaced, so replacing one character after another equals one translate().
_FOLD: dict[str, str] = {
    "\u00a0": " ",  # no-break space
    "\u2007": " ",  # figure space
    "\u202f": " ",  # narrow no-break space
    "\u2009": " ",  # thin space
    "\u200a": " ",  # hair space
    "\u2002": " ",  # en space
    "\u2003": " ",  # em space
    "\u2018": "'",  # left single quote
    "\u2019": "'",  # right single quote, apostrophe
    "\u201b": "'",  # reversed single quote
    "\u2032": "'",  # prime
    "\u201c": '"',  # left double quote
    "\u201d": '"',  # right double quote
    "\u201e": '"',  # low double quote
    "\u2010": "-",  # hyphen
    "\u2011": "-",  # non-breaking hyphen
    "\u2012": "-",  # figure dash
    "\u2013": "-",  # en dash
    "\u2014": "-",  # em dash
    "\u2015": "-",  # horizontal bar
    "\u2212": "-",  # minus sign
    "\u2026": ".",  # ellipsis (one char kept as one char)
    "\t": " ",
    "\r": "\n",
}


def fold_text(text: str) -> str:
    """Same length as text, with typographic spaces, quotes and dashes made ASCII."""
    # str.translate looks every character up in a dict; replacing only the few characters a
    # text holds is some thirty times faster.
    for typographic, plain in _FOLD.items():
        if typographic in text:
            text = text.replace(typographic, plain)
    return text


@lru_cache(maxsize=4)
def lowercase_ascii(text: str) -> str | None:
    """The text lowercased when that keeps every offset (ASCII text), else None.

    Cached: the measure patterns ask for the same document once per figure.
    """
    return text.lower() if text.isascii() else None


_NOT_ASCII = re.compile(r"[^\x00-\x7f]")


@lru_cache(maxsize=4)
def lowercase_uncased(text: str) -> str | None:
    """The text lowercased for the case-sensitive twin of a re.I pattern when its characters
    other than ASCII have no case ("©", "•", "►"), else None. lower() then changes only ASCII
    letters and keeps every offset, and re.I matches a character without case to itself
    alone (the few it matches to ASCII letters, the long s, the Kelvin sign and the dotted
    and dotless i, have case). For text that is not ASCII: ASCII text has lowercase_ascii."""
    if any(c.lower() != c or c.upper() != c for c in set(_NOT_ASCII.findall(text))):
        return None
    return text.lower()


# ASCII as bytes with every letter made "a" and every digit "0", the rest kept: a digit
# written against a letter ("covid19", "usd10m") shows as "a0", against an underscore as "_0"
_LETTERS_AND_DIGITS = bytes.maketrans(
    (string.ascii_letters + string.digits).encode(), b"a" * 52 + b"0" * 10
)


def may_glue_digits(text: str, underscore: bool = False) -> bool:
    """False only when `text` is ASCII and no digit follows a letter (nor, with `underscore`,
    an underscore): a cheap test before the scans for digits glued to a word ("covid19",
    "usd10m"), which cost a class test per character; one translation of the text and a
    substring search instead, as most pages glue none."""
    if not text.isascii():
        return True
    classes = text.encode("ascii").translate(_LETTERS_AND_DIGITS)
    return b"a0" in classes or (underscore and b"_0" in classes)


# The last word of a text, as many patterns of the text before a number need it: the last
# run of ASCII letters ("Route ", "Jan. ", "U.S. ", "No. #", "Photo 3 of ").
_LETTERS = string.ascii_letters
_NOT_LETTERS = "".join(chr(code) for code in range(128) if chr(code) not in _LETTERS)


def trailing_word(text: str) -> str | None:
    """The last word of `text`: its last run of ASCII letters ("" when it has none), or
    None when `text` is not ASCII (re.I matches a few other letters to ASCII ones). A
    cheap test before a pattern whose every match ends the text with one of a few words and
    no letter after it (searching for a pattern that ends at the end of the text tries every
    position before)."""
    if not text.isascii():
        return None
    stripped = text.rstrip(_NOT_LETTERS)
    return stripped[len(stripped.rstrip(_LETTERS)) :]


def word_and_after(text: str) -> tuple[str, str] | None:
    """The last word of `text` (see trailing_word) and the characters after it."""
    if not text.isascii():
        return None
    stripped = text.rstrip(_NOT_LETTERS)
    return stripped[len(stripped.rstrip(_LETTERS)) :], text[len(stripped) :]


def may_end_with(text: str, last_words: frozenset[str]) -> bool:
    """False only when `text` is ASCII and its last word, lower-cased, is none of
    `last_words` (see trailing_word)."""
    if not text.isascii():
        return True
    stripped = text.rstrip(_NOT_LETTERS)  # as trailing_word, inline: asked once per pattern
    return stripped[len(stripped.rstrip(_LETTERS)) :].lower() in last_words


def last_words(phrases: list[str]) -> frozenset[str]:
    """The last word (ASCII letters, lower-cased) of each phrase: "U.S." -> "s"."""
    return frozenset(re.findall("[A-Za-z]+", phrase)[-1].lower() for phrase in phrases)


# Words after which a full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    """
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    mr mrs ms dr prof gen col lt sgt capt cpt maj rep sen gov st ave blvd rd mt ft no nos vs
    rev supt det cpl pvt adm cmdr atty ofc insp
    inc ltd co corp jr sr est approx dept univ fig al
    """.split()
)

_SENTENCE_END = re.compile(
    r"""
    [.!?]                       # a full stop, question or exclamation mark
    (?P<closers>["')\]]*)       # closing quotes or brackets that belong to the sentence
    (?=\s+["'(\[]*[A-Z0-9])     # then space and something that starts a sentence
    """,
    re.VERBOSE,
)
_PARAGRAPH = re.compile(r"\n\s*")


def sentence_spans(folded: str) -> tuple[tuple[int, int], ...]:
    """Sentence (start, end) spans; paragraphs and lines always end a sentence."""
    spans: list[tuple[int, int]] = []
    for start, end in _lines(folded):
        if folded[start:end].isspace():
            continue
        if end - start <= MAX_SENTENCE_CHARS:
            spans += _sentences_of_line(folded, start, end)  # no sentence in it to cap
        else:
            spans += _split_line(folded, start, end)
    return tuple(spans)


def _lines(folded: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each non-empty stretch between line breaks."""
    start = 0
    for line_break in _PARAGRAPH.finditer(folded):
        if line_break.start() > start:
            yield start, line_break.start()
        start = line_break.end()
    if len(folded) > start:
        yield start, len(folded)


# The longest sentence the sentence-level patterns look at. Longer stretches without a
# sentence end (3 of 80,434 GVA sentences, or text without punctuation) are cut at the
# last space before the limit, so that no pattern's window grows with the document.
MAX_SENTENCE_CHARS = 2000


def _split_line(folded: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = _sentences_of_line(folded, start, end)
    if all(stop - first <= MAX_SENTENCE_CHARS for first, stop in spans):
        return spans  # as _capped leaves them: no generator for each sentence
    return [piece for span in spans for piece in _capped(folded, span)]


def _capped(folded: str, span: tuple[int, int]) -> Iterator[tuple[int, int]]:
    """The span, cut into pieces of at most MAX_SENTENCE_CHARS at spaces when longer."""
    start, end = span
    while end - start > MAX_SENTENCE_CHARS:
        limit = start + MAX_SENTENCE_CHARS
        cut = folded.rfind(" ", start + MAX_SENTENCE_CHARS // 2, limit)
        cut = cut if cut > start else limit
        piece = _trim(folded, start, cut)
        if piece[1] > piece[0]:
            yield piece
        start = _trim(folded, cut, end)[0]
    if end > start:
        yield start, end


def _sentences_of_line(folded: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    cut = start
    # The pattern starts with the punctuation itself rather than looking behind for it,
    # which lets the regex engine skip ahead to the next [.!?] instead of trying every
    # position; the sentence ends after the closers.
    for match in _SENTENCE_END.finditer(folded, start, end):
        stop = match.end()
        if _ends_with_abbreviation(folded, cut, match.start("closers")):
            continue
        spans.append(_trim(folded, cut, stop))
        cut = stop
    spans.append(_trim(folded, cut, end))
    return [s for s in spans if s[1] > s[0]]


def _ends_with_abbreviation(folded: str, start: int, dot: int) -> bool:
    # the word before a full stop (its last 11 letters at most), to tell "Mr." and the "S." of
    # "U.S." from a sentence end
    if folded[dot - 1 : dot] != ".":
        return False
    head = folded[max(start, dot - 12) : dot - 1]
    token = head[len(head.rstrip(_LETTERS)) :]
    if not token:
        return False
    # Single letters are initials (U.S., J. Smith), but not the last letter of a figure ("a
    # woman in her 30s.", "the 1990s.", "a high of 72F."); listed words are abbreviations.
    if len(token) == 1:
        return not folded[dot - 3 : dot - 2].isdigit()
    return token.lower() in _ABBREVIATIONS


def _trim(folded: str, start: int, end: int) -> tuple[int, int]:
    while start < end and folded[start].isspace():
        start += 1
    while end > start and folded[end - 1].isspace():
        end -= 1
    return start, end


def hyphened(folded: str, entity: Entity) -> bool:
    """Whether the counted noun is joined to its number by a hyphen ("24-storey")."""
    start = entity.end - len(entity.written)
    return start > 0 and folded[start - 1] == "-"
