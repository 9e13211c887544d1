"""The shortcuts of the twentieth stop find exactly what the plain searches they replace
found, on generated text: the year-old form tried only inside the figure (people), the
tests of the word before a figure that stand before three searches ending at it (contacts,
kin_count's "had two sons"), and the page without a word of voting (tallies)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from checker.extract import contacts, people, tallies

_WORDS = [
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
_GAPS = [" ", " ", " ", ", ", ". ", "\n", "  ", "\t", "-", " \n"]

_TEXTS = st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_GAPS)), max_size=16).map(
    lambda pieces: "".join(word + gap for word, gap in pieces)
)


def _regs(match: re.Match[str] | None) -> tuple | None:
    return None if match is None else match.regs


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_name_after_an_age_is_the_search_that_starts_inside_the_figure(text: str) -> None:
    for start in range(len(text)):
        for end in range(start + 1, min(len(text), start + 20) + 1):
            slow = people._AFTER.search(text, start, min(len(text), end + 80))
            slow = slow if slow is not None and slow.start() < end else None
            assert _regs(people._name_after(text, start, end)) == _regs(slow)


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_word_before_a_figure_tests_rule_out_no_match(text: str) -> None:
    for start in range(len(text) + 1):
        low = max(0, start - contacts._REACH)
        slow = contacts._CONTACTED.search(text, low, start) is not None
        assert contacts.contacted(text, start) == slow
        window = text[max(0, start - 30) : start]
        has = people._HAS_BEFORE.search(window) is not None
        assert has <= people.may_end_with(window, people._HAS_LAST_WORDS)


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_a_page_without_a_word_of_voting_has_no_cue(text: str) -> None:
    cue = tallies._patterns()[0]
    if any(cue.search(text, 0, end) for end in range(len(text) + 1)):
        assert tallies.may_hold_any(text, tallies._cue_words())
