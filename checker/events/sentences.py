"""Prison sentences and whose they are: "sentenced former mayor John Doe to 12 years in
prison", "Doe was sentenced Thursday to 10 years", "jailed for nine years", "was given
nine years in jail" (a verb of giving only with the term told after the figure: "in
prison", "behind bars", "prison term"). A sentence is a duration in years or
months, aligned only with sentences of the same defendant (by surname), so two outlets that
give one man's sentence differently are compared and two defendants' sentences never are. A
maximum ("faces up to 20 years", "could get 10 years") is no sentence; a sentence whose
defendant the clause does not name is left alone."""

from __future__ import annotations

import re
from functools import lru_cache

from checker.events.parties import last_surname
from checker.model import Claim

PRISON = "prison sentence"
# the verb of sentencing, the defendant's name between it and "to" ("for" after a verb of
# jailing), then the term: "sentenced John Doe to 12 years", "jailed for nine years"
_SENTENCED_TO = re.compile(
    r"""\b(?:(?:sentenced|resentenced)\b(?P<between>[^.;:]{0,60}?)\bto
          |(?:jailed|imprisoned)\b(?P<jailed>[^.;:]{0,60}?)\bfor)\s+
       (?:(?:a|an)\s+)?(?:(?:prison|jail)\s+)?(?:term\s+of\s+)?$""",
    re.VERBOSE | re.I,
)
# a verb of giving a term, when the term is told as one right after the figure ("was given
# nine years in jail", "gets 12 years behind bars", "handed Doe a nine-year prison term",
# "received a jail term of nine years"); a term served or faced is no sentence
_GIVEN = re.compile(
    r"""\b(?:given|handed|received|receives|gets|got|ordered\s+to\s+serve)\b
       (?P<between>[^.;:]{0,60}?)\s+(?:(?:a|an)\s+)?(?:(?:prison|jail)\s+term\s+of\s+)?$""",
    re.VERBOSE | re.I,
)
_TERM_AFTER = re.compile(
    r"""(?:[-\s]+(?:years?|months?))?\s*
       (?:in\s+(?:a\s+)?(?:federal\s+|state\s+)?(?:prison|jail)|behind\s+bars
        |(?:prison|jail)\s+(?:term|sentence)|sentence)\b""",
    re.VERBOSE | re.I,
)
_TERM_BEFORE = re.compile(r"\b(?:prison|jail)\s+(?:term|sentence)\s+of\s+$", re.I)
# "was sentenced", "has been jailed": the defendant is named before
_PASSIVE = re.compile(
    r"\b(?:was|were|is|has\s+been|had\s+been|been)\s+"
    r"(?:(?:re)?sentenced|jailed|imprisoned|given|handed|ordered\s+to\s+serve)\b",
    re.I,
)
_BY = re.compile(r"\b(?:by|judge|justice)\b", re.I)
_REACH = 120  # characters before the term where its verb may stand
_TERM = re.compile(r"P(\d+(?:\.\d+)?)(Y|M)$")


def prison_term(claim: Claim) -> tuple[str, str] | None:
    """(unit, defendant) of a prison sentence: ("year", "doe") for "sentenced John Doe to
    12 years"; None when the duration is no sentence or names no defendant."""
    if claim.kind != "duration" or claim.qualifier or not _TERM.match(claim.value):
        return None
    start, end = claim.span_in_sentence
    defendant = _defendant(claim.sentence, start, end)
    if not defendant:
        return None
    return ("year" if claim.value.endswith("Y") else "month"), defendant


@lru_cache(maxsize=256)
def _defendant(sentence: str, start: int, end: int) -> str:
    begin = max(0, start - _REACH)
    verb = _SENTENCED_TO.search(sentence, begin, start)
    told_as_term = _TERM_AFTER.match(sentence, end) or _TERM_BEFORE.search(sentence, begin, start)
    if verb is None and told_as_term:
        verb = _GIVEN.search(sentence, begin, start)
    if verb is None:
        return ""
    group = "between" if verb.groupdict().get("jailed") is None else "jailed"
    between = verb.group(group)
    # "sentenced former mayor John Doe to", not "sentenced by Judge ... to"
    if not _BY.search(between) and (
        surname := last_surname(sentence, verb.start(group), verb.end(group))
    ):
        return surname
    # "Doe was sentenced", "Doe, 26, was sentenced last week", a headline's "Trung Le
    # sentenced": the name just before; not a judge's, nor a place's ("the Mill Street man")
    passive = _PASSIVE.search(sentence, begin, verb.end())
    end = passive.start() if passive else verb.start()
    before = sentence[max(begin, end - _NAME_REACH) : end]
    if _JUDGE.search(before) or _RESIDENT.search(before):
        return ""
    return last_surname(before, 0, len(before))


_NAME_REACH = 80  # characters before the verb where the defendant's name may stand
_JUDGE = re.compile(r"\b(?:judge|justice|court)\b", re.I)
_RESIDENT = re.compile(r"\b(?:man|woman|men|women|resident|teen|teenager|youth)\s*,?\s*$", re.I)
