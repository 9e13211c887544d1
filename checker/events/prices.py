"""What an amount is the price of, told by "for" after a verb of buying or selling: "agreed
to acquire SeaMicro, a company that supplies energy-efficient microservers, for
approximately $334 million", "has agreed to buy a 76 per cent stake in Fonuaika Vanilla
Company, Tonga's largest vanilla exporter, for 18.5 million pa'anga", "settled a lawsuit
against the city for $5.5 million". The object of the verb stands between it and the
amount, often longer than the words the money lexicon reads around a figure
(checker.events.kinds), so the verb is looked for back to the start of the amount's clause.
The words and the kind each tells are events.json price_for_words: a deal's value, a thing's
sale price, a settlement (a fine). Not a price of anything else ("Apple also offers an
anti-glare display for $50 extra", "the laptop will retail for $2,799"): those verbs are in
no list. And what a harmful event cost its party, told by "cost" after the event's noun
("the 23-day strike cost the operator US$19 million"), is a loss (event_cost).
"""

from __future__ import annotations

import re
from functools import cache

from checker.vocab import alternation, by_word, load_data

# "for" right before the amount, past a qualifier: "for approximately $334 million"
_FOR = re.compile(
    r"\bfor\s+(?:(?:about|around|approximately|roughly|some|nearly|almost|an\s+estimated"
    r"|more\s+than|over|just\s+over|just\s+under|up\s+to|less\s+than|under)\s+)?$",
    re.I,
)
_FOR_REACH = 30  # characters before an amount where its "for" may stand
_CLAUSE_REACH = 200  # characters before the "for" where the verb may stand
# where the amount's clause starts, back from its "for": a semicolon or a colon
_CLAUSE_START = re.compile(r"[;:]")


def _clause_begin(text: str, at: int) -> int:
    """Where the clause of a word at `at` starts, at most _CLAUSE_REACH characters back: after
    the last semicolon or colon."""
    begin = max(0, at - _CLAUSE_REACH)
    stops = list(_CLAUSE_START.finditer(text, begin, at))
    return stops[-1].end() if stops else begin


@cache
def _words() -> tuple[re.Pattern[str], dict[str, str]]:
    table = load_data("events")["price_for_words"]
    kinds = by_word(table)
    return re.compile(rf"\b(?:{alternation(list(kinds))})\b", re.I), kinds


def price_for(text: str, start: int) -> str:
    """The kind of an amount at `start` of `text` told as the price of what a verb of buying
    or selling before it took ("acquire SeaMicro ... for $334 million": a deal's value), or
    ""."""
    told = _FOR.search(text, max(0, start - _FOR_REACH), start)
    if told is None:
        return ""
    words, kinds = _words()
    found = list(words.finditer(text, _clause_begin(text, told.start()), told.start()))
    return kinds[" ".join(found[-1].group(0).lower().split())] if found else ""


def event_cost(text: str, start: int) -> bool:
    """Whether an amount at `start` is what a harmful event cost someone, told by "cost"
    after the event's noun in the amount's clause ("the 23-day strike cost the operator US$19
    million", "a strike that the company estimates cost about US$45 million", "the blockade
    has cost it about $230 million"): a loss, as "lost revenue" is (events.json
    costly_events), not the price of something bought or built."""
    told = _COST_BEFORE.search(text, max(0, start - _COST_REACH), start)
    if told is None:
        return False
    begin = _clause_begin(text, told.start())
    return _costly_events().search(text, begin, told.start()) is not None


_COST_REACH = 60  # characters before an amount where "cost" and its object may stand
# "cost", then at most four words (its object, a qualifier), right before the amount
_COST_BEFORE = re.compile(r"\b(?:cost|costs|costing)\b(?:\s+[\w'-]+){0,4}?\s+$", re.I)


@cache
def _costly_events() -> re.Pattern[str]:
    words = load_data("events")["costly_events"]
    return re.compile(rf"\b(?:{alternation(words)})s?\b", re.I)
