"""Vote tallies: "the House passed the bill 256-167", "by a vote of 256 to 163", "the Senate
voted 51-49". A tally is two counts of one vote, the votes for and the votes against, and
outlets telling one vote can disagree on either (issue 14, politics stories: "votes").
Before, the second number of "256-167" was dropped as a code and the first counted nothing.

A tally needs a word of voting before it in its clause (voted, passed, approved, confirmed
...; vote_cues in measures.json; a bill's long name may stand between: "passed the Trust
Fund (Special Withdrawal) Bill 14-5") and two whole numbers of at most three digits, or
thousands written with commas ("voted 1,412 to 1,290", a union's ballot), joined by a
hyphen, a dash, "to" or "votes to" ("by 310 votes to 262"), not after "from" or "between"
(a change or a range), either of them spelled before or after "votes to" as house styles
write small numbers ("by 12 votes to seven", "by nine votes to six"). Unless the word is
"vote" or "voted", the sentence must name the body that voted (the Senate, the House, a
committee): a game's score ("defeated Drake 65-53") names none. The body is the tally's
agent, so that two chambers' votes are not compared.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from checker.extract.lexicons import may_hold_any
from checker.extract.numbers import lexicon as numbers_lexicon
from checker.extract.numbers import small_number_words
from checker.extract.text import sentence_spans
from checker.vocab import alternation, load_data

VOTES_FOR = "votes for"
VOTES_AGAINST = "votes against"
# those who voted one way (measures.json events), as the tally of the vote counts them: "27
# members voted in favour" is the tally's "31 votes to 17" (checker.events.frames)
TALLY_OF_VOTERS = {"voted for": VOTES_FOR, "voted against": VOTES_AGAINST}
STEP = "a step of the measure"  # measures.json vote_steps: an amendment's vote, a motion's


@dataclass(frozen=True)
class Tally:
    yes_start: int
    yes_end: int
    no_start: int
    no_end: int
    yes: int
    no: int
    body: str  # the chamber or body that voted, lower case; "" when the sentence names none
    step: str = ""  # STEP when the vote is on an amendment or a motion, not on the measure


# two whole numbers of at most three digits joined by a hyphen, a dash or "to" ("256-167",
# "256 to 163"): found first, case-sensitively, so that the word of voting is looked for
# only before them (the digit comes before the look-behind, so the engine skips ahead)
# "by 310 votes to 262", the British way, as well
_PAIR = re.compile(
    r"(?P<yes>\d(?<![\d,.]\d)(?:\d{0,2}(?!,\d{3})|\d{0,2}(?:,\d{3})+))"
    r"(?:\s*[-\u2013]\s*|(?:\s+votes?)?\s+to\s+)"
    r"(?P<no>\d{1,3}(?:,\d{3})*)(?![\d,.]\d|%|-)"
)
# a pair after "from" or "between" is a change or a range ("voted to raise the cap from
# 1,200 to 1,500"), not a tally
_RANGE_BEFORE = re.compile(r"\b(?:from|between)\s+$", re.I)
# "by 12 votes to seven", "by nine votes to six": a side spelled, as house styles write
# numbers under ten or twenty (a tally told by its own words, so "votes to" is required)
_WORD_SIDE_MOST = 20


@cache
def _spelled_side() -> str:
    """A side of a tally spelled as a word, one to _WORD_SIDE_MOST ("seven", "twelve")."""
    return rf"\b(?i:{alternation(small_number_words(_WORD_SIDE_MOST))})\b"


@cache
def _pairs_spelled() -> tuple[re.Pattern[str], ...]:
    words = _spelled_side()
    digits = r"\d(?<![\d,.]\d)\d{0,2}(?![\d,.]\d)"
    return tuple(
        re.compile(rf"(?P<yes>{yes})\s+votes?\s+to\s+(?P<no>{no})(?!-)")
        for yes, no in ((words, f"{words}|{digits}"), (digits, words))
    )


def _pairs(folded: str) -> list[re.Match[str]]:
    """The pairs of numbers that may be tallies, in order: both in digits, or one spelled
    before or after "votes to"."""
    found = list(_PAIR.finditer(folded))
    if may_hold_any(folded, (" to ",)):
        found += (pair for pattern in _pairs_spelled() for pair in pattern.finditer(folded))
        found.sort(key=lambda m: m.start())
    return found


def _side(number: str) -> int:
    """A side of a tally: digits ("1,204") or a spelled number ("seven")."""
    digits = number.replace(",", "")
    return int(digits) if digits.isdigit() else numbers_lexicon()["units"][number.lower()]


_CUE_REACH = 100  # characters before a tally where its word of voting may start
_VOTES_TO = re.compile(r"\svotes?\s+to\s")  # "by 310 votes to 262": a tally by its own words
_VOTE_AFTER = re.compile(r"\s+(?:vote|votes|tally)\b", re.I)


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    data = load_data("measures")
    # the word of voting, then at most 80 characters with no digit or sentence stop but those
    # of an amount of money ("passed the $1.3 trillion measure 268-134", "passed the Casino
    # Gaming (Integrated Resorts) Bill in the early hours of Thursday by 12 votes to seven")
    cue = re.compile(
        rf"\b(?P<cue>{alternation(data['vote_cues'])})\b(?:[^.;:!?\d$]|\$\d[\d,.]*\d){{0,80}}?$",
        re.I,
    )
    body = re.compile(rf"\b(?:{alternation(data['vote_bodies'])})\b", re.I)
    voted = re.compile(rf"\b(?:{alternation(data['vote_words'])})\b", re.I)
    voted_on = re.compile(rf"\b(?:{alternation(data['vote_objects'])})\b", re.I)
    thing = re.compile(
        rf"\b(?:{alternation([*data['vote_objects'], *data['vote_steps']])})\b", re.I
    )
    return cue, body, voted, voted_on, thing


@cache
def _cue_words() -> tuple[str, ...]:
    """Words one of which every word of voting holds, lower case ("vote" for "voted" and
    "vote of"): a text without any has no tally (lexicons.may_hold_any)."""
    firsts = {cue.split()[0].lower() for cue in load_data("measures")["vote_cues"]}
    firsts |= {"ruling", "decision", "opinion", "verdict"}  # a court's split (_court_split)
    return tuple(sorted(w for w in firsts if not any(v != w and v in w for v in firsts)))


def tallies(folded: str, sentence_start: Callable[[int], int] | None = None) -> list[Tally]:
    """Every vote tally of a text, in order. `sentence_start` gives where the sentence
    holding a position starts (the text's own sentences when None)."""
    if not may_hold_any(folded, _cue_words()):
        return []  # no word of voting (97 of the 100 shorter pages of throughput.py's sample)
    pairs = _pairs(folded)
    sides = may_hold_any(folded, ("against",))  # "208 voting in favour and 115 against"
    if not pairs and not sides:
        return []
    start_of = sentence_start or _sentence_starts(folded)
    cue_re, body_re, voted_re, object_re, thing_re = _patterns()
    found = []
    for pair in pairs:
        if _RANGE_BEFORE.search(folded, max(0, pair.start() - 9), pair.start()):
            continue
        cue = cue_re.search(folded, max(0, pair.start() - _CUE_REACH), pair.start())
        # "approved the charge on Wednesday evening by 31 votes to 17": the words of the
        # tally say it is one, wherever the verb stands
        by_words = _VOTES_TO.search(pair.group(0)) is not None
        if cue is None and not by_words:
            if (court := _court_split(folded, pair, start_of, body_re)) is not None:
                found.append(court)
            continue
        sentence = start_of(pair.start() if cue is None else cue.start())
        bodies = body_re.findall(folded, sentence, pair.start())
        # a word of voting anywhere from the cue ("passed by a vote of"), a thing voted on
        # in the sentence ("the bill passed 240-188"), or "vote" after ("in a 9-2 vote")
        if cue is not None and not (
            bodies
            or by_words  # "The plan was approved by 31 votes to 24": a tally by its words
            or voted_re.search(folded, cue.start(), pair.start())
            or object_re.search(folded, sentence, pair.start())
            or _VOTE_AFTER.match(folded, pair.end())
        ):
            continue  # "won the game 65-53": a score, no body voting
        own = _own_clause(folded, sentence, pair.start())
        bodies = body_re.findall(folded, own, pair.start()) or bodies
        found.append(_tally(pair, bodies, _step(folded, sentence, pair, thing_re)))
    for split in _splits(folded) if sides else ():
        if any(t.yes_start <= split.start("no") and split.start("yes") <= t.no_end for t in found):
            continue
        sentence = start_of(split.start())
        found.append(
            _tally(split, body_re.findall(folded, sentence, split.start()),
                   _step(folded, sentence, split, thing_re))
        )  # fmt: skip
    found.sort(key=lambda t: t.yes_start)
    return found


def _splits(folded: str) -> list[re.Match[str]]:
    """The matches of _for_against(), looked for only before each "against" (a literal found
    fast; the pattern opens with a digit, tried at every one of a page)."""
    found: dict[int, re.Match[str]] = {}
    for against in _AGAINST.finditer(folded):
        end = against.end()
        split = _for_against().search(folded, max(0, end - _SPLIT_REACH), end)
        if split is not None:
            found[split.start()] = split
    return [found[start] for start in sorted(found)]


_AGAINST = re.compile("against")
_SPLIT_REACH = 120  # characters a tally told by its sides' words spans at most


# "with 208 MPs voting in favour and 115 against", "72 votes for and 14 against", "14
# members voted in favour, with five against": a tally told by its sides' words
_SIDE_NOUNS = r"(?:[A-Za-z]+\s+){0,2}?(?:(?:voting|voted|votes?|vote)\s+)?"


@cache
def _for_against() -> re.Pattern[str]:
    """A tally told by its sides' words; a side in digits or spelled ("with five against")."""
    side = rf"(?:\d{{1,3}}(?:,\d{{3}})*(?![\d,.]\d)|{_spelled_side()})"
    return re.compile(
        rf"""(?<![\d,.])(?P<yes>{side})\s+{_SIDE_NOUNS}(?:in\s+favou?r|for|yes|aye)\b
            (?:,\s*|\s+)(?:and\s+|with\s+|while\s+|to\s+)?
            (?P<no>{side})\s+{_SIDE_NOUNS}(?:against|no)\b""",
        re.X,
    )


_STEP_AFTER = re.compile(r"[^.;:,!?]{0,80}")  # the rest of the tally's clause after it


def _step(folded: str, sentence: int, pair: re.Match[str], thing_re: re.Pattern[str]) -> str:
    """STEP when the thing voted on nearest the tally, in its sentence before it or in its
    clause after it, is an amendment or a motion ("voted 5-4 to approve an amendment",
    "the amendment passed 5-4"), "" otherwise ("the budget passed 7-2", "voted 51-49")."""
    before = list(thing_re.finditer(folded, sentence, pair.start()))
    rest = _STEP_AFTER.match(folded, pair.end())
    after = thing_re.search(folded, pair.end(), rest.end()) if rest else None
    candidates = [(pair.start() - m.end(), m.group()) for m in before[-1:]]
    if after is not None:
        candidates.append((after.start() - pair.end(), after.group()))
    if not candidates:
        return ""
    _, nearest = min(candidates)
    if nearest.lower().startswith("amendment") and _CONSTITUTIONAL.search(folded):
        return ""  # the document's measure is a constitutional amendment: no step of a bill
    return STEP if nearest.lower() in _steps() else ""


# a constitutional amendment is a measure of its own, voted on as a whole, not a step of a
# bill: "The amendment passed with 118 votes in favour" in an article that "approved a
# constitutional amendment allowing the president a third term"
_CONSTITUTIONAL = re.compile(r"\bconstitutional\s+amendment", re.I)


@cache
def _steps() -> frozenset[str]:
    return frozenset(load_data("measures")["vote_steps"])


# where a clause of its own starts before a tally: "vowed to fight it in the Senate, | after
# the legislation passed the House of Representatives by 84 votes to 61"
_CLAUSE_OPENS = re.compile(
    r"(?:[;:]|,\s+(?=(?:after|before|when|once|since|as|while|until|but|and)\b))\s*", re.I
)


def _own_clause(folded: str, sentence: int, at: int) -> int:
    """Where the clause of a tally at `at` starts: after the last break before it in its
    sentence that opens a clause of its own, or the sentence's start."""
    return max((m.end() for m in _CLAUSE_OPENS.finditer(folded, sentence, at)), default=sentence)


def _tally(pair: re.Match[str], bodies: list[str], step: str = "") -> Tally:
    """The tally of a pair of numbers, with the body its clause names first (else its
    sentence)."""
    return Tally(
        pair.start("yes"),
        pair.end("yes"),
        pair.start("no"),
        pair.end("no"),
        _side(pair["yes"]),
        _side(pair["no"]),
        _body_name(bodies[0]) if bodies else "",
        step,
    )


def _body_name(body: str) -> str:
    """The name a body's tallies are compared under: "justices" and "court" are one body
    (measures.json "vote_body_names")."""
    name = " ".join(body.lower().split())
    return _body_names().get(name, name)


@cache
def _body_names() -> dict[str, str]:
    return dict(load_data("measures")["vote_body_names"])


# "in a 6-3 ruling", "the court's 5-2 decision": a court's split, told by its noun after it
_RULING_AFTER = re.compile(r"[ \t]+(?:ruling|decision|opinion|verdict)\b", re.I)
_COURT = re.compile(r"\b(?:court|justices|judges|panel)\b", re.I)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def _court_split(
    folded: str, pair: re.Match[str], start_of: Callable[[int], int], body_re: re.Pattern[str]
) -> Tally | None:
    """A tally with no word of voting before it, told by "ruling" or "decision" after it in
    a sentence that names a court or its justices ("In a 6-3 ruling, the justices ..."),
    so that a score's "decision win" is not one."""
    if _RULING_AFTER.match(folded, pair.end()) is None:
        return None
    begin = start_of(pair.start())
    stop = _SENTENCE_END.search(folded, pair.end())
    end = stop.start() if stop else len(folded)
    if _COURT.search(folded, begin, end) is None:
        return None
    return _tally(pair, body_re.findall(folded, begin, end))


def _sentence_starts(folded: str) -> Callable[[int], int]:
    """Where the sentence (text.sentence_spans) holding a position starts."""
    starts = [start for start, _ in sentence_spans(folded)]
    return lambda pos: starts[max(0, bisect.bisect_right(starts, pos) - 1)] if starts else 0


# "112 Republicans opposed the measure", "60 Democrats backed it": a party's or a chamber's
# members for or against; said of other people these verbs tell no vote ("residents opposed")
_PARTY_VERB = re.compile(r"\s+(?:(?:also|all|who|had|have)\s+)*(opposed|backed|supported)\b", re.I)
_PARTY_VOTES = {"opposed": "voted against", "backed": "voted for", "supported": "voted for"}


def party_vote(folded: str, start: int, end: int, head: str) -> str:
    """The vote ("voted against", "voted for") a verb right after a count of legislators
    (measures.json "legislators") tells, or ""."""
    if head not in _legislators():
        return ""
    verb = _PARTY_VERB.match(folded, start, end)
    return _PARTY_VOTES[verb.group(1).lower()] if verb else ""


@cache
def _legislators() -> frozenset[str]:
    return frozenset(load_data("measures")["legislators"])
