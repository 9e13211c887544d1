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

import dataclasses
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from checker.events.bare import (
    COMPENSATION,
    GROUP_SIZE,
    JOB_CUTS,
    JOBS,
    JOBS_ADDED,
    attribute_of_thing,
    group_owner,
    job_added,
    job_cut,
    job_place,
    lasting_thing,
    price_of_thing,
    rate_place,
    recipient,
    thing_measured,
)
from checker.events.bases import change_basis
from checker.events.bids import bid_of_the_deal
from checker.events.changes import SHARE_PRICE_CHANGE, share_owner
from checker.events.corrections import CORRECTED
from checker.events.described import another_instance, described_frame
from checker.events.groups import whole_group
from checker.events.kinds import DEAL_VALUE, PERCENT, money_kind, percent_kind
from checker.events.money import is_money
from checker.events.physical import dimension, physical_kind
from checker.events.places import place_words
from checker.events.sentences import PRISON, prison_term
from checker.events.shares import (
    SEATS,
    SEATS_WON,
    VOTE,
    VOTE_SHARE,
    VOTES_WON,
    ballot_side,
    bare_votes_holder,
    passed_with_votes,
    seats_holder,
    vote_share_holder,
    vote_side,
    votes_holder,
)
from checker.events.things import CROWD, crowd_count, thing_counted, thing_event
from checker.events.travellers import ABOARD, aboard_vehicle
from checker.events.workforce import EMPLOYED, workforce_count, workforce_fields
from checker.extract.lexicons import measure_lexicon
from checker.extract.magnitudes import MAGNITUDE
from checker.extract.people import AGE
from checker.extract.tallies import TALLY_OF_VOTERS, VOTES_FOR
from checker.extract.where import spelling_key, town_key, without_area
from checker.model import Claim

_COMPOUND_UNIT = re.compile(r"^[\w.,]+-")  # "48-page": the unit word after the hyphen

if TYPE_CHECKING:
    from checker.events.story import StoryModel

MAIN = "main event"  # checker.events.attach
PEOPLE = "the people of the story"  # the event of ages: a person has one age in every event
# background events that carry no identity (checker.events.attach): several outlets telling
# "another event" may each mean a different one, so their figures are never compared
ROUND_UP_EVENT = "several incidents"
OTHER_EVENT = "another event"
RATE_EVENT = "a rate"
# a figure its own article says is wrong (checker.events.corrections): compared with nothing
UNIDENTIFIED = frozenset({ROUND_UP_EVENT, OTHER_EVENT, RATE_EVENT, CORRECTED})
SEVERAL = "(several)"  # a document that names several agents or places: none stands for it
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
    # a part of the story's ground no headline or lede names ("23 killed in the village of
    # Oweijel" in a story led with Aleppo): a figure of it lies inside one that names none
    part_place: bool = False
    # the area around the story's town ("31 killed in Raqqa province" in a story of the town
    # of Raqqa, StoryModel.ground_towns): a figure of it holds one that names no place
    area_place: bool = False


def frame_of(claim: Claim, model: StoryModel | None = None) -> Frame | None:
    """The frame of a figure, or None when it says too little to be aligned. The story
    `model` fills what the sentence leaves out: a place most documents name restricts
    nothing, and a figure of the main event with no agent takes the one agent its
    document's other figures name. Kept per claim id by the model, which is built from the
    story's final claims (alignment and reconciliation ask twice for each)."""
    if model is None:
        return _in_dimension(claim, _frame_of(claim, None))
    frames = model.frames
    if claim.claim_id not in frames:
        frames[claim.claim_id] = _in_dimension(claim, _frame_of(claim, model))
    return frames[claim.claim_id]


def _in_dimension(claim: Claim, frame: Frame | None) -> Frame | None:
    """A physical amount's frame counts its dimension, not its unit: "About 600 kilograms"
    and "About 1.5 tonnes" of the ammonia that leaked are one amount (checker.events.align
    compares them in one unit)."""
    if frame is None or claim.kind != "amount" or frame.counted != claim.unit:
        return frame
    told = dimension(claim.unit)
    return dataclasses.replace(frame, counted=told) if told else frame


def _frame_of(claim: Claim, model: StoryModel | None) -> Frame | None:
    measure = claim.measure
    if claim.kind == "amount" and claim.unit == MAGNITUDE and not measure.event:
        # an earthquake's magnitude; an aftershock's or a foreshock's is another quake's
        if _another_shock(claim, 30):
            return None
        return Frame(claim.event, MAGNITUDE, MAGNITUDE)
    if claim.kind == "amount" and not measure.event:
        if holder := seats_holder(claim):  # a party's seats: its holder is its agent
            return Frame(claim.event, SEATS_WON, SEATS, agent=holder)
        if passed_with_votes(claim):  # "Congress approves parity law with 91 votes"
            return Frame(claim.event, VOTES_FOR, VOTES_FOR)
        if side := vote_side(claim):  # "with 79 votes in favor", "drew 41 votes against"
            return Frame(claim.event, side, side)
        if holder := votes_holder(claim):  # a candidate's votes: the candidate is the agent
            return Frame(claim.event, VOTES_WON, claim.unit, agent=holder)
        if attribute := attribute_of_thing(claim):  # a compound size of the story's thing
            return Frame(claim.event, _named(attribute, model), claim.unit)
        kind = money_kind(claim) or _physical_kind(claim) or thing_measured(claim)
        if not kind and model is not None and bid_of_the_deal(claim, model.deal_parties):
            kind = DEAL_VALUE  # "Acme's $41 billion bid for Zenith" of a story of one offer
        if not kind and is_money(claim.unit):
            kind = price_of_thing(claim)  # "The $2.7bn mission": a price, fixed like a size
        unit = model.currency(claim.unit) if model is not None else claim.unit
        # an amount that converts another (checker.events.converted) meets only conversions
        scope = measure.scope
        given_to = recipient(claim) if kind == COMPENSATION or kind in _GIVEN else ""
        if kind == COMPENSATION or given_to:
            # to the families of the dead, or to the injured: "a relief payment of Rs 2 lakh
            # for every bereaved family" is compensation whatever its noun
            return Frame(claim.event, COMPENSATION, unit, agent=given_to, scope=scope)
        if kind:
            return Frame(claim.event, kind, unit, scope=scope)
        return _described(claim, model, unit)
    if claim.kind == "percent" and not measure.event:
        if kind := percent_kind(claim):
            # a rate of a place ("Ontario's unemployment rate"); a company's shares are no place's
            place = "" if kind == SHARE_PRICE_CHANGE else _place(rate_place(claim), model)
            if place and model is not None and place_words(place) <= model.common_words:
                # "Canada's jobless rate" in a story set in Canada; not one told of two towns
                place = place if model.places_of_rate(kind) > 1 else ""
            owner = share_owner(claim) if kind == SHARE_PRICE_CHANGE else ""
            if claim.change and (basis := change_basis(claim)):
                kind = f"{kind} {basis}"  # "rose 0.4% from February": a monthly change
            return Frame(claim.event, kind, PERCENT, agent=owner, place=place)
        # whose share of the vote: its holder is its agent; of a vote on a proposal, its side
        holder = vote_share_holder(claim) or ballot_side(claim)
        if holder:
            return Frame(claim.event, VOTE_SHARE, PERCENT, agent=holder)
        return _described(claim, model, PERCENT)
    if claim.kind == "duration":  # a prison sentence, with its defendant as agent
        term = prison_term(claim)
        if term:
            return Frame(claim.event, PRISON, term[0], agent=term[1])
        # "an 11-day strike", "a 30-year lease", "a siege that lasted about nine hours": how
        # long the thing its noun names lasts
        thing = lasting_thing(claim)
        if not thing or another_instance(claim):
            return None  # "a further two-week walkout" is another strike
        unit = duration_unit(claim.value)
        # a 48-hour strike and a two-day strike are one length: weeks, days, hours, minutes
        # and seconds meet in one group (checker.events.align converts them)
        counted = SHORT_TIME if unit in SECONDS_IN else unit
        return Frame(claim.event, f"length of {thing}", counted)
    if not measure.event and aboard_vehicle(claim):
        # "for the 52 passengers on Thursday's flight": those aboard, told with no verb
        measure = dataclasses.replace(measure, event=ABOARD)
    if whole := whole_group(claim):  # "all 16 of the utility's pumping stations"
        return Frame(claim.event, GROUP_SIZE, whole[1], agent=whole[0])
    if not measure.event:
        if _approved_by_members(claim):  # "The levy, approved by 82 lawmakers, ..."
            return Frame(claim.event, VOTES_FOR, VOTES_FOR)
        if workforce_count(claim):  # "EYP has 350 employees", "its 9,000 workers"
            entity, agent, scope = workforce_fields(claim)
            return Frame(claim.event, EMPLOYED, entity, agent=agent, scope=scope)
        if holder := bare_votes_holder(claim):  # "ahead of Daniel Pryor on 11,870"
            return Frame(claim.event, VOTES_WON, VOTE, agent=holder)
        if job_added(claim):
            return Frame(claim.event, JOBS_ADDED, JOBS)
        if job_cut(claim):  # "cut 450 jobs in Norway": a part of the group's cuts
            place = _place(job_place(claim), model)
            return Frame(claim.event, JOB_CUTS, JOBS, place=place, part_place=bool(place))
        if owner := group_owner(claim):  # "the airline's 950 pilots": how many it has
            return Frame(claim.event, GROUP_SIZE, measure.entity, agent=owner)
        if attribute := attribute_of_thing(claim):  # "the 48-page indictment"
            unit = _COMPOUND_UNIT.sub("", claim.quote).lower()
            return Frame(claim.event, _named(attribute, model), unit)
        if crowd_count(claim):  # "A crowd of 81,112 watched", "in front of 68,500 fans"
            return Frame(claim.event, CROWD, "people")
        verb = thing_event(claim)  # "1.2 million records were exposed"
        if verb:
            return Frame(claim.event, verb, thing_counted(claim))
        return _described(claim, model, "")
    if measure.event == AGE:  # a person's age, whatever event its sentence tells
        return Frame(PEOPLE, AGE, measure.entity)
    if (tally := TALLY_OF_VOTERS.get(measure.event)) and _whole_chamber(measure.entity):
        # "27 members voted in favour" is the tally's "31 votes to 17": one count
        return Frame(claim.event, tally, tally)
    counted, agent, scope = measure.entity or "people", measure.agent, measure.scope
    if measure.event == EMPLOYED:  # "employs 640 workers at its two plants": its employer's
        counted, employer, scope = workforce_fields(claim)
        agent = agent or employer
    return Frame(
        event=claim.event,
        happened=measure.event,
        counted=counted,
        agent=agent or _document_agent(claim, model),
        place=(place := _place(measure.place, model) or _document_site(claim, model)),
        since=measure.since,
        period=measure.period,
        scope=scope,
        part_place=_part_place(place, measure.place, model),
        area_place=_area_place(measure.place, model),
    )


# money given that is compensation when the words after it name the dead or the injured as
# its recipients (events.json money kinds "payment" and "aid")
_GIVEN = frozenset({"payment", "aid"})


# a measure passed by the members of a chamber counted after "by": "approved by 82
# lawmakers", "passed by 31 councillors" (not "members had to be approved by the ruler")
_APPROVED_BY = re.compile(r"\b(?:approved|passed|adopted|backed|endorsed)\s+by\s+$", re.I)


def _approved_by_members(claim: Claim) -> bool:
    """Whether a count of a chamber's members (measures.json whole_chamber) is the votes for
    a measure they approved: the verb and "by" right before it."""
    start = claim.span_in_sentence[0]
    return (
        claim.kind == "count"
        and claim.measure.entity in measure_lexicon().whole_chamber
        and _APPROVED_BY.search(claim.sentence, max(0, start - 20), start) is not None
    )


def _whole_chamber(entity: str) -> bool:
    """Whether voters are counted as the chamber's members (or bare, "17 voted against"),
    not as a party's (measures.json whole_chamber)."""
    return entity in ("", "people") or entity in measure_lexicon().whole_chamber


def _named(attribute: str, model: StoryModel | None) -> str:
    """A compound size's thing as the named thing of the story its noun stands for ("the
    200-bed hospital" of a story that names one hospital, checker.events.named)."""
    return model.named(attribute) if model is not None else attribute


def _described(claim: Claim, model: StoryModel | None, unit: str) -> Frame | None:
    """The frame of a figure no reader above holds, from the words several documents
    describe one thing of the story with (checker.events.described); `unit` is what it is
    counted in, "" for a count's own noun."""
    description = model.description(claim.claim_id) if model is not None else None
    if description is None:
        return None
    happened, counted = described_frame(description, unit)
    return Frame(claim.event, happened, counted)


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
    if not place or not own or place != town_key(own) or model is None:
        return False
    if not model.lead_words:
        return False
    return not (place_words(place) & model.lead_words)


def _place(place: str, model: StoryModel | None) -> str:
    """The place a figure restricts itself to, as a spelling key; "" for a place most of the
    story's documents name. An area stands for its town ("Raqqa province" for Raqqa), but
    for the area around the town the story happens in (StoryModel.ground_towns), which is
    kept with its kind: it holds the town."""
    town = town_key(place) if place else ""
    if model is None:
        return town
    if _area_place(place, model):
        return spelling_key(place)
    return "" if town in model.places else town


def _area_place(place: str, model: StoryModel | None) -> bool:
    """Whether a place is the area around the town the story happens in
    (StoryModel.ground_towns)."""
    town = without_area(place)
    return model is not None and town != place and spelling_key(town) in model.ground_towns


def _document_site(claim: Claim, model: StoryModel | None) -> str:
    if model is None or claim.event != MAIN:
        return ""
    return model.site_of(claim.document)


def _document_agent(claim: Claim, model: StoryModel | None) -> str:
    """The one agent a figure's document names, for an event a cause of harm brings about
    (measures.json caused_events): no fire arrests anyone."""
    if model is None or claim.event != MAIN:
        return ""
    if claim.measure.event not in measure_lexicon().caused_events:
        return ""
    return model.agent_of(claim.document)


def comparable(frame: Frame) -> bool:
    """Whether figures of this frame are ever compared: a figure of one of several victims
    never is, nor figures of a background event without identity."""
    return frame.event not in UNIDENTIFIED and frame.scope != "one of several"


_DESIGNATORS = {
    "Y": "years",
    "M": "months",
    "W": "weeks",
    "D": "days",
    "H": "hours",
    "S": "seconds",
}
SHORT_TIME = "time"  # the counted unit of a lasting thing told in weeks, days, hours ...
# those units in seconds: whole numbers, so that a length converts exactly ("90 minutes" is
# 1.5 hours, not 1.4999...)
SECONDS_IN = {"weeks": 604_800, "days": 86_400, "hours": 3_600, "minutes": 60, "seconds": 1}


def duration_unit(value: str) -> str:
    """The unit a TIMEX3 duration counts in ("P11D": days, "PT9H": hours, "PT30M": minutes),
    as its frame names it."""
    if value.startswith("PT") and value.endswith("M"):
        return "minutes"
    return _DESIGNATORS.get(value[-1:], value[-1:])
