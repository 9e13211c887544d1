"""Changes told by their verb: what a percentage change is of when its subject stands
before the verb ("Kenya's maize production fell 35%": output; "Thaba's shares closed down
7.4%": share price) and whose shares moved (share_owner). Read by checker.events.kinds
(percent_kind) and checker.events.frames; the subjects and intraday words are data
(events.json change_subjects, intraday_words); and what a change told by its own noun is of
("a 4.5% tuition hike": changed_thing; the nouns and verbs of a change, events.json
changes)."""

from __future__ import annotations

import itertools
import re
from functools import cache

from checker.model import Claim
from checker.vocab import alternation, load_data


def changed_subject(text: str, start: int, end: int, clause_end: int) -> str:
    """What a change told by its verb is of, when its subject stands in the few words before
    the verb and is one events.json "change_subjects" names ("Kenya's maize production is
    expected to fall 35%": output; "Thaba's shares closed down 7.4%": share price), with
    "(this year)" when a period follows it in its clause; "" when none, or when an intraday
    cue stands in the clause, which ends at `clause_end` (a moment of a day's trading, not
    the day's change)."""
    subjects, intraday = _change_subjects()
    if intraday.search(text, max(0, start - _SUBJECT_REACH), clause_end):
        return ""
    words = [m for m in _SUBJECT_WORD.finditer(text, max(0, start - _SUBJECT_REACH), start)]
    while words and words[-1].group().lower() in _BETWEEN_SUBJECT_AND_VERB:
        words.pop()  # "is expected to", "closed", "will"
    for size in (3, 2, 1):  # the longest name ending at the last word: "share price"
        if len(words) >= size:
            name = " ".join(w.group().lower() for w in words[-size:])
            if name in subjects:
                period = _SUBJECT_PERIOD.search(text, end, clause_end)
                if (
                    subjects[name] == SHARE_PRICE_KIND
                    and not period
                    and not _CLOSE.search(text, max(0, start - _SUBJECT_REACH))
                ):
                    return ""  # "shares were down 5%": at some moment of trading, or the close
                return subjects[name] + (f" ({period.group().lower()})" if period else "")
    return ""


# a day's move of a share is told by its close, in its sentence ("closed down 7.4%", "slumped
# 4.7% on Friday, closing at R41.20"); a move told without it may be of any moment of trading
_CLOSE = re.compile(r"\b(?:closed|closing|close|ended|ending|finished|settled)\b", re.I)
SHARE_PRICE_KIND = "share price"
# a company's share moves: its possessive names the company, not a place
SHARE_PRICE_CHANGE = f"change in {SHARE_PRICE_KIND}"


def share_owner(claim: Claim) -> str:
    """Whose shares changed, by the first word of the name before "shares" or "stock"
    ("Thaba Resources shares slumped 4.7%", "Thaba's shares closed down 7.4%": thaba), so
    that a buyer's and a target's moves are not compared; "" when no name stands there."""
    text, start = claim.sentence, claim.span_in_sentence[0]
    words = list(_SUBJECT_WORD.finditer(text, max(0, start - _SUBJECT_REACH), start))
    names = [w.group() for w in words]
    lowered = [n.lower() for n in names]
    for k in range(len(lowered) - 1, -1, -1):
        if lowered[k] in ("shares", "share", "stock", "stocks"):
            owner = [n for n in names[max(0, k - 3) : k] if n[:1].isupper() and n != "The"]
            return owner[0].lower().removesuffix("'s").removesuffix("’s") if owner else ""
    return ""


_SUBJECT_REACH = 60  # characters before a change where its subject and verb stand
_SUBJECT_WORD = re.compile(r"[A-Za-z][\w-]*")
# what stands between a subject and the verb of its change: "production is expected to
# fall", "shares closed down", "output would fall by", "shares have fallen"
_BETWEEN_SUBJECT_AND_VERB = frozenset(
    "is are was were has have had will would could may might be been expected forecast"
    " projected set to closed ended finished fell rose dropped slumped jumped climbed gained"
    " lost slid sank tumbled plunged soared surged grew shrank fall rise drop grow shrink"
    " decline declined increase increased decrease decreased fallen risen grown shrunk"
    " about nearly almost some roughly around more than over by down up".split()
)
_SUBJECT_PERIOD = re.compile(
    r"\b(?:this\s+(?:year|month|week|season|quarter)|so\s+far\s+this\s+\w+|year\s+to\s+date"
    r"|since\s+\w+|last\s+year|in\s+the\s+(?:quarter|year|half)|(?:first|second|third|fourth)"
    r"\s+quarter)\b",
    re.I,
)


@cache
def _change_subjects() -> tuple[dict[str, str], re.Pattern[str]]:
    data = load_data("events")
    subjects = {w: kind for kind, words in data["change_subjects"].items() for w in words}
    intraday = re.compile(rf"\b(?:{alternation(data['intraday_words'])})\b", re.I)
    return subjects, intraday


# what a change in percent is of, named beside it: "a 4.5% tuition hike", "a 5.4% increase
# in in-state undergraduate tuition", "raise in-state tuition by 4.5%" (the noun's head)
_NOT_NOUNS = frozenset(
    "a an the this that these those its their his her our of in on at for to by from with and"
    " or as than percent per cent year month week over".split()
)
_TOKEN = re.compile(r"[A-Za-z][\w-]*|[^\sA-Za-z]")
_THING_REACH = 60  # characters on either side where the change word and its noun may stand


@cache
def _change_words() -> tuple[frozenset[str], frozenset[str]]:
    """The nouns and the verbs of a change (events.json "changes")."""
    words = load_data("events")["changes"]
    return frozenset(words["nouns"]), frozenset(words["verbs"])


def change_nouns() -> frozenset[str]:
    """The nouns of a change ("rise", "hike", "increase"; events.json "changes")."""
    return _change_words()[0]


def changed_thing(text: str, start: int, end: int) -> str:
    """What a percentage changes, when a change word names it beside the figure: its head
    noun, or the name events.json "change_subjects" gives it ("an 8 per cent wage increase"
    and "a 12 per cent pay rise" are both of pay); "" otherwise (then only money's kinds say
    what changed)."""
    noun = _changed_noun(text, start, end)
    return _change_subjects()[0].get(noun, noun)


def noun_direction(text: str, start: int, end: int) -> str:
    """ "up" or "down" for a percentage that a change noun right after it tells ("a 9 per
    cent pay rise", "a 12% cut in fares"), as a verb before it would ("raise wages by 12%");
    "" when none does."""
    if not _changed_noun(text, start, end):
        return ""
    nouns = _change_words()[0]
    after = [w.lower() for w in _TOKEN.findall(text, end, end + _THING_REACH)]
    word = next((w for w in after[:5] if w in nouns), "")
    directions = load_data("events")["changes"]
    return "up" if word in directions["up"] else "down" if word in directions["down"] else ""


def _changed_noun(text: str, start: int, end: int) -> str:
    nouns, verbs = _change_words()
    after = [w.lower() for w in _TOKEN.findall(text, end, end + _THING_REACH)]
    for k, word in enumerate(after[:5]):  # "4.5% tuition hike"
        if word in nouns:
            if k >= 1 and _nouns(after[:k]):
                return after[k - 1]
            break
        if word in _NOT_NOUNS or not word.isalpha() and "-" not in word:
            break
    if after[:1] and after[0] in nouns and after[1:2] == ["in"]:  # "increase in X"
        phrase = after[2:]
        phrase = phrase[1:] if phrase[:1] == ["the"] else phrase
        run = list(itertools.takewhile(_is_noun, phrase[:4]))
        return run[-1] if run else ""
    before = [w.lower() for w in _TOKEN.findall(text, max(0, start - _THING_REACH), start)]
    if before[-1:] == ["by"]:  # "raise in-state tuition by 4.5%"
        run = list(
            itertools.takewhile(lambda w: _is_noun(w) and w not in verbs, reversed(before[:-1]))
        )
        verb = before[-2 - len(run)] if len(before) >= 2 + len(run) else ""
        return run[0] if run and verb in verbs else ""
    return ""


def _is_noun(word: str) -> bool:
    return word not in _NOT_NOUNS and (word.isalpha() or "-" in word)


def _nouns(words: list[str]) -> bool:
    return all(_is_noun(w) for w in words)
