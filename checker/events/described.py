"""Figures no frame reads, aligned by the words that describe them when several documents
describe one thing alike.

A story's documents often give one figure of one thing that no event word tells: "a
24-storey tower block" and "the 32-storey block", "18 million mobile subscribers" and
"about 13 million mobile subscribers", "about 300 tonnes of ammonium nitrate" and "some
1,200 tonnes of ammonium nitrate", "fell 18 metres" and "fell about 30 metres". Such a
figure is described by what it counts (its counted noun or its unit) and by
what it is of:

- a thing's size: the noun it is told of before it ("A shipment of 2,000 doses"), the noun
  a compound stands before ("a 24-storey tower block", "a 5,000-dose shipment"), or the subject
  of a verb of holding ("The reservoir held 21 million cubic metres");
- an amount of stuff: the noun after "of" ("300 tonnes of ammonium nitrate");
- a size a holder has: the counted phrase itself, narrowed by its own words, after a verb of
  having ("Castellan has 18 million mobile subscribers");
- a distance a thing moved: the verb right before a physical amount ("fell 18 metres").

A description names one thing of the story only when at least two documents give it and
each of them gives one value for it in one event: a document with two values under one
description ("licensed to hold up to 500 tonnes" beside "storing 300 tonnes") describes two
things, and none of its figures is aligned by it. People are left to the frames of events
(checker.events.frames); so are ages, dates, durations, changes and ranges, a change's noun
("a 500-job cut" of whatever was cut), percentages (rates of a kind, not sizes), a rate over
a period ("180 millimetres of rain fell
in 24 hours"), a thing told as another of its kind ("another 9-car pileup") and the other
term of a comparison ("the biggest deal since the $4bn takeover of ..."). A size
(named "of the" thing) and a holder's count do not change with the day they are told
(checker.findings.reconcile), nor does stuff that two documents both tell as stored
somewhere ("three tonnes of fireworks were stored in the warehouse", "five tonnes of
fireworks had been packed into the warehouse"); other stuff, which may pile up or run out,
and a distance are compared at one time only.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from functools import cache

from checker.events.bare import ATTRIBUTE_OF, designations, singular, thing_before
from checker.events.changes import change_nouns
from checker.events.dimensions import dimension_of
from checker.events.kinds import PERCENT, percent_end
from checker.events.named import compound_end, named_size, story_names
from checker.events.physical import is_physical
from checker.events.vocab import event_vocabulary
from checker.extract.lexicons import measure_lexicon
from checker.extract.numbers import lexicon as numbers_lexicon
from checker.model import Claim
from checker.vocab import alternation, by_word, load_data

# a percentage is a rate of a kind ("a 3 percent tax"), which a story's different things
# share (each sector's tax, each good's tariff): its kinds are read by checker.events.kinds
_KINDS = frozenset({"count", "amount"})
_OF_AGE = " of age"  # the unit of an age ("year of age", checker.extract.figures)
# words that end the phrase a thing is named by: determiners, prepositions, conjunctions,
# auxiliaries and the words of attribution or comparison
_STOP = frozenset(
    """the a an of in on at to from by for with and or but nor that which who whom whose as
    than its their his her our your my this these those there here was were is are be been
    being has have had will would could should may might must can said says say told after
    before when while since about around some nearly almost over under up more less per each
    every into onto off out during between among including then also not no
    it they he she we you i them him us if so such other another same own only just all both
    either neither""".split()
)
_WORDS = re.compile(r"\s+((?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*)")
_OF = re.compile(r"\s+of\s+(?:the\s+|an?\s+)?((?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*)")
_HYPHEN_UNIT = re.compile(r"\d-[a-z]+$", re.I)
# the verb right before a physical amount, past its qualifier: "fell about 30 metres"
_VERB_BEFORE = re.compile(
    r"\b(?P<verb>[a-z][a-z-]+)\s+(?:(?:about|around|some|nearly|almost|roughly|more\s+than"
    r"|less\s+than|over|under|up\s+to|at\s+least|at\s+most|just|only)\s+)?$"
)
_VERB_IN_QUOTE = re.compile(r"(?P<verb>[A-Za-z][a-z-]+)\s+(?=[\d(])")  # "fell 18 metres"
_VERB_REACH = 30  # characters before a figure where its verb may stand
_MIN_DOCUMENTS = 2
# a period in the clause after a figure makes it a rate or a total over that period: "fell on
# the area in the 24 hours before", "a year", "per day"
_OVER_A_PERIOD = re.compile(
    r"\b(?:in|over|within|during|per|a|an|each|every|the\s+past|the\s+last)\s+"
    r"(?:the\s+)?(?:\d+\s+|[a-z]+\s+)?(?:hours?|days?|weeks?|months?|years?|minutes?|quarters?)\b",
    re.I,
)
_PERIOD_REACH = 50  # characters of the clause after a figure where its period may stand
_CLAUSE_END = re.compile(r"[,;:()]|\s-\s|\b(?:which|who|while|but|and)\b")
# more of the stuff than the figure's own: "200 mm of further rain", "500 more tonnes"
_MORE = frozenset({"further", "additional", "extra", "more", "fresh"})
# a verb of having right before a count: what its holder has, a size
_HAVING_BEFORE = re.compile(
    r"\b(?:has|have|had|having|with|serves|served|serving|employs|employed|counts|boasts)\s+"
    r"(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over|under|at\s+least)\s+)?$",
    re.I,
)
_HAVING_REACH = 30
_OTHER_REACH = 30
_VERB_FORM = re.compile(r"(?:ed|ing)$")  # a verb after a noun ends the noun's phrase
# the words of a count's own phrase after its number: "about 13 million mobile subscribers"
_COUNTED_WORDS = re.compile(r"(?:^|\s)((?:[a-z][a-z-]*\s+)*[a-z][a-z-]*)$")
# irregular past forms of the verbs that move or size a thing: "fell 18 metres"
_IRREGULAR_PAST = frozenset(
    "fell rose sank flew ran swam drove went fled threw grew dove spread stood hit shot".split()
)


@cache
def _number_words() -> frozenset[str]:
    """Words of numbers and scales, which start a count's phrase ("five ambulances")."""
    lex = numbers_lexicon()
    return frozenset((*lex["units"], *lex["tens"], *lex["scales"], "dozen", "dozens"))


def _over_a_period(sentence: str, end: int) -> bool:
    """Whether the clause after a figure names a period it is counted over."""
    stop = min(len(sentence), end + _PERIOD_REACH)
    cut = _CLAUSE_END.search(sentence, end, stop)
    return _OVER_A_PERIOD.search(sentence, end, cut.start() if cut else stop) is not None


@cache
def _other_instance() -> re.Pattern[str]:
    """A word that makes a thing another of its kind, right before its figure or the noun
    it is told of (event_dates.json other_instance)."""
    words = alternation(load_data("event_dates")["other_instance"])
    return re.compile(rf"\b(?:{words})\s+(?:[a-z-]+\s+)?(?:of\s+)?$", re.I)


@cache
def _compared() -> re.Pattern[str]:
    """A comparison before a figure in its sentence, which makes the figure the other term
    of it, another thing of its kind: a superlative (measures.json superlatives), "since",
    a comparative's "than" ("bigger than"; not a qualifier's "more than" or "fewer than"),
    "compared with", "previous", "surpassing"."""
    words = alternation(load_data("measures")["superlatives"])
    return re.compile(
        rf"\b(?:{words}|since|(?!(?:more|fewer|less|greater|higher|lower|larger)\b)\w+er\s+than"
        rf"|compared\s+(?:with|to)|previous|prior|surpass\w*|eclips\w*|record)\b",
        re.I,
    )


def _head(phrase: str) -> str:
    """The last word of a phrase's first run of words that are neither function words nor
    verbs in -ed or -ing: the noun a compound or "of" names ("tower block in" -> "block",
    "block remained cordoned" -> "block")."""
    run: list[str] = []
    for word in phrase.split():
        if word in _STOP or (run and (_VERB_FORM.search(word) or word in _IRREGULAR_PAST)):
            break
        run.append(word)
    head = run[-1] if run else ""
    return head if len(head) > 2 and head.replace("-", "").isalpha() else ""


def _people(noun: str) -> bool:
    """Whether a noun, or its singular, is one the people lexicon holds in some form."""
    lexicon = measure_lexicon()
    return bool(lexicon.people_form(noun) or lexicon.people_form(singular(noun)))


def _thing_noun(noun: str) -> bool:
    """Whether a word before a figure may be the singular noun of a thing: no function word,
    verb form, plural or noun of people."""
    if noun in _STOP or _VERB_FORM.search(noun) or noun in _IRREGULAR_PAST:
        return False
    return not (noun.endswith("s") and not noun.endswith("ss")) and not _people(noun)


def another_instance(claim: Claim) -> bool:
    """Whether a figure is told of another thing of its kind ("a further two-week walkout",
    "another 9-car pileup"), right before it (event_dates.json other_instance)."""
    start = claim.span_in_sentence[0]
    return _other_instance().search(claim.sentence, max(0, start - _OTHER_REACH), start) is not None


def _another_of_its_kind(claim: Claim) -> bool:
    """Whether a figure is no single value ("2 to 5 tonnes" is two figures), is told as
    another of its kind ("another 9-car pileup", "a second shipment of 500 doses") or is the
    other term of a comparison ("the biggest since the $4bn takeover of ...")."""
    if not claim.value.replace(".", "", 1).isdigit():
        return True
    if another_instance(claim):
        return True
    return _compared().search(claim.sentence, 0, claim.span_in_sentence[0]) is not None


def describe(claim: Claim) -> tuple[str, str, str] | None:
    """(what the figure counts, the thing it is of, how the thing is named: "noun" or
    "verb"), or None when its words describe nothing a frame could hold."""
    if claim.kind == "percent":
        return _rate_of_money(claim)
    if claim.kind not in _KINDS or claim.measure.event or _another_of_its_kind(claim):
        return None
    sentence = claim.sentence
    start, end = claim.span_in_sentence
    if claim.kind == "count":
        entity = claim.measure.entity.lower()
        last = entity.split()[-1] if entity else ""
        if not last or _people(last) or last in designations():
            return None
        noun = singular(last)
    else:
        # a unit, not its dimension: "more than five tonnes" of fireworks stored and "about
        # 400kg" found elsewhere are two things; what they are tells whether two amounts in
        # different units meet (checker.events.align)
        noun = claim.unit
        if not noun or noun.endswith(_OF_AGE):
            return None  # "at the age of 86": a person's age, for the frames of ages
    if claim.change:
        # a change is no size, but the verb that moves a thing by a distance may read as one
        # ("the cabin fell 30 metres"): only such a verb describes it
        return _moved_by(claim, sentence, start, "")
    if _over_a_period(sentence, end):
        return None  # "180 millimetres of rain fell in 24 hours": a rate over a period
    # "A shipment of 2,000 doses of vaccine": the shipment; "The depot held 1,200 tonnes of
    # ammonium nitrate": the nitrate, before the depot that holds it
    if thing := thing_before(sentence, start, holder=False):
        return (noun, thing, "noun")
    if dimension := dimension_of(claim, start, end, _thing_noun):
        return dimension  # "An asteroid about 140 metres wide"
    if named := named_size(claim):  # "The 16-storey Caldwell House"
        return (noun, named[0], "noun")
    if after := _thing_after(claim, sentence, end, noun):
        return after
    if thing := thing_before(sentence, start):
        return (noun, thing, "noun")  # "The reservoir held 21 million cubic metres"
    if claim.kind == "count" and (phrase := _counted_phrase(claim.quote, last)):
        # "Castellan has 18 million mobile subscribers": how many a holder has; not what
        # happened to some of them ("three submarine cables ... were damaged" beside "the
        # four submarine cables running across the sea")
        if _HAVING_BEFORE.search(sentence, max(0, start - _HAVING_REACH), start):
            return (noun, phrase, "phrase")
        return None
    return _moved_by(claim, sentence, start, noun)


def _rate_of_money(claim: Claim) -> tuple[str, str, str] | None:
    """A percentage told as the rate of a thing the money table names, before "of" or
    right after its sign ("a pay offer of 4.5%", "the 5.4 percent offer", "a 3 percent
    fee"): that thing's rate, one a story's outlets tell of its one offer. Other rates are
    of a kind the story's different things share (each sector's tax, each good's tariff)
    and describe nothing."""
    if claim.measure.event or claim.change or _another_of_its_kind(claim):
        return None
    sentence = claim.sentence
    start, end = claim.span_in_sentence
    before = _MONEY_OF_BEFORE.search(sentence, max(0, start - _OTHER_REACH), start)
    after = _WORDS.match(sentence, percent_end(sentence, start, end))
    words: list[str] = [before.group("noun").lower()] if before else []
    if after is not None and (head := _head(after.group(1))):
        words.append(head)
    money = event_vocabulary().money
    for word in words:
        named = money.match(word)
        if named is not None and named.end() == len(word) and word not in change_nouns():
            return (PERCENT, word, "noun")
    return None


_MONEY_OF_BEFORE = re.compile(
    r"\b(?P<noun>[a-z]+)\s+of\s+(?:(?:about|around|some|nearly|almost|up\s+to)\s+)?$", re.I
)


def _moved_by(claim: Claim, sentence: str, start: int, noun: str) -> tuple[str, str, str] | None:
    """A physical amount described by the verb right before it ("fell about 30 metres"),
    the verb read from the quote when the quote holds it ("fell 18 metres")."""
    if claim.kind != "amount" or not is_physical(claim.unit):
        return None
    head = _VERB_IN_QUOTE.match(claim.quote)
    word = head["verb"].lower() if head is not None else ""
    if not word or word in _STOP:  # "about 30 metres": the verb stands before the quote
        verb = _VERB_BEFORE.search(sentence, max(0, start - _VERB_REACH), start)
        word = verb["verb"] if verb is not None else ""
    motion = moving_verbs().get(word)
    if motion:
        return (noun or claim.unit, motion, "verb")  # "plunged", "fell": one fall
    if word in _STOP or not (word.endswith("ed") or word in _IRREGULAR_PAST):
        return None
    return (noun or claim.unit, word, "verb")


@cache
def moving_verbs() -> dict[str, str]:
    """verb -> the motion it tells ("plunged" -> "fall"; event_dates.json moving_verbs)."""
    return by_word(load_data("event_dates")["moving_verbs"])


def _counted_phrase(quote: str, noun: str) -> str:
    """The counted noun with the words that narrow it, when the quote gives some ("about 13
    million mobile subscribers" -> "mobile subscribers"); "" for a bare noun."""
    words = _COUNTED_WORDS.search(quote.lower())
    phrase = words.group(1).split() if words else []
    numbers = _number_words()
    while phrase and phrase[0] in numbers:
        phrase = phrase[1:]
    if len(phrase) < 2 or phrase[-1] != noun or any(w in _STOP for w in phrase):
        return ""
    return " ".join(phrase)


def _thing_after(claim: Claim, sentence: str, end: int, noun: str) -> tuple[str, str, str] | None:
    """The thing named right after a figure: the noun a compound stands before ("a 24-storey
    tower block": a size, "noun") or the stuff after "of" ("300 tonnes of
    ammonium nitrate", which may grow or shrink: "stuff"); not a noun of people, nor a
    change ("a 500-job cut" of whatever was cut)."""
    compound: int | None = end
    named_by = "noun"
    if _HYPHEN_UNIT.search(claim.quote) is None:
        # a compound that opens a quote running on ("390-kilometre line") names a thing
        # only when the noun stands for a named thing of the story (described); else it is
        # as likely one of many ("a 7-yard touchdown pass", "64-bit versions")
        compound, named_by = compound_end(claim), _RUN_ON
        if compound is not None and "-" not in sentence[claim.span_in_sentence[0] : compound]:
            compound = None  # "4,800 tonnes of waste": no compound
    words = _WORDS.match(sentence, compound) if compound is not None else None
    if words is None:
        words, named_by = _OF.match(sentence, end), "stuff"
    if words is not None and words.group(1).split()[0] in _MORE:
        return None  # "up to 200 mm of further rain": more than the stuff told
    head = _head(words.group(1)) if words else ""
    if not head or _people(head) or head in change_nouns():
        return None
    return (noun, singular(head), named_by)


_RUN_ON = "run-on"  # a compound in a quote that runs on into its noun


def described(claims: Iterable[Claim]) -> dict[str, tuple[str, str, str]]:
    """claim id -> its description, for the figures whose description names one thing of
    the story: at least two documents give it, each with one value in one event."""
    values: dict[tuple[str, str, str, str], dict[str, set[str]]] = defaultdict(
        lambda: defaultdict(set)
    )
    found: list[tuple[Claim, tuple[str, str, str]]] = []
    claims = tuple(claims)
    names = story_names(claims)
    for claim in claims:
        description = describe(claim)
        if description is None:
            continue
        noun, thing, named_by = description
        if named_by in ("noun", _RUN_ON) and thing in names:
            description = (noun, names[thing], "noun")  # "the 200-bed hospital"
        elif named_by == _RUN_ON:
            continue
        found.append((claim, description))
        values[(claim.event, *description)][claim.document].add(claim.value)
    told = {
        key
        for key, by_document in values.items()
        if sum(len(v) == 1 for v in by_document.values()) >= _MIN_DOCUMENTS
    }
    return {
        claim.claim_id: description
        for claim, description in found
        if (key := (claim.event, *description)) in told and len(values[key][claim.document]) == 1
    }


NUMBER_OF = "number of"  # a count told by its own phrase: fixed whatever the day, as a size


def described_frame(description: tuple[str, str, str], unit: str) -> tuple[str, str]:
    """What happened and what is counted, as a frame says them, for a described figure in
    `unit` ("" for a count): a size "of the" thing and a count's "number of" its phrase do
    not change with the day they are told (checker.findings.reconcile); a verb's distance
    is compared at one time, but for a motion of the incident (a fall)."""
    noun, thing, named_by = description
    if named_by == "phrase":
        return f"{NUMBER_OF} {thing}", f"{NUMBER_OF} {thing}"
    if named_by == "noun" or (named_by == "verb" and thing in moving_verbs().values()):
        # a motion of the incident ("plunged about 40 metres") happened once, as a size is
        return f"{ATTRIBUTE_OF} {thing}", unit or noun
    return (f"{STUFF_OF} {thing}" if named_by == "stuff" else thing), unit or noun


STUFF_OF = "of"  # what an amount of stuff is of: "300 tonnes of ammonium nitrate"
# stuff kept somewhere when the event struck: what was there then does not change with the
# day it is told ("Nearly three tonnes of fireworks were stored in the warehouse", "The depot
# held some 1,200 tonnes of ammonium nitrate")
_STORED = re.compile(
    r"\b(?:stored|storing|kept|held|holding|stockpiled|stockpiling|packed|stacked|housed)\b",
    re.I,
)


def stored(claim: Claim) -> bool:
    """Whether a figure's sentence tells stuff kept somewhere (stored, held, packed ...)."""
    return _STORED.search(claim.sentence) is not None
