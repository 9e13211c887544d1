"""Counts of charges and sentences: "three counts of attempted murder", "two charges of
aggravated battery", "four sentences of life without parole".

Court copy counts charges with the same words as tolls ("murder", "homicide"), so "charged
with three counts of criminal vehicular homicide" read as three killed (60 such figures on
the tune parts of the corpora). A count of charges is a count of one crime: the crime after
"of" is what is counted, so counts of murder are not compared with counts of attempted
murder. Sentences count nothing outlets would compare.
"""

from __future__ import annotations

import re

from checker.extract.entities import Entity
from checker.model import Measure

CHARGE_NOUNS = frozenset({"count", "counts", "charge", "charges", "sentence", "sentences"})
_CHARGED = "charged"
# the crime after "of": up to four words, ending where the clause does
_CRIME = re.compile(
    r"\s+of\s+((?:[a-z]+(?:-[a-z]+)*\s+){0,3}?[a-z]+(?:-[a-z]+)*)\b"
    r"(?=\s*(?:[,;.()]|and\b|in\b|for\b|against\b|with\b|after\b|$))",
    re.I,
)


def charges_measure(folded: str, entity: Entity) -> Measure:
    """The measure of a count of charges or sentences whose noun is `entity`."""
    if entity.head.startswith("sentence"):
        return Measure(entity="sentences")
    crime = _CRIME.match(folded, entity.end)
    if crime is None:
        return Measure(entity="charges")
    words = " ".join(crime.group(1).lower().replace("-", " ").split())
    return Measure(event=_CHARGED, entity=f"counts of {words}")
