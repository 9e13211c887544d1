"""Between whom an amount of money passes: the parties its sentence names.

"HP will buy EDS for $13.9 billion" and "Oracle bid $7.4 billion for Sun" name different
deals even though both are a deal value in dollars. The parties of an amount are the proper
names of its clause (runs of capitalised words), less the source it is attributed to ("...,
Reuters reported") and words that are capitalised for other reasons (a function word opening
the sentence, days and months, titles). Two amounts are compared only when they share a
party (or one names none); a party matches another by its name without company suffixes, or
by its initials ("Hewlett-Packard" and "HP", "Electronic Data Systems" and "EDS").
Vocabularies are data: checker/data/events.json, "parties".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache

from checker.events.money import is_money
from checker.events.physical import is_physical
from checker.events.vocab import shipped_event_vocabulary
from checker.extract.unit_catalogue import currency_data
from checker.extract.unit_forms import is_code
from checker.extract.where import countries
from checker.model import Claim
from checker.vocab import load_data

_NAME = re.compile(
    r"""
    (?<![\w'-])
    (?:[A-Z][\w&'.-]*|\d+[A-Z][\w-]*)           # a capitalised word ("Hewlett-Packard", "3M")
    (?:\s+(?:of\s+|&\s+|de\s+)?                  # joined by a space, "of", "&" or "de"
       [A-Z][\w&'.-]*)*                          # more capitalised words
    """,
    re.VERBOSE,
)
# where a clause ends: the parties of an amount are named in its own clause
_CLAUSE_END = re.compile(r"[;:()\[\]]|\s[-\u2013\u2014]\s|,\s+(?:but|while|whereas)\b")
_POSSESSIVE = re.compile(r"['\u2019]s?$")
_SPLIT = re.compile(r"[\s-]+")
_JOINERS = frozenset({"of", "&", "de"})  # words inside a name that are not part of its initials


@cache
def _vocabulary() -> tuple[frozenset[str], frozenset[str]]:
    """Words that are no one's name: the list's, and the one-word names of kinds of money
    and percentages ("Revenue rose to ...", "Profit fell ..." open a sentence, they name no
    party); company suffixes."""
    data = load_data("events")["parties"]
    vocabulary = shipped_event_vocabulary()
    kinds = {w for w in (*vocabulary.money_kind, *vocabulary.percent_kind) if " " not in w}
    # "chambers": those that vote on money ("the House passed the $1.2 trillion bill",
    # "Lawmakers voted to pass the bill") act on it; they are not the parties it passes
    # between, and outlets name different ones for one bill
    return (
        frozenset(data["not_names"]) | frozenset(kinds) | frozenset(data["chambers"]),
        frozenset(data["suffixes"]),
    )


# a compound of a capitalised word and small-letter ones ("Third-quarter", "Full-year") is an
# ordinary word opening a sentence; a name's parts are capitalised ("Hewlett-Packard")
_COMPOUND_WORD = re.compile(r"[A-Z][a-z]*(?:-[a-z]+)+$")


def parties_of(claim: Claim) -> frozenset[str]:
    """The parties an amount's clause names, as lower-case names without suffixes."""
    start, end = claim.span_in_sentence
    # the words of money's own quote are its currency's ("MKD 750 million", "KSh 4bn", "40
    # million Birr"); another figure's may name its party ("15-year-old Ana Vargas")
    own = end if is_money(claim.unit) else start
    return _parties(claim.sentence, start, end, own, claim.attribution)


@lru_cache(maxsize=256)
def _parties(sentence: str, start: int, end: int, own: int, attribution: str) -> frozenset[str]:
    """The parties of the clause of the figure at start..end, less the names inside
    sentence[start:own], its own words."""
    begin, stop = _clause(sentence, start, end)
    source = attribution.lower()
    found: set[str] = set()
    for match in _NAME.finditer(sentence, begin, stop):
        if sentence.startswith(_CURRENCY_SIGNS, match.end()):
            continue  # "US$4.20", "EC$378 million", "HK$3.2 billion": a currency's letters
        if start <= match.start() and match.end() <= own:
            continue  # the figure's own currency words
        if _currency_code(sentence, match):
            continue  # a code before another amount: "(EUR 12 million)"
        for name in _names(match.group(0)):
            # "The French drinks group": a nation's word alone is no name ("British Airways"
            # is one)
            if name not in source and name not in _nationalities():
                found.add(name)
    return frozenset(found)


@cache
def _nationalities() -> frozenset[str]:
    return frozenset(load_data("events")["parties"]["nationalities"])


_CURRENCY_SIGNS = ("$", "\u20ac", "\u00a3", "\u00a5")
_NUMBER_AFTER = re.compile(r"\s?\d")


def _currency_code(sentence: str, match: re.Match[str]) -> bool:
    """Whether a capitalised run is an ISO 4217 code right before a number ("EUR 12
    million", "AUD 80 million"): the currency an amount is written in, not a party."""
    word = match.group(0)
    return (
        is_code(word)
        and word in currency_data()["currencies"]
        and _NUMBER_AFTER.match(sentence, match.end()) is not None
    )


def last_surname(text: str, begin: int, end: int) -> str:
    """The last word of the last name in text[begin:end], lower case ("" when it names
    none): "Mayor Ana Lopez" -> "lopez". A place is no one: a name right after a
    preposition of place is where something happened, not who did it ("The United Reform
    Party's victory in Tavuni, where it won 29 of the 51 seats" -> "reform"), and a country
    is where ("A Singapore fund manager ... was sentenced": no one named); a name alone in
    brackets or a dateline's place is no one new (_names_no_one)."""
    names = [name for _, name in _names_of_someone(text, begin, end)]
    return names[-1].split()[-1] if names else ""


def employer_before(text: str, start: int) -> str:
    """The first word of the last name before `start` in its clause, lower case: who has
    the people a count there counts ("EYP, based in New York, has 350 employees" -> "eyp";
    not a place after a preposition of place, a country, a nation's word or a dateline's
    agency); "" when the clause names no one."""
    begin, _ = _clause(text, start, start)
    names = [
        name
        for match, name in _names_of_someone(text, begin, start)
        if not _PLACE_OPENS.match(match.group(0)) and name not in _nationalities()
    ]
    return names[-1].split()[0] if names else ""


def _names_of_someone(text: str, begin: int, end: int) -> Iterator[tuple[re.Match[str], str]]:
    """Each name in text[begin:end] that may be someone's, with the run of capitals it is
    in: not a place after a preposition of place, a country, a name alone in brackets or a
    dateline's (_names_no_one)."""
    for match in _NAME.finditer(text, begin, end):
        if _PLACE_BEFORE.search(
            text, max(begin, match.start() - 12), match.start()
        ) or _names_no_one(text, match):
            continue
        for name in _names(match.group(0)):
            if name not in countries():
                yield match, name


# a run of capitals that opens with a preposition of place: "In Salacgriva the company has"
_PLACE_OPENS = re.compile(r"(?:In|At|Across|Throughout|Near)\s")


def _names_no_one(text: str, match: re.Match[str]) -> bool:
    """A name alone in brackets, a dateline's agency ("SINGAPORE (LCNA) - A fund manager")
    or the initials of the name before it ("the United Reform Party (URP)"), or a dateline's
    place in capitals ("MARLOW (WNA) -", "MARLOW -"): no one new."""
    start, end = match.span()
    if text[start - 1 : start] == "(" and text[end : end + 1] == ")":
        return True
    return match.group(0).isupper() and _DATELINE_AFTER.match(text, end) is not None


_DATELINE_AFTER = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?[-\u2013\u2014]\s")


# a preposition of place right before a name: "in Tavuni", "across Ohio", "at Wembley"
_PLACE_BEFORE = re.compile(r"\b(?:in|at|across|throughout|near)\s+(?:the\s+)?$", re.I)


def _clause(sentence: str, start: int, end: int) -> tuple[int, int]:
    begin = max((m.end() for m in _CLAUSE_END.finditer(sentence, 0, start)), default=0)
    after = _CLAUSE_END.search(sentence, end)
    return begin, after.start() if after else len(sentence)


def _names(run: str) -> list[str]:
    """The names in a run of capitalised words, split at words capitalised for other
    reasons ("HP Chief Executive Mark Hurd" -> "hp", "mark hurd"), without company
    suffixes ("Oracle Corp." -> "oracle")."""
    not_names, suffixes = _vocabulary()
    words = [_POSSESSIVE.sub("", w).strip(".,'") for w in run.split()]
    names: list[list[str]] = [[]]
    for word in words:
        lowered = word.lower()
        if (
            not word
            or lowered in not_names
            or lowered.rstrip(".") in suffixes
            or _COMPOUND_WORD.match(word)
        ):
            names.append([])
        else:
            names[-1].append(word)
    return [" ".join(n).lower() for n in names if n and not all(w in _JOINERS for w in n)]


@lru_cache(maxsize=1024)
def _keys(name: str) -> frozenset[str]:
    """A party's name and its initials ("hewlett-packard" -> {"hewlett-packard", "hp"})."""
    parts = [p for p in _SPLIT.split(name) if p and p not in _JOINERS]
    squeezed = re.sub(r"[^\w]", "", name)
    keys = {name, squeezed}
    if len(parts) > 1:
        keys.add("".join(p[0] for p in parts))
    return frozenset(keys)


def _matches(a: str, b: str) -> bool:
    return bool(_keys(a) & _keys(b)) or _short_of(a, b) or _short_of(b, a)


def _short_of(word: str, name: str) -> bool:
    """Whether a one-word name is a longer name told short: its last word, a person named
    in full, then by surname ("ferreyra" and "mateo ferreyra"), or its first word, a
    company named in full, then by its own name ("skybridge" and "skybridge air",
    "castlemere" and "castlemere brewing"). Not across a joiner ("bank of america" is
    neither "bank" nor "america")."""
    words = name.split()
    if " " in word or len(words) < 2 or _JOINERS & set(words):
        return False
    return word in (words[0], words[-1])


def parties_compatible(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two amounts may be between the same parties: they share one (or one names
    none). Amounts whose clauses name only other parties are of other deals or budgets."""
    if not a or not b:
        return True
    return any(_matches(p, q) for p in a for q in b)


def parties_within(part: frozenset[str], whole: frozenset[str]) -> bool:
    """Whether some parties are named and each matches one of `whole` (by name or initials)."""
    return bool(part) and all(any(_matches(p, q) for q in whole) for p in part)


def named_parties_shared(a: Claim, b: Claim) -> bool:
    """Whether two amounts' clauses both name parties and the one that names fewer names
    none the other lacks: the evidence that two figures are of one deal when nothing else
    ties them (checker.findings.reconcile). "Ferrante" and "Ferrante, Valdora" may be one
    deal; "HP, 3PAR" and "HP, Palm" are two deals of one buyer."""
    one, other = sorted((parties_of(a), parties_of(b)), key=len)
    return parties_within(one, other)


def same_parties(a: Claim, b: Claim) -> bool:
    """Whether two figures may be between the same parties: always, unless both are
    amounts (not lengths, areas, speeds or volumes) whose clauses name parties and share
    none. A quake's magnitude is read so too: the names of its clause ("near Qeshm island",
    "The Geysers") keep two quakes of one folder apart (benchmarks/mixed.py)."""
    if a.kind != "amount" or b.kind != "amount" or is_physical(a.unit) or is_physical(b.unit):
        return True  # a speed, a depth or an area passes between no parties
    return parties_compatible(parties_of(a), parties_of(b))
