"""What a figure measures: event class, counted entity, and scope (agent, place, period).

The figure's clause is the stretch of its sentence between the neighbouring figures. The
event is read, in order, from the counted noun ("250,000 lives"), from a predicate right
after it ("250,000 people have been killed"), or from the nearest event word before it
("has killed more than 260,000 people").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from checker.extract.charges import CHARGE_NOUNS, charges_measure
from checker.extract.contacts import contacted
from checker.extract.entities import Entity, active_verbs, counted_class, counts_people, entity_of
from checker.extract.infections import infected_people, infection_event, suspected_cases
from checker.extract.lexicons import measure_lexicon, normalise
from checker.extract.members import LIVES, dead_before_noun, group_end, lives_lost
from checker.extract.not_tolls import not_a_toll, shot_dead
from checker.extract.numbers import small_number_words
from checker.extract.others import part_of_others
from checker.extract.periods import period_of, since_of
from checker.extract.reached import number_reached, reached_count
from checker.extract.rounds import rounds_fired
from checker.extract.scopes import scope_of
from checker.extract.tallies import party_vote
from checker.extract.text import hyphened
from checker.extract.transfers import HOSPITALISED, sent_to_hospital
from checker.extract.where import agent_of, place_of
from checker.model import Measure, TimeExpr
from checker.vocab import alternation

# Between a counted noun and its participle: "have been", "were reportedly", "forced to".
_AUXILIARY = re.compile(
    r"""
    (?:\s+(?:have|has|had|been|were|was|are|is|be|being|being|reportedly|also|now|so\s+far|
           already|reported|confirmed|ordered|believed|feared|thought|said|to|forced|left|were\s+all|
           known|estimated|presumed|understood|among\s+(?:the|those)|
           all|who|later|since|allegedly|officially|could|would|may|might|will|had\s+been|
           either|both|then|badly|seriously|critically|fatally|mortally|found|slightly|
           lightly|severely|gravely|moderately|pronounced|listed|shot\s+and|remain|remained|still|
           got|get|gets|getting)                # the get-passive: "four others got injured"
     | \s*,\s*including\s+[^,;:()]{1,40},   # "five people, including the gunman, were"
    )*
    \s+                                   # then the predicate
    """,
    re.VERBOSE | re.I,
)

_MAX_WORDS_FROM_VERB = 6
_ABOARD = "aboard"  # those on a plane, ship or bus: a count a verb before the figure overrides
_PEOPLE_OR_THINGS = frozenset({_ABOARD, "cancelled", "recalled"})
_CLAUSE_BREAK = re.compile(r"[,;:()]|\s-\s|\b(?:which|who|while|but|whereas)\b", re.I)
_AND = re.compile(r"\s+and\s+", re.I)
_SHOT_AND = re.compile(r"\bshot\s+and\s+$", re.I)  # the auxiliaries' "shot and", last
_AND_END = re.compile(r"\band\s+$", re.I)
# An event word that ends its subject's predicate: "was killed", "were fatally shot", "died"
_PREDICATE_BEFORE = re.compile(
    r"""
    \b(?:was|were|been|is|are|be)\s+(?:[a-z]+ly\s+|pronounced\s+|found\s+|in\s+)?[a-z-]+
      (?:\s+condition)?$
    | \b(?:died|dead|dies)$
    """,
    re.VERBOSE | re.I,
)


# "attempting to kill two", "attempted murder", "aiming to kill four", "hoped to kill
# hundreds": what someone tried, meant or threatened to do; nobody died
_ATTEMPT = re.compile(
    r"\b(?:(?:attempt(?:ed|ing|s)?|tr(?:ied|ying|y)|intend(?:ed|ing|s)?|plann?(?:ed|ing|s)?"
    r"|plott(?:ed|ing)|sought|seeking|threaten(?:ed|ing|s)?|wanted|wants)\s+(?:to\s+)?"
    r"|(?:aim(?:ed|ing|s)?|hop(?:ed|ing|es)|vow(?:ed|ing|s)?|meant)\s+to\s+)$",
    re.I,
)
_ATTEMPT_REACH = 20
# "six others with gunshot wounds", "two were in the hospital with serious injuries"
_WITH_WOUNDS = re.compile(
    r"(?:\s+[\w-]+){0,5}?\s+with\s+(?:[\w-]+\s+){0,2}?(?:wounds|injuries)\b", re.I
)


# not frozen, as the other records extraction builds per figure (see numbers.NumberMention)
@dataclass
class Clause:
    start: int  # where the figure's clause starts (after the previous figure)
    end: int  # where it ends (before the next figure)
    figure_start: int
    figure_end: int  # end of the figure and its counted noun
    sentence_start: int = -1  # the figure's sentence, when known
    sentence_end: int = -1

    @property
    def sentence_from(self) -> int:
        """Where the figure's sentence starts, or its clause when the sentence is not known."""
        return self.sentence_start if self.sentence_start >= 0 else self.start

    @property
    def sentence_to(self) -> int:
        """Where the figure's sentence ends, or its clause when the sentence is not known."""
        return self.sentence_end if self.sentence_end >= 0 else self.end


def event_of(folded: str, clause: Clause, entity: Entity | None) -> str:
    """The event class a figure counts, or "" when the clause does not say."""
    if contacted(folded, clause.figure_start):
        return ""  # "interviewed 22 injured people": whom someone spoke to
    lex = measure_lexicon()
    if entity is not None:
        if entity.head in LIVES:
            return "killed" if lives_lost(folded, clause) else ""
        own = ""
        if lex.event_of_word.get(entity.head) and entity.head not in active_verbs():
            # "4 killed, 2 hurt", "250,000 dead"; not "Kills Two Injures Three"
            own = lex.event_of_word[entity.head]
        elif lex.entity_event.get(entity.head):
            own = lex.entity_event[entity.head]  # "survivors", "refugees", "hostages"
        if own:
            # a noun of people that names an event ("prisoners", "survivors") yields to its
            # own predicate: "79 prisoners escaped" escaped, they were not arrested; "six
            # survivors taken to hospital" are those in hospital, a part of the rescued
            if not entity.head.endswith("ed"):
                after = _predicate_event(folded, clause.figure_end, clause.end)
                if after and after != own:
                    return after
            return own
        if dead_before_noun(entity.written):
            return "killed"  # "two slain victims", "three dead burglars"
    event = _predicate_event(folded, clause.figure_end, clause.end)
    if event and entity is not None and _bare_participle(folded, clause.figure_end):
        # "freed 12 miners trapped underground": a participle right after the noun
        # modifies it; the verb right before the figure, whose object it is, tells what
        # happened to them
        event = _object_of_verb(folded, clause) or event
    if event is None and entity is None and (end := group_end(folded, clause)) >= 0:
        event = _predicate_event(folded, end, clause.end)  # "Two of the victims were killed"
    if event is None and entity is not None:
        event = party_vote(folded, clause.figure_end, clause.end, entity.head) or None
    if event == _ABOARD:  # "killing all 150 people on board": the verb before tells it
        return _verb_on_all(folded, clause) or event
    if event is not None:
        return event
    event = _event_after_aside(folded, clause)
    if event:
        return event
    if _WITH_WOUNDS.match(folded, clause.figure_end, clause.end):
        # "four victims with gunshot wounds" were shot, the dead among them; "others with
        # gunshot wounds" are those not killed
        return "injured" if entity is not None and entity.head == "others" else "shot"
    return HOSPITALISED if sent_to_hospital(folded, clause) else _event_before(folded, clause)


def _bare_participle(folded: str, end: int) -> bool:
    """Whether the predicate right after a figure's noun has no auxiliary ("students
    abducted from", not "students were abducted")."""
    auxiliary = _AUXILIARY.match(folded, end)
    return auxiliary is not None and not auxiliary.group(0).strip()


@cache
def _counted_before() -> re.Pattern[str]:
    """A count right before a verb, whose verb it is ("8 persons killed", "Two dead"): digits,
    a number word of one to twenty (numbers.json) or a vague amount, and up to two words."""
    words = alternation([*small_number_words(20), "dozens", "scores", "hundreds", "thousands"])
    return re.compile(rf"(?:\d[\d,.]*|\b(?:{words}))\s+(?:[a-z-]+\s+){{0,2}}$", re.I)


def _object_of_verb(folded: str, clause: Clause) -> str:
    """The event of a past-tense verb the figure is the object of, right before it ("freed
    12"), or ""."""
    pattern = measure_lexicon().event_pattern
    verbs = list(pattern.finditer(folded, clause.start, clause.figure_start))
    if not verbs or not verbs[-1].group(0).lower().endswith("ed"):
        return ""
    if _counted_before().search(folded, max(0, verbs[-1].start() - 40), verbs[-1].start()):
        return ""  # "8 persons killed 58 others injured": a list of counts, each its own verb
    if not _PICKS_ALL.fullmatch(folded, verbs[-1].end(), clause.figure_start):
        return ""
    return _event_before(folded, clause)


_PICKS_ALL = re.compile(r"\s+(?:(?:all|the|everyone|of)\s+)*", re.I)


def _verb_on_all(folded: str, clause: Clause) -> str:
    """The event of a verb whose object the figure is: nothing stands between them but words
    that pick them all ("killing all 150 people on board"); not a preposition ("died when a
    plane with 72 people aboard")."""
    pattern = measure_lexicon().event_pattern
    verbs = list(pattern.finditer(folded, clause.start, clause.figure_start))
    if verbs and _PICKS_ALL.fullmatch(folded, verbs[-1].end(), clause.figure_start):
        return _event_before(folded, clause)
    return ""


def _event_before(folded: str, clause: Clause) -> str:
    """The event of the nearest event word before the figure in its clause, or ""."""
    lex = measure_lexicon()
    matches = list(lex.event_pattern.finditer(folded, clause.start, clause.figure_start))
    if not matches:
        return _reached_subject(folded, clause)
    if number := number_reached(folded, clause.sentence_from, clause.figure_start):
        # the number a figure is the value of names its event first: "The number of people
        # hurt when part of the roof collapsed ... rose to 17" counts the hurt, not the roof
        return number
    between = folded[matches[-1].end() : clause.figure_start]
    if _AND_END.search(between) and _PREDICATE_BEFORE.search(
        folded, max(0, matches[-1].start() - 24), matches[-1].end()
    ):
        return ""  # "two were killed and four others ...": the verb is the first subject's
    if _close_before(between) and not _attempted(folded, matches[-1]):
        event = lex.event_of_word[normalise(matches[-1].group(0))]
        if event in _HARMS and len(matches) > 1:
            # "killed and injured five civilians", "killed or wounded 40": both verbs' object
            # (not "left three people dead and injured two others": a first word right
            # after the figure before is that figure's)
            first = lex.event_of_word[normalise(matches[-2].group(0))]
            joined = folded[matches[-2].end() : matches[-1].start()]
            own = folded[clause.start : matches[-2].start()].strip()
            if first in _HARMS and first != event and _AND_OR.fullmatch(joined) and own:
                return CASUALTIES
        return event
    return _reached_subject(folded, clause)


# an aside between a figure and its verb, which may hold figures of its own and so end the
# figure's clause: "four people, including three children, [were] wounded", "six people, three
# men and three women, were shot", "the other four victims -- two men and two women -- were"
_ASIDE = re.compile(
    r"""
    \s*,\s*(?:including|among\s+them|among\s+whom|mostly|mainly|largely  # "18 people, most
      |(?:most|many|all|some|half|several|both)\s+of\s+(?:them|whom))  # of them children,"
      \s+[^,;:()]{1,60},
    | \s*,\s*(?:[\w-]+\s+){0,2}(?:men|women|boys|girls|adults|children|teens|teenagers)
      (?:\s+and\s+(?:[\w-]+\s+){0,2}(?:men|women|boys|girls|adults|children|teens|teenagers))?
      \s*,
    | \s+(?:--|\u2014)\s+[^-\u2014;:()]{1,60}?\s+(?:--|\u2014)
    # who they are, set off by commas: an age ("One man, 45, was killed", "Two men, aged
    # 22 and 27, were arrested", "One inmate, a 34-year-old man, died", "who was 45"), or
    # words on all of them ("Two men, both from Ohio, were", "all in their 20s")
    | \s*,\s*(?:aged\s+|ages\s+)?\d{1,3}(?:\s*(?:,|and|&)\s*\d{1,3})*\s*,
    | \s*,\s*(?:aged|ages|both|all|each|an?\s+[\w-]*\d[\w-]*|who\s+(?:was|were|is|are))\s
      [^,;:()]{0,50},
    """,
    re.VERBOSE | re.I,
)


def _event_after_aside(folded: str, clause: Clause) -> str:
    """The event of the verb after an aside that follows the figure, read to the end of the
    sentence, or ""."""
    end = max(clause.sentence_end, clause.end)
    aside = _ASIDE.match(folded, clause.figure_end, end)
    if aside is None:
        return ""
    if _RELATIVE.match(folded, aside.end()) and _event_before(folded, clause):
        return ""  # "wounded two men, 19 and 20, who were shot": the verb before governs
    return _predicate_event(folded, aside.end(), end) or ""


_RELATIVE = re.compile(r"\s*(?:who|which|that)\b", re.I)


def _predicate_event(folded: str, start: int, end: int) -> str | None:
    """The event of the predicate that starts at `start` ("have been killed", "were
    reportedly wounded"): None when there is none; "" when there is one that counts no
    toll: an attempt ("attempted to kill"), those still in a state ("four remained
    hospitalized": a part of the count). A verb that acts on others makes the figure before
    it its subject, not its object ("Attack Kills Two Injures Three": the two were killed):
    it is no predicate of the figure (entities.active_verbs)."""
    after = _AUXILIARY.match(folded, start, end)
    if not after:
        return None
    match = measure_lexicon().event_pattern.match(folded, after.end(), end)
    if match is None and _SHOT_AND.search(after.group(0)):
        return "shot"  # "were shot and taken to a local hospital": no stronger outcome
    if match is None or normalise(match.group(0)) in active_verbs():
        return None
    if _attempted(folded, match):
        return ""
    event = _strongest(folded, match, end)
    if event in _NOT_STILL and _STILL.search(after.group(0)):
        return ""
    return event


# "40 remain missing" is the count of the missing; "four others remained hospitalized", "two
# are still in critical condition" are those still there, a part of the count
_STILL = re.compile(r"\b(?:remain|remained|still)\b", re.I)
_NOT_STILL = frozenset({"hospitalised", "injured"})


def _reached_subject(folded: str, clause: Clause) -> str:
    return reached_count(folded, clause.sentence_from, clause.figure_start, clause.start)


def _attempted(folded: str, match: re.Match[str]) -> bool:
    return bool(_ATTEMPT.search(folded, max(0, match.start() - _ATTEMPT_REACH), match.start()))


def _close_before(between: str) -> bool:
    # "has killed more than 260,000": a verb governs the figure only from a few words away
    return len(between.split()) <= _MAX_WORDS_FROM_VERB and not _CLAUSE_BREAK.search(between)


def _strongest(folded: str, match: re.Match[str], limit: int) -> str:
    # "were shot and killed": the later, stronger outcome wins over "shot"; "were shot and
    # taken to hospital" counts those shot
    lex = measure_lexicon()
    event = lex.event_of_word[normalise(match.group(0))]
    follow = _AND.match(folded, match.end(), limit)
    if event == "shot" and follow:
        nxt = lex.event_pattern.match(folded, follow.end(), limit)
        if nxt and lex.event_of_word[normalise(nxt.group(0))] in _HARMS:
            return lex.event_of_word[normalise(nxt.group(0))]
    either = _AND_OR.match(folded, match.end(), limit)
    if event in _HARMS and either:
        # "five people were killed and injured", "30 people dead or wounded": the figure
        # counts both, the casualties; not "three were killed and injured another", where
        # the second verb has an object of its own
        nxt = lex.event_pattern.match(folded, either.end(), limit)
        if nxt is not None and not _own_object().match(folded, nxt.end()):
            second = lex.event_of_word[normalise(nxt.group(0))]
            if second in _HARMS and second != event:
                return CASUALTIES
    return event


# the outcomes a shot ends in ("were shot and killed"), and the harms whose counts together
# are the casualties ("killed and injured five")
_HARMS = frozenset({"killed", "injured"})
CASUALTIES = "casualties"  # the killed and the injured together
_AND_OR = re.compile(r"\s+(?:and|or)\s+", re.I)


@cache
def _own_object() -> re.Pattern[str]:
    """The second verb's own object: "and injured three others", "and wounded another"
    (the number words one to ten of numbers.json)."""
    numbers = small_number_words(10)
    return re.compile(
        rf"\s+(?:\d|(?:an?|another|others?|{alternation(numbers)}|"
        r"dozens|several|many|scores|his|her|their|the)\b)",
        re.I,
    )


def build_measure(
    folded: str,
    clause: Clause,
    entity: Entity | None,
    times: tuple[TimeExpr, ...],
    own: tuple[TimeExpr, ...],
    published: dt.date | None,
) -> Measure:
    """The measure of a figure; `times` are its sentence's, `own` the figure's own_times."""
    lex = measure_lexicon()
    if entity is not None and entity.head in lex.not_counted:
        return Measure(entity=entity.head)
    if entity is not None and hyphened(folded, entity) and entity.head not in lex.people:
        # "a 24-storey tower", "a six-vehicle crash": the figure describes a thing of the
        # event, it counts no one the event harmed
        return Measure(entity=entity_of(entity))
    if entity is not None and entity.head == "rounds" and not rounds_fired(folded, clause):
        return Measure(entity="rounds")  # "the bout went 11 rounds", "two rounds of funding"
    if entity is not None and entity.head in CHARGE_NOUNS:
        return charges_measure(folded, entity)
    if not_a_toll(folded, clause, entity):
        return Measure(entity=entity_of(entity))
    event = event_of(folded, clause, entity) or infection_event(folded, clause, entity)
    if not event or (event in _PEOPLE_OR_THINGS and (event == _ABOARD) != counts_people(entity)):
        return Measure(entity=entity_of(entity))  # aboard counts people, recalls things
    if event in ("shot", "injured") and shot_dead(folded, clause, event):
        event = "killed"
    since = since_of(folded, clause, times)
    return Measure(
        event=event,
        entity=part_of_others(folded, clause, entity, event)
        or suspected_cases(entity, event)
        or infected_people(entity, event)
        or counted_class(entity, event),
        agent=agent_of(folded, clause),
        place=place_of(folded, clause),
        since=since,
        period="" if since else period_of(folded, clause, own, published),
        cumulative=event in lex.cumulative,
        scope=scope_of(folded, clause, event),
    )
