"""A count "since" the day the main event began is the whole event's count
(checker/events/since.py, since_event_start). Invented sentences, one class each: a count
since the event's start beside one with no "since"; controls for a start a week before
it and one long before (another event: the war's toll since 2011). A "since" of a day is
that day ("since Saturday", "The blaze, which broke out late on Wednesday, killed seven"):
the event's start when it is the event's first day, else read as its month."""

from __future__ import annotations

from checker.pipeline import check_story
from tests.test_events import pairs
from tests.test_reconcile import story

LEDE = (
    "Food poisoning at Bellevue school\n\n"
    "Dozens of children fell ill after a school lunch in Bellevue on Saturday, January 17,"
    " health officials said."
)


def _told(since: str) -> list[tuple[str, str]]:
    return pairs(
        check_story(
            story(
                (f"{LEDE} A total of 18 people had been taken to hospital {since}.", "2026-01-20"),
                (f"{LEDE} In all, 31 people have now been admitted to hospital.", "2026-01-20"),
            )
        )
    )


def test_a_count_since_the_day_the_event_began_is_the_event_s_count() -> None:
    """ "since the weekend" of an outbreak that began on Saturday counts all of those in
    hospital: 18 against 31 is a disagreement. The count had been an event of its own
    ("since 2026-W03-WE") and never met the other."""
    assert _told("since the weekend") == [("18 people", "31 people")]


def test_a_count_since_a_later_day_or_long_before_is_not_the_event_s() -> None:
    assert _told("since last week") == []  # a week before the event: another count
    assert _told("since 2011") == []  # another event's


def test_a_count_since_the_event_s_own_day_is_the_event_s_count() -> None:
    """A day names the start as a weekend does: "since Saturday" of an outbreak that began
    on Saturday; a later day ("since Monday") is a part."""
    assert _told("since Saturday") == [("18 people", "31 people")]
    assert _told("since Monday") == []


def test_a_fire_that_broke_out_on_a_day_killed_its_toll() -> None:
    """ "The blaze, which broke out late on Wednesday, killed seven residents": the fire's
    toll, not a running count since a month, against another outlet's five."""
    fire = "Fire at Lulu Crest Tower\n\nA fire tore through the Lulu Crest Tower in Ajman on Wednesday."
    found = pairs(
        check_story(
            story(
                (
                    f"{fire} The blaze, which broke out late on Wednesday, killed seven residents.",
                    "2023-12-08",
                ),
                (f"{fire} Five people died in the fire, police said.", "2023-12-08"),
            )
        )
    )
    assert found == [("Five people", "seven residents")]


def test_a_round_up_since_the_event_s_day_stays_a_round_up_s() -> None:
    """ "13 injured in separate shootings around Chicago since Tuesday": a round-up of
    several incidents keeps its "since", whatever day the story's own shooting was; it
    never meets "12 wounded in Chicago shootings throughout the day" as one count."""
    lede = "Boy shot in Chicago\n\nAn 11-year-old boy was shot on Tuesday in Chicago."
    found = check_story(
        story(
            (
                f"{lede} At least 10 people were killed and 13 injured in separate shootings"
                " around Chicago since Tuesday.",
                "2015-09-03",
            ),
            (
                f"{lede} Late Wednesday, eight people were killed and 12 wounded in Chicago"
                " shootings throughout the day.",
                "2015-09-03",
            ),
        )
    )
    sinces = {c.quote: c.measure.since for c in found.claims if c.quote.startswith("13")}
    assert sinces == {"13 injured": "2015-09"}
