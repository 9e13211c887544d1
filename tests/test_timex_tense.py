"""Examples for the temporal tagger's rules of tense, anaphora and spoken years.

All sentences are our own, written in the style of the TempEval-3 newswire while reading
the errors on its TimeBank half (issue 3); AQUAINT was only scored. Each row pins one rule:
TENSE_STYLE the year or week an undated month, day or weekday falls in; ANAPHORA_STYLE
expressions counted from the date just mentioned; SPOKEN_STYLE years said aloud in
broadcast transcripts; SETS_STYLE recurring months and seasons. LATER_STYLE was written
while reading the errors on TimeBank and on the AQUAINT-tune half (even-indexed files);
the AQUAINT-check half was only scored. ROUND3_STYLE was written
in a later round, in the same way (issue 3, third round).
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.extract.timex import find_candidates, tag_times
from checker.extract.timex_patterns import RULES

D = dt.date


class Row(NamedTuple):
    sentence: str
    anchor: dt.date
    text: str  # the expression as it should be found (its extent)
    value: str
    type: str = "DATE"


TENSE_STYLE = [
    # a past verb reaches back up to about eight months
    Row("He stepped down as chairman in March.", D(1989, 11, 2), "March", "1989-03"),
    Row("Revenue rose 5% in the year ended March 31.", D(1989, 11, 1), "March 31", "1989-03-31"),
    # irregular past forms are past cues too ('sold' without it: April 1990 is nearer)
    Row("The group sold the unit in April.", D(1989, 10, 30), "April", "1989-04"),
    # ... but a reported plan close ahead still looks ahead
    Row("The company said the offer expires Dec. 15.", D(1989, 10, 30), "Dec. 15", "1989-12-15"),
    # 'will be named': the participle after 'be' is no past cue; 'will' reaches 11 months
    Row(
        "NASA said Colonel Smith will be named pilot for a flight in December.",
        D(1998, 3, 4),
        "December",
        "1998-12",
    ),
    # ... but not past a day of the last few weeks
    Row("The panel will study the Jan. 14 vote.", D(2000, 1, 15), "Jan. 14", "2000-01-14"),
    # 'had been due to': a plan that has passed
    Row(
        "The offer had been due to expire Friday evening.",
        D(1989, 10, 30),
        "Friday evening",
        "1989-10-27TEV",
        "TIME",
    ),
    # 'would': the future seen from the past
    Row("He said he would travel on Friday.", D(2016, 2, 10), "Friday", "2016-02-12"),
    # 'as early as', 'as soon as': a possible day ahead
    Row("The delegation could arrive as early as Tuesday.", D(2000, 4, 3), "Tuesday", "2000-04-04"),
    Row("The ship might sail as soon as Thursday.", D(2000, 4, 3), "Thursday", "2000-04-06"),
    # 'Wednesday's ruling' names an event already reported, whatever the clause's tense;
    # the possessive stays outside the extent
    Row(
        "Lawyers said they would appeal Wednesday's ruling.",
        D(2000, 1, 15),
        "Wednesday",
        "2000-01-12",
    ),
]
ANAPHORA_STYLE = [
    Row(
        "On May 22, 1995, she was promoted, and the following year she moved to Paris.",
        D(1998, 4, 18),
        "the following year",
        "1996",
    ),
    Row(
        "In March the company was put up for sale. The following month it was sold.",
        D(1989, 10, 27),
        "The following month",
        "1989-04",
    ),
    # 'the 1988 quarter': the quarter the report is about, in 1988
    Row(
        "Profit fell in the third quarter. In the 1988 quarter, it earned $2 million.",
        D(1989, 10, 30),
        "the 1988 quarter",
        "1988-Q3",
    ),
    Row("Profit in the 1988 period was flat.", D(1989, 10, 30), "the 1988 period", "1988"),
]
SPOKEN_STYLE = [
    Row("In nineteen ninety-six the law changed.", D(1998, 1, 15), "nineteen ninety-six", "1996"),
    Row(
        "It promised to halve unemployment by the year two thousand.",
        D(1998, 2, 5),
        "the year two thousand",
        "2000",
    ),
    Row(
        "A bomb went off in January nineteen ninety-seven.",
        D(1998, 2, 27),
        "January nineteen ninety-seven",
        "1997-01",
    ),
    Row(
        "Oil fell to that level in the winter of nineteen ninety-four.",
        D(1998, 2, 23),
        "the winter of nineteen ninety-four",
        "1994-WI",
    ),
    Row("Membership fell through the nineties.", D(1998, 3, 3), "the nineties", "199"),
]
SETS_STYLE = [
    Row("The marchers parade each July.", D(1998, 3, 22), "each July", "XXXX-07", "SET"),
    Row("The lake freezes every winter.", D(1998, 3, 22), "every winter", "XXXX-WI", "SET"),
    # 'will one day be': some day ahead, not a day long
    Row("Islam will one day be the largest faith here.", D(1998, 3, 3), "one day", "FUTURE_REF"),
    Row("The strike lasted one day.", D(1998, 3, 3), "one day", "P1D", "DURATION"),
]
LATER_STYLE = [
    # 'were planning to': a plan, so the weekday lies ahead despite 'were'
    Row("Fans were planning to march on Monday.", D(2000, 1, 7), "Monday", "2000-01-10"),
    # 'the March vote': 'the' calls for a month
    Row("The March vote will settle it.", D(1999, 2, 10), "March", "1999-03"),
    # 'midday' is noon
    Row("The panel meets at midday.", D(2001, 5, 4), "midday", "2001-05-04T12:00", "TIME"),
    # 'more', 'additional', 'further' between the count and the unit
    Row("The strike may last two more weeks.", D(2001, 5, 4), "two more weeks", "P2W", "DURATION"),
    Row(
        "The loan can run an additional year.",
        D(1990, 3, 1),
        "an additional year",
        "P1Y",
        "DURATION",
    ),
    # 'that year': the year of the date just mentioned; 'later' joins the extent
    Row(
        "The mill closed in June 1994 and reopened later that year.",
        D(1999, 2, 1),
        "later that year",
        "1994",
    ),
    Row(
        "In March 1996 prices fell; that month the mine shut.",
        D(1999, 2, 1),
        "that month",
        "1996-03",
    ),
    # 'the latest period': the quarter being reported
    Row(
        "Profit doubled in the third quarter. Sales in the latest period rose 4%.",
        D(1990, 10, 30),
        "the latest period",
        "1990-Q3",
    ),
]
ROUND3_STYLE = [
    # 'until' a day: a deadline still ahead, even with no verb to tell the tense
    Row("The court gave them until Thursday to answer.", D(2001, 3, 5), "Thursday", "2001-03-08"),
    Row("The mayor extended the curfew until Saturday.", D(2001, 3, 5), "Saturday", "2001-03-10"),
    # ... unless the words after it are past: 'Until Friday, they had not'
    Row("Until Friday, the police had not named a suspect.", D(2001, 3, 5), "Friday", "2001-03-02"),
    # 'May 3 and 4': the bare second day shares the month (and year) of the first
    Row("The fair will open on May 3 and 4.", D(2003, 4, 1), "4", "2003-05-04"),
    Row("Ballots were counted on Oct. 9 or 10.", D(2003, 11, 2), "10", "2003-10-10"),
]
# 'that day', 'the next morning', 'the day before': counted from the day just mentioned
ANAPHORIC_DAYS = [
    Row(
        "Gunmen attacked on Nov. 13. The next day, 129 had died.",
        D(2015, 11, 20),
        "The next day",
        "2015-11-14",
    ),
    Row(
        "Gunmen attacked on Nov. 13. That day, 100 died.", D(2015, 11, 20), "That day", "2015-11-13"
    ),
    Row(
        "Polls opened on May 4. The day before, rallies ended.",
        D(2015, 5, 9),
        "The day before",
        "2015-05-03",
    ),
    Row(
        "The quake hit on Friday. The following morning, rescuers arrived.",
        D(2015, 4, 27),
        "The following morning",
        "2015-04-25TMO",
        "TIME",
    ),
]
# Fourth round (issue 3): the period's end after a preposition; the tense of the whole
# sentence when no cue lies near the expression
ROUND4_STYLE = [
    Row("The sale should close by year-end.", D(1989, 10, 30), "year-end", "1989"),
    Row("The index is up 8% since year end.", D(1989, 10, 30), "year end", "1988"),
    Row("Rules will be in place by the year's end.", D(1989, 10, 30), "the year's end", "1989"),
    Row("Debt was cut at quarter end, it said.", D(1989, 11, 2), "quarter end", "1989-Q4"),
    # no tense cue within a few words: the sentence's verb further on decides
    Row(
        "In January, a week after the anniversary of the founding, a bomb destroyed the office.",
        D(1998, 8, 25),
        "January",
        "1998-01",
    ),
    Row(
        "On Tuesday, the National Association of Home Builders plans to publish its survey.",
        D(1998, 10, 26),
        "Tuesday",
        "1998-10-27",
    ),
]
ROWS = TENSE_STYLE + ANAPHORA_STYLE + SPOKEN_STYLE + SETS_STYLE + LATER_STYLE + ROUND3_STYLE
ROWS += ANAPHORIC_DAYS + ROUND4_STYLE


@pytest.mark.parametrize("row", ROWS, ids=lambda r: r.sentence[:40])
def test_rows(row: Row) -> None:
    found = {e.text: e for e in tag_times(row.sentence, row.anchor)}
    assert row.text in found, f"not found; got {list(found)}"
    assert (found[row.text].type, found[row.text].value) == (row.type, row.value)


NOT_YEARS = [
    "The glassblowers kept their secrets for more than two thousand years.",
    "About two thousand people came to the rally.",
]


# a programme's name in quotes; 'that year' with no date before it is left alone
NOT_YEARS += [
    "The minister told the show ``This Week With Ann Lee'' that taxes would fall.",
    "He spoke to CBS's '' 60 Minutes'' about the crash.",
    "Nobody knows what happened that year.",
    # no day mentioned before: 'that day' is not guessed
    "Nobody knows what happened that day.",
    # 'year-end' naming a result, not a time
    "Year-end profit fell, and the month-end close was late.",
    "They cut costs before the year-end bonus round.",
]


@pytest.mark.parametrize("sentence", NOT_YEARS)
def test_counts_and_titles_are_not_times(sentence: str) -> None:
    assert not [e for e in tag_times(sentence, D(1998, 1, 21)) if e.type != "SET"]


PIECES = ["nineteen ", "ninety", "-six ", "two thousand ", "and one ", "the ", "year ", "in "]
PIECES += ["nineties ", "each ", "July ", "summer ", "1988 ", "quarter ", "period ", "May "]
PIECES += ["day ", "next ", "morning ", "before, ", "same ", "care "]
PIECES += ["by ", "since ", "year-end ", "year's end ", "quarter end. ", "bonus "]
PIECES += ["midday ", "that ", "latest ", "two ", "more ", "weeks ", "``", "'' ", "This Week "]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=20).map("".join))
def test_new_triggers_find_what_a_whole_text_scan_finds(text: str) -> None:
    whole = {(m.start(), m.end(), name) for name, regex in RULES for m in regex.finditer(text)}
    assert {c[:3] for c in find_candidates(text)} == whole


@pytest.mark.parametrize(
    "sentence",
    [
        "On May 4 they said that day care would close.",
        "On May 4 they chose the day before the vote.",
    ],
)
def test_day_care_and_the_day_before_an_event_are_no_anaphoric_days(sentence: str) -> None:
    assert [e.text for e in tag_times(sentence, D(2015, 5, 9))] == ["May 4"]


# a count after the second number, or a day the month lacks, is no coordinated day
NOT_SECOND_DAYS = [
    "On May 3 and 40 more people joined.",
    "Between Feb. 27 and 30, 1999 passed without a word.",
]


@pytest.mark.parametrize("sentence", NOT_SECOND_DAYS)
def test_not_a_second_day(sentence: str) -> None:
    texts = [e.text for e in tag_times(sentence, D(2003, 4, 1))]
    assert texts[0] in ("May 3", "Feb. 27") and "40" not in texts and "30" not in texts


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # the clause's own past verb after a bare month: the last such month, however far back
        ("A similar crash in November killed more than 140 people.", "2016-11"),
        ("In October, the mill closed its doors.", "2016-10"),
        ("The strike in August ended quickly.", "2017-08"),
        # a past verb before it may report plans: the nearest, as before
        ("Officials said the vote would be held in November.", "2017-11"),
        ("The election will be held in November.", "2017-11"),
    ],
)
def test_a_past_verb_after_a_bare_month_points_back(sentence: str, value: str) -> None:
    (time,) = tag_times(sentence, dt.date(2017, 8, 20))
    assert time.value == value


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # "forecasts" and "plans" as nouns tell no tense: the nearest March
        ("Retail sales rise 0.4% in March, beating forecasts", "2024-03"),
        ("Output fell in March, below economists' forecasts.", "2024-03"),
        # as verbs they look ahead
        ("The bank forecasts growth in March.", "2025-03"),
        ("She plans to visit in March.", "2025-03"),
    ],
)
def test_forecasts_and_plans_as_nouns_tell_no_tense(sentence: str, value: str) -> None:
    (time,) = tag_times(sentence, dt.date(2024, 4, 19))
    assert time.value == value
