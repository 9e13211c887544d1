"""Passengers and crew told with no verb, on a vehicle: those aboard it.

"For the 52 passengers on Thursday's flight" and "the ATR carried 64 passengers" count one
thing, those aboard, though only the second has a verb of it. A count of passengers or crew
with no verb of its own, followed in its clause by "on", "aboard" or "in" and a vehicle
(a flight, a bus, a ferry ...), is of those aboard. Not a breakdown of a count told before
("31 were hurt, 24 passengers and 7 crew") nor a count some other verb governs ("airlifted
397 passengers"), which name no vehicle after them, nor passengers who tell of the vehicle
("Two passengers who spoke to the Post from their hospital beds said the coach ...").
"""

from __future__ import annotations

import re
from functools import cache

from checker.model import Claim
from checker.vocab import alternation, load_data

ABOARD = "aboard"
_TRAVELLERS = frozenset({"passengers", "crew"})


@cache
def _on_vehicle() -> re.Pattern[str]:
    vehicles = alternation(load_data("measures")["vehicle_nouns"])
    return re.compile(
        rf"[^,;.:()]{{0,50}}?\b(?:on|aboard|in)\s+(?:[\w'\u2019-]+\s+){{0,4}}?"
        rf"(?:{vehicles})s?\b",
        re.I,
    )


def aboard_vehicle(claim: Claim) -> bool:
    """Whether a count of passengers or crew with no verb is of those aboard a vehicle its
    clause names after it."""
    if claim.kind != "count" or claim.measure.event or claim.measure.entity not in _TRAVELLERS:
        return False
    on = _on_vehicle().match(claim.sentence, claim.span_in_sentence[1])
    # "Two passengers who spoke to the Post from their beds in Christchurch said the coach
    # ...": the vehicle is what they said of, in the clause of what was said
    return on is not None and _SAID.search(on.group(0)) is None


_SAID = re.compile(r"\b(?:said|says|say|told|tells|added|recalled|described)\b", re.I)
