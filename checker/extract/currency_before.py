"""The catalogue currency written right before a figure: a symbol with a sign ("NZ$", "₦"),
an ISO code ("MYR 5", "ZAR5") or a letter symbol ("Rp5,000", "TSh 9.8 billion"), read by
checker.extract.units beside its own units.json forms; a symbol several currencies share
is the one its document names (checker.extract.shared_symbols)."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from checker.extract.shared_symbols import in_document
from checker.extract.unit_catalogue import (
    catalogue,
    common_words,
    currency_data,
    currency_name,
    letter_symbols,
)
from checker.extract.unit_forms import is_code
from checker.vocab import load_data

if TYPE_CHECKING:
    from checker.extract.numbers import NumberMention


def unit_before(folded: str, start: int) -> tuple[str, str, int, int] | None:
    """The catalogue currency written right before a figure starting at `start`: a symbol
    with a sign in any case ("NZ$", "₦"), an ISO code as written, with or without a space
    ("MYR 5", "ZAR5"), or a letter symbol against the digit ("Rp5,000", "Ksh500"); a symbol
    several currencies share ("K", "Rs") in the one its document names
    (checker.extract.shared_symbols)."""
    found = catalogue()
    for gap in (0, 1):
        stop = start - gap
        if gap and (stop < 1 or folded[stop] != " "):
            break
        if stop < 1 or folded[stop - 1] not in _last_characters():
            continue  # one set look-up for the figures with no currency before them
        if not _may_end_form(folded, stop):
            continue  # "killed 12": no form ends in "ed"
        for size in range(min(_reach(), stop), 0, -1):
            written = folded[stop - size : stop]
            if stop - size > 0 and folded[stop - size - 1].isalnum():
                continue  # inside a word: "USDA5", "forum5"
            name = found.signs.get(written.lower()) or found.codes.get(written)
            if name and (gap == 0 or written.lower() in found.signs or is_code(written)):
                return in_document(folded, written, name), written, stop - size, stop
            if gap and (name := _spaced_symbol(written, folded, start)):
                return in_document(folded, written, name), written, stop - size, stop
            if (name := word_codes().get(written)) and _MONEY_SHAPED.match(folded, start):
                return name, written, stop - size, stop  # "CAD 2.5 billion", "MAD 420 million"
    return None


@cache
def word_codes() -> dict[str, str]:
    """ISO 4217 codes that spell an English word ("CAD", "MAD", "TRY", "PEN", "ALL", "TOP"),
    which the catalogue leaves out of its codes: read only in capitals right before an
    amount written as money is ("CAD 2.5 billion", "MAD 420 million"), never before a bare
    number ("the TOP 10 firms", "ALL 300 workers"); not one that spells a unit ("KGS")."""
    found = catalogue()
    spelled = {form.lower() for form in [*found.words, *found.symbols]}
    spelled |= set(load_data("units")["prefix"])  # "USD", "EUR": units.json reads them
    common = common_words()
    return {
        code: currency_name(code, entry["name"])
        for code, entry in currency_data()["currencies"].items()
        if code not in found.codes and code.lower() in common and code.lower() not in spelled
    }


# the amount after a letter symbol written apart from it, written as money is: digits in
# groups ("Rp 5,000") or a scale word ("TSh 9.8 billion", "Ksh 4bn")
_MONEY_SHAPED = re.compile(
    r"""\d{1,3}(?:,\d{3})+(?![\d,])
    | \d+(?:\.\d+)?\s?(?:million|billion|trillion|crore|lakh|bn|mn|tn|m)\b""",
    re.VERBOSE | re.I,
)


def _spaced_symbol(written: str, folded: str, start: int) -> str | None:
    """The currency of a letter symbol of the catalogue (CLDR: "Rp", "TSh", "Ksh") written
    apart from its number, capitalised, in any case after its first letter ("KSh"), when
    the amount is written as money is (`_MONEY_SHAPED`): "SR 520" is a road, "MK 5" a model."""
    if not written[:1].isupper():
        return None
    name = letter_symbols().get(written.lower())
    return name if name and _MONEY_SHAPED.match(folded, start) else None


def _may_end_form(folded: str, stop: int) -> bool:
    """Whether a form read before a number can end at `stop`: the last two characters there
    (or the last one, for a form of one) end one, ignoring case (other text: always)."""
    tail = folded[max(0, stop - 2) : stop]
    if not tail.isascii():
        return True
    tail = tail.lower()
    return tail in _form_endings() or tail[-1:] in _form_endings()


@cache
def _form_endings() -> frozenset[str]:
    """The last two characters (the whole form when shorter) of every form read before a
    number, lower-cased."""
    found = catalogue()
    return frozenset(form.lower()[-2:] for form in [*found.signs, *found.codes, *word_codes()])


@cache
def _last_characters() -> frozenset[str]:
    """The last character of every form read before a number, in either case."""
    found = catalogue()
    forms = [*found.signs, *found.codes, *word_codes()]
    return frozenset(ch for f in forms for ch in (f[-1], f[-1].upper()))


@cache
def _reach() -> int:
    found = catalogue()
    return max(len(form) for form in [*found.signs, *found.codes])


# digits with a separator: "5,000", "2.50"
_SEPARATED = re.compile(r"\d[,.]\d")


def money_against(folded: str, mention: NumberMention) -> bool:
    """A catalogue currency written right before digits that read as an amount, with a
    scale word ("MK2 billion", "MK 2 billion") or a separator ("MYR5,000", "K2.50"): money,
    not a model, a road or an identifier (checker.extract.filters: "MK2", "SR20", "LS3",
    "No. 5" stay what they are)."""
    if mention.scale == 1 and _SEPARATED.search(mention.text) is None:
        return False
    return unit_before(folded, mention.start) is not None
