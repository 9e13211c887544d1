"""When a figure is of (Claim.as_of): its own date in its clause, else the publication
date; in an article with no date, its own weekday, else the day its headline and lede tell
the news on. Read by checker.extract.claims for every figure."""

from __future__ import annotations

import datetime as dt
import re

from checker.extract.comparison import (
    comparison_base,
    dates_other_than_figure,
    is_base_figure,
    own_time_after,
)
from checker.extract.measures import Clause
from checker.extract.periods import rolling_window
from checker.extract.timex_calendar import bounds
from checker.extract.timex_common import no_week_day, weekday_of_no_week
from checker.model import Measure, TimeExpr


def figure_time(
    measure: Measure,
    clause: Clause,
    times: tuple[TimeExpr, ...],
    published: dt.date | None,
    folded: str,
    news_day: str = "",
) -> tuple[str, str]:
    """The time a figure refers to: its own date in the clause, else the publication date;
    in an article with no date, its own weekday in the clause ("rose to 19 on Sunday"), else
    the first weekday its headline and lede name (`news_day`, news_weekday)."""
    if measure.period:
        if measure.cumulative and published is not None and _running(measure.period, published):
            # "more than 300 have died during this year's hajj": a toll of a period still
            # running when the article was published is counted up to that day
            return published.isoformat(), "published"
        return measure.period, "text"
    if not measure.since:
        if own := _base_time(folded, clause, times):
            return own.value, "text"
        plain: list[TimeExpr] = []  # the dates of the clause that may date the figure
        possessive: list[TimeExpr] = []
        for time in times:
            if (
                time.type != "DATE"
                or not clause.start <= time.start < clause.end
                or comparison_base(folded, time.start)  # "up 18% from a year earlier"
                or rolling_window(time)  # "over the past week": up to the report's day
                # "Turnout was 68.4%, the highest since 2009": the comparison's year
                or dates_other_than_figure(folded, clause.figure_end, time.start)
                or in_dateline(folded, time)  # "April 19 (Economy Wire) - Sales rose 0.4%"
            ):
                continue
            if (
                measure.cumulative
                and time.start > clause.figure_end
                and _WHEN_BETWEEN.search(folded, clause.figure_end, time.start)
            ):
                # "164 were injured when an earthquake struck early on Tuesday", "seven
                # people who lost their lives following a lightning strike on Sunday": the
                # day of the event the toll is of, not the day the toll was counted
                continue
            if time.end <= clause.figure_start and _in_relative_clause(folded, time, clause):
                # "17p higher than the 245p offer that Fairway rejected ten days ago, and
                # represents a premium of about 48pc": the day of the offer, not the premium's
                continue
            # a day's name in the possessive names an event ("the toll from Saturday's
            # bombing rose to 19 on Sunday"): the figure's own day is another date of its
            # clause, if any
            if _POSSESSIVE_AFTER.match(folded, time.end):
                possessive.append(time)
                continue
            if time.low is not None and published is not None and time.low > published:
                continue  # "charged with six counts, to appear in court on Friday": a day
                # still ahead when the article was published dates what is due, not the count
            if time.low is not None:
                return time.value, "text"
            plain.append(time)
        for time in () if plain else possessive:
            if time.low is not None:
                return time.value, "text"
        opening = _opening_time(folded, clause, times, published) if not plain else None
        if opening is not None:
            return opening.value, "text"
        if published is None:
            for time in plain or possessive:  # an undated article's "on Sunday": a weekday
                if weekday_of_no_week(time.value):  # of no known week
                    return time.value, "text"
    if published is not None:
        return published.isoformat(), "published"
    if news_day:
        return news_day, "lead"
    return "", ""


# a wire dateline: "April 19 (Economy Wire) -", "NEW HAVEN, Conn., Oct. 27 (UPI) --",
# "WAGGA WAGGA, March 6 AAP -": the day the copy was filed, not the time of its figures
_DATELINE_BEFORE = re.compile(
    r"(?:^|\n)(?:[A-Z][A-Za-z .'-]{1,40},(?:[ \t]+[A-Z][A-Za-z.]{1,14},)?[ \t]+)?$"
)
_DATELINE_AFTER = re.compile(
    r"(?:,?[ \t]+\d{4})?[ \t]*(?:\([^()\n]{1,40}\)|[A-Z]{2,6})[ \t]*[-\u2013\u2014]"
)


def in_dateline(folded: str, time: TimeExpr) -> bool:
    """Whether a date opens its line as a wire dateline does."""
    return (
        _DATELINE_AFTER.match(folded, time.end) is not None
        and _DATELINE_BEFORE.search(folded, max(0, time.start - 60), time.start) is not None
    )


def _base_time(folded: str, clause: Clause, times: tuple[TimeExpr, ...]) -> TimeExpr | None:
    """The time of a figure that is the base of a change, right after it with nothing but a
    preposition between: "slowed to 3.4 percent in March from 3.9 percent in February"
    dates the 3.9 to February, not March. None for any other figure."""
    if not is_base_figure(folded, clause.figure_start):
        return None
    for time in times:
        if (
            time.type == "DATE"
            and time.low is not None
            and own_time_after(folded, clause.figure_end, time.start)
        ):
            return time
    return None


# what may open a sentence before the time that governs all of it: "On Saturday, ...",
# "Earlier on Friday, ...", "And in 2015 ...", "Late last year ..."
_OPENING = re.compile(
    r"""
    [\s"'\u201c]*                                          # quotes and blanks
    (?:(?:and|but|also|earlier|later|meanwhile|separately|then)[ \t]*,?[ \t]+)?
    (?:(?:on|in|at|during|by|early|late|earlier|later|until)[ \t]+)?  # its preposition
    (?:the[ \t]+)?
    """,
    re.VERBOSE | re.I,
)
# after the time: a comma, or a word that starts the clause it governs; not a possessive
# ("Saturday's bombing killed 19": that names an event)
_OPENING_AFTER = re.compile(r"[ \t]*,|[ \t]+(?![\w-]*['\u2019]s?\b)", re.I)


def _opening_time(
    folded: str, clause: Clause, times: tuple[TimeExpr, ...], published: dt.date | None
) -> TimeExpr | None:
    """The date that opens a figure's sentence and governs every clause of it: "On
    Saturday, two women and two children were among eight people killed" dates the eight
    too, not only the first figure after the date. None when another date stands between
    it and the figure, which then governs what follows it."""
    start = clause.sentence_start
    if start < 0 or start >= clause.start:
        return None  # the figure's own clause starts the sentence: already read
    opening = None
    for time in times:
        if time.start >= clause.figure_start:
            break
        if time.type != "DATE":
            continue
        if opening is not None:
            return None  # a later date before the figure governs what follows it
        if time.start > start + _OPENING_REACH or not _OPENING.fullmatch(folded, start, time.start):
            return None
        opening = time
    if (
        opening is None
        or opening.low is None
        or _OPENING_AFTER.match(folded, opening.end) is None
        or (published is not None and opening.low > published)
        or rolling_window(opening)
        or in_dateline(folded, opening)
    ):
        return None
    return opening


_OPENING_REACH = 30  # characters from the sentence's start to the opening date


def _running(period: str, published: dt.date) -> bool:
    """Whether a period had begun and not ended on the day of publication."""
    first, last = bounds(period)
    return first is not None and last is not None and first <= published <= last


def _in_relative_clause(folded: str, time: TimeExpr, clause: Clause) -> bool:
    """Whether a date before a figure closes a relative clause of another noun: a relative
    pronoun before it with no comma between, and a comma between it and the figure."""
    before = folded[max(clause.start, time.start - _RELATIVE_REACH) : time.start]
    before = before[before.rfind(",") + 1 :]
    return bool(_RELATIVE.search(before)) and "," in folded[time.end : clause.figure_start]


_RELATIVE = re.compile(r"\b(?:that|which|who|whom|whose)\b", re.I)
_RELATIVE_REACH = 60  # characters before a date where its relative pronoun may stand
_POSSESSIVE_AFTER = re.compile(r"['\u2019]s?\b")
_WHEN_BETWEEN = re.compile(r"\b(?:when|after|following)\b", re.I)
_LEAD_CHARS = 400  # the headline and lede, where an article tells the day of its news
# a weekday that bounds a stretch of time is not the day of the news: "died since Saturday
# rose to 68 on Tuesday", "closed until Monday"
_BOUND_BEFORE = re.compile(r"\b(?:since|until|till|from)\s+(?:last\s+)?$", re.I)


def news_weekday(folded: str, times: tuple[TimeExpr, ...]) -> str:
    """The day an article with no date tells its news on: the first weekday its headline
    and lede name, not in the possessive ("the toll from Saturday's bombing rose to 19 on
    Sunday": Sunday; "jolted the island on Sunday, followed by aftershocks on Monday":
    Sunday), nor one that bounds a stretch of time ("died since Saturday rose to 68 on
    Tuesday": Tuesday); "" when they name none."""
    for time in times:
        if time.start >= _LEAD_CHARS:
            break
        day = no_week_day(time.value)
        if (
            time.type in ("DATE", "TIME")
            and day
            and not _POSSESSIVE_AFTER.match(folded, time.end)
            and not _BOUND_BEFORE.search(folded, max(0, time.start - 12), time.start)
        ):
            return day
    return ""
