"""A toll of a period still running on the day of publication ("during this year's hajj",
"so far this year") is counted up to that day (checker.extract.as_of.figure_time): two
outlets a day apart tell a toll that grew, not one that disagrees. A closed period ("in
2024") is the figure's own time, whatever the day of publication."""

from __future__ import annotations

from checker.pipeline import check_story
from tests.test_reconcile import flagged, story

_EARLIER = "More than 200 pilgrims have died during this year's hajj, officials said."
_LATER = "More than 300 people have died during this year's hajj, officials said."


def test_a_running_period_s_toll_is_as_of_its_day_of_publication() -> None:
    result = check_story(story((_EARLIER, "2026-05-28"), (_LATER, "2026-05-29")))
    assert {c.quote: c.as_of for c in result.claims if c.kind == "count"} == {
        "More than 200 pilgrims": "2026-05-28",
        "More than 300 people": "2026-05-29",
    }
    assert flagged(result) == []


def test_a_running_period_s_tolls_of_one_day_are_still_compared() -> None:
    result = check_story(story((_EARLIER, "2026-05-28"), (_LATER, "2026-05-28")))
    assert flagged(result) == [("More than 200 pilgrims", "More than 300 people")]


def test_a_closed_period_s_toll_is_as_of_the_period() -> None:
    result = check_story(
        story(("In 2024, 1,301 people died during the hajj, officials said.", "2026-05-28"))
    )
    assert [c.as_of for c in result.claims if c.kind == "count"] == ["2024"]


def test_since_january_is_since_the_start_of_the_year() -> None:
    """ "17 deaths since January" and "23 people since the start of the year", the same day,
    count over one period and disagree."""
    from checker.pipeline import check_story
    from tests.test_events import pairs, story

    result = check_story(
        story(
            "The weekly bulletin recorded 17 deaths from mpox since January.",
            "Mpox has killed 23 people since the start of the year, the bulletin showed.",
            date="2025-08-14",
        )
    )
    assert pairs(result) == [("17 deaths", "23 people")]
    # control: since another month is another period
    other = check_story(
        story(
            "The weekly bulletin recorded 17 deaths from mpox since March.",
            "Mpox has killed 23 people since the start of the year, the bulletin showed.",
            date="2025-08-14",
        )
    )
    assert pairs(other) == []


def test_a_year_compared_with_dates_no_figure_before_it() -> None:
    """ "Turnout was 68.4%, the highest since 2009" is this election's turnout; "38.2% of the
    vote, its best result since it was founded in 1994" is this election's share."""
    from checker.pipeline import check_story
    from tests.test_events import pairs, story

    result = check_story(
        story(
            "Turnout was 68.4%, the highest since 2009, the commission said.",
            "Turnout was 64.8%, the commission said.",
            date="2025-06-09",
        )
    )
    assert pairs(result) == [("64.8%", "68.4%")]
    found = {
        c.quote: (c.as_of, c.event)
        for c in check_story(
            story(
                "The party took 38.2% of the vote, its best result since it was founded in 1994.",
                date="2025-06-09",
            )
        ).claims
    }
    assert found["38.2%"] == ("2025-06-09", "main event")
    # control: a year the figure is of still dates it
    dated = check_story(story("Turnout was 61.2% in 2009, the commission said.", date="2025-06-09"))
    assert {c.quote: c.as_of for c in dated.claims}["61.2%"] == "2009"
