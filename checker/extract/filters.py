"""Numbers that are not figures: years, model designations, list numbers, copyright lines,
times of day, phone numbers, street numbers and identifiers ("Flight 370").

`not_a_figure` returns the reason a mention is not a claim, or "" when it is one.
"""

from __future__ import annotations

import re
from functools import cache

from checker.extract.currency_before import money_against
from checker.extract.junk import junk_class
from checker.extract.junk_names import line_around, title_case
from checker.extract.lexicons import CaselessPattern, caseless_pattern, measure_lexicon
from checker.extract.numbers import NumberMention, small_number_words
from checker.extract.numbers import lexicon as number_lexicon
from checker.extract.text import last_words, may_end_with
from checker.extract.units import currency_code_before, currency_words, unit_follows
from checker.vocab import alternation, load_data


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    lex = load_data("filters")
    return {
        "street": re.compile(
            rf"""
            (?:-\d+[A-Za-z]?)?                 # "16-18 Industrial Avenue", "3-5A"
            \s+(?:
              (?:[NSEW]\.?\s+)?                 # optional compass point: "N. Main"
              # one to three capitalised words: "Main", "11th"; not a title-case headline's
              # small words or verbs ("5 Killed In Highway Crash")
              (?:(?!(?:{alternation(lex["street_name_not"])})\s)[A-Z0-9][\w']*\s+){{1,3}}
              (?i:{alternation(lex["street_suffixes"])})(?![-\w])  # Street, Road; not "Drive-By"
            | (?i:{alternation(lex["street_prefixes"])})\.?\s+[A-Z][a-z]  # "22 Ave Foch"
            )
            """,
            re.VERBOSE,
        ),
        "block": re.compile(r"\s+block\b|-block\s+of\b", re.I),  # "400 block", "400-block of"
        # "Image 58 of 111", "Photo 3 of 12": a place in a gallery, not a figure
        "gallery": re.compile(
            r"\b(?:image|photo|picture|slide|pic)s?\s*#?(?:\d+\s+(?:of|/)\s+)?$", re.I
        ),
        "time": re.compile(
            rf"""
            (?::\d\d)                              # 10:30
            | \s?(?:{alternation(lex["time_suffixes"])})(?![\w])  # 3 p.m., 9 GMT
            """,
            re.VERBOSE | re.I,
        ),
        "code": re.compile(
            r"""
            (?:[-./]\d+){2,}                       # 555-123-4567, 1.2.3, 16/02/16
            | /\d                                  # 16/02 or 9/11
            | -\d{4}\b                             # 555-1234
            """,
            re.VERBOSE,
        ),
        "code_before": re.compile(r"(?:\d[-/.]|\d\)\s?|\(\d{3}\)\s?|#)$"),
        "list_item": re.compile(r"(?:^|\n)[ \t]*$"),
        "copyright": re.compile(r"(?:©|\(c\)|copyright)\s*(?:\d{4}\s*[-,]\s*)?$", re.I),
        "ordinal": re.compile(r"(?:st|nd|rd|th)\b", re.I),
        "letter_after": re.compile(r"[A-Za-z]"),
        "designation": re.compile(r"[A-Za-z][-]?$"),
        "generation": re.compile(r"G\b"),
        "long_digits": re.compile(r"\d{5,}"),
        "content_word_after": re.compile(
            r"""
            \s+(?!(?:by|in|on|at|an?|the|and|or|for|from|to|of|per|this|last|next|since|after
                |before|when|while|with|as|than|is|was|were|are|be|has|had|have)\b)
            [a-z]                                # a lower-case word: a counted noun
            """,
            re.VERBOSE,
        ),
        "list_mark": re.compile(r"[.)]\s"),
        "joined_after": re.compile(r"[-/]\d"),
        "joined_before": re.compile(r"\d[-/]?$"),
        "decade": re.compile(r"'?s\b"),
        "clock_before": re.compile(r"\d:$"),
        "money_before": re.compile(r"[$£€¥]\s?$"),
        "size_before": re.compile(r"\d-by-$", re.I),
        "digit_before": re.compile(r"\d\s?$"),
        "word_prefix": re.compile(r"\b(?:sub|pre|post|mid|over|under|magnitude)-$", re.I),
        "index_before": re.compile(rf"\b(?:{alternation(lex['index_names'])})\s$", re.I),
        "name_before": re.compile(
            r"""
            [a-z0-9%,;()'"]\s+              # inside a sentence: a lower-case word before
            (?P<name>[A-Z][\w&.'-]*)[ \t]\Z  # the capitalised name, on the number's line
            """,
            re.VERBOSE,
        ),
        "word_after": re.compile(r"\s+([A-Za-z]+)"),
        "plural_after": re.compile(
            r"""
            \s+(?:[a-z-]+\s+)?                        # one modifier: "lightning strikes"
            (?!(?:is|was|has|its|this|as|us)\b)[a-z]+s\b  # a plural noun, not "is" or "was"
            """,
            re.VERBOSE,
        ),
    }


@cache
def _identifier() -> CaselessPattern:
    """An identifier word right before a number, on its line: "Flight 370", "Route 66", "No.
    5" (not a page's last word above a headline: "Back to previous page" / "13 people shot")."""
    words = load_data("filters")["identifier_words"]
    return caseless_pattern(r"\b(?:{words})\.?[ \t]?#?\Z", words=words)


def not_a_figure(folded: str, mention: NumberMention) -> str:
    """Why the mention is not a figure a fact-checker would check; "" when it is one."""
    if mention.form != "digits":
        if _scale_of_a_code(folded, mention):
            return "scale of a code"  # "R26 million", "Sh2 billion": no lone million
        if mention.form == "words" and _digits_dash_before(folded, mention.start):
            return "part of a name (7-Eleven)"  # a number word glued to digits: a brand
        return junk_class(folded, mention)  # "at one point", "no one else"
    p = _patterns()
    start, end = mention.start, mention.end
    before = folded[max(0, start - 24) : start]
    after = folded[end : end + 40]
    if mention.text in load_data("filters")["emergency_numbers"] and not (
        unit_follows(folded, end) or _counted_follows(folded, end) or _money(before)
    ):
        return "emergency number"  # "call 911", "911 calls"; not "112 people", "$999"
    if p["long_digits"].fullmatch(mention.text) and not _measured(folded, before, end):
        return "identifier (a long number without separators)"
    if _name_before(folded, start, end):
        return "part of a name (S&P 500, Big 12)"
    if _word_glued_after().match(folded, end):
        return "part of a name (7-Eleven)"
    # page furniture when none of the reasons of the text before and after holds: phones,
    # addresses, roads ...
    reason = _reason(p, before, after)
    if reason == _DESIGNATION and _size_side(p, folded, before, end):
        reason = ""
    if reason in (_DESIGNATION, _IDENTIFIER) and money_against(folded, mention):
        reason = ""
    return reason or junk_class(folded, mention)


_DESIGNATION = "model designation or code"
_IDENTIFIER = "identifier"
# the characters an ordinal suffix can start with: re.I matches the long s to "s"
_ORDINAL_FIRST = frozenset("sSnNrRtT\u017f")


@cache
def _word_glued_after() -> re.Pattern[str]:
    """A number word glued to digits by a hyphen: "7-Eleven", "24-Seven" (one to twelve)."""
    return re.compile(rf"-(?:{alternation(small_number_words(12))})\b", re.I)


def _digits_dash_before(folded: str, start: int) -> bool:
    """Digits and a hyphen right before: "7-Eleven", "24-seven" (no figure is written so)."""
    return start >= 2 and folded[start - 1] == "-" and folded[start - 2].isdigit()


def _size_side(p: dict[str, re.Pattern[str]], folded: str, before: str, end: int) -> bool:
    """The second side of a size with its unit, not a code: "8-by-12 feet" ("a 480-by-360
    screen" stays out)."""
    return p["size_before"].search(before) is not None and unit_follows(folded, end)


def _scale_of_a_code(folded: str, mention: NumberMention) -> bool:
    """A lone scale word after digits the number pattern did not read ("R26 million", a
    currency or a code glued to its number): the scale of that number, not a million."""
    return (
        mention.text.lower() in number_lexicon()["scales"]
        and _patterns()["digit_before"].search(folded, max(0, mention.start - 2), mention.start)
        is not None
    )


def _reason(p: dict[str, re.Pattern[str]], before: str, after: str) -> str:
    """Why a number is not a figure, from the text before and after it: the first reason
    that holds, in this order; "" when none does. A pattern of the text after that must
    start with one of a few characters is tried only after them (most figures are followed
    by a space)."""
    first = after[:1]
    if _designation(p, before):
        return _DESIGNATION
    if first == "G" and p["generation"].match(after):
        return "network generation"  # 5G
    if first in _ORDINAL_FIRST and p["ordinal"].match(after):
        return "ordinal"
    if first in "'s" and p["decade"].match(after):
        return "decade or age group"  # 1990s
    if _is_list_number(before, after):
        return "list or section number"
    if _copyright(p, before):
        return "copyright line"
    if _is_time(p, before, after):
        return "time of day"
    if _is_code(p, before, after):
        return "phone number, date or code"
    if p["street"].match(after) or p["block"].match(after):
        return "street number"
    if _is_identifier(before):
        return _IDENTIFIER
    if _gallery(p, before):
        return "gallery position"
    return ""


# the last words of the text before a gallery position: "Photo 3", "Images #2", "Slide 3 of"
_GALLERY_WORDS = frozenset(
    word + plural for word in ("image", "photo", "picture", "slide", "pic") for plural in ("", "s")
) | {"of"}


def _gallery(p: dict[str, re.Pattern[str]], before: str) -> bool:
    return may_end_with(before, _GALLERY_WORDS) and bool(p["gallery"].search(before))


def _copyright(p: dict[str, re.Pattern[str]], before: str) -> bool:
    if before.isascii():  # every match holds one of these (re.I: in any case)
        lowered = before.lower()
        if "\u00a9" not in before and "(c)" not in lowered and "copyright" not in lowered:
            return False
    return bool(p["copyright"].search(before))


def _is_time(p: dict[str, re.Pattern[str]], before: str, after: str) -> bool:
    if p["time"].match(after):
        return True
    # "3:" at the end, or before a last line break, as `$` matches
    return before.endswith((":", ":\n")) and bool(p["clock_before"].search(before))


def _is_identifier(before: str) -> bool:
    if not may_end_with(before, _identifier_last_words()):
        return False
    return bool(_identifier().search(before)) and not _currency(before)


@cache
def _identifier_last_words() -> frozenset[str]:
    return last_words(load_data("filters")["identifier_words"])


def _currency(before: str) -> bool:
    # "USD10m", "RM23.50": a currency code against the digits is a unit, not a designation
    return before[-1:].isalpha() and currency_code_before(before)


def _designation(p: dict[str, re.Pattern[str]], before: str) -> bool:
    # a letter, maybe a hyphen, then the end (or a last line break, as `$` matches there)
    last = before.removesuffix("\n").removesuffix("-")[-1:]
    if not ("A" <= last <= "Z" or "a" <= last <= "z") or p["designation"].search(before) is None:
        return False
    # "sub-7 nanometre" is not "F-35"; "USD10m" is money
    return p["word_prefix"].search(before) is None and not _currency(before)


def _money(before: str) -> bool:
    """Whether a currency is written right before: "$999", "US$ 911", "RM112"."""
    return bool(_patterns()["money_before"].search(before)) or currency_code_before(before)


def _measured(folded: str, before: str, end: int) -> bool:
    """A long bare number is a figure when money or a unit or a counted noun says so:
    "$33790", "13000 workers", "2483805 lightning strikes", not a zip code or a case number."""
    return _money(before) or _unit_or_noun_follows(folded, end) or _people_follow(folded, end)


def _unit_or_noun_follows(folded: str, end: int) -> bool:
    """Whether a unit or a plural noun follows: "13000 sq m", "2483805 lightning strikes"."""
    return unit_follows(folded, end) or _patterns()["plural_after"].match(folded, end) is not None


# the group a count is taken from, with the group's own figure: "112 of its 140 routes"
_GROUP_OF_COUNT = re.compile(
    r"\s+of\s+(?:the|its|their|these|those|all)\s+(?:[\w-]+['\u2019]s\s+)?\d", re.I
)


def _counted_follows(folded: str, end: int) -> bool:
    """Whether a word for people ("112 people", "13000 men"), a plural noun that names no
    emergency line ("112 Republicans", "999 homes"; not "911 calls") or the group the figure
    is taken from ("112 of its 140 routes") follows."""
    if _GROUP_OF_COUNT.match(folded, end):
        return True
    noun = _word_after(folded, end)
    return noun in measure_lexicon().people or (
        noun.endswith("s")
        and noun not in _NOT_PLURALS
        and noun not in load_data("filters")["emergency_compounds"]
    )


def _people_follow(folded: str, end: int) -> bool:
    """Whether a word for people follows: "13000 men"."""
    return _word_after(folded, end) in measure_lexicon().people


def _word_after(folded: str, end: int) -> str:
    """The word right after `end`, lower case ("" when none)."""
    word = _patterns()["word_after"].match(folded, end)
    return word.group(1).lower() if word else ""


_NOT_PLURALS = frozenset({"is", "was", "has", "its", "this", "as", "us", "his", "hers", "yes"})


def counted_noun_follows(folded: str, end: int) -> bool:
    """Whether a word other than a function word follows position `end`: "350 people",
    "12 lightning strikes", but not "193 by exercising" or "6 in May"."""
    return _patterns()["content_word_after"].match(folded, end) is not None


def _name_before(folded: str, start: int, end: int) -> bool:
    """A capitalised name right before a bare whole number, on its line: "the S&P 500", "the
    Big 12", "an iPhone 11". Not at a sentence start, not in a title-case headline ("Gunman
    Kills 3", "Hotel Shooting Leaves 1 Dead, 3 Injured" above its body), and not when a
    unit or counted noun follows ("Apple 2%", "Apollo 11 astronauts")."""
    if not folded[start:end].isdigit():
        return False
    window = max(0, start - 12)
    if may_end_with(folded[window:start], _index_last_words()) and _patterns()[
        "index_before"
    ].search(folded, window, start):
        return True  # "the S&P 500", "Fortune 500 companies", "the FTSE 100 index"
    if not _capitalised_last_word(folded, start):
        return False
    match = _patterns()["name_before"].search(folded, max(0, start - 30), start)
    if match is None:
        return False
    name = match.group("name").lower()
    if name in load_data("filters")["not_names_before_numbers"]:
        return False
    if name.strip(".") in currency_words():
        return False  # "Rs 500", "RM 500": money
    if _unit_or_noun_follows(folded, end):
        return False
    return not title_case(line_around(folded, start, end, 80))


@cache
def _index_last_words() -> frozenset[str]:
    return last_words(load_data("filters")["index_names"])


def _capitalised_last_word(folded: str, start: int) -> bool:
    # a cheap test the name_before pattern implies: its name is the last word before `start`
    words = folded[max(0, start - 30) : start].rsplit(None, 1)
    return bool(words) and "A" <= words[-1][0] <= "Z"


def _may_end_code(before: str) -> bool:
    """Whether the end of `before` can be that of code_before: "5-", "5)", "(555) ", "#"
    (or the same before a last line break, as `$` matches there)."""
    tail = before.removesuffix("\n")
    last = tail[-1:]
    return (last != "" and last in "-/.)#") or (last.isspace() and tail[-2:-1] == ")")


def _is_list_number(before: str, after: str) -> bool:
    if after[:1] not in ".)" or _patterns()["list_mark"].match(after) is None:
        return False
    return _patterns()["list_item"].search(before) is not None or before == ""


def _is_code(p: dict[str, re.Pattern[str]], before: str, after: str) -> bool:
    joint = after[:1] in "-./"  # "-", "." or "/" opens every code and joint after the number
    if (joint and p["code"].match(after)) or (
        _may_end_code(before) and p["code_before"].search(before)
    ):
        return True
    return (
        joint and bool(p["joined_after"].match(after)) and bool(p["joined_before"].search(before))
    )


def idioms_after_one() -> frozenset[str]:
    """Nouns that make a lone "one" an idiom: "one way or another", "one day"."""
    return frozenset(load_data("filters")["not_counted_after_one"])


def is_year(mention: NumberMention) -> bool:
    """A four-digit whole number that reads as a year: 1800 to 2100, no comma, no scale."""
    text = mention.text
    return (
        mention.form == "digits"
        and len(text) == 4
        and text.isdigit()
        and mention.value is not None
        and 1800 <= mention.value <= 2100
    )
