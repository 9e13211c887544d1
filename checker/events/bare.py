"""What a figure that names no event of its own measures, read from the words around it:
a rate's place ("Ontario's unemployment rate"), a group's owner ("the airline's 950
pilots"), jobs cut or added ("1,200 jobs would go", "added 263,000 jobs"), how long an
arrangement or an event lasts ("an 11-day strike"), whom compensation goes to. Used by
checker.events.frames to build the frames of such figures; the vocabularies are data
(measures.json, events.json)."""

from __future__ import annotations

import re
from functools import cache

from checker.events.closures import closure_of
from checker.events.named import named_size, singular
from checker.events.physical import is_physical
from checker.events.vocab import ROUNDING_BEFORE
from checker.extract.lexicons import measure_lexicon
from checker.extract.where import places_in
from checker.model import Claim
from checker.vocab import alternation, load_data

# a place's possessive a few words before a rate ("Ontario's unemployment rate dropped to")
_PLACE_OWNER = re.compile(
    r"\b(?P<owner>[A-Z][\w-]+(?:[ \t]+[A-Z][\w-]+)?)['\u2019]s\s+(?:[a-z][\w-]*\s+){0,5}$"
)
_RATE_REACH = 60  # characters before a rate where its place may be named
_WORD_END = re.compile(r"\w*")  # the rest of a word a window would cut


def rate_place(claim: Claim) -> str:
    """The place a rate is of: a capitalised possessive a few words before it ("Ontario's
    unemployment rate dropped to 7.4 per cent") or a place named around it ("the jobless
    rate in Ontario"); "" when none. A region's rate is not the country's."""
    start, end = claim.span_in_sentence
    sentence = claim.sentence
    owner = _PLACE_OWNER.search(sentence, max(0, start - _RATE_REACH), start)
    if owner is not None and owner.group("owner").lower() not in measure_lexicon().not_places:
        return owner.group("owner")
    stop = _WORD_END.match(sentence, min(len(sentence), end + 30))
    return next(places_in(sentence, max(0, start - _RATE_REACH), stop.end() if stop else end), "")


GROUP_SIZE = "group size"  # measures.json fixed_events: a membership is no day's count
# a possessor right before a count: "the airline's 950 pilots", "Nordic Wings' 950 pilots"
_OWNER_BEFORE = re.compile(r"(?P<owner>\b[A-Za-z][\w&.-]*)(?:['\u2019]s|s['\u2019])\s+$")


def group_owner(claim: Claim) -> str:
    """Whose members a count of people or things with no event counts: the possessor right
    before it ("the airline's 950 pilots" -> "airline"), lower case; "" when none stands
    there, or the count names no noun."""
    if claim.kind != "count" or not claim.measure.entity or claim.measure.scope:
        return ""
    start, _ = claim.span_in_sentence
    owner = _OWNER_BEFORE.search(claim.sentence, max(0, start - 40), start)
    return owner.group("owner").lower() if owner else ""


JOB_CUTS = "cut"
JOBS_ADDED = "added"
JOBS = "jobs"
_CUT_REACH = 40  # characters either side of the figure where its verb of cutting may stand


@cache
def _job_words() -> tuple[frozenset[str], re.Pattern[str]]:
    data = load_data("measures")
    return frozenset(data["job_nouns"]), re.compile(
        rf"\b(?:{alternation(data['job_cut_words'])})\b", re.I
    )


@cache
def _adding() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A verb of adding before the figure, and one that starts its quote ("added 263,000
    jobs", where the verb is read as the figure's change)."""
    words = alternation(load_data("measures")["job_add_words"])
    before = re.compile(rf"\b(?:{words})\s+(?:[\w-]+\s+){{0,3}}$", re.I)
    return before, re.compile(rf"(?:{words})\b", re.I)


def job_added(claim: Claim) -> bool:
    """Whether a count is of jobs added (measures.json job_add_words): "added 263,000 jobs",
    "created a net 1.6 million jobs"; a verb of adding within three words before it. Or a
    rise of all jobs ("nonfarm payrolls increased by 236,000", job_total_words)."""
    if claim.kind != "count":
        return False
    if payrolls_rose(claim):
        return True
    counted = (claim.unit or claim.measure.entity).lower().split()
    if not counted or counted[-1] not in _job_words()[0] or counted[-1] in _NOT_ADDED:
        return False
    before, opening = _adding()
    start = claim.span_in_sentence[0]
    return bool(
        opening.match(claim.quote) or before.search(claim.sentence, max(0, start - 50), start)
    )


_NOT_ADDED = frozenset({"layoffs", "redundancies"})


@cache
def _payrolls() -> re.Pattern[str]:
    words = alternation(load_data("measures")["job_total_words"])
    return re.compile(rf"\b(?:{words})\s+$", re.I)


def payrolls_rose(claim: Claim) -> bool:
    """A rise with no counted noun right after a count of all jobs ("payrolls rose 263,000",
    "nonfarm payrolls increased by 236,000"): jobs added, and the words say so."""
    if claim.change != "up" or claim.unit:
        return False
    start = claim.span_in_sentence[0]
    return _payrolls().search(claim.sentence, max(0, start - 30), start) is not None


# a duration told as a compound before its noun: "an 11-day strike", "the 30-year lease"
# "an 11-day strike", "a seven-and-a-half-hour siege"
_COMPOUND_DURATION = re.compile(
    r"[\w.]+(?:-and-a-half)?-(?:day|night|week|month|year|hour|minute|decade)s?", re.I
)
_NOUN_WORD = re.compile(r"\s+([a-z][a-z-]*)")
_WORD_AFTER = re.compile(r"[ \t]+([A-Za-z][a-z-]*)")  # or a capitalised adjective before it
# an adjective before the noun: "general", "national", "indefinite", "nationwide"
_ADJECTIVE = re.compile(r"(?:al|ive|ary|ous|ful|ic|ite|wide)$")
_NOT_HEAD = frozenset(
    "of in on at for to by with from that which who and or but as after before than over"
    " is are was were has have had will would could".split()
)


# the thing whose length a verb tells, before it: "a siege that lasted about nine hours",
# "The standoff, which lasted nearly 14 hours", "a blackout lasting 12 hours"
_LASTED_BEFORE = re.compile(
    rf"""\b(?P<noun>[a-z][a-z-]*)
       (?:\s*,?\s*(?:which|that)(?:\s+[^,.;]{{1,60}},)?)?\s+(?:had\s+|has\s+)?
       (?:lasted|lasting|ran\s+for|went\s+on\s+for
          # "the walkout, which ended on Saturday after 26 days", "was put out after 14 hours"
          |(?:ended|finished|was\s+called\s+off|was\s+put\s+out|was\s+extinguished
             |was\s+lifted|was\s+brought\s+under\s+control)(?:\s+[\w-]+){{0,3}}?\s+after)\s+
       {ROUNDING_BEFORE}$""",
    re.X,
)


def lasting_thing(claim: Claim) -> str:
    """The noun a compound duration stands before ("an 11-day strike", "the nine-day strike
    ended": strike; "a 30-year lease": lease), or the thing a verb says lasted it ("a siege
    that lasted about nine hours"), singular; "" when the duration is neither or no such
    noun is one of the things whose lengths the story compares."""
    if not _COMPOUND_DURATION.fullmatch(claim.quote):
        start = claim.span_in_sentence[0]
        lasted = _LASTED_BEFORE.search(claim.sentence, max(0, start - 130), start)
        return _singular_thing(lasted["noun"]) if lasted else closure_of(claim)
    text, position = claim.sentence, claim.span_in_sentence[1]
    head = ""
    for _ in range(3):  # "a 24-hour general strike": the noun after its adjectives
        word = _WORD_AFTER.match(text, position)
        if word is None or word.group(1) in _NOT_HEAD:
            return ""
        head, position = word.group(1), word.end()
        if head[0].isupper():
            continue  # "a 14-night Caribbean voyage": a name's adjective
        if not _ADJECTIVE.search(head):
            break  # "the nine-day strike ended", "the four-year ban starts"
    else:
        return ""
    return _singular_thing(head)


def _singular_thing(noun: str) -> str:
    """The noun, singular, when it is one of the things whose lengths a story compares
    (measures.json lasting_things); else ""."""
    # "a 20-year veteran", "a 15-year law enforcement veteran": a person's, and a story has
    # several; only what the story's arrangements and events last is compared
    return _lasting_things().get(singular(noun), "")


# a measure told as a compound before a noun: "the 48-page indictment", "the 62-car train",
# "the 1.1-km bridge"; its number and unit word, joined by a hyphen
_COMPOUND_MEASURE = re.compile(r"[\w.,]+-(?P<unit>[a-z]+)", re.I)
# a physical size written without the hyphen: "the 4.2km tunnel", "the 1.1 km bridge"
_JOINED_SIZE = re.compile(r"[\d.,]*\d\s?(?P<unit>[a-z]+)", re.I)
# right before it, a definite determiner: one thing of the story, not one of many ("a
# 41-yard pass", "an 8-megapixel camera" of another phone)
_DEFINITE_BEFORE = re.compile(r"(?:\bthe|['\u2019]s)\s+$", re.I)
# or an apposition to a name, which says what the named thing is: "Rosewood Manor, a 96-bed
# home" (not a day: "On Friday, a 12-car pileup")
_APPOSITION_BEFORE = re.compile(r"\b(?P<name>[A-Z][\w'-]*),\s+an?\s+$")
# an amount of money before the noun it prices: "the $2.7bn mission", "a £30m stadium"
_MONEY_COMPOUND = re.compile(
    r"(?:[A-Z]{0,3}[$\u00a3\u20ac]|[$\u00a3\u20ac])[\d.,]*\d"
    r"(?:\s?(?:bn|m|k|million|billion|trillion)\b)?",
    re.I,
)


# what a compound size measures: "of the pipeline". A thing's size does not change with the
# day it is told (checker.findings.reconcile compares it across days)
ATTRIBUTE_OF = "of the"


def _definite(text: str, start: int) -> bool:
    """Whether the words right before a figure make its noun one thing of the story: "the",
    a possessive, or an apposition to a name."""
    if _DEFINITE_BEFORE.search(text, max(0, start - 8), start):
        return True
    apposition = _APPOSITION_BEFORE.search(text, max(0, start - 40), start)
    return apposition is not None and (
        apposition.group("name").lower() not in measure_lexicon().not_places
    )


def price_of_thing(claim: Claim) -> str:
    """The thing an amount of money right before a definite noun is the price of ("The
    $2.7bn mission": "of the mission"), or "" when the amount is no such compound. Read
    only for money no word of the money table names (checker.events.kinds.money_kind)."""
    compound = _MONEY_COMPOUND.match(claim.quote)
    if compound is None or claim.kind != "amount" or claim.measure.event:
        return ""
    head = _thing_named(claim.sentence, claim.span_in_sentence[0], compound.end())
    return f"{ATTRIBUTE_OF} {head}" if head else ""


def _thing_named(text: str, start: int, compound_end: int) -> str:
    """The one thing of the story a compound at `start` measures: the singular noun right
    after it, when a definite word or an apposition stands before it; "" otherwise, and for
    a noun of people ("the 12-member panel" is read by its own rules)."""
    if not _definite(text, start):
        return ""
    word = _NOUN_WORD.match(text, start + compound_end)
    head = word.group(1) if word else ""
    if not head or head in _NOT_HEAD or _ADJECTIVE.search(head) or head.endswith("s"):
        return ""  # "the 20-mile stretch of": a singular noun right after, not a plural
    return "" if head in measure_lexicon().people else head


def attribute_of_thing(claim: Claim) -> str:
    """The thing a compound measure before a definite noun measures, as what happened to
    it ("the 48-page indictment": "of the indictment"), or "" when the figure is no such
    compound. Two outlets' "the 35-word oath" and "the 38-word oath" tell one thing of the
    story. Ages, durations (lasting_thing), people ("the 12-member panel") and designations
    that are no measure ("the .45-caliber gun", measures.json designations) are not read.
    A quote that runs on past the compound ("860-km pipeline", an amount with its unit and
    the noun after it) is read from the compound's end."""
    compound = _COMPOUND_MEASURE.match(claim.quote)
    if compound is None and claim.kind == "amount" and is_physical(claim.unit):
        compound = _JOINED_SIZE.match(claim.quote)
    if compound is None or claim.kind not in ("count", "amount") or claim.measure.event:
        return ""
    rest = claim.quote[compound.end() :]
    if rest and not rest[0].isspace():
        return ""  # "2,500-square-metre": a compound of more words than one
    unit = compound.group("unit").lower()
    if unit in designations() or _COMPOUND_DURATION.fullmatch(compound.group(0)):
        return ""
    if unit in measure_lexicon().people:
        return ""  # "the 12-member panel"
    start = claim.span_in_sentence[0]
    named = named_size(claim)
    if named is not None and _definite(claim.sentence, start):
        return f"{ATTRIBUTE_OF} {named[0]}"  # "The 16-storey Caldwell House"
    head = _thing_named(claim.sentence, start, compound.end())
    return f"{ATTRIBUTE_OF} {head}" if head else ""


# the thing a physical amount is told of, right before it: "a reservoir of 12 million cubic
# metres", "the tunnel, which stretches 4.2 km", "The reservoir held 21 million cubic metres"
_QUALIFIER = ROUNDING_BEFORE
_THING_OF = re.compile(
    rf"\b(?i:a|an|the|its|their)\s+(?:[a-z-]+\s+)?(?P<noun>[a-z][a-z-]+)\s+of\s+{_QUALIFIER}$"
)
_THING_VERB = re.compile(
    rf"""\b(?i:the|its|their)\s+(?:[a-z-]+\s+)?(?P<noun>[a-z][a-z-]+)
       (?:(?:\s*,\s*which)?\s+
          (?:held|holds|measured|measures|covers|covered|spans|spanned|stretches|stretched
            |runs|ran|weighs|weighed)
        |\s*,\s*(?:weighing|measuring|covering|spanning|stretching|holding))  # "The girder,
       \s+{_QUALIFIER}$""",  # weighing about 150 tonnes"
    re.X,
)


def thing_measured(claim: Claim) -> str:
    """The thing a length, an area, a volume or a mass is told of in the words right before
    it ("a reservoir of 12 million cubic metres": "of the reservoir"), as a compound size
    is (attribute_of_thing); "" for a noun that names a measure itself ("a depth of",
    "a total of", measures.json measure_nouns), a plural or a noun of people."""
    if claim.kind != "amount" or claim.measure.event or not is_physical(claim.unit):
        return ""
    noun = thing_before(claim.sentence, claim.span_in_sentence[0])
    return f"{ATTRIBUTE_OF} {noun}" if noun else ""


def thing_before(text: str, start: int, holder: bool = True) -> str:
    """The singular noun a figure at `start` is told of in the words right before it ("a
    reservoir of", "A shipment of"; with `holder`, the subject of a verb of holding or
    spanning too: "the tunnel, which stretches"); "" for a noun that names a measure itself
    ("a depth of", "a total of", measures.json measure_nouns), a plural or a noun of
    people."""
    low = max(0, start - 60)
    found = _THING_OF.search(text, low, start)
    if found is None and holder:
        found = _THING_VERB.search(text, low, start)
    noun = found["noun"] if found else ""
    if not noun or noun in _measure_nouns() or noun.endswith("s") and not noun.endswith("ss"):
        return ""
    return "" if noun in measure_lexicon().people else noun


@cache
def _measure_nouns() -> frozenset[str]:
    return frozenset(load_data("measures")["measure_nouns"])


@cache
def designations() -> frozenset[str]:
    """Unit words of compounds that name a kind of thing, not a size (measures.json)."""
    return frozenset(load_data("measures")["designations"])


@cache
def _lasting_things() -> dict[str, str]:
    """Each word of a lasting thing -> the word that names its length (the first of a list
    of words for one thing: "walkout" -> "strike")."""
    names: dict[str, str] = {}
    for entry in load_data("measures")["lasting_things"]:
        words = [entry] if isinstance(entry, str) else entry
        names.update((word, words[0]) for word in words)
    return names


COMPENSATION = "compensation"  # events.json money kinds
# who a payment of compensation goes to, named after it: "Rs 2 lakh to the families of the
# dead", "Rs 50,000 to the injured"
_RECIPIENT = re.compile(
    r"""\b(?:(?P<injured>injured|wounded|hurt|hospitali[sz]ed)
       |(?P<dead>dead|deceased|killed|died|victims|bereaved|those\s+who\s+lost))\b""",
    re.I | re.X,
)
_RECIPIENT_REACH = 60  # characters after the amount where its recipient is named


def recipient(claim: Claim) -> str:
    """ "injured" or "dead" when the words right after an amount of compensation say whom it
    goes to, "" otherwise."""
    end = claim.span_in_sentence[1]
    found = _RECIPIENT.search(claim.sentence, end, end + _RECIPIENT_REACH)
    if found is None:
        return ""
    return "injured" if found.group("injured") else "dead"


def job_place(claim: Claim) -> str:
    """The place a count of jobs is restricted to, named right after it ("cut 7,000 jobs in
    Germany", "450 jobs will go in Norway"), or ""."""
    end = claim.span_in_sentence[1]
    return next(places_in(claim.sentence, end, min(len(claim.sentence), end + _CUT_REACH)), "")


def job_cut(claim: Claim) -> bool:
    """Whether a count is of jobs cut (measures.json job_nouns, job_cut_words): "cut 7,000
    jobs", "plans to eliminate roughly 7,000 salaried positions", "500 layoffs"; not
    "employs 200,000 people". The cut is the frame's, so "cut 7,000 jobs" (a change word
    before the figure) and "eliminate 7,000 positions" are one measure."""
    if claim.kind != "count":
        return False
    nouns, cut = _job_words()
    counted = (claim.unit or claim.measure.entity).lower().split()
    if counted[-2:] in (["job", "cuts"], ["job", "losses"]):  # "500 job cuts"
        return True
    if not counted or counted[-1] not in nouns:
        return False
    if counted[-1] in ("layoffs", "redundancies"):
        return True
    start, end = claim.span_in_sentence
    sentence = claim.sentence
    return any(
        not (_GOING.search(verb.group()) and _GO_ELSEWHERE.match(sentence, verb.end()))
        for verb in cut.finditer(sentence, max(0, start - _CUT_REACH), end + _CUT_REACH)
    )


# "1,200 jobs will go" is a cut; "3,000 staff will go on strike" is not
_GOING = re.compile(r"\bgo$")
_GO_ELSEWHERE = re.compile(
    r"\s+(?:on|ahead|to|into|up|down|back|out|through|home|unfilled)\b", re.I
)
