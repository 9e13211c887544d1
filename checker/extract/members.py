"""Figures whose event is told around a word other than a counted noun.

- Lives: "claimed 50 lives", "cost more than 250,000 lives", "50 lives were lost" count the
  dead only with a verb of loss; "shattered 100 lives", "saved 20 lives" count none.
- The dead told by an adjective before their noun: "two slain victims", "three dead
  burglars", "the two murdered women".
- Members of a group told before their predicate: "Two of the victims were killed", "two of
  the men died at the apartment", "all three of them were shot and killed". The figure counts
  those of the group the predicate happened to: "two of the seven shot" were killed, and the
  group ("the victims") is no count of that event. Read by checker.extract.measures.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from checker.extract.lexicons import measure_lexicon
from checker.vocab import load_data

if TYPE_CHECKING:
    from checker.extract.measures import Clause

LIVES = ("lives", "life")
_LIVES_REACH = 40  # characters before the figure where "claimed" or "cost" may end
# " of the victims", " of them", " of the men", " of those": the group, then its predicate
# "of the four victims", "of the train's 62 cars": a group may hold a figure of its own
_OF_GROUP = re.compile(
    r"\s+of\s+(?:them|those|whom|(?:the|these|those|its|their)(?:\s+[\w-]+['\u2019]s)?"
    r"(?:\s+[a-z0-9][\w,-]*){1,3}?)"
    r"(?=\s+(?:were|was|have|had|has|are|is|died|later|also|all|both)\b)",
    re.I,
)


def lives_lost(folded: str, clause: Clause) -> bool:
    """Whether "lives" after a figure count the dead: with a verb of loss before or after."""
    lex = measure_lexicon()
    start = max(clause.start, clause.figure_start - _LIVES_REACH)
    if lex.lives_loss_before.search(folded, start, clause.figure_start):
        return True
    return lex.lives_loss_after.match(folded, clause.figure_end, clause.end) is not None


def group_end(folded: str, clause: Clause) -> int:
    """Where the group after a bare figure ends ("Two [of the victims] were killed"), so that
    its predicate is read from there; -1 when no group follows the figure."""
    group = _OF_GROUP.match(folded, clause.figure_end, clause.end)
    return group.end() if group else -1


@cache
def _dead_adjectives() -> frozenset[str]:
    return frozenset(load_data("measures")["dead_adjectives"])


def dead_before_noun(written: str) -> bool:
    """Whether a counted phrase opens with an adjective of death ("slain victims", measures.json
    dead_adjectives)."""
    first = written.split(None, 1)[0].lower() if written.strip() else ""
    return first in _dead_adjectives() and " " in written.strip()
