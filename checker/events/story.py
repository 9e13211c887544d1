"""A story's main event: what every document of a story shares.

Most documents of a story tell one main event: the day most of them date it to, the places
most of them name. `StoryModel` holds what the documents share (the main event's days,
places, lead words, named people, the story's currency); checker.events.attach reads each
figure against it. Background events keep an identity (the war; the period "since
2015-09"; the event of 2016-05-31), so that outlets telling the same background event are
still compared with each other, and never with the main one.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from typing import TypeVar

from checker.events.bare import ATTRIBUTE_OF, rate_place
from checker.events.bids import deal_parties
from checker.events.described import described
from checker.events.frames import (
    MAIN,
    SEVERAL,
    Frame,
)
from checker.events.incidents import UNTOLD_DAYS, documents_apart, incidents, people_named
from checker.events.kinds import percent_kind
from checker.events.money import is_money
from checker.events.named import story_names
from checker.events.places import common_words, ground_towns, lead_words, story_places
from checker.extract.lexicons import measure_lexicon, normalise
from checker.extract.text import fold_text, sentence_spans
from checker.extract.timex_common import ISO_DAY
from checker.extract.where import not_an_agent, places_in, town_key
from checker.model import Claim, Document

_LEAD_CHARS = 400  # the headline and lede, where a text says what its main event is


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
    # the one town the story happens in, named as a town (places.ground_towns): the area named
    # after it holds its figures
    ground_towns: frozenset[str] = frozenset()
    # the years the headlines and ledes name ("the 2019 election"): the story's own, when
    # no document is dated
    lead_years: frozenset[str] = frozenset()
    # claim id -> the description that aligns a figure no frame reads (checker.events.described)
    descriptions: tuple[tuple[str, tuple[str, str, str]], ...] = ()
    # plain noun -> the one named thing of the story it stands for (checker.events.named)
    names: tuple[tuple[str, str], ...] = ()
    # the parties of the deal the story's figures of a deal's value name, when it tells one
    # offer: a bid in an amount's own words between them is the deal (checker.events.bids)
    deal_parties: frozenset[str] = frozenset()
    # (kind of rate, place) of every rate the documents give for a place ("Turnout in
    # Kalliojärvi was 58.3 per cent"): a kind told of two places keeps its places
    rate_places: frozenset[tuple[str, str]] = frozenset()

    def places_of_rate(self, kind: str) -> int:
        """How many places the story gives a kind of rate for."""
        return sum(1 for told, _ in self.rate_places if told == kind)

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

    def description(self, claim_id: str) -> tuple[str, str, str] | None:
        """What a figure no frame reads describes, when several documents describe one thing
        of the story alike (checker.events.described); None otherwise."""
        return self._descriptions.get(claim_id)

    @cached_property
    def _descriptions(self) -> dict[str, tuple[str, str, str]]:
        return dict(self.descriptions)

    def named(self, attribute: str) -> str:
        """A compound size's thing ("of the hospital") as the one named thing of the story
        its noun stands for ("of the kessan general hospital"), else as it is."""
        thing = attribute.removeprefix(ATTRIBUTE_OF + " ")
        name = self._names.get(thing) if thing != attribute else None
        return f"{ATTRIBUTE_OF} {name}" if name else attribute

    @cached_property
    def _names(self) -> dict[str, str]:
        return dict(self.names)

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


def story_model(
    documents: Iterable[Document], claims: Iterable[Claim], describe: bool = True
) -> StoryModel:
    """The main event of a story: the incident most of its documents tell
    (checker.events.incidents), its days from the day-precise dates the most of those
    documents give (or, without one, their publication dates), and the places most documents
    name. `describe`: also what figures no frame reads describe (checker.events.described);
    the model that attaches events to figures reads no frame and leaves it out."""
    documents = tuple(documents)
    claims = tuple(claims)
    days = _days_by_document(claims)
    lead = _days_by_document(tuple(c for c in claims if c.start < _LEAD_CHARS))
    told = incidents(documents, lead, people_named(documents))
    main = set(told[0]) if told else set()
    published = sorted(
        d.published for d in documents if d.published is not None and d.doc_id in main
    )
    day = _most_told_day(
        {d: v for d, v in days.items() if d in main},
        published,
        {d: v for d, v in lead.items() if d in main},
    )
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
    # what figures no frame reads describe (checker.events.described): for frames, which
    # the model that attaches events (`describe` False) does not read
    descriptions = tuple(sorted(described(claims).items())) if describe else ()
    names = tuple(sorted(story_names(claims).items())) if describe else ()
    return StoryModel(
        first,
        last,
        wide,
        agents,
        sites,
        leads,
        apart,
        amounts,
        bare,
        common,
        ground_towns(documents, wide, _LEAD_CHARS),
        years,
        descriptions,
        names,
        deal_parties(documents, claims) if describe else frozenset(),
        _rate_places(claims),
    )


def _rate_places(claims: tuple[Claim, ...]) -> frozenset[tuple[str, str]]:
    """The (kind, place) of each rate a claim gives for a place (frames: percent_kind and
    rate_place)."""
    found = set()
    for claim in claims:
        if (
            claim.kind == "percent"
            and not claim.measure.event
            and (place := rate_place(claim))
            and (kind := percent_kind(claim))
        ):
            found.add((kind, town_key(place)))
    return frozenset(found)


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
        keys = (town_key(p) for p in places_in(lead, 0, len(lead)))
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
    by_document: dict[str, set[dt.date]],
    published: list[dt.date],
    lead: dict[str, set[dt.date]] | None = None,
) -> dt.date | None:
    """The day most documents (`by_document`: their days) date something to, on or before
    the latest publication; of days as many documents give, the one most headlines and
    ledes (`lead`) tell, which is the news's (an agency's round-up repeated by two outlets
    dates Sunday's bombing in its lede and Saturday's barrel bomb, a background week, in
    its body), else the earliest."""
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
    tied = {day for day, count in told.items() if count == best}
    leading = Counter(day for days in (lead or {}).values() for day in days if day in tied)
    if len(tied) > 1 and leading:
        most = max(leading.values())
        return min(day for day, count in leading.items() if count == most)
    return min(tied)


def _days_by_document(claims: tuple[Claim, ...]) -> dict[str, set[dt.date]]:
    days: dict[str, set[dt.date]] = {}
    for claim in claims:
        time = claim.time
        if claim.kind == "date" and time is not None and time.low and ISO_DAY.match(time.value):
            days.setdefault(claim.document, set()).add(time.low)
    return days
