"""Times well apart from the main event: a day more than DAYS_APART from its days, a month
or a year none of whose days are near them. A figure dated so belongs to another event
("filed for bankruptcy once before, in 2023"), except a year that is what a budget is for
("a budget for the 2026 fiscal year", passed in June 2025)."""

from __future__ import annotations

import datetime as dt
import re

from checker.model import Claim, TimeExpr

DAYS_APART = 2  # a sentence dated this many days from the main event tells another one
_CALENDAR_SPAN = re.compile(r"\d{4}(?:-\d\d)?$")  # a year or a month, no season or week
# "a budget for the 2026 fiscal year", "fiscal 2026": the year a budget is for
_FISCAL_BEFORE = re.compile(r"\bfiscal\s+(?:year\s+)?$", re.I)
_FISCAL_AFTER = re.compile(r"\s+fiscal\b", re.I)


# "the fiscal year that begins July 1", "starting Monday", "effective Jan. 1": a day to come
# that starts what the figure is for (a budget, a tuition, a fare), not when it happened
_STARTS_BEFORE = re.compile(
    r"\b(?:begins|starts|beginning|starting|effective|takes\s+effect|take\s+effect)\s+(?:on\s+)?$",
    re.I,
)


def period_start(date: Claim, last: dt.date | None) -> bool:
    """Whether a day after the main event starts what a figure is for."""
    start = date.span_in_sentence[0]
    return (
        last is not None
        and date.time is not None
        and date.time.low is not None
        and date.time.low > last
        and _STARTS_BEFORE.search(date.sentence, max(0, start - 30), start) is not None
    )


def apart_from_main(day: dt.date, first: dt.date | None, last: dt.date | None) -> bool:
    """Whether a day is well apart from the main event's days, `first` to `last`: more than
    DAYS_APART before the first or after the day after the last."""
    if first is None or last is None:
        return False
    low = first - dt.timedelta(days=DAYS_APART)
    return not low <= day <= last + dt.timedelta(days=1)


def calendar_span(time: TimeExpr) -> bool:
    """Whether a time is a year or a month of a year (no season, no week, no day)."""
    return _CALENDAR_SPAN.match(time.value) is not None


def span_apart(time: TimeExpr, first: dt.date | None, last: dt.date | None) -> bool:
    """Whether every day of a month or a year lies well apart from the main event's days."""
    low, high = time.low, time.high
    if low is None or high is None or first is None:
        return False
    return (
        calendar_span(time)
        and apart_from_main(low, first, last)
        and apart_from_main(high, first, last)
        and not low <= first <= high
    )


def coming_fiscal_year(date: Claim, first: dt.date | None) -> bool:
    """Whether a year is written as the fiscal year of the main event's year or the next: a
    budget passed in June 2025 is "for the 2026 fiscal year", and that year is what the
    budget is for, not when it happened."""
    return (
        fiscal_year(date)
        and first is not None
        and date.value in (str(first.year), str(first.year + 1))
    )


def fiscal_year(date: Claim) -> bool:
    """Whether a year is written as a fiscal year ("fiscal 2026", "the 2026 fiscal year")."""
    start, end = date.span_in_sentence
    return bool(
        _FISCAL_BEFORE.search(date.sentence, max(0, start - 20), start)
        or _FISCAL_AFTER.match(date.sentence, end)
    )
