"""Figures that hold over time: which non-cumulative figures two outlets may tell on
different days and still be compared (checker.findings.reconcile). A count of those hurt or
in hospital is a day's state; a vote's tally, a period's profit, the size of a thing, the
people present when the event struck are not."""

from __future__ import annotations

from checker.events.bare import ATTRIBUTE_OF
from checker.events.described import NUMBER_OF, STUFF_OF, stored
from checker.events.parties import named_parties_shared
from checker.events.physical import DISTANCE_FROM
from checker.events.shares import running_count
from checker.extract.lexicons import measure_lexicon
from checker.findings.figures import days_between
from checker.model import Claim


def fixed_between(first: Claim, second: Claim, event: str) -> bool:
    """Whether a figure that is no running count holds from the earlier figure's time to the
    later's: one that does not change after its event (measures.json fixed_events), the
    size of a thing ("the 860-km pipeline", checker.events.bare.attribute_of_thing), a count
    told by its own phrase ("18 million mobile subscribers", checker.events.described),
    stuff both tell as stored somewhere ("three tonnes of fireworks were stored in the
    warehouse"), a turnout once counted (measures.json counted_once, unless either figure
    is told as still running: shares.running_count), or a deal's terms told within
    deal_terms_days of each other (one announcement's coverage) by clauses that name one
    deal: the fewer parties all among the other's (parties.named_parties_shared)."""
    lexicon = measure_lexicon()
    # a thing's size, a count told by its own phrase, where an incident is from a named place
    if event in lexicon.fixed or event.startswith(
        (ATTRIBUTE_OF + " ", NUMBER_OF + " ", DISTANCE_FROM + " ")
    ):
        return True
    if event in lexicon.counted_once:
        return not (running_count(first) or running_count(second))
    if event.startswith(STUFF_OF + " ") and stored(first) and stored(second):
        return True  # stuff kept somewhere when the event struck (checker.events.described)
    if event not in lexicon.deal_terms:
        return False
    gap = days_between(first.as_of, second.as_of)
    within = gap is not None and gap <= lexicon.deal_terms_days
    return within and named_parties_shared(first, second)
