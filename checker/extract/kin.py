"""Counts of someone's family: "a mother of 12 was killed", "Mother of 13 Zurana Horton
shot", "father of two sons", "the dead man had two young sons". Such a figure is a fact
about one person (their children), not a toll: checker.extract.claims reads it as no count
of the event. Words are data (checker/data/people.json: parents, kin)."""

from __future__ import annotations

import re
from functools import cache

from checker.extract.text import last_words, may_end_with
from checker.vocab import alternation, load_data


@cache
def _kin_before() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(load_data('people')['parents'])})\s+of\s+$", re.I)


# a family told by whom someone has or leaves ("have" and "having" also say who is held or
# treated: "police have two children in custody"): "had two young sons", "leaves behind three
# kids", "is survived by four children" (the kin nouns of people.json)
_HAS_BEFORE = re.compile(
    r"\b(?:ha[sd]|leaves(?:\s+behind)?|left\s+behind|survived\s+by|raising|raised)"
    r"\s+$",
    re.I,
)
_HAS_LAST_WORDS = last_words("has had leaves behind by raising raised".split())  # of _HAS_BEFORE


@cache
def _kin_after() -> re.Pattern[str]:
    kin = load_data("people")["kin"]
    # not a place or state after the noun: "has two children in hospital" are patients
    after = r"(?!\s+(?:in|at|under|on)\b)"
    return re.compile(rf"\s+(?:[a-z]+\s+)?(?:{alternation(kin)})\b{after}", re.I)


def kin_count(folded: str, start: int, end: int) -> bool:
    """Whether the figure from `start` (its number ending at `end`) counts someone's
    family: "a mother of 12 was killed", "Mother of 13 Zurana Horton shot", "father of two
    sons", "the dead man had two young sons" (a fact about one person, no toll)."""
    window = folded[max(0, start - 30) : start]
    if " of " in window[-4:].lower() and _kin_before().search(window) is not None:
        return True
    return (
        may_end_with(window, _HAS_LAST_WORDS)  # searched, _HAS_BEFORE is tried everywhere
        and _HAS_BEFORE.search(window) is not None
        and _kin_after().match(folded, end) is not None
    )
