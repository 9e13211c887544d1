"""What a figure measures, as a frame of fields, and how two frames relate.

A frame says what happened (killed, injured, displaced ...; for money: an offer, a budget,
a fine ...), to whom (the counted entity, in a hierarchy: civilians and children within
people), where, by what agent, over what period, in which event. Two frames relate when
every field does. Counted entities and scopes form a hierarchy: a known one may lie inside
the other's, or an open scope holds every severity. Agents and places must be equal (or one
inside the other: "russian airstrikes" in "airstrikes"); one left open where the other is
known is filled from the figure's document (the one agent or place its headline and lede
name), else the pair is not compared. A frame inside the other is *narrower*: "civilians
killed by airstrikes" lies inside "people killed by airstrikes". Narrower figures may be below
broader ones, never above; equal frames must overlap. Two frames each narrower in a
different field ("civilians killed" and "people killed by airstrikes") are not compared.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from checker.events.kinds import (
    PERCENT,
    SHARE_PRICE_CHANGE,
    money_kind,
    percent_kind,
    physical_kind,
    share_owner,
)
from checker.events.places import place_words
from checker.events.sentences import PRISON, prison_term
from checker.events.shares import (
    SEATS,
    SEATS_WON,
    VOTE_SHARE,
    VOTES_WON,
    ballot_side,
    seats_holder,
    vote_share_holder,
    votes_holder,
)
from checker.events.things import thing_event
from checker.events.vocab import event_vocabulary
from checker.extract.coordinated import BREAKDOWN, LISTED
from checker.extract.lexicons import measure_lexicon
from checker.extract.magnitudes import MAGNITUDE
from checker.extract.people import AGE
from checker.extract.scopes import INCREMENT, WIDE
from checker.extract.where import places_in, spelling_key
from checker.model import Claim

if TYPE_CHECKING:
    from checker.events.story import StoryModel
from checker.vocab import alternation, load_data

MAIN = "main event"  # checker.events.story.MAIN
PEOPLE = "the people of the story"  # the event of ages: a person has one age in every event
# background events that carry no identity (checker.events.story): several outlets telling
# "another event" may each mean a different one, so their figures are never compared
ROUND_UP_EVENT = "several incidents"
OTHER_EVENT = "another event"
RATE_EVENT = "a rate"
UNIDENTIFIED = frozenset({ROUND_UP_EVENT, OTHER_EVENT, RATE_EVENT})
SEVERAL = "(several)"  # a document that names several agents or places: none stands for it
SAME = "same"
NARROWER = "narrower"  # the first frame lies inside the second
BROADER = "broader"

# scopes that are a subset of the event's count: "two critically wounded", "at the scene"
_SUBSET_SCOPES = frozenset(
    {
        "critical",
        "minor",
        "at one hospital",
        "at the scene",
        "others",
        INCREMENT,
        "identified",
        "bodies",
        LISTED,
        BREAKDOWN,
    }
)
_SO_FAR_SCOPES = frozenset({"identified", "bodies"})
_WORD = re.compile(r"[\w'-]+")
_OTHER_SHOCK = re.compile(r"\b(?:after|fore)shocks?\b", re.I)
_QUAKE = re.compile(r"\b(?:quake|earthquake|temblor|tremor)s?\b", re.I)


@dataclass(frozen=True)
class Frame:
    """The fields of what a figure measures; "" where the text does not say."""

    event: str  # the event the figure belongs to (Claim.event)
    happened: str  # killed, injured ... or, for money, what the money is
    counted: str  # people, civilians, shots ... (for money: the currency unit)
    agent: str = ""
    place: str = ""
    since: str = ""
    period: str = ""
    scope: str = ""
    # the place is a part of the story's ground: named in the figure's own sentence, and no
    # headline or lede of the story names it ("23 killed in the village of Oweijel" in a
    # story whose outlets lead with Aleppo): a figure of it lies inside one that names none
    part_place: bool = False


def frame_of(claim: Claim, model: StoryModel | None = None) -> Frame | None:
    """The frame of a figure, or None when it says too little to be aligned. The story
    `model` fills what the sentence leaves out: a place most documents name restricts
    nothing, and a figure of the main event with no agent takes the one agent its
    document's other figures name. Kept per claim id by the model, which is built from the
    story's final claims (alignment and reconciliation ask twice for each)."""
    if model is None:
        return _frame_of(claim, None)
    frames = model.frames
    if claim.claim_id not in frames:
        frames[claim.claim_id] = _frame_of(claim, model)
    return frames[claim.claim_id]


def _frame_of(claim: Claim, model: StoryModel | None) -> Frame | None:
    measure = claim.measure
    wide_places = model.places if model is not None else frozenset()
    if claim.kind == "amount" and claim.unit == MAGNITUDE and not measure.event:
        # an earthquake's magnitude; an aftershock's or a foreshock's is another quake's
        if _another_shock(claim, 30):
            return None
        return Frame(claim.event, MAGNITUDE, MAGNITUDE)
    if claim.kind == "amount" and not measure.event:
        if holder := seats_holder(claim):  # a party's seats: its holder is its agent
            return Frame(claim.event, SEATS_WON, SEATS, agent=holder)
        if holder := votes_holder(claim):  # a candidate's votes: the candidate is the agent
            return Frame(claim.event, VOTES_WON, claim.unit, agent=holder)
        kind = money_kind(claim) or _physical_kind(claim)
        unit = model.currency(claim.unit) if model is not None else claim.unit
        if kind == COMPENSATION:  # to the families of the dead, or to the injured
            return Frame(claim.event, kind, unit, agent=_recipient(claim))
        return Frame(claim.event, kind, unit) if kind else None
    if claim.kind == "percent" and not measure.event:
        if kind := percent_kind(claim):
            # a rate of a place ("Ontario's unemployment rate"); a company's shares are no place's
            place = "" if kind == SHARE_PRICE_CHANGE else _place(_rate_place(claim), wide_places)
            if place and model is not None and place_words(place) <= model.common_words:
                place = ""  # "Canada's unemployment rate" in a story most outlets set in Canada
            owner = share_owner(claim) if kind == SHARE_PRICE_CHANGE else ""
            return Frame(claim.event, kind, PERCENT, agent=owner, place=place)
        # whose share of the vote: its holder is its agent; of a vote on a proposal, its side
        holder = vote_share_holder(claim) or ballot_side(claim)
        return Frame(claim.event, VOTE_SHARE, PERCENT, agent=holder) if holder else None
    if claim.kind == "duration":  # a prison sentence, with its defendant as agent
        term = prison_term(claim)
        if term:
            return Frame(claim.event, PRISON, term[0], agent=term[1])
        # "an 11-day strike", "a 30-year lease": how long the thing its noun names lasts
        thing = _lasting_thing(claim)
        return Frame(claim.event, f"length of {thing}", claim.value[-1:]) if thing else None
    if not measure.event:
        if job_added(claim):
            return Frame(claim.event, JOBS_ADDED, JOBS)
        if job_cut(claim):  # "cut 450 jobs in Norway": a part of the group's cuts
            place = _place(_job_place(claim), wide_places)
            return Frame(claim.event, JOB_CUTS, JOBS, place=place, part_place=bool(place))
        if owner := group_owner(claim):  # "the airline's 950 pilots": how many it has
            return Frame(claim.event, GROUP_SIZE, measure.entity, agent=owner)
        verb = thing_event(claim)  # "1.2 million records were exposed"
        return Frame(claim.event, verb, measure.entity) if verb else None
    if measure.event == AGE:  # a person's age, whatever event its sentence tells
        return Frame(PEOPLE, AGE, measure.entity)
    return Frame(
        event=claim.event,
        happened=measure.event,
        counted=measure.entity or "people",
        agent=measure.agent or _document_agent(claim, model),
        place=(place := _place(measure.place, wide_places) or _document_site(claim, model)),
        since=measure.since,
        period=measure.period,
        scope=measure.scope,
        part_place=_part_place(place, measure.place, model),
    )


# a place's possessive a few words before a rate ("Ontario's unemployment rate dropped to")
_PLACE_OWNER = re.compile(
    r"\b(?P<owner>[A-Z][\w-]+(?:[ \t]+[A-Z][\w-]+)?)['\u2019]s\s+(?:[a-z][\w-]*\s+){0,5}$"
)
_RATE_REACH = 60  # characters before a rate where its place may be named
_WORD_END = re.compile(r"\w*")  # the rest of a word a window would cut


def _rate_place(claim: Claim) -> str:
    """The place a rate is of: a capitalised possessive a few words before it ("Ontario's
    unemployment rate dropped to 7.4 per cent") or a place named around it ("the jobless
    rate in Ontario"); "" when none. A region's rate is not the country's."""
    start, end = claim.span_in_sentence
    sentence = claim.sentence
    owner = _PLACE_OWNER.search(sentence, max(0, start - _RATE_REACH), start)
    if owner is not None and owner.group("owner").lower() not in measure_lexicon().not_places:
        return owner.group("owner")
    stop = _WORD_END.match(sentence, min(len(sentence), end + 30))
    return next(places_in(sentence, max(0, start - _RATE_REACH), stop.end() if stop else end), "")


GROUP_SIZE = "group size"  # measures.json fixed_events: a membership is no day's count
# a possessor right before a count: "the airline's 950 pilots", "Nordic Wings' 950 pilots"
_OWNER_BEFORE = re.compile(r"(?P<owner>\b[A-Za-z][\w&.-]*)(?:['\u2019]s|s['\u2019])\s+$")


def group_owner(claim: Claim) -> str:
    """Whose members a count of people or things with no event counts: the possessor right
    before it ("the airline's 950 pilots" -> "airline"), lower case; "" when none stands
    there, or the count names no noun."""
    if claim.kind != "count" or not claim.measure.entity or claim.measure.scope:
        return ""
    start, _ = claim.span_in_sentence
    owner = _OWNER_BEFORE.search(claim.sentence, max(0, start - 40), start)
    return owner.group("owner").lower() if owner else ""


def _physical_kind(claim: Claim) -> str:
    """What an area, a length, a speed or a volume is; a depth, not an aftershock's ("a 4.4
    aftershock at a depth of 1.1 miles")."""
    kind = physical_kind(claim)
    return "" if kind == _DEPTH and _another_shock(claim, 60) else kind


_DEPTH = "depth"  # events.json "length"


def _another_shock(claim: Claim, before: int) -> bool:
    """Whether an aftershock or a foreshock is named within `before` characters before the
    figure or 30 after it, or anywhere before it in its sentence with no quake named between
    ("more than 60 aftershocks, the strongest of magnitude 5.6"): its magnitude or depth is
    another quake's."""
    start, end = claim.span_in_sentence
    sentence = claim.sentence
    if _OTHER_SHOCK.search(sentence, max(0, start - before), end + 30) is not None:
        return True
    told = [m.end() for m in _OTHER_SHOCK.finditer(sentence, 0, start)]
    return bool(told) and _QUAKE.search(sentence, told[-1], end + 12) is None


def _part_place(place: str, own: str, model: StoryModel | None) -> bool:
    if not place or not own or place != spelling_key(own) or model is None:
        return False
    if not model.lead_words:
        return False
    return not (place_words(place) & model.lead_words)


JOB_CUTS = "cut"
JOBS_ADDED = "added"
JOBS = "jobs"
_CUT_REACH = 40  # characters either side of the figure where its verb of cutting may stand


@cache
def _job_words() -> tuple[frozenset[str], re.Pattern[str]]:
    data = load_data("measures")
    return frozenset(data["job_nouns"]), re.compile(
        rf"\b(?:{alternation(data['job_cut_words'])})\b", re.I
    )


@cache
def _adding() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A verb of adding before the figure, and one that starts its quote ("added 263,000
    jobs", where the verb is read as the figure's change)."""
    words = alternation(load_data("measures")["job_add_words"])
    before = re.compile(rf"\b(?:{words})\s+(?:[\w-]+\s+){{0,3}}$", re.I)
    return before, re.compile(rf"(?:{words})\b", re.I)


def job_added(claim: Claim) -> bool:
    """Whether a count is of jobs added (measures.json job_add_words): "added 263,000 jobs",
    "created a net 1.6 million jobs"; a verb of adding within three words before it. Or a
    rise of all jobs ("nonfarm payrolls increased by 236,000", job_total_words)."""
    if claim.kind != "count":
        return False
    if payrolls_rose(claim):
        return True
    counted = (claim.unit or claim.measure.entity).lower().split()
    if not counted or counted[-1] not in _job_words()[0] or counted[-1] in _NOT_ADDED:
        return False
    before, opening = _adding()
    start = claim.span_in_sentence[0]
    return bool(
        opening.match(claim.quote) or before.search(claim.sentence, max(0, start - 50), start)
    )


_NOT_ADDED = frozenset({"layoffs", "redundancies"})


@cache
def _payrolls() -> re.Pattern[str]:
    words = alternation(load_data("measures")["job_total_words"])
    return re.compile(rf"\b(?:{words})\s+$", re.I)


def payrolls_rose(claim: Claim) -> bool:
    """A rise with no counted noun right after a count of all jobs ("payrolls rose 263,000",
    "nonfarm payrolls increased by 236,000"): jobs added, and the words say so."""
    if claim.change != "up" or claim.unit:
        return False
    start = claim.span_in_sentence[0]
    return _payrolls().search(claim.sentence, max(0, start - 30), start) is not None


# a duration told as a compound before its noun: "an 11-day strike", "the 30-year lease"
_COMPOUND_DURATION = re.compile(r"[\w.]+-(?:day|week|month|year|hour|minute|decade)s?", re.I)
_NOUN_WORD = re.compile(r"\s+([a-z][a-z-]*)")
# an adjective before the noun: "general", "national", "indefinite", "nationwide"
_ADJECTIVE = re.compile(r"(?:al|ive|ary|ous|ful|ic|ite|wide)$")
_NOT_HEAD = frozenset(
    "of in on at for to by with from that which who and or but as after before than over"
    " is are was were has have had will would could".split()
)


def _lasting_thing(claim: Claim) -> str:
    """The noun a compound duration stands before ("an 11-day strike", "the nine-day strike
    ended": strike; "a 30-year lease": lease), singular; "" when the duration is not a
    compound or no noun follows it."""
    if not _COMPOUND_DURATION.fullmatch(claim.quote):
        return ""
    text, position = claim.sentence, claim.span_in_sentence[1]
    head = ""
    for _ in range(3):  # "a 24-hour general strike": the noun after its adjectives
        word = _NOUN_WORD.match(text, position)
        if word is None or word.group(1) in _NOT_HEAD:
            return ""
        head, position = word.group(1), word.end()
        if not _ADJECTIVE.search(head):
            break  # "the nine-day strike ended", "the four-year ban starts"
    else:
        return ""
    if len(head) > 3 and head.endswith("s") and not head.endswith("ss"):
        head = head[:-1]
    # "a 20-year veteran", "a 15-year law enforcement veteran": a person's, and a story has
    # several; only what the story's arrangements and events last is compared
    return head if head in _lasting_things() else ""


@cache
def _lasting_things() -> frozenset[str]:
    return frozenset(load_data("measures")["lasting_things"])


COMPENSATION = "compensation"  # events.json money kinds
# who a payment of compensation goes to, named after it: "Rs 2 lakh to the families of the
# dead", "Rs 50,000 to the injured"
_RECIPIENT = re.compile(
    r"""\b(?:(?P<injured>injured|wounded|hurt|hospitali[sz]ed)
       |(?P<dead>dead|deceased|killed|died|victims|bereaved|those\s+who\s+lost))\b""",
    re.I | re.X,
)
_RECIPIENT_REACH = 60  # characters after the amount where its recipient is named


def _recipient(claim: Claim) -> str:
    """ "injured" or "dead" when the words right after an amount of compensation say whom it
    goes to, "" otherwise."""
    end = claim.span_in_sentence[1]
    found = _RECIPIENT.search(claim.sentence, end, end + _RECIPIENT_REACH)
    if found is None:
        return ""
    return "injured" if found.group("injured") else "dead"


def _job_place(claim: Claim) -> str:
    """The place a count of jobs is restricted to, named right after it ("cut 7,000 jobs in
    Germany", "450 jobs will go in Norway"), or ""."""
    end = claim.span_in_sentence[1]
    return next(places_in(claim.sentence, end, min(len(claim.sentence), end + _CUT_REACH)), "")


def job_cut(claim: Claim) -> bool:
    """Whether a count is of jobs cut (measures.json job_nouns, job_cut_words): "cut 7,000
    jobs", "plans to eliminate roughly 7,000 salaried positions", "500 layoffs"; not
    "employs 200,000 people". The cut is the frame's, so "cut 7,000 jobs" (a change word
    before the figure) and "eliminate 7,000 positions" are one measure."""
    if claim.kind != "count":
        return False
    nouns, cut = _job_words()
    counted = (claim.unit or claim.measure.entity).lower().split()
    if counted[-2:] in (["job", "cuts"], ["job", "losses"]):  # "500 job cuts"
        return True
    if not counted or counted[-1] not in nouns:
        return False
    if counted[-1] in ("layoffs", "redundancies"):
        return True
    start, end = claim.span_in_sentence
    sentence = claim.sentence
    return any(
        not (_GOING.search(verb.group()) and _GO_ELSEWHERE.match(sentence, verb.end()))
        for verb in cut.finditer(sentence, max(0, start - _CUT_REACH), end + _CUT_REACH)
    )


# "1,200 jobs will go" is a cut; "3,000 staff will go on strike" is not
_GOING = re.compile(r"\bgo$")
_GO_ELSEWHERE = re.compile(
    r"\s+(?:on|ahead|to|into|up|down|back|out|through|home|unfilled)\b", re.I
)


def _place(place: str, wide_places: frozenset[str]) -> str:
    """The place a figure restricts itself to, as a spelling key; "" for a place most of the
    story's documents name."""
    key = spelling_key(place) if place else ""
    return "" if key in wide_places else key


def _document_site(claim: Claim, model: StoryModel | None) -> str:
    if model is None or claim.event != MAIN:
        return ""
    return model.site_of(claim.document)


def _document_agent(claim: Claim, model: StoryModel | None) -> str:
    if model is None or claim.event != MAIN:
        return ""
    return model.agent_of(claim.document)


def relation(a: Frame, b: Frame) -> str | None:
    """SAME, NARROWER (a inside b), BROADER (b inside a), or None when not comparable."""
    if (a.event, a.happened, a.since, a.period) != (b.event, b.happened, b.since, b.period):
        return None
    sides = {
        _entity_side(a.counted, b.counted),
        _known_side(a.agent, b.agent, _agent_inside),
        _place_side(a, b),
        _scope_side(a.scope, b.scope),
    }
    if None in sides:
        return None
    sides.discard(SAME)
    if not sides:
        return SAME
    return sides.pop() if len(sides) == 1 else None


def _known_side(a: str, b: str, inside=None) -> str | None:
    """Agents and places: equal, or one inside the other. One left open (by the figure and
    its document) is the event's: the same. A figure whose document names several, against
    one that names one, is not compared: on a busy day outlets tell different incidents."""
    if a == b or not a or not b:
        return SAME
    if SEVERAL in (a, b):
        return None
    if inside is not None:
        if inside(a, b):
            return NARROWER
        if inside(b, a):
            return BROADER
    return None


def _place_side(a: Frame, b: Frame) -> str | None:
    """Places as _known_side, but a part of the story's ground (Frame.part_place) lies inside
    a figure that names no place: "23 killed in the village of Oweijel" is a part of "36
    killed" in the story's city. A rate of a place is not the story's rate, and neither
    lies inside the other ("Ontario's unemployment rate" against "the jobless rate")."""
    if a.counted == PERCENT and bool(a.place) != bool(b.place):
        return None
    if a.place and not b.place and a.part_place:
        return NARROWER
    if b.place and not a.place and b.part_place:
        return BROADER
    return _known_side(a.place, b.place)


def _agent_inside(a: str, b: str) -> bool:
    """ "russian airstrikes" lies inside "airstrikes"."""
    return a.endswith(" " + b)


def _entity_side(a: str, b: str) -> str | None:
    if a == b:
        return SAME
    if _inside(a, b):
        return NARROWER
    if _inside(b, a):
        return BROADER
    return None


def _inside(part: str, whole: str) -> bool:
    return whole in ancestors(part)


def ancestors(entity: str) -> tuple[str, ...]:
    """The broader entities an entity lies in, nearest first: civilians -> (people,)."""
    parents = measure_lexicon().parents
    found: list[str] = []
    while entity in parents and parents[entity] not in found and parents[entity] != entity:
        entity = parents[entity]
        found.append(entity)
    return tuple(found)


def _scope_side(a: str, b: str) -> str | None:
    if WIDE in (a, b) and a != b:
        # a count over the whole country holds the story's own count ("12 killed in the
        # city" inside "40 nationwide"); not one of another scope
        if not a:
            return NARROWER
        return BROADER if not b else None
    if a == b:
        # two counts of those identified (bodies recovered) so far: snapshots of a count
        # that grows through the day, not two sources disagreeing ("the identities of three
        # victims have been released", "of the five victims")
        return None if a in _SO_FAR_SCOPES else SAME
    if not a and b in _SUBSET_SCOPES:
        return BROADER
    if not b and a in _SUBSET_SCOPES:
        return NARROWER
    return None


def actor_of(claim: Claim) -> str:
    """Who acts in a dated claim's words: the modifier of its agent ("russian airstrikes"),
    else the first state, capital or force its sentence names ("Moscow launched ..."), or
    "" when none."""
    vocabulary = event_vocabulary()
    words = claim.measure.agent.split()[:-1] if claim.measure.agent else []
    for word in words:
        if word in vocabulary.actor_of_word:
            return vocabulary.actor_of_word[word]
    return _first_actor(claim.sentence)


@lru_cache(maxsize=64)
def _first_actor(sentence: str) -> str:
    """The first state, capital or force a sentence names; once per sentence, not once per
    date in it."""
    vocabulary = event_vocabulary()
    match = vocabulary.actor.search(sentence)
    return (
        vocabulary.actor_of_word.get(" ".join(match.group(0).lower().split()), "") if match else ""
    )


def same_actor(first: str, second: str) -> bool:
    """Whether two dated claims whose actors (actor_of) are `first` and `second` may be of
    one actor's campaign: the same actor, or one unknown."""
    return not first or not second or first == second


def comparable(frame: Frame) -> bool:
    """Whether figures of this frame are ever compared: a figure of one of several victims
    never is, nor figures of a background event without identity."""
    return frame.event not in UNIDENTIFIED and frame.scope != "one of several"
