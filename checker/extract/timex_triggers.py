"""Where in a text each rule of :mod:`timex_patterns` can match, found in one cheap pass.

Every match of a rule contains one of its trigger words (matched at a word start as a
prefix: 'week' finds 'weeks') or, for the rules of numbers, a run of digits of the right
shape. One scan of the lower-cased text finds them all, and each rule's regex then runs only
in the windows around its own triggers: news text is ~2% trigger words, so this costs far
less than running twenty regexes over every character. The windows give exactly the matches
of a whole-text scan as long as a match lies within REACH of its trigger.
"""

from __future__ import annotations

import re
from functools import cache

from checker.extract.lexicons import trie_alternation
from checker.extract.text import may_glue_digits
from checker.extract.timex_patterns import UNIT
from checker.extract.timex_trigger_words import (
    ALL_RULES,
    LOOKAHEAD,
    REACH,
    TRIGGER_WORDS,
)
from checker.extract.timex_trigger_words import UNITS as _UNITS
from checker.extract.timex_vocab import HOLIDAYS, NUMBERS, VAGUE_NUMBERS

# A window and the start of its last trigger: as every match of a rule holds one of its
# triggers, no match starts after one that ends beyond it (see find_candidates in timex)
TriggeredWindow = tuple[int, int, int]

# Letters that IGNORECASE matches to an ASCII letter but lower() does not turn into one.
_ODD = "\u0130\u0131\u017f\u212a"
_FOLD = str.maketrans(dict(zip(_ODD, "iisk", strict=True)))


def _rules_by_word() -> dict[str, frozenset[str]]:
    """Trigger word -> its rules; a word also starts the rules of the words it begins with,
    since the scan takes the longest ('weekend', not 'week')."""
    rules_of: dict[str, set[str]] = {}
    for rule, words in TRIGGER_WORDS.items():
        for word in words:
            rules_of.setdefault(word, set()).add(rule)
    return {
        word: frozenset().union(*(rules for w, rules in rules_of.items() if word.startswith(w)))
        for word in rules_of
    }


# A trigger word is matched as a prefix, but most rules need the word to end there: only
# the units take a letter after them ('weeks', 'centur-ies', 'millenni-um'), and no unit
# rule takes a hyphen ('year-old') except '-long'. So 'mar' of 'market', 'every' of
# 'everyone', 'hour' of 'hourly' and 'year' of 'year-old' open no window for those rules.
UNIT_RULES = frozenset({"ago", "duration", "vague_duration", "relative", "the_period"})
_UNIT_LETTERS = {"centur": "syi", "millenni": "sua"}  # letters after a unit; else 's'
# What may follow a unit word (or 'period') in a match of each unit rule, beyond the
# letters: '' (a space, a stop, a digit ...), "-long" or an apostrophe. 'five-year-long' and
# "the year's" are durations and times, but 'years ago' takes no hyphen or apostrophe,
# 'for years' only the plural, and 'this year' and 'the end of the month' no plural.
_AFTER_UNIT: dict[str, tuple[str, ...]] = {
    "duration": ("", "-long", "'", "’"),
    "ago": ("",),
    "vague_duration": (),
    "relative": ("", "'", "’"),
    "the_period": ("", "'", "’"),
}
_PLURAL_RULES = frozenset({"duration", "ago", "vague_duration"})
_DIRECTION_WORDS = frozenset(TRIGGER_WORDS["ago"]) - frozenset(_UNITS)
_UNIT_WORDS = frozenset({*_UNITS, "period"})
_AFTER_KEYS = ("", "-", "-long", "'", "’", *"abcdefghijklmnopqrstuvwxyz")


@cache
def _holiday_after(word: str) -> frozenset[str]:
    """What may follow a holiday's trigger word: an apostrophe ('mother' of "mother's day"),
    a space ('' stands for it) or, at the end of the name, anything but a letter or hyphen."""
    keys: set[str] = set()
    for name in HOLIDAYS:
        for token in re.finditer("[a-z]+", name):
            if token.group() == word:
                after = name[token.end() : token.end() + 1]
                keys.update(_HOLIDAY_KEYS.get(after, ("",)))
    return frozenset(keys)


_HOLIDAY_KEYS = {"'": ("'", "’"), "": ("", "'", "’")}


def _allows(rule: str, word: str, after: str) -> bool:
    """Whether a match of rule can have word (one of its triggers) followed by after:
    '' any other character, '-' a hyphen not starting '-long', an apostrophe or a letter."""
    if rule == "holiday":
        return after in _holiday_after(word)
    if rule in UNIT_RULES and word in _UNIT_WORDS:
        if after in _AFTER_KEYS[5:]:  # a letter: the plural's or that of 'century'
            if rule in _PLURAL_RULES:
                return after in _UNIT_LETTERS.get(word, "s")
            return word == "centur" and after == "y"
        return after in _AFTER_UNIT[rule]
    if after in ("", "-long", "'", "’"):
        return True
    if after == "-":  # "from now-": only "ago" ends with its trigger word, a direction
        return rule not in UNIT_RULES or word in _DIRECTION_WORDS
    if rule in UNIT_RULES:
        return after in _UNIT_LETTERS.get(word, "s")
    return rule == "century" and after == "y"


@cache
def _rules_after(word: str) -> dict[str, tuple[str, ...]]:
    """The rules a hit of word can start, by what follows the hit (a key of _AFTER_KEYS);
    a shorter trigger word it begins with is followed by the hit's own next letter. Only
    the trigger words that begin `word` are looked at (its prefixes, looked up), not all."""
    starting = [
        (word[:size], rule)
        for size in range(1, len(word) + 1)
        for rule in _RULES_OF_TRIGGER.get(word[:size], ())
    ]
    table: dict[str, tuple[str, ...]] = {}
    for key in _AFTER_KEYS:
        rules = {
            rule
            for prefix, rule in starting
            if _allows(rule, prefix, key if prefix == word else word[len(prefix)])
        }
        table[key] = tuple(sorted(rules))
    return table


def build_trigger_tables() -> None:
    """Work out every trigger word's table now instead of at the word's first hit."""
    for word in RULES_BY_WORD:
        _rules_after(word)


def _rules_of_trigger() -> dict[str, tuple[str, ...]]:
    """Trigger word -> the rules that list it (a word may open several)."""
    rules_of: dict[str, list[str]] = {}
    for rule, words in TRIGGER_WORDS.items():
        for trigger in dict.fromkeys(words):
            rules_of.setdefault(trigger, []).append(rule)
    return {trigger: tuple(rules) for trigger, rules in rules_of.items()}


_RULES_OF_TRIGGER = _rules_of_trigger()
RULES_BY_WORD = _rules_by_word()
TRIGGER = re.compile(
    rf"""
    (?P<digits>\d+)                           # 2016, 3 (p.m.), 16/02/16
    |\b(?P<word>{trie_alternation(sorted(RULES_BY_WORD))})  # september, years, ago, every
    """,
    re.VERBOSE,  # run on lower-cased text: case-blind matching is three times slower
)
# The hits of TRIGGER found by two faster scans. A hit starts a run of digits or (a trigger
# word) a word, so it follows a non-word character, the start of the text or, for digits
# only, a letter. The first scan runs over the text behind one space and opens with the
# non-word character before the hit: a class the regex engine skips ahead to, where
# TRIGGER is tried at every position (0.6x the time). The second finds the digits glued
# to a letter ("covid19"), which the first cannot see.
# Each also as an ASCII pattern, for ASCII text (most pages): there \W, \d and [^\W\d]
# match the same characters as in Unicode, and the engine tests them by a table look-up
# instead of Unicode's character database (the trigger words are lowercase ASCII).
_HIT_AFTER_GAP, _HIT_AFTER_GAP_ASCII = (
    re.compile(rf"\W(?:(?P<digits>\d+)|(?P<word>{trie_alternation(sorted(RULES_BY_WORD))}))", flag)
    for flag in (0, re.ASCII)
)
_DIGITS_AFTER_LETTER, _DIGITS_AFTER_LETTER_ASCII = (
    re.compile(r"\d(?<=[^\W\d]\d)\d*", flag) for flag in (0, re.ASCII)
)


def trigger_hits(folded: str) -> list[tuple[int, int, str]]:
    """(start, end, trigger word or "" for digits) of each TRIGGER hit in `folded`, in order."""
    ascii_text = folded.isascii()  # a flag of the string: no scan
    after_gap = _HIT_AFTER_GAP_ASCII if ascii_text else _HIT_AFTER_GAP
    after_letter = _DIGITS_AFTER_LETTER_ASCII if ascii_text else _DIGITS_AFTER_LETTER
    shifted = after_gap.finditer(" " + folded)  # offsets one more than in `folded`
    hits = [(m.start(), m.end() - 1, m["word"] or "") for m in shifted]
    if ascii_text and not may_glue_digits(folded, underscore=True):
        return hits  # no digits glued to a word character ("covid19"): most pages
    glued = [(m.start(), m.end(), "") for m in after_letter.finditer(folded)]
    return sorted(hits + glued) if glued else hits


_PERIOD_AFTER = re.compile(r"\s+(?:quarter|period)")  # the 1988 quarter


def digit_rules(folded: str, start: int, end: int) -> tuple[str, ...]:
    """The rules a run of digits can take part in, from its length and the next character."""
    size = end - start
    after = folded[end : end + 1]
    if size == 4:
        if after in "s'’-":
            return ("year", "decade", "iso")
        return ("year", "year_period") if _PERIOD_AFTER.match(folded, end) else ("year",)
    if size > 2:
        return ()
    rules: list[str] = []
    if after and after in "/.-" and folded[end + 1 : end + 2].isdigit():
        rules.append("numeric")  # 16/02/16: a digit after the separator
    if after and after in "s'’":
        rules.append("decade")
    if folded[end : end + LOOKAHEAD].lstrip()[:1] in (":", "a", "p"):
        rules.append("time")
    return tuple(rules)


def trigger_windows(text: str) -> dict[str, list[TriggeredWindow]]:
    """Rule -> the stretches of text (in order, not overlapping) where its matches can lie,
    each with the start of the last trigger in it."""
    folded = (text.translate(_FOLD) if any(c in text for c in _ODD) else text).lower()
    size = len(text)
    if len(folded) != size:  # lower() lengthened a letter: give up on windows
        return {rule: [(0, size, size)] for rule in ALL_RULES}
    windows: dict[str, list[TriggeredWindow]] = {}
    for start, end, word in trigger_hits(folded):
        if word:
            after = folded[end : end + 1]
            if after == "-" and folded.startswith("long", end + 1):
                after = "-long"
            table = _rules_after(word)  # worked out on first use (all 110 words: 0.05 s)
            rules = table.get(after, table[""])
        else:
            rules = digit_rules(folded, start, end)
        for rule in rules:
            test = _HIT_TESTS.get(rule)
            if test is not None and not test(folded, start, end):
                continue  # what the rule needs around its trigger is not there
            before, beyond = _SPAN[rule]
            low, high = max(0, start - before), min(size, end + beyond)
            spans = windows.get(rule)
            if spans is None:
                windows[rule] = [(low, high, start)]
            elif low <= spans[-1][1]:
                spans[-1] = (spans[-1][0], max(high, spans[-1][1]), start)
            else:
                spans.append((low, high, start))
    return windows


def _spaces_before(folded: str, pos: int) -> int:
    """Where the run of spaces that ends at `pos` starts (`pos` when there is none)."""
    while pos > 0 and folded[pos - 1].isspace():
        pos -= 1
    return pos


def _day_ends(folded: str, pos: int) -> bool:
    """Whether a day ("8", "24th") can end at `pos`: a digit, or one before an ordinal."""
    if folded[pos - 1 : pos].isdigit():
        return True
    return pos >= 3 and folded[pos - 2 : pos] in _ORDINALS and folded[pos - 3].isdigit()


_ORDINALS = ("st", "nd", "rd", "th")


def _day_before(folded: str, start: int, end: int) -> bool:
    """Whether a day and spaces (and "of") end where the month starts: "8 September",
    "the 24th of November", as every match of "day_month" has them."""
    gap = _spaces_before(folded, start)
    if gap == start:
        return False
    if folded.endswith("of", 0, gap) and gap >= 2:
        before_of = _spaces_before(folded, gap - 2)
        if before_of < gap - 2 and _day_ends(folded, before_of):
            return True
    return _day_ends(folded, gap)


_ANAPHORIC_WORDS = ("that", "same", "next", "following", "previous", "prior", "the")


def _anaphoric_before(folded: str, start: int, end: int) -> bool:
    """Whether one of the words of "that day", "the next morning", "the day before" ends
    (before spaces) where the day's word starts."""
    gap = _spaces_before(folded, start)
    return gap < start and folded.endswith(_ANAPHORIC_WORDS, max(0, gap - 9), gap)


_PERIOD_END_AFTER = re.compile(r"(?:['’]s\s+|-|\s+)end")


def _end_after(folded: str, start: int, end: int) -> bool:
    """Whether "end" follows the unit as in "by year-end", "before the month's end"."""
    return _PERIOD_END_AFTER.match(folded, end) is not None


def _last_run(folded: str, pos: int) -> str:
    """The letters that end at `pos`."""
    start = pos
    while start > 0 and folded[start - 1].isalpha():
        start -= 1
    return folded[start:pos]


# The last word of what a duration's unit may follow: a number ("five", "a", "a couple of",
# "several"), "and a half", or "more", "additional" ...
_COUNT_WORDS = frozenset(
    re.findall("[a-z]+", phrase)[-1]
    for phrase in [*NUMBERS, *VAGUE_NUMBERS, "half", "more", "additional", "further", "extra"]
)


def _count_before(folded: str, start: int, end: int) -> bool:
    """Whether a number (or "more") ends, before spaces or a hyphen, where a unit starts:
    "five years", "two-day", "6 more months", as every match of "duration" has one."""
    gap = start
    while gap > 0 and (folded[gap - 1].isspace() or folded[gap - 1] == "-"):
        gap -= 1
    if gap == start:
        return False
    last = folded[gap - 1]
    return last.isdigit() or last == "\u00bd" or _last_run(folded, gap) in _COUNT_WORDS


def _vague_before(folded: str, start: int, end: int) -> bool:
    """Whether "for", "in" and a space, or "recent" and spaces, end where the unit starts:
    "for years", "in recent months"."""
    gap = _spaces_before(folded, start)
    if gap == start:
        return False
    return _last_run(folded, gap) == "recent" or (
        gap == start - 1 and folded.endswith(("for", "in"), 0, gap)
    )


_AGO_AFTER = re.compile(r"[a-z]{0,3}(?:\s+or\s+so)?\s+(?:ago|earlier|later|from\s+now|hence)")
_DIRECTIONS = frozenset(TRIGGER_WORDS["ago"])
# what ends, before spaces, where the direction word of an "ago" match starts: its unit,
# maybe plural ("two years ago", "a day later"), or the "so" of "or so" ("a week or so
# earlier"); "from" before "now" ("two weeks from now")
_UNIT_WORD = re.compile(rf"{UNIT}s?")
_BEFORE_NOW = "from"


def _ago_after(folded: str, start: int, end: int) -> bool:
    """Whether a direction word ("ago", "earlier", "later", "now", "hence") follows a unit
    and spaces (or "from" and spaces, for "now"), as in every match of "ago"; or a unit is
    followed by one. Most of them stand elsewhere ("is now", "later that day"), and the
    rule's pattern costs 40 us a window."""
    word = folded[start:end]
    if word not in _DIRECTIONS:
        return _AGO_AFTER.match(folded, end) is not None
    gap = _spaces_before(folded, start)
    if gap == start:
        return False
    before = _last_run(folded, gap)
    if word == "now":
        return before == _BEFORE_NOW
    return before == "so" or _UNIT_WORD.fullmatch(before) is not None


# Tests of the text around a trigger that every match of the rule passes (each needs more
# than its trigger word): a window is opened only where they hold.
_HIT_TESTS = {
    "day_month": _day_before,
    "anaphoric_day": _anaphoric_before,
    "period_end": _end_after,
    "duration": _count_before,
    "vague_duration": _vague_before,
    "ago": _ago_after,
}

# rule -> characters a window reaches before its trigger and beyond its end
_SPAN = {rule: (before, after + LOOKAHEAD) for rule, (before, after) in REACH.items()}
