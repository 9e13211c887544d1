"""The role a person plays in a story's main event, for the ages of people not named.

An age is a fact about one person (checker.extract.people binds it to a name). News often
gives the one person an event killed without a name: "a 20-year-old man was shot dead" in
one outlet, "a 22-year-old man died at the scene" in another. When every document that
counts the main event's dead counts one, the age of a victim told that way (the age inside
the one-victim figure, checker.extract.implicit, or an age a death verb governs: "killed a
19-year-old student", "22-year-old Dashwan Smith was shot and killed") is that one
person's, whichever outlet tells it; two such ages that cannot both hold
(checker.findings.ages) are a disagreement as surely as two ages of one name. A name whose
age a death verb governs is the role's name: every age the story gives that name is bound
to the role (one outlet names the victim, another does not). A story with more than one
dead binds no age to the role: its victims' ages are different people's. The same holds for
the one person a story with no dead injured (ONE_INJURED) and for its one suspect
(ONE_ACCUSED: "the suspect, a 29-year-old man" against "a 32-year-old man has been
charged"), when no count says there were more.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from functools import cache

from checker.events.frames import MAIN
from checker.evolve import evolve
from checker.extract.lexicons import measure_lexicon
from checker.extract.people import AGE, unbound_age
from checker.model import Claim, Document
from checker.vocab import alternation, load_data

ONE_KILLED = "the one killed"  # the entity of an age bound to the role
ONE_INJURED = "the one injured"  # of a story with no dead and one injured: that person's
ONE_ACCUSED = "the one accused"  # of a story whose counts of arrests and charges are all one
ROLES = frozenset({ONE_KILLED, ONE_INJURED, ONE_ACCUSED})  # entities of ages bound to a role
_KILLED = "killed"
_HURT = frozenset({"injured", "shot"})  # what the one injured was, told by the counts


@cache
def _death_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A death verb (measures.json single_death_verbs) that governs the age after it
    ("killed a 19-year-old", "the death of"), and one whose subject is the age's person, in
    the passive or "died" ("..., 22, was shot and killed", "who died"): "a 12-year-old
    fatally shot his brother" is the shooter."""
    verbs = alternation(load_data("measures")["single_death_verbs"])
    before = re.compile(
        rf"\b(?:{verbs}|killing|(?<!attempted\s)(?:death|murder|slaying|killing)\s+of)"
        r"\s+(?:an?\s+|the\s+)?$",
        re.I,
    )
    after = re.compile(
        rf",?\s+(?:who\s+)?(?:(?:was|had\s+been|has\s+been)\s+(?:{verbs})|died)\b", re.I
    )
    return before, after


@cache
def _injury_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A verb of injury that governs the age after it ("wounded a 17-year-old", "the
    shooting of a 4-year-old"), and one whose subject is the age's person in the passive
    ("a 4-year-old boy was shot", ", 17, was wounded"): "a 12-year-old shot his sister" is
    the shooter."""
    verbs = r"shot|wounded|injured|hurt|struck|hit"
    before = re.compile(
        rf"\b(?:{verbs}|wounding|injuring|shooting\s+of)\s+(?:an?\s+|the\s+)?$", re.I
    )
    after = re.compile(
        rf"(?:\s+[a-z]+){{0,2}}?,?\s+(?:who\s+)?(?:was|had\s+been|has\s+been|is|got)\s+"
        rf"(?:(?:accidentally|critically|seriously|badly)\s+)?(?:{verbs})\b",
        re.I,
    )
    return before, after


def with_victim_ages(
    claims: tuple[Claim, ...], documents: Iterable[Document] = ()
) -> tuple[Claim, ...]:
    """The claims, the ages of the one person the main event killed bound to that role, or,
    in a story that tells no death, of the one person it injured (`documents`: the story's,
    whose headlines and ledes are read for a death no figure counts)."""
    role, bound = ONE_KILLED, victim_ages(claims)
    if not bound:
        role, bound = ONE_INJURED, injured_ages(claims, documents)
    claims = _bound(claims, bound, role)
    return _bound(claims, accused_ages(claims), ONE_ACCUSED)


def _bound(claims: tuple[Claim, ...], bound: frozenset[str], role: str) -> tuple[Claim, ...]:
    if not bound:
        return claims
    return tuple(
        evolve(c, measure=replace(c.measure, event=AGE, entity=role)) if c.claim_id in bound else c
        for c in claims
    )


def injured_ages(claims: Iterable[Claim], documents: Iterable[Document] = ()) -> frozenset[str]:
    """The ids of the ages of the one person the main event hurt: when no whole count of the
    main event's dead is above zero and every whole count of its injured or shot is one,
    the ages told inside a figure of one injured ("A 4-year-old boy was injured"), and those
    a verb of injury governs ("wounded a 17-year-old", "a 15-year-old boy was shot"), told
    in a headline or lede, when no headline or lede of the story tells a death."""
    claims = tuple(claims)
    if any(_main_count(c, _KILLED) and c.value != "0" for c in claims):
        return frozenset()
    if any(_DEATH_IN_LEAD.search(d.text, 0, _LEAD_CHARS) for d in documents):
        return frozenset()  # "Arrest made in fatal shooting of 15-year-old": a death no count told
    hurt = [c for c in claims if any(_main_count(c, event) for event in _HURT)]
    if any(c.value != "1" for c in hurt):
        return frozenset()
    spans: dict[str, list[tuple[int, int]]] = {}
    for claim in hurt:
        spans.setdefault(claim.document, []).append((claim.start, claim.end))
    before, after = _injury_patterns()
    return frozenset(
        c.claim_id
        for c in claims
        if unbound_age(c)
        and c.event == MAIN
        and c.sentence_start < _AGE_LEAD_CHARS  # a body tells other children shot as well
        and (
            any(start <= c.start < end for start, end in spans.get(c.document, ()))
            or _governed(c, before, after)
        )
    )


_AGE_LEAD_CHARS = 400  # the headline and the lede, where a page tells its own incident
# a death told in a headline or lede, counted or not: the story has a dead victim, so its
# hurt people are at least two
_DEATH_IN_LEAD = re.compile(
    r"\b(?:fatal(?:ly)?|killed|killing|kills|dead|died|dies|death|slaying|slain|murder(?:ed)?"
    r"|homicide)\b",
    re.I,
)
_LEAD_CHARS = 600


def _governed(claim: Claim, before: re.Pattern[str], after: re.Pattern[str]) -> bool:
    """Whether a verb governs the age: `before` ends right before it (_governed_before), or
    `after` starts right after it."""
    end = claim.span_in_sentence[1]
    return _governed_before(claim, before) or after.match(claim.sentence, end) is not None


def _governed_before(claim: Claim, before: re.Pattern[str]) -> bool:
    """Whether `before` ends right before the age, within _GOVERN_REACH characters."""
    start = claim.span_in_sentence[0]
    return before.search(claim.sentence, max(0, start - _GOVERN_REACH), start) is not None


_GOVERN_REACH = 40


def victim_ages(claims: Iterable[Claim]) -> frozenset[str]:
    """The ids of the ages of the one person the main event killed, when every whole count
    of the main event's dead in the story is one: ages told inside a figure of one dead, ages
    a death verb governs, and every age of the one name a death verb governs."""
    claims = tuple(claims)
    dead = [c for c in claims if _main_dead(c)]
    if not dead or any(c.value != "1" for c in dead):
        return frozenset()
    spans: dict[str, list[tuple[int, int]]] = {}
    for claim in dead:
        spans.setdefault(claim.document, []).append((claim.start, claim.end))
    names = {c.measure.entity for c in claims if _named_age(c) and _governed_by_death(c)}
    if len(names) > 1:
        return frozenset()  # two dead named: the story's counts of one are of two events
    return frozenset(
        c.claim_id
        for c in claims
        if (
            unbound_age(c)
            and c.event == MAIN
            and (
                any(start <= c.start < end for start, end in spans.get(c.document, ()))
                or _governed_by_death(c)
            )
        )
        or (names and _named_age(c) and c.measure.entity in names)
    )


def accused_ages(claims: Iterable[Claim]) -> frozenset[str]:
    """The ids of the ages of the one person the main event's suspect is, told without a
    name: ages a word of suspicion or a verb of arrest or charge governs ("the suspect, a
    29-year-old man", "The 32-year-old suspect", "A 27-year-old man has been charged",
    "police arrested a 19-year-old"), when every whole count of the main event's people
    arrested or charged, and of its suspects, is one (or there is none), and no document
    gives two such ages (two accused: "a 19-year-old and a 22-year-old were charged"). The
    ages of the dead or the injured already bound to their role are left alone."""
    claims = tuple(claims)
    if any(_accused_count(c) and c.value != "1" for c in claims):
        return frozenset()
    before, after = _accused_patterns()
    ages = [
        c
        for c in claims
        if unbound_age(c)
        and c.event == MAIN
        and _OLD.search(c.quote) is not None  # "Smelley, 30": a surname, if not yet a person's
        and (_ACCUSED_NOUN_END.search(c.quote) is not None or _governed(c, before, after))
        and not _victim_before(c)  # "Man accused of killing 14-year-old indicted"
    ]
    told: dict[str, set[str]] = {}
    for claim in ages:
        told.setdefault(claim.document, set()).add(claim.value)
    if any(len(values) > 1 for values in told.values()):
        return frozenset()
    return frozenset(c.claim_id for c in ages)


_ACCUSED_NOUNS = r"suspect|gunman|shooter|attacker|assailant|accused|defendant"
_ACCUSED_VERBS = (
    r"arrested|charged|detained|booked|apprehended|indicted|arraigned|jailed|sentenced"
    r"|convicted|remanded|taken\s+into\s+custody"
)
_OLD = re.compile(r"\bold\b", re.I)  # an age told of someone not named: "a 29-year-old man"
# what a participle of arrest or charge is followed by in a reduced clause ("the man charged
# with murder", "a 19-year-old arrested on Sunday", "detained in connection with")
_AFTER_PARTICIPLE = (
    r"with|of|in|on|at|after|for|over|by|near|early|late|last|this|overnight|yesterday|today"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
)
# the age's own phrase ends with a noun of suspicion: "The 32-year-old suspect"
_ACCUSED_NOUN_END = re.compile(rf"\b(?:{_ACCUSED_NOUNS})$", re.I)


@cache
def _accused_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A noun of suspicion or a verb of arrest or charge that governs the age after it ("the
    suspect, a 29-year-old man", "the gunman as a 27-year-old", "police arrested a
    19-year-old"), and a verb of arrest or charge whose subject in the passive is the age's
    person, or its participle right after the age's phrase ("a 27-year-old man has been
    charged", "a 30-year-old, who was arrested", "The 21-year-old man charged in the
    shooting"; not "left with a 1-year-old child and was arrested": a second verb of the
    subject before)."""
    before = re.compile(
        rf"(?:\b(?:{_ACCUSED_NOUNS})(?:\s*,|\s+(?:is|was|as|been\s+identified\s+as))"
        rf"|\b(?:{_ACCUSED_VERBS}|arresting|charging))\s+(?:an?\s+|the\s+)?$",
        re.I,
    )
    after = re.compile(
        rf"(?:\s+(?!(?:and|or|but|then)\b)[a-z]+){{0,2}}?"
        rf"(?:,?\s+(?:who\s+)?(?:was|had\s+been|has\s+been|is|has)\s+"
        rf"(?:(?:later|since|subsequently|also|now|been)\s+)*(?:{_ACCUSED_VERBS}|accused)\b"
        # the participle alone, then what it was for, where or when, not an object ("a
        # 30-year-old officer arrested the man" is the officer's act)
        rf"|\s+(?:{_ACCUSED_VERBS}|accused)(?=\s*[,.;]|\s+(?:{_AFTER_PARTICIPLE})\b))",
        re.I,
    )
    return before, after


def _victim_before(claim: Claim) -> bool:
    """Whether a verb of death or injury right before the age governs it: its person is the
    victim ("accused of killing 14-year-old", "wounding a 17-year-old")."""
    return _governed_before(claim, _death_patterns()[0]) or _governed_before(
        claim, _injury_patterns()[0]
    )


def _accused_count(claim: Claim) -> bool:
    """A whole count of the main event's people arrested or charged, or of its suspects."""
    measure = claim.measure
    if claim.kind != "count" or claim.event != MAIN or measure.scope:
        return False
    if measure.entity in ("suspects", "gunmen", "suspect", "gunman", "shooters", "attackers"):
        return True
    return measure.event in ("arrested", "charged") and _people(measure.entity)


def _governed_by_death(claim: Claim) -> bool:
    """Whether a death verb governs the age: right before it, or with its person as the
    subject right after it."""
    return _governed(claim, *_death_patterns())


def _named_age(claim: Claim) -> bool:
    measure = claim.measure
    return (
        claim.kind == "amount"
        and measure.event == AGE
        and bool(measure.entity)
        and measure.entity != ONE_KILLED
        and claim.event == MAIN
    )


def _main_dead(claim: Claim) -> bool:
    return _main_count(claim, _KILLED)


def _main_count(claim: Claim, event: str) -> bool:
    """A whole count of people of the main event for `event` (killed, injured, shot)."""
    measure = claim.measure
    return (
        claim.kind == "count"
        and claim.event == MAIN
        and measure.event == event
        and not measure.scope
        and not (measure.since or measure.period)
        and _people(measure.entity)
    )


def _people(entity: str) -> bool:
    """Whether a counted entity is people: "people", a class of them ("children"), or one
    person's noun ("student", "man") as a one-victim figure names it."""
    return entity in ("", "people") or bool(measure_lexicon().people_form(entity))
