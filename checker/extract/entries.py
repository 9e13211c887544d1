"""The time of day a figure was reported at, where an article tells it.

A live blog tells its news in time-stamped entries ("6:40 p.m." on a line of its own, or
"11:40 — Two more bodies have been recovered ..."), latest first or earliest first, and may
head them with the day they are of ("Tuesday, June 3", "Yesterday (Monday)"). A dated page
may give the time of its last update ("Date: August 24, 2025, 7:30 p.m. MDT"). A figure of
such an entry is of that day and time: Claim.as_of reads "2025-11-04T18:40" (a TIMEX3
value), so that a blog's morning count and its evening count are two states of one day
(checker.events.timeline orders them), not one article contradicting itself. A time is read
only where the text shows it is a blog's stamp: at the start of a line, in an article with
at least two of them; a date and a time with nothing of the day's order are the same time
(checker.events.timeline.time_key).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass

from checker.extract.timex_common import clock_hour
from checker.extract.timex_vocab import MONTHS, WEEKDAYS

# a stamp opening a line: "6:40 p.m.", "08:15", "11:40 —", "7:21 PM:", "09:05 Good morning"
# (a line's start is found by its newline: a literal the engine scans for, where "^" with
# re.M is tried at every character; the text's first line is no blog entry)
_STAMP = re.compile(
    r"""\n[ \t]*(?P<hour>[01]?\d|2[0-3])[:.](?P<minute>[0-5]\d)
        (?:[ \t]*(?P<half>[AaPp])\.?[ \t]?[Mm]\.?)?
        (?:[ \t]+(?:[A-Z]{2,4}T?|GMT|UTC)\b)?
        [ \t]*(?=\n|\Z|[:\u2014\u2013-][ \t]|[ \t]+[A-Z"\u201c\u2018'])""",
    re.X,
)
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# a line that heads a blog's entries with their day: "Tuesday, June 3", "Wednesday 4 June
# 2025", "Yesterday (Monday)", "Today"; with its time, a stamp too: "Wednesday, March 5, 8:10
# a.m." (found after a newline, as _STAMP)
_DAY_LINE = re.compile(
    rf"""\n[ \t]*(?:
        (?P<relative>Yesterday|Today)(?:[ \t]*\((?P<named>{_WEEKDAY})\))?
      | (?P<weekday>{_WEEKDAY})
        (?:,?[ \t]+(?:(?P<month>{_MONTH})[ \t]+(?P<day>\d{{1,2}})
                     |(?P<day2>\d{{1,2}})[ \t]+(?P<month2>{_MONTH}))
           (?:,?[ \t]+(?P<year>\d{{4}}))?)?
    )
    (?:,?[ \t]+(?:at[ \t]+)?(?P<hour>[01]?\d|2[0-3])[:.](?P<minute>[0-5]\d)
       (?:[ \t]*(?P<half>[AaPp])\.?[ \t]?[Mm]\.?)?(?:[ \t]+(?:[A-Z]{{2,4}}T?|GMT|UTC)\b)?)?
    [ \t]*(?=\n|\Z)""",
    re.X,
)
# the time a page's date line gives: "August 24, 2025, 7:30 p.m. MDT", "Updated 6:40 p.m."
_CLOCK = re.compile(
    r"""\b(?P<hour>[01]?\d|2[0-3])[:.](?P<minute>[0-5]\d)
        (?:[ \t]*(?P<half>[AaPp])\.?[ \t]?[Mm]\.?|(?=[ \t]*(?:[A-Z]{2,4}T?|GMT|UTC)\b))""",
    re.X,
)
_DATE_WORDS = re.compile(
    rf"\b(?:{_MONTH}|{_WEEKDAY}|\d{{4}}-\d\d-\d\d|\d{{1,2}}/\d{{1,2}}/\d{{2,4}})", re.I
)
_TOP_LINES = 5  # the lines at the top of a page where its date line stands
_MIN_STAMPS = 2  # one time opening a line is no blog


@dataclass(frozen=True)
class Entries:
    """The entries of an article: where each starts, the day it is of (None: the
    article's own day) and its time ("HH:MM", "" when none); `published_clock` is the time
    of the page's date line, for what stands before the first entry."""

    starts: tuple[int, ...] = ()
    days: tuple[dt.date | None, ...] = ()
    clocks: tuple[str, ...] = ()
    published_clock: str = ""

    def at(self, position: int) -> tuple[dt.date | None, str]:
        """The day and the time of the entry holding `position`."""
        index = bisect.bisect_right(self.starts, position) - 1
        if index < 0:
            return None, self.published_clock
        return self.days[index], self.clocks[index]

    def as_of(self, position: int, as_of: str, source: str, published: dt.date | None) -> str:
        """A figure's as-of value (checker.extract.as_of.figure_time) with its entry's day and
        time: only for a figure dated by its article's publication (`source`)."""
        if source != "published" or published is None:
            return as_of
        day, clock = self.at(position)
        day = day or published
        return f"{day.isoformat()}T{clock}" if clock else day.isoformat()


NO_ENTRIES = Entries()


def article_entries(text: str, published: dt.date | None) -> Entries:
    """The time-stamped entries of an article (NO_ENTRIES when it has none and its date line
    gives no time)."""
    stamps = list(_STAMP.finditer(text))
    day_lines = list(_DAY_LINE.finditer(text))
    if len(stamps) + sum(1 for line in day_lines if line.group("hour")) < _MIN_STAMPS:
        clock = _published_clock(text, published) if published is not None else ""
        return Entries(published_clock=clock) if clock else NO_ENTRIES
    # (start, time, day): a stamp has a time, a day line a day, a day line with a time both
    marks: list[tuple[int, str, dt.date | None]] = []
    for stamp in stamps:
        marks.append((stamp.start() + 1, _hhmm(stamp), None))
    for line in day_lines:
        day = _day_of(line, published) if published is not None else None
        hhmm = _hhmm(line) if line.group("hour") else ""
        if day is not None or hhmm:
            marks.append((line.start() + 1, hhmm, day))
    marks.sort(key=lambda mark: mark[0])
    starts: list[int] = []
    days: list[dt.date | None] = []
    clocks: list[str] = []
    day_now: dt.date | None = None
    for start, hhmm, day in marks:
        day_now = day or day_now
        starts.append(start)
        days.append(day_now)
        clocks.append(hhmm)
    # what stands before the first entry (the headline) is of the blog's latest time, when
    # that is of the page's own day
    timed = [(day or published, clock) for day, clock in zip(days, clocks, strict=True) if clock]
    latest = max(timed, key=lambda entry: (entry[0] or dt.date.min, entry[1]), default=None)
    clock = latest[1] if latest is not None and latest[0] == published else ""
    return Entries(tuple(starts), tuple(days), tuple(clocks), clock)


def _hhmm(match: re.Match[str]) -> str:
    hour = clock_hour(int(match.group("hour")), match.group("half") or "")
    return f"{hour:02d}:{int(match.group('minute')):02d}"


def _published_clock(text: str, published: dt.date) -> str:
    """The time the date line at the top of a page gives, or "" (also when the line names
    a day other than the page's)."""
    for number, line in enumerate(text.splitlines()):
        if number >= _TOP_LINES:
            break
        if len(line) > 120 or not _DATE_WORDS.search(line):
            continue
        if clock := _CLOCK.search(line):
            named = _DAY_LINE.match("\n" + line)
            if named is not None and _day_of(named, published) not in (None, published):
                return ""
            return _hhmm(clock)
    return ""


def _day_of(line: re.Match[str], published: dt.date) -> dt.date | None:
    """The day a day line names, read against the article's publication day."""
    if relative := line.group("relative"):
        return published - dt.timedelta(days=1 if relative.lower() == "yesterday" else 0)
    month_name = line.group("month") or line.group("month2")
    if month_name:
        month = MONTHS[month_name[:3].lower()]  # the time tagger's month names
        day = int(line.group("day") or line.group("day2"))
        year = int(line.group("year")) if line.group("year") else published.year
        try:
            date = dt.date(year, month, day)
        except ValueError:
            return None
        if not line.group("year") and date > published + dt.timedelta(days=1):
            date = date.replace(year=year - 1)  # a December heading of a January blog
        return date
    weekday = WEEKDAYS[line.group("weekday").lower()] - 1  # ISO, Monday 1: as date.weekday()
    return published - dt.timedelta(days=(published.weekday() - weekday) % 7)
