"""Normalisers for expressions that name a calendar date, month, year, weekday or time.

Each takes the regex match and the document context and returns a :class:`Norm`, or
None when the candidate is not a temporal expression after all ("2000 troops").
"""

from __future__ import annotations

import datetime as dt
import re

from checker.extract.lexicons import measure_lexicon
from checker.extract.timex_calendar import (
    bounds,
    holiday_date,
    pick_date,
    pick_weekday,
    pick_year,
    safe_date,
)
from checker.extract.timex_common import (
    RELATIONS,
    SPACES,
    Context,
    Norm,
    bare_month_ok,
    clock_hour,
    direction_ref,
    group,
    month_number,
    relation_of,
    tense_around,
    tense_before,
    year_of,
)
from checker.extract.timex_vocab import DAY_PARTS, DECADE_WORDS, HOLIDAYS, SEASONS, WEEKDAYS
from checker.extract.units import unit_follows

Match = re.Match[str]


def _date_value(year: int | None, month: int, day: int | None = None) -> str | None:
    """TIMEX3 value for a (possibly yearless) month or day; None when the day cannot exist."""
    check_year = year if year is not None else 2000  # a leap year, so 29 February passes
    if day is not None and safe_date(check_year, month, day) is None:
        return None
    head = f"{year:04d}" if year is not None else "XXXX"
    return f"{head}-{month:02d}" + (f"-{day:02d}" if day is not None else "")


def iso(m: Match, ctx: Context) -> Norm | None:
    value = _date_value(int(m["year"]), int(m["m"]), int(m["d"]))
    if value is None or not 1 <= int(m["m"]) <= 12:
        return None
    if m["hh"]:
        return Norm("TIME", f"{value}T{m['hh']}:{m['mi']}")
    return Norm("DATE", value)


def numeric(m: Match, ctx: Context) -> Norm | None:
    first, second = int(m["a"]), int(m["b"])
    year = year_of(m["y"], ctx.anchor)
    if year is None:
        return None
    orders = _numeric_orders(first, second, ctx.day_first)
    options = [(mo, d) for mo, d in orders if 1 <= mo <= 12 and safe_date(year, mo, d)]
    if not options:
        return None
    if len(options) > 1 and ctx.anchor is not None:
        anchor = ctx.anchor
        options.sort(key=lambda o: abs((dt.date(year, o[0], o[1]) - anchor).days))
    month, day = options[0]
    return Norm("DATE", f"{year:04d}-{month:02d}-{day:02d}")


def _numeric_orders(first: int, second: int, day_first: bool | None) -> list[tuple[int, int]]:
    """(month, day) readings to try, the document's own order first."""
    if day_first is True:
        return [(second, first)]
    if day_first is False:
        return [(first, second)]
    return [(first, second), (second, first)]


def _resolve_day(m: Match, ctx: Context, month: int, day: int) -> Norm | None:
    year = year_of(group(m, "year"), ctx.anchor)
    relyear = group(m, "relyear").lower()
    if year is None and relyear and ctx.anchor is not None:
        year = ctx.anchor.year + RELATIONS[relyear]
    if year is None and group(m, "mdrel") and ctx.anchor is not None:
        year = _year_by_relation(ctx.anchor, month, day, group(m, "mdrel").lower())
    if year is None and ctx.anchor is not None and safe_date(2000, month, day):
        tense = tense_around(ctx.text, m.start(), m.end())
        year = pick_year(ctx.anchor, month, day, tense)
    value = _date_value(year, month, day)
    return Norm("DATE", value) if value else None


def _year_by_relation(anchor: dt.date, month: int, day: int, relation: str) -> int | None:
    """'last Oct. 23': the latest before the anchor; 'next': the first after; 'this': its year."""
    this_year = safe_date(anchor.year, month, day)
    if this_year is None or relation == "this":
        return anchor.year
    if relation == "last":
        return anchor.year if this_year < anchor else anchor.year - 1
    return anchor.year if this_year > anchor else anchor.year + 1


def month_day(m: Match, ctx: Context) -> Norm | None:
    month = month_number(m["month"])
    day = int(m["day"])
    if month is None or not 1 <= day <= 31:
        return None
    return _resolve_day(m, ctx, month, day)


def month(m: Match, ctx: Context) -> Norm | None:
    number = month_number(m["month"])
    if number is None:
        return None
    year = year_of(m["year"], ctx.anchor)
    relation = (m["mrel"] or "").lower()
    bare = year is None and not relation and not m["relyear"]
    if bare and not bare_month_ok(ctx.text, m.start(), m["month"]):
        return None
    if year is None and ctx.anchor is not None:
        year = _month_year(m, ctx, number, relation)
    return Norm("DATE", f"{year:04d}-{number:02d}" if year else f"XXXX-{number:02d}")


def _month_year(m: Match, ctx: Context, number: int, relation: str) -> int:
    assert ctx.anchor is not None
    anchor = ctx.anchor
    if m["relyear"]:
        return anchor.year + RELATIONS[m["relyear"].lower()]
    if relation in ("last", "past"):
        return anchor.year if number < anchor.month else anchor.year - 1
    if relation == "next":
        return anchor.year if number > anchor.month else anchor.year + 1
    if relation == "this":
        return anchor.year
    tense = tense_around(ctx.text, m.start(), m.end())
    if tense == "past" and not tense_before(ctx.text, m.start()):
        # the past verb is the clause's own, after the month ("an accident in November
        # killed 140", "In November, the plant closed"), not a report of plans ("said ...
        # in November"): the last such month, however far back
        return anchor.year if number <= anchor.month else anchor.year - 1
    return pick_year(anchor, number, 15, tense)


def holiday(m: Match, ctx: Context) -> Norm | None:
    rule = HOLIDAYS[SPACES.sub(" ", m["holiday"].lower()).replace("’", "'")]
    year = year_of(m["year"], ctx.anchor)
    if year is None and ctx.anchor is None:
        return Norm("DATE", "XXXX-" + rule[:5] if "-" in rule[:5] else "XXXX")
    if year is not None:
        date = holiday_date(rule, year)
        return Norm("DATE", date.isoformat()) if date else None
    assert ctx.anchor is not None
    dates = [holiday_date(rule, ctx.anchor.year + offset) for offset in (-1, 0, 1)]
    return Norm("DATE", _holiday_by_relation(ctx, m, dates).isoformat())


def _holiday_by_relation(ctx: Context, m: Match, dates: list[dt.date | None]) -> dt.date:
    """'last Christmas' before the anchor, 'next' after it, 'this' in its year, else nearest."""
    assert ctx.anchor is not None
    anchor, relation = ctx.anchor, (m["hrel"] or "").lower()
    known = [date for date in dates if date is not None]
    if relation in ("last", "past"):
        return max((d for d in known if d < anchor), default=known[0])
    if relation == "next":
        return min((d for d in known if d > anchor), default=known[-1])
    if relation == "this":
        return next((d for d in known if d.year == anchor.year), known[1])
    return pick_date(anchor, dates, tense_around(ctx.text, m.start(), m.end()))


# 'Friday's vote': the day names an event, reported after it, whatever the clause's tense
_POSSESSIVE = re.compile(r"['’]s\b")


def weekday(m: Match, ctx: Context) -> Norm | None:
    number = WEEKDAYS[m["weekday"].lower()]
    part = DAY_PARTS.get((m["daypart"] or "").lower(), "")
    if ctx.anchor is None:
        base = f"XXXX-WXX-{number}"
    else:
        tense = tense_around(ctx.text, m.start(), m.end())
        if _POSSESSIVE.match(ctx.text, m.end()):
            tense = "past"
        base = pick_weekday(ctx.anchor, number, tense, relation_of(m["rel"])).isoformat()
    return Norm("TIME", f"{base}T{part}") if part else Norm("DATE", base)


def relday(m: Match, ctx: Context) -> Norm | None:
    word = (m["rd"] or "").lower()
    part_word = (m["daypart"] or m["daypart2"] or "").lower()
    offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}.get(word, 0)
    if (m["rel"] or "").lower() == "last":
        offset = -1
    part = "NI" if word == "tonight" or m["rel"] and part_word == "night" else ""
    part = DAY_PARTS.get(part_word, part)
    if ctx.anchor is None:
        return Norm("TIME" if part else "DATE", direction_ref(offset))
    day = (ctx.anchor + dt.timedelta(days=offset)).isoformat()
    return Norm("TIME", f"{day}T{part}") if part else Norm("DATE", day)


def time(m: Match, ctx: Context) -> Norm | None:
    clock = _clock(m)
    if clock is None:
        return None
    if m["month"]:  # 3 p.m. EST, Nov. 6
        number = month_number(m["month"])
        resolved = _resolve_day(m, ctx, number, int(m["day"])) if number else None
        return Norm("TIME", f"{resolved.value}T{clock}") if resolved else None
    if ctx.anchor is None:
        return Norm("TIME", f"XXXX-XX-XXT{clock}")
    day = ctx.anchor
    if m["weekday"]:
        tense = tense_around(ctx.text, m.start(), m.end())
        day = pick_weekday(day, WEEKDAYS[m["weekday"].lower()], tense, "")
    elif m["rd"]:
        day += dt.timedelta(days={"yesterday": -1, "tomorrow": 1}.get(m["rd"].lower(), 0))
    elif re.fullmatch(r"\d{4}-\d\d-\d\d", ctx.ref):  # 'on Oct. 23 ... at 10 p.m.': that day
        day = dt.date.fromisoformat(ctx.ref)
    return Norm("TIME", f"{day.isoformat()}T{clock}")


def _clock(m: Match) -> str | None:
    if m["named"]:
        return "24:00" if m["named"].lower() == "midnight" else "12:00"
    if m["h24"]:
        return f"{int(m['h24']):02d}:{m['mi24']}"
    hour = int(m["h"])
    if not 1 <= hour <= 12:
        return None
    hour = clock_hour(hour, m["ap"][0])
    return f"{hour:02d}:{m['mi'] or '00'}"


_YEAR_CALLERS = re.compile(
    r"""
    (?:\b(?:in|since|until|till|through|during|before|after|early|late|mid|year|fiscal
        |(?:spring|summer|autumn|fall|winter|end|start|beginning|middle)\s+of)
      |[,(]|\d{1,2}|-)\s*$                       # words and marks that call for a year
    """,
    re.IGNORECASE | re.VERBOSE,
)
_ADDRESS = re.compile(r"\s+(?:block|blk)\b", re.I)
# '2000 troops': a plural noun follows a count; '1990 invasion' is a year
_COUNTED = re.compile(r"\s+(?!(?:was|has|is|as|its|this|does|results|levels)\b)[a-z]{2,}s\b")


def year(m: Match, ctx: Context) -> Norm | None:
    value = int(m["year"])
    if ctx.anchor is not None and value > ctx.anchor.year + 30:
        return None
    if not m["fiscal"] and unit_follows(ctx.text, m.end()):
        return None  # '1520 sq m', '2000 mg': a measure
    if not m["fiscal"] and _ADDRESS.match(ctx.text, m.end()):
        return None  # 'the 1900 block of 16th Street': an address
    if not m["fiscal"] and _counted(ctx.text, m.start(), m.end()):
        before = ctx.text[max(0, m.start() - 20) : m.start()]
        if not _YEAR_CALLERS.search(before):
            return None
    return Norm("DATE", f"{value:04d}")


# the next word, in lower case ("2013 Jihadists expand" heads a timeline entry) and not the
# first of a compound ("a 1970 police-bribery case")
_NEXT_WORD = re.compile(r"\s+([a-z]+)(?![\w-])")
_ARTICLE_BEFORE = re.compile(r"\ban?\s+$", re.I)  # "a 2008 police raid": a year


def _counted(text: str, start: int, end: int) -> bool:
    """Whether a count's noun or event follows the number: a plural in -s ("2000 troops"),
    a noun of people the measure lexicon counts ("1300 people", "1733 children") or an event
    word said of people counted ("1300 killed", "1102 dead"): not a year."""
    if _COUNTED.match(text, end):
        return True
    word = _NEXT_WORD.match(text, end)
    if word is None or word.group(1) not in measure_lexicon().counted_words:
        return False
    return not _ARTICLE_BEFORE.search(text, max(0, start - 4), start)


def spoken_year(m: Match, ctx: Context) -> Norm | None:
    """'nineteen ninety-six'; 'two thousand' only where a year is called for, not a count."""
    value = year_of(m["year"], ctx.anchor)
    if value is None:
        return None
    before = ctx.text[max(0, m.start() - 20) : m.start()]
    counted = _COUNTED.match(ctx.text, m.end()) and not _YEAR_CALLERS.search(before)
    if counted or (value == 2000 and not m["the_year"] and not _YEAR_CALLERS.search(before)):
        return None
    return Norm("DATE", f"{value:04d}")


def decade(m: Match, ctx: Context) -> Norm | None:
    if m["year"]:
        return Norm("DATE", m["year"][:3])
    written = m.group()
    if not (written.lower().startswith("the") or written[:1] in "'’"):
        return None  # 'in his 50s' is an age
    short = DECADE_WORDS[m["dword"].lower()] * 10 if m["dword"] else int(m["short"])
    century = 19 if ctx.anchor is None or short >= 30 else ctx.anchor.year // 100
    return Norm("DATE", f"{century}{short // 10}")


def century(m: Match, ctx: Context) -> Norm | None:
    number = int(m["cent"])
    return Norm("DATE", f"{number - 1:02d}") if 1 <= number <= 21 else None


def quarter(m: Match, ctx: Context) -> Norm | None:
    order = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3}
    number = order.get(m["ord"].lower(), 4)
    half = m["qh"].lower() == "half"
    if half and number > 2:
        return None
    code = f"H{number}" if half else f"Q{number}"
    year = year_of(m["year"] or m["year2"], ctx.anchor)
    relation = relation_of(m["rel"] or m["rel2"])
    if year is None and ctx.anchor is not None:
        year = ctx.anchor.year + RELATIONS.get(relation, 0)
        start_month = (6 if half else 3) * (number - 1) + 1
        if not relation and start_month > ctx.anchor.month:
            year -= 1  # news reports quarters that have begun
    head = f"{year:04d}" if year is not None else "XXXX"
    return Norm("DATE", f"{head}-{code}")


_IN_BEFORE = re.compile(r"\bin\s+(?:the\s+)?$")  # "in the fall": the season, not "prices fall"


def season(m: Match, ctx: Context) -> Norm | None:
    word = m["season"].lower()
    code = SEASONS[word]
    relation = relation_of(m["rel"])
    written = m.group().lower()
    after_in = _IN_BEFORE.search(ctx.text[max(0, m.start() - 8) : m.start()])
    if word in ("fall", "spring") and written == word and not after_in:
        return None  # 'prices fall', 'spring into action'
    year = year_of(m["year"], ctx.anchor)
    if year is None and ctx.anchor is not None:
        year = _season_year(ctx.anchor, code, relation)
    return Norm("DATE", f"{year:04d}-{code}" if year else f"XXXX-{code}")


def _season_year(anchor: dt.date, code: str, relation: str) -> int:
    """Last: the latest season over before the anchor; next: the first to start after it."""
    spans = []
    for year in range(anchor.year - 2, anchor.year + 2):
        low, high = bounds(f"{year:04d}-{code}")
        if low is not None and high is not None:
            spans.append((year, low, high))
    if relation in ("last", "past", "previous"):
        return max(year for year, _, high in spans if high < anchor)
    if relation in ("next", "coming"):
        return min(year for year, low, _ in spans if low > anchor)
    return min(spans, key=lambda s: 0 if s[1] <= anchor <= s[2] else _gap(anchor, s[1], s[2]))[0]


def _gap(anchor: dt.date, low: dt.date, high: dt.date) -> int:
    return min(abs((anchor - low).days), abs((anchor - high).days))
