"""Shares of the vote and whose they are: "won re-election with 58 percent of the vote",
"capturing 56% of the vote to Reed's 42%", "Her opponent, Mark Reed, finished with 40
percent". A share of the vote is aligned only with shares of the same candidate or party
(its holder: the last name before it in its clause, by surname), so two outlets' results
for one candidate are compared and two candidates' shares never are. Polls are left out: two
outlets often cite different polls. A share of those who voted on a proposal ("87 per cent
of those who cast ballots voting in favour", "78 per cent of members who voted supported
the deal", "rejected by 61% of voters") is held by its side, yes or no."""

from __future__ import annotations

import re
from functools import lru_cache

from checker.events.parties import last_surname
from checker.extract.tallies import VOTES_AGAINST, VOTES_FOR
from checker.model import Claim

VOTE_SHARE = "share of the vote"
SEATS_WON = "won"  # described with what was counted: "seats won"
SEATS = "seats"
# a sentence of results: the share is "of the vote", "of the ballots", "of votes cast"
_OF_THE_VOTE = re.compile(
    r"\bof\s+(?:the\s+)?(?:popular\s+|total\s+)?(?:vote|votes|ballots)(?:\s+cast)?\b", re.I
)
_POLL = re.compile(r"\b(?:poll|polls|polling|survey|surveyed)\b", re.I)
# where the words of a share start: after the share before it (whose holder is named before
# that one: "58 percent of the vote, defeating Mark Reed, who took 40 percent") or a break
_CLAUSE_START = re.compile(r"[;:()]|\d\s*(?:%|percent\b|per\s+cent\b)", re.I)
_HOLDER_REACH = 80  # characters before the share where its holder's name may stand


def vote_share_holder(claim: Claim) -> str:
    """The surname (or party) whose share of the vote a percentage is, or "" when it is no
    share of the vote or names no holder."""
    if claim.kind != "percent" or claim.change:
        return ""
    return _holder(claim.sentence, claim.span_in_sentence[0])


def ballot_side(claim: Claim) -> str:
    """ "yes" or "no" when a percentage is the share of those who voted on a proposal that
    took that side: a word of voting and a word of its side in the clause after the share
    ("87 per cent of those who cast ballots voting in favour", "78 per cent of members who
    voted supported the deal", '63.8 per cent of valid votes, voted "Yes"') or before it
    ("approved by 87% of voters", "voted 78% in favour", 'the "Yes" campaign won 68.3% of
    valid votes'); a side named "Yes" or "No" with a capital or quotes ("no vote" is none);
    "" otherwise, and in a sentence of a poll (a poll's "62% support the bill" is no vote)."""
    if claim.kind != "percent" or claim.change or _RATE_OF_NOUN.search(claim.quote):
        return ""  # "approved a 5 percent tax ... by 241 votes": the rate of a tax
    sentence = claim.sentence
    start, end = claim.span_in_sentence
    if _POLL.search(sentence):
        return ""
    after = _CLAUSE_AFTER.match(sentence, end)
    before = sentence[max(0, start - _SIDE_REACH) : start]
    rest = after.group() if after else ""
    if contrast := _CONTRAST.search(rest):
        rest = rest[: contrast.start()]  # "..., while 41 voted against": another side's clause
    if not (_VOTING.search(rest) or _VOTING.search(before)):
        return ""
    side = _SIDE.search(rest) or _SIDE.search(before)
    return ("no" if side.group("no") else "yes") if side else ""


# a percentage whose quote runs on into the noun it is the rate of: "a 5 percent tax"
_RATE_OF_NOUN = re.compile(r"(?:%|per\s?cent|percent)\s+[a-z]", re.I)
# the rest of a share's clause, to the next stop or semicolon
_CLAUSE_AFTER = re.compile(r"[^.;:!?]{0,90}")
# a clause of its own after a comma, with its own subject and side: "approved by 62 percent
# of voters nationwide, but the north voted against it", "won the support of 71.5 percent
# of the 165 deputies, ... while 41 voted against"
_CONTRAST = re.compile(r",\s+(?:but|while|whereas|although|though|yet)\b", re.I)
_SIDE_REACH = 40
_VOTING = re.compile(r"\b(?:vot(?:e|es|ed|ing|ers)|ballots?|balloted)\b", re.I)
_SIDE = re.compile(
    r"""\b(?:(?P<no>against|opposed|rejected|reject|(?:voted|voting|said)\s+["\u201c']?no
         |(?-i:["\u201c']?(?:No|NO)["\u201d']?)\s+(?:side|campaign|camp|vote))
       |in\s+favou?r|supported|support|backed|approved|accepted|endorsed
       |(?:voted|voting|said)\s+["\u201c']?yes
       |(?-i:["\u201c']?(?:Yes|YES)["\u201d']?)\s+(?:side|campaign|camp|vote))\b""",
    re.I | re.X,
)


VOTES_WON = "votes won"  # a candidate's count of votes, compared for one candidate
VOTE = "vote"  # the unit of a count of votes (checker.extract: "14,212 votes")


# a count still running: "with about 91% of the expected vote counted", "with 80 percent of
# precincts reporting", "partial results", "early returns"
_PARTIAL_COUNT = re.compile(
    r"""\b\d+(?:\.\d+)?\s*(?:%|percent\b|per\s+cent\b)\s+of\s+(?:the\s+|all\s+)?
        (?:expected\s+|estimated\s+|eligible\s+)?
        (?:vote|votes|ballots|precincts|polling\s+(?:stations|places)|districts|returns)\b
      | \b(?:partial|preliminary|early|incomplete|unofficial)\s+
        (?:results|returns|count|counts|tally|tallies)\b
      | \bprecincts\s+reporting\b""",
    re.VERBOSE | re.I,
)


def partial_count(claim: Claim) -> bool:
    """Whether a count of votes is told as one still running ("with about 91% of the
    expected vote counted, Okafor had 34,880 votes"): it grows to the final count, which a
    later report may give (checker.findings.reconcile)."""
    return _PARTIAL_COUNT.search(claim.sentence) is not None


# a figure of the voting day still running: "turnout was 41% by 4 p.m.", "at noon", or an
# estimate or projection of the final one
_RUNNING = re.compile(
    r"""\b(?:by|at|as\s+of|until|up\s+to)\s+(?:about\s+|around\s+)?
        (?:\d{1,2}(?::\d\d)?\s*(?:a\.?m\.?|p\.?m\.?|o'clock)|noon|midday|\d{1,2}:\d\d)
      | \b(?:estimated|estimate|projected|projection|expected|forecast|exit\s+polls?)\b""",
    re.VERBOSE | re.I,
)


def running_count(claim: Claim) -> bool:
    """Whether a figure of an election is told as still running or estimated: part of the
    vote counted (partial_count), a time of the voting day, an estimate or a projection."""
    return partial_count(claim) or _RUNNING.search(claim.sentence) is not None


# a count told as the certified result: "The certified results ... gave Ruiz 612,519",
# "after the county canvass", "the official count": the end of any earlier count's run
_CERTIFIED = re.compile(
    r"\bcertif(?:ied|ication)\b|\bcanvass(?:ed)?\b|\bofficial\s+(?:results|count|tally|returns)\b",
    re.I,
)


def certified_count(claim: Claim) -> bool:
    """Whether a count of votes is told as the certified one: counts of other reports before
    it (late and provisional ballots not yet added) may be lower."""
    return _CERTIFIED.search(claim.sentence) is not None


def votes_holder(claim: Claim) -> str:
    """The candidate (or party) whose count of votes an amount of votes is ("Lindqvist
    received 38,412 votes", "finished first with 38,142 votes"): the last name before it in
    its clause; "" when none, for a change, or in a sentence of a poll."""
    if claim.unit != VOTE or claim.change or _POLL.search(claim.sentence):
        return ""
    return _named_before(claim.sentence, claim.span_in_sentence[0])


def passed_with_votes(claim: Claim) -> bool:
    """Whether an amount of votes is the votes a measure passed with, its votes for: "Congress
    approves parity law with 91 votes", "was approved on Tuesday with 84 votes in the
    150-seat chamber"; not a side told after it ("with 78 votes in favour, 41 against" is a
    tally of its own, checker.extract.tallies), nor a poll's."""
    if claim.unit != VOTE or claim.change or _POLL.search(claim.sentence):
        return False
    start, end = claim.span_in_sentence
    if _PASSED_WITH.search(claim.sentence, max(0, start - _PASSED_REACH), start) is None:
        return False
    return _SIDE_AFTER.match(claim.sentence, end) is None


_PASSED_REACH = 90  # characters before the votes where the verb of passing may stand
_PASSED_WITH = re.compile(
    r"""\b(?:pass(?:ed|es)?|approv(?:ed|es|e)|adopt(?:ed|s)?|ratif(?:ied|ies|y)|carried
       |endorsed|endorses)\b[^.;:!?]{0,60}?\bwith\s+
       (?:(?:about|some|just|only|nearly|almost|a\s+majority\s+of)\s+)?$""",
    re.I | re.X,
)
_SIDE_AFTER = re.compile(r"\s*(?:in\s+favou?r|for\b|against|to\b|-|\u2013)", re.I)


def vote_side(claim: Claim) -> str:
    """The side an amount of votes told with its side's words is ("passed the bill late on
    Thursday with 79 votes in favor", "The motion drew 41 votes against"): VOTES_FOR,
    VOTES_AGAINST, or "" (no such words right after it, a change, a poll). A side told
    beside the other ("82 votes in favour, 41 against") is a tally's, read before this
    (checker.extract.tallies)."""
    if claim.unit != VOTE or claim.change or _POLL.search(claim.sentence):
        return ""
    side = _SIDE_WORDS.match(claim.sentence, claim.span_in_sentence[1])
    if side is None:
        return ""
    return VOTES_AGAINST if side.group(1).lower() == "against" else VOTES_FOR


_SIDE_WORDS = re.compile(r"\s+(in\s+favou?r|against)\b", re.I)


def bare_votes_holder(claim: Claim) -> str:
    """The candidate whose votes a bare number is, told after a count of votes in its
    sentence in the way results set a rival's count beside the winner's: "won 14,212 votes,
    ahead of Daniel Pryor on 11,870", "took 14,212 votes to Daniel Pryor's 11,780", "with
    Pryor second with 11,870"; "" otherwise."""
    if claim.kind != "count" or claim.unit or claim.measure.entity or claim.change:
        return ""
    sentence, start = claim.sentence, claim.span_in_sentence[0]
    if _POLL.search(sentence) or not _VOTES_BEFORE.search(sentence, 0, start):
        return ""
    if not _RIVAL_COUNT.search(sentence, max(0, start - 6), start):
        return ""
    return _named_before(sentence, start)


# a count of votes earlier in the sentence ("won 14,212 votes") and the words that set a
# name's bare number beside it: "Pryor on 11,870", "Pryor's 11,780", "Pryor with 11,870"
_VOTES_BEFORE = re.compile(r"\d[\d,]*\s+votes\b", re.I)
_RIVAL_COUNT = re.compile(r"[A-Za-z](?:['\u2019]s|\s+on|\s+with)\s+$")


def seats_holder(claim: Claim) -> str:
    """The party (or candidate) whose seats won a count of seats is ("Labour won 212
    seats", "the Conservatives took 180 seats"), or "" when no verb of winning stands right
    before it or no name before that: a chamber's size ("the 450-seat parliament", "125 seats
    in the legislature") and seats gained or lost are other measures."""
    if claim.unit != "seat" or claim.change:
        return ""
    start = claim.span_in_sentence[0]
    won = _WON.search(claim.sentence, max(0, start - _WON_REACH), start)
    return _named_before(claim.sentence, won.start()) if won else ""


# a verb of winning and the words that may stand between it and the count of seats
_WON = re.compile(
    r"""\b(?:won|wins?|winning|took|takes?|taking|secured|secures?|securing|captured
       |captures?|capturing|claimed|claiming|garnered|obtained|got)\s+
       (?:(?:a|an|the|just|only|about|around|some|nearly|almost|roughly|at\s+least|more\s+than
       |over|fewer\s+than|a\s+total\s+of|a\s+majority\s+of|an\s+outright)\s+)*$""",
    re.VERBOSE | re.I,
)
_WON_REACH = 50


@lru_cache(maxsize=256)
def _holder(sentence: str, start: int) -> str:
    if not _OF_THE_VOTE.search(sentence) or _POLL.search(sentence):
        return ""
    return _named_before(sentence, start)


def _named_before(sentence: str, start: int) -> str:
    """The last name in the words of a result before `start`, by surname."""
    begin = max(0, start - _HOLDER_REACH)
    cut = [m.end() for m in _CLAUSE_START.finditer(sentence, begin, start)]
    begin = cut[-1] if cut else begin
    return last_surname(sentence, begin, start)
