"""One victim told without a number: "a man was shot dead", "an 18-year-old woman was
killed". Such a sentence states one death as surely as "one man was killed", and a reader
comparing it with another outlet's "two men were killed" sees the disagreement; without a
figure for it the tool could not (issue 14: "a single victim told without a number").

A headline's bare noun is read the same way ("Man shot dead outside bar", "Police: Teen
killed"): in GVA a first line of that shape, with no number in it, gives the archive's count
in 101 of 108 tune documents (blind, counted only: 32 of 35).

Only deaths are read: "a woman was wounded" is most often one of several wounded. Words that
presuppose others ("a second man", "another woman") make no figure. The words are data
(measures.json: single_victims, single_death_verbs, single_presupposes_others).
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from checker.extract.ages_written import age_unit_after
from checker.extract.lexicons import may_hold_any, measure_lexicon
from checker.extract.numbers import NumberMention, small_number_words
from checker.extract.text import lowercase_ascii
from checker.vocab import alternation, load_data

_ONE = Decimal(1)


@cache
def _alternations() -> tuple[str, str, str]:
    """The victims' nouns, the death verbs and the words presupposing others, as regex
    alternations (measures.json), shared by the sentence and the headline patterns."""
    data = load_data("measures")
    return (
        alternation(data["single_victims"]),
        alternation(data["single_death_verbs"]),
        alternation(data["single_presupposes_others"]),
    )


@cache
def _pattern() -> re.Pattern[str]:
    nouns, verbs, others = _alternations()
    return re.compile(
        rf"""
        (?<![\w'-])(?P<article>an?)\s+                      # "a", "an"
        (?!(?:{others})\b)                                  # not "a second man"
        (?P<modifiers>(?:[\w'-]+,?\s+){{0,3}}?)              # "23-year-old", "unidentified"
        (?P<noun>{nouns})\s+
        (?:(?:was|has\s+been|had\s+been|is)\s+(?:{verbs})|died)\b
        """,
        re.I | re.VERBOSE,
    )


@cache
def _lowercase_pattern() -> re.Pattern[str] | None:
    """_pattern() without re.I, for the text lowercased (ASCII text): the same spans, as its
    words and letters are all lower case, found without folding the case of each character
    the engine compares (the tries of throughput.py's sample: 15 -> 7 us a page). Its
    modifiers come lowercased, as they are compared. None when a word has a capital."""
    if any(words != words.lower() for words in _alternations()):
        return None
    return re.compile(_pattern().pattern, re.VERBOSE)


def _anchors(lowered: str) -> list[tuple[int, int]]:
    """The spans of the words every death verb holds (_anchor_words) in lowercased text, in
    order and not overlapping, as a scan for their alternation finds them: the few places
    where the full pattern may end (the full pattern tried at every "a" of a text cost half
    as much as finding its numbers). Found by a substring search per word: the regex scan
    of their alternation stops at every letter a word opens with ("d", "s", "w" ...), 7.9
    against 6.6 us a page of the shorter half of throughput.py's sample. No word opens
    another, so at most one starts at a position (tests/test_speed_gates.py)."""
    found = []
    for word in _anchor_words():
        at = lowered.find(word)
        while at >= 0:
            found.append((at, at + len(word)))
            at = lowered.find(word, at + 1)
    found.sort()
    spans: list[tuple[int, int]] = []
    for start, end in found:
        if not spans or start >= spans[-1][1]:
            spans.append((start, end))
    return spans


@cache
def _anchor_words() -> frozenset[str]:
    """The last word of each death verb, and "died"."""
    data = load_data("measures")
    return frozenset(
        {w for verb in data["single_death_verbs"] for w in verb.split()[-1:]} | {"died"}
    )


# Where _pattern() can start, in lowercased ASCII text: its article and the space after it
# (a change to the start of _pattern() must be made here too; tests/test_speed_shortcuts.py
# compares the two). The letter comes first and the look-behind after it, so that the regex
# engine skips ahead to each "a" (a leading look-behind is tried at every position: 12x
# slower).
_ARTICLE = re.compile(r"a(?<![\w'-]a)n?\s")
# the same in text not lowercased: re.I matches no other character to "a" or "n"
_ANY_CASE_ARTICLE = re.compile(r"[aA](?<![\w'-][aA])[nN]?\s")
_REACH = 100  # characters before the verb where the article may start: three modifiers and a noun


def single_victims(folded: str) -> list[NumberMention]:
    """A mention of one for each victim told without a number, from the article to the
    counted noun ("A 23-year-old" before "man was killed"), in text order."""
    lowered = lowercase_ascii(folded)
    pattern = _pattern()
    if lowered is None:  # offsets of a lowercased text may shift: try the pattern throughout
        matches = _all_matches(pattern, folded)
    else:
        twin = _lowercase_pattern()  # reads the lowered text as the pattern reads the text
        pattern, text = (pattern, folded) if twin is None else (twin, lowered)
        matches = []
        for anchor_start, anchor_end in _anchors(lowered):
            begin = max(matches[-1].end() if matches else 0, anchor_start - _REACH)
            match = _first_match(pattern, text, lowered, begin, anchor_end + 1)
            if match is not None and (not matches or match.start() >= matches[-1].end()):
                matches.append(match)
    found = []
    for match in matches:
        if any(_presupposes_others(word) for word in match["modifiers"].split()):
            continue
        start = match.start("article")
        end = match.start("noun") - 1  # the space before the noun: read as the counted noun
        found.append(NumberMention(start, end, folded[start:end], "words", _ONE, _ONE))
    return found


def _all_matches(pattern: re.Pattern[str], folded: str) -> list[re.Match[str]]:
    """list(pattern.finditer(folded)), tried only at the articles where a match can start
    (a tenth of the time on a page of news)."""
    matches: list[re.Match[str]] = []
    for article in _ANY_CASE_ARTICLE.finditer(folded):
        if not matches or article.start() >= matches[-1].end():
            match = pattern.match(folded, article.start())
            if match is not None:
                matches.append(match)
    return matches


def _first_match(
    pattern: re.Pattern[str], text: str, lowered: str, begin: int, end: int
) -> re.Match[str] | None:
    """pattern.search(text, begin, end), tried only where a match can start: at an article
    (found in the lowercased text), not at every position."""
    for article in _ARTICLE.finditer(lowered, begin, end):
        match = pattern.match(text, article.start(), end)
        if match is not None:
            return match
    return None


@cache
def _presupposing() -> frozenset[str]:
    return frozenset(load_data("measures")["single_presupposes_others"])


_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)", re.I)


def _presupposes_others(word: str) -> bool:
    """A modifier that says the victim is one of several: the words of the lexicon ("a
    second man", "another woman") and an ordinal in digits ("a 12th child died": the toll
    reached twelve, it is no single death)."""
    return word.lower() in _presupposing() or _ORDINAL.fullmatch(word) is not None


@cache
def _headline_pattern() -> re.Pattern[str]:
    nouns, verbs, _ = _alternations()
    return re.compile(
        rf"""
        (?P<lead>(?:[\w.'-]+[:,]?[ \t]+){{0,4}}?)         # "Police:", "Springfield"
        (?P<noun>{nouns})[ \t]+
        (?:(?:is|was)[ \t]+)?(?:{verbs}|dies|died)\b
        """,
        re.I | re.VERBOSE,
    )


_HEADLINE_CHARS = 150  # a first line longer than this is a paragraph, not a headline
_ARTICLE_OR_NUMBER = re.compile(
    r"\b(?:an?|the|one|two|three|four|five|six|seven|eight|nine|ten|\d[\d,.]*)\b", re.I
)


def _headline_single(folded: str) -> NumberMention | None:
    """ "Man shot dead outside bar": a headline's bare noun is one victim. The mention is
    empty, at the noun, which is read as the counted noun."""
    end = folded.find("\n")
    line = folded if end < 0 else folded[:end]
    if len(line) > _HEADLINE_CHARS:
        return None
    if not may_hold_any(line, _headline_verb_words()):
        return None  # every match holds a death verb (most first lines none): a cheap test
    match = _headline_pattern().match(line)
    if match is None:
        return None
    lead = match["lead"].lower().split()
    if any(_presupposes_others(word.strip(":,")) for word in lead):
        return None  # "Second man dies"
    if _ARTICLE_OR_NUMBER.search(match["lead"]):
        return None  # "A man ..." is read by the other pattern; "Two men, woman killed" counts
    if not match.group(0).lower().endswith(("dies", "died")) and _object_after(line, match.end()):
        # "Man fatally shot brother": who died is the object, one person when it is a noun
        # of one ("Miami man killed 2 daughters": the number is read as any other)
        start = _one_object(line, match.end())
        return None if start < 0 else NumberMention(start, start, "", "words", _ONE, _ONE)
    start = match.start("noun")
    return NumberMention(start, start, "", "words", _ONE, _ONE)


@cache
def _headline_verb_words() -> tuple[str, ...]:
    """Words one of which every match of the headline pattern holds: the last word of each
    death verb, "died", "dies"."""
    return tuple(sorted(_anchor_words() | {"dies"}))


# the start of an object after the verb: "killed his wife", "killed 2 daughters", "shot
# ex-wife, man" (not "killed himself": the one who died)
@cache
def _object_words() -> re.Pattern[str]:
    return re.compile(
        rf"[ \t]+(?:his|her|their|its|a|an|the|{alternation(small_number_words(10))}"
        r"|\d[\d,]*|ex-[\w-]+)\b",
        re.I,
    )


def _object_after(line: str, end: int) -> bool:
    """Whether the headline's verb takes an object: a determiner, a number or a noun of
    people right after it makes the bare noun before the verb its subject."""
    if _object_words().match(line, end):
        return True
    word = _WORD_AFTER.match(line, end)
    return word is not None and word.group(1).lower() in _object_nouns()


_WORD_AFTER = re.compile(r"[ \t]+([a-z-]+)", re.I)
# one person as the object, not the first of a list ("killed ex-wife, man")
_ONE_OBJECT = re.compile(
    r"[ \t]+(?:(?:his|her|their)[ \t]+)?(?:ex-)?(?P<noun>[a-z-]+)\b(?![ \t]*(?:,|&|and\b))", re.I
)


def _one_object(line: str, end: int) -> int:
    """Where the object starts when it is one person ("brother", "his wife", "teen"); -1
    when it is not (a number, a plural, a family)."""
    match = _ONE_OBJECT.match(line, end)
    if match is None:
        return -1
    noun = match["noun"].lower()
    if noun not in _object_nouns() or noun.endswith("s") or noun == "family":
        return -1
    return match.start("noun")


@cache
def _object_nouns() -> frozenset[str]:
    """Nouns of people that name whom a verb acts on; not the words of what happened ("shot
    dead", "killed wounded")."""
    people = load_data("people")
    nouns = {*measure_lexicon().people, *people["parents"], *people["kin"], *people["relations"]}
    return frozenset(nouns - {"dead", "deaths", "casualties", "fatalities", "injured", "wounded"})


def with_single_victims(folded: str, mentions: list[NumberMention]) -> list[NumberMention]:
    """`mentions` with the single victims added; a number inside one gives way to it, but an
    age stays a figure of its own ("a 23-year-old man was killed": one dead, aged 23)."""
    singles = single_victims(folded)
    headline = _headline_single(folded)
    if headline is not None and not any(m.start <= headline.start < m.end for m in mentions):
        singles = sorted([*singles, headline], key=lambda m: m.start)
    if not singles:
        return mentions
    spans = [(m.start, m.end) for m in singles]
    kept = [
        m for m in mentions if _age_in(folded, m) or not any(s <= m.start < e for s, e in spans)
    ]
    return sorted(kept + singles, key=lambda m: m.start)


def _age_in(folded: str, mention: NumberMention) -> bool:
    """Whether the number is an age written before its noun ("23-year-old")."""
    return bool(age_unit_after(folded, mention.end))
