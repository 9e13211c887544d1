"""The event vocabulary (checker/data/events.json) compiled into patterns, once; a run's
configuration may put another in use (checker.vocabulary), as for the measure lexicon."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from checker.extract.lexicons import CaselessPattern, caseless_pattern
from checker.vocab import InUse, alternation, by_word, load_data

# the words of rounding that may stand between a verb or a noun and the figure it tells
# ("lasted about nine hours", "was closed for just under two hours", "has some 350 staff"),
# optional, with their space: one alternation for every reader of them
ROUNDING_BEFORE = (
    r"(?:(?:about|around|nearly|almost|some|roughly|more\s+than|over|under|less\s+than"
    r"|just\s+over|just\s+under|at\s+least|up\s+to|an\s+estimated|just|only)\s+)?"
)


@dataclass(frozen=True)
class EventVocabulary:
    conflict: re.Pattern[str]  # a toll of a war or conflict as a whole
    period: CaselessPattern  # a figure that adds up a stretch of time
    earlier: CaselessPattern  # another, earlier event told as background
    update: CaselessPattern  # a later state of a figure in the same text
    stale: CaselessPattern  # an earlier state
    not_stale: CaselessPattern  # a stale word naming a thing ("initial public offering")
    money: CaselessPattern  # words that say what an amount of money is
    money_kind: dict[str, str]  # word -> kind
    money_before: int
    money_after: int
    actor: CaselessPattern  # a state, its capital or its forces
    actor_of_word: dict[str, str]
    share_market: CaselessPattern  # before an amount per share: the market's price
    percent: CaselessPattern  # words that say what a percentage is
    percent_kind: dict[str, str]
    # words that say what an area (burned, flooded), a length (a depth), a speed (sustained
    # winds, gusts) or a volume (spilled) is, and the kind of each word, by table
    physical: dict[str, tuple[CaselessPattern, dict[str, str]]]


# events.json tables of physical kinds
PHYSICAL_TABLES = ("area", "length", "speed", "volume", "mass")
# a mass is spilled in the words a volume is ("spilled 4,000 tonnes of oil"): one list for both
_SHARED_KINDS = {"mass": "volume"}


def _words(words: list[str]) -> CaselessPattern:
    """Whole words or phrases, any case; as lexicons do, a lowercase twin runs on ASCII text,
    which is several times faster than re.I over a long alternation."""
    return caseless_pattern(r"\b(?:{words})\b", words=words)


@cache
def shipped_event_vocabulary() -> EventVocabulary:
    return compile_event_vocabulary(load_data("events"))


# The event vocabulary in use: the shipped one unless a configuration's is (checker.vocabulary)
IN_USE = InUse("event_vocabulary", shipped_event_vocabulary)
event_vocabulary = IN_USE.current


def compile_event_vocabulary(data: dict[str, Any]) -> EventVocabulary:
    """The patterns of an event vocabulary laid out as events.json."""
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
    actors = by_word(data["actors"])
    kind = by_word(data["money"])
    percent = by_word(data["percent"])
    physical = {table: by_word(data.get(table, {})) for table in PHYSICAL_TABLES}
    for table, shared in _SHARED_KINDS.items():  # the kinds a table takes from another
        physical[table] = {**physical[shared], **physical[table]}
    return EventVocabulary(
        conflict=conflict,
        period=_words(data["period"]),
        earlier=_words(data["earlier"]),
        update=_words(data["update"]),
        stale=_words(data["stale"]),
        not_stale=_words(data["not_stale"]),
        money=_words(list(kind)),
        money_kind=kind,
        money_before=int(data["money_reach_words_before"]),
        money_after=int(data["money_reach_words_after"]),
        actor=_words(list(actors)),
        actor_of_word=actors,
        share_market=_words(data["share_market_words"]),
        percent=_words(list(percent)),
        percent_kind=percent,
        physical={
            table: (_words(list(kinds) or ["(?!)"]), kinds) for table, kinds in physical.items()
        },
    )
