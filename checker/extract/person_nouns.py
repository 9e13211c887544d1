"""Nouns of people: the words an age is told of before a name ("the 46-year-old store
manager Dario Fenzi"), read by checker.extract.people. A noun names one person when it is a
role or a title (people.json titles, roles), a relation (people.json relations) or the
singular of a noun of people the lexicon counts; a word that may stand in a noun phrase
before a name is no verb's participle or past, preposition, auxiliary or word of an event."""

from __future__ import annotations

from functools import cache

from checker.extract.ages_written import person_noun
from checker.extract.lexicons import measure_lexicon
from checker.vocab import load_data


def names_one(noun: str) -> bool:
    """A noun that names one person: a role or title ("manager", "driver"), a relation
    ("son") or the singular of a noun of people ("victim")."""
    return role_noun(noun) or one_person(noun)


def plain_noun(word: str) -> bool:
    """A word that may stand in a noun phrase before a name: not a verb's participle or past
    ("shot", "killed", "named"), a preposition, an auxiliary or a word of the lexicon's
    events."""
    return (
        not word.endswith(("ed", "ing"))
        and word not in _NOT_NOUNS
        and not measure_lexicon().event_of_word.get(word)
    )


_NOT_NOUNS = frozenset(
    """a an the and or but of to in on at by for from with as near into onto after before
    was were is are be been being has had have who whom whose which that this his her their
    its shot hit struck told said saw met left ran beat took found got put sent led held
    fell drove stood sat kept lost won""".split()
)


def role_noun(noun: str) -> bool:
    """A title ("executive", "professor") or a role ("owner", "pilot") of people.json: a
    noun that names what one person does, unlike "girl" or "victim", which as often name
    another person than the one named before ("Lopez, 20, is accused ... The 11-year-old
    girl survived")."""
    return noun in role_words()


@cache
def role_words() -> frozenset[str]:
    """The titles and roles of people.json: nouns of what one person does."""
    data = load_data("people")
    return frozenset(data["titles"]) | frozenset(data["roles"])


def singular(noun: str) -> bool:
    """A noun that may name one person before a comma and a full name: any singular noun
    ("his 11-year-old son, Devin Henderson", "the club's 47-year-old owner, Tomas
    Halloran", "the 54-year-old chief executive, Priya Natarajan"); the name after the
    comma says the noun is a person's role, whatever the role."""
    return one_person(noun) or not (noun.endswith("s") and not noun.endswith("ss"))


def one_person(noun: str) -> bool:
    """A noun of one person: a relation ("son", "sister") or the singular of a noun of
    people the lexicon counts ("victim", "man")."""
    return noun in relations() or person_noun(noun)


@cache
def relations() -> frozenset[str]:
    return frozenset(load_data("people")["relations"])
