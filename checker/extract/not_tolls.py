"""Counts that are no toll of an event, and counts of the shot who died.

A figure can stand beside an event word and still count no one the event harmed: wounds on
a body ("25 stab wounds"), a rate and its base ("11.2 deaths per 100,000 residents"),
charges and sentences ("two murder charges"), or the group "four of the five victims" are
taken from. Read by checker.extract.measures for each figure.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from checker.extract.text import may_end_with

if TYPE_CHECKING:
    from checker.extract.entities import Entity
    from checker.extract.measures import Clause

# "two murder charges", "seven (consecutive) life sentences", "three homicide cases"
_LEGAL_AFTER = re.compile(
    r"(?:\s+[a-z-]+)?\s+(?:charges?|counts?|cases?|convictions?|sentences?|terms?|indictments?"
    r"|warrants?)\b",
    re.I,
)
# "four of the five victims", "three of the bus's 40 passengers", "six of its eight
# carriages": the five, the 40 and the eight are a group, not a count of the event
_OF_THE = re.compile(
    r"\s*of\s+(?:(?:the|those|these|their|all|its|his|her)\s+)?(?:[\w-]+['\u2019]s\s+)?", re.I
)
# ... unless the event follows the group as a reduced clause: "one of three people killed"
_GROUP_VERB = re.compile(
    r"\s+(?:[a-z]+ly\s+)?(?:were|was|had|have|has|are|is|died|survived)\b", re.I
)
# "11.2 deaths per 100,000 residents": a rate and its base, not a toll
_PER_AFTER = re.compile(r"(?:\s+[\w-]+){0,3}?\s+per\b", re.I)
_PER_BEFORE = re.compile(r"\bper\s+$", re.I)
_PER = frozenset({"per"})  # its last word, for a cheap test first
# "25 stab wounds": wounds on a body, not people
_WOUNDS_AFTER = re.compile(r"\s+wounds?\b", re.I)
_WOUNDS = frozenset({"wound", "wounds"})


def not_a_toll(folded: str, clause: Clause, entity: Entity | None) -> bool:
    """Counts of wounds ("25 stab wounds"), rates and their base ("11.2 deaths per 100,000
    residents"), and the group of "four of the five victims" count no event."""
    end = entity.end if entity is not None else clause.figure_end
    if entity is not None and (
        entity.head in _WOUNDS or _WOUNDS_AFTER.match(folded, entity.end, clause.end)
    ):
        return True
    if _PER_AFTER.match(folded, end, clause.end):
        return True
    if entity is not None and _LEGAL_AFTER.match(folded, entity.end, clause.end):
        return True  # "two murder charges", "seven life sentences": not people
    before = folded[clause.start : clause.figure_start]
    if may_end_with(before, _PER) and _PER_BEFORE.search(before):
        return True
    return (
        clause.start > clause.sentence_start >= 0
        and _OF_THE.fullmatch(before) is not None
        and (entity is None or _GROUP_VERB.match(folded, entity.end, clause.end) is not None)
    )


# "fatally shot two people", "2 shot dead", "four men shot to death", "five officers were
# fatally wounded", "mortally injured": the shot or the wounded were killed
_FATALLY_BEFORE = re.compile(
    r"\b(?:fatally|mortally)\s+(?:shot|shooting|shoots|wound(?:ed|ing|s)|injur(?:ed|ing|es))\s+$",
    re.I,
)
_FATALLY_AFTER = (
    r"(?:\s+(?:were|was|have\s+been|has\s+been|had\s+been))?\s+(?:fatally|mortally)"
    r"\s+(?:shot|wounded|injured|hurt)\b"
)
_DEAD_AFTER = re.compile(
    rf"(?:\s+(?:were|was))?(?:\s+shot)?\s+(?:dead|to\s+death)\b|{_FATALLY_AFTER}", re.I
)
_FATALLY_HURT_AFTER = re.compile(_FATALLY_AFTER, re.I)


def shot_dead(folded: str, clause: Clause, event: str = "shot") -> bool:
    """Whether the shot (`event` "shot") or the wounded ("injured") the figure counts were
    killed: "fatally shot two", "2 shot dead", "five officers were fatally wounded"; of the
    wounded, only a verb told fatally or mortally says so."""
    after = _DEAD_AFTER if event == "shot" else _FATALLY_HURT_AFTER
    return bool(
        _FATALLY_BEFORE.search(
            folded, max(clause.start, clause.figure_start - 24), clause.figure_start
        )
        or after.match(folded, clause.figure_end, clause.end)
    )
