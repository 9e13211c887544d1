"""What a percentage change is measured against: the month before, the same time a year
before, or the quarter before. An economic release gives several changes of one measure
("Retail sales rose 0.4% in March from February ... 0.8% lower than in March 2023 ... up
1.1% in the three months to March"): each is compared only with other outlets' changes
against the same base, so that two outlets' monthly changes meet and neither meets the
annual one. A change with no base written keeps its measure alone."""

from __future__ import annotations

import re

from checker.extract.timex_vocab import MONTHS
from checker.model import Claim
from checker.vocab import alternation

MONTHLY = "on the month"
YEARLY = "on the year"
QUARTERLY = "on the quarter"

_MONTH = alternation(sorted(MONTHS, key=len, reverse=True))
_BASES = (
    (
        YEARLY,
        re.compile(
            rf"""\b(?:year[- ](?:on|over)[- ]year|y/y|annual(?:ly)?|on\s+the\s+year
               |(?:from|than|on|with|to|over)\s+(?:a|one|the\s+previous)\s+year\s+(?:earlier|ago|before)
               |(?:from|than|on|with|to)\s+the\s+same\s+(?:month|quarter|period|time)\s+(?:of\s+|in\s+|a\s+)?(?:last|the\s+previous|a)\s+year
               |(?:from|than|on|with|compared\s+to)\s+(?:{_MONTH})\.?\s+(?:of\s+)?(?:19|20)\d\d
               |(?:over|in)\s+the\s+(?:past|last|previous)\s+(?:12|twelve)\s+months
               |over\s+the\s+(?:past\s+|last\s+)?year|in\s+the\s+year\s+to)\b""",
            re.I | re.X,
        ),
    ),
    (
        QUARTERLY,
        re.compile(
            r"""\b(?:quarter[- ](?:on|over)[- ]quarter|q/q|on\s+the\s+quarter
               |(?:in|over)\s+the\s+(?:three|3)\s+months
               |(?:from|than|on|with|to)\s+the\s+(?:previous|prior|preceding)\s+(?:quarter|three\s+months))\b""",
            re.I | re.X,
        ),
    ),
    (
        MONTHLY,
        re.compile(
            rf"""\b(?:month[- ](?:on|over)[- ]month|m/m|on\s+the\s+month
               |(?:from|than|on|with|to|over)\s+(?:a|one|the\s+previous)\s+month\s+(?:earlier|ago|before)
               |(?:from|than|on|with|to)\s+the\s+(?:previous|prior|preceding)\s+month
               |(?:from|than|with|compared\s+to|over)\s+(?:{_MONTH})\b(?!\.?\s+(?:of\s+)?(?:19|20)\d\d))""",
            re.I | re.X,
        ),
    ),
)
_CLAUSE = re.compile(r"[;]|\band\b|,\s+(?:while|but|and)\b", re.I)


def change_basis(claim: Claim) -> str:
    """MONTHLY, YEARLY or QUARTERLY for a change whose sentence names its base nearest the
    figure (in the figure's clause after it, else before it); "" when none is named."""
    text, (start, end) = claim.sentence, claim.span_in_sentence
    after_end = len(text)
    cut = _CLAUSE.search(text, end)
    if cut is not None:
        after_end = cut.start()
    # (0, distance) for a base after the figure in its clause, (1, distance) before it:
    # the nearest after, else the nearest before
    found: list[tuple[tuple[int, int], str]] = []
    for basis, pattern in _BASES:
        for match in pattern.finditer(text):
            if end <= match.start() < after_end:
                found.append(((0, match.start() - end), basis))
            elif match.end() <= start:
                found.append(((1, start - match.end()), basis))
    return min(found)[1] if found else ""
