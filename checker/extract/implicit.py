"""One victim told without a number: "a man was shot dead", "an 18-year-old woman was
killed". Such a sentence states one death as surely as "one man was killed", and a reader
comparing it with another outlet's "two men were killed" sees the disagreement; without a
figure for it the tool could not (issue 14: "a single victim told without a number").

Only deaths are read: "a woman was wounded" is most often one of several wounded. Words that
presuppose others ("a second man", "another woman") make no figure. The words are data
(measures.json: single_victims, single_death_verbs, single_presupposes_others).
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from checker.extract.numbers import NumberMention
from checker.extract.text import lowercase_ascii
from checker.vocab import alternation, load_data

_ONE = Decimal(1)


@cache
def _pattern() -> re.Pattern[str]:
    data = load_data("measures")
    nouns = alternation(data["single_victims"])
    verbs = alternation(data["single_death_verbs"])
    others = alternation(data["single_presupposes_others"])
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
def _anchor() -> re.Pattern[str]:
    """A word every death verb holds, matched case-sensitively in lowercased text: a cheap
    scan that finds the few places where the full pattern may end (the full pattern tried
    at every "a" of a text cost half as much as finding its numbers)."""
    data = load_data("measures")
    words = {w for verb in data["single_death_verbs"] for w in verb.split()[-1:]} | {"died"}
    return re.compile(alternation(sorted(words)))


_REACH = 100  # characters before the verb where the article may start: three modifiers and a noun


def single_victims(folded: str) -> list[NumberMention]:
    """A mention of one for each victim told without a number, from the article to the
    counted noun ("A 23-year-old" before "man was killed"), in text order."""
    lowered = lowercase_ascii(folded)
    pattern = _pattern()
    if lowered is None:  # offsets of a lowercased text may shift: try the pattern throughout
        matches = list(pattern.finditer(folded))
    else:
        matches = []
        for anchor in _anchor().finditer(lowered):
            begin = max(matches[-1].end() if matches else 0, anchor.start() - _REACH)
            match = pattern.search(folded, begin, anchor.end() + 1)
            if match is not None and (not matches or match.start() >= matches[-1].end()):
                matches.append(match)
    found = []
    for match in matches:
        if any(word.lower() in _presupposing() for word in match["modifiers"].split()):
            continue
        start = match.start("article")
        end = match.start("noun") - 1  # the space before the noun: read as the counted noun
        found.append(NumberMention(start, end, folded[start:end], "words", _ONE, _ONE))
    return found


@cache
def _presupposing() -> frozenset[str]:
    return frozenset(load_data("measures")["single_presupposes_others"])


def with_single_victims(folded: str, mentions: list[NumberMention]) -> list[NumberMention]:
    """`mentions` with the single victims added; a number inside one (the age of "a
    23-year-old man") gives way to it."""
    singles = single_victims(folded)
    if not singles:
        return mentions
    spans = [(m.start, m.end) for m in singles]
    kept = [m for m in mentions if not any(s <= m.start < e for s, e in spans)]
    return sorted(kept + singles, key=lambda m: m.start)
