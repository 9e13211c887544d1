"""Whether an amount's unit is money: any currency of the unit catalogue, whatever country
issues it (checker/extract/unit_catalogue.py currency_units), alone or per something."""

from __future__ import annotations

from functools import cache

from checker.extract.unit_catalogue import currency_units
from checker.vocab import load_data


def is_money(unit: str) -> bool:
    """Whether a unit is money: a currency of the catalogue (CLDR's and quantulum3's, any
    country's: "kazakhstani tenge", "peruvian sol"), alone or per something ("dollar per
    share"), or one whose last word is a word of events.json currency_words (the names
    units.json gives, "krona", "rupiah"; cents and pence). A pound of weight ("pound-mass")
    is no money."""
    if not unit:
        return False
    head = unit.lower().split(" per ", 1)[0]
    words = head.split()
    return head in currency_units() or (bool(words) and words[-1] in _currency_words())


@cache
def _currency_words() -> frozenset[str]:
    words = load_data("events")["currency_words"]
    return frozenset((*words, *(f"{word}s" for word in words)))
