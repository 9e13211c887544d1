"""Vote tallies: "the House passed the bill 256-167", "by a vote of 256 to 163", "the Senate
voted 51-49". A tally is two counts of one vote, the votes for and the votes against, and
outlets telling one vote can disagree on either (issue 14, politics stories: "votes").
Before, the second number of "256-167" was dropped as a code and the first counted nothing.

A tally needs a word of voting before it in its clause (voted, passed, approved, confirmed
...; vote_cues in measures.json) and two whole numbers of at most three digits joined by a
hyphen, a dash or "to". Unless the word is "vote" or "voted", the sentence must name the
body that voted (the Senate, the House, a committee): a game's score ("defeated Drake
65-53") names none. The body is the tally's agent, so that two chambers' votes are not
compared.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from checker.vocab import alternation, load_data

VOTES_FOR = "votes for"
VOTES_AGAINST = "votes against"


@dataclass(frozen=True)
class Tally:
    yes_start: int
    yes_end: int
    no_start: int
    no_end: int
    yes: int
    no: int
    body: str  # the chamber or body that voted, lower case; "" when the sentence names none


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = load_data("measures")
    tally = re.compile(
        rf"""
        \b(?P<cue>{alternation(data["vote_cues"])})\b  # voted, passed, a vote of ...
        [^.;:!?\d]{{0,40}}?                          # the bill, the measure, by a vote of
        (?<![\d,.])(?P<yes>\d{{1,3}})
        (?:\s*[-\u2013]\s*|\s+to\s+)
        (?P<no>\d{{1,3}})(?![\d,.]\d|%|-)
        """,
        re.I | re.VERBOSE,
    )
    body = re.compile(rf"\b(?:{alternation(data['vote_bodies'])})\b", re.I)
    return tally, body


_VOTE_AFTER = re.compile(r"\s+(?:vote|votes|tally)\b", re.I)


@cache
def _vote_words() -> frozenset[str]:
    return frozenset(load_data("measures")["vote_words"])


def tallies(folded: str) -> list[Tally]:
    """Every vote tally of a text, in order."""
    if not re.search(r"\d\s*[-\u2013]\s*\d|\d\s+to\s+\d", folded):
        return []
    tally_re, body_re = _patterns()
    found = []
    for match in tally_re.finditer(folded):
        begin = match.start()
        sentence_start = max(folded.rfind(". ", 0, begin), folded.rfind("\n", 0, begin), 0)
        bodies = body_re.findall(folded, sentence_start, match.start("yes"))
        voted = " ".join(match["cue"].lower().split()) in _vote_words()
        if not bodies and not voted and not _VOTE_AFTER.match(folded, match.end()):
            continue  # "won the game 65-53": a score, no body voting ("passed in a 9-2 vote")
        found.append(
            Tally(
                match.start("yes"),
                match.end("yes"),
                match.start("no"),
                match.end("no"),
                int(match["yes"]),
                int(match["no"]),
                " ".join(bodies[-1].lower().split()) if bodies else "",
            )
        )
    return found
