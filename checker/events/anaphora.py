"""Sentences that point back at the one before them ("That fire, which killed 23 people,
is still the deadliest ..."): the time the sentence before tells is theirs, so a figure of
a background event told over two sentences stays with that event."""

from __future__ import annotations

import re

from checker.model import Claim

# a sentence that opens by pointing back at the one before: "That fire, which killed 23
# people, ...", "That night, 12 people were shot", "That year the city recorded 305"
_POINTS_BACK = re.compile(
    r"(?:That|Those)\s+(?!(?:is|was|are|were|has|had|have|will|would|could|may|might|said)\b)"
    r"[a-z]+\b"
)
_BETWEEN_SENTENCES = 3  # characters at most between the end of one sentence and the next


def dates_of(claim: Claim, dates: dict[tuple[str, int], tuple[Claim, ...]]) -> tuple[Claim, ...]:
    """The dates of a figure's sentence; for a sentence with none that points back at the
    one right before it ("That fire ..."), that sentence's dates: the time it tells is its."""
    own = dates.get((claim.document, claim.sentence_start), ())
    if own or not _POINTS_BACK.match(claim.sentence):
        return own
    before = [
        found
        for (document, start), found in dates.items()
        if document == claim.document
        and 0 <= claim.sentence_start - start - len(found[0].sentence) <= _BETWEEN_SENTENCES
    ]
    return before[0] if before else ()
