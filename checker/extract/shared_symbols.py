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

from checker.extract.unit_catalogue import catalogue, common_words, currency_data, currency_name


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
            # the country's adjective, the name's words before its last ("Philippine" of
            # "Philippine Peso", "Saudi" of "Saudi Riyal")
            adjective = entry["name"].lower().rsplit(" ", 1)[0] if " " in entry["name"] else ""
            words = {entry["name"].lower(), entry["plural"].lower(), *places, *own, adjective}
            names = "|".join(re.escape(w) for w in sorted(words - {""}, key=len, reverse=True))
            # its own signs ("₱" beside "P700 million") and its code, as written
            signs = [re.escape(t) for t in entry["symbols"] if t != symbol and _a_sign(t)]
            tokens = "|".join([*signs, rf"\b(?-i:{code})\b"])
            name = codes.get(code) or currency_name(code, entry["name"])
            found.append((name, re.compile(rf"\b(?:{names})\b|{tokens}", re.I)))
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


def _a_sign(symbol: str) -> bool:
    """Whether a symbol holds a currency sign ("₱", "GH₵"): no word of a text."""
    return any(not ch.isalnum() and not ch.isspace() and ch != "." for ch in symbol)


def _last(name: str) -> str:
    return name.split()[-1].lower()


# a currency named after its number by a word English uses otherwise ("12.40 soles per
# share", "5 million real", "1.2 trillion won"): the word right after the number
_WORD_AFTER = re.compile(r" ?(?P<word>[a-z]+)\b", re.I)
# a number written as money is ("12.40", "640,000", "1.2 trillion", "5,000"), not an age or
# a score ("Kim, 25, won the title")
_MONEY_BEFORE = re.compile(
    r"(?:\d{1,3}(?:,\d{3})+|\d+\.\d\d|\d{3,}|\d+(?:\.\d+)?\s*(?:million|billion|trillion|bn|m))$",
    re.I,
)
# not read so: "gold" (the Zimbabwean currency's name) is far more often the metal
_NOT_READ = frozenset({"gold"})


@cache
def _common_word_currencies() -> dict[str, tuple[tuple[str, re.Pattern[str]], ...]]:
    """word, lower case -> (our name of a currency, the words that name it or its country)
    for each currency whose name ends in a common English word, which the catalogue leaves
    out (checker.extract.unit_catalogue.common_words): "sol" and "soles" (Peruvian sol),
    "real" (Brazilian real), "won" (South and North Korean won), "kip" (Laotian kip)."""
    data = currency_data()
    table, codes = data["currencies"], catalogue().codes
    excluded = common_words()
    found: dict[str, list[tuple[str, re.Pattern[str]]]] = {}
    for code, entry in table.items():
        words = entry["name"].lower().split()
        heads = {words[-1], entry["plural"].lower().split()[-1]} & excluded
        if len(words) < 2 or not heads or heads & _NOT_READ:
            continue
        places = {p.strip() for t in entry["territories"] for p in t.split(" (")[0].split("&")}
        naming = {entry["name"].lower(), entry["plural"].lower(), " ".join(words[:-1]), *places}
        names = "|".join(re.escape(w) for w in sorted(naming, key=len, reverse=True))
        name = codes.get(code) or currency_name(code, entry["name"])
        for head in heads:
            found.setdefault(head, []).append((name, re.compile(rf"\b(?:{names})\b", re.I)))
    return {head: tuple(readings) for head, readings in found.items()}


def common_word_currency(folded: str, end: int) -> tuple[str, str, int, int] | None:
    """The currency a common word right after a figure ending at `end` names in its
    document, one that names the currency or its country: "12.40 soles per share" in an
    article on a Peruvian takeover is Peruvian sols (name, written, start, end), or None."""
    match = _WORD_AFTER.match(folded, end)
    if match is None or (word := match["word"].lower()) not in _common_word_currencies():
        return None  # most figures: a look-up of the word after them
    if _MONEY_BEFORE.search(folded, max(0, end - 30), end) is None:
        return None
    name = _named_currency(folded, word)
    return (name, match["word"], match.start("word"), match.end("word")) if name else None


@lru_cache(maxsize=16)
def _named_currency(folded: str, word: str) -> str:
    """The currency `word` names in a document that names it or its country, else ""."""
    for name, naming in _common_word_currencies()[word]:
        if naming.search(folded):
            return name
    return ""
