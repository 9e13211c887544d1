"""Whether two ages given to one person (checker.extract.people) can both be true.

A person aged a on day d was born in the year before d minus a years: a later report may
give an age older by as much as the time between allows, or the same age (the age at the
event: the dead do not grow older), never a younger one. On the same day ages must agree.
Reports up to two weeks apart are read as of the same time (SAME_TIME_DAYS): a birthday
between them is possible but unlikely (under one chance in 25), and the flag says so. An
age is as of its article's publication ("Thomas Jr., 20, told police he was firing in
July": his age now), unless its sentence dates itself a year or more earlier ("in 2003, a
40-year-old Don Spirit pleaded guilty")."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from checker.events.roles import ROLES
from checker.extract.timex_calendar import bounds
from checker.findings.figures import figure_order, relative_gap
from checker.model import Claim, Conflict

AGES_DIFFER = "ages differ"
# ages of a role further apart than three years are two people (a toddler told as 2 and as
# 3 is one child; 4 and 10, 27 and 32 are two)
_ROLE_AGE_STEP = Decimal(3)
SAME_TIME_DAYS = 14
_YEAR_DAYS = 365.25


def age_conflict(a: Claim, b: Claim) -> Conflict | None:
    """The conflict between two ages of one person, or None when both can hold."""
    try:
        x, y = Decimal(a.value), Decimal(b.value)
    except ArithmeticError:
        return None
    if a.measure.entity in ROLES and abs(x - y) > _ROLE_AGE_STEP:
        # ages of an unnamed role this far apart are two people's ("a 4-year-old was shot"
        # and "a 10-year-old girl, who was shot in her living room": two shootings told in
        # one folder; "convicted a 27-year-old man" and "Peterson, 32, was convicted": two
        # trials), not one person's age told wrong (10 and 11, 2 and 3, 20 and 22)
        return None
    day_a, day_b = _day(a), _day(b)
    if day_a is None or day_b is None:  # a year may lie between: one more is no conflict
        if abs(x - y) <= 1:
            return None
        first, second = (a, b) if figure_order(a) <= figure_order(b) else (b, a)
        return Conflict(first, second, relative_gap(first, second), AGES_DIFFER)
    first, second = (a, b) if day_a <= day_b else (b, a)
    if first is not a:
        x, y = y, x
    days = abs((day_b - day_a).days)
    elapsed = 0.0 if days <= SAME_TIME_DAYS else days / _YEAR_DAYS
    grew = float(y - x)
    if 0 <= grew < elapsed + 1:  # older by what the time allows, or the age at the event
        return None
    if not elapsed and figure_order(second) < figure_order(first):
        first, second = second, first  # at one time: the lower age first
    return Conflict(first, second, relative_gap(first, second), AGES_DIFFER)


def age_note(first: Claim, second: Claim) -> str:
    """Why two ages of one person conflict, in words."""
    day_first, day_second = _day(first), _day(second)
    if day_first is None or day_second is None:
        return (
            f"one person cannot be both {first.value} and {second.value} years old within "
            "a year (one article gives no date)"
        )
    days = abs((day_second - day_first).days)
    if days <= SAME_TIME_DAYS:
        if not days:
            return (
                f"one person cannot be both {first.value} and {second.value} years old on the "
                f"same day ({day_first})"
            )
        before, after = (first, second) if day_first <= day_second else (second, first)
        # a birthday between explains one year more, never two
        older_later = Decimal(after.value) - Decimal(before.value) == 1
        return (
            f"one person cannot be both {first.value} ({day_first}) and {second.value} "
            f"({day_second}) years old {days} day{'s' if days > 1 else ''} apart"
            + (", unless a birthday fell between" if older_later else "")
        )
    if day_second < day_first:
        first, second, day_first, day_second = second, first, day_second, day_first
    span = f"{days} days later" if days < 2 * 30 else f"{days / _YEAR_DAYS:.1f} years later"
    if Decimal(second.value) < Decimal(first.value):
        why = "an age never falls"
    else:
        why = "more than the time between allows"
    return (
        f"one person aged {first.value} on {day_first} cannot be {second.value} on "
        f"{day_second}, {span}: {why}"
    )


def _day(claim: Claim) -> dt.date | None:
    """The day an age holds on: its article's publication, or the time its own sentence
    names when that is a year or more earlier (a month or a year counts from its middle),
    or that time when the article has no date."""
    published = _date_of(claim.published)
    told = _date_of(claim.as_of) if claim.as_of_source == "text" else None
    if told is not None and (published is None or (published - told).days >= _PAST_DAYS):
        return told
    return published or _date_of(claim.as_of)


_PAST_DAYS = 365


def _date_of(text: str) -> dt.date | None:
    """The middle day of the span a TIMEX3 date value covers, or None."""
    low, high = bounds(text) if text else (None, None)
    if low is None or high is None:
        return None
    return low + (high - low) // 2
