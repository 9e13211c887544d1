"""The regexes that find candidate temporal expressions, one per rule, compiled at import.

Each rule's name picks its normaliser in :mod:`checker.extract.timex_resolve`. Word lists
come from ``checker/data/timex.json`` through :mod:`checker.extract.timex_vocab`.
"""

from __future__ import annotations

import re
from functools import cache

from checker.extract.timex_vocab import (
    APPROX_MODS,
    DAY_PARTS,
    DECADE_WORDS,
    FULL_MONTHS,
    FULL_WEEKDAYS,
    HOLIDAYS,
    MONTHS,
    NUMBERS,
    PARTS,
    SEASONS,
    VAGUE_NUMBERS,
    VAGUE_REFS,
    WEEKDAYS,
    alternation,
)

FLAGS = re.IGNORECASE | re.VERBOSE

MONTH = (
    rf"(?P<month>(?:{alternation(FULL_MONTHS)})(?![a-z])"
    rf"|(?:{alternation(set(MONTHS) - FULL_MONTHS)})(?![a-z])\.?)"
)
WEEKDAY = rf"(?P<weekday>{alternation(FULL_WEEKDAYS)})(?![a-z])"
WEEKDAY_ANY = (
    rf"(?:{alternation(FULL_WEEKDAYS)}|(?:{alternation(set(WEEKDAYS) - FULL_WEEKDAYS)})\.?)"
)
DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\d|:\d)"
YEAR = r"(?P<year>(?:1[0-9]|20)\d\d|['’]\d\d)(?![\d%]|\.\d|,\d)"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_ONES = "one|two|three|four|five|six|seven|eight|nine"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
# Years said aloud, as broadcast transcripts write them (normalised by timex_common.year_of).
SPELLED_YEAR = rf"""
    (?:nineteen[-\s]+(?:(?:{_TENS})(?:[-\s]+(?:{_ONES}))?|{_TEENS})  # nineteen ninety-six
      |two\s+thousand(?:\s+and)?(?:[-\s]+(?:{_ONES}))?              # two thousand (and) one
    )(?![\w-])"""
YEAR_SAID = YEAR.replace("(?P<year>", f"(?P<year>{SPELLED_YEAR}|", 1)  # 1997 or said aloud
NUM = (
    rf"(?P<num>\d+(?:\.\d+|\s+1/2|\s*½)?|(?:{_TENS})[-\s](?:one|two|three|four|five|six|seven|eight|nine)"
    rf"|{alternation(NUMBERS)}|(?P<vague>{alternation(VAGUE_NUMBERS)}))"
)
UNIT = (
    r"(?P<unit>second|minute|hour|day|night|weekend|week|fortnight|month|quarter|year|decade"
    r"|centur(?:y|ie)|millenni(?:um|a))"
)
REL = r"(?P<rel>this|last|next|past|previous|coming|current|following|latest|same|prior)"
DAY_PART = rf"(?P<daypart>{alternation(DAY_PARTS)})"
DAY_PART2 = DAY_PART.replace("daypart", "daypart2")

# Words in front of an expression that shift it (early, the end of) or hedge it (about).
PART_PREFIX = re.compile(
    rf"""
    (?:(?<![\w-])(?P<part>{alternation(PARTS)})(?:-|\s+)   # early / mid- / late / earlier
     |(?<![\w-])the\s+(?P<of>beginning|start|middle|end|close)\s+of\s+  # the end of
    )$                                                   # right before the expression
    """,
    FLAGS,
)
APPROX_PREFIX = re.compile(
    rf"(?<![\w-])(?P<approx>{alternation(APPROX_MODS)})\s+$  # about / nearly / more than",
    FLAGS,
)

_RULES: dict[str, str] = {
    # 2016-02-05, 2016-02-05T14:30
    "iso": r"""
        (?<![\w-])(?P<year>\d{4})-(?P<m>\d\d?)-(?P<d>\d\d?)  # year-month-day
        (?:T(?P<hh>\d\d):(?P<mi>\d\d))?                     # optional time
        (?![\w-])
    """,
    # 16/02/16, 2/5/2016, 05.02.2016
    "numeric": r"""
        (?<![\w/.,-])(?P<a>\d\d?)(?P<sep>[/.-])(?P<b>\d\d?)  # day and month, some order
        (?P=sep)(?P<y>\d{4}|\d\d)                            # same separator, then year
        (?![\w/-]|\.\d)
    """,
    # Tuesday, September 8, 2015 / Sept. 30 of last year / Nov. 24
    "month_day": rf"""
        (?<!\w)(?:{WEEKDAY_ANY},?\s+)?                      # optional weekday
        (?:(?P<mdrel>last|this|next)\s+)?                    # last (Oct. 23)
        {MONTH}\s+{DAY}                                      # September 8
        (?:(?:,\s*|\s+)(?:of\s+)?{YEAR}                      # , 2015
          |,?\s+(?:of\s+)?(?P<relyear>last|this|next)\s+year  # of last year
        )?
    """,
    # 8 September 2015 / the 24th of November
    "day_month": rf"""
        (?<![\w-])(?:{WEEKDAY_ANY},?\s+)?(?:the\s+)?         # optional weekday, article
        {DAY}\s+(?:of\s+)?{MONTH}                            # 8 September
        (?:,?\s+{YEAR})?                                     # 2015
    """,
    # March 2011 / September of last year / last September / February
    "month": rf"""
        (?<!\w)(?:(?P<mrel>last|this|next|past)\s+)?        # last (or mid-)
        {MONTH}                                              # September
        (?:,?\s+(?:of\s+)?{YEAR_SAID}                         # 2015
          |\s+(?:of\s+)?(?P<relyear>last|this|next)\s+year)?   # last year
    """,
    # Christmas / last Thanksgiving / New Year's Day 2015
    "holiday": rf"""
        (?<![\w-])(?:(?P<hrel>last|this|next|past)\s+)?    # last
        (?P<holiday>{alternation(HOLIDAYS).replace("'", "['’]")})(?![\w-])  # Thanksgiving
        (?:,?\s+(?:of\s+)?{YEAR})?                           # 2015
    """,
    # Friday / last Friday / Friday morning
    "weekday": rf"""
        (?<![\w-])(?:{REL}\s+)?                              # last / next
        {WEEKDAY}                                            # Friday ('s stays outside)
        (?:\s+{DAY_PART}(?![a-z]))?                          # morning
    """,
    # yesterday / tonight / this morning / last night
    "relday": rf"""
        (?<![\w-])(?:(?P<rd>today|yesterday|tomorrow|tonight)(?![a-z])  # the day
          (?:\s+{DAY_PART}(?![a-z]))?                        # yesterday afternoon
        |(?P<rel>this|last)\s+{DAY_PART2}(?![a-z]))           # this morning, last night
    """,
    # the 1988 quarter / the 1989 period: that year's part the report is about (before
    # 'duration', which would read a count of 1988 quarters)
    "year_period": r"""
        (?<![\w-])the\s+(?P<year>(?:19|20)\d\d)\s+(?:quarter|period)(?![\w-])
    """,
    # five years ago / a year earlier / two days later
    "ago": rf"""
        (?<![\w-]){NUM}?(?(num)[-\s]+)                       # five (optional: years ago)
        {UNIT}s?(?:\s+or\s+so)?\s+                           # years
        (?P<dir>ago|earlier|later|from\s+now|hence)(?![a-z])  # ago
    """,
    # the past five years / five-year / two decades / for three days
    "duration": rf"""
        (?<![\w-])(?:(?:the\s+)?(?P<drel>past|last|next|previous|coming|first|following
          |final|initial|remaining|latest|recent)\s+)?      # the past
        (?:the\s+)?{NUM}(?:[-\s]+and[-\s]+a[-\s]+half)?[-\s]+  # five, two-and-a-half
        (?:(?:more|additional|further|extra)\s+)?           # more
        {UNIT}s?(?P<long>-long)?                             # years
        (?:\s+and\s+a\s+half)?                               # a year and a half
        (?![-\w])                                            # not five-year-old
    """,
    # for years / in decades / recent months
    "vague_duration": rf"""
        (?:(?<=\bfor\s)|(?<=\bin\s)|(?<![\w-])recent\s+)     # 'for', 'in' stay outside
        {UNIT}s(?![-\w])                                     # years
    """,
    # this year / last week / the past month / next quarter / the weekend / that year /
    # the latest period
    "relative": rf"""
        (?<![\w-])(?:(?:the\s+)?{REL}|(?P<the>the)|(?P<that>that))\s+  # the past / this
        (?:(?:fiscal|full)\s+)?                              # fiscal
        (?P<unit>year|month|weekend|week|quarter|decade|century|period)(?![\w-])  # year
    """,
    # that day / the next morning / the same day / the day before: a day counted from the
    # date just mentioned; 'that day care', 'the day before the vote' are not
    "anaphoric_day": r"""
        (?<![\w-])(?:(?P<that>that)|the\s+(?P<rel>same|next|following|previous|prior))\s+
        (?P<unit>day|morning|afternoon|evening|night)(?![\w'’-])
        (?!\s+(?:care|job|trip|pass|school|shift|labou?rers?|off)\b)
        |(?<![\w-])the\s+day\s+(?P<side>before|after)(?=\s*[,.;:!?)]|\s+(?:and|but)\b)
    """,
    # by year-end / since year end / before the month's end: only after a preposition, as
    # 'year-end results' and 'year-end net' name a result, not a time
    "period_end": r"""
        (?<![\w-])(?P<prep>by|since|at|until|till|before|after|around|from|through|near|toward|towards)
        \s+(?P<the>the\s+)?(?P<unit>year|month|quarter)(?:['’]s\s+|-|\s+)end(?![\w-])
        (?!\s+(?!(?:and|or|but|as|if|when|while|with|for|to|of|in|on|at|is|was|will)\b)[a-z])
    """,
    # the end of the month (the bare period only after a part word)
    "the_period": r"""
        (?<=\sof\s)the\s+(?P<unit>year|month|week|quarter|decade|century)(?![\w-])
    """,
    # the third quarter / third-quarter / fiscal 1989's first half / the quarter
    "quarter": rf"""
        (?<![\w-])(?:the\s+)?(?:(?:{YEAR}['’]?s?|{REL}\s+year['’]s)\s+)?  # 1989's
        (?:fiscal[-\s]+)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final)  # third
        [-\s]+(?:fiscal[-\s]+)?(?P<qh>quarter|half)          # quarter
        (?:\s+of\s+(?:fiscal\s+)?(?:(?P<year2>(?:19|20)\d\d)|(?P<rel2>this|last|next)\s+year))?
        (?![\w-])
    """,
    # the year-earlier quarter / year-ago
    "year_ago": r"""
        (?<![\w-])(?:the\s+)?(?:comparable\s+)?year[-\s](?:ago|earlier)  # year-ago
        (?:\s+(?:quarter|period|level|levels))?(?![\w-])     # quarter
    """,
    # last summer / the spring of 1997 / summer 2015
    "season": rf"""
        (?<![\w-])(?:(?:{REL}|the|this)\s+)?                 # last
        (?P<season>{alternation(SEASONS)})(?![\w-])          # summer
        (?:\s+(?:of\s+)?{YEAR_SAID})?                         # of 1997
    """,
    # 2011 / fiscal 1989 / mid-2015
    "year": r"""
        (?<![\w$£€#.,/])(?<!\d-)(?P<fiscal>fiscal\s+)?     # not 1990-1995's second half
        (?P<year>(?:1[0-9]|20)\d\d)                          # 2011
        (?![\d%\w]|['’]?s\b|\.\d|,\d|-\d|\s*(?:percent|per\s+cent|[ap]\.?m\b|GMT|hours))
    """,
    # the 1990s / the '90s / mid-1990s
    # nineteen ninety-six / the year two thousand
    "spoken_year": rf"""
        (?<![\w-])(?P<the_year>the\s+year\s+)?              # the year
        (?P<year>{SPELLED_YEAR})                             # nineteen ninety-six
    """,
    # the 1990s / the '90s / mid-1990s / the nineties
    "decade": rf"""
        (?<![\w$£€#.,/])(?:the\s+)?                          # the
        (?:(?P<year>(?:1[0-9]|20)\d0)['’]?s                  # 1990s
          |['’]?(?P<short>\d0)['’]?s                          # '90s
          |(?<=the\s)(?P<dword>{alternation(DECADE_WORDS)})   # (the) nineties
        )(?![\w-])
    """,
    # the 20th century
    "century": r"""
        (?<![\w-])(?:the\s+)?(?P<cent>\d\d?)(?:st|nd|rd|th)[-\s]+century(?![\w-])
    """,
    # 3 p.m. / 10:30 a.m. EST Thursday / noon
    "time": rf"""
        (?<![\w:.])(?:(?P<h>[01]?\d)(?::(?P<mi>[0-5]\d))?\s*(?P<ap>[ap]\.?m\b\.?)  # 3 p.m.
          |(?P<h24>[01]?\d|2[0-3]):(?P<mi24>[0-5]\d)(?=\s*(?:GMT|UTC|local|hours|hrs))  # 14:30
          |(?P<named>noon|midday|midnight)(?![\w-]))         # noon
        (?:\s+(?P<tz>[ECMP][SD]T|GMT|UTC|local\s+time))?      # time zone
        (?:,?\s+(?:on\s+)?{WEEKDAY}                           # Thursday
          |,?\s+(?:on\s+)?{MONTH}\s+{DAY}(?:,\s*{YEAR})?       # Nov. 9, 2015
          |\s+(?P<rd>today|yesterday|tomorrow)(?![a-z]))?    # today
    """,
    # now / currently / recently / the future
    "vague": rf"""
        (?<![\w-])(?P<vref>{alternation(VAGUE_REFS)})(?![\w-])  # now
        (?!\s+than)                                            # 'earlier than' compares
    """,
    # every week / each year / annually
    "set": rf"""
        (?<![\w-])(?:(?P<every>every|each)\s+(?:{NUM}\s+)?    # every
          (?:{UNIT}s?|{WEEKDAY}|{MONTH}                       # week / Friday / July
            |(?P<season>{alternation(SEASONS)}))(?![\w-])      # summer
        |(?P<every_unit>hourly|daily|weekly|monthly|yearly)(?![\w-]))  # daily ('annually',
                                                     # 'quarterly' are rarely annotated)
    """,
}

RULES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, FLAGS)) for name, pattern in _RULES.items()
)


@cache
def ascii_rules() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """RULES compiled with re.ASCII, for ASCII text without the four characters that
    Unicode's \\s matches and ASCII's does not (\\x1c-\\x1f; see plain_ascii). On such text
    \\w, \\d, \\b and re.I's case folding match exactly as in Unicode mode (re.I matches the
    long s, the Kelvin sign and the dotted and dotless i to ASCII letters, and none is in
    the text), and the regex engine tests them by a table instead of Unicode's character
    database: the rules' scans of the shorter half of throughput.py's sample, 36-40 -> 33 us
    a document."""
    return tuple((name, re.compile(pattern, FLAGS | re.ASCII)) for name, pattern in _RULES.items())


def plain_ascii(text: str) -> bool:
    """Whether ascii_rules() match in `text` as RULES do."""
    if not text.isascii():
        return False
    for separator in "\x1c\x1d\x1e\x1f":  # noqa: SIM110 (a loop: no generator frame)
        if separator in text:
            return False
    return True
