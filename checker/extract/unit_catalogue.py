"""Units and currencies from general resources, not hand lists.

Two catalogues are read as data, never through the libraries that ship them:

- quantulum3's unit catalogue (`units.json` and `_lang/en_US/units.json` in the installed
  package): some 300 units with their surface forms ("kilowatt hour"), symbols ("kWh") and
  SI prefixes. The package folder is found with importlib.util.find_spec, which does not
  run the package, so neither its parser nor its slow dependencies (inflect) are imported.
- ISO 4217 currencies with CLDR's English names, plurals and symbols
  (checker/data/currencies.json, written by tools/build_currencies.py from Babel's CLDR
  tables).

Our own normalisation sits on top: the names of checker/data/units.json win, plurals come
from a few English rules, and one class rule keeps ordinary words out. A catalogue form is
only ever read right after a number (or, for a currency, right before one), and it is
dropped when its lower-case form is an English function or common word (jusText's English
stoplist, quantulum3's list of common words that are not units) or a single letter: "in"
(inch), "at", "a" (year), "m" after a non-number stay words. Time units stay with the time
tagger and dimensionless "units" (pair, set, time) are counted nouns, so both are skipped.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib import resources, util
from pathlib import Path

from checker.extract.unit_forms import (
    add_form,
    has_sign,
    is_code,
    plural,
    with_plural,
)

# catalogue entities that are not units of an amount in news text
# (angles: "minute" and "second" are of arc there; "degree" is in units.json)
_SKIPPED_ENTITIES = frozenset(
    {"dimensionless", "time", "currency", "typographical element", "instance frequency", "angle"}
)


@dataclass(frozen=True)
class Catalogue:
    words: dict[str, str]  # lower-case surface form after a number -> unit name
    symbols: dict[str, str]  # case-sensitive symbol after a number -> unit name
    signs: dict[str, str]  # currency symbol with a sign, any case, before a number ("nz$")
    codes: dict[str, str]  # ISO code or letter symbol, as written, before or after ("MYR")
    singles: dict[str, str]  # one-character symbols, read only in "X/Y" ("A/cm2", "mg/L")


@cache
def catalogue() -> Catalogue:
    """The compiled catalogue: read from the cache file when its sources are unchanged,
    else built and written there (see `_cache_path`)."""
    path = _cache_path()
    if path is not None:
        try:
            return Catalogue(**json.loads(path.read_text("utf-8")))
        except (OSError, ValueError, TypeError):
            pass
    built = build_catalogue()
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(json.dumps(built.__dict__, ensure_ascii=False), "utf-8")
        except OSError:
            pass  # a read-only home: build again next time
    return built


def build_catalogue() -> Catalogue:
    """The catalogue read from its sources, its names aligned to ours and the forms that
    units.json lists left to units.json."""
    excluded = common_words()
    words: dict[str, str] = {}
    symbols: dict[str, str] = {}
    for name, unit in _quantulum_units().items():
        if unit.get("entity") in _SKIPPED_ENTITIES:
            continue
        for surface in unit.get("surfaces", []):
            for form in with_plural(surface.lower()):
                add_form(words, form, name, excluded)
        for symbol in unit.get("symbols", []):
            add_form(symbols, symbol, name, excluded)
    for form, name in _powers().items():
        add_form(symbols, form, name, excluded)
    signs, codes = _currency_forms(excluded)
    for form, name in _currency_words(excluded).items():
        words.setdefault(form, name)
    words = {w: n for w, n in words.items() if w not in symbols}  # "gal" is a gallon
    spelled = {form.lower() for form in [*words, *symbols]}
    codes = {c: n for c, n in codes.items() if c.lower() not in spelled}  # "KGS" is kilograms
    tables = (words, symbols, signs, codes, _single_symbols())
    rename = _aligned_names(tables[:4])
    ours_any_case, ours_as_written = _our_forms()
    return Catalogue(
        *(
            {
                form: rename.get(name, name)
                for form, name in table.items()
                if form.lower() not in ours_any_case and form not in ours_as_written
            }
            for table in tables
        )
    )


def _powers() -> dict[str, str]:
    """A length symbol raised to a power names the square or cubic unit, where the catalogue
    has it: "m²", "km^2", "ft2" -> square, "cm³", "m3" -> cubic."""
    units = _quantulum_units()
    forms: dict[str, str] = {}
    for name, unit in units.items():
        for power, marks in (("square", ("\u00b2", "^2", "2")), ("cubic", ("\u00b3", "^3", "3"))):
            if unit.get("entity") == "length" and f"{power} {name}" in units:
                for symbol, mark in ((s, m) for s in unit.get("symbols", []) for m in marks):
                    forms.setdefault(symbol + mark, f"{power} {name}")
    return forms


def _single_symbols() -> dict[str, str]:
    """One-character symbols of any unit but currencies ("A", "L", "h", "s"): too ambiguous
    alone, read only as a side of "X/Y"."""
    singles: dict[str, str] = {}
    for name, unit in _quantulum_units().items():
        if unit.get("entity") not in ("dimensionless", "currency"):
            for symbol in unit.get("symbols", []):
                if len(symbol) == 1 and symbol.isalpha():
                    singles.setdefault(symbol, name)
    return singles


def _our_forms() -> tuple[dict[str, str], dict[str, str]]:
    """units.json's forms: those read in any case (lower-cased) and those read as written."""
    lex = _lexicon()
    any_case = {
        k.lower(): v for key in ("suffix", "time_units", "prefix") for k, v in lex[key].items()
    }
    any_case.update({k: "" for key in ("scaled_suffix", "unscaled_suffix") for k in lex[key]})
    as_written = {k: v for key in ("suffix_case", "prefix_case") for k, v in lex[key].items()}
    return any_case, as_written


def _aligned_names(tables: tuple[dict[str, str], ...]) -> dict[str, str]:
    """Catalogue names renamed to ours where the forms agree: when at least two forms that
    units.json also lists (written the same) give one of our names more often than the
    catalogue's own, that name replaces it ("ml", "millilitres", "milliliters" -> the
    catalogue's "cubic centimetre" is our "millilitre"; "₩" and "won": "won")."""
    any_case, as_written = _our_forms()
    votes: dict[str, Counter[str]] = {}
    for table in tables:
        for form, name in table.items():
            ours = as_written.get(form) or any_case.get(form.lower())
            if ours:
                votes.setdefault(name, Counter())[ours] += 1
    rename = {}
    for name, counter in votes.items():
        (best, count), *rest = counter.most_common()
        alone = not rest or rest[0][1] < count  # no tie
        if best != name and count >= 2 and count > counter[name] and alone:
            rename[name] = best
    return rename


def _cache_path() -> Path | None:
    """Where the compiled catalogue is kept: the user's cache folder (CHECKCLAIMS_CACHE, or
    XDG_CACHE_HOME/checkclaims, or ~/.cache/checkclaims), named by the size and time of
    every source and of this module, so that a change to any of them builds it anew.
    CHECKCLAIMS_CACHE set to an empty string turns the cache off."""
    folder = os.environ.get("CHECKCLAIMS_CACHE")
    if folder == "":
        return None
    if folder is None:
        base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
        folder = str(Path(base) / "checkclaims")
    stamp = hashlib.sha1()
    for source in _sources():
        try:
            info = source.stat()
        except OSError:
            continue
        stamp.update(f"{source}:{info.st_size}:{info.st_mtime_ns};".encode())
    return Path(folder) / f"unit-catalogue-{stamp.hexdigest()[:16]}.json"


def _sources() -> list[Path]:
    here = Path(__file__).resolve()
    data = here.parent.parent / "data"
    # this module and the forms it reads with (unit_forms.py: the class rule, plurals)
    paths = [here, here.parent / "unit_forms.py", data / "units.json", data / "currencies.json"]
    for package, names in (
        ("quantulum3", ["units.json", "_lang/en_US/units.json", "_lang/en_US/common-words.json"]),
        ("justext", ["stoplists/English.txt"]),
    ):
        folder = _package_dir(package)
        paths.extend(folder / name for name in names if folder is not None)
    return paths


# --- the resources ------------------------------------------------------------------------


def _package_dir(package: str) -> Path | None:
    """The folder of an installed package, found without importing it."""
    spec = util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


@cache
def _quantulum_units() -> dict[str, dict]:
    """quantulum3's units, the language file merged in and SI-prefixed units added."""
    folder = _package_dir("quantulum3")
    if folder is None:
        return {}
    units: dict[str, dict] = {}
    for path in (folder / "units.json", folder / "_lang" / "en_US" / "units.json"):
        if path.is_file():
            for name, unit in json.loads(path.read_text("utf-8")).items():
                units.setdefault(name, {}).update(unit)
    prefixes = _lexicon()["si_prefixes"]
    for name, unit in list(units.items()):
        for symbol in unit.get("prefixes", []):
            word = prefixes[symbol]
            units.setdefault(
                word + name,
                {
                    "entity": unit["entity"],
                    "surfaces": [word + s for s in unit.get("surfaces", [])],
                    "symbols": [symbol + s for s in unit.get("symbols", [])],
                },
            )
    return units


@cache
def common_words() -> frozenset[str]:
    """English stop words (jusText) and common non-unit words (quantulum3), lower case."""
    ours = _lexicon()["not_units"]
    words: set[str] = {*ours, *(plural(w) for w in ours)}
    justext = _package_dir("justext")
    stoplist = justext / "stoplists" / "English.txt" if justext else None
    if stoplist is not None and stoplist.is_file():
        words.update(w.lower() for w in stoplist.read_text("utf-8").split())
    quantulum = _package_dir("quantulum3")
    path = quantulum / "_lang" / "en_US" / "common-words.json" if quantulum else None
    if path is not None and path.is_file():
        words.update(w for group in json.loads(path.read_text("utf-8")).values() for w in group)
    return frozenset(words)


@cache
def _lexicon() -> dict:
    return json.loads(resources.files("checker").joinpath("data/units.json").read_text("utf-8"))


# --- currencies ---------------------------------------------------------------------------


@cache
def currency_data() -> dict:
    """checker/data/currencies.json: "currencies" (code -> name, plural, symbols,
    territories) and "shared_symbols" (checker.extract.shared_symbols)."""
    text = resources.files("checker").joinpath("data/currencies.json").read_text("utf-8")
    return json.loads(text)


def _currencies() -> dict[str, dict]:
    return currency_data()["currencies"]


def currency_name(code: str, cldr_name: str) -> str:
    """Our name of a currency: quantulum3's where it has one (the NewsQuant vocabulary:
    "pound sterling", "japanese yen"; the shortest of its names for USD: "dollar"), else
    CLDR's English name lower-cased ("malaysian ringgit")."""
    return _quantulum_currency_names().get(code, cldr_name.lower())


@cache
def _quantulum_currency_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for name, unit in _quantulum_units().items():
        code = unit.get("currency_code")
        if unit.get("entity") == "currency" and code:
            names[code] = min(names.get(code, name), name, key=len)
    return names


def _currency_forms(excluded: frozenset[str]) -> tuple[dict[str, str], dict[str, str]]:
    """Symbols with a sign ("NZ$", "₦", "$US"), and ISO codes and letter symbols ("RM")."""
    signs: dict[str, str] = {}
    codes: dict[str, str] = {}
    for code, entry in _currencies().items():
        name = currency_name(code, entry["name"])
        forms = list(entry["symbols"])
        if entry["name"].endswith("Dollar"):  # a dollar with its country: "SG$", "$SG"
            forms += [f"{code[:2]}$", f"${code[:2]}"]
        for form in forms:  # a letter symbol is read only against a digit ("Rp5,000"),
            if has_sign(form):  # where no common word stands, so the stoplists stay out
                add_form(signs, form.lower(), name, excluded)
            else:
                add_form(codes, form, name, frozenset())
        if code.lower() not in excluded:
            codes.setdefault(code, name)
    return signs, codes


def _currency_words(excluded: frozenset[str]) -> dict[str, str]:
    """Currency names after a number: "malaysian ringgit(s)", and the bare last word: the
    currency when one current currency has it ("naira", "ringgit") or quantulum3 names one
    ("rupee"), else the word itself ("shilling")."""
    words: dict[str, str] = {}
    heads: dict[str, set[str]] = {}
    plurals: dict[str, set[str]] = {}  # a head's plurals as CLDR writes them: "leu" -> "lei"
    for code, entry in _currencies().items():
        name = currency_name(code, entry["name"])
        for form in {entry["name"].lower(), entry["plural"].lower(), plural(entry["name"].lower())}:
            add_form(words, form, name, excluded)
        head = _head(entry["name"], excluded)
        heads.setdefault(head, set()).add(name)
        tail = len(head.split())  # the plural's last words: "lei", "convertible marks"
        plurals.setdefault(head, set()).add(" ".join(entry["plural"].lower().split()[-tail:]))
    for unit_name, unit in _quantulum_units().items():
        if unit.get("entity") == "currency":
            for surface in unit.get("surfaces", []):
                for form in with_plural(surface):
                    name = currency_name(unit.get("currency_code", ""), unit_name)
                    add_form(words, form, name, excluded)
    for head, names in heads.items():
        # one currency's head is that currency ("naira"); a head several share ("shilling":
        # Kenya's, Uganda's, Tanzania's, Somalia's) is money of no one country, still money
        name = next(iter(names)) if len(names) == 1 else head
        for form in {*with_plural(head), *plurals[head]}:  # "lei", "leva": CLDR's plurals
            add_form(words, form, name, excluded)
    return words


def _head(name: str, excluded: frozenset[str]) -> str:
    """The words a currency's name is told by alone: its last ("naira", "leu"), or, when
    that is a common word ("mark", "won"), its last two ("convertible mark", "korean won":
    "640,000 convertible marks", "1.2 trillion Korean won")."""
    words = name.lower().split()
    return " ".join(words[-2:]) if words[-1] in excluded and len(words) > 2 else words[-1]


@cache
def currency_units() -> frozenset[str]:
    """Every unit name the catalogue gives money in: each current currency's name
    ("kazakhstani tenge", "peruvian sol", "japanese yen"), quantulum3's names of currencies,
    and the head word several currencies share ("shilling", "dollar"), which _currency_words
    reads as money of no one country."""
    names = {currency_name(code, entry["name"]) for code, entry in _currencies().items()}
    names.update(
        name for name, unit in _quantulum_units().items() if unit.get("entity") == "currency"
    )
    heads: dict[str, set[str]] = {}
    excluded = common_words()
    for code, entry in _currencies().items():
        heads.setdefault(_head(entry["name"], excluded), set()).add(code)
    names.update(head for head, codes in heads.items() if len(codes) > 1)
    return frozenset(name.lower() for name in names)


@cache
def letter_symbols() -> dict[str, str]:
    """The catalogue's currency symbols of two letters or more, no ISO code, lower-cased:
    "rp" (rupiah), "tsh" (Tanzanian shilling), "ksh", "mk"; read apart from their number
    when the amount is written as money is (checker.extract.units)."""
    return {
        form.lower(): name
        for form, name in catalogue().codes.items()
        if not is_code(form) and len(form.rstrip(".")) >= 2 and form.rstrip(".").isalpha()
    }


@cache
def letter_currency_signs() -> dict[str, str]:
    """CLDR's one-letter currency symbols ("R" rand, "K" kwacha, "Q" quetzal), as written:
    read only against the digits of an amount written as money is ("R121 billion",
    "R4.2m", "R25,000"; not "R55", a road), as units.json's "PS" is."""
    return {
        symbol: currency_name(code, entry["name"])
        for code, entry in _currencies().items()
        for symbol in entry["symbols"]
        if len(symbol) == 1 and "A" <= symbol <= "Z"
    }


def currency_forms() -> list[str]:
    """Every currency symbol and code the catalogue reads before a number, as written
    (signs lower-cased): for the patterns that let a qualifier or a digit follow one."""
    found = catalogue()
    return [*found.signs, *found.codes]
