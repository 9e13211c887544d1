"""Counts of infections: "148 cases" of measles, "2,000 new infections" in an outbreak. A
count of cases is a count of the infected only in a sentence that names a disease or an
outbreak (measures.json "disease_words"), or in a document whose headline and lede do:
"200 cases of violence", "29 cases brought to court" and "30 cases of asphyxiation" in other
stories count no infection. The infected are a cumulative count, as the dead are: a later,
higher count is the outbreak's growth."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from checker.extract.entities import Entity
from checker.extract.rounds import words_pattern
from checker.vocab import load_data

if TYPE_CHECKING:
    from checker.extract.measures import Clause

INFECTED = "infected"
SUSPECTED_CASES = "suspected cases"  # cases not yet known to be cases: no part of the cases
_LEAD_CHARS = 400  # a headline and lede that name the disease tell what every case is of


@cache
def _nouns() -> frozenset[str]:
    return frozenset(load_data("measures")["case_nouns"])


@cache
def _disease() -> re.Pattern[str]:
    """The words of a disease or an outbreak (a builder prepare_extraction calls)."""
    return words_pattern("disease_words")


def infection_event(folded: str, clause: Clause, entity: Entity | None) -> str:
    """INFECTED for a count of cases or infections in a sentence that names a disease or an
    outbreak, else ""."""
    if entity is None or entity.head not in _nouns():
        return ""
    start, end = clause.sentence_from, clause.sentence_to
    disease = _disease()
    told = disease.search(folded, start, end) or disease.search(folded, 0, _LEAD_CHARS)
    return INFECTED if told else ""


@cache
def _statuses() -> frozenset[str]:
    return frozenset(load_data("measures")["case_statuses"])


def suspected_cases(entity: Entity | None, event: str) -> str:
    """SUSPECTED_CASES for a count of the infected whose words say its cases are not yet
    known to be cases ("24 suspected cases", "three probable cases"), else ""."""
    if event != INFECTED or entity is None:
        return ""
    words = entity.written.lower().split()[:-1]
    return SUSPECTED_CASES if any(w in _statuses() for w in words) else ""


def infected_people(entity: Entity | None, event: str) -> str:
    """ "people" for a count of cases of the infected ("more than 300 cases of cutaneous
    leishmaniasis"): each case is a person infected, one count with "173 people have been
    infected"; else ""."""
    if event != INFECTED or entity is None or entity.head not in _nouns():
        return ""
    return "people"
