"""Figures an article says are wrong: the words of an earlier version it corrects
("Correction: An earlier version of this article said the fire broke out on Monday. It
broke out on Tuesday.") and a figure denied right after another ("he was 37 years old, not
39"). They are no claim of the article: they belong to no event (checker.events.attach)
and are compared with nothing. Words: events.json corrected_versions, corrected_texts."""

from __future__ import annotations

import re
from functools import cache

from checker.model import Claim
from checker.vocab import alternation, load_data

CORRECTED = "an error its article corrects"

# ", not 25", ", not on Thursday", ", and not five": the figure right after is denied
_DENIED = re.compile(r",\s+(?:and\s+)?not\s+(?:on|in|at|as|by)?\s*$", re.I)
_CLAUSE_END = re.compile(r";|\s[-\u2013\u2014]\s|\.\s")


@cache
def _version() -> re.Pattern[str]:
    data = load_data("events")
    return re.compile(
        rf"\b(?:an?|the)\s+(?:{alternation(data['corrected_versions'])})\s+of\s+"
        rf"(?:this|the|our)\s+(?:{alternation(data['corrected_texts'])})\b",
        re.I,
    )


def corrected(claim: Claim) -> bool:
    """Whether the figure's own sentence says it is wrong: told as what an earlier version
    of the article said (after those words, in their clause), or denied right after
    another figure (", not 39")."""
    sentence = claim.sentence
    start = max(0, claim.span_in_sentence[0])
    if _DENIED.search(sentence[max(0, start - 20) : start]):
        return True
    version = _version().search(sentence, 0, start)
    if version is None:
        return False
    return _CLAUSE_END.search(sentence, version.end(), start) is None
