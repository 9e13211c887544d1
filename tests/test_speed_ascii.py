"""The patterns rewritten in the fourteenth speed round find exactly what they replace
found, on generated text: the time tagger's rules compiled with re.ASCII against the
Unicode ones on ASCII text, and attribution's name and described sources (a capital
before the look-behind, the word lists as tries) against the patterns they replace."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from checker.extract import attribution, timex_patterns

_TIME_WORDS = [
    *"January Jan. jan sept Sept. Monday mon. Tuesday today Yesterday TONIGHT tomorrow".split(),
    *"morning night week weekend weeks year Years decade century month quarter ago".split(),
    *"earlier later last next past this that the same every each annually daily".split(),
    *"one two three Twenty twenty-five a few several 3 12 24 2015 1990s '90s 10:30".split(),
    *"p.m. a.m. noon midnight GMT EST now recently currently summer Christmas for in".split(),
    *["more than", "about", "early", "the end of", "mid-", "fiscal year", "and a half"],
]
_GAPS = [" ", " ", " ", ", ", ". ", "\n", "  ", "-", "/", "\t", "\x0b", "\x0c", ""]


def _texts(words: list[str], gaps: list[str]) -> st.SearchStrategy[str]:
    """Texts of up to 14 of the words, each followed by one of the gaps."""
    pieces = st.tuples(st.sampled_from(words), st.sampled_from(gaps))
    return st.lists(pieces, max_size=14).map(lambda p: "".join(word + gap for word, gap in p))


@settings(max_examples=300, deadline=None)
@given(_texts(_TIME_WORDS, _GAPS))
def test_ascii_rules_match_as_the_rules_do_on_ascii_text(text: str) -> None:
    assert timex_patterns.plain_ascii(text)
    for (name, rule), (_, twin) in zip(
        timex_patterns.RULES, timex_patterns.ascii_rules(), strict=True
    ):
        assert [m.regs for m in twin.finditer(text)] == [m.regs for m in rule.finditer(text)], name


def test_text_with_a_separator_that_unicode_calls_a_space_keeps_the_unicode_rules() -> None:
    """Unicode's \\s matches \\x1c-\\x1f, ASCII's does not: "3\\x1cyears ago" is a time."""
    text = "3\x1cyears ago"
    unicode_match = dict(timex_patterns.RULES)["ago"].search(text)
    ascii_match = dict(timex_patterns.ascii_rules())["ago"].search(text)
    assert unicode_match is not None and unicode_match.span() == (0, 11)
    assert ascii_match is not None and ascii_match.span() == (2, 11)  # "years ago" alone
    assert not timex_patterns.plain_ascii(text)
    assert not timex_patterns.plain_ascii("caf\u00e9 last year")


# The patterns as they were before the round.
_NAME = r"""
    (?<![A-Z])
    (?:[A-Z][\w.&'-]{0,39}|U\.S\.|U\.N\.)
    (?:\s+(?:(?:for|of|the|and|on|de|al)\s+){0,3}
       (?:[A-Z][\w.&'-]{0,39})){0,23}
"""
_DESCRIBED = r"""
    (?:(?:a|an|the|local|opposition|government|state|medical|hospital|rescue|security|
         military|police|u\.s\.|us|western|un|rights|monitoring|war|human\s+rights)\s+){0,3}
    (?:monitor|monitoring\s+group|group|officials?|sources?|police|authorities|activists?|
       spokes(?:man|woman|person)|witnesses|doctors|medics|observers?|ministry|agency|
       coroner|sheriff|prosecutors?|investigators|organi[sz]ation|network|observatory)
"""
_SOURCE_WORDS = [
    *"according to the a an local state police U.S. US UN U.N. us un u.s. war".split(),
    *"monitor monitoring group groups official officials sources spokeswoman human".split(),
    *"rights Rights Syrian Observatory for of Human John Smith AFP UNICEF (SOHR) NATO".split(),
    *"said says told reported added has have had confirmed according, said, chief".split(),
    *["monitoring group", "the monitoring", "war monitor", "human rights", "U.S.A."],
]
_SOURCE_GAPS = [" ", " ", " ", ", ", ". ", "\n", "  ", "-", ""]


@settings(max_examples=400, deadline=None)
@given(_texts(_SOURCE_WORDS, _SOURCE_GAPS))
def test_source_patterns_match_as_before(text: str) -> None:
    for pattern in (
        attribution._ACCORDING,
        attribution._SUBJECT_SAID,
        attribution._SAID_SUBJECT,
    ):
        before = pattern.pattern.replace(attribution._NAME, _NAME)
        before = before.replace(attribution._DESCRIBED, _DESCRIBED)
        assert before != pattern.pattern
        old = re.compile(before, pattern.flags)
        assert [m.regs for m in pattern.finditer(text)] == [m.regs for m in old.finditer(text)]


def test_according_to_ends_at_monitor_as_before() -> None:
    """Three describers, then "monitoring group": the noun is "monitor", as the list's
    order had it (a trie alone would take "monitoring group")."""
    text = "according to local state police monitoring group"
    match = attribution._ACCORDING.search(text)
    assert match is not None and match["who"] == "local state police monitor"
