"""A whole group told as "all N of" its owner's things: "closed all 14 of its stations",
"all 16 of the utility's pumping stations have been switched". Told so, the count is the
size of the owner's group whatever happened to its members, and meets "the utility's nine
pumping stations" (checker.events.bare.group_owner) and another outlet's "all six of the
company's stations".
"""

from __future__ import annotations

import re

from checker.model import Claim

_ALL_BEFORE = re.compile(r"\ball\s+$", re.I)
# "of its stations", "of the utility's pumping stations", "of Hydra's stations": the owner
# and the plural noun of the group, past one word before it
_OF_OWNER = re.compile(
    r"""\s+of\s+(?:its|their|the\s+(?P<owner>[a-z]+)['\u2019]s|(?P<name>[A-Z][\w-]*)['\u2019]s)
        \s+(?:[a-z-]+\s+)??(?P<noun>[a-z]+s)\b""",
    re.X,
)


def whole_group(claim: Claim) -> tuple[str, str] | None:
    """(owner, what the group counts) of a count told as "all N of" its owner's things: the
    owner lower case, "" for a pronoun ("its"); None for any other count."""
    if claim.kind != "count" or claim.measure.scope:
        return None
    start, end = claim.span_in_sentence
    if not _ALL_BEFORE.search(claim.sentence, max(0, start - 6), start):
        return None
    found = _OF_OWNER.match(claim.sentence, end)
    if found is None:
        return None
    owner = (found["owner"] or found["name"] or "").lower()
    return owner, found["noun"].lower()
