"""Figures a verb before them sends to hospital: "sent five people to the hospital", "rushed
three to area hospitals", "took three of the victims to a hospital" count those taken to
hospital, whatever event word stands earlier in the clause ("the shooting that killed one
man and sent three others to the hospital": the three were not killed)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from checker.extract.measures import Clause

HOSPITALISED = "hospitalised"
_REACH = 40  # characters before the figure where the verb may end
# the verb, then words that pick or bound the figure ("sent at least two", "took all four")
_VERB_BEFORE = re.compile(
    r"""\b(?:sent|sends|send|sending|rushed|rushes|rushing|took|takes|taking|transported
       |transports|transporting|brought|brings|bringing|airlifted|airlifting|flew|drove)
       \s+(?:(?:at\s+least|more\s+than|about|nearly|some|another|the|all|an?)\s+)*$""",
    re.VERBOSE | re.I,
)
# after the figure and its noun (at most four more words: "three of the victims"): where to
_TO_HOSPITAL = re.compile(
    r"""(?:\s+[\w'-]+){0,4}?\s+to\s+
       (?:(?:the|a|an|area|local|nearby|several|two|three|different|separate)\s+)?hospitals?\b""",
    re.VERBOSE | re.I,
)


def sent_to_hospital(folded: str, clause: Clause) -> bool:
    """Whether the figure is the object of a verb that takes it to hospital."""
    return (
        _TO_HOSPITAL.match(folded, clause.figure_end, clause.end) is not None
        and _VERB_BEFORE.search(
            folded, max(clause.start, clause.figure_start - _REACH), clause.figure_start
        )
        is not None
    )


DISCHARGED = "discharged"
# the main predicate of a figure whose participle tells the harm: "Sixteen people injured in
# Friday night's blast have been discharged", "four people who were wounded in the shooting
# have been released": those sent home, a part of the injured
_DISCHARGED_AFTER = re.compile(
    r"""\b(?:(?:have|has|had)\s+(?:all\s+|since\s+|now\s+|already\s+)?been
          |(?:were|was)(?:\s+(?:all|later|since|already))?)
       \s+(?:discharged|released\s+from\s+(?:the\s+)?hospitals?|sent\s+home|released\b(?!\s+(?:on|from\s+(?:custody|jail|prison))))""",
    re.VERBOSE | re.I,
)
# the harm and its discharge told as one predicate ("were injured and have since been
# released" counts all the injured), or the discharge told of another subject after a
# comma ("Of the 27 workers taken to hospital, the rest have been discharged")
_NOT_ITS_OWN = re.compile(r"\band\s+$|[,;:]", re.I)
# a figure that opens "Of the 27 workers ...": the whole its parts are taken from
_OF_BEFORE = re.compile(r"\bof\s+(?:the|those|these|its|their)\s+$", re.I)


def discharged(folded: str, clause: Clause) -> bool:
    """Whether the main predicate of a figure of harmed people sends them home ("Sixteen
    people injured in the blast have been discharged"): it counts those discharged."""
    found = _DISCHARGED_AFTER.search(folded, clause.figure_end, clause.end)
    if found is None or _NOT_ITS_OWN.search(folded, clause.figure_end, found.start()):
        return False
    before = max(clause.start, clause.figure_start - 12)
    return _OF_BEFORE.search(folded, before, clause.figure_start) is None
