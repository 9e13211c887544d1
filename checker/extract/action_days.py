"""The day of an act done once to one named party: "The two sect leaders were arrested on
Tuesday", "Lauten apologized on Saturday", "the House voted 396-9 on Tuesday".

A day right after a verb of such an act (event_dates.json action_verbs: an arrest, a
charge, a conviction, a resignation, an apology, a vote ...) dates that act of the party the
clause names: the subject of a passive ("the leaders were arrested"), else the object of an
active verb ("police arrested the two leaders"), else the subject of a verb that takes none
("Lauten apologized"). Two outlets that give two days for the arrest of the leaders cannot
both be right; the arrest of the leaders and the arrest of a driver are two acts.

Only a day the text names (a weekday, or a month and its day) is read, with nothing but
time words and a place between the verb and the day; a pronoun names no party ("he was
arrested on Friday": which arrest is unknown), nor does a word of many people ("people were
arrested"), and "another suspect was arrested on Friday" is another act. Acts a story
often holds several of on different days (an announcement, a release of figures, a death
in hospital) are not in the lexicon.
"""

from __future__ import annotations

import functools
import re

from checker.extract.lexicons import may_hold_any
from checker.extract.timex_common import day_named
from checker.model import Measure, TimeExpr
from checker.vocab import alternation, by_word, load_data

# what may stand between the verb (and its object) and the day: a tally, a place and time
# words ("voted 396-9 on Tuesday", "were arrested in Salt Lake City late on Tuesday")
_BETWEEN = (
    r"(?:\s+(?:by\s+)?\d[\d,]*\s*(?:-|to)\s*\d[\d,]*(?:\s+votes?)?)?"
    r"(?:\s+(?:in|at|near|outside)\s+(?:the\s+)?(?-i:[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}))?"
    r"(?:\s+(?:late|early|shortly|just|on|the|of|night|evening|morning|afternoon))*\s+$"
)
# a word of a noun phrase: no preposition, conjunction or time word ("apologized on Saturday"
# has no object; "a man with tattoos across his body" is no subject the verb's party ends)
_WORD = (
    r"(?!(?:on|in|at|near|outside|inside|late|early|shortly|just|for|with|without|from|to"
    r"|into|after|before|by|over|under|later|of|across|during|against|about|among|between"
    r"|through|within|and|or|but|who|which|that|was|were|is|are|had|has|have)\b)"
    r"[A-Za-z][\w'.-]*"
)
_DETERMINER = (
    r"(?:the|a|an|his|her|its|their|two|three|four|five|six|both|all|\d+)\s+"
    r"(?:\d+-[a-z]+(?:-[a-z]+)*\s+)?"  # an age or a size before the noun: "the 44-year-old"
)
_OBJECT = rf"(?:{_DETERMINER})?(?P<object>(?:{_WORD}\s+){{0,3}}?{_WORD})"
# a subject is a short noun phrase that opens its clause: "The two sect leaders", "A Galliano
# man", "Lauten" (after a sentence's start, a comma, "and", "that" ...)
_SUBJECT = (
    r"(?:^|[.;:,!?\"\u201c\u201d(]\s*|\b(?:and|but|that|when|after|as|while|where)\s+)"
    rf"(?P<phrase>(?:{_DETERMINER})?(?:{_WORD}\s+){{0,3}}(?P<subject>{_WORD}))"
)
_NEGATED = re.compile(r"(?:no|not|none|neither|nor)\b", re.I)
_BE = r"(?:was|were|had\s+been|has\s+been|have\s+been)"
# no party: pronouns, relatives, auxiliaries and words of many people
_NO_PARTY = frozenset(
    """he she it they we you him her them us who whom which that this these those one ones
    someone people persons others men women everyone anyone nobody there what be been being
    to will would could may might shall should must can later also then""".split()
)
_REACH = 140  # characters before the day that may hold the verb and its parties
# a verb told in the future or as a plan: "is expected to be elected speaker on Thursday"
_FUTURE = re.compile(
    r"\b(?:will|would|shall|to\s+be|to|expected|scheduled|set|due|likely|plans?|planned)\s+"
    r"(?:\w+\s+){0,2}$",
    re.I,
)


@functools.cache
def _verbs() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str], frozenset[str]]:
    """(passive, active) patterns that end right before a day, each verb's act, and the acts
    told without an object ("apologized", "resigned", "voted")."""
    data = load_data("event_dates")
    act_of = by_word(data["action_verbs"])
    verbs = alternation(list(act_of))
    # the subject may carry a relative clause before its verb: "The 44-year-old hunter who
    # shot a beater dead near Horni Lhota was charged on 4 November"
    passive = re.compile(
        rf"{_SUBJECT}(?:\s+(?:who|whose|that|which)\s[^;:]*?)?"
        rf"\s+(?:[a-z]+ly\s+)?{_BE}\s+(?:[a-z]+ly\s+)?(?P<verb>{verbs}){_BETWEEN}",
        re.I,
    )
    # an active verb with its object, or with its subject alone ("Lauten apologized")
    active = re.compile(
        rf"(?:\b(?P<verb>{verbs})\s+{_OBJECT}|{_SUBJECT}\s+(?:[a-z]+ly\s+)?"
        rf"(?P<alone>{verbs})){_BETWEEN}",
        re.I,
    )
    return passive, active, act_of, frozenset(data["action_verbs_alone"])


@functools.cache
def _verb_words() -> tuple[str, ...]:
    """A word of every verb of an act, lower case: every match of the patterns holds one."""
    verbs = (v for vs in load_data("event_dates")["action_verbs"].values() for v in vs)
    return tuple(sorted({v.split()[0].lower() for v in verbs}))


@functools.cache
def acts() -> frozenset[str]:
    """The acts the lexicon names ("arrest", "vote" ...)."""
    return frozenset(load_data("event_dates")["action_verbs"])


@functools.cache
def _other_before() -> re.Pattern[str]:
    """ "another suspect", "a second man": another party of its kind, right before the
    party's noun or its one modifier (event_dates.json other_instance)."""
    words = alternation(load_data("event_dates")["other_instance"])
    return re.compile(rf"\b(?:{words})\s+(?:[a-z'-]+\s+)?$", re.I)


def _party(word: str) -> str:
    """A party's noun as a key ("leaders" -> "leader", "Williams" -> "williams"), "" for no
    party (a pronoun, a word in -ed or -ing: "nine others injured was arrested")."""
    key = word.strip(".").lower()
    if key in _NO_PARTY or len(key) < 3 or not key.replace("-", "").replace("'", "").isalpha():
        return ""
    if word[0].isupper() and word[1:].islower() or word.isupper():
        return key  # a name: "Williams", "RCMP"
    if key.endswith(("ed", "ing")):
        return ""
    if key.endswith("ies") and len(key) > 4:
        return key[:-3] + "y"
    return key[:-1] if key.endswith("s") and not key.endswith("ss") else key


def action_day(folded: str, sentence: tuple[int, int], time: TimeExpr) -> Measure:
    """The act a named day dates, with its party ("arrest" of the "leader"); an empty
    Measure when the words before the day tell no such act."""
    if not day_named(folded, time.start, time.end, time.value):
        return Measure()
    start = max(sentence[0], time.start - _REACH)
    line = folded.rfind("\n", start, time.start)
    window = folded[line + 1 if line >= 0 else start : time.start]
    if not may_hold_any(window, _verb_words()):
        return Measure()  # no verb of an act (most dates: a cheap test before the patterns)
    passive, active, act_of, alone = _verbs()
    found = _parties(window, passive, active, alone, act_of)
    if found is None:
        return Measure()
    act, party, at = found
    if not party or _FUTURE.search(window, 0, at) or _other_before().search(window, 0, at):
        return Measure()  # "another suspect was arrested on Friday": another act
    return Measure(event=act, entity=party)


def _parties(
    window: str,
    passive: re.Pattern[str],
    active: re.Pattern[str],
    alone: frozenset[str],
    act_of: dict[str, str],
) -> tuple[str, str, int] | None:
    """(the act, its party's key, where the party's noun starts) of the verb that ends a
    window, or None when no verb of an act ends it."""
    match = passive.search(window)
    if match is not None:
        act = act_of[" ".join(match["verb"].lower().split())]
        if _NEGATED.match(match["phrase"]):
            return None  # "no charges were filed on Tuesday"
        return act, _party(match["subject"]), match.start("subject")
    match = active.search(window)
    if match is None:
        return None
    if match["verb"]:
        act = act_of[" ".join(match["verb"].lower().split())]
        last = match["object"].split()[-1]  # the head, after its modifiers
        return act, _party(last), match.start("object") + match["object"].rfind(last)
    act = act_of[" ".join(match["alone"].lower().split())]
    if act in alone:  # "Lauten apologized on Saturday", "the House voted 396-9 on Tuesday"
        return act, _party(match["subject"]), match.start("subject")
    return act, "", 0
