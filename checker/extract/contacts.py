"""People someone spoke to: "interviewed 22 injured people", "spoke with three witnesses",
"talked to more than 30 sources". They are whom a reporter, a group or the police reached,
a sample of those the story is about, never the count of an event (22 injured people
interviewed by a rights group are not all the injured). Read by checker.extract.measures."""

from __future__ import annotations

import re

from checker.extract.text import last_words, may_end_with

_CONTACTED = re.compile(
    r"""\b(?:interview(?:ed|ing|s)?|survey(?:ed|ing|s)?|poll(?:ed|ing|s)?|questioned
       |(?:spoke|speaking|talked|talking|met|meeting)\s+(?:to|with))
       \s+(?:(?:more\s+than|about|some|at\s+least|nearly|almost|over|around)\s+)?$""",
    re.VERBOSE | re.I,
)
_REACH = 40  # characters before the figure where the verb may start
# the last word of every _CONTACTED match (change them together)
_LAST_WORDS = last_words(
    "interview interviewed interviewing interviews survey surveyed surveying surveys poll"
    " polled polling polls questioned to with than about some least nearly almost over"
    " around".split()
)


def contacted(folded: str, figure_start: int) -> bool:
    """Whether the figure at `figure_start` counts people someone spoke to. The pattern,
    which ends at the figure, is searched only when the word before it can end a match
    (searched, it is tried at every position of the window)."""
    low = max(0, figure_start - _REACH)
    return (
        may_end_with(folded[low:figure_start], _LAST_WORDS)
        and _CONTACTED.search(folded, low, figure_start) is not None
    )
