"""What a takeover's offer is told as, beyond the words of the money table
(events.json "money" and "percent"; checker.events.kinds).

- A premium is often told without its word, as a percentage above the share's reference
  price: "22 per cent above Friday's close", "about 12 per cent above Monday's closing
  price" (as "a 34% premium to Friday's closing price").
- An offer or a bid in an amount's own words ("a US$185 million bid") is not enough to
  make it the story's deal: rivals put up bids of their own, and one suitor raises its
  offer (events.json rival_money_words). A story none of whose documents tells another
  offer (a rival, a counter-offer, a raised, rejected or earlier offer: events.json
  several_offers_words, several_offers_adjectives) has one offer, and an offer or a bid
  told in an amount's own words between the deal's parties is its value
  (checker.events.bids).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from checker.extract.lexicons import CaselessPattern, caseless_pattern
from checker.model import Claim, Document
from checker.vocab import alternation, load_data

PREMIUM = "premium"  # events.json "percent"
# a percentage above a share's reference price, right after its sign
_ABOVE_REFERENCE_PRICE = re.compile(
    r"""\s+(?:above|over)\s+(?:the\s+|its\s+|their\s+|[A-Z][\w.&'-]*(?:'s|s')\s+)?
       (?:[\w'-]+\s+){0,2}?(?:(?:closing|close|market|share|stock|undisturbed|trading)
       \s+(?:share\s+)?price|close|closing\s+level)\b""",
    re.VERBOSE,
)


def above_reference_price(text: str, at: int) -> bool:
    """Whether `text` at `at` (right after a percentage's sign) tells a share's reference
    price the percentage is above: the percentage is an offer's premium."""
    return _ABOVE_REFERENCE_PRICE.match(text, at) is not None


@cache
def _several_offers() -> tuple[CaselessPattern, CaselessPattern, CaselessPattern]:
    """The words of events.json several_offers_words; an offer's noun; a word of another
    offer (several_offers_adjectives) up to four words before the end of a window, where an
    offer's noun starts ("Beta's rival $40 billion bid", "a higher, all-cash offer")."""
    data = load_data("events")
    nouns = [*data["rival_money_words"], "bidder", "bidders", "suitor", "suitors"]
    return (
        caseless_pattern(r"\b(?:{words})\b", words=data["several_offers_words"]),
        caseless_pattern(r"\b(?:{nouns})\b", nouns=nouns),
        caseless_pattern(
            r"\b(?:{adjectives})\W+(?:[^\s.;]+\s+){{0,4}}$",
            adjectives=data["several_offers_adjectives"],
        ),
    )


_BEFORE_NOUN = 60  # characters before an offer's noun where a word of another offer may stand


def _tells_several(text: str) -> bool:
    """Whether a text tells more than one offer."""
    phrases, nouns, adjective = _several_offers()
    if phrases.search(text):
        return True
    for noun in nouns.finditer(text):
        # the window with the character before it, so that \b reads it as in the whole text
        begin = max(0, noun.start() - _BEFORE_NOUN - 1)
        window = text[begin : noun.start()]
        if adjective.search(window, min(1, noun.start() - begin)):
            return True
    return False


@cache
def _offer_words() -> re.Pattern[str]:
    words = alternation(load_data("events")["rival_money_words"])
    return re.compile(rf"\b(?:{words})\b", re.I)


def one_offer(documents: Iterable[Document]) -> bool:
    """Whether no document of a story tells more than one offer (a rival's, a counter-offer,
    one raised, revised, earlier or rejected: events.json several_offers_words, and
    several_offers_adjectives before an offer's noun)."""
    return not any(_tells_several(document.text) for document in documents)


def offer_in_words(claim: Claim) -> bool:
    """Whether an amount's own words name an offer or a bid ("a US$185 million bid")."""
    return _offer_words().search(claim.quote) is not None
