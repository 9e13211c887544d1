"""Qualifiers written around a figure: "more than", "nearly", "at least", "or more", "rose"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from checker.extract.intervals import qualifier_lexicon
from checker.extract.lexicons import CaselessPattern, caseless_twins
from checker.extract.text import last_words, word_and_after
from checker.extract.unit_catalogue import currency_forms
from checker.extract.units import cased_prefixes, unit_lexicon
from checker.vocab import alternation


# not frozen, as the other records extraction builds per figure (see numbers.NumberMention)
@dataclass
class Qualifier:
    rule: str  # exact / above / at_least / nearly / about / up_to / below / at_most / up / down
    phrase: str  # as written, "" when none
    start: int  # span of the phrase in the text (equal to the figure's start when none)
    end: int
    direction: str = ""  # up / down when the figure is a change ("rose nearly 50%"), else ""


def _phrases_pattern(phrases: list[str], anchored_end: bool, by: str = "") -> CaselessPattern:
    currency = _currency()

    def source(alternation: str) -> str:
        if anchored_end:
            # the phrase right before the figure, maybe with `by` ("dropped by 2%") or a
            # currency sign or code in between ("up Y=50 billion", "rose US$3")
            # a phrase ends at a word's end: "up to R5", never "up tol" (the letter "L"
            # is a currency, the Moldovan leu's sign)
            return rf"(?<!\w)(?P<q>{alternation})(?![a-z]){by}\s*{currency}\s*$"
        # the phrase right after the figure; used with .match(text, pos)
        return rf"\s*(?P<q>{alternation})\b"

    return caseless_twins(source, phrases)  # groups come lowercased: phrases are cut from the text


def _currency() -> str:
    # a sign or a code: "more than $5", "up to PS2.7m", "about USD 3m" (lower case, so that
    # the pattern matches the same with and without re.I)
    return rf"(?:{alternation(sorted(_currency_codes()))})?"


def _currency_codes() -> set[str]:
    lex = unit_lexicon()
    return {code.lower() for code in [*lex["prefix"], *cased_prefixes(), *currency_forms()]}


# "grew sales by 35%", "revised its forecast upward by $40bn": a verb, its object, then "by"
_OBJECT_THEN_BY = r"(?:\s+[a-z]+){0,3}\s+by"


@cache
def _patterns() -> tuple[CaselessPattern, ...]:
    lex = qualifier_lexicon()
    stems = {p.removesuffix(" by") for p in lex["change_before"] if " of" not in p}
    verbs = sorted(v for v in stems if v.isalpha() and v not in ("up", "down"))
    return (
        _phrases_pattern(list(lex["before"]), anchored_end=True),
        _phrases_pattern(list(lex["after"]), anchored_end=False),
        _phrases_pattern(list(lex["change_before"]), anchored_end=True, by=r"(?:\s+by)?"),
        _phrases_pattern(list(lex["change_after"]), anchored_end=False),
        _phrases_pattern(verbs, anchored_end=True, by=_OBJECT_THEN_BY),
    )


def find_qualifier(folded: str, start: int, end: int) -> Qualifier:
    """The qualifier of the figure at folded[start:end]; rule "exact" when there is none.

    A bound ("nearly", "or more") wins over a direction ("rose"), which is then kept as the
    qualifier's direction: "rose nearly 50%" is nearly 50, and a rise.
    """
    before, after, _, change_after, _ = _patterns()
    window_start = max(0, start - 30)
    left = folded[window_start:start]
    lex = qualifier_lexicon()
    match = before.search(left) if _may_end(left, _last_words()[1]) else None
    if match:
        rule = lex["before"][_key(match.group("q"))]
        q_start, q_end = window_start + match.start("q"), window_start + match.end("q")
        return Qualifier(rule, folded[q_start:q_end], q_start, q_end, _direction(folded, q_start))
    match = after.match(folded, end, min(len(folded), end + 30))
    if match:
        rule = lex["after"][_key(match.group("q"))]
        q_start, q_end, direction = match.start("q"), match.end("q"), _direction(folded, start)
        return Qualifier(rule, folded[q_start:q_end], q_start, q_end, direction)
    match = change_after.match(folded, end, min(len(folded), end + 12))
    if match:  # "closed 2% lower"
        rule = lex["change_after"][_key(match.group("q"))]
        return Qualifier(rule, folded[match.start("q") : match.end("q")], *match.span("q"), rule)
    found = _change_before(folded, start)
    if found is not None:
        rule, q_start, q_end = found
        return Qualifier(rule, folded[q_start:q_end], q_start, q_end, rule)
    return Qualifier("exact", "", start, start)


# ", Burlington by 2.6%": the next item of a list of changes whose verb is written once
_GAPPED_BY = re.compile(r",\s+(?:[A-Z][\w&.'-]*\s+){1,3}by\s+$")
_RESTATED = re.compile(r",\s+or\s+")


def gapped_change(
    folded: str, start: int, previous: Qualifier, previous_end: int
) -> Qualifier | None:
    """The change a figure shares with the one before it when its verb is left out: "Ross
    was down 2.3%, Burlington by 2.6%", or when it restates that change in other terms right
    after it: "fell 120 points, or 0.4%" (the phrase is the one written before)."""
    if previous.rule not in ("up", "down") or previous.direction != previous.rule:
        return None
    restated = _RESTATED.fullmatch(folded, previous_end, start) is not None
    if not restated and _GAPPED_BY.search(folded, max(0, start - 40), start) is None:
        return None
    return Qualifier(previous.rule, previous.phrase, start, start, previous.direction)


def _change_before(folded: str, pos: int) -> tuple[str, int, int] | None:
    """The direction phrase right before folded[pos] ("rose", "fell by") and its span."""
    window_start = max(0, pos - 40)
    left = folded[window_start:pos]
    _, _, change, by = _last_words()
    if not _may_end(left, change):
        return None  # nor can "raised prices by" end it: its last words are among these
    match = _patterns()[2].search(left, max(0, len(left) - 30))
    if match is None and _may_end(left, by):
        match = _patterns()[4].search(left)
    if match is None or _phrasal_verb(left, match):
        return None
    table = qualifier_lexicon()["change_before"]
    key = _key(match.group("q"))
    rule = table[key] if key in table else table[f"{key} by"]  # "raised prices by 5%"
    return rule, window_start + match.start("q"), window_start + match.end("q")


@cache
def _last_words() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """The last words the matches of the patterns that end before a figure end with, for a
    cheap test before them (see _may_end): those of the bounds ("more than", or a currency
    code after one: "about USD"), of the changes ("rose", "fell by") and of "raised prices
    by" (only "by" or a code). The first set holds the characters that may follow the
    last word of a match instead: a sign without a word ("~", "+") or the end of a code
    ("A$", "US$", "din.")."""
    lex = qualifier_lexicon()
    phrases = [*lex["before"], *lex["change_before"]]
    signs = {p for p in phrases if p.isascii() and not re.search("[A-Za-z]", p)}
    codes = [code for code in _currency_codes() if code.isascii()]  # other text: no test
    marks = {code[-1] for code in codes if not code[-1].isalpha()}
    currency = _words([code for code in codes if code[-1].isalpha()])
    return (
        frozenset("".join(signs) + "".join(marks)),
        currency | _words(list(lex["before"])),
        currency | _words(list(lex["change_before"])) | {"by"},
        currency | {"by"},
    )


def _words(phrases: list[str]) -> frozenset[str]:
    return last_words([p for p in phrases if re.search("[A-Za-z]", p)])


def _may_end(left: str, words: frozenset[str]) -> bool:
    """False only when no match of a pattern whose matches end with one of `words` can end
    `left`: its last word is none of them, and neither a sign without a word nor the end of
    a currency code ("A$ ", "din. ") follows it."""
    ending = word_and_after(left)
    if ending is None or ending[0].lower() in words:
        return True
    marks = _last_words()[0]
    if marks.isdisjoint(ending[1]):
        return False
    # a full stop ends a match only as the end of a code whose letters come right before it
    # ("din. ", "Rs. ", "B/. "), not after a sentence's last word ("... bank. Two died")
    return not marks.isdisjoint(ending[1].replace(".", "")) or ending[0].lower() in _dot_codes()


@cache
def _dot_codes() -> frozenset[str]:
    """The letters of the currency codes that end with a full stop ("din.", "rs.", "b/.")."""
    return last_words([code for code in _currency_codes() if code.isascii() and code[-1] == "."])


def _direction(folded: str, pos: int) -> str:
    found = _change_before(folded, pos)
    return found[0] if found else ""


def change_before(folded: str, pos: int) -> str:
    """The direction ("up" / "down") of a change phrase written right before folded[pos]
    ("rose", "fell by", "was down"), or "" when there is none."""
    return _direction(folded, pos)


def _phrasal_verb(left: str, match: re.Match[str]) -> bool:
    """Whether the "up" or "down" found is part of a phrasal verb: "gave up 517 yards"."""
    if _key(match.group("q")) not in ("up", "down"):
        return False
    before = left[: match.start("q")].split()
    return bool(before) and before[-1].lower() in _not_direction_before()


@cache
def _not_direction_before() -> frozenset[str]:
    return frozenset(qualifier_lexicon()["not_direction_before"])


def _key(text: str) -> str:
    return " ".join(text.lower().split())


def timex_mod(rule: str) -> str:
    """The TIMEX3 mod of a bound ("below" -> LESS_THAN); "" for none or a direction."""
    return str(qualifier_lexicon()["rules"].get(rule, {}).get("timex_mod", ""))
