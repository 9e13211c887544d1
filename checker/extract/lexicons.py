"""The measure vocabulary (checker/data/measures.json) compiled into lookups and patterns."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from checker.vocab import alternation, load_data


@dataclass(frozen=True)
class MeasureLexicon:
    event_of_word: dict[str, str]  # "killed" -> "killed", "fled" -> "displaced"
    event_pattern: re.Pattern[str]  # any event word or phrase
    entity_event: dict[str, str]  # "lives" -> "killed"
    people: dict[str, str]  # counted noun -> entity class
    parents: dict[str, str]  # entity class -> broader class
    cumulative: frozenset[str]
    agent_of_word: dict[str, str]
    agent_pattern: re.Pattern[str]  # optional modifier + agent word
    whole_event_pattern: re.Pattern[str]
    place_heads: frozenset[str]
    not_counted: frozenset[str]  # "three times": a figure, but no countable measure
    not_places: frozenset[str]  # months and weekdays: "in March 2011" is a time


@cache
def measure_lexicon() -> MeasureLexicon:
    data = load_data("measures")
    event_of_word = {w: event for event, words in data["events"].items() for w in words}
    agent_of_word = {w: agent for agent, words in data["agents"].items() for w in words}
    modifiers = alternation(data["agent_modifiers"])
    return MeasureLexicon(
        event_of_word=event_of_word,
        event_pattern=re.compile(rf"\b(?:{alternation(list(event_of_word))})\b", re.I),
        entity_event=data["entity_events"],
        people=data["people"],
        parents=data["entity_parents"],
        cumulative=frozenset(data["cumulative_events"]),
        agent_of_word=agent_of_word,
        agent_pattern=re.compile(
            rf"""
            (?:\b(?P<modifier>{modifiers})\s+)?      # Russian, US-led ...
            (?:\w+\s+)?                              # one more word: "Russian military air strikes"
            \b(?P<agent>{alternation(list(agent_of_word))})\b  # air strikes, shelling, gunman ...
            """,
            re.VERBOSE | re.I,
        ),
        whole_event_pattern=re.compile(rf"\b(?:{alternation(data['whole_event_words'])})\b", re.I),
        place_heads=frozenset(data["place_heads"]),
        not_counted=frozenset(data["not_counted"]),
        not_places=frozenset(data["not_places"]),
    )


def normalise(words: str) -> str:
    return " ".join(words.lower().split())
