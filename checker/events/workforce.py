"""How many people an employer has: "employs about 2,900 people", "Its workforce of some 900
employees", "EYP, based in New York, has 350 employees", "the company and its 9,000
workers", "Some 1,200 people at the factory were still on the payroll".

A workforce is one figure of one employer, whatever verb tells it: a count of a noun of
workers (measures.json workforce_nouns) after a word of having ("has", "with", "its") is the
employer's headcount as surely as a count after "employs", and so is a count of people "on
the payroll". Two employers of one story (a buyer and its target) have two workforces: the
employer a figure's clause names (checker.events.parties: the last proper name before it, or
the one after "employed by") is its frame's agent, so that "Acme employs 4,000" and "Zenith
employs 3,500" are never compared, while a figure whose clause names no employer ("The
company employs 640 workers") is the story's one. A headcount at a site of the employer's
("about 2,900 people at the factory") is a part of its whole workforce ("about 3,800 people
in Sweden"), which may hold more. A headcount changes over time: two told on different days
are not compared (measured: counting it fixed added held-out pairs as often false as true).
"""

from __future__ import annotations

import re
from functools import cache

from checker.events.parties import employer_before
from checker.events.vocab import ROUNDING_BEFORE
from checker.model import Claim
from checker.vocab import load_data

EMPLOYED = "employed"  # measures.json events: "employs", "a workforce of"
# a word of having right before a count: "has 350 employees", "with 350 employees", "its
# 9,000 workers", "the group's 640 staff"
_HAVING_BEFORE = re.compile(
    rf"(?:\b(?:has|have|had|having|with|its|their|whose)\s+|['\u2019]s\s+){ROUNDING_BEFORE}$", re.I
)
_HAVING_REACH = 40
# people on the payroll, in the figure's clause after it
_PAYROLL_AFTER = re.compile(r"^[^,;:.()]{0,60}?\bon\s+(?:the|its|their)\s+payrolls?\b", re.I)
# the employer named after an employed count: "640 people employed by Kamenicka Sklarna"
_BY_AFTER = re.compile(r"\s+(?:are\s+|were\s+)?employed\s+by\s+(?:the\s+)?(?P<name>[A-Z][\w&'.-]*)")


@cache
def _nouns() -> frozenset[str]:
    return frozenset(load_data("measures")["workforce_nouns"])


def workforce_count(claim: Claim) -> bool:
    """Whether a count with no event is an employer's headcount: a noun of workers after a
    word of having, or people on the payroll."""
    if claim.kind != "count" or claim.measure.event or claim.measure.scope:
        return False
    start, end = claim.span_in_sentence
    sentence = claim.sentence
    words = claim.quote.lower().split()
    if words and words[-1] in _nouns():
        return _HAVING_BEFORE.search(sentence, max(0, start - _HAVING_REACH), start) is not None
    return _PAYROLL_AFTER.search(sentence[end:]) is not None


SITE = "at one site"  # checker.events.relations: a part of the employer's whole workforce
# a site of the employer's in the figure's clause: "at the factory", "at its Alytus plant",
# "The factory, known as Nordcell Ett, employs"; a count there is a part of the workforce
_SITE = re.compile(
    r"\b(?:plants?|factor(?:y|ies)|mines?|mills?|sites?|works|warehouses?|offices?|stores?"
    r"|branch(?:es)?|smelters?|refiner(?:y|ies)|shipyards?|yards?|facilit(?:y|ies)"
    r"|hospitals?|campus(?:es)?|depots?|headquarters)\b",
    re.I,
)
_CLAUSE = re.compile(r"[;:()]|,\s+(?:but|while|whereas|and)\b|\.\s")


def workforce_scope(claim: Claim) -> str:
    """SITE when a workforce figure's clause names a site of the employer's ("2,900 people
    at the factory", "640 workers at its two plants"): a part of its whole workforce, which
    a count of the whole ("about 3,800 people in Sweden") holds; "" otherwise."""
    start, end = claim.span_in_sentence
    sentence = claim.sentence
    begin = max((m.end() for m in _CLAUSE.finditer(sentence, 0, start)), default=0)
    after = _CLAUSE.search(sentence, end)
    stop = after.start() if after else len(sentence)
    return SITE if _SITE.search(sentence, begin, stop) else ""


def workforce_entity(entity: str) -> str:
    """What an employer's headcount counts: its people, whatever noun of workers tells them
    ("640 workers", "about 1,100 staff", "some 900 employees"); another noun ("40 engineers")
    is a part of them."""
    return "people" if not entity or entity in _nouns() else entity


def workforce_fields(claim: Claim) -> tuple[str, str, str]:
    """What a workforce figure counts, its employer and its scope, as its frame holds them."""
    return workforce_entity(claim.measure.entity), employer(claim), workforce_scope(claim)


def employer(claim: Claim) -> str:
    """The employer a workforce figure's clause names, as the first word of its name in
    lower case ("eyp", "kamenicka"), or "" when it names none."""
    start, end = claim.span_in_sentence
    after = _BY_AFTER.match(claim.sentence, end)
    if after is not None:
        return after.group("name").lower().rstrip(".'")
    return employer_before(claim.sentence, start)
