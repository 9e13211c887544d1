"""The shortcuts taken for throughput find exactly what the plain code they replace found.

Each test runs a fast path and the straightforward version it stands for (kept here as the
reference) over generated text: speech-verb pre-checks and endpos in attribution, the
lowercase twins of the re.I measure and qualifier patterns, fold_text by replace, the
sentence splitter that scans for punctuation, the log-time overlap test of
extract_claims, the number finder that tries its pattern only where a mention can
start, and the trie alternations of the lowercase twins.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from hypothesis import example, given, settings
from hypothesis import strategies as st

from checker.extract import (
    ages_written,
    attribution,
    currency_before,
    filters,
    furniture,
    names,
    not_tolls,
    numbers,
    periods,
    qualifiers,
    ranges,
    scopes,
    text,
    units,
)
from checker.extract.claims import _overlap_test
from checker.extract.lexicons import (
    CaselessPattern,
    may_hold_any,
    measure_lexicon,
    trie_alternation,
)
from checker.vocab import alternation

# Words the patterns care about, with odd casing and the non-ASCII letters re.I folds to
# ASCII ones (long s, Kelvin sign, dotless and dotted i).
_WORDS = [
    *"said says say told reported report put the toll according to added reportedly".split(),
    *"allegedly is are a an police officials Police Chief John Smith U.S. of for (SNHR)".split(),
    *"killed Killed KILLED shot and dead air strikes Russian us-led US shelling war".split(),
    *"since began in March Mr. J. 5 250,000 people were have been".split(),
    "\u017fhelling",
    "\u212ailled",
    "\u0131n",
    "\u0130n",
    "caf\u00e9",
    "\u201cquoted\u201d",
    "\u2014",
    # whole phrases, so that the matches the patterns exist for are drawn often
    ", said Police Chief John Smith.",
    ", told reporters a war monitor;",
    "the Syrian Network for Human Rights (SNHR), the monitor, has said",
    "according to the monitoring group Syrian Observatory for Human Rights (SOHR)",
    "Russian military air strikes",
    "U.S.-led coalition bombing",
    "were shot and killed",
    "since the war began in",
    "is said to",
    # qualifier phrases, some in odd casing, and what may follow them
    *"more than|Nearly|ABOUT|over|up|down|Rose by|fell  by|or more|at least|~".split("|"),
    *"lower|\u2248|gave up|sub-|approx.|$|\u00a3|higher|increase of|no fewer than".split("|"),
    "\u017fome",
    *"din.|Rs.|B/.|KR.|Afl.|nu.|bank.".split("|"),  # codes ending in a full stop, and a word
    # identifiers and names before numbers
    *"Flight|ROUTE|No.|no|po  box|Room #|S&P|Big|iPhone|the Big 12|Apollo 11|k|\u212a".split("|"),
]
_GAPS = [" ", " ", " ", ", ", ". ", "\n", "  ", '" ', "? ", ".) ", "\t", "\u00a0"]


@st.composite
def _texts(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(_WORDS), max_size=24))
    gaps = draw(st.lists(st.sampled_from(_GAPS), min_size=len(words), max_size=len(words)))
    return "".join(w + g for w, g in zip(words, gaps, strict=True))


def _reference_sources(sentence: str) -> tuple[tuple[int, int, str], ...]:
    found = []
    for pattern in (attribution._ACCORDING, attribution._SUBJECT_SAID, attribution._SAID_SUBJECT):
        for match in pattern.finditer(sentence):
            who = attribution.clean_source(match.group("who"))
            if who and who.lower() not in attribution._NOT_SOURCES:
                found.append((match.start(), match.end(), who))
    return tuple(found)


@settings(max_examples=400, deadline=None)
@given(_texts())
def test_sources_in_finds_what_a_scan_of_the_whole_sentence_finds(sentence: str) -> None:
    assert attribution.sources_in(sentence) == _reference_sources(sentence)
    reported = bool(attribution._REPORTEDLY.search(sentence))
    assert attribution._unsourced(sentence) == ("reportedly (no source named)" if reported else "")


def _spans(pattern: CaselessPattern | re.Pattern[str], found: str, pos: int, end: int) -> list:
    return [(m.span(), m.group(0).lower()) for m in pattern.finditer(found, pos, end)]


@settings(max_examples=300, deadline=None)
@given(_texts(), st.integers(0, 40), st.integers(0, 400))
def test_lowercase_twins_find_what_re_i_finds(found: str, pos: int, end: int) -> None:
    lex = measure_lexicon()
    for pattern in (
        lex.event_pattern,
        lex.agent_word_pattern,
        lex.agent_pattern,
        lex.whole_event_pattern,
    ):
        assert _spans(pattern, found, pos, end) == _spans(pattern.caseless, found, pos, end)
        for method in ("search", "match"):
            fast = getattr(pattern, method)(found, pos, end)
            slow = getattr(pattern.caseless, method)(found, pos, end)
            assert (fast and fast.regs) == (slow and slow.regs)


@settings(max_examples=200, deadline=None)
@given(_texts(), st.integers(0, 40))
def test_end_anchored_twins_find_what_re_i_finds_at_every_end(found: str, pos: int) -> None:
    # qualifier phrases and identifier words before a figure are anchored at the end of
    # the text: try every end
    for pattern in (*qualifiers._patterns(), filters._identifier()):
        for end in range(pos, len(found) + 1):
            for method in ("search", "match"):
                fast = getattr(pattern, method)(found, pos, end)
                slow = getattr(pattern.caseless, method)(found, pos, end)
                assert (fast and fast.regs) == (slow and slow.regs)


@settings(max_examples=300, deadline=None)
@given(_texts())
def test_fold_text_equals_one_translate(raw: str) -> None:
    assert text.fold_text(raw) == raw.translate(str.maketrans(text._FOLD))


_OLD_SENTENCE_END = re.compile(r"""(?<=[.!?])["')\]]*(?=\s+["'(\[]*[A-Z0-9])""")


def _reference_sentence_spans(folded: str) -> tuple[tuple[int, int], ...]:
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in re.split(r"\n\s*", folded):
        start = folded.find(line, pos) if line else pos
        if line.strip():
            cut, end = start, start + len(line)
            for match in _OLD_SENTENCE_END.finditer(folded, start, end):
                word = re.search(
                    r"([A-Za-z]+)\.$", folded[max(cut, match.start() - 12) : match.start()]
                )
                token = word.group(1) if word else ""
                letter = max(cut, match.start() - 12) + (word.start(1) if word else 0)
                initial = len(token) == 1 and not folded[letter - 1 : letter].isdigit()
                if word and (initial or token.lower() in text._ABBREVIATIONS):
                    continue
                spans.append(text._trim(folded, cut, match.end()))
                cut = match.end()
            spans.append(text._trim(folded, cut, end))
        pos = start + len(line)
    return tuple(s for s in spans if s[1] > s[0])


@settings(max_examples=400, deadline=None)
@given(_texts())
def test_sentence_spans_equal_the_lookbehind_splitter(raw: str) -> None:
    folded = text.fold_text(raw)
    assert text.sentence_spans(folded) == _reference_sentence_spans(folded)


_SPAN = st.tuples(st.integers(0, 50), st.integers(0, 10)).map(lambda p: (p[0], p[0] + p[1]))


@given(st.lists(_SPAN, max_size=12), _SPAN)
def test_overlap_test_equals_a_scan(spans: list[tuple[int, int]], probe: tuple[int, int]) -> None:
    start, end = probe
    expected = any(s < end and start < e for s, e in spans)
    assert _overlap_test(spans)(start, end) == expected


# Pieces of number mentions and what may sit around them: digits with signs, points and
# separators, number words in odd casing, currency codes against digits, phrases whose
# inner words could start a mention, and non-ASCII text (which takes the plain scan).
_NUMBER_PIECES = [
    *"0 1 5 12 250,000 3.5 .001 1,2 1999 5G 10:30".split(),
    *"One ONE tWo three Fifteen twenty-five ninety hundred Thousand million bn m k".split(),
    *"a A an An half Half third quarters tenth dozen dozens scores Tens of hundreds".split(),
    *"minus Negative USD usd RM PS US$ $ £ € x people the and someone often".split(),
    "a hundred",
    "An hundred",
    "an eighty",
    "minus 5",
    "MINUS-5",
    "negative 3.5",
    "USD10m",
    "rm23.50",
    "PS2.7m",
    "x-5",
    "a-half",
    "two thirds",
    "tens of thousands",
    "\u017fcores",
    "\u212a",
    "\u0130",
    "\u2212",
    "\u0663",
    "caf\u00e9",
    "\u00e9one",
    "\u2003",
    "\u212a5",
    "USD\u0663",
    " -\u0663",
]
_NUMBER_GAPS = ["", "", " ", " ", "-", ".", ",", "/", "(", "\n", "  "]


@st.composite
def _number_texts(draw: st.DrawFn) -> str:
    pieces = draw(st.lists(st.sampled_from(_NUMBER_PIECES), max_size=16))
    gaps = draw(st.lists(st.sampled_from(_NUMBER_GAPS), min_size=len(pieces), max_size=len(pieces)))
    return "".join(g + p for p, g in zip(pieces, gaps, strict=True))


def _found(matches: Iterable[re.Match[str]]) -> list[tuple[object, ...]]:
    return [(m.span(), m.lastgroup, m.groupdict()) for m in matches]


@settings(max_examples=600, deadline=None)
@given(_number_texts())
def test_mention_matches_equal_a_finditer_of_the_whole_text(found: str) -> None:
    expected = _found(numbers.mention_pattern().finditer(found))
    assert _found(numbers.mention_matches(found)) == expected


@settings(max_examples=300, deadline=None)
@given(_texts())
def test_a_name_before_a_number_is_a_capitalised_last_word(found: str) -> None:
    name_before = filters._patterns()["name_before"]
    for start in range(len(found) + 1):
        if name_before.search(found, max(0, start - 30), start):
            assert filters._capitalised_last_word(found, start)


_UNIT_PIECES = [
    *"5 45 3.5 km KM g G 5G Nm nm NM PS ps WAR war p P p.m. kn % per cent Per  Cent".split(),
    *"miles Miles-per-hour mph sq ft square metres barrels-a-day dollars years-old".split(),
    *"\u00b0C \u00b0c \u00b5m \u03bcm \u20ac \u2033 \u212am \u017fq".split(),
    "men",
    ".",
    "#",
]


@st.composite
def _unit_texts(draw: st.DrawFn) -> str:
    pieces = draw(st.lists(st.sampled_from(_UNIT_PIECES), max_size=12))
    gaps = draw(
        st.lists(
            st.sampled_from(["", " ", "-", " - ", "  ", "\n", "."]),
            min_size=len(pieces),
            max_size=len(pieces),
        )
    )
    return "".join(g + p for p, g in zip(pieces, gaps, strict=True))


@settings(max_examples=400, deadline=None)
@given(_unit_texts())
def test_suffix_match_equals_the_suffix_pattern_at_every_position(found: str) -> None:
    suffix = units._patterns()[1]
    for end in range(len(found) + 1):
        fast = units._suffix_match(found, end)
        slow = suffix.match(found, end, min(len(found), end + 40))
        assert (fast and fast.regs) == (slow and slow.regs)


_TRIE_WORD = st.text(alphabet="ab ", min_size=1, max_size=5).map(lambda w: " ".join(w.split()))


@settings(max_examples=400, deadline=None)
@given(
    st.lists(_TRIE_WORD.filter(bool), min_size=1, max_size=8),
    st.text(alphabet="ab \t-", max_size=30),
    st.sampled_from(["", r"\b", r"(?!\w)", r"\s+b", r"a?$", r"\s*-"]),
)
def test_a_trie_alternation_matches_as_the_alternation_longest_first(
    words: list[str], found: str, after: str
) -> None:
    longest_first = "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True)
    )
    flat = re.compile(rf"(?:{longest_first}){after}")
    trie = re.compile(rf"{trie_alternation(words)}{after}")
    assert [m.span() for m in trie.finditer(found)] == [m.span() for m in flat.finditer(found)]


_CASED_WORD = st.text(alphabet="abAB \u017f", min_size=1, max_size=5).map(
    lambda w: " ".join(w.split())
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(_CASED_WORD.filter(bool), min_size=1, max_size=8),
    st.randoms(use_true_random=False),
    st.text(alphabet="abAB \t-\u017f", max_size=30),
    st.sampled_from(["", r"\b", r"\s+b", r"a?$"]),
    st.sampled_from([0, re.I]),
)
def test_alternations_are_one_text_whatever_the_order_of_their_words(
    words: list[str], random: Any, found: str, after: str, flags: int
) -> None:
    """The same pattern in every process (checker.pattern_cache keeps it compiled), and it
    matches as the longest-first alternation in the words' given order did."""
    shuffled = random.sample(words, len(words))
    assert alternation(shuffled) == alternation(words)
    assert trie_alternation(shuffled) == trie_alternation(words)
    given_order = "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True)
    )
    before = re.compile(rf"(?:{given_order}){after}", flags)
    now = re.compile(rf"(?:{alternation(shuffled)}){after}", flags)
    assert [m.span() for m in now.finditer(found)] == [m.span() for m in before.finditer(found)]


_SINCE_PIECES = [
    *"since SINCE began Began begun started launched erupted broke out flared  up".split(),
    *"kicked off in on last this the war its air campaign 2015 March \u017fince".split(),
    *"kicked off in|Broke out last|flared up this|since the war began in".split("|"),
]


@st.composite
def _since_texts(draw: st.DrawFn) -> str:
    pieces = draw(st.lists(st.sampled_from(_SINCE_PIECES), max_size=10))
    gaps = draw(
        st.lists(
            st.sampled_from([" ", " ", ", ", "  ", "\n", "\u00a0"]),
            min_size=len(pieces),
            max_size=len(pieces),
        )
    )
    return "".join(p + g for p, g in zip(pieces, gaps, strict=True))


@settings(max_examples=300, deadline=None)
@given(_since_texts(), st.integers(0, 60), st.integers(0, 400))
def test_the_since_word_test_passes_wherever_since_matches(found: str, pos: int, end: int) -> None:
    # the word test is a shortcut: the answer is the full search's (a since after a
    # superlative, "the deadliest since", starts no total)
    running = any(
        not periods.superlative_before().search(found, max(0, m.start() - 60), m.start())
        for m in periods.SINCE.finditer(found)
    )
    assert periods._since_in(found, 0, len(found)) == running
    if periods.SINCE.search(found, pos, end):
        assert may_hold_any(found[pos:end], periods.SINCE_WORDS)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(["aged", "Ages", "AGE", "of", "from", "between", "5", "\u017f"]), max_size=8
    ),
    st.sampled_from([" ", "  ", "\n", "-"]),
)
def test_the_age_word_test_passes_wherever_age_before_matches(words: list[str], gap: str) -> None:
    found = gap.join(words) + gap
    for start in range(len(found) + 1):
        slow = ages_written._AGE_BEFORE.search(found, max(0, start - 30), start)
        assert ages_written._age_before(found, start) == bool(slow)


@settings(max_examples=300, deadline=None)
@given(_texts())
@example("up tol")  # a qualifier run into a one-letter currency sign (found by hypothesis)
def test_the_last_word_tests_of_qualifiers_pass_wherever_their_patterns_match(found: str) -> None:
    before, _, change, _, by = qualifiers._patterns()
    _, bounds, changes, bys = qualifiers._last_words()
    for end in range(len(found) + 1):
        left = found[max(0, end - 40) : end]
        for pattern, words in ((before, bounds), (change, changes), (by, bys)):
            if pattern.caseless.search(left):
                assert qualifiers._may_end(left, words)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*_WORDS, "between", "From", "about", "some", "~", "\u20ac"])))
def test_the_range_opener_test_passes_wherever_the_opener_matches(words: list[str]) -> None:
    found = " ".join(words) + " "
    for end in range(len(found) + 1):
        start = max(0, end - 20)
        if ranges._RANGE_OPENER.search(found, start, end):
            assert text.may_end_with(found[start:end], ranges._OPENER_LAST_WORDS)


def _reference_unit_before(folded: str, start: int) -> tuple[str, str, int, int] | None:
    """currency_before.unit_before without the test of the last two characters."""
    found = currency_before.catalogue()
    for gap in (0, 1):
        stop = start - gap
        if gap and (stop < 1 or folded[stop] != " "):
            break
        if stop < 1 or folded[stop - 1] not in currency_before._last_characters():
            continue
        for size in range(min(currency_before._reach(), stop), 0, -1):
            written = folded[stop - size : stop]
            if stop - size > 0 and folded[stop - size - 1].isalnum():
                continue
            name = found.signs.get(written.lower()) or found.codes.get(written)
            if name and (
                gap == 0 or written.lower() in found.signs or currency_before.is_code(written)
            ):
                return name, written, stop - size, stop
    return None


_MONEY = [
    *"NZ$ US$ R$ Rp Ksh USD MYR ZAR EUR eur $ A$ killed said 5 12".split(),
    "\u20a6",
    "\u00a3",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*_MONEY, " ", "  ", "(", "-"]), max_size=10).map("".join))
def test_unit_before_finds_what_it_found_without_the_ending_test(found: str) -> None:
    for start in range(len(found) + 1):
        assert currency_before.unit_before(found, start) == _reference_unit_before(found, start)


_WIDGET_PIECES = ["Photo: ", "Source: ", "WAVE 3 News", "(Visited 3,817 times)", "\n", " ", "2"]
_WIDGET_PIECES += ["Get short URL 0 154 ", "1 / 3 Back to Gallery", "0 Pending Comments", "likes"]
_WIDGET_PIECES += ["Image courtesy of ", "21 Pro Video", ")", "3 3 Retweets", "Photo", "Back to"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WIDGET_PIECES), max_size=10).map("".join))
def test_every_worded_widget_holds_one_of_the_widget_words(found: str) -> None:
    for needs_words, _, pattern in furniture._widget_patterns():
        if needs_words and pattern.search(found):
            assert furniture._widget_words().search(found)


_LAST_WORD = re.compile(r"([A-Za-z]+)\.$")  # the pattern text._ends_with_abbreviation stood for


def _reference_abbreviation(folded: str, start: int, dot: int) -> bool:
    word = _LAST_WORD.search(folded, max(start, dot - 12), dot)
    if not word:
        return False
    token = word.group(1)
    return len(token) == 1 or token.lower() in text._ABBREVIATIONS


@settings(max_examples=300, deadline=None)
@given(_texts())
def test_the_abbreviation_test_equals_its_pattern(found: str) -> None:
    # as the splitter asks: right after a full stop, question or exclamation mark
    for dot in (i + 1 for i, char in enumerate(found) if char in ".!?"):
        for start in (0, max(0, dot - 5), dot - 1):
            expected = _reference_abbreviation(found, start, dot)
            assert text._ends_with_abbreviation(found, start, dot) == expected


_SCOPE_WORDS = [*_WORDS, "per", "PER", "another", "an additional", "a further", "identities of"]
_SCOPE_WORDS += ["identified", "named", "the", "all", "were", "been", "officially", "Named"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_SCOPE_WORDS), max_size=8))
def test_the_last_word_tests_of_measures_and_scopes_pass_where_their_patterns_match(
    words: list[str],
) -> None:
    before = " ".join(words) + " "
    for pattern, last in (
        (not_tolls._PER_BEFORE, not_tolls._PER),
        (scopes._ADDITIONAL_BEFORE, scopes._ADDITIONAL_WORDS),
        (scopes._IDENTIFIED_BEFORE, scopes._IDENTIFIED_WORDS),
    ):
        if pattern.search(before):
            assert text.may_end_with(before, last)
    if scopes._IDENTIFIED_AFTER.search(before):
        assert may_hold_any(before, ("identified", "named"))


# capitals (ASCII and not), lower case, initials, joins, word characters and spaces that a
# name can stand after, inside or against
NAME_PIECES = ["John", "Smith", "O'Neal", "McBride", "B.", "É", "é", "Ş", "x", "_", "7", " "]
NAME_PIECES += ["\t", "\n", "-", "'", "’", ".", ",", "Jr.", "the ", "Police ", "A", "AB", "ß"]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(NAME_PIECES), max_size=24).map("".join),
    st.integers(0, 30),
    st.integers(0, 30),
)
def test_full_name_scan_is_the_word_boundary_pattern(text: str, pos: int, size: int) -> None:
    reference = re.compile(rf"\b{names.NAME_RUN}")
    end = pos + size
    found = [m.span() for m in names.FULL_NAME.finditer(text, pos, end)]
    assert found == [m.span() for m in reference.finditer(text, pos, end)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(NAME_PIECES), max_size=24).map("".join))
def test_full_names_pass_over_runs_of_one_word_as_person_key_would(text: str) -> None:
    keys = {names.person_key(m.group(0)) for m in names.FULL_NAME.finditer(text)}
    assert names.full_names.__wrapped__(text) == frozenset(k for k in keys if " " in k)
