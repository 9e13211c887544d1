"""People someone spoke to: "interviewed 22 injured people", "spoke with three witnesses",
"talked to more than 30 sources". They are whom a reporter, a group or the police reached,
a sample of those the story is about, never the count of an event (22 injured people
interviewed by a rights group are not all the injured). Read by checker.extract.measures."""

from __future__ import annotations

import re

_CONTACTED = re.compile(
    r"""\b(?:interview(?:ed|ing|s)?|survey(?:ed|ing|s)?|poll(?:ed|ing|s)?|questioned
       |(?:spoke|speaking|talked|talking|met|meeting)\s+(?:to|with))
       \s+(?:(?:more\s+than|about|some|at\s+least|nearly|almost|over|around)\s+)?$""",
    re.VERBOSE | re.I,
)
_REACH = 40  # characters before the figure where the verb may start


def contacted(folded: str, figure_start: int) -> bool:
    """Whether the figure at `figure_start` counts people someone spoke to."""
    return _CONTACTED.search(folded, max(0, figure_start - _REACH), figure_start) is not None
