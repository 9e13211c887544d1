"""The words that trigger each rule of :mod:`timex_patterns`, and how far from its trigger
a rule's match may reach: the tables :mod:`timex_triggers` scans a text with."""

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

UNITS = (
    "second minute hour day night weekend week fortnight month quarter year decade centur millenni"
).split()
# the units that "relative" and "the_period" name ('this year', 'the end of the month')
_SINGULAR_UNITS = ("year", "month", "week", "quarter", "decade", "centur")
TRIGGER_WORDS: dict[str, tuple[str, ...]] = {
    "month_day": tuple(MONTHS),
    "day_month": tuple(MONTHS),
    "month": tuple(MONTHS),
    "weekday": tuple(FULL_WEEKDAYS),
    "holiday": tuple(max(re.findall("[a-z]+", name), key=len) for name in HOLIDAYS),
    "relday": ("today", "yesterday", "tomorrow", "tonight", *DAY_PARTS),
    "ago": ("ago", "earlier", "later", "now", "hence"),
    "duration": tuple(UNITS),
    "vague_duration": tuple(UNITS),
    "relative": (*_SINGULAR_UNITS, "weekend", "period"),
    "the_period": _SINGULAR_UNITS,
    "period_end": ("year", "month", "quarter"),
    "anaphoric_day": ("day", "morning", "afternoon", "evening", "night"),
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
    "period_end": (16, 12),
    "anaphoric_day": (24, 16),
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
