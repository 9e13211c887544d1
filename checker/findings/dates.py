"""Dates of one event, compared across documents.

Two dates of the same event conflict when the days they cover do not overlap ("Nov. 24"
and "late November" agree; "September 30" and "October 1" do not); the starts of two
actors' campaigns are never compared; severity grows with the gap in days.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from decimal import Decimal

from checker.config import SeverityScale, default_severity
from checker.events.actors import actor_of, same_actor
from checker.events.relations import SAME
from checker.extract.action_days import acts
from checker.extract.event_dates import INCIDENT
from checker.extract.timex_vocab import WEEKDAYS
from checker.model import Claim, Conflict


def date_pairs(claims: tuple[Claim, ...]) -> Iterator[tuple[Claim, Claim, str, str]]:
    """Pairs of dates that may conflict: across documents, and of one actor (Russian and
    US-led air campaigns started apart) or an unknown one. Dates read the same way (the same
    days and value) never conflict with each other, so each document's dates are gathered
    by reading and only the claims of two different readings are paired: a text repeating
    one date a thousand times is not half a million pairs (issue 16)."""
    by_document: dict[str, dict[tuple, list[Claim]]] = {}
    for claim in claims:
        time = claim.time
        days = (time.low, time.high, time.mod, time.value) if time else (None, None, "", "")
        readings = by_document.setdefault(claim.document, {})
        readings.setdefault((*days, actor_of(claim)), []).append(claim)
    for one, other in itertools.combinations(by_document.values(), 2):
        for first, second in itertools.product(one, other):
            if first[:-1] == second[:-1] or not same_actor(first[-1], second[-1]):
                continue
            for a in one[first]:
                for b in other[second]:
                    yield a, b, SAME, ""


def date_conflict(a: Claim, b: Claim) -> Conflict | None:
    """Two dates of the same event conflict when the days they cover do not overlap:
    "Nov. 24" and "late November" agree; "September 30" and "October 1" do not."""
    if _undated_weekday(a, b):
        # an undated page's "on Saturday": two days of one event as far apart as their
        # names, whatever weeks they fall in
        first, second, apart = _weekdays_apart(a, b)
        if apart == 0 or (apart == 1 and _across_midnight(first, second)):
            return None
        return Conflict(first, second, Decimal(apart), "dates differ")
    spans = [(c.time.low, c.time.high, c) for c in (a, b) if c.time and c.time.low and c.time.high]
    if len(spans) < 2:
        return None
    (_, first_high, first), (second_low, _, second) = sorted(
        spans, key=lambda s: (s[0], s[2].claim_id)
    )
    days = (second_low - first_high).days
    if _told_by_weekday_read(first, second) and days:
        if _by_weekday(first) != _by_weekday(second):
            # a weekday read against one article's day of publication and a calendar date: a
            # republished page or an update under an old date puts them days apart
            return None
        if _by_weekday(first):
            # two weekdays of one incident, each read against its own article's day: as
            # far apart as their names, the nearer way round ("Monday night", "Tuesday")
            first, second, days = _weekdays_apart(first, second)
    if days == 1 and _across_midnight(first, second):
        return None  # "late Saturday" and "early Sunday": either side of one midnight
    if days > 0 and _same_weekday_named(first, second):
        # "on Saturday" in two articles read against two publication dates: the same day
        # named, whatever week each date resolves to
        return None
    return Conflict(first, second, Decimal(days), "dates differ") if days > 0 else None


def _told_by_weekday_read(a: Claim, b: Claim) -> bool:
    """Whether two dates are of the story's incident or of an act done once (an arrest, a
    vote; checker.extract.action_days), which articles tell by weekdays read against each
    one's own day of publication."""
    return any(c.measure.entity == INCIDENT or c.measure.event in acts() for c in (a, b))


_WEEKDAY = re.compile(r"\b(mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I)
_MONTH_OR_DIGIT = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d{1,2}/\d", re.I
)


def _undated_weekday(a: Claim, b: Claim) -> bool:
    """Whether both dates are told by a weekday's name alone and one of them falls in no
    known week (a page without its day of publication)."""
    return (
        _by_weekday(a)
        and _by_weekday(b)
        and any(c.time is None or c.time.low is None for c in (a, b))
    )


def _weekdays_apart(a: Claim, b: Claim) -> tuple[Claim, Claim, int]:
    """Two dates told by weekdays' names in the order of the week, the nearer way round,
    and the days between them ("Saturday" and "Monday": two; "Friday" and "Saturday":
    one)."""
    x, y = (WEEKDAYS[_weekday_named(c).lower()] for c in (a, b))
    forward = (y - x) % 7
    return (a, b, forward) if forward <= 3 else (b, a, 7 - forward)


def _weekday_named(claim: Claim) -> str:
    """The first weekday's name a date's quote holds ("Monday night": "Monday")."""
    found = _WEEKDAY.search(claim.quote)
    return found.group(0) if found else ""


def _same_weekday_named(a: Claim, b: Claim) -> bool:
    """Whether both dates are told by the same weekday's name and no calendar date."""
    names = []
    for claim in (a, b):
        found = _WEEKDAY.findall(claim.quote)
        if len(found) != 1 or _MONTH_OR_DIGIT.search(claim.quote):
            return False
        names.append(found[0].lower())
    return names[0] == names[1]


def _across_midnight(first: Claim, second: Claim) -> bool:
    """Whether two times of consecutive days may be one moment told either side of
    midnight: the first late ("late Friday", "Friday night", "11 p.m. Friday") or told without
    its hour, the second early ("early Saturday", "Saturday morning", "2 a.m. Saturday") or
    told without its hour, as two times of one day are not compared; not two
    days told without their hours ("September 30" and "October 1"), nor two nights, nor a
    night and the next afternoon."""
    first_ok = _late(first) or _untimed(first)
    second_ok = _early(second) or _untimed(second)
    return first_ok and second_ok and not (_untimed(first) and _untimed(second))


# a time of day written in a date's quote: its hour is told
_HOUR_TOLD = re.compile(
    r"\b(?:morning|afternoon|evening|night|noon|midnight|dawn|dusk)\b|\d\s*[ap]\.?m\b|\d:\d\d",
    re.I,
)


def _untimed(claim: Claim) -> bool:
    """A day told without its hour: no part of the day, no clock time."""
    time = claim.time
    if time is not None and (time.mod in ("END", "START") or "T" in time.value):
        return False
    return _HOUR_TOLD.search(claim.quote) is None


def _by_weekday(claim: Claim) -> bool:
    """Whether a date is told by a weekday's name alone, no calendar date."""
    return bool(_WEEKDAY.search(claim.quote)) and not _MONTH_OR_DIGIT.search(claim.quote)


def _late(claim: Claim) -> bool:
    """Late in its day: "late Friday", "Friday night", "11:50 p.m. Friday" (6 p.m. or later)."""
    time = claim.time
    if time is None:
        return False
    late = time.mod == "END" or time.value.endswith(("TNI", "TEV"))
    hour = _clock_hour(claim.quote)
    return late or hour >= _EVENING or hour == _MIDNIGHT


def _early(claim: Claim) -> bool:
    """Early in its day: "early Saturday", "Saturday morning", "12:10 a.m. Saturday"
    (before noon)."""
    time = claim.time
    if time is None:
        return False
    early = time.mod == "START" or time.value.endswith("TMO")
    hour = _clock_hour(claim.quote)
    return early or 0 <= hour < _NOON or hour == _MIDNIGHT


_EVENING, _NOON, _MIDNIGHT = 18, 12, 24
# a clock time as written: "11:50 p.m.", "2 a.m.", "12:10am"
_CLOCK = re.compile(r"\b(\d{1,2})(?:[:.]\d\d)?\s*([ap])\.?m\b", re.I)


def _clock_hour(quote: str) -> int:
    """The hour (0-23) of the clock time a date's quote tells, or -1 when it tells none;
    "midnight" is the day's edge, late and early both ("shortly before midnight Saturday" is
    a moment from "1 a.m. Sunday", as "12:30 a.m. Saturday" is from "Friday night")."""
    clock = _CLOCK.search(quote)
    if clock is None:
        return _MIDNIGHT if "midnight" in quote.lower() else -1
    hour = int(clock.group(1)) % 12
    return hour + 12 if clock.group(2).lower() == "p" else hour


def date_severity(days: Decimal, scale: SeverityScale | None = None) -> str:
    scale = scale or default_severity()
    if days >= scale.date_days_high:
        return "high"
    return "medium" if days >= scale.date_days_medium else "low"
