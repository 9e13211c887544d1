"""Others' expectation of a figure, not the figure: "$6.48 billion expected", "an estimate of
$1.65 a share", "analysts had forecast 3.1%" (checker.events.kinds reads no kind of such an
amount or percentage: it is no figure of the event)."""

from __future__ import annotations

import re

from checker.model import Claim

# analysts' expectation of a figure, not the figure: "$6.48 billion expected", "an estimate of
# $1.65 a share", "analysts had forecast 3.1%" (the company's own forecast is guidance)
_EXPECTED_BEFORE = re.compile(
    r"""\b(?:expected|expecting|expectations?\s+of|estimates?\s+of|estimated|forecasts?\s+of
       |forecast|forecasting|consensus(?:\s+estimate)?(?:\s+of)?|projected|anticipated
       |predicted|polled\s+by\s+[\w\s]{1,30}?\s+had\s+(?:expected|forecast))
       \s+(?:(?:an?|the|about|around|roughly|some|of)\s+)*$""",
    re.VERBOSE | re.I,
)
_EXPECTED_WORD = r"(?:expected|estimated|forecast|projected|anticipated)"  # after the figure
_EXPECTED_AFTER = re.compile(rf"\s+{_EXPECTED_WORD}\b", re.I)
_EXPECTED_END = re.compile(rf"\s{_EXPECTED_WORD}$", re.I)
_QUALIFIED = re.compile(r"^(?:an?\s+)?estimated\b", re.I)  # "an estimated $3 billion": about


def expected(claim: Claim) -> bool:
    """Whether an amount or a percentage is someone's expectation of the figure rather than
    the figure: an expectation word right before it or right after it."""
    start, end = claim.span_in_sentence
    text = claim.sentence
    before = _EXPECTED_BEFORE.search(text, max(0, start - 60), start)
    if before is not None and not _QUALIFIED.match(before.group(0).strip()):
        return True
    # the word may have been read as the figure's noun: "$6.48 billion expected"
    return _EXPECTED_AFTER.match(text, end) is not None or bool(_EXPECTED_END.search(claim.quote))
