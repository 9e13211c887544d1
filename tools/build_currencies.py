"""Write checker/data/currencies.json from the CLDR data that Babel ships.

    python tools/build_currencies.py

Babel is not needed at run time (loading its English locale costs about 0.25 s); this
script turns its CLDR tables into a small JSON file once. For every currency that is legal
tender somewhere today (ISO 4217, CLDR territory data) it keeps the English name, the
English plural and every symbol some CLDR locale writes for it; a symbol that several
currencies share goes to the currency that most locales give it ("C$": 8 locales say
Canadian dollar, 1 Nicaraguan cordoba), and the bare "$", "¥", "£" are left to
checker/data/units.json. A symbol that several currencies share is also listed under
"shared_symbols" with every currency CLDR writes it for, most locales first ("K": Zambian
kwacha, Myanmar kyat, Papua New Guinean kina), and each currency names the territories
where it is tender today: a document that names one of those currencies or its country
reads the symbol as that currency (checker.extract.unit_catalogue.shared_symbol_readings).
"""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

from babel import Locale, localedata
from babel.core import get_global
from babel.numbers import get_territory_currencies

OUT = Path(__file__).resolve().parent.parent / "checker" / "data" / "currencies.json"
TODAY = dt.date(2026, 1, 1)
LEFT_TO_UNITS_JSON = {"$", "¥", "£", "€", "¤"}
# Symbols the English-language press of a currency's country prints and no CLDR locale
# gives it: the Philippine press writes "P700 million" for pesos (CLDR's "P" is the pula),
# the Nigerian "N285 billion" for naira, East African papers "Sh5 billion" for their
# shillings, Bangladeshi "Tk 2,000 crore", Ghanaian "GH¢20 million", the Gulf press "Dh5
# million", "SR2 billion", "QR500 million", "KD3 million", "BD1 million", "RO5 million". A
# symbol CLDR gives another currency becomes shared with it (first the CLDR one), read by
# what the document names (checker.extract.shared_symbols).
PRESS_SYMBOLS = {
    "P": ["PHP"],
    "N": ["NGN"],
    "Sh": ["KES", "UGX", "TZS"],
    "Tk": ["BDT"],
    "GH¢": ["GHS"],
    "Dh": ["AED"],
    "SR": ["SAR"],
    "QR": ["QAR"],
    "KD": ["KWD"],
    "BD": ["BHD"],
    "RO": ["OMR"],
}


def current_codes() -> set[str]:
    return set(territories_of()) - {"XXX"}


def territories_of() -> dict[str, list[str]]:
    """code -> the English names of the territories where it is tender today, lower case."""
    english = Locale.parse("en")
    found: dict[str, set[str]] = defaultdict(set)
    for territory in get_global("territory_currencies"):
        for code in get_territory_currencies(territory, TODAY, tender=True):
            name = english.territories.get(territory)
            found[code].update([name.lower()] if name else [])
    return {code: sorted(names) for code, names in found.items()}


def symbol_votes(codes: set[str]) -> dict[str, Counter]:
    votes: dict[str, Counter] = defaultdict(Counter)
    for identifier in localedata.locale_identifiers():
        try:
            symbols = Locale.parse(identifier).currency_symbols
        except (ValueError, KeyError):
            continue
        for code in codes:
            symbol = _clean(symbols.get(code, code))
            if symbol and symbol != code and symbol not in LEFT_TO_UNITS_JSON and _readable(symbol):
                votes[symbol][code] += 1
    return votes


def _clean(symbol: str) -> str:
    """Narrow and no-break spaces as spaces; direction marks dropped."""
    symbol = symbol.replace("\u202f", " ").replace("\xa0", " ")
    return "".join(ch for ch in symbol if unicodedata.category(ch) != "Cf").strip()


def _readable(symbol: str) -> bool:
    """Written in Latin letters, currency signs, dots and spaces: what English news prints."""
    return all(
        ch.isascii() or unicodedata.category(ch) == "Sc" or "LATIN" in unicodedata.name(ch, "")
        for ch in symbol
    )


def _add_press_symbols(symbols: dict[str, list[str]], shared: dict[str, list[str]]) -> None:
    """PRESS_SYMBOLS into the symbols of their currencies: a symbol CLDR gives no currency
    goes to the first press currency; one it gives another currency, or several press
    currencies, is shared (CLDR's reading first)."""
    for symbol, codes in PRESS_SYMBOLS.items():
        owner = next((code for code, own in symbols.items() if symbol in own), None)
        readers = shared.get(symbol) or ([owner] if owner else [])
        if not readers:
            symbols[codes[0]].append(symbol)
            symbols[codes[0]].sort()
            readers = [codes[0]]
        merged = readers + [c for c in codes if c not in readers]
        if len(merged) > 1:
            shared[symbol] = merged


def main() -> None:
    codes = current_codes()
    english = Locale.parse("en")
    plurals = english._data["currency_names_plural"]
    territories = territories_of()
    symbols: dict[str, list[str]] = defaultdict(list)
    shared: dict[str, list[str]] = {}
    for symbol, counter in sorted(symbol_votes(codes).items()):
        (code, _), *rest = counter.most_common()
        if not rest or rest[0][1] < counter[code]:  # a tie names no currency
            symbols[code].append(symbol)
        if rest:
            shared[symbol] = [c for c, _ in sorted(counter.items(), key=lambda v: (-v[1], v[0]))]
    _add_press_symbols(symbols, shared)
    table = {
        code: {
            "name": english.currencies[code],
            "plural": dict(plurals.get(code, {})).get("other", english.currencies[code]),
            "symbols": sorted(symbols[code]),
            "territories": territories.get(code, []),
        }
        for code in sorted(codes)
    }
    doc = (
        "Generated by tools/build_currencies.py from the CLDR data of Babel "
        f"(babel {__import__('babel').__version__}); do not edit by hand."
    )
    OUT.write_text(
        json.dumps(
            {"_doc": doc, "currencies": table, "shared_symbols": shared},
            ensure_ascii=False,
            indent=1,
        )
        + "\n",
        "utf-8",
    )
    print(f"wrote {OUT} ({len(table)} currencies)")


if __name__ == "__main__":
    main()
