"""The people of a story across its documents. A person one outlet names by surname
alone ("Smith, 22, died at the scene" in an article that never gives his first name) is the
one full name of that surname the story's documents give ("Dashwan Smith"), when they give
exactly one.

checker.extract.people binds an age to a name within its document only (a surname alone
stands for the one full name its own document gives); outlets that name a victim in full
once, in another article, left his age in this one bound to no one, so two outlets' ages of
him could not be compared. Several full names of one surname in the story (two brothers)
bind nothing.

One person whose name two outlets spell differently ("Kemontay" and "Kamontay Cullins",
"Chris" and "Christopher Zawahri") is one key too (`with_name_variants`), so that their ages
of him are compared."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from functools import cache

from checker.evolve import evolve
from checker.extract.names import full_names, person_key
from checker.extract.people import AGE, unbound_age
from checker.extract.text import UPPER_LETTERS, fold_text, without_accents
from checker.model import Claim, Document
from checker.vocab import load_data

# "Smith, 22," / "Smith, aged 22," / "Smith (22)": one capitalised word right before the age
_SURNAME_BEFORE = re.compile(
    rf"\b([{UPPER_LETTERS}][\w'\u2019-]+)(?:,[ \t]+(?:aged[ \t]+)?|[ \t]+\()$"
)


def with_story_names(documents: Iterable[Document], claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """The claims, each age told after a surname alone bound to the one full name of that
    surname the story's documents give. Not a first name alone ("Sasha, 13,"), tried and
    dropped: three new pairs read, all true, one in the blind part, false."""
    surnames: dict[str, str] = {}  # claim id -> the surname written before its age
    for claim in claims:
        # in years: a "9-month-old daughter" after a name is the child's, not the named one's
        if unbound_age(claim) and claim.unit.startswith("year"):
            start, _ = claim.span_in_sentence
            before = _SURNAME_BEFORE.search(claim.sentence, max(0, start - 40), start)
            surname = person_key(before.group(1)) if before is not None else ""
            if surname and " " not in surname:
                surnames[claim.claim_id] = surname
    if not surnames:
        return claims  # most stories: no age told after a surname alone
    # a name spelled with and without its accents ("Raúl Labrador", "Raul Labrador") is one
    wanted = {_plain(surname) for surname in surnames.values()}
    by_surname: dict[str, dict[str, str]] = {}  # surname -> plain full name -> as written
    for document in documents:
        text = fold_text(document.text)
        if text.isascii() and not any(surname in text.lower() for surname in wanted):
            continue  # most documents: none of the surnames (a text with accents is read)
        for name in full_names(text):
            if (last := _plain(name.rsplit(" ", 1)[-1])) in wanted:
                spelled = by_surname.setdefault(last, {})
                plain = " ".join(map(_plain, name.split()))
                spelled[plain] = max(spelled.get(plain, name), name)  # the accented, if any
    bound = {
        claim_id: next(iter(names.values()))
        for claim_id, surname in surnames.items()
        if len(names := by_surname.get(_plain(surname), {})) == 1
    }
    return with_ages_bound(claims, bound)


def with_ages_bound(claims: tuple[Claim, ...], bound: dict[str, str]) -> tuple[Claim, ...]:
    """The claims, the ages whose ids `bound` holds made ages of the person it names."""
    if not bound:
        return claims
    return tuple(
        evolve(c, measure=replace(c.measure, event=AGE, entity=bound[c.claim_id]))
        if c.claim_id in bound
        else c
        for c in claims
    )


def with_name_variants(claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """The claims, the ages of one person whose name outlets spell differently bound to one
    key: "Kemontay Cullins, 18" in one article and "Kamontay Cullins, 19" in another,
    "Chris Zawahri" and "Christopher Zawahri". Two keys are one person when no document
    gives both (an article that names two people keeps them apart), their surnames agree,
    their suffixes too unless one outlet leaves it out ("Phillip Potts Jr", "Phillip
    Potts"), and their first names are one spelled twice (equal but for one letter, or two
    side by side swapped: "Freida", "Frieda") or one short for the other ("Josh", "Joshua"),
    and every age of one lies within `_AGE_SPAN` years of every age of the other (a father
    and a son share a name). A name written with and without its accents ("Raúl", "Raul")
    is one key, whatever its ages."""
    ages: dict[str, list[Claim]] = {}
    for claim in claims:
        if claim.measure.event == AGE and len(claim.measure.entity.split()) >= 2:
            ages.setdefault(claim.measure.entity, []).append(claim)
    keys = sorted(ages)
    parent = {key: key for key in keys}

    def root(key: str) -> str:
        while parent[key] != key:
            key = parent[key]
        return key

    spelled: dict[str, str] = {}
    for key in keys:  # "Raúl Labrador" and "Raul Labrador": one name, whatever the ages
        parent[key] = spelled.setdefault(without_accents(key), key)
    for a, b in _candidate_pairs(keys):
        if _one_person(a, b, ages[a], ages[b]):
            parent[root(b)] = root(a)
    groups: dict[str, list[str]] = {}
    for key in keys:
        groups.setdefault(root(key), []).append(key)
    canonical = {
        key: max(members, key=lambda k: (len({c.document for c in ages[k]}), k))
        for members in groups.values()
        if len(members) > 1
        for key in members
    }
    if not canonical:
        return claims
    return tuple(
        evolve(c, measure=replace(c.measure, entity=canonical[c.measure.entity]))
        if c.measure.event == AGE and c.measure.entity in canonical
        else c
        for c in claims
    )


_AGE_SPAN = 3  # years between two ages of one name spelled twice, at most


def _candidate_pairs(keys: list[str]) -> set[tuple[str, str]]:
    """The pairs of keys whose surnames may be one spelled twice: those sharing a surname
    with one letter or none deleted (two words one edit apart always share one), so that a
    story naming thousands of people is not compared pair by pair."""
    buckets: dict[str, list[str]] = {}
    for key in keys:
        surname = _surname(key)
        for variant in {surname, *(surname[:i] + surname[i + 1 :] for i in range(len(surname)))}:
            buckets.setdefault(variant, []).append(key)
    return {
        (a, b)
        for members in buckets.values()
        for i, a in enumerate(members)
        for b in members[i + 1 :]
    }


def _surname(key: str) -> str:
    """The surname of a key, before its suffix ("Walker" of "Jemarko Walker Jr"), plain."""
    words = key.split()
    return _plain(words[-2] if _suffix(key) and len(words) > 2 else words[-1])


def _plain(word: str) -> str:
    """A name's word in lower case without apostrophes or accents ("De'Shaun" and "DeShaun"
    are one, so are "Núñez" and "Nunez": outlets leave accents out)."""
    return without_accents(word.lower().replace("'", "").replace("\u2019", ""))


def _one_person(a: str, b: str, ages_a: list[Claim], ages_b: list[Claim]) -> bool:
    if _suffix(a) and _suffix(b) and _suffix(a) != _suffix(b):
        return False  # "Jr" and "Sr"; one outlet may leave the suffix out
    if not (
        _same_spelled(_surname(a), _surname(b), 5)
        and _first_names_match(a.split()[0], b.split()[0])
    ):
        return False
    if {c.document for c in ages_a} & {c.document for c in ages_b}:
        return False  # one article names both: two people
    try:
        values = [float(c.value) for c in ages_a + ages_b]
    except ValueError:
        return False
    return max(values) - min(values) <= _AGE_SPAN


def _suffix(key: str) -> str:
    """A key's suffix ("Jr", people.json suffixes, which checker.extract.people keeps), or ""."""
    last = key.split()[-1]
    return last if last.lower() in _suffixes() else ""


@cache
def _suffixes() -> frozenset[str]:
    return frozenset(load_data("people")["suffixes"])


def _first_names_match(a: str, b: str) -> bool:
    x, y = a.lower(), b.lower()
    short, long = sorted((x, y), key=len)
    return _same_spelled(x, y, 4) or (len(short) >= 3 and long.startswith(short))


def _same_spelled(a: str, b: str, shortest: int) -> bool:
    """Equal but for case, an apostrophe, or (both at least `shortest` letters) one letter."""
    x, y = _plain(a), _plain(b)
    if x == y:
        return True
    return min(len(x), len(y)) >= shortest and _one_edit(x, y)


def _one_edit(x: str, y: str) -> bool:
    """Whether one letter changed, added or dropped, or two letters side by side swapped
    ("Freida", "Frieda"), turns x into y."""
    if abs(len(x) - len(y)) > 1:
        return False
    if len(x) == len(y):
        differ = [i for i, (p, q) in enumerate(zip(x, y, strict=True)) if p != q]
        if len(differ) == 2 and differ[1] == differ[0] + 1:
            first, second = differ
            return (x[first], x[second]) == (y[second], y[first])
        return len(differ) == 1
    short, long = sorted((x, y), key=len)
    i = next((k for k, (p, q) in enumerate(zip(short, long, strict=False)) if p != q), len(short))
    return short[i:] == long[i + 1 :]
