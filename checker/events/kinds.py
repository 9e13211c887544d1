"""What an amount or a percentage is, read from the words nearest it in its clause: money
(an offer, a budget, a fine, a fee, a price per share ...), a percentage (a premium, a stake,
a turnout ...), an area (burned, flooded). Vocabularies are data (checker/data/events.json);
checker.events.frames makes frames of them."""

from __future__ import annotations

import re
from functools import cache

from checker.events.vocab import event_vocabulary
from checker.extract.junk_names import title_case
from checker.extract.lexicons import CaselessPattern
from checker.model import Claim
from checker.vocab import alternation, load_data

_WORD = re.compile(r"[\w'-]+")

PERCENT = "percent"  # what a percentage frame counts
SHARE_PRICE = "price per share"  # "$25 a share", "an offer of $24 per share"
MARKET_PRICE = "market price per share"  # "closed at $19.23 a share"

# kinds of money that rivals put up in one story ("a $140 million bid" of one suitor, "a
# $160 million offer" of another): the noun of the figure's own words is not enough to align
_RIVAL_KINDS = frozenset({"deal value"})


def money_kind(claim: Claim) -> str:
    """What an amount of money is ("deal value", "budget", "fine" ...) from the words
    nearest it in its clause, or "" when none says."""
    if not _is_money(claim.unit):
        return ""
    vocabulary = event_vocabulary()
    if claim.unit.endswith(" per share"):  # what a deal pays for each share, or the market
        start = claim.span_in_sentence[0]
        before = _words_before(claim.sentence, start, vocabulary.money_before)
        market = vocabulary.share_market.search(claim.sentence, before, start)
        return MARKET_PRICE if market else SHARE_PRICE
    return _nearest_kind(claim, vocabulary.money, vocabulary.money_kind, _RIVAL_KINDS)


def percent_kind(claim: Claim) -> str:
    """What a percentage is ("premium", "stake", "turnout", "unemployment rate" ...) from the
    words nearest it in its clause, as for money (events.json "percent"), or ""."""
    vocabulary = event_vocabulary()
    return _nearest_kind(claim, vocabulary.percent, vocabulary.percent_kind)


_AREA_UNITS = frozenset({"acre", "hectare", "square mile", "square kilometre", "square metre"})


def area_kind(claim: Claim) -> str:
    """What an area is ("area burned", "area flooded") from the words nearest it, or ""."""
    if claim.unit not in _AREA_UNITS:
        return ""
    vocabulary = event_vocabulary()
    return _nearest_kind(claim, vocabulary.area, vocabulary.area_kind)


def _nearest_kind(
    claim: Claim, words: CaselessPattern, kinds: dict[str, str], rival: frozenset[str] = frozenset()
) -> str:
    """The kind of the word of `words` in the figure's own words ("a $1.3 trillion spending
    bill"), else the nearest after it in its clause, else before it; not a word of a name
    ("cuts $20 billion from the Internal Revenue Service" is no revenue)."""
    vocabulary = event_vocabulary()
    text = claim.sentence
    start, end = claim.span_in_sentence
    inside = words.search(text, start, end)
    if inside is not None and (kind := _kind_of(inside, kinds)) and kind not in rival:
        return kind
    after = list(_WORD.finditer(text, end, _clause_end(text, end)))[: vocabulary.money_after]
    if after:
        for match in words.finditer(text, end, after[-1].end()):
            if not _in_name(text, match):
                return _kind_of(match, kinds)
    begin = _words_before(text, start, vocabulary.money_before)
    found = [m for m in words.finditer(text, begin, start) if not _in_name(text, m)]
    return _kind_of(found[-1], kinds) if found else ""


def _kind_of(match: re.Match[str], kinds: dict[str, str]) -> str:
    return kinds.get(" ".join(match.group(0).lower().split()), "")


def _in_name(text: str, match: re.Match[str]) -> bool:
    """Whether a word is capitalised inside running text, a word of a name; not in a
    headline in title case, where every word is."""
    at = match.start()
    return at > 0 and text[at].isupper() and not title_case(text)


def _words_before(text: str, start: int, count: int) -> int:
    """Where the `count` words before `start` begin (`start` itself when count is 0)."""
    words = list(_WORD.finditer(text, 0, start))[-count:] if count else []
    return words[0].start() if words else start


def _is_money(unit: str) -> bool:
    return bool(unit) and _currency_word().search(unit.lower()) is not None


@cache
def _currency_word() -> re.Pattern[str]:
    words = load_data("events")["currency_words"]
    return re.compile(rf"\b(?:{alternation(words)})s?\b")


def _clause_end(sentence: str, end: int) -> int:
    stops = [i for c in ",;:()" if (i := sentence.find(c, end)) >= 0]
    return min(stops) if stops else len(sentence)
