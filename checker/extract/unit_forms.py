"""The forms a unit or a currency is written in, and the rule that keeps ordinary words out
of the catalogue (checker.extract.unit_catalogue): plurals from a few English rules, a sign,
an ISO code, and the class rule (no single character, no English common word, a letter,
digit or sign at each end)."""

from __future__ import annotations

import re
import unicodedata

from checker.extract.text import fold_text

_IRREGULAR_PLURALS = {"foot": "feet", "inch": "inches", "hertz": "hertz", "siemens": "siemens"}


def add_form(table: dict[str, str], form: str, name: str, excluded: frozenset[str]) -> None:
    form = form.strip()
    if not form.isascii():
        form = fold_text(form)
        # the press writes names without their accents and with a plain apostrophe:
        # "colon", "cordobas", "pa'anga" for CLDR's "colón", "córdobas", "paʻanga"
        if (plain := _plain_spelling(form)) != form and plain.isascii():
            add_form(table, plain, name, excluded)
    if form not in table and acceptable(form, excluded):
        table[form] = name


def _plain_spelling(form: str) -> str:
    """A form with its accents dropped and its letter apostrophes (U+02BB, U+02BC) plain."""
    form = form.replace("\u02bb", "'").replace("\u02bc", "'")
    decomposed = unicodedata.normalize("NFKD", form)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_SIGN = re.compile(r"[$\u00a2-\u00a5\u20a0-\u20cf]")  # "$", "¢", "£", "¥", "₦", "₹" ...
_WORDLIKE = re.compile(r"[\w$\u00a2-\u00a5\u20a0-\u20cf].*[\w$.\u20a0-\u20cf]|\w\w")


def acceptable(form: str, excluded: frozenset[str]) -> bool:
    """The class rule: a currency sign alone only when it is not "$" ("₦"); else not a
    single character, not an English common word unless in mixed case as only symbols are
    ("mA"), and beginning and ending with a letter, digit or sign (so never "'" or '"')."""
    if has_sign(form):
        return len(form) > 1 or not form.isascii()
    worded = form.islower() or form.isupper() or form.istitle()  # not so "mA", "eV", "cP"
    if len(form) < 2 or (worded and form.lower() in excluded):
        return False
    return _WORDLIKE.fullmatch(form) is not None


def is_code(form: str) -> bool:
    """An ISO 4217 code as written: three capitals ("MYR")."""
    return len(form) == 3 and form.isascii() and form.isupper()


def has_sign(form: str) -> bool:
    """Whether a form holds a currency sign: "$", "₦", and every other character Unicode
    files as a currency symbol (category Sc: "৳", "฿", "֏", "؋")."""
    return _SIGN.search(form) is not None or (
        not form.isascii() and any(unicodedata.category(c) == "Sc" for c in form)
    )


def with_plural(form: str) -> tuple[str, ...]:
    """A form and its plural (see `plural`), or the form alone when it has none."""
    many = plural(form)
    return (form,) if many == form else (form, many)


def plural(phrase: str) -> str:
    """English plural of a unit phrase: the word before "per" or "of" ("miles per hour",
    "inches of mercury"), the first of "degree X" ("degrees celsius"), else the last
    ("kilowatt hours"). A word ending in "s" is taken as invariant ("celsius", "siemens")."""
    for joint in (" per ", " of "):
        head, sep, rest = phrase.partition(joint)
        if sep:
            return f"{plural(head)}{sep}{rest}"
    if phrase.startswith("degree "):
        return "degrees " + phrase.removeprefix("degree ")
    first, space, last = phrase.rpartition(" ")
    return f"{first}{space}{_plural_word(last)}"


def _plural_word(word: str) -> str:
    head, hyphen, tail = word.rpartition("-")
    if hyphen and tail:
        return f"{head}-{_plural_word(tail)}"  # "acre-feet"
    if word in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[word]
    if word.endswith("s") or not word[-1:].isalpha():
        return word
    if re.search(r"(?:x|z|ch|sh)$", word):
        return f"{word}es"
    if re.search(r"[^aeiou]y$", word):
        return f"{word[:-1]}ies"
    return f"{word}s"
