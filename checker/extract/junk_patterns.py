"""The patterns of checker.extract.junk, compiled once: the text around a number that tells
page furniture (phone lines, web addresses, station names, addresses, roads, citations,
prices and galleries) or an idiom. The words they draw on are in data/filters.json ("junk")."""

from __future__ import annotations

import re
from functools import cache

from checker.vocab import alternation, load_data

MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
    "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
)


@cache
def junk_lexicon() -> dict:
    return load_data("filters")["junk"]


@cache
def junk_patterns() -> dict[str, re.Pattern[str]]:
    lex = junk_lexicon()
    return {
        "vanity_phone": re.compile(
            r"""
            (?:-\d{3})?-                        # "555-201-" or "201-" before the letters
            (?!(?:YEAR|MONTH|WEEK|DAY|HOUR)S?\b)  # not an age in capitals: "33-YEAR-OLD"
            (?:[A-Z]{4}|[A-Z](?:-?[A-Z]){6})    # TIPS, or seven letters: CRIMESC, SPEAK-UP
            (?![\w-])
            """,
            re.VERBOSE,
        ),
        "area_code": re.compile(r"\)?[\s.-]?\d{3}[-.](?:\d{4}|[A-Z]{4})\b"),  # (804) 555-1000
        "bracketed_digits": re.compile(r"[A-Z]{4}\s?\($"),  # "TIPS (8477)"
        "web_marks": re.compile(r"://|www\.|\.(?:com|org|net|gov|edu|ly|co|us|tv)\b/"),
        "glued_name": re.compile(r"[A-Z][A-Za-z]+\b"),  # 7News, 3TV, 94WIP
        "compass_address": re.compile(
            r"""
            \s+(?:[NSEW]\.?|NE|NW|SE|SW|[NS]\.[EW]\.)  # "210 W. Lake", "4500 S.E. Columbia"
            \s+[A-Z][a-z]                               # the street's name
            """,
            re.VERBOSE,
        ),
        "name_comma": re.compile(r"[A-Z][a-z]+,\s$"),  # "the home of Ann Lee, 2211 Oak Hill,"
        "blocks_of": re.compile(
            r"""
            (?:\s+and\s+(?:the\s+)?\d+)?   # "the 2600 and 2700 blocks", "400 and the 700"
            \s+blocks\s+of\b                # "the 22000 blocks of Hayes Road"
            """,
            re.VERBOSE,
        ),
        "block_range": re.compile(
            r"""
            \s*(?:to|through|-|–)\s*\d+00   # the range's end, a round hundred: "0 to 100"
            [\s-]blocks?\s+of\b              # "the 0 to 100 block of West 107th Street"
            """,
            re.VERBOSE,
        ),
        "location_before": re.compile(
            rf"\b(?:{alternation(lex['location_prepositions'])})\s$", re.I
        ),
        "named_place": re.compile(
            r"""
            \s+(?:(?:North|South|East|West)\s+)?   # "at 313 North Seminary"
            (?:[A-Z][a-z]+\s+)*[A-Z][a-z]*[a-rt-z] # capitalised words, the last not a plural
            (?![\w'-])
            (?!\s+[a-z]+s\b)                      # not an adjective of a plural: "Somali pirates"
            """,
            re.VERBOSE,
        ),
        "road_after": re.compile(
            rf"""
            [NSEW]?\s+                             # "1600E Road", "the 5 Freeway"
            (?:{alternation(lex["road_words"])})\b
            """,
            re.VERBOSE,
        ),
        "road_before": re.compile(
            rf"""
            \b(?:{alternation(lex["road_names_before"])})(?:\s|-|\s-\s)$  # "Highway 41", "SR-9"
            | \bI-$                                                    # "I-95"
            """,
            re.VERBOSE,
        ),
        "intersection": re.compile(
            rf"""
            \s+(?:and|&)\s+(?:[A-Z][\w']*\s+){{1,3}}      # "near 635 and Plano"
            (?:{alternation(lex["road_words"])}|St|Street|Ave|Avenue|Blvd|Dr|Drive)\b
            """,
            re.VERBOSE,
        ),
        "citation_after": re.compile(
            r"""
            \s?\(\d+\)\s?:\s?\d+                   # "12(3):45": volume (issue): page
            | ,\s?\d+\s?[-–]\s?\d+\b               # "574, 16-17": volume, pages
            """,
            re.VERBOSE,
        ),
        "journal_before": re.compile(r"\b[A-Z][A-Za-z.&]+\s$"),  # "Nature 574, 16-17"
        "pages_before": re.compile(
            rf"""
            \b(?:{alternation(lex["citation_markers"])})\.\s?$    # "pp. 12", "vol. 3"
            | \b[A-Z][A-Za-z.&]+\s\d+\s?\(\d+\)\s?:\s?$         # "Cell 12(3): 45"
            """,
            re.VERBOSE,
        ),
        "journal_pages": re.compile(r"\b[A-Z][A-Za-z.&]+\s\d+,\s?$"),  # "Nature 574, "
        "page_range": re.compile(r"\s?[-–]\s?\d+\b"),
        "position_end": re.compile(
            r"""
            \s*(?:\n|$|:|\)                           # "Page 1 of 1", "1 of 13:", "(1 of 9)"
            | (?:Photos?|Videos?|Images?|Slides?|Pictures?)\b  # "1 of 13 Photos"
            | (?:Last|Next)\s?Video|CLOSE\b          # a video playlist's controls
            | [A-Z]{2,}\s+[A-Z]{2,})                  # a title in capitals: "2 of 10 DEADLY ..."
            """,
            re.VERBOSE,
        ),
        "of_number": re.compile(r"\s+of\s+\d+"),
        "number_of": re.compile(r"\b\d+\s+of\s+$"),
        "money_before": re.compile(r"[$£€]\s?$"),
        "offer_before": re.compile(
            r"""
            (?:[$£€]\s?\d[\d.,]*|\d+\s?(?:cents|¢))   # a price: "$1", "99 cents"
            \s+(?:for|per|a)\s+$                       # "for 6 months", "a week"
            """,
            re.VERBOSE,
        ),
        "cents_after": re.compile(r"\s?(?:cents?|¢|p)\b", re.I),
        "furniture": re.compile(rf"\b(?:{alternation(lex['furniture_cues'])})\b", re.I),
        "sign_up": re.compile(rf"\b(?:{alternation(lex['sign_up_cues'])})\b", re.I),
        "name_after_duration": re.compile(
            rf"[ ](?:{alternation(lex['names_after_durations'])})\b"  # "24-Hour News", "Days Inn"
        ),
        "hour_of_day": re.compile(
            r"""
            \s+(?:this\s+|in\s+the\s+)?            # "around 11 this morning", "at 3 in the"
            (?:morning|afternoon|evening|tonight)\b  # a part of the day: "7 tonight"
            """,
            re.VERBOSE,
        ),
        "month_before": re.compile(rf"\b(?:{MONTHS})\.?\s$"),
        "year_apostrophe": re.compile(r"(?:^|[\s(,])['’‘]$"),  # "since '64", "in ’91"
        "count_after": re.compile(
            r"""
            \s+(?:(?!(?:is|was|has|its|this|as|us|says)\b)[a-z]+s  # a plural noun: "'20 cars"
            | people|men|women|children|killed|dead|died|hurt|injured|wounded)\b  # a count
            """,
            re.VERBOSE,
        ),
        "feet_inches": re.compile(r"'\s?\d{1,2}\b"),  # 5'7
        "feet_before": re.compile(r"\b[4-7]'\s?$"),  # the 7 of 5'7
        "foot_hyphen_before": re.compile(
            r"\b(?:[4-7]|four|five|six|seven)-(?:foot|feet)-$",
            re.I,  # the seven of five-foot-seven
        ),
        "idiom": _idiom_pattern(lex["idioms"]),
        "listicle": re.compile(
            rf"""
            \s+(?:[A-Za-z]+\s+)?                  # one adjective: "5 Fast Facts"
            (?:{alternation(lex["listicle_nouns"])})\s+  # things, facts, reasons ...
            (?:(?:you|we)\s+(?:need|should)\s+)?  # "you need to know"
            to\s+know\b
            """,
            re.VERBOSE | re.I,
        ),
    }


def _idiom_pattern(idioms: list[str]) -> re.Pattern[str]:
    """One pattern of all idioms, "#" standing for the number "one"."""
    phrases = sorted(idioms, key=len, reverse=True)
    body = "|".join(re.escape(p).replace("\\#", "#").replace("#", "one") for p in phrases)
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.I)
