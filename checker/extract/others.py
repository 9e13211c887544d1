"""Counts of "others": whom they leave out.

"Killed a couple and shot two others", "he and six others were shot", "injuring a police
officer and two others": the others are a part of the event's count, not all of it. "One
was killed and five others were hurt": the others are all the injured.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from checker.extract.lexicons import measure_lexicon, normalise
from checker.vocab import alternation, load_data

if TYPE_CHECKING:
    from checker.extract.entities import Entity
    from checker.extract.measures import Clause


# "he and six others were shot", "arrested the gunman and two others": the others are all
# but one of those shot (arrested)
@cache
def _one_and() -> re.Pattern[str]:
    """ "he and", "Smith and", "the gunman and", "his wife and": one person before "and"
    (a victim's noun of measures.json single_victims, or a perpetrator's)."""
    nouns = alternation([*load_data("measures")["single_victims"], *_PERPETRATORS])
    return re.compile(rf"\b(?:he|she|him|her|[A-Z][a-z]+|(?:the|his|her)\s+(?:{nouns}))\s+and\s+$")


_OTHER = re.compile(r"other\s", re.I)  # "24 other people", "two other victims"
# "the other three dead": all of a count but those the text told before them, a part as
# "others" is (88 counts after "the other" in the data and the batches, mostly "victims",
# which name no event and may be all of another harm's count)
_THE_OTHER = re.compile(r"\bthe\s+other\s+$", re.I)
_PERPETRATORS = ("gunman", "shooter", "suspect", "attacker", "assailant", "bomber", "driver")
# the accused: "two others are charged" are charged besides someone the story names
_ACCUSED = frozenset({"arrested", "charged"})


def part_of_others(folded: str, clause: Clause, entity: Entity | None, event: str) -> str:
    """ "others" that leave someone out of the count: "killed a couple and shot two others"
    (those shot include the dead), "he and six others were shot" (seven were). "Other" before
    a noun ("24 other people were killed") leaves out those of the same harm counted before;
    whom else it leaves out ("a girl shot dead; three other teens were charged") is not
    known, so the rules for "others" alone do not apply to it."""
    if entity is None:
        return ""
    if (
        _THE_OTHER.search(folded, max(0, clause.figure_start - 12), clause.figure_start)
        and measure_lexicon().entity_event.get(entity.head) == event
    ):
        # "The other three dead were plant employees": all of the dead but those told before;
        # not "the other four victims were wounded" (all the wounded, the others of the
        # victims), nor "the other two deputies shot" (deputies keep their class)
        return "others"
    if entity.head != "others":
        other = _OTHER.match(entity.written) is not None
        return "others" if other and _others_of_same(folded, clause, event) else ""
    if (
        event == "shot"
        or event in _ACCUSED
        or _one_and().search(folded, max(0, clause.figure_start - 30), clause.figure_start)
    ):
        return "others"
    return "others" if _others_of_same(folded, clause, event) else ""


# "two are in critical condition and five others were hospitalized": the injured before
_CONDITION = "condition"  # a cue of the injured's state
_INJURED_STATE = re.compile(r"\b(?:critical|serious|stable|grave|fair)\s+condition\b", re.I)


def more_of_another_event(folded: str, clause: Clause, event: str) -> bool:
    """Whether "more" after a figure ("killed 47 people and wounded dozens more", "two were
    killed and five more injured") sets it beside a count of another event, so that it counts
    all of its own event, as "others" does ("one was killed and five others hurt"); not "15
    were killed but three more died" (more of the same event) nor a sentence that counts
    nothing before it ("three more died on Sunday": more than the toll told before)."""
    before = _before(folded, clause)
    cues = _event_cues(before)
    if cues and not before[cues[-1][2] :].strip():
        cues = cues[:-1]  # the cue that governs the figure ("wounded dozens more")
    return bool(cues) and not _same_event(cues[-1][1], event)


def _others_of_same(folded: str, clause: Clause, event: str) -> bool:
    """Whether "others" leave out people the sentence counted in the same event before them:
    "injuring a police officer and two others", "killed his wife before killing four others",
    "two in critical condition and five others hospitalized"; not "killed two and wounded
    four others", "one was killed and five others hurt" (the others are the injured)."""
    if event not in ("killed", "injured", "hospitalised"):
        return False
    before = _before(folded, clause)
    cues = _event_cues(before)
    if not cues:
        # nothing counted before them in their sentence: those the sentence before counted
        # ("... killed 58 civilians. It added that 24 other people were killed")
        cues = _event_cues(_sentence_before(folded, clause))
        return bool(cues) and _same_event(cues[-1][1], event)
    _, last, last_end = cues[-1]
    if before[last_end:].strip():
        # words between the last cue and the figure: the cue is of people counted before
        # them ("injuring a police officer and two others", "condition and five others")
        return _same_event(last, event)
    # the cue governs the figure itself ("killing four others"): the one before it decides
    return len(cues) > 1 and _same_event(cues[-2][1], event)


def _before(folded: str, clause: Clause) -> str:
    """The sentence before the figure (its clause when the sentence is not known)."""
    start = (
        clause.sentence_start if 0 <= clause.sentence_start < clause.figure_start else clause.start
    )
    return folded[start : clause.figure_start]


_SENTENCE_END = re.compile(r"[.!?][\"')]*\s+(?=\S)")
_PREVIOUS_REACH = 300  # characters before the sentence where the one before it is read


def _sentence_before(folded: str, clause: Clause) -> str:
    """The sentence before the figure's, within `_PREVIOUS_REACH` characters ("" when the
    figure's sentence is not known or opens the text)."""
    if clause.sentence_start <= 0:
        return ""
    window = folded[max(0, clause.sentence_start - _PREVIOUS_REACH) : clause.sentence_start]
    ends = [m.end() for m in _SENTENCE_END.finditer(window.rstrip())]
    return window[ends[-1] :] if ends else window


def _event_cues(before: str) -> list[tuple[int, str, int]]:
    """The words of events (and of the injured's state) in `before`, the sentence before the
    figure: (start, event, end), in order."""
    lex = measure_lexicon()
    cues = [
        (m.start(), lex.event_of_word[normalise(m.group(0))], m.end())
        for m in lex.event_pattern.finditer(before)
    ]
    states = [(m.start(), _CONDITION, m.end()) for m in _INJURED_STATE.finditer(before)]
    # "critical condition" is also a word of the injured: the state is what it tells here
    cues = [c for c in cues if not any(s <= c[0] < e for s, _, e in states)] + states
    cues.sort()
    return cues


def _same_event(cue: str, event: str) -> bool:
    # not "shot" for the injured: "three shot, one fatally, two others hurt"; a condition is
    # of the injured and of those in hospital: "one is in critical condition and two others
    # were treated"
    return cue == event or (cue == _CONDITION and event in ("injured", "hospitalised"))
