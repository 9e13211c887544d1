"""Calendar arithmetic for TIMEX3 values: the days a value covers, shifts, tense choices."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import lru_cache

from checker.extract.timex_vocab import SEASON_MONTHS

_VALUE = re.compile(
    r"""
    ^(?P<year>\d{4})                      # 2015
    (?:-(?:
        (?P<month>\d\d)(?:-(?P<day>\d\d))?  # -11 or -11-24
        | W(?P<week>\d\d)(?P<we>-WE)?       # -W48, -W48-WE (weekend)
        | Q(?P<quarter>[1-4])               # -Q3
        | H(?P<half>[12])                   # -H1
        | (?P<season>SP|SU|FA|WI)           # -SU
    ))?
    (?:T.*)?$                             # a time of day keeps the day's bounds
    """,
    re.VERBOSE,
)


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def shift_month(year: int, month: int, offset: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + offset
    return index // 12, index % 12 + 1


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    """A date, or None when the parts do not make one (31 February, year 0)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def week_value(day: dt.date, offset: int = 0) -> str:
    year, week, _ = (day + dt.timedelta(weeks=offset)).isocalendar()
    return f"{year}-W{week:02d}"


def quarter_value(year: int, quarter: int, offset: int = 0) -> str:
    index = year * 4 + quarter - 1 + offset
    return f"{index // 4}-Q{index % 4 + 1}"


@lru_cache(maxsize=1024)
def bounds(value: str) -> tuple[dt.date | None, dt.date | None]:
    """First and last day a TIMEX3 date value covers; (None, None) when it is not one.
    Cached: the same values recur (dates are immutable)."""
    if re.fullmatch(r"\d{3}", value):  # a decade: 199 -> 1990s
        return dt.date(int(value) * 10, 1, 1), dt.date(int(value) * 10 + 9, 12, 31)
    if re.fullmatch(r"\d\d", value):  # a century: 19 -> 1900s
        return dt.date(int(value) * 100, 1, 1), dt.date(int(value) * 100 + 99, 12, 31)
    match = _VALUE.match(value)
    if match is None or int(match["year"]) < 1:
        return None, None
    return _bounds_of(match, int(match["year"]))


def _bounds_of(match: re.Match[str], year: int) -> tuple[dt.date | None, dt.date | None]:
    if match["day"]:
        day = safe_date(year, int(match["month"]), int(match["day"]))
        return day, day
    if match["month"]:
        month = int(match["month"])
        return (
            (dt.date(year, month, 1), month_end(year, month)) if 1 <= month <= 12 else (None, None)
        )
    if match["week"]:
        try:
            monday = dt.date.fromisocalendar(year, int(match["week"]), 1)
        except ValueError:
            return None, None
        first = monday + dt.timedelta(days=5 if match["we"] else 0)
        return first, monday + dt.timedelta(days=6)
    if match["quarter"]:
        first_month = 3 * int(match["quarter"]) - 2
        return dt.date(year, first_month, 1), month_end(year, first_month + 2)
    if match["half"]:
        first_month = 6 * int(match["half"]) - 5
        return dt.date(year, first_month, 1), month_end(year, first_month + 5)
    if match["season"]:
        first_month, last_month = SEASON_MONTHS[match["season"]]
        end_year, end_month = shift_month(year, last_month, 0)
        return dt.date(year, first_month, 1), month_end(end_year, end_month)
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def narrow(
    low: dt.date | None, high: dt.date | None, mod: str
) -> tuple[dt.date | None, dt.date | None]:
    """Keep the first, middle or last third of a period for START / MID / END.

    Periods of months are cut at month ends (early 2015 = January to April), a month or
    less at days (early February = 1 to 10 February).
    """
    if low is None or high is None or mod not in ("START", "MID", "END") or high <= low:
        return low, high
    months = (high.year - low.year) * 12 + high.month - low.month + 1
    if months >= 3 and low.day == 1:
        third = months // 3
        first_end = month_end(*shift_month(low.year, low.month, third - 1))
        last_start = dt.date(*shift_month(high.year, high.month, 1 - third), 1)
    else:
        third = (high - low).days // 3
        first_end = low + dt.timedelta(days=third)
        last_start = high - dt.timedelta(days=third)
    if mod == "START":
        return low, first_end
    if mod == "MID":
        return first_end + dt.timedelta(days=1), last_start - dt.timedelta(days=1)
    return last_start, high


# How far the tense may pull an undated day away from the nearest reading. 'Will' is a
# sure sign: any day up to eleven months ahead ('will fly in December', said in March), but
# not past one that is only weeks back. A past verb is weaker, as news reports plans with
# 'said': the last one, unless that lies more than eight months back.
_FUTURE_REACH = 335  # days
_PAST_REACH = 250  # days


def pick_year(anchor: dt.date, month: int, day: int, tense: str) -> int:
    """The year that puts month/day nearest the anchor, leaning the way the tense points."""
    dates = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        dates.append(safe_date(year, month, min(day, calendar.monthrange(year, month)[1])))
    return pick_date(anchor, dates, tense).year


def pick_date(anchor: dt.date, dates: list[dt.date | None], tense: str) -> dt.date:
    """The date nearest the anchor, leaning the way the tense points."""
    candidates = [(date, (date - anchor).days) for date in dates if date is not None]
    if tense == "future":
        ahead = [c for c in candidates if 0 <= c[1] <= _FUTURE_REACH]
        candidates = ahead or candidates
    elif tense == "past":
        behind = [c for c in candidates if -_PAST_REACH <= c[1] <= 0]
        candidates = behind or candidates
    return min(candidates, key=lambda c: abs(c[1]))[0]


def holiday_date(rule: str, year: int) -> dt.date | None:
    """The day a holiday falls on in a year. Rules: '12-25' a fixed day; '11-22/4' the first
    Thursday (ISO weekday 4) on or after 22 November; 'easter-2' two days before Easter."""
    if rule.startswith("easter"):
        return easter(year) + dt.timedelta(days=int(rule[6:]))
    date, _, weekday = rule.partition("/")
    month, day = (int(part) for part in date.split("-"))
    first = safe_date(year, month, day)
    if first is None or not weekday:
        return first
    return first + dt.timedelta(days=(int(weekday) - first.isoweekday()) % 7)


def easter(year: int) -> dt.date:
    """Easter Sunday of the Gregorian calendar (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741 - the algorithm's own letters
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def pick_weekday(anchor: dt.date, weekday: int, tense: str, relation: str) -> dt.date:
    """The calendar day a weekday name refers to (weekday 1 = Monday)."""
    back = (anchor.isoweekday() - weekday) % 7
    ahead = (weekday - anchor.isoweekday()) % 7
    if relation in ("last", "past"):
        return anchor - dt.timedelta(days=back or 7)
    if relation == "next":
        return anchor + dt.timedelta(days=ahead or 7)
    if tense == "future" or relation in ("this", "coming"):
        return anchor + dt.timedelta(days=ahead)
    return anchor - dt.timedelta(days=back)


def shift_value(value: str, unit: str, offset: int) -> str:
    """Move a TIMEX3 date value by offset units, keeping its granularity where possible."""
    match = _VALUE.match(value)
    if match is None:
        return value
    year = int(match["year"])
    if match["quarter"] and unit in ("Q", "Y"):
        return quarter_value(year, int(match["quarter"]), offset * (4 if unit == "Y" else 1))
    if unit == "Y" and not match["week"]:
        return f"{year + offset:04d}{value[4:]}" if year + offset > 0 else value
    low, _ = bounds(value)
    if low is None:
        return value
    return shift_date(low, unit, offset)


def shift_date(day: dt.date, unit: str, offset: int) -> str:
    """The TIMEX3 value offset units away from day, at the unit's granularity."""
    if unit == "Y":
        return f"{day.year + offset:04d}"
    if unit == "DE":
        return f"{(day.year + 10 * offset) // 10:03d}"
    if unit == "CE":
        return f"{(day.year + 100 * offset) // 100:02d}"
    if unit in ("M", "Q"):
        year, month = shift_month(day.year, day.month, offset * (3 if unit == "Q" else 1))
        if unit == "Q":
            return quarter_value(year, (month - 1) // 3 + 1)
        return f"{year:04d}-{month:02d}"
    if unit in ("W", "WE"):
        return week_value(day, offset) + ("-WE" if unit == "WE" else "")
    return (day + dt.timedelta(days=offset)).isoformat()
