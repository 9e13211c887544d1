"""A figure written as a person's age: "a 5-year-old", "an 8 yo girl", "aged 34", "Maddon,
66, has lost weight", "she turned 35", "dies at 77". Read by checker.extract.figures."""

from __future__ import annotations

import re
from functools import cache

from checker.extract.lexicons import measure_lexicon
from checker.extract.numbers import NumberMention
from checker.extract.text import LOWER_LETTERS as _LO
from checker.extract.text import UPPER_LETTERS as _UP
from checker.extract.text import may_end_with
from checker.vocab import load_data

_AGE = re.compile(
    r"""
    \s?-?\s?                                    # "5-year-old", "5 year old", "5- year-old"
    (?:(?P<unit>years?|yrs?|months?|weeks?|days?)  # the unit of the age
       (?:[-\s]+old\b|\s+of\s+age\b)             # "5 years old", "33 years of age"
     |(?P<yo>y/?o\b|y\.o\.))                    # "8 yo girl", "5-y/o boy", "15yo": years old
    """,
    re.I | re.VERBOSE,
)
_AGE_UNITS = {"y": "year", "m": "month", "w": "week", "d": "day"}  # by the unit's first letter
# what joins numbers in a list: "9 and 10", "12, 14 and 16", "17 or 18" (figures.py shares it)
LIST_JOIN = r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)"
_LIST_AFTER = re.compile(rf"(?:{LIST_JOIN}\d{{1,3}}\b)+")
# "aged 34", "ages 14 and 15": every number of the list after the word is an age
_AGE_BEFORE = re.compile(
    rf"\b(?:aged?|ages)\s+(?:of\s+)?(?:from\s+|between\s+)?(?:\d{{1,3}}{LIST_JOIN})*$", re.I
)
_TURNED = re.compile(r"\bturn(?:ed|s|ing)\s+$", re.I)  # "she turned 35 last week"
# "Vincent Gigante ... Dies at 77", "who died on Tuesday at 62", "dead at 95", "died yesterday
# in federal prison at 77", "dies in U. S. prison at 77": the age of the one who died, not a
# toll (a bare number after "at", no unit, no counted noun); the words between hold no
# clause break (a comma, a semicolon) and no other "at"
_DIED_AT = re.compile(
    r"\b(?:died|dies|dead|passed\s+away)\b(?:\s+(?!at\b)[\w'-]+\.?){0,5}\s+at\s+$", re.I
)
_CLOCK_AFTER = re.compile(r"\s*(?::\d|[ap]\.?\s?m\b\.?|o'clock\b|hours?\b|gmt\b)", re.I)
# a capitalised word and a comma, not a place after a preposition ("In Ohio, 12, ...")
# (the prepositions as whole words: "Kevin Smith, 26," is a name ending in "in ")
_NAME_COMMA = re.compile(
    r"(?<!\b[Ii]n )(?<!\b[Aa]t )(?<!\b[Oo]n )(?<!\b[Ff]or )"
    rf"\b[{_UP}][{_LO}][\w'.-]*,\s$"
)


def age_unit_after(folded: str, start: int) -> str:
    """The unit of an age written from `start` ("-year-old", " month old"), or "". A list of
    numbers shares the unit after its last: "were 9 and 10 years old", "12, 14 and 16 years
    old" are ages, each of them."""
    age = _AGE.match(folded, start)
    if age is None and (joined := _LIST_AFTER.match(folded, start)) is not None:
        age = _AGE.match(folded, joined.end())
    if age is None:
        return ""
    return "year" if age.group("yo") else _AGE_UNITS[age.group("unit")[0].lower()]


def age_without_unit(folded: str, mention: NumberMention, bare: bool) -> bool:
    """Whether a figure is an age in years by the words around it: after "aged", set off by
    commas after a name, or (a `bare` number, with no unit or counted noun) after "turned",
    "died ... at" or a person and "is" or "was" ("He was 77.")."""
    return (
        _age_before(folded, mention.start)
        or _apposed_age(folded, mention)
        or (
            bare
            and (
                _TURNED.search(folded, max(0, mention.start - 10), mention.start) is not None
                or _died_at(folded, mention)
                or copular_age(folded, mention.start, mention.end) is not None
            )
        )
    )


# a person and a form of "to be" right before a bare number: "He was 77.", "she is 13",
# "Lopez, who was 18 at the time", "he will be 35 by the end of the year"
_COPULA_BEFORE = re.compile(
    r"(?:\b(?P<who>[Hh]e|[Ss]he|[Ww]ho)|\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+(?P<noun>[a-z-]+)"
    rf"|(?P<name>\b[{_UP}][\w'’-]+))"
    r"\s+(?:is|was|will\s+be|would\s+(?:have\s+)?been|had\s+been)"
    r"\s+(?:only\s+|just\s+|now\s+)?$",
)
_COPULA_LAST_WORDS = frozenset("is was be been only just now".split())  # of _COPULA_BEFORE
# what may follow such an age: the end of a clause or sentence, a dash, or a clause that
# goes on about the person or the time ("He was 95 and lived in Santa Rosa", "who was 18 at
# the time", "when she was 14, after", "will be 35 by the end of the year"); not "or" ("who
# is 19 or older": a bound of a rule, no one's age) nor a noun (a count: "he was 5 for 12")
_COPULA_AFTER = re.compile(
    r"[,;:)]|\.(?:\s|$)|\s-{1,2}\s|\s*$"
    r"|\s+(?:when|at\s+the\s+time|by\s+the\s+end|and\s+(?!older|younger|over|under)[a-z]+ed\b"
    r"|and\s+(?:lived|lives|had|has|was|is|worked|works)\b|and\s+(?=(?-i:[A-Z])))",
    re.I,
)
# a time clause: "when he was 14", "since she was 12", "until he turns 18": the person's age
# at another time than the story's
_AT_ANOTHER_TIME = re.compile(
    r"\b(?:when|since|until|before|after|while|by\s+the\s+time)\s+$", re.I
)


def copular_age(folded: str, start: int, end: int) -> re.Match[str] | None:
    """The words "he was", "she is", "who was" before an age written as a bare number
    (`start`..`end`, a whole number a person's age can be) that ends its clause: the match of
    the person and the verb, or None."""
    if not _age_number(folded[start:end]):
        return None
    window = max(0, start - 40)
    if not may_end_with(folded[window:start], _COPULA_LAST_WORDS):
        return None  # searched, _COPULA_BEFORE is tried at every position of the window
    before = _COPULA_BEFORE.search(folded, window, start)
    if before is None or _COPULA_AFTER.match(folded, end) is None:
        return None
    if before.group("noun") is not None and not person_noun(before.group("noun")):
        return None  # "the toll was 213"; "the victim is 15" is an age
    if before.group("name") is not None and not _a_persons_name(folded, before):
        return None  # "the toll east of Damascus was 213"
    return before


def _a_persons_name(folded: str, before: re.Match[str]) -> bool:
    """Whether the capitalised word before "is" or "was" ends a person's name the text
    gives in full: "Mark Felt was 95", or "Smith was 35" where the text names John Smith."""
    from checker.extract.names import full_names  # names read ages_written: imported late

    word = before.group("name")
    return any(name.rsplit(" ", 1)[-1] == word for name in full_names(folded))


# "was 17 when the killings occurred", "was 15 at the time"
_TIME_AFTER = re.compile(r"\s+(?:when|at\s+the\s+time)\b", re.I)


def at_another_time(folded: str, before: re.Match[str], end: int) -> bool:
    """Whether the person and verb `before` (copular_age) open a time clause ("when he was
    14"), or a time clause follows the age (`end`: "was 15 at the time", "was 17 when the
    killings occurred"): the age is the person's at another time, not one to compare with
    theirs now."""
    return (
        _AT_ANOTHER_TIME.search(folded, max(0, before.start() - 20), before.start()) is not None
        or _TIME_AFTER.match(folded, end) is not None
    )


def _may_be_age(mention: NumberMention) -> bool:
    """A whole number in digits that a person's age can be."""
    return mention.form == "digits" and _age_number(mention.text)


def _age_number(text: str) -> bool:
    """Whether `text` is a whole number in digits a person's age can be (1 to 119)."""
    return text.isdigit() and 0 < int(text) < 120


def _died_at(folded: str, mention: NumberMention) -> bool:
    """An age after "died ... at" ("dies at 77"), not a time of day ("died at 6:41pm")."""
    return (
        _may_be_age(mention)
        and _DIED_AT.search(folded, max(0, mention.start - 60), mention.start) is not None
        and _CLOCK_AFTER.match(folded, mention.end) is None
    )


def _apposed_age(folded: str, mention: NumberMention) -> bool:
    """An age set off by commas after a name: "Maddon, 66, has lost weight", or ending its
    clause or sentence: "identified the gunman as Dustin Kell, 29.", "Gerod Ward, 18; and";
    or after a person told by a noun: "The victim, 22, died", "the retired builder, 68,";
    or in brackets after a full name: "Burdette Harth (26)"."""
    if not _may_be_age(mention):
        return False
    if folded[mention.end : mention.end + 1] == ")" and _NAME_PAREN.search(
        folded, max(0, mention.start - 30), mention.start
    ):
        return True  # "Burdette Effie Harth (26)"
    if _APPOSED_END.match(folded, mention.end) is None:
        return False
    if _NAME_COMMA.search(folded, max(0, mention.start - 30), mention.start) is not None:
        return True
    noun = _NOUN_COMMA.search(folded, max(0, mention.start - 50), mention.start)
    return noun is not None and person_noun(noun.group(1).lower())


# a name and an opening bracket: "Harth (" (not a place or an office: "Crime Stoppers (")
_NAME_PAREN = re.compile(rf"\b[{_UP}][{_LO}][\w'.-]*[ \t]+[{_UP}][{_LO}][\w'.-]*[ \t]+\($")
# a determiner, up to two words and a noun, and a comma: "the victim, ", "a black man, ",
# "One man, "
_NOUN_COMMA = re.compile(r"\b(?:the|a|an|one)\s+(?:[a-z'-]+\s+){0,2}?([a-z-]+),\s$", re.I)


def person_noun(word: str) -> bool:
    """A noun of one person: a victim's noun (measures.json single_victims) or the singular
    of a noun of people the lexicon counts ("builder" if "builders" is one)."""
    lexicon = measure_lexicon()
    if word in _single_nouns():
        return True
    return word not in lexicon.people and bool(lexicon.people_form(word))


@cache
def _single_nouns() -> frozenset[str]:
    return frozenset(load_data("measures")["single_victims"])


# a comma, a dash closing an aside ("Melanie Virgen, 13 – died"), or the end of a clause or
# sentence
_APPOSED_END = re.compile(r"[,;]|\.(?:\s|$)|\s-{1,2}\s")  # dashes are folded to "-"


def _age_before(folded: str, start: int) -> bool:
    window = max(0, start - 30)
    # every match holds "age": a cheap test (no other character is a, g or e ignoring case)
    return "age" in folded[window:start].lower() and bool(_AGE_BEFORE.search(folded, window, start))
