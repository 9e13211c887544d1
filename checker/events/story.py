"""A story's main event, and the event every figure belongs to.

Most documents of a story tell one main event: the day most of them date it to, the places
most of them name. A figure belongs to it unless its sentence ties it to something else:
the war or conflict as a whole ("the war has killed more than 280,000"), a stretch of time
("in the past two weeks", "since September 2015", "in 2016"), another day well apart from
the main event's, an earlier event told as background ("the deadliest since ...", "last
year"), a round-up of several incidents or a rate. Background events keep an identity
(the war; the period "since 2015-09"; the event of 2016-05-31), so that outlets telling
the same background event are still compared with each other, and never with the main one.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import TypeVar

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
from checker.events.frames import (
    MAIN,
    OTHER_EVENT,
    RATE_EVENT,
    ROUND_UP_EVENT,
    SEVERAL,
    Frame,
)
from checker.events.incidents import UNTOLD_DAYS, documents_apart, incidents, people_named
from checker.events.kinds import is_money, percent_kind
from checker.events.persons import with_name_variants, with_story_names
from checker.events.places import common_words, elsewhere, lead_words, story_places
from checker.events.roles import with_victim_ages
from checker.events.vocab import event_vocabulary
from checker.evolve import evolve
from checker.extract.comparison import (
    base_figure_between,
    comparison_base,
    dates_comparison_or_reason,
)
from checker.extract.lexicons import CaselessPattern, measure_lexicon, normalise
from checker.extract.scopes import EARLIER, RATE_PREFIX, ROUND_UP
from checker.extract.text import fold_text, sentence_spans
from checker.extract.where import not_an_agent, places_in, spelling_key
from checker.model import Claim, Document, TimeExpr

WAR = "the war as a whole"

_LEAD_CHARS = 400  # the headline and lede, where a text says what its main event is
_CUE_AFTER = 80  # a cue after the figure counts when it is this close, in the same clause
_CLAUSE_BREAK = re.compile(r"[,;:()]|\s-\s")
# the part "alone" follows: "in Aleppo alone", "during the month of July alone"
_PART_BEFORE = re.compile(r"\b(?:in|on|at|during|for|from|among)\s+(?:[\w'-]+\s+){1,4}$", re.I)
_DAY = re.compile(r"\d{4}-\d\d-\d\d$")


_BARE_IS_ITS_OWN = frozenset({"dollar"})  # StoryModel.currency


@dataclass(frozen=True)
class StoryModel:
    """What the documents of one story share: the main event's days and places."""

    first_day: dt.date | None  # the main event's days, as the documents date it
    last_day: dt.date | None
    places: frozenset[str]  # places most documents name: they restrict nothing
    agents: tuple[tuple[str, str], ...] = ()  # document -> the one agent it tells
    sites: tuple[tuple[str, str], ...] = ()  # document -> the one place its lead names
    lead_words: frozenset[str] = frozenset()  # words of the places any headline or lede names
    # documents whose headline and lede date them well apart from the main event, and no
    # sentence of them to the main event's days -> the first such day
    apart_documents: tuple[tuple[str, str], ...] = ()
    # (document, unit, number) of every amount the documents state, whatever it measures
    amounts: tuple[tuple[str, str, str], ...] = ()
    # (document, sentence start, number) of every count with no event that a change starts
    # from ("up from nine announced at midday", "rose to 31 from 24")
    bare_counts: tuple[tuple[str, int, str], ...] = ()
    # words of the places at least half of the documents name anywhere (places.common_words)
    common_words: frozenset[str] = frozenset()
    # the years the headlines and ledes name ("the 2019 election"): the story's own, when
    # no document is dated
    lead_years: frozenset[str] = frozenset()

    def agent_of(self, document: str) -> str:
        """The agent a document tells its main event by ("airstrikes"), SEVERAL when it names
        several, "" when none: it stands for the agent a sentence leaves out."""
        return self._agent_by_document.get(document, "")

    def site_of(self, document: str) -> str:
        """The one place (not named by most documents) a document's headline and lede put
        its main event in, SEVERAL, or "": it stands for the place a sentence leaves out."""
        return self._site_by_document.get(document, "")

    # looked up once per figure: a dict built once, not once per lookup (issue 18)
    @cached_property
    def _agent_by_document(self) -> dict[str, str]:
        return dict(self.agents)

    @cached_property
    def _site_by_document(self) -> dict[str, str]:
        return dict(self.sites)

    def day_apart(self, document: str) -> str:
        """The day of another incident a whole document tells (apart_documents), or ""."""
        return self._apart_by_document.get(document, "")

    @cached_property
    def _apart_by_document(self) -> dict[str, str]:
        return dict(self.apart_documents)

    @cached_property
    def frames(self) -> dict[str, Frame | None]:
        """claim id -> frame, filled by checker.events.frames.frame_of."""
        return {}

    def currency(self, unit: str) -> str:
        """The currency a bare currency name is in this story: the one named currency of its
        family its documents use ("18.5 million pesos" in a story whose other outlets write
        "₱18.5 million": the Philippine peso), else the unit itself. Not a bare dollar: wire
        copy gives US dollars beside any other dollar ("A$410 million ($266 million)")."""
        return self._currencies.get(unit, unit)

    @cached_property
    def _currencies(self) -> dict[str, str]:
        bare: set[str] = set()
        named: dict[str, set[str]] = {}
        for _, unit, _ in self.amounts:
            words = unit.split()
            if len(words) == 1:
                bare.add(unit)
            elif is_money(unit):
                named.setdefault(words[-1], set()).add(unit)
        return {
            unit: min(named[unit])
            for unit in bare - _BARE_IS_ITS_OWN
            if len(named.get(unit, ())) == 1 and is_money(unit)
        }

    def bare_counts_beside(self, document: str, sentence_start: int) -> frozenset[str]:
        """The numbers of the counts with no event that a change starts from ("up from nine"), in
        one sentence of a document."""
        return self._bare.get((document, sentence_start), frozenset())

    @cached_property
    def _bare(self) -> dict[tuple[str, int], frozenset[str]]:
        return _numbers_by_key(self.bare_counts)

    def amounts_of(self, document: str, unit: str) -> frozenset[str]:
        """The numbers of every amount of `unit` a document states (amounts)."""
        return self._amounts.get((document, unit), frozenset())

    @cached_property
    def _amounts(self) -> dict[tuple[str, str], frozenset[str]]:
        return _numbers_by_key(self.amounts)


K = TypeVar("K", str, int)


def _numbers_by_key(rows: Iterable[tuple[str, K, str]]) -> dict[tuple[str, K], frozenset[str]]:
    """(document, key, number) rows as (document, key) -> the numbers."""
    found: dict[tuple[str, K], set[str]] = {}
    for document, key, value in rows:
        found.setdefault((document, key), set()).add(value)
    return {pair: frozenset(values) for pair, values in found.items()}


def story_model(documents: Iterable[Document], claims: Iterable[Claim]) -> StoryModel:
    """The main event of a story: the incident most of its documents tell
    (checker.events.incidents), its days from the day-precise dates the most of those
    documents give (or, without one, their publication dates), and the places most documents
    name."""
    documents = tuple(documents)
    claims = tuple(claims)
    days = _days_by_document(claims)
    lead = _days_by_document(tuple(c for c in claims if c.start < _LEAD_CHARS))
    told = incidents(documents, lead, people_named(documents))
    main = set(told[0]) if told else set()
    published = sorted(
        d.published for d in documents if d.published is not None and d.doc_id in main
    )
    day = _most_told_day({d: v for d, v in days.items() if d in main}, published)
    if day is None:
        # no day told by the documents: the event lies on or before the first publication,
        # by as much as news names a weekday for ("on Sunday" in Wednesday's paper)
        first = published[0] - dt.timedelta(days=UNTOLD_DAYS) if published else None
    else:
        first = min(day, published[0]) if published else day
    last = published[-1] if published else day
    wide = story_places(documents, claims)
    agents, sites = document_signatures(documents, claims, wide)
    leads = lead_words(documents, _LEAD_CHARS)
    common = common_words(documents)
    apart = documents_apart(documents, told[1:], lead, days, first, last)
    amounts = tuple(
        sorted({(c.document, c.unit, c.value) for c in claims if c.kind == "amount" and c.unit})
    )
    opening = {d.doc_id: _opening_end(d.text) for d in documents}
    years = frozenset(
        c.value[:4]
        for c in claims
        if c.kind == "date" and c.start < opening.get(c.document, 0) and c.value[:4].isdigit()
    )
    bare = tuple(
        sorted(
            {
                (c.document, c.sentence_start, c.value)
                for c in claims
                if c.kind == "count"
                and c.value
                and not c.measure.event
                and _FROM_BEFORE.search(c.sentence, 0, c.span_in_sentence[0])
            }
        )
    )
    return StoryModel(first, last, wide, agents, sites, leads, apart, amounts, bare, common, years)


# the count a change started from: "up from nine", "rose to 31 from 24"
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:about\s+|around\s+|nearly\s+|some\s+)?$", re.I)


def _opening_end(text: str) -> int:
    """Where a text's headline and first sentence after it end: the years they name are the
    story's own ("the 2019 election")."""
    spans = sentence_spans(fold_text(text[:_LEAD_CHARS]))
    return spans[min(1, len(spans) - 1)][1] if spans else 0


def document_signatures(
    documents: tuple[Document, ...], claims: tuple[Claim, ...], wide: frozenset[str]
) -> tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]:
    """For each document, the one kind of agent (airstrikes, shelling ...) its headline, lede
    and main-event figures name, and the one place its headline and lede name that most
    documents do not. On a busy day outlets tell different incidents: one outlet's rebel
    shelling of a city district is not another's airstrikes on a village."""
    lex = measure_lexicon()
    agents: dict[str, set[str]] = {d.doc_id: set() for d in documents}
    sites: dict[str, set[str]] = {d.doc_id: set() for d in documents}
    for document in documents:
        lead = fold_text(document.text[:_LEAD_CHARS])
        for match in lex.agent_pattern.finditer(lead):
            if not not_an_agent(lead, match.start("agent"), match.end("agent")):
                agents[document.doc_id].add(lex.agent_of_word[normalise(match.group("agent"))])
        keys = (spelling_key(p) for p in places_in(lead, 0, len(lead)))
        sites[document.doc_id].update(k for k in keys if k not in wide)
    for claim in claims:
        if claim.measure.agent and claim.event in ("", MAIN) and claim.document in agents:
            agents[claim.document].add(claim.measure.agent.split()[-1])
    return _single(agents), _single(sites)


def _single(named: dict[str, set[str]]) -> tuple[tuple[str, str], ...]:
    """document -> its one value, or SEVERAL when it names more than one."""
    return tuple(
        sorted(
            (d, values.pop() if len(values) == 1 else SEVERAL)
            for d, values in named.items()
            if values
        )
    )


def _most_told_day(
    by_document: dict[str, set[dt.date]], published: list[dt.date]
) -> dt.date | None:
    """The day most documents (`by_document`: their days) date something to, on or before
    the latest publication."""
    told: Counter[dt.date] = Counter()
    for days in by_document.values():
        for day in days:
            if not published or day <= published[-1] + dt.timedelta(days=1):
                told[day] += 1
    if not told:
        return None
    best = max(told.values())
    if best < 2 and published:
        return None  # a day only one document gives is as likely a background date
    return min(day for day, count in told.items() if count == best)


def _days_by_document(claims: tuple[Claim, ...]) -> dict[str, set[dt.date]]:
    days: dict[str, set[dt.date]] = {}
    for claim in claims:
        time = claim.time
        if claim.kind == "date" and time is not None and time.low and _DAY.match(time.value):
            days.setdefault(claim.document, set()).add(time.low)
    return days


def attach_events(documents: Iterable[Document], claims: Iterable[Claim]) -> tuple[Claim, ...]:
    """Every claim with the event it belongs to (`Claim.event`), and a running count of the
    main event's day with the day it was counted (`_count_day`)."""
    documents = tuple(documents)
    claims = tuple(claims)
    model = story_model(documents, claims)
    dates = _sentence_days(claims)

    def attach(claim: Claim) -> Claim:
        event = event_of_claim(claim, model, dates_of(claim, dates))
        return evolve(claim, event=event, as_of=_count_day(claim, event, model))

    attached = tuple(attach(c) for c in claims)
    named = with_victim_ages(with_name_variants(with_story_names(documents, attached)))
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
        or not _DAY.match(claim.as_of)
    ):
        return claim.as_of
    day = dt.date.fromisoformat(claim.as_of[:10])
    if first <= day <= last and day.isoformat() < published:
        return published
    return claim.as_of


def _sentence(claim: Claim) -> tuple[str, int]:
    return claim.document, claim.sentence_start


def _sentence_days(claims: tuple[Claim, ...]) -> dict[tuple[str, int], tuple[Claim, ...]]:
    found: dict[tuple[str, int], list[Claim]] = {}
    for claim in claims:
        if claim.kind == "date" and claim.time is not None and claim.time.low is not None:
            found.setdefault(_sentence(claim), []).append(claim)
    return {k: tuple(v) for k, v in found.items()}


def event_of_claim(claim: Claim, model: StoryModel, dates: tuple[Claim, ...] = ()) -> str:
    """The event a figure belongs to: MAIN, or a background event's name."""
    measure = claim.measure
    sentence, figure = claim.sentence, claim.span_in_sentence
    if claim.kind == "date":
        # a date dates its own event ("the offensive began on"): only a sentence about an
        # earlier event moves it
        return OTHER_EVENT if _cue_near("earlier", sentence, figure) else MAIN
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
    if period and not (claim.kind == "amount" and _CURRENT_PERIOD.fullmatch(period.group(0))):
        return f"period: {_phrase(sentence, period, figure[0])}"
    if _cue_near("earlier", sentence, figure):
        return OTHER_EVENT
    other_day = _other_day(dates, model, figure, claim.sentence_start)
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
    rest = re.match(r"(?:\s+[\w-]+){0,3}", sentence[cue.end() : stop])
    words = (cue.group(0) + (rest.group(0) if rest else "")).lower().split()
    return _rolling_window(" ".join(words))


# "in the past 24 hours", "over the last day", "during the previous 24 hours": one stretch
# of time however the outlet words it (a week is seven days, a day 24 hours)
_ROLLING = re.compile(
    r"^(?:in|over|during|within)\s+the\s+(?:past|last|previous)\s+"
    r"(?:(?P<count>\d+|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+)?"
    r"(?P<unit>hours?|days?|weeks?|fortnight|months?)\b"
)
_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_COUNTS |= {"eight": 8, "nine": 9, "ten": 10}
_IN_UNITS = {"hour": ("hours", 1), "day": ("hours", 24), "week": ("days", 7)}
_IN_UNITS |= {"fortnight": ("days", 14), "month": ("months", 1)}


def _rolling_window(phrase: str) -> str:
    """A stretch of time up to the report, in one wording: "the last 24 hours", "the last 7
    days"; any other phrase as it is."""
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
    dates: tuple[Claim, ...], model: StoryModel, figure: tuple[int, int], sentence_start: int
) -> str:
    """A time, in the figure's sentence and before it or in its clause, of another event
    than the main one (_apart_from_main): "filed for bankruptcy once before, in 2023",
    "when it went public in 2004"."""
    for date in dates:
        time = date.time
        if time is None or not _apart_from_main(date, time, model):
            continue
        at = date.start - sentence_start
        if (
            at < figure[1] + _CUE_AFTER
            and not comparison_base(date.sentence, at)
            and not base_figure_between(date.sentence, figure[1], at)
            and not (at > figure[1] and _SINCE_BEFORE.search(date.sentence, max(0, at - 8), at))
            # "38.2% of the vote, its best result since it was founded in 1994", "fined
            # EUR27.5 million over a cyber attack in March 2021": not the figure's day
            and not dates_comparison_or_reason(date.sentence, figure[1], at)
        ):
            return time.value
    return ""


# "to make up for inflation since 2022" after the figure: when a running stretch began, not
# the day of another event the figure is of
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:early\s+|late\s+|mid-?)?$", re.I)


def _apart_from_main(date: Claim, time: TimeExpr, model: StoryModel) -> bool:
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
    if _DAY.match(time.value):
        return apart_from_main(time.low, first, last) and not period_start(date, last)
    return span_apart(time, first, last) and not coming_fiscal_year(date, first)
