"""The count a figure is the value of when a subject named before it reached it: "the death
toll from Friday's earthquake in Morocco rose to 2,122", "the number of people killed in
Saturday's collapse in Kafr el-Tawil rose to nine". However many words stand between the
subject and its verb, the figure is that count's (read by checker.extract.measures for a
figure's event, and by checker.findings.figures for a bare count that says what it counts).
"""

from __future__ import annotations

import re

from checker.extract.lexicons import measure_lexicon, normalise

# "the death toll from Thursday's 7.0 magnitude quake rose to [130]": the toll is the subject
# of a verb of reaching, however many words or figures stand between them
REACHED_BEFORE = re.compile(
    r"\b(?:rose|risen|rises|climbed|climbs|jumped|increased|reached|reaches|stands|stood|"
    r"hit|hits|is\s+now|was\s+now)\s+(?:to\s+|at\s+)?$",
    re.I,
)
TOLL = re.compile(r"\b(?:death\s+)?toll\b", re.I)


# "the number of people killed in Saturday's collapse in Kafr el-Tawil rose to [nine]": a
# count named by its event word, the subject of a verb of reaching as a toll is
_NUMBER_OF = re.compile(
    r"\bthe\s+number\s+of\s+(?P<people>people\s+|persons\s+|those\s+)?(?P<event>[a-z]+)\b",
    re.I,
)


def reached_count(text: str, start: int, figure: int, reach: int | None = None) -> str:
    """The event of the count the figure at `figure` is the value of, named in
    text[start:figure] as the subject of a verb of reaching right before the figure (from
    `reach` on), however far: a toll's ("killed"), or the number of people an event word
    names ("the number of injured rose to 17", "the number of people infected ... reached
    173"); "" for none, and for money."""
    window = max(start if reach is None else reach, figure - 24)
    if text[figure] in "$\u20ac\u00a3" or not REACHED_BEFORE.search(text, window, figure):
        return ""
    if TOLL.search(text, start, figure) is not None:
        return "killed"
    named = list(_NUMBER_OF.finditer(text, start, figure))
    return _people_event(named[-1]) if named else ""


def number_reached(text: str, start: int, figure: int) -> str:
    """The event of "the number of <people> <event>" that a figure is the value of, told as
    the subject of a verb of reaching right before it, with no toll between ("The number of
    people hurt when part of the roof collapsed ... rose to 17": injured); "" otherwise. It
    names the figure's event before any nearer event word, which tells of something else."""
    if not REACHED_BEFORE.search(text, max(start, figure - 24), figure):
        return ""
    named = list(_NUMBER_OF.finditer(text, start, figure))
    if not named or TOLL.search(text, named[-1].end(), figure) is not None:
        return ""
    return _people_event(named[-1])


def _people_event(named: re.Match[str]) -> str:
    """The event of "the number of ..." when it counts people: by their noun ("the number of
    people infected"), or by an event that counts people ("the number of injured"); not
    things ("the number of homes destroyed")."""
    lex = measure_lexicon()
    event = lex.event_of_word.get(normalise(named["event"]), "")
    return event if named["people"] or event in lex.people_events else ""
