"""Where and by what: the cause a figure's clause names ("russian airstrikes") and the single
places it restricts the figure to ("in Aleppo province").

Read by checker.extract.measures for each figure and by checker.events.story for headlines
and ledes."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from checker.extract.lexicons import measure_lexicon, normalise
from checker.extract.text import without_accents
from checker.vocab import alternation, load_data

if TYPE_CHECKING:
    from checker.extract.measures import Clause

_PLACE_TEMPLATE = r"""
    \b(?:
        # a place told by its kind: "on the rebel-held town of Atareb", "in the village of X",
        # "in an opposition-held area of Aleppo city"
        (?P<kind>(?:in|on|at|near|around|outside|across)
        \s+(?:the|an?)\s+(?:[\w-]+\s+){{0,2}}?(?:{heads})\s+of\s+)
        | (?:in|across|throughout|near|around|outside)\s+(?:the\s+)?  # a place preposition
    )
    (?P<name>[A-Z][\w'-]+(?:[ \t]+[A-Z][\w'-]+){{0,2}})   # one to three capitalised words
    # "province", "city", or the next word, but not the preposition of another place
    (?P<head>[ \t]+(?!(?:in|near|around|outside|across|throughout)\b)[a-z]+)?
    (?P<more>\s*(?:,|\band\b)\s*[A-Z])?                 # a list of places follows
    """


@cache
def _place_pattern(heads: frozenset[str]) -> re.Pattern[str]:
    """The pattern of a place, for the kinds of place (measures.json place_heads) in use."""
    alternatives = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))
    return re.compile(_PLACE_TEMPLATE.format(heads=alternatives), re.VERBOSE)


_DEMONYM_ENDINGS = ("an", "ese", "ish")


def agent_of(folded: str, clause: Clause) -> str:
    """The cause written in the clause: "russian airstrikes", "shelling" ..."""
    lex = measure_lexicon()
    # Every match holds an agent word, and most clauses have none: looking for the word alone
    # is far cheaper than trying the pattern's optional words at every position.
    if not lex.agent_word_pattern.search(folded, clause.start, clause.end):
        return ""
    pos = clause.start
    while (match := lex.agent_pattern.search(folded, pos, clause.end)) is not None:
        pos = match.end()
        word = normalise(match.group("agent"))
        if word in _STRIKE_VERBS and (cause := _cause_before(folded, match.start("agent"))):
            return cause  # "earthquake strikes Turkey": the verb of the cause before it
        if _not_an_agent(folded, match.start("agent"), match.end("agent")):
            continue
        agent = lex.agent_of_word[word]
        modifier = normalise(match.group("modifier") or "")
        return f"{modifier} {agent}".strip()
    return ""


_STRIKE_VERBS = frozenset({"strikes", "strike"})
_BEFORE_VERB = re.compile(r"(?P<cause>[A-Za-z][\w-]*)\s+$")


def _cause_before(folded: str, start: int) -> str:
    """The cause named by the word right before "strikes" ("quake strikes"), or ""."""
    before = _BEFORE_VERB.search(folded, max(0, start - 30), start)
    if before is None:
        return ""
    agent = measure_lexicon().agent_of_word.get(normalise(before.group("cause")), "")
    return "" if agent in ("", "airstrikes") else agent


# "opened fire", "returned fire", "set on fire", "a fire pit", "fire department": the word
# "fire" as a gun's or a thing's, not a blaze that killed
_NOT_AGENT_BEFORE = re.compile(
    r"\b(?:open(?:ed|ing|s)?|return(?:ed|ing|s)?|set\s+on|cease|exchanged?|under|cross|hold)[\s-]*$",
    re.I,
)
_NOT_AGENT_AFTER = re.compile(
    r"[\s-]*(?:pit|arm|fighters?|department|dept|truck|station|crews?|chief|marshal|hydrant)\b",
    re.I,
)


def not_an_agent(folded: str, start: int, end: int) -> bool:
    """Whether an agent word is a gun's or a thing's ("opened fire", "fire department"), or
    the verb of a cause named before it ("quake strikes")."""
    return _not_an_agent(folded, start, end)


def _not_an_agent(folded: str, start: int, end: int) -> bool:
    word = folded[start:end].lower()
    if word in _STRIKE_VERBS:
        return bool(_cause_before(folded, start))  # "quake strikes": a verb
    if _compound_head().match(folded, end):
        return True  # "an earthquake drill", "a bomb threat": a thing the word modifies
    if word != "fire":
        return False
    return bool(
        _NOT_AGENT_BEFORE.search(folded, max(0, start - 20), start)
        or _NOT_AGENT_AFTER.match(folded, end)
    )


@cache
def _compound_head() -> re.Pattern[str]:
    """A noun right after an agent word that the word modifies (measures.json
    agent_compound_heads): "drill" of "an earthquake drill"."""
    heads = alternation(load_data("measures")["agent_compound_heads"])
    return re.compile(rf"[\s-]+(?:{heads})\b", re.I)


def place_of(folded: str, clause: Clause) -> str:
    """A single place the figure is restricted to ("in Aleppo province"); lists are not. A
    place right after the figure before it is that figure's ("killed 12 in Douma and eight
    in Harasta, bringing the day's toll in the Eastern Ghouta enclave to 20": Harasta is the
    eight's, Eastern Ghouta the 20's)."""
    start = clause.start
    if clause.sentence_start >= 0 and start > clause.sentence_start:  # a figure stands before
        blanks = _BLANKS.match(folded, start)  # always matches, maybe empty
        place = _place_pattern(measure_lexicon().place_heads)
        first = place.match(folded, blanks.end() if blanks else start)
        if first is not None:
            start = first.end()
    return next(places_in(folded, start, clause.end, areas=True), "")


_BLANKS = re.compile(r"[ \t]{0,8}")  # as many as may stand between a figure and "in"


def places_in(folded: str, start: int, end: int, areas: bool = False) -> Iterator[str]:
    """The single places named between start and end ("in Aleppo province"), in order;
    with `areas`, an area keeps its kind ("in Raqqa province", "in the province of Idlib":
    area_heads), which a town does not ("in Aleppo city")."""
    lex = measure_lexicon()
    for match in _place_pattern(lex.place_heads).finditer(folded, start, end):
        if match.group("more"):
            continue  # "in Idlib, Aleppo, Hama and Homs" enumerates, it does not restrict
        head = normalise(match.group("head") or "")
        name = match.group("name")
        if _organisation(name, folded, match.end("name")):
            continue  # "activists in the Syrian Revolution General Commission": no place
        if _adjectives(name, head in lex.place_heads) and not match.group("kind"):
            continue  # "in the Syrian cities", "in Syrian Kurdish city": not a place's name
        first = name.split()[0].lower().rstrip(".")
        if first in lex.not_places or first.removesuffix("'s") in lex.not_places:
            continue  # "in March 2011", "in Saturday's shooting" is a time
        if first.endswith("'s") and first[:-2] in countries():
            # "in Turkey's northern Bartin province", "in Syria's Aleppo": the country holds
            # the place it names; the place is the one after it
            name = _place_after_country(folded, match)
            if not name:
                continue
        kind = match.group("kind").split()[-2].lower() if match.group("kind") else head
        yield place_name(f"{name} {kind}" if areas and kind in area_heads() else name)


def _organisation(name: str, folded: str, end: int) -> bool:
    """Whether a run of capitalised words names an organisation (measures.json
    organisation_words): its last word is one, or the capitalised word right after it."""
    words = _organisation_words()
    after = _CAPITAL_AFTER.match(folded, end)
    return name.split()[-1].lower() in words or (after is not None and after[1].lower() in words)


_CAPITAL_AFTER = re.compile(r"[ \t]+([A-Z][a-z]+)")


@cache
def _organisation_words() -> frozenset[str]:
    return frozenset(load_data("measures")["organisation_words"])


@cache
def area_heads() -> frozenset[str]:
    """Kinds of place that name an area around the town of its name (measures.json
    area_heads)."""
    return frozenset(load_data("measures")["area_heads"])


def without_area(place: str) -> str:
    """A place without the kind of area it ends in: "raqqa province" -> "raqqa"."""
    *name, kind = place.split() or [""]
    return " ".join(name) if name and kind in area_heads() else place


def town_key(place: str) -> str:
    """The spelling key of the town a place stands for: an area stands for the town it is
    named after ("Raqqa province" -> the key of "raqqa")."""
    return spelling_key(without_area(place))


def _adjectives(name: str, before_a_kind: bool) -> bool:
    """Whether a name reads as adjectives of a people: one that ends like one ("Syrian")
    before anything but a kind of place ("in the Syrian cities"; "in Huancaran province",
    "in Tehran province" name places), or two or more that all do, before anything ("in
    Syrian Kurdish city"). A country is never one ("Sudan", "Pakistan")."""
    words = name.lower().split()
    if any(not w.endswith(_DEMONYM_ENDINGS) or w in countries() for w in words):
        return False
    return len(words) > 1 or not before_a_kind


# the Arabic article as transliterations write it before a name: "al-Qamishli", "Deir ez-Zor"
_ARTICLE = re.compile(r"\b(?:al|el|ad|adh|an|ar|as|ash|at|ath|az|ed|en|er|es|et|ez)-(?=\w)")
_VOWELS = re.compile(r"(?<=\w)[aeiouy]+")
_DOUBLED = re.compile(r"(\w)\1+")


@lru_cache(maxsize=1 << 16)  # every word of a story's texts asks: bounded over an archive
def spelling_key(place: str) -> str:
    """A place's name as transliterations agree on it, for comparing places: outlets spell
    one town "Khan Sheikhun", "Khan Shaykhun" and "Khan Sheikhoun", one city "Qamishli",
    "al-Qameshli" and "Kamishli". The article goes, every run of vowels after a word's
    first letter is one "a", doubled letters are single and q is k. Not for display."""
    name = _ARTICLE.sub("", place_name(place)).replace("q", "k")
    return _DOUBLED.sub(r"\1", _VOWELS.sub("a", name))


def place_name(name: str) -> str:
    """A place's name as places are compared: lower case, one space between words, and
    without diacritics, which outlets write or leave out ("Bartın", "Bartin"; "São Paulo",
    "Sao Paulo")."""
    name = normalise(name)
    return name if name.isascii() else without_accents(name.translate(_LETTERS), "NFKD")


# letters NFKD does not take apart into a plain letter and a mark
_LETTERS = str.maketrans({"ı": "i", "ø": "o", "ł": "l", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe"})


# after a country's possessive: perhaps a direction ("northern", "north-western"), then the
# place's capitalised words
_AFTER_COUNTRY = re.compile(
    r"(?:[ \t]+(?:north|south|east|west|central|far|restive|remote)[\w-]*)?"
    r"[ \t]+(?P<name>[A-Z][\w'-]+(?:[ \t]+[A-Z][\w'-]+){0,2})"
)


def _place_after_country(folded: str, match: re.Match[str]) -> str:
    """The place named after a country's possessive, or ""."""
    words = match.group("name").split()
    if len(words) > 1:
        return " ".join(words[1:])  # "Syria's Aleppo"
    after = _AFTER_COUNTRY.match(folded, match.end("name"))
    return after.group("name") if after else ""


@cache
def countries() -> frozenset[str]:
    """Countries and world regions, lower case (countries.json)."""
    return frozenset(load_data("countries")["countries"])
