"""What a date dates, read from an event noun and the verb that ties it to the date.

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

from checker.extract.lexicons import CaselessPattern, caseless_pattern
from checker.extract.timex_vocab import MONTHS, WEEKDAYS
from checker.model import Measure
from checker.vocab import alternation, load_data

_WINDOW = 160  # characters before the date that may hold its noun and verb
# the verb comes at most four words and a preposition before the date, or (after the verb)
# a determiner, two words and the noun: 120 characters is ample
_VERB_REACH = 120
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
    other = re.compile(rf"\b(?:{alternation(data['other_instance'])})\s+(?:[a-z'-]+\s+)?$", re.I)
    return _Patterns(subject, obj, subject_class, object_class, noun_hint, verb_hint, other)


def event_date_measure(folded: str, sentence: tuple[int, int], date_start: int) -> Measure:
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
        event = classes.get(" ".join(match["verb"].lower().split()))
        if event is None or patterns.other.search(window, 0, match.start("noun")):
            continue
        noun = " ".join(match["noun"].lower().split())
        modifier = (match["modifier"] or "").lower()
        entity = f"{modifier} {noun}" if modifier else noun
        return Measure(event=event, entity=entity)
    return Measure()
