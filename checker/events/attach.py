"""The event each figure belongs to, against its story's model (checker.events.story).

A figure belongs to the main event unless its sentence ties it to something else: the war
or conflict as a whole ("the war has killed more than 280,000"), a stretch of time ("in the
past two weeks", "since September 2015", "in 2016"), another day well apart from the main
event's, an earlier event told as background ("the deadliest since ...", "last year"),
another place, a round-up of several incidents or a rate. A running count of the main
event's harm is dated to the day it was counted, not the day of the event it counts.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterable
from functools import lru_cache

from checker.events.anaphora import dates_of
from checker.events.apart import (
    apart_from_main,
    calendar_span,
    coming_fiscal_year,
    fiscal_year,
    period_start,
    span_apart,
)
from checker.events.changes import SHARE_PRICE_CHANGE
from checker.events.converted import with_money_conversions
from checker.events.corrections import CORRECTED, corrected
from checker.events.frames import (
    MAIN,
    OTHER_EVENT,
    RATE_EVENT,
    ROUND_UP_EVENT,
)
from checker.events.kinds import percent_kind
from checker.events.persons import with_name_variants, with_story_names
from checker.events.physical import PEAK_WATER_LEVEL, physical_kind
from checker.events.places import elsewhere
from checker.events.role_names import with_role_names
from checker.events.roles import with_victim_ages
from checker.events.since import since_event_start
from checker.events.story import ISO_DAY, StoryModel, story_model
from checker.events.vocab import event_vocabulary
from checker.evolve import evolve
from checker.extract.comparison import (
    base_figure_between,
    comparison_base,
    dates_other_than_figure,
    is_base_figure,
    own_time_after,
)
from checker.extract.event_dates import INCIDENT
from checker.extract.junk import modifier_time
from checker.extract.lexicons import CaselessPattern
from checker.extract.scopes import EARLIER, RATE_PREFIX, ROUND_UP
from checker.model import Claim, Document, TimeExpr

WAR = "the war as a whole"
_CUE_AFTER = 80  # a cue after the figure counts when it is this close, in the same clause
_CLAUSE_BREAK = re.compile(r"[,;:()]|\s-\s")
# the part "alone" follows: "in Aleppo alone", "during the month of July alone"
_PART_BEFORE = re.compile(r"\b(?:in|on|at|during|for|from|among)\s+(?:[\w'-]+\s+){1,4}$", re.I)


def attach_events(documents: Iterable[Document], claims: Iterable[Claim]) -> tuple[Claim, ...]:
    """Every claim with the event it belongs to (`Claim.event`), and a running count of the
    main event's day with the day it was counted (`_count_day`)."""
    documents = tuple(documents)
    claims = tuple(claims)
    model = story_model(documents, claims, describe=False)  # events read no frame
    dates = _sentence_days(claims)

    def attach(claim: Claim) -> Claim:
        claim = since_event_start(claim, model)
        event = event_of_claim(claim, model, dates_of(claim, dates))
        return evolve(claim, event=event, as_of=_count_day(claim, event, model))

    attached = tuple(attach(c) for c in claims)
    named = with_story_names(documents, attached)
    named = with_victim_ages(with_name_variants(with_role_names(documents, named)), documents)
    return with_money_conversions(named)


def _count_day(claim: Claim, event: str, model: StoryModel) -> str:
    """The day a running count of the main event's harm is as of. "The crash on Tuesday
    killed 12 people", told by an article of Thursday, dates the crash, not the count: the
    count is the one known when the article was written, so an outlet's "killed 15" of
    Friday is a later count, not a rival for Tuesday's. A count dated to another day than
    the main event's keeps that day ("had risen to 31 by Wednesday")."""
    first, last, published = model.first_day, model.last_day, claim.published
    if (
        event != MAIN
        or claim.kind != "count"
        or not claim.measure.cumulative
        or claim.as_of_source != "text"
        or first is None
        or last is None
        or not published
        or not ISO_DAY.match(claim.as_of)
    ):
        return claim.as_of
    day = dt.date.fromisoformat(claim.as_of[:10])
    if first <= day <= last and day.isoformat() < published:
        return published
    return claim.as_of


def _sentence(claim: Claim) -> tuple[str, int]:
    return claim.document, claim.sentence_start


def _sentence_days(claims: tuple[Claim, ...]) -> dict[tuple[str, int], tuple[Claim, ...]]:
    """The dates of each sentence that may date its figures: not a time written as a kind of
    thing ("eight items of 18th-century jewellery", junk.modifier_time), which dates no
    figure of its sentence in the extraction either."""
    found: dict[tuple[str, int], list[Claim]] = {}
    for claim in claims:
        if (
            claim.kind == "date"
            and claim.time is not None
            and claim.time.low is not None
            and not modifier_time(claim.sentence, *claim.span_in_sentence)
        ):
            found.setdefault(_sentence(claim), []).append(claim)
    return {k: tuple(v) for k, v in found.items()}


def event_of_claim(claim: Claim, model: StoryModel, dates: tuple[Claim, ...] = ()) -> str:
    """The event a figure belongs to: MAIN, or a background event's name."""
    measure = claim.measure
    sentence, figure = claim.sentence, claim.span_in_sentence
    if corrected(claim):
        return CORRECTED  # "An earlier version of this article said ...", "24, not 25"
    if claim.kind == "date":
        # a date dates its own event ("the offensive began on"): only a sentence about an
        # earlier event moves it, or a document of another incident of the folder
        if _cue_near("earlier", sentence, figure):
            return OTHER_EVENT
        # (the day of the folder's incident, not of a named event told for months)
        apart = model.day_apart(claim.document) if claim.measure.entity == INCIDENT else ""
        return f"event of {apart}" if apart else MAIN
    scoped = _scoped_event(measure.scope)
    if scoped:
        return scoped
    if measure.cumulative and _whole_conflict(sentence):
        return WAR
    if measure.since:
        return f"since {measure.since}"
    if measure.period:
        return f"period {measure.period}"
    period = _cue_near("period", sentence, figure)
    if period and _level_at_peak(claim, period):
        period = None  # "the river peaked at 6.8 metres": the peak is the level, no stretch
    if period and not (claim.kind == "amount" and _CURRENT_PERIOD.fullmatch(period.group(0))):
        return f"period: {_phrase(sentence, period, figure[0])}"
    if _cue_near("earlier", sentence, figure):
        return OTHER_EVENT
    other_day = _other_day(dates, model, figure, claim.sentence_start, claim.kind in _RESULTS)
    if other_day:
        return f"event of {other_day}"
    other_place = elsewhere(sentence, model.places, model.lead_words, model.common_words)
    if other_place and not _market_move(claim):
        return f"event at {other_place}"
    apart = model.day_apart(claim.document)
    return f"event of {apart}" if apart else MAIN


# the stretch that holds the day of publication: an amount of money "imposed this week" is
# the story's own, not a total over the week (a count of the dead this week is)
_CURRENT_PERIOD = re.compile(r"this\s+week", re.I)


def _level_at_peak(claim: Claim, cue: re.Match[str]) -> bool:
    """Whether a peak cue is a water level's own words ("peaked at 6.8 metres"): the level
    at its peak is the measure (events.json length "peak water level"), not a count at the
    stretch of time the peak names ("at its peak, 300 people were in shelters")."""
    return (
        claim.kind == "amount"
        and _PEAK.match(cue.group(0).lower()) is not None
        and physical_kind(claim) == PEAK_WATER_LEVEL
    )


def _market_move(claim: Claim) -> bool:
    """A company's share move: the place its sentence names is its market ("closed down
    7.4% in Johannesburg"), not the place of another event."""
    return (
        claim.kind == "percent"
        and bool(claim.change)
        and percent_kind(claim).startswith(SHARE_PRICE_CHANGE)
    )


def _scoped_event(scope: str) -> str:
    if scope == ROUND_UP:
        return ROUND_UP_EVENT
    if scope == EARLIER:
        return OTHER_EVENT
    if scope.startswith(RATE_PREFIX):
        return RATE_EVENT
    return ""


@lru_cache(maxsize=4096)
def _whole_conflict(sentence: str) -> bool:
    return event_vocabulary().conflict.search(sentence) is not None


def _cue_near(kind: str, sentence: str, figure: tuple[int, int]) -> re.Match[str] | None:
    """A cue before the figure in its sentence, or just after it in the same clause."""
    start, end = figure
    starts, matches = _cues(getattr(event_vocabulary(), kind), sentence)
    if kind == "earlier":
        kept = tuple(m for m in matches if not _time_after(sentence, m))
        if len(kept) != len(matches):
            starts, matches = [m.start() for m in kept], kept
    after = bisect.bisect_left(starts, end)  # the first cue that starts past the figure
    if after < len(matches):
        match = matches[after]
        near = match.end() <= end + _CUE_AFTER
        # a base figure between ("to 4.3% of GDP from 5.1% this year") takes the cue: the
        # base's time, not the figure's
        if (
            near
            and not _CLAUSE_BREAK.search(sentence, end, match.start())
            and not base_figure_between(sentence, end, match.start())
        ):
            return match
    before = bisect.bisect_left(starts, start)
    return matches[before - 1] if before else None


def _time_after(sentence: str, cue: re.Match[str]) -> bool:
    """Whether an "after" cue only dates the sentence after something ("Three days after the
    quake, the toll stood at 48", "days after a magnitude-6.1 quake struck"): the story's
    own event as often as another. Another incident is told as what this one came after:
    "The attack came days after a bombing killed 12", "follows a similar attack"."""
    words = cue.group(0).lower()
    if not words.endswith("after") or words.startswith(("came", "comes")):
        return False
    return _CAME_BEFORE.search(sentence, max(0, cue.start() - 24), cue.start()) is None


_CAME_BEFORE = re.compile(
    r"\b(?:came|comes|come|coming|follows|followed|following)\b[^,.;]*$", re.I
)


@lru_cache(maxsize=64)
def _cues(pattern: CaselessPattern, sentence: str) -> tuple[list[int], tuple[re.Match, ...]]:
    """Every cue of a sentence and where each starts, found once for all its figures: a
    sentence of a thousand figures is read once, not once per figure (issue 16)."""
    matches = tuple(pattern.finditer(sentence))
    return [m.start() for m in matches], matches


def _phrase(sentence: str, cue: re.Match, figure: int) -> str:
    """The cue and the few words that name its stretch of time: "in the past two weeks";
    for "alone", the words before it that name the part: "in July alone", "in Aleppo
    alone" (two parts, not one "alone"). The words stop at the figure (`figure`, where it
    starts): "the river peaked at 5.1 metres" and "peaked at 6.4 metres" name one
    stretch, "peaked at", not two."""
    if cue.group(0).lower() == "alone":
        before = _PART_BEFORE.search(sentence, max(0, cue.start() - 60), cue.start())
        if before is not None:
            return " ".join(f"{before.group(0)}alone".lower().split())
    stop = figure if figure >= cue.end() else len(sentence)
    rest = _PERIOD_WORDS.match(sentence[cue.end() : stop])
    words = (cue.group(0) + (rest.group(0) if rest else "")).lower().split()
    return _rolling_window(" ".join(words))


# up to three words after a period's cue, not past a word that opens another phrase: "this
# year to end a strike" and "this year and a further 7 per cent" name one stretch, this year
_PERIOD_WORDS = re.compile(
    r"(?:\s+(?!(?:to|and|or|but|as|after|before|when|while|because|which|that|who|with|amid"
    r"|despite|following|than)\b)[\w-]+){0,3}",
    re.I,
)
# "in the past 24 hours", "over the last day", "during the previous 24 hours": one stretch
# of time however the outlet words it (a week is seven days, a day 24 hours)
_ROLLING = re.compile(
    r"^(?:in|over|during|within)\s+the\s+(?:past|last|previous)\s+"
    r"(?:(?P<count>\d+|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+)?"
    r"(?P<unit>hours?|days?|weeks?|fortnight|months?)\b"
)
# the highest point of the event, however the outlet words it: one stretch of time
_PEAK = re.compile(r"^(?:at\s+(?:the|its)\s+(?:peak|height)|peaked\s+at)\b")
_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_COUNTS |= {"eight": 8, "nine": 9, "ten": 10}
_IN_UNITS = {"hour": ("hours", 1), "day": ("hours", 24), "week": ("days", 7)}
_IN_UNITS |= {"fortnight": ("days", 14), "month": ("months", 1)}


def _rolling_window(phrase: str) -> str:
    """A stretch of time up to the report, in one wording: "the last 24 hours", "the last 7
    days"; the event's highest point as "at the peak"; any other phrase as it is."""
    if _PEAK.match(phrase):
        return "at the peak"  # "at the height of the storm", "at its peak", "peaked at"
    match = _ROLLING.match(phrase)
    if match is None:
        return phrase
    count = match["count"] or "1"
    number = int(count) if count.isdigit() else _COUNTS[count]
    unit, size = _IN_UNITS[match["unit"].rstrip("s")]
    total = number * size
    if unit == "hours" and total % 24 == 0 and total > 24:
        unit, total = "days", total // 24  # "the past 48 hours" is the last 2 days
    return f"the last {total} {unit}" if total > 1 else f"the last {unit[:-1]}"


def _other_day(
    dates: tuple[Claim, ...],
    model: StoryModel,
    figure: tuple[int, int],
    sentence_start: int,
    results: bool = False,
) -> str:
    """A time, in the figure's sentence and before it or in its clause, of another event
    than the main one (_apart_from_main): "filed for bankruptcy once before, in 2023",
    "when it went public in 2004". The base of a change takes the time right after it
    ("to 3.4 percent in March from 3.9 percent in February": February's)."""
    sentence = dates[0].sentence if dates else ""
    if dates and is_base_figure(sentence, figure[0]):
        for date in dates:
            at = date.start - sentence_start
            time = date.time
            if (
                time is not None
                and own_time_after(sentence, figure[1], at)
                and _apart_from_main(date, time, model, results)
            ):
                return time.value
    for date in dates:
        time = date.time
        if time is None or not _apart_from_main(date, time, model, results):
            continue
        at = date.start - sentence_start
        if (
            at < figure[1] + _CUE_AFTER
            and not comparison_base(date.sentence, at)
            and not base_figure_between(date.sentence, figure[1], at)
            and not (at > figure[1] and _SINCE_BEFORE.search(date.sentence, max(0, at - 8), at))
            # "38.2% of the vote, its best result since it was founded in 1994", "fined
            # EUR27.5 million over a cyber attack in March 2021": not the figure's day
            and not dates_other_than_figure(date.sentence, figure[1], at)
        ):
            return time.value
    return ""


# the figures of a report on last year (results, statistics): amounts and shares
_RESULTS = frozenset({"amount", "percent"})
# "to make up for inflation since 2022" after the figure: when a running stretch began, not
# the day of another event the figure is of
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:early\s+|late\s+|mid-?)?$", re.I)


def _apart_from_main(date: Claim, time: TimeExpr, model: StoryModel, results: bool = False) -> bool:
    """Whether a date tells another event than the main one: a day well apart from the main
    event's days, or a month or year all of whose days are. In a story none of whose
    documents is dated, a year or a month of a year that no headline or first sentence
    names: news tells its own event by the weekday, so "In 2007, a magnitude 8.0 quake
    killed more than 500" tells another one."""
    first, last = model.first_day, model.last_day
    if first is None or last is None:
        return (
            calendar_span(time) and time.value[:4] not in model.lead_years and not fiscal_year(date)
        )
    if time.low is None or time.high is None:
        return False
    if ISO_DAY.match(time.value):
        return apart_from_main(time.low, first, last) and not period_start(date, last)
    if results and time.value == str(first.year - 1) and time.value in model.lead_years:
        # "Net profit for 2025 was 37.5 million lari" in a story of 2025's results, told in
        # 2026, whose headlines or ledes name 2025: the year the story reports on
        return False
    return span_apart(time, first, last) and not coming_fiscal_year(date, first)
