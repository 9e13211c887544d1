"""The measure vocabulary (checker/data/measures.json) compiled into lookups and patterns.

`measure_lexicon()` is the vocabulary in use: the shipped one, compiled once, unless a run's
configuration adds words (checker.vocabulary puts its own in use for the run's extraction).
"""

from __future__ import annotations

import re
import string
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from typing import Any

from checker.extract.text import lowercase_ascii, lowercase_uncased
from checker.vocab import InUse, alternation, load_data, trie_alternation


@dataclass(frozen=True, eq=False)  # hashed by identity: cheap as a cache key
class CaselessPattern:
    """A case-insensitive pattern that runs as a case-sensitive twin over lowercased ASCII text.

    re.I makes these long word alternations about three times slower: the regex engine can
    no longer reject an alternative by its first character. On ASCII text lower() keeps
    every offset, so the twin finds the same spans; its groups are lowercase, and callers
    only use them lowercased. So it does on text whose other characters have no case ("©",
    "•": text.lowercase_uncased). Other text goes to the re.I pattern.
    """

    caseless: re.Pattern[str]
    lowercase: re.Pattern[str] | None  # None when a word is not ASCII (see _lowercase_words)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        pattern, text = self._for(text)
        return pattern.search(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        pattern, text = self._for(text)
        return pattern.match(text, pos, endpos)

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        pattern, text = self._for(text)
        return pattern.finditer(text, pos, endpos)

    def _for(self, text: str) -> tuple[re.Pattern[str], str]:
        if self.lowercase is not None:
            lowered = lowercase_ascii(text)
            if lowered is None:
                lowered = lowercase_uncased(text)
            if lowered is not None:
                return self.lowercase, lowered
        return self.caseless, text


def caseless_pattern(template: str, flags: int = 0, **words: list[str]) -> CaselessPattern:
    """`template` with each {name} replaced by the alternation of words[name], ignoring case.

    The template itself must match the same with and without re.I: no capital letters
    outside comments.
    """
    lowered = _lowercase_words(words)
    if lowered is None:
        return CaselessPattern(
            re.compile(template.format(**_alternations(words)), flags | re.I), None
        )
    tries = {name: trie_alternation(group) for name, group in lowered.items()}
    caseless = template.format(**(tries if _all_ascii(lowered) else _alternations(words)))
    return CaselessPattern(
        re.compile(caseless, flags | re.I), re.compile(template.format(**tries), flags)
    )


def caseless_twins(
    source: Callable[[str], str], words: list[str], flags: int = 0
) -> CaselessPattern:
    """`source(alternation of words)` ignoring case, as caseless_pattern, for a pattern that
    `source` builds around the words, longest first (in the given order among equals).

    The text `source` adds must match the same with and without re.I.
    """
    longest_first = "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)
    )
    lowered = _lowercase_words({"words": words})
    if lowered is None:
        return CaselessPattern(re.compile(source(longest_first), flags | re.I), None)
    trie = source(trie_alternation(lowered["words"]))
    caseless = trie if _all_ascii(lowered) else source(longest_first)
    return CaselessPattern(re.compile(caseless, flags | re.I), re.compile(trie, flags))


def _alternations(words: dict[str, list[str]]) -> dict[str, str]:
    return {name: alternation(group) for name, group in words.items()}


def _all_ascii(words: dict[str, list[str]]) -> bool:
    """Whether every word is ASCII: then the re.I pattern (for text with cased letters that
    are not ASCII: "é") takes the trie of the lowercased words as well, which matches as the
    alternation longest first does under re.I too. A text character re.I matches to two
    branches of a trie node would break that, and none does: re.I matches a character to
    ASCII letters of one letter only (the four that are not ASCII: the dotted and dotless i,
    the long s, the Kelvin sign; checked over all of Unicode, tests/test_speed_tries.py).
    Over a plain alternation the engine tries every word at every position: the event words
    in a 200-character window, 305 us against 29 us for the trie (2 pages of throughput.py's
    200 have such letters; as alternations, these patterns cost a pass 3.5 % more)."""
    return all(w.isascii() for group in words.values() for w in group)


def _lowercase_words(words: dict[str, list[str]]) -> dict[str, list[str]] | None:
    # re.I lets a few non-ASCII letters match ASCII ones (the long s matches "s", the
    # Kelvin sign "k"), which lowercased literals would not; such words keep re.I only.
    # Other non-ASCII characters ("≈") match no ASCII text either way.
    if not all(case_safe(ch) for group in words.values() for w in group for ch in w):
        return None
    return {name: [w.lower() for w in group] for name, group in words.items()}


def may_hold_any(text: str, words: Iterable[str]) -> bool:
    """False only when `text` is ASCII and holds none of `words` (lower case): a cheap test
    before a re.I pattern whose every match holds one of them. re.I matches a few
    non-ASCII letters to ASCII ones (the long s, the Kelvin sign), which lower() keeps, so
    other text is never ruled out."""
    if not text.isascii():
        return True
    lowered = text.lower()
    # a loop: any() over a generator resumes a frame per word (one pass of throughput.py's
    # sample: 20 M instructions more; any(map(lowered.__contains__, ...)) 16 M more)
    for word in words:  # noqa: SIM110
        if word in lowered:
            return True
    return False


def case_safe(ch: str) -> bool:
    """Whether a twin treats `ch` as re.I does on ASCII text: ASCII, or no ASCII letter's
    case variant."""
    return ch.isascii() or not ascii_letters_like(ch)


@lru_cache(maxsize=1024)
def ascii_letters_like(ch: str) -> str:
    """The ASCII letters re.I matches `ch` to, lower case first: "sS" for the long s, "kK"
    for the Kelvin sign, "" for most characters."""
    return "".join(a for a in string.ascii_letters if re.fullmatch(re.escape(ch), a, re.I))


@dataclass(frozen=True)
class MeasureLexicon:
    event_of_word: dict[str, str]  # "killed" -> "killed", "fled" -> "displaced"
    event_pattern: CaselessPattern  # any event word or phrase
    entity_event: dict[str, str]  # "lives" -> "killed"
    people: dict[str, str]  # counted noun -> entity class
    things: dict[str, str]  # counted noun of a thing -> what it counts: "rounds" -> "shots"
    parents: dict[str, str]  # entity class -> broader class
    # event -> entity class -> broader class, in that event only ("suspects" arrested)
    parents_in_event: dict[str, dict[str, str]]
    everyone_in_event: dict[str, str]  # event -> what every person it counts is
    cumulative: frozenset[str]
    fixed: frozenset[str]  # counts a later report does not change (those aboard)
    deal_terms: frozenset[str]  # a deal's terms: compared within deal_terms_days of each other
    counted_once: frozenset[str]  # fixed once counting ends (a turnout), unless told as running
    deal_terms_days: int
    people_events: frozenset[str]  # events that count people, never an amount with a unit
    caused_events: frozenset[str]  # events a cause of harm brings about (agents fill them)
    whole_chamber: frozenset[str]  # a chamber's members as a whole: their votes are its tally
    agent_of_word: dict[str, str]
    agent_word_pattern: CaselessPattern  # an agent word alone: a cheap test before agent_pattern
    agent_pattern: CaselessPattern  # optional modifier + agent word
    whole_event_pattern: CaselessPattern
    place_heads: frozenset[str]
    site_heads: frozenset[str]  # roads and sites inside a town: "County Road 9", "Maple Ave"
    not_counted: frozenset[str]  # "three times": a figure, but no countable measure
    not_places: frozenset[str]  # months and weekdays: "in March 2011" is a time
    lives_loss_before: CaselessPattern  # "claimed", "cost" ... ending right before the figure
    lives_loss_after: CaselessPattern  # "were lost" right after "lives"
    thing_verbs_not: frozenset[str]  # verbs beside a count of things that tell no event ("said")
    thing_nouns_not: frozenset[str]  # things no event does: "12 stab wounds", "30 rounds"
    crowd_nouns: frozenset[str]  # those who come to an event: spectators, visitors
    crowd_verbs: frozenset[str]  # verbs that tell they came: attended, filled, marched

    def people_form(self, noun: str) -> str:
        """The form in which the people lexicon holds a noun, itself or its plural ("woman"
        -> "women", "builder" -> "builders", "family" -> "families"); "" when it holds none."""
        forms = (noun, noun + "s", noun + "es", noun[:-1] + "ies", noun.replace("man", "men"))
        return next((form for form in forms if form in self.people), "")

    @cached_property
    def counted_words(self) -> frozenset[str]:
        """Words that, right after a number, make it a count of people: a noun of people
        ("1300 people", "1733 children"), an event word in -ed ("1300 killed") or "dead",
        "died", "hurt", "missing" (checker.extract.timex_absolute: not a year). Kept per
        lexicon, so that a configuration's vocabulary has its own."""
        events = {w for w in self.event_of_word if " " not in w and w.endswith("ed")}
        return frozenset({*self.people, *events, "dead", "hurt", "died", "missing"})


@cache
def shipped_measure_lexicon() -> MeasureLexicon:
    return compile_measure_lexicon(load_data("measures"))


# The measure vocabulary in use: the shipped one unless a configuration's is (checker.vocabulary)
IN_USE = InUse("measure_lexicon", shipped_measure_lexicon)
measure_lexicon = IN_USE.current


def compile_measure_lexicon(data: dict[str, Any]) -> MeasureLexicon:
    """The lookups and patterns of a measure vocabulary laid out as measures.json."""
    event_of_word = {w: event for event, words in data["events"].items() for w in words}
    agent_of_word = {w: agent for agent, words in data["agents"].items() for w in words}
    agent_words = {"modifiers": data["agent_modifiers"], "agents": list(agent_of_word)}
    return MeasureLexicon(
        event_of_word=event_of_word,
        event_pattern=caseless_pattern(r"\b(?:{events})\b", events=list(event_of_word)),
        entity_event=data["entity_events"],
        people=data["people"],
        things=data["thing_entities"],
        parents=data["entity_parents"],
        parents_in_event=data.get("entity_parents_in_event", {}),
        everyone_in_event=data.get("everyone_in_event", {}),
        cumulative=frozenset(data["cumulative_events"]),
        fixed=frozenset(data.get("fixed_events", ())),
        deal_terms=frozenset(data["deal_terms"]),
        counted_once=frozenset(data["counted_once"]),
        deal_terms_days=int(data["deal_terms_days"]),
        people_events=frozenset(data["people_events"]),
        caused_events=frozenset(data.get("caused_events", ())),
        whole_chamber=frozenset(data.get("whole_chamber", ())),
        agent_of_word=agent_of_word,
        agent_word_pattern=caseless_pattern(r"\b(?:{agents})\b", agents=list(agent_of_word)),
        agent_pattern=caseless_pattern(
            r"""
            (?:\b(?P<modifier>{modifiers})\s+)?     # Russian, US-led ...
            (?:\b\w+\s+)??                          # one more word: "Russian military air strikes"
            \b(?P<agent>{agents})\b                 # air strikes, shelling, gunman ...
            """,
            re.VERBOSE,
            **agent_words,
        ),
        whole_event_pattern=caseless_pattern(r"\b(?:{words})\b", words=data["whole_event_words"]),
        place_heads=frozenset(data["place_heads"]),
        site_heads=frozenset(data["site_heads"]),
        not_counted=frozenset(data["not_counted"]),
        not_places=frozenset(data["not_places"]),
        lives_loss_before=caseless_pattern(
            r"\b(?:{words})\b(?:\s+(?:more\s+than|at\s+least|over|nearly|about|some|the|another|\w+ly))?\s+$",
            words=data["lives_loss_before"],
        ),
        lives_loss_after=caseless_pattern(r"\s+(?:{words})\b", words=data["lives_loss_after"]),
        thing_verbs_not=frozenset(data["thing_verbs_not"]),
        thing_nouns_not=frozenset(data["thing_nouns_not"]),
        crowd_nouns=frozenset(data["crowd_nouns"]),
        crowd_verbs=frozenset(data["crowd_verbs"]),
    )


def normalise(words: str) -> str:
    return " ".join(words.lower().split())
