"""Times of day that name their day ("Saturday night", "around 1:30 a.m. on Sunday") are
date claims of that day, which measure nothing unless an incident's verb or noun stands right
before them ("capsized on Saturday night": the day of the incident); a weekday named alike in two articles is
one day whatever week each is read in; a "since" in a clause of its own does not date what
another clause began. Invented sentences."""

from __future__ import annotations

import datetime as dt

from checker.extract.claims import extract_claims
from checker.model import Document
from checker.pipeline import check_story
from tests.test_events import pairs
from tests.test_reconcile import story as dated


def _dates(text: str) -> dict[str, tuple[str, str]]:
    document = Document(doc_id="d", text=text, published=dt.date(2024, 3, 9))
    return {
        c.quote: (c.value, c.measure.event) for c in extract_claims(document) if c.kind == "date"
    }


def test_a_time_of_day_that_names_its_day_is_a_date_claim_of_that_day() -> None:
    assert _dates("The boat capsized on Saturday night.") == {
        "Saturday night": ("2024-03-09", "date")  # the incident's day
    }
    assert _dates("Police said on Saturday night that two died.") == {
        "Saturday night": ("2024-03-09", "")
    }
    assert _dates("The fire started around 1:30 a.m. on Sunday.") == {
        "around 1:30 a.m. on Sunday": ("2024-03-03", "")
    }
    assert _dates("Two men were shot early Sunday morning.") == {
        "early Sunday morning": ("2024-03-03", "")
    }
    assert _dates("He was shot at 3 p.m., police said.") == {}  # a clock time alone


def test_one_weekday_named_in_two_articles_is_one_day() -> None:
    """An article republished weeks later reads "Saturday" against its own date; two
    weekdays named differently still disagree."""
    same = check_story(
        dated(
            ("The ferry capsized on Saturday on the lake.", "2023-08-14"),
            ("The ferry capsized on Saturday on the lake.", "2023-09-20"),
        )
    )
    assert pairs(same) == []
    other = check_story(
        dated(
            ("The ferry capsized on Saturday on the lake.", "2023-08-14"),
            ("The ferry capsized on Friday on the lake.", "2023-08-14"),
        )
    )
    assert pairs(other) == [("Friday", "Saturday")]


def test_a_start_named_in_another_clause_is_not_what_began() -> None:
    """ "starting the fire by burning stubble, despite a ban in force since June 1": June 1
    starts the ban; "Russian airstrikes, which began on September 30": the airstrikes."""
    found = _dates(
        "Police arrested a farmer on suspicion of starting the fire by burning stubble,"
        " despite a ban on outdoor burning in force since June 1."
        " Russian airstrikes, which began on September 30, have killed 300."
    )
    assert found == {"June 1": ("2024-06-01", ""), "September 30": ("2023-09-30", "start")}


def test_a_persons_state_since_a_day_dates_nothing_of_the_event() -> None:
    """ "had been in intensive care since Wednesday": the start of the firefighter's state,
    not of the fire; "airstrikes have killed 300 since September 30" still dates their
    start."""
    found = _dates(
        "A firefighter hurt fighting the blaze had been in intensive care since Wednesday."
        " Russian airstrikes have killed 300 civilians since September 30."
    )
    assert found == {"Wednesday": ("2024-03-06", ""), "September 30": ("2023-09-30", "start")}


def test_two_days_of_one_incident_told_with_their_times_of_day() -> None:
    """The day of an incident told with its time of day, after its verb or its noun: two
    nights, or a night and the next evening, cannot be one moment; a night and the next
    morning (or the next day told without its hour) may be, either side of midnight. A
    weekday against a calendar date is left alone: each is read against its own article's
    day, and a republished page dates a weekday wrong."""

    def flagged(first: str, second: str) -> list[tuple[str, str]]:
        return pairs(check_story(dated((first, "2024-11-18"), (second, "2024-11-18"))))

    assert flagged(
        "The marquee collapsed late on Saturday in Sarwa.",
        "The marquee collapsed on Friday night in Sarwa.",
    ) == [("Friday night", "Saturday")]
    assert flagged(
        "The blast on Sunday evening shook the village.",
        "The blast on Monday afternoon shook the village.",
    ) == [("Monday afternoon", "Sunday evening")]
    assert (
        flagged(
            "The marquee collapsed on Friday night in Sarwa.",
            "The marquee collapsed early on Saturday in Sarwa.",
        )
        == []
    )
    assert (
        flagged(
            "The marquee collapsed on Friday night in Sarwa.",
            "The marquee collapsed on Saturday in Sarwa.",
        )
        == []
    )
    assert (
        flagged(
            "The marquee collapsed on Friday in Sarwa.",
            "The marquee collapsed on November 16 in Sarwa.",
        )
        == []
    )
    # another instance of the kind is not the incident: "a second, smaller eruption"
    assert _dates("A second, smaller eruption on Tuesday afternoon sent ash 6 km high.") == {
        "Tuesday afternoon": ("2024-03-05", "")
    }
    # two weekdays are as far apart as their names, whatever day each page was dated: a
    # night and the next day may be one moment, a Monday night and a Thursday night not
    close = check_story(
        dated(
            ("The shooting on Monday night left two dead in Elmwood.", "2015-11-30"),
            ("The shooting on Tuesday left two dead in Elmwood.", "2015-11-24"),
        )
    )
    assert pairs(close) == []
    apart = check_story(
        dated(
            ("The shooting on Monday night left two dead in Elmwood.", "2015-11-24"),
            ("The shooting on Thursday night left two dead in Elmwood.", "2015-11-27"),
        )
    )
    assert pairs(apart) == [("Monday night", "Thursday night")]
    # an earlier incident given as the motive is another incident's day
    assert _dates("It was in retaliation for a gang shooting on Saturday night.") == {
        "Saturday night": ("2024-03-09", "")
    }
    assert _dates("He died in revenge for Sunday's shooting at a bar.") == {
        "Sunday": ("2024-03-03", "")
    }


def test_clock_times_either_side_of_midnight_may_be_one_moment() -> None:
    """A clock time late in one day and one early the next ("11:50 p.m. on Saturday",
    "12:10 a.m. on Sunday") may be one moment told either side of midnight, as "Saturday
    night" and "early Sunday" are; an afternoon and the small hours of the next day may not,
    nor a night and the next afternoon."""

    def flagged(first: str, second: str) -> list[tuple[str, str]]:
        return pairs(check_story(dated((first, "2024-11-18"), (second, "2024-11-18"))))

    assert (
        flagged(
            "The ferry capsized at about 11:50 p.m. on Saturday.",
            "The ferry capsized at 12:10 a.m. on Sunday.",
        )
        == []
    )
    assert (
        flagged("The ferry capsized on Saturday night.", "The ferry capsized at 1 a.m. on Sunday.")
        == []
    )
    assert flagged(
        "The ferry capsized at 3 p.m. on Saturday.",
        "The ferry capsized at about 1 a.m. on Sunday.",
    ) == [("3 p.m. on Saturday", "about 1 a.m. on Sunday")]
    # midnight is the day's edge: either side of it, late and early both
    assert (
        flagged(
            "The ferry capsized shortly before midnight on Saturday.",
            "The ferry capsized at about 1 a.m. on Sunday.",
        )
        == []
    )
    assert flagged(
        "The ferry capsized at 11 p.m. on Saturday.",
        "The ferry capsized at 4 p.m. on Sunday.",
    ) == [("11 p.m. on Saturday", "4 p.m. on Sunday")]
