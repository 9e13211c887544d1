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

from checker.extract.timex_patterns import RULES
from checker.extract.timex_vocab import (
    DAY_PARTS,
    DECADE_WORDS,
    FULL_WEEKDAYS,
    HOLIDAYS,
    MONTHS,
    SEASONS,
    VAGUE_REFS,
)

Window = tuple[int, int]

_UNITS = (
    "second minute hour day night weekend week fortnight month quarter year decade centur millenni"
).split()
TRIGGER_WORDS: dict[str, tuple[str, ...]] = {
    "month_day": tuple(MONTHS),
    "day_month": tuple(MONTHS),
    "month": tuple(MONTHS),
    "weekday": tuple(FULL_WEEKDAYS),
    "holiday": tuple(max(re.findall("[a-z]+", name), key=len) for name in HOLIDAYS),
    "relday": ("today", "yesterday", "tomorrow", "tonight", *DAY_PARTS),
    "ago": ("ago", "earlier", "later", "now", "hence"),
    "duration": tuple(_UNITS),
    "vague_duration": tuple(_UNITS),
    "relative": (*_UNITS, "period"),
    "the_period": tuple(_UNITS),
    "quarter": ("quarter", "half"),
    "year_ago": ("ago", "earlier"),
    "season": tuple(SEASONS),
    "century": ("centur",),
    "spoken_year": ("nineteen", "thousand"),
    "decade": tuple(DECADE_WORDS),
    "time": ("noon", "midday", "midnight"),
    "vague": tuple(max(ref.split(), key=len) for ref in VAGUE_REFS),  # 'present' of 'at present'
    "set": ("every", "each", "hourly", "daily", "weekly", "monthly", "yearly"),
}
# How many characters a rule's match can start before its trigger and end after it;
# generous, since the space between two words may be more than one character.
REACH: dict[str, Window] = {
    "iso": (4, 24),
    "numeric": (4, 24),
    "month_day": (24, 48),
    "day_month": (40, 48),
    "month": (16, 48),
    "weekday": (24, 40),
    "holiday": (24, 40),
    "relday": (24, 32),
    "ago": (64, 16),
    "duration": (64, 16),
    "vague_duration": (16, 8),
    "relative": (40, 8),
    "the_period": (12, 8),
    "quarter": (64, 40),
    "year_ago": (40, 24),
    "year_period": (8, 16),
    "season": (24, 24),
    "year": (16, 8),
    "decade": (16, 8),
    "spoken_year": (24, 40),
    "century": (24, 8),
    "time": (8, 56),
    "vague": (16, 16),
    "set": (8, 48),
}
LOOKAHEAD = 24  # characters a rule may peek at beyond the end of its match
ALL_RULES = frozenset(name for name, _ in RULES)

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


def _trie(words: object) -> str:
    """A regex for a set of lower-case words as a trie, so each position costs one or two
    character tests, not one per word; longer words win ('september' over 'sep')."""
    tree: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in sorted(words):  # type: ignore[call-overload]
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _branch(tree)


def _branch(node: dict) -> str:  # type: ignore[type-arg]
    alternatives = [re.escape(char) + _branch(sub) for char, sub in node.items() if char]
    if not alternatives:
        return ""
    body = alternatives[0] if len(alternatives) == 1 else f"(?:{'|'.join(alternatives)})"
    return f"(?:{body})?" if "" in node else body


RULES_BY_WORD = _rules_by_word()
TRIGGER = re.compile(
    rf"""
    (?P<digits>\d+)                           # 2016, 3 (p.m.), 16/02/16
    |\b(?P<word>{_trie(RULES_BY_WORD)})      # september, years, ago, every
    """,
    re.VERBOSE,  # run on lower-cased text: case-blind matching is three times slower
)


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
    if after and after in "/.-":
        rules.append("numeric")
    if after and after in "s'’":
        rules.append("decade")
    if folded[end : end + LOOKAHEAD].lstrip()[:1] in (":", "a", "p"):
        rules.append("time")
    return tuple(rules)


def trigger_windows(text: str) -> dict[str, list[Window]]:
    """Rule -> the stretches of text (in order, not overlapping) where its matches can lie."""
    folded = (text.translate(_FOLD) if any(c in text for c in _ODD) else text).lower()
    if len(folded) != len(text):  # lower() lengthened a letter: give up on windows
        return {rule: [(0, len(text))] for rule in ALL_RULES}
    windows: dict[str, list[Window]] = {}
    for hit in TRIGGER.finditer(folded):
        start, end = hit.span()
        word = hit["word"]
        rules = RULES_BY_WORD[word] if word else digit_rules(folded, start, end)
        for rule in rules:
            _add_window(windows.setdefault(rule, []), start, end, REACH[rule], len(text))
    return windows


def _add_window(spans: list[Window], start: int, end: int, reach: Window, size: int) -> None:
    low, high = max(0, start - reach[0]), min(size, end + reach[1] + LOOKAHEAD)
    if spans and low <= spans[-1][1]:
        spans[-1] = (spans[-1][0], max(high, spans[-1][1]))
    else:
        spans.append((low, high))
