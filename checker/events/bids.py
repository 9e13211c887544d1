"""A bid or an offer told in an amount's own words, as the story's deal.

"A $140 million bid" names no deal where rivals bid, so an offer or a bid in an amount's
own words is not enough to make it the deal's value (events.json rival_money_words). It is
the deal's value when the story tells one offer (no document tells a rival's, a raised,
revised, earlier or rejected one: checker.events.offers.one_offer) and every party its
clause names is a party of the deal the story's other figures of the deal's value name
("Acme agreed to buy Zenith for $42 billion" and "Acme's $41 billion bid for Zenith"); a
bid of another bidder ("Zeta's $40 billion bid for Zenith"), or of no one named ("a bid
for the pitcher"), stays apart.
"""

from __future__ import annotations

from collections.abc import Iterable

from checker.events.kinds import DEAL_VALUE, money_kind
from checker.events.money import is_money
from checker.events.offers import offer_in_words, one_offer
from checker.events.parties import parties_of, parties_within
from checker.model import Claim, Document


def deal_parties(documents: Iterable[Document], claims: Iterable[Claim]) -> frozenset[str]:
    """The parties the story's figures of a deal's value name, when the story tells one
    offer; empty otherwise."""
    parties = frozenset(
        party
        for claim in claims
        if claim.kind == "amount" and is_money(claim.unit) and money_kind(claim) == DEAL_VALUE
        for party in parties_of(claim)
    )
    # the documents are read for other offers only in a story that prices a deal
    return parties if parties and one_offer(documents) else frozenset()


def bid_of_the_deal(claim: Claim, parties: frozenset[str]) -> bool:
    """Whether an offer or a bid in an amount's own words is the story's deal: its clause
    names parties, all of them the deal's (`deal_parties`)."""
    return bool(parties) and offer_in_words(claim) and parties_within(parties_of(claim), parties)
