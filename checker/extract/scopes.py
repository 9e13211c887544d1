"""The scope of a figure: what narrows it below the toll of the whole event.

A sentence can make all its figures a round-up of several incidents ("in separate shootings
across the city"), figures of another incident told as background ("a year after nine
people were shot") or of a linked story ("Related: ..."); a figure's own words can make it
the dead at the scene or the injured of one severity or one hospital. checker.events turns
round-ups, other incidents and rates into events of their own, the rest into a frame's scope.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from checker.extract.lexicons import CaselessPattern, may_hold_any
from checker.extract.others import more_of_another_event
from checker.extract.text import may_end_with
from checker.extract.transfers import DISCHARGED, HOSPITALISED, discharged

if TYPE_CHECKING:
    from checker.extract.measures import Clause

# A figure for several incidents, not one: "in separate shootings across the city", "three
# overnight shootings", "a pair of shootings", "a violent weekend", "over an 80-hour span".
_ROUND_UP_SOURCE = r"""
    \b(?:separate|several|multiple|various|unrelated|other|weekend|overnight|holiday|recent|
         night|nighttime|monday|tuesday|wednesday|thursday|friday|saturday|sunday|
         two|three|four|five|six|seven|eight|nine|ten|dozens\s+of|\d+|
         (?:a\s+)?(?:pair|series|string|spate|rash|wave|number|handful)\s+of)
      \s+(?:[\w.'-]+\s+){0,3}?(?:shootings|stabbings|incidents|homicides)\b
    | \b(?:across|throughout|around)\s+the\s+city\b | \bcity-?wide\b
    | \bin\s+gun\s+violence\b
    | \b(?:violent|bloody|deadly)\s+(?:night|weekend|day|week|stretch|\d+\s+hours)\b
    | \bweekend\s+(?:[a-z]+\s+){0,2}?toll\b
    | \b(?:span|stretch|period|window)\s+of\s+(?:[\w-]+\s+)?(?:hours|days)\b
    | \b[\w]+-(?:hour|day)\s+(?:span|stretch|period|window|time\s*frame)\b
    """
# its words are lower case: on a sentence without letters of other cases, the twin without
# re.I finds the same spans without folding each character's case (throughput.py's sample:
# 24 -> 7 us a sentence that passes _ROUND_UP_WORDS)
_ROUND_UP = CaselessPattern(
    re.compile(_ROUND_UP_SOURCE, re.VERBOSE | re.I), re.compile(_ROUND_UP_SOURCE, re.VERBOSE)
)
ROUND_UP = "several incidents"
# "a year after nine people were shot at ...", "six months before that, a gunman killed 14":
# a figure of an earlier incident, told as background
_EARLIER = re.compile(
    r"\b(?:months?|years?|decades?)\s+(?:after|before|earlier|ago)\b|\b(?:a|one)\s+year\s+ago\b",
    re.I,
)
# "Related: 5 dead in ...", "[RELATED: ...]", "STORY: ...", "MORE: ...", "Previous story:
# ...", "Related Content Story: ...": a link to another story (a label of link words, a colon)
_LINK = re.compile(
    r"\W*(?:related(?:\s+(?:content|story|stories|coverage|link|links|article|articles)){0,2}"
    r"|read\s+more|see\s+also|also\s+read|more(?:\s+coverage)?|previously"
    r"|previous\s+(?:story|stories|coverage|article)|story|watch|recommended)\s*:",
    re.I,
)
EARLIER = "another incident"
# "freed 120 prisoners in the first phase of the exchange", "the first stage of a deal": one
# step of something done in several, a part of its total (never "round": rounds are fired)
_PHASE = re.compile(
    r"\b(?:first|second|third|fourth|initial|next|final|last|latest)\s+"
    r"(?:phase|stage|batch|tranche|wave)\b",
    re.I,
)
_PHASE_WORDS = ("phase", "stage", "batch", "tranche", "wave")
PHASE = "one phase"
# "two other murders", "three previous shootings", "two similar attacks": a count of acts
# besides this one, each an incident of its own
_OTHER_ACTS = re.compile(
    r"\b(?:other|previous|earlier|prior|similar|past)\s+(?:[a-z]+\s+)?(?:murders|homicides"
    r"|killings|slayings|shootings|stabbings|attacks|bombings|incidents|crimes|robberies)\b",
    re.I,
)
# "972 people a day", "50 are killed every day", "an average of 30 a week": a rate, not a
# toll; rates are grouped with rates of the same period and never compared (their spans
# of time are rarely the same). "In a year" and "a day after" are no rates.
_RATE = re.compile(
    r"""
    \b(?=[apedwmyto])                 # a word start, and a letter some alternative starts with
    (?:(?<!\bin\s)(?<!\bwithin\s)(?<!\bover\s)(?<!\bfor\s)(?<!\bjust\s)
      # the object of a preposition: "on a day trip", "outside a day care", "more than a
      # day", "delayed by a week"; a rate stands right after its figure or noun
      (?<!\bon\s)(?<!\bat\s)(?<!\bto\s)(?<!\bof\s)(?<!\bby\s)(?<!\bthan\s)(?<!\bfrom\s)
      (?<!\binto\s)(?<!\bnear\s)(?<!\bafter\s)(?<!\bbefore\s)(?<!\boutside\s)
      (?<!\binside\s)(?<!\bduring\s)(?<!\babout\s)(?<!\bwith\s)
      (?:a|an|per|each|every)\s+(?P<unit>day|week|month|year|hour)\b
      (?!\s+(?:after|before|later|earlier|ago|since|of|and|or)\b)
    | (?P<every>daily|weekly|monthly|annually|yearly)\b
      # not a rate: a daily paper, or a routine the people are under ("under daily
      # follow-up", "daily monitoring"), or the name of one ("the Daily News told",
      # "The Daily Meridian")
      (?!\s+(?:briefing|report|newspaper|press|paper|edition|bulletin|follow-up|follow-ups
             |monitoring|checks|observation|surveillance|updates|visits|testing))
      (?!(?:(?<=(?-i:Daily))|(?<=(?-i:Weekly))|(?<=(?-i:Monthly)))\s+(?-i:[A-Z]))
    | (?:an\s+|the\s+)?average\s+of\b | on\s+average\b)
    """,
    re.VERBOSE | re.I,
)
# "one other victim was shot", "three men were hurt, one shot in the back and two in the
# leg", "one victim was shot seven times": one of several victims, not the event's count
# (of every "one victim" in 3,926 GVA articles, 74 of 75 are in incidents with more victims)
_OTHER_MEMBER = re.compile(r"one\s+other\b", re.I)
_ONE_VICTIM = re.compile(r"one\s+victim\b(?!['’]?s)", re.I)
# the next member with its verb left out: "and two in the leg", "the other in the arm"
_NEXT_MEMBER = re.compile(
    r"""
    (?:,|;|\band\b|\bwhile\b)\s+(?:and\s+)?
    (?:the\s+others?|another|one|two|three|four|five|six|seven|eight|nine|ten|\d+)
    \s+(?:(?:in|on|at|through)\s+(?:the|his|her|their|a|an)|(?:was|were)\s+shot\s+in)\b
    """,
    re.VERBOSE | re.I,
)
ONE_OF_SEVERAL = "one of several"
RATE_PREFIX = "rate per "
_RATE_UNITS = {
    "daily": "day",
    "weekly": "week",
    "monthly": "month",
    "annually": "year",
    "yearly": "year",
}
# every _RATE match holds one of these
_RATE_WORDS = ("day", "week", "month", "year", "hour", "daily", "annually", "average")
# How badly the injured were hurt: "critically wounded", "treated for minor injuries".
_SEVERITY = re.compile(
    r"""
    \b(?=[nmsltcgi])                  # a word start, and a letter some alternative starts with
    (?:(?P<minor>non[\s-]life[\s-]threatening\b|minor\b|superficial\b|lesser\b
        |slightly\b|lightly\b
        |treated\b[^.;:]{0,40}?\breleased\b
        |treated\s+(?:and\s+released\s+)?(?:at|on)\s+(?:the\s+)?scene\b)
    | (?P<hospital>treated\s+at\s+(?:[A-Z][\w.'&-]*\s+){1,5}(?:Hospital|Medical|Center|Centre)\b)
    | (?:critically|seriously|gravely|severely|life-threatening
          |in\s+(?:critical|serious|grave)\s+condition)\b)
    """,
    re.VERBOSE | re.I,
)

# a part named between a count and a severity: the severity is the part's ("Three others
# were injured, one of them seriously", "wounded 13, including one critically", "some of
# them in critical condition"), not the whole count's
_PART_BEFORE = re.compile(r"\b(?:of\s+(?:them|whom|those)|including|among\s+them)\b", re.I)

# "another 27 people were killed", "an additional five", "three more died", "nine additional
# victims": people in addition to others counted before, a part of the event's count like
# "two others"
_ADDITIONAL_BEFORE = re.compile(r"\b(?:another|an\s+additional|a\s+further|additional)\s+$", re.I)
_ADDITIONAL_WORDS = frozenset({"another", "additional", "further"})  # the last words before
_ADDITIONAL_AFTER = re.compile(r"\s(?:more|additional|further)\b(?!\s+than\b)", re.I)
ADDITIONAL = "others"  # checker.extract.others: a part of the event's count
# "five more bodies were recovered", "another 27 were killed": an increment, a part of the
# event's count that tells what a report adds to an earlier one; two increments at two
# times are two increments, never one count that grew or shrank
INCREMENT = "more"
# "the identities of three victims", "two victims killed ... have been identified", "police
# named the four": those identified so far, a part of the toll until all are
_IDENTIFIED_BEFORE = re.compile(
    r"\b(?:identities\s+of|identified|identifies|identify|named|names|name)\s+(?:the\s+|all\s+)?$",
    re.I,
)
_IDENTIFIED_WORDS = frozenset(  # the last words
    {"of", "identified", "identifies", "identify", "named", "names", "name", "the", "all"}
)
_IDENTIFIED_AFTER = re.compile(
    r"\b(?:been|were|was|are|is)\s+(?:publicly\s+|officially\s+)?(?:identified|named)\b", re.I
)
IDENTIFIED = "identified"
# "68 bodies were recovered", "a dozen bodies shown in a video", "30 bodies brought to a field
# hospital": the bodies found, seen or brought somewhere so far, a part of the dead (every
# judged pair of a body count against a toll on the tune parts was a part against its whole)
BODIES = "bodies"
_BODIES = re.compile(r"\bbod(?:y|ies)\b", re.I)
_BODIES_OF = re.compile(r"\bbod(?:y|ies)\s+of\s+(?:the\s+)?$", re.I)
_IDENTIFIED_REACH = 80  # characters after the figure where "were identified" may stand
_ADDITIONAL_REACH = 16  # characters before the figure where "another", "a further" end
_IDENTIFIED_BEFORE_REACH = 24  # characters before the figure where "identities of" ends

# "found two people dead at the scene", "pronounced dead at the scene": those who died there
_AT_THE_SCENE = re.compile(r"\b(?:at|on)\s+the\s+scene\b", re.I)


@lru_cache(maxsize=64)
def sentence_scope(sentence: str) -> str:
    """The scope a whole sentence gives its figures; cached, as a sentence's figures ask in
    turn."""
    if may_hold_any(sentence, _ROUND_UP_WORDS) and _ROUND_UP.search(sentence):
        return ROUND_UP
    if may_hold_any(sentence, _PHASE_WORDS) and _PHASE.search(sentence):
        return PHASE
    if may_hold_any(sentence, _EARLIER_WORDS) and _EARLIER.search(sentence):
        return EARLIER
    return EARLIER if _LINK.match(sentence) else ""


# Every _ROUND_UP (_EARLIER) match holds one of these: a sentence without them has none
_ROUND_UP_WORDS = (
    *"shootings stabbings incidents homicides city violence violent bloody deadly".split(),
    *"weekend span stretch period window -hour -day".split(),
)
_EARLIER_WORDS = ("month", "year", "decade")


def scope_of(folded: str, clause: Clause, event: str) -> str:
    """A narrower count than the event's toll: a round-up of several incidents or another
    incident anywhere in the sentence; in the figure's own words, the dead at the scene or
    the injured of one severity or one hospital ("two critically wounded"); "" for none."""
    start = clause.sentence_from
    scope = sentence_scope(folded[start : max(clause.sentence_end, clause.end)])
    if scope:
        return scope
    if _OTHER_ACTS.search(folded, clause.figure_start, clause.figure_end):
        return EARLIER  # "linked to two other murders": the acts counted are other incidents
    # from the last "and" or comma before the figure: "two are in critical condition and
    # four are stable" says nothing of the four's injuries
    own_start = max(clause.start, folded.rfind(",", clause.start, clause.figure_start) + 1)
    conjunction = folded[own_start : clause.figure_start].lower().rfind(" and ")
    own_start += conjunction + 4 if conjunction >= 0 else 0
    rate_start = max(clause.start, clause.figure_start - 16)
    rate = (
        _RATE.search(folded, rate_start, clause.end)
        if may_hold_any(folded[rate_start : clause.end], _RATE_WORDS)
        else None
    )
    if rate is not None:
        return RATE_PREFIX + _RATE_UNITS.get(
            (rate.group("every") or "").lower(), (rate.group("unit") or "period").lower()
        )
    if _wide(folded, clause):
        return WIDE
    if _one_of_several(folded, clause, event):
        return ONE_OF_SEVERAL
    if _AMONG.match(folded, clause.figure_end, clause.end):
        return ADDITIONAL  # "six children were among the dead": some of the dead
    # "another 27 people were killed", "three more died": more of the same event; not "11,300
    # had died and another 10,100 were missing", "killed 47 and wounded dozens more"
    if _additional(folded, clause) and not more_of_another_event(folded, clause, event):
        return INCREMENT
    if _identified(folded, clause):
        return IDENTIFIED
    if event in _HARMED and discharged(folded, clause):
        return DISCHARGED  # "Sixteen people injured in the blast have been discharged"
    if event == "killed" and _AT_THE_SCENE.search(folded, own_start, clause.end):
        return "at the scene"
    if event == "killed" and (
        _BODIES.search(folded, clause.figure_start, clause.figure_end)
        or _BODIES_OF.search(folded, max(0, clause.figure_start - 20), clause.figure_start)
    ):
        return BODIES  # "68 bodies were recovered", "the bodies of three fallen officers"
    if event == "charged" and _AS_A_CLASS.search(folded, own_start, clause.end):
        return AS_A_CLASS  # "one student was charged as an adult": the other as a juvenile
    if event == HOSPITALISED and _INTENSIVE.search(folded, own_start, clause.end):
        return "critical"  # "four patients were in intensive care": some of those in hospital
    if event == "injured":
        severity = _SEVERITY.search(folded, own_start, clause.end)
        if severity and _PART_BEFORE.search(folded, clause.figure_end, severity.start()):
            severity = None  # "injured five others, two of them critically": a part's
        if severity:
            if severity.group("hospital"):
                return "at one hospital"
            return "minor" if severity.group("minor") else "critical"
    return ""


# "charged as an adult", "tried as juveniles": those of one court's class, some of the
# people charged
AS_A_CLASS = "as adults or juveniles"
_AS_A_CLASS = re.compile(r"\bas\s+(?:an?\s+)?(?:adults?|juveniles?|minors?)\b", re.I)
_HARMED = frozenset({"injured", "shot", HOSPITALISED})  # those a discharge sends home
_INTENSIVE = re.compile(r"\b(?:intensive[\s-]care|icu)\b", re.I)


# a count over a whole country, state or region ("40 people have died nationwide", "at least
# 70 injured in cities across the country", "Nationwide, the floods have killed 20"): it holds
# the story's local counts ("12 killed in the city"), never equals them
WIDE = "nationwide"
_WIDE = re.compile(
    r"""\b(?:nationwide|countrywide|statewide|province-wide|state-wide|nation-wide
       |(?:across|throughout|around)\s+the\s+(?:country|nation|state|province|region|island)
       |in\s+the\s+whole\s+(?:country|state|province|region))\b""",
    re.I | re.X,
)
_WIDE_WORDS = ("wide", "across", "throughout", "around", "whole")
_CLAUSE_OPENS = re.compile(r"\b(?:after|in\s+which|when|where|which|that|who|because)\b", re.I)


def _wide(folded: str, clause: Clause) -> bool:
    """Whether the figure's clause, or the sentence's opening words before it ("Nationwide,
    ..."), say its count covers a whole country, state or region."""
    if may_hold_any(folded[clause.start : clause.end], _WIDE_WORDS):
        # the figure's own clause: from the last word that opens a clause before it
        # ("ordered inspections across the country after a collapse in which 16 people were
        # killed": the country is the inspections')
        opens = [m.end() for m in _CLAUSE_OPENS.finditer(folded, clause.start, clause.figure_start)]
        own = opens[-1] if opens else clause.start
        if _WIDE.search(folded, own, clause.end):
            return True
    opening = clause.sentence_start
    if 0 <= opening < clause.start:
        lead = _WIDE.match(folded, opening, min(clause.start, opening + 40))
        return lead is not None
    return False


# "six children were among the dead", "three officers are also among those killed"
_AMONG = re.compile(r"\s+(?:(?:were|are|was|is)\s+)?(?:also\s+)?among\s+(?:the|those)\b", re.I)


_BEFORE, _AFTER = "before", "after"


def _additional(folded: str, clause: Clause) -> str:
    """ "another 27 people", "three more", "nine additional victims": the word may stand
    before the figure (_BEFORE) or between it and its noun (inside the quote) or right after
    it (_AFTER); "" when there is none. "More" after a figure set beside a count of another
    event counts all of its own ("killed 47 and wounded dozens more": scope_of)."""
    start = max(clause.start, clause.figure_start - _ADDITIONAL_REACH)
    if may_end_with(folded[start : clause.figure_start], _ADDITIONAL_WORDS) and (
        _ADDITIONAL_BEFORE.search(folded, start, clause.figure_start)
    ):
        return _BEFORE
    after = _ADDITIONAL_AFTER.search(folded, clause.figure_start, clause.end)
    return _AFTER if after is not None and after.start() <= clause.figure_end else ""


def _identified(folded: str, clause: Clause) -> bool:
    """Whether the figure counts those identified (named) so far."""
    before = max(clause.start, clause.figure_start - _IDENTIFIED_BEFORE_REACH)
    if may_end_with(folded[before : clause.figure_start], _IDENTIFIED_WORDS) and (
        _IDENTIFIED_BEFORE.search(folded, before, clause.figure_start)
    ):
        return True
    end = min(clause.end, clause.figure_end + _IDENTIFIED_REACH)
    if not may_hold_any(folded[clause.figure_end : end], ("identified", "named")):
        return False  # every match holds one of them
    return _IDENTIFIED_AFTER.search(folded, clause.figure_end, end) is not None


def _one_of_several(folded: str, clause: Clause, event: str) -> bool:
    """Whether a figure of one is one member of a list of victims: "one other victim", the
    first of "one shot in the back and two in the leg", or (for the shot and injured; "one
    victim died" is often the whole toll) "one victim"."""
    start = clause.figure_start
    if folded[start : start + 3].lower() != "one":
        return False
    if _OTHER_MEMBER.match(folded, start):
        return True
    if event != "killed" and _ONE_VICTIM.match(folded, start):
        return True
    end = clause.sentence_end if clause.sentence_end > start else clause.end
    return bool(_NEXT_MEMBER.search(folded, clause.figure_end, end))
