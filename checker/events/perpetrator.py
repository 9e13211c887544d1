"""Whether a toll may or may not count the perpetrator, or an unborn child.

GVA and the press count a shooting's dead both ways: "four dead, including the gunman" and
"the gunman killed three people before killing himself" describe one event. When a text
says the perpetrator died (or, for the injured, was wounded), two figures one apart are
both readings of it, not a discrepancy. So with an unborn child: "five people, including a
pregnant woman, were killed" and "the ambush killed six people: ... an unborn nephew".
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache

from checker.extract.numbers import lexicon as number_lexicon
from checker.model import Claim, Interval

_WHO = r"(?:gunm[ae]n|shooters?|suspects?|attackers?|assailants?|killers?|perpetrators?|bombers?)"
# how many of them: "including four attackers", "all five attackers were killed"
_COUNTS = {word: value for word, value in number_lexicon()["units"].items() if 1 <= value <= 12}
_HOW_MANY = rf"(?:(?:all\s+|the\s+)?(?:\d{{1,2}}|{'|'.join(_COUNTS)}|both)\s+)"
_KIND = r"(?:suspected\s+|alleged\s+|lone\s+)?"
_INCLUDING = rf"\bincluding\s+(?:the\s+|a\s+)?{_HOW_MANY}?{_KIND}{_WHO}\b"
_DIED = rf"""
    {_INCLUDING}
    | \b(?:kill(?:ed|ing|s)?|shot|shoot(?:ing|s)?|turn(?:ed|ing|s)?\s+the\s+gun\s+on
         |and(?:\s+then)?)\s+(?:him|her|them)sel(?:f|ves)\b
    | \btook\s+(?:his|her|their)\s+own\s+li(?:fe|ves)\b | \bself-inflicted\b | \bsuicide\b
    | \b{_HOW_MANY}?{_WHO}\s+(?:was|were|is)\s+(?:also\s+|later\s+)?(?:killed|dead|found\s+dead
         |shot\s+dead|shot\s+and\s+killed|fatally\s+shot)\b
    | \b{_HOW_MANY}?{_WHO}\s+(?:also\s+|later\s+)?died\b
    | \b(?:killed|shot\s+dead|fatally\s+shot)\s+(?:the\s+)?{_HOW_MANY}?{_WHO}
    | \b(?:was|were)\s+(?:fatally\s+shot|shot\s+and\s+killed|shot\s+dead|killed)\s+by
      \s+(?:police|officers|deputies|troopers|(?:a|an)\s+(?:police\s+)?(?:officer|deputy))\b
"""
_NUMBER_OF_THEM = re.compile(rf"\b(\d{{1,2}}|{'|'.join(_COUNTS)}|both)\s+{_KIND}{_WHO}", re.I)
_WOUNDED = rf"""
    {_INCLUDING}
    | \b{_WHO}\s+(?:was|were|is)\s+(?:also\s+|later\s+)?(?:shot|wounded|injured|hurt
         |hospitali[sz]ed)\b
    | \b(?:shot|wounded|injured)\s+(?:the\s+)?{_WHO}
"""
_UNBORN = r"\b(?:unborn|fetus|foetus)\b"
_EVENTS = {"killed": (_DIED, _UNBORN), "injured": (_WOUNDED,), "shot": (_DIED, _WOUNDED)}


def counted_or_not(cue: str) -> str:
    """Who one count may include and the other not, given the words perpetrator_cue found."""
    return "an unborn child" if re.search(_UNBORN, cue, re.I) else "the perpetrator"


@cache
def _cue(event: str) -> re.Pattern[str] | None:
    parts = _EVENTS.get(event)
    return re.compile("|".join(parts), re.VERBOSE | re.I) if parts else None


def perpetrator_cue(
    event: str, claims: tuple[Claim, ...], texts: Mapping[str, str] | None = None
) -> str:
    """The words saying the perpetrator died (was wounded), in the sentences of `claims` or
    else anywhere in the texts of their documents (`texts`: document id -> text), or ""
    when none does or the event is not one a perpetrator can be counted in."""
    cue = _cue(event)
    if cue is None:
        return ""
    documents = {c.document for c in claims}
    # sentences, then whole texts, each in the order of their words, not of their file names
    places = sorted({c.sentence for c in claims})
    places += sorted(texts[d] for d in documents if texts is not None and d in texts)
    for text in places:
        match = cue.search(text)
        if match:
            return " ".join(match.group(0).split())
    return ""


def counted_perpetrators(cue: str) -> int:
    """How many perpetrators the words perpetrator_cue found say died (were wounded): the
    number they give ("including four attackers", "all five attackers were killed"), else
    one ("including the gunman", "killed himself")."""
    match = _NUMBER_OF_THEM.search(cue)
    if match is None:
        return 1
    word = match.group(1).lower()
    return 2 if word == "both" else int(word) if word.isdigit() else _COUNTS[word]


def apart_by(a: Interval, b: Interval, people: int = 1) -> bool:
    """Whether the figures could differ only by `people` people (the perpetrators)."""
    widened = Interval(
        a.low - people if a.low is not None else None,
        a.high + people if a.high is not None else None,
        a.low_open,
        a.high_open,
    )
    return widened.overlaps(b)
