"""The patterns rewritten in the thirteenth speed round find exactly what they replace
found, on generated text. The word lists of case-blind patterns written as tries, against
the alternations longest first, on text that holds letters re.I matches to ASCII ones
("\u017f", "\u212a", "\u0130", "\u0131") and other cased letters ("\u00e9"): the re.I twin
of the measure lexicon's patterns (used on pages with such letters) and the number
pattern. The playlist lines searched behind a line break, against the `^` of MULTILINE.
(The time tagger's ASCII trigger scans: tests/test_timex.py compares trigger_hits with
the one Unicode pattern.)"""

from __future__ import annotations

import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from checker.extract import furniture, numbers
from checker.extract.lexicons import measure_lexicon
from checker.vocab import alternation


def test_re_i_matches_a_character_to_the_cases_of_one_ascii_letter_at_most() -> None:
    """What lexicons._all_ascii relies on: no character is matched by two branches of a
    trie of lowercased ASCII words."""
    every = "".join(chr(c) for c in range(0x80, sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    letters_of: dict[str, set[str]] = {}
    for ascii_char in map(chr, range(0x20, 0x7F)):
        for match in re.finditer(re.escape(ascii_char), every, re.I):
            letters_of.setdefault(match.group(), set()).add(ascii_char.lower())
    assert letters_of == {"\u0130": {"i"}, "\u0131": {"i"}, "\u212a": {"k"}, "\u017f": {"s"}}


_WORDS = [
    *"killed Killed KILLED kill died dead shot wounded injured airstrikes air strikes".split(),
    *"Russian shelling bombing fled displaced sorties missing arrested a an the".split(),
    *"one One two Twenty twenty-five hundred Hundreds hundreds of thousands dozens".split(),
    *"a few dozen several Million 5 12 1,200 3.5 half a third two thirds Quarter".split(),
    *"bn m mn k tn of and more than nearly over people Caf\u00e9".split(),
    # phrases a shorter word begins: the longer must win, as the alternations had it
    *["shot dead", "shot to death", "killed time", "dead end", "death toll", "life sentence"],
    *["car bomb", "car bombing", "SUICIDE BOMBER", "air raid", "air raids", "Air  strikes"],
    *["hundreds of thousands", "Tens of Millions", "a few dozen", "several hundred thousand"],
    *["two thirds", "two-thirds", "a half", "one quarter", "Three Quarters", "seventeen"],
    "\u017fhot",  # the long s
    "\u212ailled",  # the Kelvin sign
    "K\u0130LLED",  # the dotted capital i
    "k\u0131lled",  # the dotless i
    "\u017feveral",
    "t\u0131ree",
    "\u00e9t\u00e9",
]
_GAPS = [" ", " ", " ", ", ", ". ", "\n", "  ", "-", "\t", "\u00a0", ""]
_TEXTS = st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_GAPS)), max_size=16).map(
    lambda pieces: "".join(word + gap for word, gap in pieces)
)


def _spans(matches: object) -> list[tuple]:
    return [m.regs for m in matches]  # type: ignore[attr-defined]


def _old_caseless(template: str, words: list[str]) -> re.Pattern[str]:
    return re.compile(template.format(words=alternation(words)), re.I)


@settings(max_examples=400, deadline=None)
@given(_TEXTS, st.integers(0, 20))
def test_re_i_twins_as_tries_find_what_the_alternations_found(text: str, pos: int) -> None:
    lex = measure_lexicon()
    for pattern, words in (
        (lex.event_pattern, list(lex.event_of_word)),
        (lex.agent_word_pattern, list(lex.agent_of_word)),
    ):
        old = _old_caseless(r"\b(?:{words})\b", words)
        assert _spans(pattern.caseless.finditer(text, pos)) == _spans(old.finditer(text, pos))
        for method in ("search", "match"):
            new_match = getattr(pattern.caseless, method)(text, pos)
            old_match = getattr(old, method)(text, pos)
            assert (new_match and new_match.regs) == (old_match and old_match.regs)


def _old_mention_pattern() -> re.Pattern[str]:
    """mention_pattern() as it was: its word lists as alternations longest first."""
    trie = numbers._words_trie
    numbers._words_trie = lambda words, gap=r"\s+": alternation(list(words), gap)  # type: ignore[assignment]
    try:
        return numbers.mention_pattern.__wrapped__()
    finally:
        numbers._words_trie = trie  # type: ignore[assignment]


_OLD_MENTION = _old_mention_pattern()


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_number_pattern_with_tries_finds_what_the_alternations_found(text: str) -> None:
    new = numbers.mention_pattern()
    assert new.pattern != _OLD_MENTION.pattern
    assert _spans(new.finditer(text)) == _spans(_OLD_MENTION.finditer(text))
    for start in range(len(text) + 1):
        new_match, old_match = new.match(text, start), _OLD_MENTION.match(text, start)
        assert (new_match and new_match.regs) == (old_match and old_match.regs)


_OLD_PLAYLIST_LINE = re.compile(
    furniture._PLAYLIST_LINE.pattern.replace("\\n[ \\t]*", "^[ \\t]*", 1), re.VERBOSE | re.MULTILINE
)
_LINE_PIECES = ["2:05", "12:30", "1:5", "9:59", " ", "\t", "\n", "\n\n", "Video", "10:24 AM"]
_LINE_PIECES += ["'Clip", "(21", "x", ":", "3", "\u00a0", "\r\n", "p.m."]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_LINE_PIECES), max_size=20).map("".join))
def test_playlist_lines_behind_a_break_are_those_of_the_multiline_pattern(text: str) -> None:
    assert _OLD_PLAYLIST_LINE.pattern != furniture._PLAYLIST_LINE.pattern
    old = [m.span() for m in _OLD_PLAYLIST_LINE.finditer(text)]
    new = [(m.start(), m.end() - 1) for m in furniture._PLAYLIST_LINE.finditer("\n" + text)]
    assert new == old
