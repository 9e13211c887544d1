"""Every claim of one document: figures, what they measure, who says so, and when.

The one function the rest of the pipeline calls is `extract_claims`.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from decimal import Decimal
from functools import lru_cache
from typing import Any

from checker.extract.as_of import figure_time, news_weekday
from checker.extract.attribution import attribution_of
from checker.extract.clauses import figure_clauses
from checker.extract.coordinated import with_sums
from checker.extract.entries import NO_ENTRIES, Entries, article_entries
from checker.extract.event_dates import date_measure, time_of_day_measure
from checker.extract.figures import Figure, read_figure
from checker.extract.furniture import furniture_spans
from checker.extract.implicit import with_single_victims
from checker.extract.intervals import interval_for, qualifier_rule
from checker.extract.junk import century_in_name, junk_time, modifier_time
from checker.extract.kin import kin_count
from checker.extract.measures import Clause, build_measure
from checker.extract.metres import metres_of_a_fall
from checker.extract.numbers import NumberMention, find_numbers, mention_pattern
from checker.extract.parts import with_breakdowns, with_included_parts, with_listed_by_include
from checker.extract.people import AGE, person_of_age
from checker.extract.periods import own_times
from checker.extract.provisional import own_number_may_rise, provisional_toll
from checker.extract.qualifiers import find_qualifier, timex_mod
from checker.extract.ranges import range_end
from checker.extract.tallies import VOTES_AGAINST, VOTES_FOR, tallies
from checker.extract.text import fold_text, sentence_spans
from checker.extract.times_of_day import day_of_time, part_of_day_before
from checker.extract.timex import tag_times
from checker.extract.timex_vocab import MONTHS
from checker.model import Claim, Document, Interval, Measure, TimeExpr
from checker.vocab import alternation
from checker.vocabulary import Vocabulary, vocabulary_in_use

_CLAIM_TIME_TYPES = ("DATE", "DURATION")
_AGE = "year of age"
_DESCRIPTIVE_UNITS = frozenset({_AGE, "month of age", "week of age", "day of age"})
_CHILDREN = "children of one person"


def extract_claims(
    document: Document,
    times: tuple[TimeExpr, ...] | None = None,
    vocabulary: Vocabulary | None = None,
) -> tuple[Claim, ...]:
    """All claims of a document, in text order, read with `vocabulary` (checker.vocabulary;
    None: the one in use, the shipped one unless a caller put another in use). Never raises
    on messy text."""
    if vocabulary is not None and vocabulary.additions:
        with vocabulary_in_use(vocabulary):
            return extract_claims(document, times)
    folded = fold_text(document.text)
    if times is None:
        times = tag_times(folded, document.published)
    mentions = [metres_of_a_fall(folded, m) for m in find_numbers(folded)]
    mentions = with_single_victims(folded, mentions)
    furniture = furniture_spans(folded)
    if furniture:  # a box of links to other stories: its figures are not this page's
        mentions, times = _outside(furniture, mentions, times)
    times = tuple(_bounded(folded, t) for t in _without_range_ends(folded, mentions, times))
    # a century in a name ("21st Century Fox") or before a noun ("18th-century jewels")
    # dates no figure of its sentence
    sentences = _Sentences(
        sentence_spans(folded),
        tuple(
            t
            for t in times
            if not (century_in_name(folded, t) or modifier_time(folded, t.start, t.end))
        ),
    )
    inside_time = _overlap_test((t.start, t.end) for t in times)
    numbers = [m for m in mentions if not inside_time(m.start, m.end)]
    figures = list(_figures(folded, numbers, sentences))
    news_day = "" if document.published is not None else news_weekday(folded, times)
    entries = article_entries(folded, document.published)
    claims = [
        _claim(document, folded, fig, sent, clause, sentences.times_in(sent), news_day, entries)
        for fig, sent, clause in figure_clauses(folded, figures, sentences)
    ]
    claims = with_breakdowns(with_sums(folded, _with_tallies(document, folded, claims, sentences)))
    claims = with_listed_by_include(with_included_parts(claims))
    inside_claim = _overlap_test((c.start, c.end) for c in claims)
    # a time inside a figure is part of it ("$5 a month"), not a claim of its own
    free_times = tuple(t for t in times if not inside_claim(t.start, t.end))
    claims.extend(_time_claims(document, folded, free_times, sentences))
    claims.sort(key=lambda c: (c.start, c.end))
    return tuple(claims)


def _with_tallies(
    document: Document, folded: str, claims: list[Claim], sentences: _Sentences
) -> list[Claim]:
    """The claims with each vote tally as two counts, the votes for and against ("passed
    256-167"), in place of what was read there before (checker.extract.tallies)."""
    found = tallies(folded, lambda pos: sentences.of(pos)[0])
    if not found:
        return claims
    spans = [(t.yes_start, t.no_end) for t in found]
    kept = [c for c in claims if not any(s <= c.start < e for s, e in spans)]
    published = document.published.isoformat() if document.published else ""
    for tally in found:
        sentence = sentences.of(tally.yes_start)
        for start, end, votes, event in (
            (tally.yes_start, tally.yes_end, tally.yes, VOTES_FOR),
            (tally.no_start, tally.no_end, tally.no, VOTES_AGAINST),
        ):
            kept.append(
                Claim(
                    **_located(document, folded, start, end, sentence),
                    kind="count",
                    value=str(votes),
                    interval=Interval(Decimal(votes), Decimal(votes)),
                    unit="votes",
                    qualifier="",
                    change="",
                    precision=Decimal(1),
                    measure=Measure(event=event, entity=event, agent=tally.body, scope=tally.step),
                    as_of=published,
                    as_of_source="published" if published else "",
                )
            )
    kept.sort(key=lambda c: (c.start, c.end))
    return kept


def _outside(
    spans: tuple[tuple[int, int], ...], mentions: list[NumberMention], times: tuple[TimeExpr, ...]
) -> tuple[list[NumberMention], tuple[TimeExpr, ...]]:
    """The numbers and times that are not in any of the spans."""
    inside = _overlap_test(spans)
    return (
        [m for m in mentions if not inside(m.start, m.end)],
        tuple(t for t in times if not inside(t.start, t.end)),
    )


def _bounded(folded: str, time: TimeExpr) -> TimeExpr:
    """A duration with the bound written before it that the time tagger left out: "in
    fewer than 3.5 seconds" is LESS_THAN PT3.5S."""
    if time.type != "DURATION" or time.mod or not mention_pattern().match(folded, time.start):
        return time  # "over the past two years": the bound must be right before the number
    qualifier = find_qualifier(folded, time.start, time.end)
    mod = timex_mod(qualifier.rule)
    if not mod or qualifier.start >= time.start:
        return time
    return replace(time, start=qualifier.start, text=folded[qualifier.start : time.end], mod=mod)


def _without_range_ends(
    folded: str, numbers: list[NumberMention], times: tuple[TimeExpr, ...]
) -> tuple[TimeExpr, ...]:
    """The times, less each duration whose number closes a range opened by the number
    before it: "three or four years" is one figure, 3 to 4 years, not 3 and "four years"."""
    index_at = {m.start: i for i, m in enumerate(numbers)}
    return tuple(
        time
        for time in times
        if time.type != "DURATION"
        or not index_at.get(time.start)
        or not range_end(folded, numbers[index_at[time.start] - 1], numbers[index_at[time.start]])
    )


class _Sentences:
    """A document's sentence spans, with a quick lookup of the sentence around a position
    and of the times that start in each sentence (both asked once per figure)."""

    def __init__(self, spans: tuple[tuple[int, int], ...], times: tuple[TimeExpr, ...]):
        self.spans = spans
        self.starts = [start for start, _ in spans]
        self.times: dict[tuple[int, int], list[TimeExpr]] = {}
        for time in times:  # in the given order, as a filter over `times` would keep them
            sentence = self.of(time.start)
            if sentence[0] < sentence[1]:
                self.times.setdefault(sentence, []).append(time)

    def of(self, pos: int) -> tuple[int, int]:
        """The sentence holding `pos`, or the empty span (pos, pos) outside every sentence."""
        index = bisect.bisect_right(self.starts, pos) - 1  # the last that starts at or before
        if index >= 0 and pos < self.spans[index][1]:
            return self.spans[index]
        return (pos, pos)

    def times_in(self, sentence: tuple[int, int]) -> tuple[TimeExpr, ...]:
        return tuple(self.times.get(sentence, ()))


def _overlap_test(spans: Iterable[tuple[int, int]]) -> Callable[[int, int], bool]:
    """A test whether [start, end) overlaps any of `spans`, in log time rather than a scan."""
    ordered = sorted(spans)
    starts = [start for start, _ in ordered]
    reach = list(itertools.accumulate((end for _, end in ordered), max))  # furthest end so far

    def overlaps(start: int, end: int) -> bool:
        before = bisect.bisect_left(starts, end)  # the spans that start before `end`
        return before > 0 and reach[before - 1] > start

    return overlaps


def _figures(folded: str, numbers: list[NumberMention], sentences: _Sentences) -> Iterator[Figure]:
    index = 0
    previous: Figure | None = None
    while index < len(numbers):
        mention = numbers[index]
        following = numbers[index + 1] if index + 1 < len(numbers) else None
        upper = following if range_end(folded, mention, following) else None
        sentence = sentences.of(mention.start)
        figure = read_figure(folded, mention, max(sentence[1], mention.end), upper, previous)
        if figure is not None:
            yield figure
            previous = figure
        index += 2 if upper else 1


def _claim(
    document: Document,
    folded: str,
    figure: Figure,
    sentence: tuple[int, int],
    clause: Clause,
    in_sentence: tuple[TimeExpr, ...],
    news_day: str = "",
    entries: Entries = NO_ENTRIES,
) -> Claim:
    own = own_times(folded, clause, in_sentence)
    if figure.unit in _DESCRIPTIVE_UNITS:
        # an age describes a person, not a toll: it is aligned by whose age it is
        person = person_of_age(folded, figure.start, figure.end) if figure.unit == _AGE else ""
        measure = Measure(event=AGE, entity=person) if person else Measure(entity=figure.unit)
    elif figure.kind == "count" and kin_count(folded, figure.start, figure.number_end):
        # "a mother of 12 was killed": her children, not the toll
        measure = Measure(entity=_CHILDREN)
    else:
        measure = build_measure(folded, clause, figure.entity, in_sentence, own, document.published)
        if figure.kind == "amount" and measure.event:
            # an amount with a unit counts no event: "falling 150 metres" in "a climber is
            # dead after falling 150 metres", "strikes a $66 billion deal" (no airstrikes);
            # nor does it count the people its event's verb would ("carrying 1.2 million
            # litres of fuel oil" is no count of those aboard)
            entity = measure.entity if figure.entity is not None else ""
            measure = replace(measure, event="", cumulative=False, entity=entity)
    if measure.event == "killed" or (  # "the toll could rise": a death toll
        bool(measure.event) and own_number_may_rise(folded, sentence, figure)
    ):  # "Four people were taken to hospital, ... adding that the number could rise"
        figure = provisional_toll(figure, folded, sentence)
    as_of, as_of_source = figure_time(measure, clause, own, document.published, folded, news_day)
    as_of = entries.as_of(figure.start, as_of, as_of_source, document.published)
    return Claim(
        **_located(document, folded, figure.start, figure.end, sentence),
        kind=figure.kind,
        value=figure.value,
        interval=figure.interval,
        unit=figure.unit,
        qualifier=figure.qualifier.phrase.lower() if figure.qualifier.phrase else "",
        change=figure.qualifier.direction,
        precision=figure.precision,
        measure=measure,
        as_of=as_of,
        as_of_source=as_of_source,
    )


def _located(
    document: Document, folded: str, start: int, end: int, sentence: tuple[int, int]
) -> dict[str, Any]:
    """The fields every claim has: where it is, its quote and sentence, its source, its story."""
    return {
        "claim_id": f"{document.doc_id}:{start}-{end}",
        "document": document.doc_id,
        "start": start,
        "end": end,
        "quote": document.text[start:end],
        "sentence": _span_text(document.text, *sentence),
        "attribution": attribution_of(_span_text(folded, *sentence), start - sentence[0]),
        "story": document.story,
        "outlet": document.outlet,
        "published": document.published.isoformat() if document.published else "",
        "sentence_start": sentence[0],
    }


@lru_cache(maxsize=8)
def _span_text(text: str, start: int, end: int) -> str:
    """One string per sentence for all its figures, not a copy each: a sentence of a
    thousand figures is 2,000 characters once, not 2 MB (issue 16)."""
    return text[start:end]


# a date named by its own words: a digit or a month ("Nov. 24", "last September", "2014")
_NAMED_DATE = re.compile(rf"\d|\b(?:{alternation(list(MONTHS))})[a-z]*\b\.?", re.IGNORECASE)


def _surely_dated(document: Document, time: TimeExpr) -> bool:
    """Whether a date can be compared with other outlets' dates. "Friday", "yesterday" and
    "last week" are counted from the publication date; when that date was only inferred
    from the text with low or medium confidence, it may be off by days, and so may they."""
    if _NAMED_DATE.search(time.text):
        return True
    return document.published_confidence not in ("low", "medium")


@lru_cache(maxsize=256)
def _checkable(value: str) -> bool:
    """Whether a date's value has a digit or an X (a year, a day): cached, values recur."""
    return any(ch.isdigit() or ch == "X" for ch in value)


def _time_claims(
    document: Document,
    folded: str,
    times: tuple[TimeExpr, ...],
    sentences: _Sentences,
) -> Iterator[Claim]:
    for written in times:
        time = part_of_day_before(folded, day_of_time(written))
        if time.type not in _CLAIM_TIME_TYPES:
            continue
        if time.type == "DATE" and not _checkable(time.value):
            continue  # "recently", "now" (PAST_REF, PRESENT_REF): not a date a reader could check
        if junk_time(folded, time):
            continue  # "one day they might", "$1 for 6 months": an idiom or an offer
        sentence = sentences.of(time.start)
        yield Claim(
            **_located(document, folded, time.start, time.end, sentence),
            kind="date" if time.type == "DATE" else "duration",
            value=time.value,
            interval=_duration_interval(time),
            unit="" if time.type == "DATE" else "duration",
            qualifier=time.mod.lower(),
            measure=(
                date_measure(folded, sentence, time)
                if written.type == "DATE" and _surely_dated(document, time)
                else time_of_day_measure(folded, sentence, time)
                if written.type == "TIME" and time.type == "DATE" and _surely_dated(document, time)
                else Measure()
            ),
            as_of=time.value if time.type == "DATE" else "",
            as_of_source="text" if time.type == "DATE" else "",
            time=time,
        )


_PLAIN_DURATION = re.compile(r"PT?(\d+(?:\.\d+)?)[YMWDHS]$")
# a duration told in two units, read in the smaller: "two and a half years" P2Y6M is 30
# months, "a seven-and-a-half-hour siege" PT7H30M 450 minutes, PT1M30S 90 seconds
_TWO_UNITS = re.compile(
    r"P(?:(?P<years>\d+)Y(?P<months>\d+)M|T(?:(?P<hours>\d+)H(?P<minutes>\d+)M|(?P<mins>\d+)M(?P<seconds>\d+)S))$"
)


def _in_smaller_unit(value: str) -> Decimal | None:
    match = _TWO_UNITS.match(value)
    if match is None:
        return None
    big, small = (g for g in match.groups() if g is not None)
    return Decimal(big) * (12 if match["years"] else 60) + Decimal(small)


# the words of a duration's text before its number: "about" of "about nine hours"
_QUALIFIER_WORDS = re.compile(
    r"""[^\d]*?(?=\s*(?:\d                                  # "nearly | 14 hours"
         |\b[a-z]+\s+(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?)\b))
    """,  # "about | nine hours", "about | four minutes"
    re.I | re.X,
)


def _duration_interval(time: TimeExpr) -> Interval:
    """A plain duration's number, in its own unit ("12 years": 12 to 12; "nine hours": 9
    to 9; "two and a half years": 30 months, in the smaller of its two units), stretched by
    the qualifier written before it ("about nine hours", "nearly 14 hours") as a count is;
    none for dates and for a modifier that no qualifier of qualifiers.json words."""
    if time.type == "DATE":
        return Interval(None, None)
    match = _PLAIN_DURATION.match(time.value)
    number = Decimal(match.group(1)) if match else _in_smaller_unit(time.value)
    if number is None:
        return Interval(None, None)
    if not time.mod:
        return Interval(number, number)
    words = _QUALIFIER_WORDS.match(time.text)
    rule = qualifier_rule(words.group(0).strip()) if words else ""
    if not rule or rule == "exact":
        return Interval(None, None)
    return interval_for(number, Decimal(1), rule, counted=False)
