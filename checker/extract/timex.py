"""Temporal tagger: find time expressions in running text and normalise them (TIMEX3).

Candidates come from one regex per rule (:mod:`timex_patterns`), each run only around the
words that can start it (:mod:`timex_triggers`); the longest wins where they overlap;
each is normalised against the anchor (the publication date) by the rule's normaliser;
words in front that shift or hedge it ("early", "the end of", "about") are then taken into
the extent as a mod. Nothing here raises on messy text.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from functools import cache

from checker.extract import timex_absolute as absolute
from checker.extract import timex_relative as relative
from checker.extract.timex_calendar import bounds, narrow
from checker.extract.timex_common import SPACES, Context, Norm
from checker.extract.timex_patterns import (
    APPROX_PREFIX,
    PART_PREFIX,
    RULES,
    ascii_rules,
    plain_ascii,
)
from checker.extract.timex_trigger_words import LOOKAHEAD
from checker.extract.timex_triggers import trigger_windows
from checker.extract.timex_vocab import APPROX_MODS, PARTS
from checker.model import TimeExpr

Resolver = Callable[[re.Match[str], Context], "Norm | None"]

RESOLVERS: dict[str, Resolver] = {
    "iso": absolute.iso,
    "numeric": absolute.numeric,
    "month_day": absolute.month_day,
    "day_month": absolute.month_day,
    "month": absolute.month,
    "weekday": absolute.weekday,
    "holiday": absolute.holiday,
    "relday": absolute.relday,
    "time": absolute.time,
    "year": absolute.year,
    "spoken_year": absolute.spoken_year,
    "decade": absolute.decade,
    "century": absolute.century,
    "quarter": absolute.quarter,
    "season": absolute.season,
    "ago": relative.ago,
    "duration": relative.duration,
    "vague_duration": relative.vague_duration,
    "relative": relative.relative,
    "the_period": relative.the_period,
    "period_end": relative.period_end,
    "anaphoric_day": relative.anaphoric_day,
    "year_ago": relative.year_ago,
    "year_period": relative.year_period,
    "vague": relative.vague,
    "set": relative.set_,
}
_PRIORITY = {name: index for index, (name, _) in enumerate(RULES)}
_RULE_OF = dict(RULES)
_NUMERIC_DATE = _RULE_OF["numeric"]
_REF_REACH = 400  # characters over which "a year earlier" looks back for its reference
_ANCHORED_RULES = frozenset({"ago", "year_ago", "vague", "relday"})

# 'the quarter ended Sept. 30': the day ends the period, which stays the reference
_ENDS_PERIOD = re.compile(r"\s+(?:ended|ending)\s+", re.IGNORECASE)

Candidate = tuple[int, int, str, re.Match[str]]


def tag_times(text: str, anchor: dt.date | None) -> tuple[TimeExpr, ...]:
    """All temporal expressions in text, sorted by start, non-overlapping, TIMEX3-normalised
    relative to anchor (the document's publication date; None = leave relative ones unresolved:
    value like 'XXXX-09' or 'PAST_REF', low/high None)."""
    if not isinstance(text, str) or not text:
        return ()
    candidates = find_candidates(text)
    day_first = _vote_day_first(c[3] for c in candidates if c[2] == "numeric")
    found: list[TimeExpr] = []
    ref, ref_end = "", -_REF_REACH
    for start, end, rule, match in select_candidates(candidates):
        near_ref = ref if start - ref_end <= _REF_REACH else ""
        norm = _normalise(rule, match, Context(text, anchor, day_first, near_ref))
        if norm is None:
            continue
        expr = _extend(text, start + norm.skip, end, norm, found[-1].start if found else 0)
        if found and found[-1].end > expr.start:
            found.pop()  # 'earlier' alone, now the prefix of 'earlier this week'
        found.append(expr)
        second = _coordinated_day(text, expr) if rule == "month_day" else None
        if second is not None:
            found.append(second)
        if _is_reference(norm, rule) and not _ENDS_PERIOD.fullmatch(text, ref_end, start):
            ref, ref_end = norm.value, end
    return tuple(found)


# 'April 24 and 25.': the second day shares the first one's month; a count ('25 people')
# or a month of its own after it does not
_AND_DAY = re.compile(
    r"""
    \s+(?:and|or|to|through)\s+                     # and
    (?P<day>[0-3]?\d)(?:st|nd|rd|th)?                 # 25
    (?=\s*(?:[.,;:)]|$))                             # then punctuation or the end
    """,
    re.IGNORECASE | re.VERBOSE,
)
_DAY_VALUE = re.compile(r"[\dX]{4}-\d\d-\d\d")


def _coordinated_day(text: str, expr: TimeExpr) -> TimeExpr | None:
    """The bare day coordinated with a month and day ('25' of 'April 24 and 25')."""
    match = _AND_DAY.match(text, expr.end)
    if match is None or not _DAY_VALUE.fullmatch(expr.value):
        return None
    value = f"{expr.value[:8]}{int(match['day']):02d}"
    low, high = bounds(value)
    if value[:4].isdigit() and low is None:
        return None  # 'Feb. 28 and 30': no such day
    start, end = match.span("day")
    return TimeExpr(start, end, text[start:end], "DATE", value, low, high, "")


def _is_reference(norm: Norm, rule: str) -> bool:
    """An explicit calendar date that 'a year earlier' can count from."""
    return norm.type == "DATE" and norm.value[:4].isdigit() and rule not in _ANCHORED_RULES


def find_candidates(text: str) -> list[Candidate]:
    """Every match of every rule, each rule's regex run only in the windows around its
    trigger words (the same matches as running it over the whole text, in a tenth of the time).
    A match ending within LOOKAHEAD of a window's cut may owe itself to the cut ('3-year' of
    '3-year-old' whose own trigger opened no window): a real one ends further inside."""
    windows = trigger_windows(text)
    size = len(text)
    candidates: list[Candidate] = []
    rules = _ascii_rule_of() if plain_ascii(text) else _RULE_OF
    # the rules that have windows, in the order of RULES (most pages open a few of them)
    for name in sorted(windows, key=_PRIORITY.__getitem__):
        regex = rules[name]
        for start, end, last_trigger in windows[name]:
            for m in regex.finditer(text, start, end):
                if end == size or m.end() <= end - LOOKAHEAD:
                    candidates.append((m.start(), m.end(), name, m))
                if m.end() > last_trigger:
                    break  # a later match would hold a trigger after this one: none is left
    return candidates


@cache
def _ascii_rule_of() -> dict[str, re.Pattern[str]]:
    """ascii_rules() by name."""
    return dict(ascii_rules())


def select_candidates(candidates: list[Candidate]) -> list[Candidate]:
    """Longest first, then earliest, then rule order; drop any that overlaps a kept one."""
    ordered = sorted(candidates, key=lambda c: (c[0] - c[1], c[0], _PRIORITY[c[2]]))
    taken: list[Candidate] = []
    used = bytearray(max((c[1] for c in candidates), default=0) + 1)
    for candidate in ordered:
        start, end = candidate[0], candidate[1]
        if end > start and not any(used[start:end]):
            used[start:end] = b"\x01" * (end - start)
            taken.append(candidate)
    return sorted(taken, key=lambda c: c[0])


# '' 60 Minutes'', "This Week With ...": a title in quotes, not a time
_OPEN_QUOTE = re.compile(r"(?:[\"“‘]|``|'')\s*$")
_TITLE_CASE = re.compile(r"\S+(?:\s+[A-Z][a-z]*)+")
_COMMON_WORD_RULES = frozenset({"duration", "relative", "relday", "vague", "set", "ago"})


def _is_title(rule: str, match: re.Match[str], text: str) -> bool:
    """Words that are lower case in running text, capitalised after an opening quote."""
    if rule not in _COMMON_WORD_RULES or not _TITLE_CASE.fullmatch(match.group()):
        return False
    first = match.group()[0]
    quote = _OPEN_QUOTE.search(text, max(0, match.start() - 4), match.start())
    return not first.islower() and quote is not None


def _normalise(rule: str, match: re.Match[str], context: Context) -> Norm | None:
    if _is_title(rule, match, context.text):
        return None
    try:
        return RESOLVERS[rule](match, context)
    except (ValueError, OverflowError, KeyError, IndexError):
        return None  # a date the calendar cannot hold: not worth failing a document for


def _extend(text: str, start: int, end: int, norm: Norm, floor: int) -> TimeExpr:
    """Take 'early', 'the end of' or 'about' in front into the extent as the mod."""
    mod = norm.mod
    before = text[max(floor, start - 30) : start]
    part = hedge = None
    if _may_have_prefix(before):
        part = PART_PREFIX.search(before)
        hedge = APPROX_PREFIX.search(before)
    if part and norm.type in ("DATE", "TIME") and not norm.value.endswith("_REF"):
        start -= len(part.group())
        mod = PARTS[(part["part"] or part["of"]).lower()]
    elif hedge and norm.type in ("DURATION", "TIME") and not text.startswith("the", start):
        start -= len(hedge.group())
        mod = APPROX_MODS[SPACES.sub(" ", hedge["approx"].lower())]
    low, high = (None, None) if norm.type in ("DURATION", "SET") else bounds(norm.value)
    low, high = narrow(low, high, mod)
    return TimeExpr(start, end, text[start:end], norm.type, norm.value, low, high, mod)


# The last word of every prefix: a part ("early", "mid-"), the "of" of "the end of", the
# last word of a hedge ("about", "more than")
_PREFIX_LAST_WORDS = frozenset([*PARTS, "of", *(mod.split()[-1] for mod in APPROX_MODS)])
_TRAILING_LETTERS = re.compile(r"[A-Za-z]+$")
_LONGEST_LAST_WORD = max(len(word) for word in _PREFIX_LAST_WORDS)


def _may_have_prefix(before: str) -> bool:
    """False when neither PART_PREFIX nor APPROX_PREFIX can match at the end of `before`
    (ASCII text): the letters before its trailing spaces and one hyphen (a part's: "mid-";
    `$` also matches before a final newline, so "early-" then a newline) are not the last
    word of a prefix. Most times follow a word that is none, and this test is
    cheaper than the two searches."""
    if not before.isascii():
        return True  # re.I matches a few other letters to ASCII ones
    stripped = before.rstrip()
    if len(stripped) == len(before) and not before.endswith("-"):
        return False  # no space after the word: only "mid-" can match
    # "mid-", and "early-" before a final newline, which `$` matches before
    stripped = stripped.removesuffix("-")
    word = _TRAILING_LETTERS.search(stripped, max(0, len(stripped) - _LONGEST_LAST_WORD - 1))
    return word is not None and word.group().lower() in _PREFIX_LAST_WORDS


def infer_day_first(text: str, settled: bool = False) -> bool | None:
    """Day-first (16/02/16) or month-first (2/16/16) from any numeric date that settles it,
    else from dotted dates; `settled`: only from dates that settle it."""
    return _vote_day_first(_NUMERIC_DATE.finditer(text), settled)


def _vote_day_first(numeric_dates: Iterable[re.Match[str]], settled: bool = False) -> bool | None:
    """The order the numeric dates that settle it agree on. When none settles it, a date
    written with dots and a four-digit year ("08.04.2017") is day-first: the countries that
    write dates with dots put the day first (in ../shared/data 9 of 9 settled dotted dates
    with four-digit years, none month-first; "02.29.12", with two digits, is American)."""
    votes = set()
    dotted = False
    for match in numeric_dates:
        first, second = int(match["a"]), int(match["b"])
        if first > 12 >= second:
            votes.add(True)
        elif second > 12 >= first:
            votes.add(False)
        dotted = dotted or (match["sep"] == "." and len(match["y"]) == 4)
    if not votes and dotted and not settled:
        return True
    return votes.pop() if len(votes) == 1 else None
