"""How two frames relate: the same, one inside the other, or not comparable.

Two figures' frames (checker.events.frames) relate when every field does: counted entities
form a hierarchy (civilians, children, nationals within people; measures.json entity
parents), an agent or place left open is the event's, a place that is part of the story's
ground lies inside a figure naming none, and scopes that are a subset of the event's count
("critical", "at the scene", "others") lie inside the whole. Read by alignment
(checker.events.align), reconciliation (checker.findings) and review (checker.review).
"""

from __future__ import annotations

from checker.events.frames import SEVERAL, Frame
from checker.events.kinds import PERCENT
from checker.events.workforce import SITE
from checker.extract.coordinated import LISTED
from checker.extract.lexicons import measure_lexicon
from checker.extract.parts import BREAKDOWN
from checker.extract.scopes import AS_A_CLASS, INCREMENT, WIDE
from checker.extract.transfers import DISCHARGED

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
        DISCHARGED,
        LISTED,
        BREAKDOWN,
        SITE,
        AS_A_CLASS,
    }
)
# counts that grow through the days: those identified, bodies recovered, the injured sent home
_SO_FAR_SCOPES = frozenset({"identified", "bodies", DISCHARGED})


def relation(a: Frame, b: Frame) -> str | None:
    """SAME, NARROWER (a inside b), BROADER (b inside a), or None when not comparable."""
    if (a.event, a.happened, a.since, a.period) != (b.event, b.happened, b.since, b.period):
        return None
    sides = {
        _entity_side(a.counted, b.counted, a.happened),
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
    killed" in the story's city; the area around the town the story happens in
    (Frame.area_place: "31 killed in Raqqa province" in a story of the town of Raqqa) holds
    it. A rate of a place is not the story's rate, and neither lies inside the other
    ("Ontario's unemployment rate" against "the jobless rate")."""
    if a.counted == PERCENT and bool(a.place) != bool(b.place):
        return None
    if a.place and not b.place and a.part_place:
        return NARROWER
    if b.place and not a.place and b.part_place:
        return BROADER
    # the area around the town the story happens in ("in Raqqa province") holds its figures
    if a.place and not b.place and a.area_place:
        return BROADER
    if b.place and not a.place and b.area_place:
        return NARROWER
    return _known_side(a.place, b.place)


def _agent_inside(a: str, b: str) -> bool:
    """ "russian airstrikes" lies inside "airstrikes"."""
    return a.endswith(" " + b)


def _entity_side(a: str, b: str, happened: str = "") -> str | None:
    if a == b:
        return SAME
    if _inside(a, b, happened):
        return NARROWER
    if _inside(b, a, happened):
        return BROADER
    return None


def _inside(part: str, whole: str, happened: str = "") -> bool:
    return whole in ancestors(part, happened)


def ancestors(entity: str, happened: str = "") -> tuple[str, ...]:
    """The broader entities an entity lies in, nearest first: civilians -> (people,); in an
    event of `happened`, its own parents first (suspects arrested are among the people
    arrested, measures.json entity_parents_in_event), and what everyone it counts is
    (everyone_in_event: the men arrested are among the suspects arrested)."""
    lexicon = measure_lexicon()
    parents = lexicon.parents
    if happened in lexicon.parents_in_event:
        parents = parents | lexicon.parents_in_event[happened]
    found: list[str] = []
    everyone = lexicon.everyone_in_event.get(happened)
    if entity == everyone:
        everyone = None
    while entity in parents and parents[entity] not in found and parents[entity] != entity:
        entity = parents[entity]
        found.append(entity)
    if everyone and everyone in parents and parents[everyone] in found and everyone not in found:
        # every person the event counts is one of these ("three men were detained": three
        # suspects), so a class of people lies in them before it lies in all people
        found.insert(found.index(parents[everyone]), everyone)
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
