"""What an amount or a percentage is, read from the words nearest it in its clause: money
(an offer, a budget, a fine, a fee, a price per share ...), a percentage (a premium, a stake,
a turnout ...), an area (burned, flooded). Vocabularies are data (checker/data/events.json);
checker.events.frames makes frames of them."""

from __future__ import annotations

import re
from functools import cache

from checker.events.changes import changed_subject, changed_thing
from checker.events.debt import ENTERPRISE_VALUE, debt_after, debt_before
from checker.events.expected import expected
from checker.events.money import is_money
from checker.events.offers import PREMIUM, above_reference_price
from checker.events.prices import event_cost, price_for
from checker.events.vocab import event_vocabulary
from checker.extract.junk_names import title_case
from checker.extract.lexicons import CaselessPattern
from checker.extract.timex_vocab import FULL_MONTHS
from checker.model import Claim
from checker.vocab import alternation, load_data

_WORD = re.compile(r"[\w'-]+")

PERCENT = "percent"  # what a percentage frame counts
SHARE_PRICE = "price per share"  # "$25 a share", "an offer of $24 per share"
MARKET_PRICE = "market price per share"  # "closed at $19.23 a share"

# kinds of money that rivals put up in one story ("a $140 million bid" of one suitor, "a
# $160 million offer" of another): an offer or a bid in the figure's own words is not enough
# to align (events.json rival_money_words); "a $40 billion deal" is the deal
DEAL_VALUE = "deal value"
_RIVAL_KINDS = frozenset({DEAL_VALUE})


@cache
def _rival_words() -> frozenset[str]:
    return frozenset(load_data("events")["rival_money_words"])


def money_kind(claim: Claim) -> str:
    """What an amount of money is ("deal value", "budget", "fine" ...) from the words
    nearest it in its clause, or "" when none says (or it is others' expectation of it)."""
    if not is_money(claim.unit) or expected(claim):
        return ""
    vocabulary = event_vocabulary()
    if claim.unit.endswith(" per share"):  # what a deal pays for each share, or the market
        start = claim.span_in_sentence[0]
        if restated := _restated_kind(claim.sentence, start):
            return restated  # "$486.6 million, or $1.48 a share": the profit, per share
        if _DIVIDEND.search(claim.sentence, max(0, start - 40), claim.span_in_sentence[1] + 20):
            return DIVIDEND  # "a special dividend of 9.5p a share": no price of a share
        before = _words_before(claim.sentence, start, vocabulary.money_before)
        market = vocabulary.share_market.search(claim.sentence, before, start)
        return MARKET_PRICE if market else SHARE_PRICE
    if (
        _LEGISLATION.search(claim.quote)
        and claim.value.isdigit()
        and int(claim.value) >= _BILL_SIZE
    ):
        return BUDGET  # "a $1.3 trillion bill", "the $50 million measure"; not "a $20 bill"
    text, (start, end) = claim.sentence, claim.span_in_sentence
    stuff = _OF_STUFF.match(text, end)
    if (
        stuff is not None
        and not vocabulary.money.search(stuff.group(0))
        and not _WORTH_BEFORE.search(text, max(0, start - 12), start)
    ):
        return ""  # "about €3bn of new bonds": the bonds' amount, whatever word is nearby
    kind = (
        _named_before_of(text, start)
        or nearest_kind(text, start, end, vocabulary.money, vocabulary.money_kind, _RIVAL_KINDS)
        or price_for(text, start)  # "acquire SeaMicro, a maker of ..., for $334 million"
    )
    if not kind and _YIELD_BEFORE.search(text, max(0, start - _YIELD_REACH), start):
        kind = REVENUE  # "the tax would raise 120 million rials a year": what it brings in
    if not kind and (changed := _CHANGED_TO.search(text, max(0, start - 60), start)):
        # the level after a change ("net income for the quarter dropped 31% to $1.3 billion")
        # is of what changed: read the words before the verb
        at = changed.start()
        kind = nearest_kind(text, at, at, vocabulary.money, vocabulary.money_kind, _RIVAL_KINDS)
    if not kind and claim.unit.endswith(_PAY_RATES):
        return SALARY  # "£210,000 a week", "$15 an hour": paid by the week or the hour
    if (size := _size_of_change(text, start)) and kind != SALARY:
        return size  # "cut the appropriation by $14 million": the cut, not the budget
    if kind == COST and claim.change == "down":
        return CUTS  # "cut costs by $1 billion"
    if kind == COST and event_cost(text, start):
        return LOSS  # "the strike cost the company about €2 million": what it lost
    if debt_after(text, end):
        vocabulary = event_vocabulary()
        told_before = _kind_before(text, start, vocabulary.money, vocabulary.money_kind)
        if DEAL_VALUE in (kind, told_before):
            return ENTERPRISE_VALUE  # "valuing the company at €8.2bn including debt"
    elif kind == DEAL_VALUE and debt_before(text, start):
        return ENTERPRISE_VALUE  # "Including debt, the deal values it at $4.1 billion"
    return BUILD_COST if kind == COST and _built_cost(text, start, end) else kind


REVENUE = "revenue"
# a verb of bringing money in right before an amount with no word of its kind: a tax's or a
# reform's yield ("would raise 120 million rials a year", "is expected to bring in about
# $1.3 billion over two years"); not "raise the minimum wage to $15" (a level, after "to")
_YIELD_BEFORE = re.compile(
    r"\b(?:raise|raises|raising|bring\s+in|brings\s+in|bringing\s+in|generate|generates"
    r"|generating|yield|yields)\s+(?:(?:an\s+estimated|about|some|roughly|around|nearly"
    r"|almost|more\s+than|at\s+least|an\s+extra|an\s+additional|up\s+to)\s+)?$",
    re.I,
)
_YIELD_REACH = 40


# an amount restated per share right after it: "net income of $486.6 million, or $1.48 a
# share", "HP is paying $13.9bn, or $25 a share"
_RESTATES = re.compile(
    r"\d(?:[\d.,]*\d)?(?:\s*(?:trillion|billion|million|bn|mn|tn|m|b)\b)?\s*,\s+or\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost)\s+)?[^\s\d]{0,4}\s?$",
    re.I,
)
_PER_SHARE_OF = {"profit": "profit per share", "loss": "loss per share"}
DIVIDEND = "dividend per share"
_DIVIDEND = re.compile(r"\bdividends?\b", re.I)
_PAID_FOR_SHARES = frozenset({"deal value", "payment"})


def _restated_kind(text: str, start: int) -> str:
    """The kind of an amount per share that restates the amount right before it: of a
    period's profit or loss, that per share ("earnings per share"); of a deal's value or
    a payment, the price paid for each share; "" otherwise (read as any amount per share)."""
    restates = _RESTATES.search(text, max(0, start - 40), start)
    if restates is None:
        return ""
    at = restates.start()
    vocabulary = event_vocabulary()
    kind = nearest_kind(text, at, at + 1, vocabulary.money, vocabulary.money_kind, _RIVAL_KINDS)
    if kind in _PER_SHARE_OF:
        return _PER_SHARE_OF[kind]
    return SHARE_PRICE if kind in _PAID_FOR_SHARES else ""


# the stuff an amount is of, right after it: "about €3bn of new bonds", "$40m of cocaine";
# a plain noun, not a determiner's phrase ("$5bn of the $8bn", "£2m of its budget")
_OF_STUFF = re.compile(
    r"\s+of\s+(?!(?:the|an?|its|their|his|her|this|that|these|those|our|which|what)\b)"
    r"(?:[a-z]+\s+)?[a-z]{3,}\b"
)


def _named_before_of(text: str, start: int) -> str:
    """The kind a word of money names right before "of" and the amount ("a break fee of
    €250m if the deal is blocked": a fee, whatever word follows), or ""."""
    vocabulary = event_vocabulary()
    low = max(0, start - _OF_REACH)
    named = [m for m in vocabulary.money.finditer(text, low, start) if not _in_name(text, m)]
    if not named or not _OF_BEFORE.fullmatch(text, named[-1].end(), start):
        return ""
    return kind_of(named[-1], vocabulary.money_kind)


_OF_REACH = 40  # characters before an amount where "a fee of" may stand
_OF_BEFORE = re.compile(
    r"\s+of\s+(?:(?:about|around|some|nearly|almost|roughly|more\s+than|up\s+to|over)\s+)?",
    re.I,
)


# what binds an amount to the thing before it, whatever its "of" says: "a deal worth $3bn of
# cash and shares", "valued at", "bought for"
_WORTH_BEFORE = re.compile(r"\b(?:worth|at|for)\s+$", re.I)


# what a finished thing cost to make: "the satellite, which cost $180m to build and launch",
# "the bridge cost $1.2bn to build"; a fixed fact once it is built (measures.json
# fixed_events). Not a cost still ahead or estimated ("will cost $2bn to build").
BUILD_COST = "cost to build"
_TO_BUILD = re.compile(
    r"\s+to\s+(?:build|construct|develop|make|produce|launch|design|complete|finish)\b", re.I
)
_COST_BEFORE = re.compile(r"\bcost\s+(?:[\w.,$\u20ac\u00a3]+\s+){0,2}$", re.I)
_NOT_DONE = re.compile(
    r"\b(?:will|would|could|may|might|to|expected|estimated|projected|likely|should)\s+"
    r"(?:\w+\s+){0,2}$",
    re.I,
)


def _built_cost(text: str, start: int, end: int) -> bool:
    """Whether an amount is what a thing cost to make, told in the past: "cost" right
    before it, "to build" right after it, and no word of a cost still ahead before "cost"."""
    if not _TO_BUILD.match(text, end):
        return False
    cost = _COST_BEFORE.search(text, max(0, start - 30), start)
    return cost is not None and not _NOT_DONE.search(text, max(0, cost.start() - 30), cost.start())


# an amount that is the size of a change, not a level: "cut the appropriation by $14
# million", "the state's cut of $14 million", "raised its offer by $2 billion"
INCREASE = "increase"


@cache
def _change_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The word of a change, then "by" (within the clause) or "of", right before an amount."""
    words = load_data("events")["changes"]
    down, up = alternation(words["down"]), alternation(words["up"])
    return (
        re.compile(rf"\b(?:(?P<down>{down})|{up})\b[^.;,]{{0,60}}?\bby\s+$", re.I),
        re.compile(rf"\b(?:(?P<down>{down})|{up})\s+of\s+$", re.I),
    )


def _size_of_change(text: str, start: int) -> str:
    """CUTS or INCREASE when the amount at `start` is the size of a change; "" otherwise."""
    begin = max(0, start - 80)
    by, of = _change_patterns()
    change = of.search(text, begin, start) or by.search(text, begin, start)
    if change is None:
        return ""
    return CUTS if change["down"] else INCREASE


BUDGET, COST, CUTS, SALARY, LOSS = "budget", "cost", "cuts", "salary", "loss"
WORKFORCE_SHARE = "share of the workforce"  # events.json "percent": "6% of its workforce"
_PAY_RATES = (" per week", " per hour")
# a verb of change (and its percentage) or a copula right before a level: "fell 35 percent
# to $1.2 billion", "net income for the quarter rose to $1.72 billion", "revenue for the three
# months ended June 28 was $8.42 billion": the level is of the subject before the verb
_CHANGED_TO = re.compile(
    r"""\b(?:rose|rise|rises|risen|fell|fall|falls|fallen|dropped|drops|climbed|climbs|jumped
       |jumps|declined|declines|increased|increases|decreased|decreases|slid|slides|surged
       |surges|plunged|plunges|grew|grows|shrank|shrinks|gained|gains|soared|tumbled|slumped
       |sank)\s+(?:(?:by\s+)?(?:(?:about|nearly|almost|more\s+than)\s+)?[\d.,]+\s*
       (?:%|percent|per\s+cent)\s+)?to\s+$
    |\b(?:was|were|stood\s+at|totaled|totalled|came\s+to|came\s+in\s+at)\s+$""",
    re.VERBOSE | re.I,
)


# the size of a bill in its own words: a bill of legislation is sized in millions at least
_LEGISLATION = re.compile(r"\b(?:bill|measure|legislation)\b", re.I)
_BILL_SIZE = 1_000_000


def percent_kind(claim: Claim) -> str:
    """What a percentage is ("premium", "stake", "turnout", "unemployment rate" ...) from the
    words nearest it in its clause, as for money (events.json "percent"), or ""."""
    if expected(claim):
        return ""
    vocabulary = event_vocabulary()
    text, (start, end) = claim.sentence, claim.span_in_sentence
    if not claim.change and above_reference_price(text, percent_end(text, start, end)):
        return PREMIUM  # "22 per cent above Friday's close" (checker.events.offers)
    kind = nearest_kind(text, start, end, vocabulary.percent, vocabulary.percent_kind)
    if not kind and (changed_to := _changed_to_before(text, start, end)):
        # the base of a change told with its own time is the same measure at that time:
        # "inflation slowed to 3.4 percent in March from 3.9 percent in February"
        return nearest_kind(text, *changed_to, vocabulary.percent, vocabulary.percent_kind)
    if not kind and (thing := changed_thing(text, start, percent_end(text, start, end))):
        return f"change in {thing}"
    if kind or not claim.change:
        return kind
    # a change of an amount: "quarterly profit fell 35 percent", "sales rose 4%"; a change
    # told by its verb ("profit jumps 18% as sales climb") is of the verb's subject
    verb_first = claim.quote[:1].isalpha()
    read = text
    if verb_first:  # the verb itself names no subject: "Hang Seng lost 3.1%" is no loss
        verb_end = start + len(claim.quote.split()[0])
        read = text[:start] + " " * (verb_end - start) + text[verb_end:]
    money = nearest_kind(
        read, start, end, vocabulary.money, vocabulary.money_kind, _RIVAL_KINDS, verb_first
    )
    if money in _CHANGING_KINDS:
        return f"change in {money}"
    subject = changed_subject(text, start, end, _clause_end(text, end))
    return f"change in {subject}" if subject else ""


# a percentage a change went to, then the base it went from with the base's own time:
# "slowed to | 3.4 percent | in March from [3.9 percent] in February"
_TO_THEN_FROM = re.compile(
    r"""\bto\s+(?P<to>\d[\d.,]*\s*(?:%|percent|per\s+cent))
       (?:\s+(?:in|on|for)\s+[\w ]{3,30}?)?\s*,?\s+(?:(?:up|down)\s+)?from\s+$""",
    re.I | re.X,
)
_OWN_TIME_AFTER = re.compile(
    rf"\s+(?:in|for)\s+(?:{alternation(sorted(FULL_MONTHS))}|\d{{4}}\b|the\s+(?:first|second|third|fourth)\s+quarter)"
    r"|\s+(?:a|one)\s+(?:year|month|quarter)\s+(?:earlier|before|ago)",
    re.I,
)


def _changed_to_before(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the percentage a change went to, for a base figure at start..end told with
    its own time ("to 3.4 percent in March from 3.9 percent in February"); else None."""
    found = _TO_THEN_FROM.search(text, max(0, start - 80), start)
    if found is None or _OWN_TIME_AFTER.match(text, percent_end(text, start, end)) is None:
        return None
    return found.start("to"), found.end("to")


_PERCENT_SIGN = re.compile(r"%|\bper\s?cent\b|\bpercentage\s+points?\b", re.I)


def percent_end(text: str, start: int, end: int) -> int:
    """Where the percentage's number and sign end inside its quote ("4.5% tuition hike"),
    for a quote at start..end of `text`."""
    sign = _PERCENT_SIGN.search(text, start, end)
    return sign.end() if sign else end


# amounts whose change outlets report in percent
_CHANGING_KINDS = frozenset(
    {"profit", "revenue", "loss", "cost", "budget", "debt", "deficit", "salary"}
)


def nearest_kind(
    text: str,
    start: int,
    end: int,
    words: CaselessPattern,
    kinds: dict[str, str],
    rival: frozenset[str] = frozenset(),
    before_first: bool = False,
) -> str:
    """The kind of the word of `words` in the figure's own words (text[start:end], "a $1.3
    trillion spending bill"), else the nearest after it in its clause, else before it; not
    a word of a name ("cuts $20 billion from the Internal Revenue Service" is no revenue).
    `before_first`: the words before are read first (a quote that opens with its verb)."""
    vocabulary = event_vocabulary()
    if before_first and (kind := _kind_before(text, start, words, kinds)):
        return kind
    inside = words.search(text, start, end)
    if (
        inside is not None
        and (kind := kind_of(inside, kinds))
        and (kind not in rival or inside.group(0).lower() not in _rival_words())
    ):
        return kind
    after = list(_WORD.finditer(text, end, _clause_end(text, end)))[: vocabulary.money_after]
    if after:
        for match in words.finditer(text, end, after[-1].end()):
            if not _in_name(text, match):
                return _verb_and_noun(text, start, match, words, kinds) or kind_of(match, kinds)
    return "" if before_first else _kind_before(text, start, words, kinds)


def _verb_and_noun(
    text: str, start: int, after: re.Match[str], words: CaselessPattern, kinds: dict[str, str]
) -> str:
    """The kind of the verb before an amount and the noun after it as one phrase: "lost
    ₱2.4 billion in sales" is lost sales, a loss; "paid $5 million in fines" none."""
    before = [m for m in words.finditer(text, _words_before(text, start, 3), start)]
    if not before or _in_name(text, before[-1]):
        return ""
    phrase = f"{before[-1].group(0)} {after.group(0)}"
    return kinds.get(" ".join(phrase.lower().split()), "")


def _kind_before(text: str, start: int, words: CaselessPattern, kinds: dict[str, str]) -> str:
    """The kind of the nearest word of `words` in the few words before `start`, or ""."""
    begin = _words_before(text, start, event_vocabulary().money_before)
    found = [m for m in words.finditer(text, begin, start) if not _in_name(text, m)]
    return kind_of(found[-1], kinds) if found else ""


def kind_of(match: re.Match[str], kinds: dict[str, str]) -> str:
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


def _clause_end(sentence: str, end: int) -> int:
    stops = [i for c in ",;:()" if (i := sentence.find(c, end)) >= 0]
    # a subordinate clause after the figure tells something else: "profit jumps 18% to
    # $1.27 billion as data center sales surge" (the sales are not the $1.27 billion)
    if (joined := _SUBORDINATE.search(sentence, end)) is not None:
        stops.append(joined.start())
    return min(stops) if stops else len(sentence)


_SUBORDINATE = re.compile(r"\s(?:as|after|while|because|amid|despite|although|though)\s", re.I)
