"""Infer a document's publication date from its text alone, and say how sure we are.

Evidence, strongest first: a date line near the top ("September 8, 2015" on its own, or
"Published: 08/09/2015"), a footer ("Post views count started 16/02/16"), photo captions
("... arrives in London on February 4, 2016 (AFP photo)": published on or after the latest),
and last a weekday the story uses ("said Friday") on or after the latest explicit date.
When nothing supports a date the answer is (None, "", ""): we never guess silently.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from checker.extract.timex import infer_day_first, tag_times
from checker.extract.timex_common import DAY_PREFIX, tense_before
from checker.extract.timex_vocab import MONTHS, WEEKDAYS

_TOP_LINES = 12  # a date line sits among the first lines of the page
_DATE_LINE_MAX = 100  # characters: longer lines are sentences, not date lines
_FOOTER_CHARS = 600
_CONFIDENCE_DOWN = {"high": "medium", "medium": "low", "low": "low"}

_PUBLISHED_CUE = re.compile(
    r"""
    \b(?:published|posted|updated|last\s+updated|date|first\s+published|issued|released)\b  # cue
    |\bfor\s+(?:immediate\s+)?release\b  # a press release's date line
    |^\s*(?-i:By\s+[A-Z]\w+|[A-Z][A-Z .]{2,},)   # a byline or a DATELINE CITY,
    """,
    re.IGNORECASE | re.VERBOSE,
)
_FOOTER_CUE = re.compile(
    r"\b(?:post(?:ed)?|published|updated|views|copyright|all\s+rights)\b|©",  # footer words
    re.IGNORECASE,
)
_CAPTION_CUE = re.compile(
    r"""
    \((?:[^()]{0,40}\b(?:photo|AFP|Reuters|AP|EPA|Getty|file|pic)\b[^()]{0,20})\)  # (AFP photo)
    |\b(?:photo|picture|image)\b\s*(?:by|:|source)                 # Photo by:
    |\b(?:holds|arrives|gestures|attends|speaks|walks|meets|looks|stands|waves|talks
       |listens|delivers|poses|leaves|greets|shakes|sits|is\s+seen|are\s+seen)\b  # verbs
    """,
    re.IGNORECASE | re.VERBOSE,
)
_SAID_WEEKDAY = re.compile(
    r"\b(?:said|told|announced|reported|on)\s+(?P<weekday>Monday|Tuesday|Wednesday|Thursday"
    r"|Friday|Saturday|Sunday)\b",  # 'said Friday', 'on Thursday'
)


@dataclass(frozen=True)
class _Dated:
    """An explicit full date found in the text and the line it stands on."""

    date: dt.date
    start: int
    line: str
    line_index: int
    ambiguous: bool  # a numeric date whose day/month order the text does not settle


def infer_published(text: str) -> tuple[dt.date | None, str, str]:
    """(date, source, confidence) from the text alone: source is a short human string like
    'text: date line', 'text: photo caption', 'text: footer', 'text: latest explicit date';
    confidence 'high'/'medium'/'low'. (None, '', '') when nothing supports a date — never guess."""
    if not isinstance(text, str) or not text.strip():
        return None, "", ""
    dated = explicit_dates(text)
    for finder in (_from_date_line, _from_footer, _from_captions, _from_weekday):
        found = finder(text, dated)
        if found is not None:
            return found
    return None, "", ""


def explicit_dates(text: str) -> list[_Dated]:
    """Every date with day, month and year written out, with its line."""
    day_first = infer_day_first(text, settled=True)
    line_starts = [0] + [m.end() for m in re.finditer(r"\n", text)]
    found = []
    for expr in tag_times(text, None):
        if expr.type not in ("DATE", "TIME") or not DAY_PREFIX.match(expr.value):
            continue
        if expr.low is None:
            continue
        index = _line_index(line_starts, expr.start)
        line_end = text.find("\n", expr.start)
        line = text[line_starts[index] : line_end if line_end >= 0 else len(text)]
        numeric = bool(re.fullmatch(r"\d\d?[/.-]\d\d?[/.-]\d+", expr.text))
        found.append(_Dated(expr.low, expr.start, line, index, numeric and day_first is None))
    return found


def other_reading(text: str, published: dt.date) -> dt.date | None:
    """The other day a publication date read from a numeric date could be, when the text
    does not settle its order ("03/06/2022": 6 March, or 3 June); None when it does."""
    day, month = published.day, published.month
    if not month != day <= 12:
        return None  # no other reading: the text's dates need not be read again
    if any(item.ambiguous and item.date == published for item in explicit_dates(text)):
        return dt.date(published.year, day, month)
    return None


def _line_index(line_starts: list[int], position: int) -> int:
    low, high = 0, len(line_starts) - 1
    while low < high:
        middle = (low + high + 1) // 2
        if line_starts[middle] <= position:
            low = middle
        else:
            high = middle - 1
    return low


def _answer(item: _Dated, source: str, confidence: str) -> tuple[dt.date, str, str]:
    if item.ambiguous:
        confidence = _CONFIDENCE_DOWN[confidence]
    return item.date, source, confidence


def _from_date_line(text: str, dated: list[_Dated]) -> tuple[dt.date, str, str] | None:
    top = _nonempty_line_numbers(text)[:_TOP_LINES]
    for item in dated:
        if item.line_index not in top:
            continue
        line = item.line.strip()
        if len(line) <= _DATE_LINE_MAX and (_mostly_date(line) or _PUBLISHED_CUE.search(line)):
            return _answer(item, "text: date line", "high")
    return None


def _nonempty_line_numbers(text: str) -> list[int]:
    return [i for i, line in enumerate(text.split("\n")) if line.strip()]


def _mostly_date(line: str) -> bool:
    """A line that is a date and little else ('September 8, 2015', 'Tue 16 Feb 2016 10:41'),
    or a byline whose parts set apart by bars or bullets hold one ('Monday 13 October 2025 |
    The European Correspondent', 'The Northern Gazette | 13.10.2025 | by Elena Brodsky'), or
    by dashes when the other parts are a few words, an outlet or a place ('Monday 7 April
    2025 \u2014 Nusantara Today live desk'; not a headline with its date in a list of
    related stories, 'Police Arrest Person In Connection With Teen Shooting \u2013 August 3rd,
    2016')."""
    if any(_date_and_little_else(part) for part in _BYLINE_BREAK.split(line)):
        return True
    parts = _BYLINE_DASH.split(line)
    return len(parts) > 1 and any(
        _date_and_little_else(part)
        and any(c.isdigit() for c in part)  # not "CHICAGO (CBS)" before a lede's dash
        and all(len(other.split()) <= _BYLINE_WORDS for j, other in enumerate(parts) if j != i)
        for i, part in enumerate(parts)
    )


_BYLINE_BREAK = re.compile(r"\s[|\u00b7\u2022]\s")  # " | ", " · ", " • "
_BYLINE_DASH = re.compile(r"\s[\u2013\u2014]\s")  # " – ", " — "
_BYLINE_WORDS = 5  # words at most of an outlet's name or a place beside a date


def _date_and_little_else(line: str) -> bool:
    rest = line
    for expr in tag_times(line, None):
        rest = rest.replace(expr.text, "")
    return len(re.sub(r"[\W\d_]+", "", rest)) <= 12


def _from_footer(text: str, dated: list[_Dated]) -> tuple[dt.date, str, str] | None:
    tail = len(text.rstrip()) - _FOOTER_CHARS
    for item in reversed(dated):
        if item.start >= tail and _FOOTER_CUE.search(item.line):
            return _answer(item, "text: footer", "medium")
    return None


def _from_captions(text: str, dated: list[_Dated]) -> tuple[dt.date, str, str] | None:
    captions = [item for item in dated if _CAPTION_CUE.search(item.line)]
    captions = [item for item in captions if len(item.line) <= 400]
    if not captions:
        return None
    latest = max(captions, key=lambda item: item.date)
    return _answer(latest, "text: photo caption", "medium")


def _from_weekday(text: str, dated: list[_Dated]) -> tuple[dt.date, str, str] | None:
    """The first day on or after the latest past date that is the weekday the story uses."""
    past = [item for item in dated if tense_before(text, item.start) != "future"]
    said = _SAID_WEEKDAY.search(text)
    if not past or said is None:
        return None
    latest = max(past, key=lambda item: item.date)
    weekday = WEEKDAYS[said["weekday"].lower()]
    ahead = (weekday - latest.date.isoweekday()) % 7
    day = latest.date + dt.timedelta(days=ahead)
    return _answer(
        _Dated(day, latest.start, "", 0, latest.ambiguous),
        "text: weekday after latest explicit date",
        "low",
    )


_PUBLICATION_LINE = re.compile(
    r"""
    ^\W*                                    # the start of a line, a bracket or a bullet
    (?:first\s+)?(?:published|posted)\b     # the page says when it was published
    (?:\s+(?:on|at))?[\s:,]*                # "Published on", "Posted:"
    """,
    re.IGNORECASE | re.VERBOSE | re.MULTILINE,
)
_PUBLICATION_REACH = 40  # characters from the cue to the date ("Posted 3:57 AM, May 26, 2015")
_PUBLICATION_TOP = 600  # characters: the publication line is among the page's first lines


def publication_line(text: str) -> dt.date | None:
    """The date a line at the top of the text says the page was published on ("Published
    June 8 2016", "Posted: Jul. 6, 2016 4:15 pm", "(Published Sunday, March 8, 2015)"), or
    None. An "Updated" date is not one: the text was written before it."""
    if not isinstance(text, str):
        return None
    top = text[:_PUBLICATION_TOP]
    cue = _PUBLICATION_LINE.search(top)
    if cue is None:
        return None
    line_end = top.find("\n", cue.end())
    reach = top[: min(cue.end() + _PUBLICATION_REACH, line_end if line_end >= 0 else len(top))]
    for item in explicit_dates(reach):
        if item.start >= cue.end() and not item.ambiguous:
            return item.date
    return None


# a wire dateline that gives the day and not the year: "LIMA, Aug 22 (Transworld Press) -",
# "WASHINGTON, March 12 (Xinhua) --", "July 24 (Reuters) -" (business wires name no place),
# "WAGGA WAGGA, March 6 AAP -" (the agency without brackets)
_YEARLESS_DATELINE = re.compile(
    # "LIMA, Aug 22 (", "TOLLERTON, Kan., Sept 8 (": a place, perhaps its state, the day
    r"^(?:[A-Z][A-Za-z .'-]{1,40},(?:\s+[A-Z][A-Za-z.]{1,14},)?\s+)?"
    r"(?P<month>[A-Z][a-z]{2,8})\.?\s+(?P<day>\d{1,2})\s*"
    r"(?:\([^()\n]{1,40}\)|[A-Z]{2,6})\s*[-\u2013\u2014]",  # "(Reuters) -", "AAP -"
    re.MULTILINE,
)
_YEARLESS_REACH = dt.timedelta(days=60)  # a story's documents are weeks apart at most


def yearless_date_line(text: str, near: dt.date) -> dt.date | None:
    """The day of a wire dateline that gives no year ("LIMA, Aug 22 (Transworld Press) -")
    in the year that puts it closest to `near` (a date the story's other documents give),
    or None when the text has no such line among its first lines or the day lies two
    months or more from `near`."""
    match = _YEARLESS_DATELINE.search(text[:_PUBLICATION_TOP])
    month = MONTHS.get(match.group("month").lower()) if match else None
    if match is None or month is None:
        return None
    days = []
    for year in (near.year - 1, near.year, near.year + 1):
        try:
            days.append(dt.date(year, month, int(match.group("day"))))
        except ValueError:
            continue
    best = min(days, key=lambda day: abs(day - near), default=None)
    return best if best is not None and abs(best - near) < _YEARLESS_REACH else None
