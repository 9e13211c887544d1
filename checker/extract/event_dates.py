"""What a date dates: the start of a period ("since", "began in"), or an event noun and
the verb that ties it to the date.

"The offensive began on September 30" dates the start of the offensive; "the ceasefire,
which was signed on Nov. 24" its signing; "Russia launched a ground offensive against
rebel-held areas on Oct. 7" the start of the ground offensive. Two outlets that give two
different days for one of these are comparable, like two tolls; a date tied to no such
noun and verb measures nothing and is never compared.

The words between the verb and the date may not hold a conjunction or a comma: in "the
ceasefire was agreed and fighting resumed on Monday", Monday is not the day of the
agreement.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from checker.extract.action_days import action_day
from checker.extract.lexicons import (
    CaselessPattern,
    caseless_pattern,
    may_hold_any,
    measure_lexicon,
    normalise,
)
from checker.extract.measures import Clause
from checker.extract.periods import SINCE, SINCE_WORDS, compares, phrase_end
from checker.extract.scopes import sentence_scope
from checker.extract.text import may_end_with
from checker.extract.timex_common import day_named
from checker.extract.timex_vocab import FULL_WEEKDAYS, MONTHS, WEEKDAYS
from checker.extract.where import agent_of
from checker.model import Measure, TimeExpr
from checker.vocab import alternation, load_data

_WINDOW = 160  # characters before the date that may hold its noun and verb
# the verb comes at most four words and a preposition before the date, or (after the verb)
# a determiner, two words and the noun: 120 characters is ample
_VERB_REACH = 120
# "the first time since", "its highest level since", "the worst since": a comparison
_SUPERLATIVE_BEFORE = re.compile(
    r"\b(?:times?|level|levels|high|low|ever|worst|best|most|least|[a-z]{3,}est)\s+$"
)
# events whose date is not a start: "since a jet was shot down on Nov. 24"
_NOT_STARTS = frozenset({"killed", "injured", "shot", "arrested", ""})
# a word between the verb and the date: not a conjunction or a relative that starts a clause
_TAIL_WORD = (
    r"(?!(?:and|but|or|while|when|after|before|until|as|then|because|since|so|which|who"
    r"|where|though|although|if|amid|despite|from|through|to|till|until|thru|including"
    r"|{days})\b)[a-z][a-z'-]*"  # nor a day or month: another date comes between
)


@dataclass(frozen=True)
class _Patterns:
    subject: re.Pattern[str]
    object: re.Pattern[str]
    subject_class: dict[str, str]
    object_class: dict[str, str]
    noun_hint: CaselessPattern  # every match holds a noun's first word: a cheap first test
    verb_hint: CaselessPattern  # ... and a verb's last word, near the date
    other: re.Pattern[str]  # "another shooting": not the story's event


@functools.cache
def _patterns() -> _Patterns:
    data = load_data("event_dates")
    subject_class = {v: cls for cls, verbs in data["subject_verbs"].items() for v in verbs}
    object_class = {v: cls for cls, verbs in data["object_verbs"].items() for v in verbs}
    modifier = rf"(?:(?P<modifier>{alternation(data['ordinals'])})\s+)?"
    head = rf"\b{modifier}(?P<noun>{alternation(data['nouns'])})(?:s|es)?\b"
    days = alternation([*WEEKDAYS, *MONTHS, "today", "yesterday", "tonight", "tomorrow"])
    tail = rf"(?:\s+{_TAIL_WORD.format(days=days)}){{0,4}}?\s*$"
    fillers = alternation(data["subject_fillers"])
    subject = re.compile(
        rf"{head}(?:\s*,)?(?:\s+(?:{fillers}))*\s+(?P<verb>{alternation(list(subject_class))})"
        rf"\b{tail}",
        re.I,
    )
    obj = re.compile(
        rf"\b(?P<verb>{alternation(list(object_class))})\s+"
        rf"(?:(?:a|an|the|its|their|his|her|this|that|a\s+new)\s+)?"
        rf"(?:(?![a-z'-]*\b(?:and|but|or)\b)[a-z'-]+\s+){{0,2}}?{head}{tail}",
        re.I,
    )
    firsts = sorted({noun.split()[0].lower() for noun in data["nouns"]})
    noun_hint = caseless_pattern(r"\b(?:{words})", words=firsts)
    lasts = sorted({verb.split()[-1].lower() for verb in [*subject_class, *object_class]})
    verb_hint = caseless_pattern(r"\b(?:{words})\b", words=lasts)
    # "another boat", "a second, smaller eruption": up to two words, a comma after each
    other = re.compile(
        rf"\b(?:{alternation(data['other_instance'])})(?:,?\s+[a-z'-]+){{0,2}},?\s+$", re.I
    )
    return _Patterns(subject, obj, subject_class, object_class, noun_hint, verb_hint, other)


def _event_measure(folded: str, sentence: tuple[int, int], date_start: int) -> Measure:
    """The event a date in `folded` dates, or an empty Measure."""
    patterns = _patterns()
    window = folded[max(sentence[0], date_start - _WINDOW) : date_start]
    if (
        patterns.verb_hint.search(window, max(0, len(window) - _VERB_REACH)) is None
        or patterns.noun_hint.search(window) is None
    ):
        return Measure()
    for pattern, classes in (
        (patterns.subject, patterns.subject_class),
        (patterns.object, patterns.object_class),
    ):
        match = pattern.search(window)
        if match is None:
            continue
        event = classes.get(normalise(match["verb"]))
        if event is None or patterns.other.search(window, 0, match.start("noun")):
            continue
        noun = normalise(match["noun"])
        modifier = (match["modifier"] or "").lower()
        entity = f"{modifier} {noun}" if modifier else noun
        return Measure(event=event, entity=entity)
    return Measure()


INCIDENT = "incident"  # the entity a day of the story's incident dates


# the time words that may stand between an incident's verb or noun and its day: "capsized
# late on", "derailed shortly after 11 p.m. on", "the blast on", "the crash early on"
_TIME_WORDS = (
    r"(?:(?:late|early|shortly|just|after|before|about|around|at|on|in|the|of|night|evening"
    r"|morning|afternoon|[\d.:]+(?:\s*[ap]\.?m\.?)?|a\.?m\.?|p\.?m\.?|midnight|noon)\s+)*$"
)


@functools.cache
def _incident_verb() -> re.Pattern[str]:
    """An incident verb, or an incident noun, and the time words between it and a day:
    "capsized late on", "derailed shortly after 11 p.m. on", "collapsed on", "the blast
    on". The noun in small letters: "posted in Pedestrian Accidents on Wednesday" names a
    page's section, not an accident."""
    data = load_data("event_dates")
    verbs = alternation(data["incident_verbs"])
    nouns = alternation(data["incident_nouns"])
    return re.compile(
        rf"\b(?:{verbs}|{_NOT_OPENED}(?-i:(?:{nouns})(?:s|es)?))\s+{_TIME_WORDS}", re.I
    )


# "opened fire on Sunday", "returned fire": a gun's fire, no fire that broke out
_NOT_OPENED = r"(?<!opened\s)(?<!open\s)(?<!opens\s)(?<!opening\s)(?<!returned\s)"


@functools.cache
def _incident_noun_after() -> re.Pattern[str]:
    """ "Saturday's explosion", "Tuesday's deadly attack": an incident noun right after the
    possessive of the day."""
    nouns = alternation(load_data("event_dates")["incident_nouns"])
    return re.compile(rf"['\u2019]s\s+(?:[a-z-]+\s+)?(?:{nouns})\b", re.I)


# a day, with or without a time of day ("2024-11-15", "2024-11-15TNI", "2024-09-07T06:40"),
# or a weekday of no known week, an undated page's "on Saturday" ("XXXX-WXX-6TNI")


def _incident_day(folded: str, sentence: tuple[int, int], time: TimeExpr) -> Measure:
    """The day of the story's incident, told right after a verb or a noun that tells it
    ("the boat capsized late on Sunday", "the blast on Monday afternoon") or before an
    incident noun ("Saturday's explosion"), not of another one ("another boat capsized
    on")."""
    if not day_named(folded, time.start, time.end, time.value):
        return Measure()  # "today", "four hours later": read against a day the page may not keep
    start = max(sentence[0], time.start - 80)
    if "\n" in folded[start : time.end]:
        start = folded.rfind("\n", start, time.end) + 1  # a line ends a headline or a sentence
        if start > time.start:
            return Measure()
    verb = _incident_verb().search(folded, start, time.start)
    if verb is None and not (
        _incident_noun_after().match(folded, time.end)
        and _WEEKDAY_END.search(folded, time.start, time.end)
    ):
        return Measure()
    # "another boat capsized on", "in retaliation for Sunday's shooting": another incident
    if _patterns().other.search(folded, start, verb.start() if verb else time.start):
        return Measure()
    return Measure(event="date", entity=INCIDENT)


_WEEKDAY_END = re.compile(rf"(?:{alternation(sorted(FULL_WEEKDAYS))})$", re.I)


@functools.cache
def _made() -> tuple[re.Pattern[str], dict[str, str]]:
    """When a thing was made, right before the date: "The dam, built in 1978", "the bridge,
    which opened in 1974", "The ferry, which was built in Japan in 1998", "The camp was set
    up in 2011" (its subject, not a pronoun), "The camp, which the prophet set up in 1998";
    and the class of
    each verb (event_dates.json made_verbs: built and completed are one fact)."""
    classes = load_data("event_dates")["made_verbs"]
    of_verb = {verb: made for made, verbs in classes.items() for verb in verbs}
    pattern = re.compile(
        rf"""\b(?!(?i:it|this|that|which|who|they|he|she)\b)(?P<noun>[A-Za-z][a-z-]+)
           (?:\s*,\s+(?:which\s+|that\s+)?(?:(?:was|were|had\s+been|has\s+been)\s+)?
             |\s*,\s+(?:which|that)\s+(?:(?:the|a|an|its|his|her|their)\s+)?[a-z-]+\s+
             |\s+(?:was|were|had\s+been|has\s+been)\s+)
           (?P<verb>{alternation(list(of_verb))})
           \s+(?:(?:in|by)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s+)?in\s+$""",
        re.X,
    )
    return pattern, of_verb


_MADE_LAST_WORDS = frozenset({"in"})  # the last word of every _made() match: "built in"


def _made_date(folded: str, sentence: tuple[int, int], time: TimeExpr) -> Measure:
    """When a thing the sentence names was built, opened or founded ("The dam, built in
    1978" and "The dam, completed in 1986" cannot both hold), as an event of the thing."""
    start = max(sentence[0], time.start - 80)
    if not may_end_with(folded[start : time.start], _MADE_LAST_WORDS):
        return Measure()  # every match ends in "in" (most dates follow another word)
    pattern, of_verb = _made()
    match = pattern.search(folded, start, time.start)
    if match is None:
        return Measure()
    return Measure(event=of_verb[match["verb"].lower()], entity=match["noun"].lower())


def date_measure(folded: str, sentence: tuple[int, int], time: TimeExpr) -> Measure:
    """What a date dates, when the text says: the start of an air campaign, of the war
    ("since", "began in"), else an event noun and its verb ("the truce was signed on")."""
    measure = _start_measure(folded, sentence, time)
    if measure.event:
        return measure
    measure = _event_measure(folded, sentence, time.start)
    if not measure.event:
        measure = _incident_day(folded, sentence, time)
    if not measure.event:
        measure = _made_date(folded, sentence, time)
    if not measure.event:
        measure = action_day(folded, sentence, time)  # "the leaders were arrested on Tuesday"
    return _unless_round_up(folded, sentence, measure)


def time_of_day_measure(folded: str, sentence: tuple[int, int], time: TimeExpr) -> Measure:
    """What the day of a time of day dates ("collapsed on Friday night", "the blast on
    Monday afternoon"): only the story's incident, told by its verb or noun; a time of day
    dates no start, signing or making."""
    return _unless_round_up(folded, sentence, _incident_day(folded, sentence, time))


def _unless_round_up(folded: str, sentence: tuple[int, int], measure: Measure) -> Measure:
    """No measure for a date of a round-up or of another incident told as background."""
    if measure.event and sentence_scope(folded[sentence[0] : sentence[1]]):
        return Measure()
    return measure


# the cue's own word: "since", "launched", "broke out"
_CUE_WORD = re.compile(r"\w+(?:\s+(?:out|up|off))?")
# "since it began", "since they intervened": the pronoun stands for the sentence's campaign
_PRONOUN_AFTER_SINCE = re.compile(r"\s*(?:it|they|its|their)\b", re.I)


def _starts_the_campaign(folded: str, cues: list[re.Match[str]], date: int) -> bool:
    """Whether the words between a "since"/"began" cue and the date name what the sentence's
    campaign or war is ("since September", "began its air campaign in", "since the start of
    the war in", "since it intervened in"), not another thing that started then ("since
    peace talks broke off in April", "launched an offensive to retake the town on May 31",
    "the worst fighting since the battle for the city last year")."""
    lex = measure_lexicon()
    cue = cues[-1]
    # what started: the words after "since", or the object a verb cue holds ("launched
    # | an offensive to retake the town | on")
    verb = _CUE_WORD.match(cue.group(0))
    started = folded[cue.start() + (verb.end() if verb else 0) : date]
    if _ONLY_TIME_WORDS.fullmatch(started) or lex.agent_word_pattern.search(started):
        return True
    if lex.whole_event_pattern.search(started) or _START_OF_WORDS.search(started):
        return True
    first = cues[0]
    return first.group(0).lower().startswith("since") and bool(
        _PRONOUN_AFTER_SINCE.match(folded, first.end())
    )


@functools.cache
def _person_state_before() -> re.Pattern[str]:
    """A person's state right before "since" (event_dates.json person_states)."""
    states = load_data("event_dates")["person_states"]
    return re.compile(rf"\b(?:{alternation(states)})\s*$", re.I)


# a verb of change and at most two words before "since": "have risen sharply since 2021"
_CHANGED_BEFORE = re.compile(
    r"""\b(?:risen|rose|rising|fallen|fell|falling|grown|grew|growing|increased|increasing
       |decreased|decreasing|declined|declining|dropped|doubled|tripled|quadrupled|halved
       |surged|soared|climbed|jumped|shrunk|shrank|slumped|plunged)\b(?:\s+[\w-]+){0,2}\s*$""",
    re.I | re.X,
)
# "since | June", "began | in July", "since | early last year": nothing but the date's words
_ONLY_TIME_WORDS = re.compile(
    r"\s*(?:(?:in|on|at|during|from|early|late|mid|last|this|the)\s+)*\s*", re.I
)
# "since the start of", "since the beginning of the": the start itself is named
_START_OF_WORDS = re.compile(r"^\s*(?:the\s+)?(?:start|beginning|outbreak|onset)\b", re.I)


_RELATIVE_AFTER = re.compile(r",\s*(?:which|that|who)\b", re.I)
_NEXT_CLAUSE = re.compile(r";|,\s*(?:and|but|while|whereas)\s", re.I)


def _cue_clause_start(folded: str, sentence_start: int, cue: int) -> int:
    """Where the clause of a "since"/"began" cue starts: after the last comma before it,
    unless that comma opens a relative clause ("Russian airstrikes, which began on"), whose
    noun stands before it. "starting the fire by burning stubble, despite a ban in force
    since June 1": the fire is not what began on June 1."""
    comma = folded.rfind(",", sentence_start, cue)
    while comma >= 0 and _RELATIVE_AFTER.match(folded, comma):
        comma = folded.rfind(",", sentence_start, comma)
    return comma + 1 if comma >= 0 else sentence_start


def _start_measure(folded: str, sentence: tuple[int, int], time: TimeExpr) -> Measure:
    """The start of the period a "since" or "began" before the date opens.

    "Moscow began a campaign of airstrikes on September 30", "since it began its air
    campaign last September" and "Russian air strikes since September 2015" all date the
    start of the airstrikes; other dates measure nothing we can align.
    """
    lex = measure_lexicon()
    cue_start = max(sentence[0], time.start - 120)
    cues = (
        list(SINCE.finditer(folded, cue_start, time.start))
        if may_hold_any(folded[cue_start : time.start], SINCE_WORDS)
        else []
    )
    if not cues or time.start >= phrase_end(folded, cues[-1].end(), sentence[1]):
        return Measure()  # no "since"/"began" in the date's own phrase
    if cues[-1].group(0).startswith("since") and (
        _SUPERLATIVE_BEFORE.search(folded, max(0, cues[-1].start() - 40), cues[-1].start())
        or compares(folded, cues[-1], sentence[0])
    ):
        # "fighting for the first time since 2005", "the deadliest at a hotel in the country
        # since 2011": the date of an earlier event, not a period start
        return Measure()
    if cues[-1].group(0).startswith("since") and _person_state_before().search(
        folded, max(sentence[0], cues[-1].start() - 40), cues[-1].start()
    ):
        # "had been in intensive care since Wednesday": the start of a person's state
        return Measure()
    if cues[-1].group(0).startswith("since") and _CHANGED_BEFORE.search(
        folded, max(sentence[0], cues[-1].start() - 40), cues[-1].start()
    ):
        # "global cholera cases have risen sharply since 2021": the start of a trend the
        # sentence compares with, not of the story's event
        return Measure()
    between = folded[cues[-1].end() : time.start]
    if any(
        lex.event_of_word.get(normalise(m.group(0)), "x") in _NOT_STARTS
        for m in lex.event_pattern.finditer(between)
    ):
        return Measure()  # "since a jet was shot down on Nov. 24": the date of another event
    if not _starts_the_campaign(folded, cues, time.start):
        return Measure()  # "since peace talks broke off in April": another thing's start
    # the clause ends where another starts after the date (", and the department said ...
    # carried the virus"): its agent is no agent of this start
    after = _NEXT_CLAUSE.search(folded, time.end, sentence[1])
    clause = Clause(_cue_clause_start(folded, sentence[0], cues[-1].start()),
                    after.start() if after else sentence[1], time.start, time.end)  # fmt: skip
    agent = agent_of(folded, clause)
    if agent:
        # who struck matters: Russian and US-led air campaigns started on different days
        return Measure(event="start", entity=agent.split()[-1], agent=agent)
    whole = lex.whole_event_pattern.search(folded, sentence[0], sentence[1])
    return Measure(event="start", entity=normalise(whole.group(0))) if whole else Measure()
