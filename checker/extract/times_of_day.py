"""Times of day that name their day ("Saturday night", "around 1:30 a.m. on Sunday",
"early Sunday morning", "last night"): the time tagger types them TIME; the claims read
them as dates of that day. A clock time alone ("at 3 p.m.") names no day."""

from __future__ import annotations

import re
from dataclasses import replace

from checker.extract.timex_common import ISO_DAY, NO_WEEK_DAY
from checker.model import TimeExpr

# a time of day that names its day: "Saturday night", "early Sunday morning", "around
# 1:30 a.m. on Sunday", "last night", "shortly before midnight on Monday"; not a clock time
# alone ("at 3 p.m.", read against the day of publication)
_NAMES_DAY = re.compile(
    r"""\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tonight
         |last\s+night|this\s+(?:morning|afternoon|evening)
         |jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\b|\d{1,2}/\d{1,2}""",
    re.I | re.X,
)
# a day's time: of a calendar day, or of a weekday of no known week (an undated page's "Friday
# night", "XXXX-WXX-5TNI")
_DAY_PART = re.compile(rf"(\d{{4}}-\d\d-\d\d|{NO_WEEK_DAY})T(MO|AF|EV|NI|DT|[\d:]+)$")


def day_of_time(time: TimeExpr) -> TimeExpr:
    """A time of day that names its day, read as a date claim of that day ("Saturday
    night" is late in the day, "Sunday morning" early). It dates the story's incident when
    the incident's verb or noun stands right before it ("collapsed on Friday night",
    checker.extract.event_dates) and nothing else: the sentence seldom says what happened
    at that hour, and a toll told "on Saturday night" is still counted up to the article's
    day."""
    if time.type != "TIME" or not _NAMES_DAY.search(time.text):
        return time
    day = _DAY_PART.match(time.value)
    if day is None:
        return time
    part = day.group(2)
    mod = time.mod or ("END" if part in ("EV", "NI") else "START" if part == "MO" else "")
    return replace(time, type="DATE", value=day.group(1), mod=mod)


_A_DAY = re.compile(rf"{ISO_DAY.pattern}|{NO_WEEK_DAY}$")
# "late on Saturday", "early on Sunday": the part of the day, written before an "on" that the
# time expression does not take in
_PART_OF_DAY_BEFORE = re.compile(r"\b(?P<part>late|early)\s+on\s+$", re.I)


def part_of_day_before(folded: str, time: TimeExpr) -> TimeExpr:
    """A day told "late on" or "early on" as late or early in that day (mod END, START),
    as "late Saturday" is: two outlets' "late on Saturday" and "on Friday night" cannot be
    one moment either side of midnight (checker.findings.dates)."""
    if time.type != "DATE" or time.mod or not _A_DAY.match(time.value):
        return time
    part = _PART_OF_DAY_BEFORE.search(folded, max(0, time.start - 12), time.start)
    if part is None:
        return time
    return replace(time, mod="END" if part["part"].lower() == "late" else "START")
