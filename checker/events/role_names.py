"""Ages told of a role, bound to the one person a story names in that role.

One outlet names the driver ("The driver, identified by the operator as Tomás Ruiz, aged
52"; "coach driver Tomás Ruiz"; "State Treasurer Maria Ellison"), another gives only the
role ("The 52-year-old driver", "The driver, a 57-year-old Zaragoza man", "the 57-year-old
treasurer"). The role's age is that person's when the story is sure the role is one
person's:

- the story names exactly one person in the role, and no document counts several of it
  ("two drivers", "the other driver", "both pilots") or tells it, with the article, of two
  kinds of thing ("the lorry driver" and "the coach driver");
- the age is told of the role with the definite article, as its year-old form ("the
  52-year-old driver") or right after it ("The driver, a 57-year-old man").

A role is the noun the age is told of, whatever it is ("the 61-year-old pastor", "The
42-year-old former head teacher": teacher); the patterns that name its person are built
for the roles a story's ages are told of. A person is named in a role by the role before
the name ("rigger Tomas Reyll", "State Treasurer Maria Ellison"), by the role and a comma
("the driver, identified by the operator as Tomás Ruiz"), or by an apposition after the
name ("Helen Marsh, 39, a former head teacher", "Samuel Okoro, the pastor"). Ages of the
one person the main event killed are checker.events.roles's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from checker.events.persons import with_ages_bound
from checker.extract.names import NAME_RUN, person_key
from checker.extract.people import TITLED, unbound_age
from checker.extract.person_nouns import plain_noun
from checker.extract.text import fold_text
from checker.model import Claim, Document
from checker.vocab import alternation


def _patterns(
    wanted: frozenset[str],
) -> tuple[tuple[re.Pattern[str], ...], re.Pattern[str], re.Pattern[str]]:
    """The ways a text names the person of one of the `wanted` roles (the role in group
    "role", the name in group "name"), and the ways it counts several of a role or
    qualifies it."""
    roles = alternation(sorted(wanted))
    role = rf"(?P<role>(?i:{roles}))"
    name = rf"(?P<name>{NAME_RUN})"
    named = (
        re.compile(rf"\b{role}[ \t]+{name}"),  # "driver Tomás Ruiz", "Treasurer Maria Ellison"
        # "the driver, Tomás Ruiz", "The driver, identified by the operator as Tomás Ruiz",
        # "the church's longtime pastor, the Rev. Samuel Okoro"
        re.compile(
            rf"\b(?i:the)[ \t]+(?:[\w'\u2019-]+[ \t]+){{0,2}}?{role},[ \t]+"
            rf"(?:(?:who[ \t]+was[ \t]+)?(?i:identified|named)"
            rf"(?:[ \t]+[\w-]+){{0,4}}?[ \t]+as[ \t]+)?{TITLED}{name}"
        ),
        re.compile(rf"\b(?i:identified|named)[ \t]+the[ \t]+{role}[ \t]+as[ \t]+{name}"),
        # "Helen Marsh, 39, a former head teacher", "Samuel Okoro, the pastor,"
        re.compile(
            rf"{name},[ \t]+(?:(?:aged?[ \t]+)?\d{{1,3}},[ \t]+)?(?:an?|the)[ \t]+"
            rf"(?:[a-z][\w-]*[ \t]+){{0,2}}?{role}\b(?![ \t]+(?:of|at|for|in|from)\b)"
        ),
    )
    several = re.compile(
        rf"""\b(?i:two|three|four|both|several|other|another|second|all|fellow)[ \t]+
             (?:[\w-]+[ \t]+)?(?i:{roles})s?\b
             | \b(?i:{roles})s\b""",
        re.VERBOSE,
    )
    # a role told of one kind of thing with the article: "the lorry driver", "the coach
    # driver" (two drivers); not "State Treasurer Maria Ellison", "was elected treasurer"
    qualified = re.compile(rf"\b(?i:the)[ \t]+(?P<word>[A-Za-z][\w'-]*)[ \t]+{role}\b")
    return named, several, qualified


# words before a role that qualify no kind of it
_NOT_QUALIFIERS = frozenset(
    """the a an his her their its our this that whose former then new acting said or and of
    to for with by as at in on from was were is are be been when while who whom after before
    than also not no one each every any same only""".split()
)
# an age told of a role: "the 52-year-old driver", "The 42-year-old former head teacher"
# (the role is the last of the nouns after it), or right after it: "The driver, a
# 57-year-old Zaragoza man"
_YEAR_OLD_ROLE = re.compile(r"[\s-]+years?[\s-]+old(?P<words>(?:[ \t]+[a-z][a-z-]*){1,3})")
_ROLE_BEFORE = re.compile(r"\bthe[ \t]+(?P<role>[a-z]+),[ \t]+an?[ \t]+$", re.I)
_THE_BEFORE = re.compile(r"\bthe[ \t]+$", re.I)


def with_role_names(documents: Iterable[Document], claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """The claims, each age told of a role bound to the one person the story names in it."""
    told = {c.claim_id: role for c in claims if (role := _role_of_age(c))}
    if not told:
        return claims  # most stories: no age of a role
    wanted = frozenset(told.values())
    named, several, qualified = _patterns(wanted)
    people: dict[str, set[str]] = {role: set() for role in wanted}
    kinds: dict[str, set[str]] = {role: set() for role in wanted}
    spoiled: set[str] = set()
    for document in documents:
        text = fold_text(document.text)
        lowered = text.lower()
        if not any(role in lowered for role in wanted):
            continue
        for match in (m for pattern in named for m in pattern.finditer(text)):
            role = match.group("role").lower()
            if role in people and (key := person_key(match.group("name"))) and " " in key:
                people[role].add(key)
        spoiled |= {
            _singular(m.group(0).lower().split()[-1], wanted) for m in several.finditer(text)
        }
        for match in qualified.finditer(text):
            word, role = match.group("word").lower(), match.group("role").lower()
            if role in kinds and word not in _NOT_QUALIFIERS and not word.endswith("-old"):
                kinds[role].add(word)
    bound = {
        claim_id: next(iter(people[role]))
        for claim_id, role in told.items()
        if len(people[role]) == 1 and role not in spoiled and len(kinds[role]) <= 1
    }
    return with_ages_bound(claims, bound)


def _singular(word: str, roles: frozenset[str]) -> str:
    """A role's word in the singular ("drivers" -> "driver"); other words as they are."""
    if word not in roles and word.endswith("s") and word[:-1] in roles:
        return word[:-1]
    return word


def _role_of_age(claim: Claim) -> str:
    """The role an unbound age in years is told of, or ""."""
    if not unbound_age(claim) or not claim.unit.startswith("year"):
        return ""
    start, end = claim.span_in_sentence
    sentence = claim.sentence
    after = _YEAR_OLD_ROLE.match(sentence, _year_old_at(sentence, start, end))
    if after is not None and _THE_BEFORE.search(sentence, max(0, start - 8), start):
        role = ""
        for word in after.group("words").split():
            if not plain_noun(word):
                break
            role = word
    elif (before := _ROLE_BEFORE.search(sentence, max(0, start - 40), start)) is not None:
        role = before.group("role").lower()
        role = role if plain_noun(role) else ""
    else:
        return ""
    return role if role and not _plural(role) else ""


_YEARS = re.compile(r"[\s-]+years?[\s-]+old")


def _year_old_at(sentence: str, start: int, end: int) -> int:
    """Where the year-old form of an age starts ("-year-old" of "fifty-two-year-old
    driver"), or `start` when the age has none."""
    match = _YEARS.search(sentence, start, end + 12)
    return match.start() if match else start


def _plural(word: str) -> bool:
    return word.endswith("s") and not word.endswith(("ss", "us"))
