"""A running count "since" a day: the main event's own count when the day is the event's
first (checker.events.attach reads it before a figure's event)."""

from __future__ import annotations

import dataclasses
import datetime as dt

from checker.events.story import ISO_DAY, StoryModel
from checker.evolve import evolve
from checker.extract.periods import since_month
from checker.extract.timex_calendar import bounds
from checker.model import Claim

# how long before the main event's first day a count's "since" may fall and still be the
# event's start: an outbreak that began on Saturday, told on Monday, is counted "since the
# weekend"
_SINCE_START_DAYS = 2
_SINCE_SPAN_DAYS = 6  # a "since" read to its first day: a day, a weekend or a week


def since_event_start(claim: Claim, model: StoryModel) -> Claim:
    """A count "since" the main event began is the whole event's: "a total of 18 people had
    been taken to hospital since the weekend" when the poisoning began on Saturday is the
    count of those in hospital, as "31 people have now been admitted" is; a count since a
    later day is a part of it, and one since long before (the war's toll since 2011) another
    event's."""
    since = claim.measure.since
    start, first = _since_day(since), model.first_day
    if (
        start is not None
        and first is not None
        and not claim.measure.scope  # a round-up's "since Tuesday" spans several incidents
        and first - dt.timedelta(days=_SINCE_START_DAYS) <= start <= first
    ):
        return evolve(claim, measure=dataclasses.replace(claim.measure, since=""))
    if ISO_DAY.match(since):  # another day: its month ("since March 15, 2011": March 2011)
        return evolve(claim, measure=dataclasses.replace(claim.measure, since=since_month(since)))
    return claim


def _since_day(since: str) -> dt.date | None:
    """The first day of a "since" a day or a week names ("2026-01-17", "2026-W03-WE": that
    week's Saturday), or None (a month, a year, nothing)."""
    first, last = bounds(since) if since else (None, None)
    if first is None or last is None or (last - first).days > _SINCE_SPAN_DAYS:
        return None
    return first
