"""The event vocabulary (checker/data/events.json) compiled into patterns, once."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from checker.vocab import alternation, load_data


@dataclass(frozen=True)
class EventVocabulary:
    conflict: re.Pattern[str]  # a toll of a war or conflict as a whole
    period: re.Pattern[str]  # a figure that adds up a stretch of time
    earlier: re.Pattern[str]  # another, earlier event told as background
    update: re.Pattern[str]  # a later state of a figure in the same text
    stale: re.Pattern[str]  # an earlier state
    money: re.Pattern[str]  # words that say what an amount of money is
    money_kind: dict[str, str]  # word -> kind
    money_before: int
    money_after: int
    actor: re.Pattern[str]  # a state, its capital or its forces
    actor_of_word: dict[str, str]


def _words(words: list[str]) -> str:
    return rf"\b(?:{alternation(words)})\b"


@cache
def event_vocabulary() -> EventVocabulary:
    data = load_data("events")
    nouns = alternation(data["conflict_nouns"])
    noun = rf"(?:{nouns})\b(?!-|\s+(?:crimes?|planes?|monitors?|zones?|criminals?|games?|room))"
    conflict = re.compile(
        rf"""
        \b{noun}[^.;!?]{{0,90}}?\b(?:has|have|had)\s+
          (?:\w+ly\s+|so\s+far\s+|already\s+|since\s+)?  # "has reportedly", "has since"
          (?:killed|claimed|cost|left|taken)\b        # "the war in Syria, which ... has cost"
        | \bsince\s+(?:the\s+|its\s+|[\w'-]+s?\s+){{0,2}}{noun}  # "since Syria's conflict"
        | \b(?:throughout|across)\s+the\s+war-\w+\s+country\b  # "throughout the war-torn country"
        | \b(?:fled|flee|fleeing|displaced|uprooted)\s+(?:by\s+)?(?:the\s+|its\s+)?
          (?:[\w-]+\s+){{0,2}}?{noun}                  # "have fled the civil war"
        | \b{noun},?\s+in\s+which\b                  # "the civil war, in which 250,000 ..."
        | \b(?:killed|died|dead|deaths?|lives|toll)\s+(?:[\w-]+\s+){{0,5}}?
          (?:in|during|since|of|from)\s+(?:the\s+|this\s+|its\s+)?
          (?:[\w-]+\s+){{0,2}}?{noun}                  # "killed in the conflict"
        | \bsince\s+(?:the\s+)?(?:start|beginning|outbreak|onset)\s+of\s+(?:the\s+)?
          (?:[\w-]+\s+){{0,2}}?{noun}                  # "since the start of the uprising"
        | \b(?:overall|total|cumulative)\s+(?:death\s+)?toll\b
        """,
        re.VERBOSE | re.I,
    )
    actors = {w: actor for actor, words in data["actors"].items() for w in words}
    money = data["money"]
    kind = {w: k for k, words in money.items() for w in words}
    return EventVocabulary(
        conflict=conflict,
        period=re.compile(_words(data["period"]), re.I),
        earlier=re.compile(_words(data["earlier"]), re.I),
        update=re.compile(_words(data["update"]), re.I),
        stale=re.compile(_words(data["stale"]), re.I),
        money=re.compile(_words(list(kind)), re.I),
        money_kind=kind,
        money_before=int(data["money_reach_words_before"]),
        money_after=int(data["money_reach_words_after"]),
        actor=re.compile(_words(list(actors)), re.I),
        actor_of_word=actors,
    )
