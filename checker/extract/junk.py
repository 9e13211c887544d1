"""Numbers in page furniture and idioms: classes of numbers that are not figures.

Scraped news pages carry phone lines ("call 555-201-TIPS"), web addresses, station names
("7News"), street addresses ("at 4410 Elm", "210 W. Lake"), road names ("the 5 Freeway"),
journal citations ("Science 312, 44-47"), subscription offers ("$1 for 6 months"),
idioms with "one" in them ("at one point", "no one else") and the counts of listicle
titles ("Five things to know"). `junk_class` names the class a
number mention belongs to, or "" when it belongs to none. Each class is one function over
the text around the mention and the words it draws on are in data/filters.json ("junk").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from checker.extract.junk_names import (
    is_broadcast_name,
    is_numbered_name,
    is_spelled_name,
    is_version,
)
from checker.extract.junk_patterns import MONTHS as _MONTHS
from checker.extract.junk_patterns import junk_lexicon as _lexicon
from checker.extract.junk_patterns import junk_patterns as _patterns
from checker.extract.numbers import NumberMention
from checker.extract.text import last_words, may_end_with
from checker.extract.units import unit_follows
from checker.model import TimeExpr


@cache
def _idiom_numbers() -> frozenset[str]:
    """The numbers written in the idioms other than "one" ("24", "a thousand", "a million")."""
    numbers = re.compile(r"\d+|\ba\s(?:hundred|thousand|million|billion)\b", re.I)
    return frozenset(m.group().lower() for i in _lexicon()["idioms"] for m in numbers.finditer(i))


def junk_class(folded: str, mention: NumberMention) -> str:
    """The class of page furniture or idiom the mention belongs to, or ""."""
    if _idiom(folded, mention):
        return "idiom"
    if _patterns()["listicle"].match(folded, mention.end):
        return "listicle count"  # "Five things to know about ...", "5 Fast Facts You Need to Know"
    if folded.endswith(("-", "-\n"), 0, mention.start) and _patterns()["foot_hyphen_before"].search(
        folded, max(0, mention.start - 12), mention.start
    ):
        return "height in feet and inches"  # the inches of "six-foot-one", "6-foot-1"
    if mention.form == "words" and (
        is_spelled_name(folded, mention) or is_numbered_name(folded, mention)
    ):
        return "name"  # "near Nine Mile Road", "the Four Points Sheraton", "Precinct Four"
    if mention.form != "digits":
        return ""
    before = folded[max(0, mention.start - 40) : mention.start]
    after = folded[mention.end : mention.end + 60]
    for name, test in _CLASSES:
        if test(folded, mention, before, after):
            return name
    return ""


def _idiom(folded: str, mention: NumberMention) -> bool:
    if mention.text.lower() not in _idiom_numbers() and mention.value != 1:
        return False  # a cheap test first: the idioms hold "one", "24/7", "a thousand" ...
    window = max(0, mention.start - 16)
    for match in _patterns()["idiom"].finditer(folded, window, mention.end + 24):
        if match.start() <= mention.start and mention.end <= match.end():
            return True
    return False


def _phone(folded: str, mention: NumberMention, before: str, after: str) -> bool:
    if not (after[:1] in "-). " or before.endswith("(")):
        return False  # a cheap test first: every phone form has one of these
    p = _patterns()
    digits = mention.text
    if len(digits) <= 3 and p["vanity_phone"].match(after):
        return True  # "555-201-TIPS", "1-888-CRIMESC"
    if len(digits) == 3 and p["area_code"].match(after):
        return True  # "(804) 555-1000", "713 555-0199"
    return after.startswith(")") and bool(p["bracketed_digits"].search(before))


_TOKEN_END = re.compile(r"\s|$")


def _web_address(folded: str, mention: NumberMention, before: str, after: str) -> bool:
    if not (before[-1:] in "/=._-" or after[:1].isalpha() or after[:1] in "/."):
        return False  # a number in a web address is glued to its neighbours
    token_start = max(before.rfind(" "), before.rfind("\n")) + 1
    token_end = _TOKEN_END.search(after)
    token = before[token_start:] + mention.text + after[: token_end.start() if token_end else 0]
    return _patterns()["web_marks"].search(token) is not None


def _station_name(folded: str, mention: NumberMention, before: str, after: str) -> bool:
    if not after[:1].isupper() or before[-1:].isalpha():
        return False
    if not _patterns()["glued_name"].match(after):
        return False
    return not unit_follows(folded, mention.end)  # "8GB" is an amount


def _address(folded: str, mention: NumberMention, before: str, after: str) -> bool:
    p = _patterns()
    if _hundreds(mention.text) and p["blocks_of"].match(after):
        return True  # "the 22000 blocks of", as "the 400 block of"; not "40 blocks of streets"
    if (mention.text == "0" or _hundreds(mention.text)) and p["block_range"].match(after):
        return True  # the start of "the 0 to 100 block of", "the 300-500 blocks of"
    if not mention.text.isdigit() or not after[1:2].isupper():
        return False  # a capitalised word follows every address
    if p["compass_address"].match(after):
        return True  # "210 W. Lake", "4401 NE Sandy" (not 210 watts)
    place = p["named_place"].match(after) if 3 <= len(mention.text) <= 5 else None
    if place is None or unit_follows(folded, mention.end):
        return False
    if p["location_before"].search(before):
        return True  # "at 4410 Elmwood"
    return bool(p["name_comma"].search(before) and after.startswith(",", place.end()))


def _hundreds(text: str) -> bool:
    """A block's street number: a round hundred ("400", "22000")."""
    return text.isdigit() and 3 <= len(text) <= 5 and text.endswith("00")


def _road(folded: str, mention: NumberMention, before: str, after: str) -> bool:
    p = _patterns()
    if p["road_after"].match(after):
        return True  # "the 5 Freeway", "1600E Road"
    words = _last_words()
    if (
        may_end_with(before, words["road_names_before"])
        and p["road_before"].search(before)
        and not unit_follows(folded, mention.end)
    ):
        return True  # "Route 66", "U.S. 41"; not "the US 100m champion"
    return bool(
        p["intersection"].match(after)
        and may_end_with(before, words["location_prepositions"])
        and p["location_before"].search(before)
    )


@cache
def _last_words() -> dict[str, frozenset[str]]:
    """The last words of the phrases that the patterns of the text before a number end
    with (the "I" of "I-95" with the roads'), for a cheap test before them."""
    lex = _lexicon()
    return {
        "road_names_before": last_words([*lex["road_names_before"], "I"]),
        "location_prepositions": last_words(lex["location_prepositions"]),
        "months": last_words(_MONTHS.replace("Sept?", "Sept|Sep").split("|")),
    }


def _citation(folded: str, mention: NumberMention, before: str, after: str) -> bool:
    last = before.rstrip()[-1:]
    if not (last in ".,:[" or after.lstrip()[:1] in "(,]"):
        return False  # every citation form has punctuation before or after the number
    p = _patterns()
    if before.endswith("[") and after.startswith("]"):
        return True  # a reference mark: "was reported.[26]"
    if last in (".", ":") and p["pages_before"].search(before):
        return True  # "pp. 12", "Cell 12(3): 45"
    if last == "," and p["page_range"].match(after) and p["journal_pages"].search(before):
        return True  # the 16 of "Nature 574, 16-17"
    return bool(p["citation_after"].match(after) and p["journal_before"].search(before))


def _furniture_price(folded: str, mention: NumberMention, before: str, after: str) -> bool:
    p = _patterns()
    # a match of money_before is at most a sign, a space and a last line break long
    money = p["money_before"].search(before, max(0, len(before) - 3))
    if not (money or p["cents_after"].match(after)):
        return False
    return _furniture_line(folded, mention.start, mention.end)


def _furniture_line(folded: str, start: int, end: int, cues: str = "furniture") -> bool:
    """Whether the line around [start, end) offers a subscription (within 120 characters;
    `cues` "sign_up": tells how to sign up for a newsletter)."""
    line_start = folded.rfind("\n", 0, start) + 1
    line_end = folded.find("\n", end)
    low = max(line_start, start - 120)
    high = min(end + 120, line_end if line_end != -1 else len(folded))
    return _patterns()[cues].search(folded, low, high) is not None


def _gallery_position(folded: str, mention: NumberMention, before: str, after: str) -> bool:
    """ "3 of 12" as a place in a photo gallery or video playlist: both numbers."""
    if not (after.startswith(" of") or before.endswith("of ")):
        return False
    p = _patterns()
    of = p["of_number"].match(after)
    if of is not None and p["position_end"].match(after, of.end()):
        return True  # the 3 of "3 of 12 Photos"
    return p["number_of"].search(before) is not None and p["position_end"].match(after) is not None


def _date_part(folded: str, mention: NumberMention, before: str, after: str) -> bool:
    text = mention.text
    if len(text) == 2 and before.endswith(("'", "’", "‘")):
        p = _patterns()  # a year in two digits: "since '64", "iWork '09"; not "'12 killed'"
        return bool(p["year_apostrophe"].search(before)) and not p["count_after"].match(after)
    return (
        text.isdigit()
        and 1 <= int(text) <= 31
        and may_end_with(before, _last_words()["months"])
        and _patterns()["month_before"].search(before) is not None
        and not unit_follows(folded, mention.end)
    )


def _time_of_day(folded: str, mention: NumberMention, before: str, after: str) -> bool:
    """An hour written without "a.m." or "p.m.": "around 11 this morning", "at 7 tonight"."""
    text = mention.text
    return text.isdigit() and 1 <= int(text) <= 12 and bool(_patterns()["hour_of_day"].match(after))


def _height(folded: str, mention: NumberMention, before: str, after: str) -> bool:
    if not (after[:1] == "'" or "'" in before[-2:]):
        return False
    p = _patterns()
    if mention.text in ("4", "5", "6", "7") and p["feet_inches"].match(after):
        return True  # the 5 of 5'7
    return len(mention.text) <= 2 and p["feet_before"].search(before) is not None


_Test = Callable[[str, NumberMention, str, str], bool]
# The classes in the order they are tried; the first that holds names the mention.
_CLASSES: tuple[tuple[str, _Test], ...] = (
    ("web address", _web_address),
    ("phone number", _phone),
    ("station name", _station_name),
    ("road", _road),
    ("address", _address),
    ("citation", _citation),
    ("subscription offer", _furniture_price),
    ("gallery position", _gallery_position),
    ("date part", _date_part),
    ("height in feet and inches", _height),
    ("time of day", _time_of_day),
    ("name", is_broadcast_name),
    ("version", is_version),
)


def junk_time(folded: str, time: TimeExpr) -> bool:
    """Whether a duration is an idiom ("one day" as some day), part of a name ("24-Hour News",
    "a Days Inn"), the term of a subscription offer ("$1 for 6 months") or of a newsletter's
    sign-up box ("within a few minutes of signing up, check your spam folder"), or the
    minutes of a clock time ("at 17:06 hours"); or whether a century is part of a name
    ("21st Century Fox", "Twentieth Century Fund")."""
    if century_in_name(folded, time) or _copyright_year(folded, time):
        return True
    if time.type != "DURATION":
        return False
    if _is_someday(folded, time) or _patterns()["name_after_duration"].match(folded, time.end):
        return True  # "one day they might"; "24-Hour News 8", "a Days Inn"
    if _furniture_line(folded, time.start, time.end, "sign_up"):
        return True
    if time.start >= 2 and folded[time.start - 1] == ":" and folded[time.start - 2].isdigit():
        return True  # the minutes of a clock time: "at 17:06 hours", "with 6:00 minutes left"
    offer = _patterns()["offer_before"].search(folded[max(0, time.start - 20) : time.start])
    return offer is not None and _furniture_line(folded, time.start, time.end)


# a copyright notice's year, or years ("Copyright 2017 WAVE 3 News", "© 2005-2016 CNN"): page
# furniture, dating the page's rights, not anything it reports
_COPYRIGHT_BEFORE = re.compile(
    r"(?:\bcopyright|\u00a9|\(c\))\s*(?:\u00a9\s*)?(?:\d{4}\s*[-\u2013,]\s*)?$", re.I
)


def _copyright_year(folded: str, time: TimeExpr) -> bool:
    if time.type != "DATE" or time.start == 0:
        return False
    begin = max(0, time.start - 24)
    window = folded[begin : time.start]
    # every notice holds one of these: most dates have none before them, and the pattern's
    # "$" would be tried at each of the 24 positions
    lowered = window.lower()
    if "\u00a9" not in window and "copyright" not in lowered and "(c)" not in lowered:
        return False
    return _COPYRIGHT_BEFORE.search(folded, begin, time.start) is not None


# a century written with a capital, in a name when a capitalised word other than a small
# word follows ("Life in the 21st Century Is Hard" is a title-case headline)
_CENTURY = re.compile(r"[\w-]+\s+Century")
_NAME_AFTER = re.compile(r"[ \t]+([A-Z][a-z]+)")
_NOT_NAME_WORDS = frozenset(
    "Is Was Are Were Will Has Have Had And Or Of The In To A An For With On At By As From "
    "But That This It".split()
)


def century_in_name(folded: str, time: TimeExpr) -> bool:
    """Whether a century is part of a name ("21st Century Fox"): it dates nothing."""
    if time.type != "DATE" or not _CENTURY.fullmatch(time.text):
        return False
    following = _NAME_AFTER.match(folded, time.end)
    return following is not None and following.group(1) not in _NOT_NAME_WORDS


# a time written as a modifier of a noun: "18th-century jewellery", "a 19th century church",
# "Soviet-era tanks", "1960s-era buildings": what kind of thing, not when a figure is of
_ATTRIBUTIVE_AFTER = re.compile(r"(?:-(?:era|style|vintage)\b|\s+[a-z])", re.I)
_CENTURY_END = re.compile(r"century$", re.I)
# "in the 19th century the town ...": a time of the sentence, not a kind of thing
_TIME_PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|during|since|by|until|till|from|through)\s+(?:the\s+)?(?:early\s+|late\s+|mid-?)?$",
    re.I,
)


def modifier_time(text: str, start: int, end: int) -> bool:
    """Whether the time at text[start:end] describes a thing rather than dating anything: a
    century before a noun ("18th-century jewellery"), or any time before "-era"."""
    after = _ATTRIBUTIVE_AFTER.match(text, end)
    if after is None:
        return False
    if after.group(0).startswith("-"):
        return True
    return (
        _CENTURY_END.search(text, start, end) is not None
        and _TIME_PREPOSITION_BEFORE.search(text, max(0, start - 24), start) is None
    )


def _is_someday(folded: str, time: TimeExpr) -> bool:
    """Whether a duration "one day" means some day in the future or past ("one day they
    might", "and one day buy a home"), not a day's length ("one day after the attack")."""
    if time.type != "DURATION" or " ".join(time.text.lower().split()) != "one day":
        return False
    lex = _lexicon()
    words_before = folded[max(0, time.start - 20) : time.start].lower().split()
    if words_before and words_before[-1].strip(",;:\"'(") in lex["someday_not_before"]:
        return False
    following = folded[time.end : time.end + 20].lower().split()
    return not (following and following[0].strip(",;:.\"')") in lex["someday_not_after"])
