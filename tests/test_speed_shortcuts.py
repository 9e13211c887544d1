"""The shortcuts of the sixth speed round find exactly what the plain searches they replace
found, on generated text: the name before an age (people), the single victims' pattern
tried only at articles (implicit), the identifier word before a spelled number
(junk_names), and the lowercase twins of re.I patterns on text whose other characters have
no case ("©", "•"). So do the twentieth stop's: the year-old form tried only inside the
figure (people), the tests of the word before a figure that stand before searches ending
at it (contacts, kin_count's "had two sons"), the page without a word of voting
(tallies), and the patterns of the text after a number tried only after their first
characters (filters)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from checker.extract import contacts, filters, implicit, junk_names, kin, people, tallies, text
from checker.extract.lexicons import measure_lexicon
from checker.extract.numbers import NumberMention

_WORDS = [
    *"John Smith O'Neal McBride B. B Mr. Sgt. Jr. said police aged Officer x -".split(),
    *"a an A An AN the was has been is killed died shot dead man woman Teen officer".split(),
    *"second another 23-year-old unidentified Precinct PRECINCT precinct terminal".split(),
    *"Route Flight No. Four FOUR four One one Two two Region District 26 34 (26)".split(),
    "\u017fhot",  # the long s: re.I matches it to "s", and the text is not ASCII
    "\u212a",  # the Kelvin sign
    "caf\u00e9",
    ", 26,",
    ", aged 26",
    " (26)",
    "John Smith, aged 26",
    "Sgt. B. McBride, 41",
    "Smith (26)",
    "Esteban Santiago, a",
    "Solomon-Sides, the",
    "DeShawn Ke'Arre, an",
    "a 23-year-old man was killed",
    "an officer was shot dead",
    "An unidentified woman, 34, was shot dead",
    "A\u017fecond man died",
    "Precinct Four",
    "TERMINAL TWO",
    "terminal one",
    "shot and killed",
    "airstrikes",
    "Russian air strikes",
    "KILLED",
]
_GAPS = [" ", " ", " ", ", ", ". ", "\n", "  ", "\t", " (", ",\n", "-"]


def _texts(words: list[str], size: int) -> st.SearchStrategy[str]:
    """Texts of up to `size` of the words, each followed by one of _GAPS."""
    pieces = st.tuples(st.sampled_from(words), st.sampled_from(_GAPS))
    return st.lists(pieces, max_size=size).map(lambda ps: "".join(w + g for w, g in ps))


_TEXTS = _texts(_WORDS, 20)


def _regs(match: re.Match[str] | None) -> tuple | None:
    return None if match is None else match.regs


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_name_before_an_age_is_the_search_of_the_window(text: str) -> None:
    for pattern in (people._BEFORE, people._BEFORE_ARTICLE):
        for start in range(len(text) + 1):
            slow = pattern.search(text, max(0, start - 80), start)
            assert _regs(people._name_before(text, start, pattern)) == _regs(slow)


def _reference_single_victims(folded: str) -> list[tuple[int, int]]:
    found = []
    for match in implicit._pattern().finditer(folded):
        if any(w.lower() in implicit._presupposing() for w in match["modifiers"].split()):
            continue
        found.append((match.start("article"), match.start("noun") - 1))
    return found


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_single_victims_tried_at_articles_find_what_a_full_scan_finds(text: str) -> None:
    assert [(m.start, m.end) for m in implicit.single_victims(text)] == (
        _reference_single_victims(text)
    )
    assert _regs_all(implicit._all_matches(implicit._pattern(), text)) == _regs_all(
        implicit._pattern().finditer(text)
    )


def _regs_all(matches: object) -> list:
    return [m.regs for m in matches]  # type: ignore[attr-defined]


def _reference_numbered_name(folded: str, mention: NumberMention) -> bool:
    if folded.startswith("-", mention.end):
        return False
    p = junk_names._patterns()
    word = p["identifier_before"].search(folded, max(0, mention.start - 24), mention.start)
    if word is None or junk_names._case(word.group("word")) != junk_names._case(mention.text):
        return False
    if mention.text[:1].islower() and (
        word.group("word") not in junk_names._lower_case_identifier_words()
    ):
        return False
    return p["any_count_after"].match(folded, mention.end) is None


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_numbered_name_after_its_cheap_test_is_the_plain_one(text: str) -> None:
    for match in re.finditer(r"(?i)\b(?:one|two|four)\b", text):
        mention = NumberMention(match.start(), match.end(), match.group(), "words", 1, 1)
        assert junk_names.is_numbered_name(text, mention) == _reference_numbered_name(text, mention)


_UNCASED = ["\u00a9", "\u2022", "\u25ba", "\u00bd", "\u20ac", "\u2014", "\u201c"]


def test_only_text_whose_other_characters_have_no_case_is_lowercased_for_twins() -> None:
    assert text.lowercase_uncased("Killed \u00a9 2019 \u2022 A") == "killed \u00a9 2019 \u2022 a"
    for cased in ("\u00e9", "\u00c9", "\u017f", "\u212a", "\u0130", "\u0131", "\u00df"):
        assert text.lowercase_uncased(f"Killed {cased} 3") is None


@settings(max_examples=300, deadline=None)
@given(_TEXTS, st.lists(st.sampled_from(_UNCASED), max_size=3), st.integers(0, 30))
def test_twins_on_text_with_uncased_characters_find_what_re_i_finds(
    found: str, marks: list[str], pos: int
) -> None:
    found = "".join(marks) + found + "".join(marks)
    lex = measure_lexicon()
    for pattern in (lex.event_pattern, lex.agent_word_pattern, lex.agent_pattern):
        for method in ("search", "match"):
            fast = getattr(pattern, method)(found, pos)
            assert _regs(fast) == _regs(getattr(pattern.caseless, method)(found, pos))
        assert _regs_all(pattern.finditer(found, pos)) == _regs_all(
            pattern.caseless.finditer(found, pos)
        )


# the twentieth stop's shortcuts
_GATE_WORDS = [
    *"26 two Twenty-six 26-year-old 7-year-old years year old -year-old Smith John".split(),
    *"interviewed spoke to with talked met more than about some at least nearly".split(),
    *"polled surveys questioned reinterviewed has had leaves behind left survived by".split(),
    *"raising raised sons children kids a mother of father in the Senate House".split(),
    *"voted vote passed approved rejected confirmed margin of voting bill 256-167".split(),
    *"51-49 9-2 256 to 163 HAS Had INTERVIEWED Voted game".split(),
    *("spoke with", "talked to", "met with", "interviewed more than", "polled at least"),
    *("survived by", "left behind", "leaves behind", "had two", "Survived  by"),
    *("passed the bill 256-167", "by a vote of", "margin of 5-4", "voting 9-2"),
    "\u017furveyed",  # the long s: re.I matches it to "s", and the text is not ASCII
    "\u212a",  # the Kelvin sign
    "caf\u00e9",
]
_GATE_TEXTS = _texts(_GATE_WORDS, 16)


@settings(max_examples=300, deadline=None)
@given(_GATE_TEXTS)
def test_name_after_an_age_is_the_search_that_starts_inside_the_figure(text: str) -> None:
    for start in range(len(text)):
        for end in range(start + 1, min(len(text), start + 20) + 1):
            slow = people._AFTER.search(text, start, min(len(text), end + 80))
            slow = slow if slow is not None and slow.start() < end else None
            assert _regs(people._name_after(text, start, end)) == _regs(slow)


@settings(max_examples=300, deadline=None)
@given(_GATE_TEXTS)
def test_word_before_a_figure_tests_rule_out_no_match(text: str) -> None:
    for start in range(len(text) + 1):
        low = max(0, start - contacts._REACH)
        slow = contacts._CONTACTED.search(text, low, start) is not None
        assert contacts.contacted(text, start) == slow
        window = text[max(0, start - 30) : start]
        has = kin._HAS_BEFORE.search(window) is not None
        assert has <= kin.may_end_with(window, kin._HAS_LAST_WORDS)


@settings(max_examples=300, deadline=None)
@given(_GATE_TEXTS)
def test_a_page_without_a_word_of_voting_has_no_cue(text: str) -> None:
    cue = tallies._patterns()[0]
    if any(cue.search(text, 0, end) for end in range(len(text) + 1)):
        assert tallies.may_hold_any(text, tallies._cue_words())


def test_patterns_of_the_text_after_a_number_open_with_their_first_characters() -> None:
    """filters._reason tries these only after their first characters."""
    p = filters._patterns()
    gates = {
        "generation": "G",
        "decade": "'s",
        "list_mark": ".)",
        "code": "-./",
        "joined_after": "-/",
    }
    tails = ["", "t", "d", "h", " ", "\n", "1", "12", "1234", "1-2", "1/2"]
    for code in range(128):
        for name, first in gates.items():
            if chr(code) not in first:
                assert not any(p[name].match(chr(code) + tail) for tail in tails), name
    # re.I matches the long s to "s": the ordinal's first characters over all of Unicode
    opening = {
        chr(code)
        for code in range(0x110000)
        if any(p["ordinal"].match(chr(code) + second) for second in "tdh")
    }
    assert opening == filters._ORDINAL_FIRST
