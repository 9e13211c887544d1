"""A person one outlet names by surname alone, across the story: "Smith, 22, died at the
scene" in an article that never gives his first name is the one full name of that surname
the story's documents give ("Dashwan Smith"), when they give exactly one.

checker.extract.people binds an age to a name within its document only (a surname alone
stands for the one full name its own document gives); outlets that name a victim in full
once, in another article, left his age in this one bound to no one, so two outlets' ages of
him could not be compared. Several full names of one surname in the story (two brothers)
bind nothing."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from checker.evolve import evolve
from checker.extract.people import AGE, full_names, person_key
from checker.extract.text import fold_text
from checker.model import Claim, Document

# "Smith, 22," / "Smith, aged 22," / "Smith (22)": one capitalised word right before the age
_SURNAME_BEFORE = re.compile(r"\b([A-Z][\w'\u2019-]+)(?:,[ \t]+(?:aged[ \t]+)?|[ \t]+\()$")


def with_story_names(documents: Iterable[Document], claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """The claims, each age told after a surname alone bound to the one full name of that
    surname the story's documents give."""
    unbound = [c for c in claims if _unbound_age(c)]
    if not unbound:
        return claims
    by_surname: dict[str, set[str]] = {}
    for document in documents:
        for name in full_names(fold_text(document.text)):
            by_surname.setdefault(name.rsplit(" ", 1)[-1], set()).add(name)
    bound: dict[str, str] = {}
    for claim in unbound:
        start, _ = claim.span_in_sentence
        before = _SURNAME_BEFORE.search(claim.sentence, max(0, start - 40), start)
        surname = person_key(before.group(1)) if before is not None else ""
        names = by_surname.get(surname, set()) if surname and " " not in surname else set()
        if len(names) == 1:
            bound[claim.claim_id] = next(iter(names))
    if not bound:
        return claims
    return tuple(
        evolve(c, measure=replace(c.measure, event=AGE, entity=bound[c.claim_id]))
        if c.claim_id in bound
        else c
        for c in claims
    )


def _unbound_age(claim: Claim) -> bool:
    return claim.kind == "amount" and claim.unit == "year of age" and claim.measure.event != AGE
