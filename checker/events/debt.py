"""A deal's value told with the debt the buyer takes on: its enterprise value, a kind of
money apart from the price of the shares (checker.events.kinds.money_kind). The sentence opens
with it ("Including debt, the deal values Baltmar at $4.1 billion", "Including about $520m of
net debt, ...") or it follows the amount ("valuing the company at €8.2bn including debt",
"worth £5.3bn, debt included"); not another amount's ("$3.2bn, or $4.1bn including debt":
only the second)."""

from __future__ import annotations

import re

ENTERPRISE_VALUE = "enterprise value"
_DEBT = r"(?:including|plus)\s+(?:[\w'\u2019$\u20ac\u00a3.,-]+\s+){0,5}?(?:net\s+)?debts?\b"
_WITH_DEBT_OPENING = re.compile(rf"\W*{_DEBT}", re.I)
_WITH_DEBT_AFTER = re.compile(
    rf"[^$\u20ac\u00a3\d;]{{0,30}}?\b(?:{_DEBT}|debts?\s+included\b)", re.I
)


def debt_after(text: str, end: int) -> bool:
    """Whether the words right after an amount add the debt to it ("€8.2bn including
    debt"): the debt is then the nearest word of money, and the deal is told before it."""
    return _WITH_DEBT_AFTER.match(text, end) is not None


def debt_before(text: str, start: int) -> bool:
    """Whether the words that open an amount's sentence, before it, add the debt to it
    ("Including debt, the deal values Baltmar at $4.1 billion")."""
    opening = _WITH_DEBT_OPENING.match(text)
    return opening is not None and opening.end() <= start
