"""The thing a figure counts, read from the words right after it.

"583 people" -> people; "11 million others" -> others; "hundreds of thousands of civilians"
-> civilians; "one million injured" -> injured; "7 European countries" -> European countries.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from checker.extract.lexicons import measure_lexicon
from checker.vocab import load_data

# Words that end a noun phrase: articles, prepositions, auxiliaries, conjunctions, pronouns,
# and verbs that follow a bare count ("40 remain missing", "four voted no") (nouns.json)
_STOP = frozenset(load_data("nouns")["phrase_end_words"])

_WORD = re.compile(r"[A-Za-z][A-Za-z'.-]*[A-Za-z]|[A-Za-z]")


# not frozen, as the other records extraction builds per figure (see numbers.NumberMention)
@dataclass
class Entity:
    written: str  # as written: "European countries"
    head: str  # the last noun, lower case: "countries"
    end: int  # where the phrase ends in the text


# words of time that end a noun phrase after a figure ("40 homes Sunday", "2.6 million
# early Monday", "the $1 trillion package late on Friday"): "late" and "early" only before
# a word of time ("two late goals", "three early voters" are nouns' adjectives)
_TIME_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday yesterday today tonight"
    " tomorrow overnight".split()
)
_TIME_ADVERBS = frozenset({"late", "early"})
_TIME_AFTER = re.compile(
    r"\s+(?:on\b|in\s+the\b|this\b|last\b|next\b|morning\b|afternoon\b|evening\b"
    r"|night\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|yesterday\b|today\b|tonight\b)",
    re.I,
)


def counted_entity(
    folded: str, pos: int, limit: int, vague: bool, joined: bool = False, one: bool = False
) -> Entity | None:
    """The noun phrase that starts at pos (after a figure), or None when there is none.

    `joined`: the noun is joined to the number by a hyphen ("a six-cylinder engine") and is
    alone what the number counts (cylinders, not engines). `one`: the figure is 1, so a
    plural-looking word after its noun is a verb ("one proposal asks").
    """
    pos = _skip_connector(folded, pos, limit, vague)
    lex = measure_lexicon()
    words: list[re.Match[str]] = []
    modifier = False  # the first word is an adverb of a participle that modifies the noun
    for match in _WORD.finditer(folded, pos, min(limit, pos + 60)):
        gap = folded[(words[-1].end() if words else pos) : match.start()]
        if gap.strip(" -") or ("\n" in gap):
            break
        word = match.group(0).lower()
        # "3 US soldiers": not the pronoun; "Kills Two Injures Three": a verb, no noun
        stop = (
            (word in _STOP and match.group(0) != "US")
            or word in active_verbs()
            or word in _TIME_WORDS
            or (word in _TIME_ADVERBS and _TIME_AFTER.match(folded, match.end()) is not None)
        )
        # an event word after an event word or "other" modifies the noun after it ("14 shell
        # casings", "6 other shooting victims", "80 other wounded persons")
        modified = bool(words) and (
            (last := words[-1].group(0).lower()) in lex.event_of_word or last == "other"
        )
        if len(words) == 1 and modifier:
            modified, modifier = True, False
        if stop or (
            words
            and not modified  # the plural after an event word: "14 shell casings"
            and (_ends_phrase(word, lex.event_of_word) or (one and _is_plural(word)))
        ):
            break
        after = _NEXT_WORD.match(folded, match.end()) if not words and word in _KNOWN else None
        if after and after.group(1) in lex.event_of_word:  # "29 confirmed dead", "300 feared"
            if not _is_plural(after.group(1)):
                break  # no noun: the predicate
            modifier = True  # "29 confirmed deaths": the event noun is the head
        if not words and (adverb := _adverb_of_participle(word, folded, match.end())):
            if adverb == _PREDICATE:
                break  # "15 slightly hurt", "two critically wounded": no noun, the predicate
            modifier = True  # "five heavily armed men": the participle modifies the noun
        words.append(match)
        if not joined and word in lex.event_of_word and _plural_follows(folded, match.end()):
            continue  # an event word modifies the plural after it: "three gunshot wounds"
        if word in lex.people and _compound_people_follows(folded, match.end(), word):
            continue  # "two police officers", "three aid workers": the head is the last word
        if (
            (word in lex.people or match.group(0)[0].isupper())
            and word not in lex.event_of_word  # "30 injured people": the injured
            and _people_follow(folded, match.end())
        ):
            continue  # "two male victims", "5 Dallas officers": the noun of people after heads
        if (
            joined
            or word in lex.event_of_word
            or word in lex.people
            or len(words) - _names(words) == 3  # names ("Riverdale High School") aside
            or _is_plural(word)
        ):
            break  # "14 squad players departed": the phrase ends at its plural head
    if not words:
        return None
    written = folded[words[0].start() : words[-1].end()]
    return Entity(written, words[-1].group(0).lower(), words[-1].end())


def counts_people(entity: Entity | None) -> bool:
    """Whether a figure's noun counts people ("11 soldiers", "148 aboard", no noun at all),
    not things ("2 guns", "28 states")."""
    lex = measure_lexicon()
    return entity is None or entity.head in lex.people or entity.head in lex.event_of_word


def _names(words: list[re.Match[str]]) -> int:
    """How many of the words are capitalised: a name that qualifies the head ("two
    Riverdale High School students", "two East high school students"), not words of the
    phrase's own."""
    return sum(1 for w in words if w.group(0)[0].isupper())


# "hundreds of thousands of civilians", "half of the population", "half the population",
# "1/16 of a pint"
_VAGUE_CONNECTOR = re.compile(r"\s+(?:of\s+)?(?:the\s+|their\s+|its\s+|an?\s+)?", re.I)
_SPACES = re.compile(r"\s*")


def _skip_connector(folded: str, pos: int, limit: int, vague: bool) -> int:
    match = (_VAGUE_CONNECTOR if vague else _SPACES).match(folded, pos, limit)
    return match.end() if match else pos


@cache
def active_verbs() -> frozenset[str]:
    """Verbs of an event in the present tense that act on others ("kills", "injures"):
    never a counted noun, and right after a figure never its event (checker.extract.measures)."""
    return frozenset(load_data("nouns")["active_event_verbs"])


@cache
def _past_verbs() -> frozenset[str]:
    return frozenset(load_data("nouns")["irregular_past_verbs"])


_NEXT_WORD = re.compile(r" ([a-z]+)\b")


def _plural_follows(folded: str, end: int) -> bool:
    """Whether a plural noun follows right after `end` ("gunshot wounds", "murder charges")."""
    word = _NEXT_WORD.match(folded, end)
    return word is not None and word.group(1) not in _STOP and _is_plural(word.group(1))


# nouns that end in -ly: "three family members", "two rally organisers"
_LY_NOUNS = frozenset(
    {
        "family",
        "ally",
        "rally",
        "assembly",
        "supply",
        "reply",
        "anomaly",
        "monopoly",
        "bully",
        "belly",
        "lily",
        "jelly",
        "fly",
    }
)


# how a count is known, before its event word: "29 confirmed dead", "12 reported deaths"
_KNOWN = frozenset({"confirmed", "reported", "known", "suspected", "presumed", "feared"})
# how badly the people of a count were hurt (checker.extract.coordinated joins parts by them)
SEVERITY_ADVERBS = frozenset(
    {"seriously", "critically", "severely", "gravely", "badly", "slightly", "lightly", "moderately"}
)
_PREDICATE = "predicate"
_MODIFIER = "modifier"


def _adverb_of_participle(word: str, folded: str, end: int) -> str:
    """Whether `word`, right after a figure, is an adverb of the participle after it: of
    the predicate ("15 slightly hurt", "40 lightly injured"), so the figure has no noun, or
    of a modifier of the noun ("five heavily armed men"); "" when it is neither."""
    if not word.endswith("ly") or len(word) < 5 or word in _LY_NOUNS or word in _STOP:
        return ""
    after = _NEXT_PARTICIPLE.match(folded, end)
    if after is None:
        # "three seriously and 15 slightly hurt": the verb comes after the second part
        return _PREDICATE if word in SEVERITY_ADVERBS and folded.startswith(" and ", end) else ""
    return _MODIFIER if _NOUN_AFTER.match(folded, after.end()) else _PREDICATE


_NEXT_PARTICIPLE = re.compile(r" (?:[a-z]+ed|hurt|shot|hit|struck|slain|stabbed|burnt|left)\b")
_NOUN_AFTER = re.compile(
    r" (?![a-z]+(?:ed|ing|ly)\b)"
    r"(?!(?:in|on|at|by|and|or|after|during|when|while|as|to|from|with|near|outside|inside|"
    r"the|a|an|of)\b)[a-z]+\b"
)


def _ends_phrase(word: str, events: dict[str, str]) -> bool:
    # a verb, participle, adverb or event word after a noun starts the predicate: "people
    # killed", "one subject got out"
    return (
        word in events
        or word in _past_verbs()
        or (word.endswith("ed") and len(word) > 4)
        or word.endswith(("ing", "ly"))
        or word in _PREDICATE_WORDS
    )


@cache
def _compounds() -> frozenset[tuple[str, str]]:
    """The two words of each counted noun of people written as two ("police officers")."""
    pairs = (key.split() for key in measure_lexicon().people)
    return frozenset((p[0], p[1]) for p in pairs if len(p) == 2)


def _compound_people_follows(folded: str, end: int, word: str) -> bool:
    """Whether `word` and the next one are a counted noun of people written as two words,
    the second in its plural or singular form ("police officers", "a police officer")."""
    following = _NEXT_WORD.match(folded, end)
    if following is None:
        return False
    second = following.group(1)
    return (word, second) in _compounds() or (word, second + "s") in _compounds()


def _people_follow(folded: str, end: int) -> bool:
    """Whether the next word is a noun of people, so that the word before it only qualifies
    it ("male victims", "Dallas officers", "Thai crew")."""
    following = _NEXT_WORD.match(folded, end)
    return following is not None and following.group(1) in measure_lexicon().people


def _is_plural(word: str) -> bool:
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "'s"))


# words that follow a counted noun but are not part of it: "30 million shares up for sale"
_PREDICATE_WORDS = frozenset("up down out off left available without away back per a".split())


def entity_of(entity: Entity | None) -> str:
    """The counted entity class: civilians, children, people ..."""
    if entity is None:
        return ""
    lex = measure_lexicon()
    if entity.head in lex.people:
        return lex.people[entity.head]
    if entity.head in lex.things:
        return lex.things[entity.head]
    return "people" if lex.event_of_word.get(entity.head) else entity.head


# "wounded dozens more", "6 other": the words of an addition, standing for people
_BARE_ADDITIONS = frozenset({"more", "other"})


def counted_class(entity: Entity | None, event: str = "") -> str:
    """The counted entity of a figure of an event: people when the text names none. Those
    who voted, counted by a noun of a chamber's members, are those members: "127 deputies
    voted in favour" are a parliament's deputies, not a sheriff's (measures.json
    whole_chamber; the people map reads "deputies" as police officers)."""
    if entity is not None and entity.head in _BARE_ADDITIONS:
        return "people"
    if event in _VOTED and entity is not None and entity.head in measure_lexicon().whole_chamber:
        return entity.head
    return entity_of(entity) or "people"


_VOTED = frozenset({"voted for", "voted against"})  # measures.json events of those who voted
