"""Counts of things and what happened to them, read from the verb beside the count: "1.2
million records were exposed", "destroyed 212 homes", "six of its eight carriages derailed".
A count of things that no event word of the lexicon names is framed by its noun and its
verb's past form, so two outlets' counts of records exposed
are compared, and records exposed and records stolen never are. Reporting verbs and verbs
that describe rather than happen ("said", "estimated", "expected", "based") tell nothing. A
count of people whose verb no event word of the lexicon names is framed the same way
("About 18,000 farmers applied for aid"); the lexicon's events (killed, arrested ...)
frame people before this is asked. Vocabularies are data (measures.json "thing_verbs_not",
"thing_nouns_not", "crowd_nouns", "crowd_verbs"), read through the measure lexicon in use."""

from __future__ import annotations

import re
from functools import cache

from checker.events.bare import designations
from checker.extract.lexicons import measure_lexicon
from checker.model import Claim
from checker.vocab import by_word, load_data

# the verb after the count and what follows its noun: "212 homes (were) destroyed", "six
# carriages derailed", "33 cars of its 112-car train derailed", "40 homes in the village were",
# "more than 120 shells and rockets landed"
_AFTER = re.compile(
    r"""(?:(?:\s+(?:of|in|on|at|along|across)\s+(?:[\w'\u2019,-]+\s+){0,4}[\w'\u2019-]+
           # "33 cars of its train"
          | \s+(?:and|or)\s+[a-z-]+)  # "120 shells and rockets"
          (?=\s+(?:were|was|have|has|had|are|is|got|[a-z]+ed)\b))?  # then the verb
       \s+(?:(?:that|which)\s+)?  # "more than 400 whales that beached"
       (?:(?:were|was|have\s+been|has\s+been|had\s+been|are|is|got|had)\s+)?
       (?:(?:all|also|reportedly|allegedly|later|now|since|already|either|completely|partly
          |partially|badly|severely|totally|fully)\s+)?(?P<verb>[a-z]+ed|[a-z]+)\b""",
    re.VERBOSE,
)
# the verb before the count: "destroyed 212 homes", "exposed more than 1.2 million records"
_BEFORE = re.compile(
    r"""\b(?P<verb>[a-z]+ed|[a-z]+)\s+
       (?:(?:about|around|nearly|almost|some|roughly|more\s+than|over|at\s+least|up\s+to
          |an\s+estimated|the|all|another|a\s+further|a\s+total\s+of)\s+)*$""",
    re.VERBOSE,
)
_REACH = 50
_OTHER = re.compile(r"\b(?:other|another|more|further|additional)\s+$", re.I)  # a part
# the whole of "N of M": "of its", "of the train's", "out of"
_WHOLE_OF = re.compile(
    r"\bof\s+(?:the|its|their|his|her|our|[\w'-]+['\u2019]s)?\s*(?:[\w-]+['\u2019]s\s+)?$"
)
# a collective noun before "of" names the count itself, no part of it: "a pod of more than
# 400 whales", "a fleet of 12 trawlers", "a convoy of 30 lorries"
_COLLECTIVE_OF = re.compile(
    r"\b(?:pod|herd|flock|school|shoal|swarm|pack|fleet|convoy|group|team|crowd|batch"
    r"|consignment|shipment|stock|stockpile|cache|haul)\s+of\s+"
    r"(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over|at\s+least)\s+)?$",
    re.I,
)


@cache
def _irregular_past() -> frozenset[str]:
    return frozenset(load_data("nouns")["irregular_past_verbs"])


# "14 of the 62 cars derailed", "Fourteen of the train's 62 cars": a bare figure taken from
# a group of things counts what the group is made of
_PARTITIVE = re.compile(
    r"\s+of\s+(?:the|its|their|these|those)\s+(?:[\w-]+['\u2019]s\s+)?"
    r"(?:[\d,.]+\s+)?(?:[a-z][a-z-]*\s+){0,2}?(?P<noun>[a-z][a-z-]*s)\b"
)


def thing_counted(claim: Claim) -> str:
    """What a count of things counts: its noun, or for a bare figure taken from a group
    ("14 of the 62 cars") the group's noun."""
    return claim.measure.entity or group_of_things(claim)


def group_of_things(claim: Claim) -> str:
    """The noun of the group of things a bare count is taken from ("14 of the 62 cars":
    cars), or "". Not a group of people: "two of the victims were killed by falling trees"
    is a part of the dead, which the people's lexicon reads."""
    if claim.measure.entity or claim.kind != "count" or claim.unit:
        return ""
    group = _PARTITIVE.match(claim.sentence, claim.span_in_sentence[1])
    if group is None:
        return ""
    noun = group.group("noun")
    lex = measure_lexicon()
    return "" if noun in lex.people or noun in lex.event_of_word else noun


def thing_event(claim: Claim) -> str:
    """What happened to a count of things or people, as its verb's past form ("destroyed",
    "exposed", "derailed", "applied"), or "" when the count names an event already or no
    verb stands beside it."""
    measure = claim.measure
    entity = thing_counted(claim)
    if claim.kind != "count" or measure.event or not entity or measure.scope:
        return ""
    lex = measure_lexicon()
    if entity in lex.not_counted:
        return ""
    if set(entity.split()) & lex.thing_nouns_not:
        return ""  # "12 stab wounds", "30 rounds": not things the event did
    if entity in designations():
        return ""  # "the .45-caliber pistol was fired": a kind of gun, no count
    start, end = claim.span_in_sentence
    text = claim.sentence
    whole_of = _WHOLE_OF.search(text, max(0, start - 30), start) is not None
    if whole_of and _COLLECTIVE_OF.search(text, max(0, start - 40), start) is not None:
        whole_of = False
    if whole_of or _OTHER.search(text, max(0, start - 12), start):
        return ""  # "six of its eight carriages derailed": the eight did not all derail
    words = claim.unit.lower().split()
    if len(words) > 1 and (adjective := _past(words[0])):
        return adjective  # "the 21 derailed cars", "12 flooded homes": the verb stands before
    after = _AFTER.match(text, end)
    verb = _past(after.group("verb")) if after else ""
    if not verb:
        before = _BEFORE.search(text, max(0, start - _REACH), start)
        verb = _past(before.group("verb")) if before else ""
    return verb


def _past(word: str) -> str:
    """The word when it is a verb's past tense or participle that tells an event, or the
    class of a verb in any tense ("shuts" -> "closed"; event_dates.json thing_verb_classes)."""
    if word in measure_lexicon().thing_verbs_not:
        return ""
    if named := _verb_classes().get(word):
        return named
    if "-" in word and word.split("-", 1)[0] not in _VERB_PREFIXES:
        return ""  # a compound adjective ("long-finned pilot whales", "ill-fated"), no verb
    if word in _irregular_past() or (word.endswith("ed") and len(word) > 4):
        return word
    return ""


# prefixes a hyphenated verb may carry ("re-opened", "co-founded"); any other hyphenated word
# ending in -ed is an adjective ("long-finned", "three-storeyed")
_VERB_PREFIXES = frozenset({"re", "co", "pre", "de", "mis", "over", "under", "out", "up"})


@cache
def _verb_classes() -> dict[str, str]:
    return by_word(load_data("event_dates")["thing_verb_classes"])


CROWD = "attended"  # a crowd's size: measures.json fixed_events, as "attended" is
_QUALIFIER = r"(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over|at\s+least)\s+)?"
# the words before a count that make it a crowd's size: "A crowd of 81,112 watched", "an
# attendance of 40,000", "a sell-out crowd of 52,000"; "in front of 68,500 fans"
_CROWD_OF = re.compile(rf"\b(?:crowd|attendance|audience)\s+of\s+{_QUALIFIER}$", re.I)
_IN_FRONT_OF = re.compile(rf"\bin\s+front\s+of\s+{_QUALIFIER}$", re.I)
_SPECTATORS = frozenset({"fans", "spectators", "supporters"})


def crowd_count(claim: Claim) -> bool:
    """Whether a count is the size of a crowd: "A crowd of 81,112 watched", "in front of
    68,500 fans" (checker.events.frames: people who attended); not "shot in front of three
    people". A count of those who come to an event (people, spectators, visitors, protesters:
    measures.json crowd_nouns) whose verb tells they came, filled the place or marched
    (crowd_verbs) is one too, however the outlet words it: "Some 8,000 visitors attended"
    and "An estimated 25,000 spectators filled the airfield" tell one crowd."""
    start = claim.span_in_sentence[0]
    before = claim.sentence[max(0, start - 40) : start]
    if _CROWD_OF.search(before):
        return True
    entity = claim.measure.entity.lower()
    if entity in _SPECTATORS and _IN_FRONT_OF.search(before) is not None:
        return True
    lex = measure_lexicon()
    return entity in lex.crowd_nouns and thing_event(claim) in lex.crowd_verbs
