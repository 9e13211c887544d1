"""The cheap tests of the median-document speed round rule out only what the searches they
stand before could not find, on generated text: digits glued to a word (numbers, the time
tagger), the death verbs' words found by substring search (implicit), a headline without a
death verb, a count with no join before it (coordinated), the text before an age that
cannot end a list of ages or "he was" (people, ages_written), and the qualifiers' tests of
the word before a figure (qualifiers; tests/test_speed_invariants.py draws the codes that
end with a full stop)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from checker.extract import ages_written, coordinated, implicit, numbers, people, qualifiers, text
from checker.extract.timex_triggers import _DIGITS_AFTER_LETTER, _DIGITS_AFTER_LETTER_ASCII

_WORDS = [
    *"a A 7 26 2016 covid19 usd10m H1N1 x_9 _ - . , and AND or & Smith he He was is".split(),
    *"been only now killed KILLED dead death died shot slain stabbed murdered wounded".split(),
    *"deadied killeddeath shotdead dies Man man woman, aged ages Teen 16 13".split(),
    *("shot dead", "was shot and killed", "fatally wounded", "Two men, a woman", "and a"),
    "\u00e9",  # a cased letter that is not ASCII: no test rules it out
    "\u0663",  # an Arabic-Indic digit: \d in Unicode mode
    "\u017fhot",  # the long s: re.I matches it to "s"
    "\u212a",  # the Kelvin sign
]
_GAPS = ["", " ", " ", ", ", ",", ". ", "\n", "  ", "\t", "-"]


def _texts(size: int) -> st.SearchStrategy[str]:
    pieces = st.tuples(st.sampled_from(_WORDS), st.sampled_from(_GAPS))
    return st.lists(pieces, max_size=size).map(lambda ps: "".join(w + g for w, g in ps))


@settings(max_examples=400, deadline=None)
@given(_texts(20))
def test_text_without_glued_digits_has_none_for_either_scan(found: str) -> None:
    lowered = found.lower()
    if not text.may_glue_digits(lowered):
        assert not numbers._start_patterns()[1].search(lowered)
    if not text.may_glue_digits(lowered, underscore=True):
        assert not _DIGITS_AFTER_LETTER.search(lowered)
        assert not _DIGITS_AFTER_LETTER_ASCII.search(lowered)


@settings(max_examples=400, deadline=None)
@given(_texts(20))
def test_death_verb_words_are_those_their_alternation_finds(found: str) -> None:
    lowered = found.lower()
    scan = re.compile("|".join(sorted(implicit._anchor_words(), key=len, reverse=True)))
    assert implicit._anchors(lowered) == [m.span() for m in scan.finditer(lowered)]


def test_no_death_verb_word_opens_another() -> None:
    """_anchors relies on it: at most one of the words starts at a position."""
    words = implicit._anchor_words()
    assert not any(a != b and b.startswith(a) for a in words for b in words)


@settings(max_examples=400, deadline=None)
@given(_texts(12))
def test_a_headline_without_a_death_verb_does_not_match(line: str) -> None:
    if implicit._headline_pattern().match(line):
        assert implicit.may_hold_any(line, implicit._headline_verb_words())


@settings(max_examples=400, deadline=None)
@given(_texts(12))
def test_a_join_ends_only_windows_the_join_test_lets_through(window: str) -> None:
    if any(coordinated._JOIN.fullmatch(window, pos) for pos in range(len(window) + 1)):
        assert coordinated._may_end_with_join(window)


@settings(max_examples=400, deadline=None)
@given(_texts(12))
def test_ages_before_and_copulas_end_only_where_their_tests_allow(window: str) -> None:
    if people._AGES_BEFORE.search(window):
        assert window.rstrip().endswith((",", "and", "or", "&"))
    if ages_written._COPULA_BEFORE.search(window):
        assert text.may_end_with(window, ages_written._COPULA_LAST_WORDS)


def test_the_last_words_of_raised_by_are_among_those_of_the_changes() -> None:
    """qualifiers._change_before rules out both searches by the changes' test alone."""
    _, _, changes, bys = qualifiers._last_words()
    assert bys <= changes
