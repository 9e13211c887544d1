"""Currency symbols that several currencies share, read by the document they stand in.

CLDR writes "K" for the Zambian kwacha, the Myanmar kyat and the Papua New Guinean kina,
"Rs" for the Pakistani, Mauritian, Indian and Seychellois rupees, "kr" for three crowns
(checker/data/currencies.json "shared_symbols", most locales first). The catalogue reads
such a symbol as the currency most locales give it; a document that names exactly one of
the others, by its English name, by the last word of its name that no other currency has
("kina", "krona"), or by a territory where it is tender ("Papua New Guinea", "India"), has
the symbol in that currency: "K175 million" in an article on a mine in Papua New Guinea is
kina, not kwacha. The currency a document names most often wins; a document that names
none, or two as often, keeps the catalogue's reading.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache, lru_cache

from checker.extract.unit_catalogue import catalogue, currency_data, currency_name


@cache
def _readings() -> dict[str, tuple[tuple[str, re.Pattern[str]], ...]]:
    """symbol, lower case -> (our name of each currency that writes it, the words that name it)."""
    data = currency_data()
    table, codes = data["currencies"], catalogue().codes
    # the last word of a currency's name that no other currency's name ends in ("kina",
    # "kyat"; not "dollar", "rupee" or "kwacha", which Malawi's currency has too)
    ends = Counter(w for e in table.values() for w in {_last(e["name"]), _last(e["plural"])})
    readings = {}
    for symbol, shared in data.get("shared_symbols", {}).items():
        found = []
        for code in (c for c in shared if c in table):
            entry = table[code]
            own = {w for w in (_last(entry["name"]), _last(entry["plural"])) if ends[w] == 1}
            places = {t.split(" (")[0] for t in entry["territories"]}  # "myanmar (burma)"
            words = {entry["name"].lower(), entry["plural"].lower(), *places, *own}
            names = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
            name = codes.get(code) or currency_name(code, entry["name"])
            found.append((name, re.compile(rf"\b(?:{names})\b", re.I)))
        readings[symbol.lower()] = tuple(found)
    return readings


@lru_cache(maxsize=16)
def in_document(folded: str, symbol: str, name: str) -> str:
    """The currency `symbol` (read by the catalogue as `name`) stands for in the document
    `folded`: the one of the currencies sharing it that the document names more often than
    any other, else `name`."""
    readings = _readings().get(symbol.lower())
    if not readings:
        return name
    told = sorted(((len(words.findall(folded)), ours) for ours, words in readings), reverse=True)
    (most, ours), (second, _) = told[0], told[1]
    return ours if most > second else name


def _last(name: str) -> str:
    return name.split()[-1].lower()
