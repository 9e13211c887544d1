"""Page furniture: names with a number in them.

A broadcaster's or a group's name carries a number: a call sign or an acronym right before
it ("KPRC 2", "MS 13 members", "KSLA News 12"), a station word before or after it ("Sky 2",
"Chopper 11", "7 Eyewitness News"). A number word capitalised inside running text starts a
place's or a group's name ("near Nine Mile Road", "the Four Points Sheraton", "in Three
Rivers"), unless the line is a headline in title case ("Charged with Two Counts") or a plural
noun follows the name ("Two Dallas County officers"). The words are in data/filters.json
("junk").
"""

from __future__ import annotations

import re
from functools import cache

from checker.extract.numbers import NumberMention
from checker.extract.text import last_words, trailing_word
from checker.extract.units import currency_code_before, unit_follows
from checker.vocab import alternation, load_data


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    lex = load_data("filters")["junk"]
    return {
        "acronym_before": re.compile(
            r"""
            (?<![\w&.'’-])(?P<name>[A-Z]{2,5})  # a call sign or acronym: KPRC, MS, WSB
            (?:-TV|\sTV|\sNews)?                 # "WSB-TV 2", "KSLA News 12"
            \s$
            """,
            re.VERBOSE,
        ),
        "capitals_before": re.compile(r"(?:^|\s)[A-Z]{2,}[.,:!?]?\s$"),  # a headline in capitals
        "capitals_after": re.compile(r"\s[A-Z]{2,}\b(?![a-z])"),
        "station_before": re.compile(
            rf"(?<![\w-])(?:{alternation(lex['station_words_before'])})\s$"
        ),
        "station_after": re.compile(
            rf"""
            \s(?:[A-Z][a-z]+\s)?                      # "41 Louisville News"
            (?:{alternation(lex["station_words_after"])})\b
            """,
            re.VERBOSE,
        ),
        "word_before": re.compile(r"\b[a-z]+[ ]$"),  # running text right before: "near "
        "lower_word": re.compile(r"(?<![\w'-])[a-z]+\b"),  # a word in lower case
        "name_after": re.compile(
            r"""
            (?:[ -][A-Z][\w'-]*(?![\w'-]))+        # capitalised words: " Mile Road",
            (?![ -][A-Z])                            # all of them
            (?![ ]+(?!(?:is|was|has|its|this|as|us|says)\b)[a-z]+s\b)  # no plural after
            """,
            re.VERBOSE,
        ),
        "count_after": re.compile(
            r"""
            \s+(?:[a-z-]+\s+)?                        # one modifier: "2 new cases"
            (?!(?:is|was|has|its|this|as|us|says)\b)[a-z]+s\b  # a plural noun, not "was"
            """,
            re.VERBOSE,
        ),
    }


def is_broadcast_name(folded: str, mention: NumberMention, before: str, after: str) -> bool:
    """Whether a bare number is part of a name: after a call sign or an acronym ("KPRC 2",
    "MS 13 gang members") or beside a station word ("Sky 2", "7 Eyewitness News")."""
    if not (mention.text.isdigit() and len(mention.text) <= 3):
        return False
    p = _patterns()
    word = trailing_word(before)  # the acronym or station word that must end `before`
    if word is None or word.isupper() or word == "News":
        name = p["acronym_before"].search(before)
        if name is not None and _acronym_name(folded, mention, before[: name.start()], after):
            return True
    if p["count_after"].match(after):
        return False  # "Minneapolis News 5 adults injured": a count after a site's name
    station_before = word is None or word.lower() in _station_words_before()
    return bool(station_before and p["station_before"].search(before)) or bool(
        p["station_after"].match(after)
    )


@cache
def _station_words_before() -> frozenset[str]:
    return last_words(load_data("filters")["junk"]["station_words_before"])


def _acronym_name(folded: str, mention: NumberMention, left: str, after: str) -> bool:
    """An acronym before the number names it, unless the text is in capitals ("THERE WERE
    16 PEOPLE"), the acronym is a currency ("USD 5") or a unit follows."""
    p = _patterns()
    if p["capitals_before"].search(left) or p["capitals_after"].match(after):
        return False
    if currency_code_before(folded[: mention.start].rstrip()):
        return False
    return not unit_follows(folded, mention.end)


def is_spelled_name(folded: str, mention: NumberMention) -> bool:
    """Whether a capitalised number word inside running text starts a name: "near Nine Mile
    Road", "the Four Points Sheraton"; not in a title-case headline ("Killed in One Week")."""
    if not mention.text[:1].isupper() or mention.text.isupper():
        return False
    p = _patterns()
    if p["name_after"].match(folded, mention.end) is None:
        return False  # "Two Dallas County officers": a count of a plural noun
    line_start = max(folded.rfind("\n", 0, mention.start) + 1, mention.start - 200)
    left = folded[line_start : mention.start]
    if p["word_before"].search(left) is None:
        return False  # at the start of a sentence or a line: "Three men were hurt"
    title_words = _title_case_words()
    return any(word not in title_words for word in p["lower_word"].findall(left))


@cache
def _title_case_words() -> frozenset[str]:
    """The words a headline in title case leaves in lower case: "of", "in", "the" ..."""
    return frozenset(load_data("filters")["junk"]["title_case_lower_words"])
