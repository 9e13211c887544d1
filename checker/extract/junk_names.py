"""Page furniture: names with a number in them.

A broadcaster's or a group's name carries a number: a call sign or an acronym right before
it ("KPRC 2", "MS 13 members", "KSLA News 12"), a station word before or after it ("Sky 2",
"Chopper 11", "7 Eyewitness News"). A number word capitalised inside running text starts a
place's or a group's name ("near Nine Mile Road", "the Four Points Sheraton", "in Three
Rivers"), unless the line is a headline in title case ("Charged with Two Counts") or a plural
noun follows the name ("Two Dallas County officers"). A number word after an identifier word
numbers a named thing, as "Flight 370" does ("Precinct Four Constable", "Region One Medical
Center"; in lower case "terminal two", "round three"), unless a plural noun follows ("Top Two
Officials"). The words are in data/filters.json ("junk", "identifier_words").
"""

from __future__ import annotations

import re
from functools import cache

from checker.extract.numbers import NumberMention
from checker.extract.text import last_words, may_end_with, trailing_word
from checker.extract.units import currency_code_before, currency_words, unit_follows
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
        "call_sign_before": re.compile(r"(?<![\w-])[KW][A-Z]{2,3}[ ]$"),  # "WTVR CBS 6"
        "call_sign_after": re.compile(r"[ ]+(?:-[ ]+)?[KW][A-Z]{2,3}\b"),  # "FOX 8 WVUE"
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
        "identifier_before": re.compile(
            rf"(?<![\w'-])(?P<word>{alternation(_identifier_words())})[ ]$", re.I
        ),
        "any_count_after": re.compile(
            r"""
            [ ]+(?:(?!(?:when|where|while|as|and|or|but|the|an?|at|in|on|of|to|by|for|with
                |from|after|before)\b)[A-Za-z-]+[ ]+)?   # one modifier: "Two Senior Officials"
            (?:(?!(?:is|was|has|its|this|as|us|says)\b)[A-Za-z]+s  # a plural noun, any case
            | people|men|women|children|police)\b     # or one without an s: "two people"
            """,
            re.VERBOSE | re.I,
        ),
        "version_name": re.compile(
            r"""
            (?:^|[\s(“"])(?P<name>[A-Z][\w&.'-]*)  # a capitalised name: Firefox, IE, P.C.
            [ ]$
            """,
            re.VERBOSE,
        ),
        "decimal": re.compile(r"\d{1,3}\.\d{1,3}"),  # "3.05", "2.0", "246.3"
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
    name = None
    if word is None or word.isupper() or word == "News":
        name = p["acronym_before"].search(before)
        if name is not None and _acronym_name(folded, mention, before[: name.start()], after):
            return True
    if name is not None and _network_name(name.group("name"), before[: name.start()], after):
        return True  # "WTVR CBS 6", "FOX 8 WVUE New Orleans": in capitals around it too
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


def _network_name(acronym: str, left: str, after: str) -> bool:
    """A network's number beside a call sign names a station, even where the words around it
    are in capitals (which _acronym_name takes for a headline in capitals)."""
    if acronym not in load_data("filters")["junk"]["networks"]:
        return False
    p = _patterns()
    return bool(p["call_sign_before"].search(left) or p["call_sign_after"].match(after))


def is_version(folded: str, mention: NumberMention, before: str, after: str) -> bool:
    """Whether a decimal number after a capitalised name is a version or a section number
    ("Firefox 3.05", "Internet Explorer 5.01", "Web 2.0 way", "PC 246.3"); not a qualifier
    or a magnitude before it ("About 2.5 million", "Magnitude 4.6"), not in a headline in
    title case, not before a unit or a counted plural noun ("2.5 Tons", "3.0 users")."""
    p = _patterns()
    if not p["decimal"].fullmatch(mention.text):
        return False
    name = p["version_name"].search(before)
    if name is None:
        return False
    written = name.group("name").lower().strip(".")
    if written in _not_version_names() or written in currency_words():
        return False  # "About 2.5 million", "Rs 83.2"
    if unit_follows(folded, mention.end) or p["count_after"].match(after):
        return False
    return not title_case(folded[max(0, mention.start - 80) : mention.end + 80])


@cache
def _not_version_names() -> frozenset[str]:
    """Capitalised words before a decimal that make it a figure: qualifiers, months ..."""
    filters = load_data("filters")
    return frozenset(filters["not_names_before_numbers"] + filters["junk"]["not_version_names"])


_LONGER_WORD = re.compile(r"\b[A-Za-z][a-z']{3,}\b")


def title_case(window: str) -> bool:
    """Whether most longer words of `window` are capitalised: a headline in title case."""
    words = _LONGER_WORD.findall(window)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


def line_around(folded: str, start: int, end: int, reach: int) -> str:
    """Up to `reach` characters either side of a figure, on its own line and up to the end
    of its sentence: a headline in title case is judged by its own words, not by the body
    in sentence case below it or run on after it ("... Kills 48 ISIL Terrorists in Deir
    Ezzor. A military source announced ...")."""
    low = max(folded.rfind("\n", 0, start) + 1, start - reach)
    stop = _SENTENCE_OR_LINE_END.search(folded, end, end + reach)
    return folded[low : stop.start() if stop else end + reach]


_SENTENCE_OR_LINE_END = re.compile(r"\n|[.!?](?=\s)")


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


def is_numbered_name(folded: str, mention: NumberMention) -> bool:
    """Whether a number word numbers a named thing after an identifier word: "says Precinct
    Four Constable Smith", "Region One Medical Center", "at terminal two", "NUMBER THREE";
    both words capitalised, both in capitals, or both in lower case after a word of
    lower_case_identifier_words."""
    text = mention.text
    if folded.startswith("-", mention.end):
        return False  # "a model four-door sedan"
    before = max(0, mention.start - 24)
    if not may_end_with(folded[before : mention.start], _identifier_last_words()):
        return False  # a cheap test first: the word before is no identifier word's last word
    p = _patterns()
    word = p["identifier_before"].search(folded, before, mention.start)
    if word is None or _case(word.group("word")) != _case(text):
        return False  # "PRECINCT FOUR", "Precinct Four", "terminal two"; not "District ONE"
    if text[:1].islower() and word.group("word") not in _lower_case_identifier_words():
        return False  # "the Atarib district one source told": a count of sources
    return p["any_count_after"].match(folded, mention.end) is None  # not "Top Two Officials"


def _case(word: str) -> str:
    return "upper" if word.isupper() else "title" if word[:1].isupper() else "lower"


def _identifier_words() -> list[str]:
    filters = load_data("filters")
    return filters["identifier_words"] + filters["junk"]["spelled_identifier_words"]


@cache
def _identifier_last_words() -> frozenset[str]:
    return last_words(_identifier_words())


@cache
def _lower_case_identifier_words() -> frozenset[str]:
    return frozenset(load_data("filters")["junk"]["lower_case_identifier_words"])


@cache
def _title_case_words() -> frozenset[str]:
    """The words a headline in title case leaves in lower case: "of", "in", "the" ..."""
    return frozenset(load_data("filters")["junk"]["title_case_lower_words"])
