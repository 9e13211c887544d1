"""How long a place or a service was closed: "The runway was closed for about five hours"
and "The runway reopened after just under two hours" tell one length, the closure of the
runway, as "a five-hour closure" would. The closed thing is the noun right before the verb
of a closure in the passive ("was closed", "remained shut", "has been suspended"), the head
of a place's name ("Norrhavn Airport in northern Sweden was closed": the airport), or before
"reopened ... after"; an active closure ("the ministry closed the cave for 60 days") names
its closer first and is left alone, as are pronouns.
"""

from __future__ import annotations

import re

from checker.events.named import singular
from checker.events.vocab import ROUNDING_BEFORE
from checker.model import Claim

# a place closed by its name ("Norrhavn Airport", "the Kalibari Bridge"), perhaps with where
# it lies ("Norrhavn Airport in northern Sweden"): its head noun is the thing closed
_NAMED = r"""(?-i:[A-Z][\w'-]*\s+)(?-i:[A-Z][\w'-]*\s+){0,3}?
    (?P<named>(?-i:Airport|Bridge|Road|Street|Avenue|Highway|Motorway|Freeway|Tunnel|Station
       |Port|Harbour|Harbor|Terminal|Pass|Crossing|Line))
    (?:\s+(?:in|at|near|on)\s+(?:[\w'-]+\s+){0,2}?(?-i:[A-Z][\w'-]*))?"""
_CLOSED_FOR = re.compile(
    rf"""(?:\b(?P<noun>[a-z][a-z-]*)|\b{_NAMED})\s+
       (?:(?:was|were|is|are|has\s+been|had\s+been|have\s+been|will\s+be|would\s+be
          |remained|remains|stayed|stays)\s+)
       (?:closed|shut|shut\s+down|blocked|suspended|halted|cordoned\s+off|locked\s+down)
       (?:\s+[\w-]+){{0,4}}?\s+for\s+{ROUNDING_BEFORE}$
     |\b(?P<reopened>[a-z][a-z-]*)\s+(?:was\s+|were\s+)?reopened(?:\s+[\w-]+){{0,3}}?
       \s+(?:after|within)\s+{ROUNDING_BEFORE}$""",
    re.X,
)
_NO_THING = frozenset({"it", "they", "which", "that", "this", "these", "those", "all", "and"})


def closure_of(claim: Claim) -> str:
    """ "closure of runway" for a duration told as how long the runway was closed, or ""."""
    start = claim.span_in_sentence[0]
    found = _CLOSED_FOR.search(claim.sentence, max(0, start - 110), start)
    if found is None:
        return ""
    noun = found["noun"] or (found["named"] or "").lower() or found["reopened"]
    return "" if noun in _NO_THING else f"closure of {singular(noun)}"
