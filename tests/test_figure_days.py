"""The day a figure is of (Claim.as_of) and what an amount with a unit counts: a day still
ahead when the article was published dates what is due ("to appear in court on Friday"),
not the figure; a tonnage carried counts no one aboard. Invented sentences."""

from __future__ import annotations

import datetime as dt

from checker.extract.claims import extract_claims
from checker.model import Document
from checker.pipeline import check_story
from tests.test_events import event_of, pairs, story

_THURSDAY = dt.date(2025, 3, 6)


def _claims(text: str) -> dict[str, tuple[str, str]]:
    document = Document(doc_id="d", text=text, published=_THURSDAY)
    return {c.quote: (c.as_of, c.measure.describe()) for c in extract_claims(document)}


def test_a_day_ahead_of_publication_does_not_date_the_figure() -> None:
    found = _claims(
        "He was charged with six counts of detaining for advantage and refused bail to"
        " appear in court on Friday."
    )
    assert found["six counts"][0] == "2025-03-06"  # the day of publication
    assert found["Friday"][0] == "2025-03-07"  # "to appear" looks ahead: the next Friday
    # a day before publication still dates the figure
    assert _claims("Six people were charged on Tuesday.")["Six people"][0] == "2025-03-04"


def test_an_amount_carried_counts_no_one_aboard() -> None:
    found = _claims("The tanker was carrying 1.2 million litres of fuel oil when it ran aground.")
    assert found["1.2 million litres"][1] == "unknown"
    # people carried are counted
    found = _claims("The boat was carrying 40 people when it capsized.")
    assert found["40 people"][1].startswith("people aboard")


def test_the_past_week_is_a_stretch_up_to_publication_not_last_calendar_week() -> None:
    found = _claims("About 14,000 people were displaced over the past week, the UN said.")
    assert found["About 14,000 people"][0] == "2025-03-06"
    # "last week" is the calendar week before: its figure is of that week
    found = _claims("About 14,000 people were displaced last week, the UN said.")
    assert found["About 14,000 people"][0] == "2025-W09"


def test_a_year_after_since_is_when_a_stretch_began_not_another_event() -> None:
    from checker.pipeline import check_story
    from tests.test_events import story

    result = check_story(
        story(
            "The pilots turned down an 8% increase over two years, having demanded 14% to"
            " make up for inflation since 2022.",
            date="2025-05-22",
        )
    )
    assert {c.quote: c.event for c in result.claims}["8% increase"] == "main event"
    # a year before the figure still tells another event
    result = check_story(
        story("In 2022, a strike by pilots cancelled 3,700 flights.", date="2025-05-22")
    )
    assert {c.quote: c.event for c in result.claims}["3,700 flights"] != "main event"


def test_what_someone_expects_on_a_weekday_is_the_coming_one() -> None:
    # "says it expects 380 cancellations on Friday" in a Thursday article: the next Friday
    assert _claims("The airline says it expects 380 cancellations on Friday.")["Friday"][0] == (
        "2025-03-07"
    )
    # control: what it says happened on Friday is the last one
    assert _claims("The airline says it cancelled 380 flights on Friday.")["Friday"][0] == (
        "2025-02-28"
    )


def test_a_date_of_what_an_amount_is_for_does_not_date_it() -> None:
    found = _claims("The firm was fined $2 million over a cyber attack in March 2021.")
    assert found["$2 million"][0] == "2025-03-06"
    assert _claims("The firm was fined $2 million in March 2021.")["$2 million"][0] == "2021-03"


def test_the_base_of_a_change_is_of_its_own_time() -> None:
    """ "slowed to 3.4 percent in March from 3.9 percent in February": the 3.9 is February's,
    the 3.4 March's; a base with no time of its own keeps the clause's."""
    found = _claims("Inflation slowed to 3.4 percent in March from 3.9 percent in February.")
    assert found["3.4 percent"][0] == "2025-03"
    assert found["3.9 percent"][0] == "2025-02"
    assert _claims("Inflation slowed to 3.4 percent in March from 3.9 percent.")["3.9 percent"][
        0
    ] == ("2025-03")


def test_two_outlets_bases_of_one_month_are_compared() -> None:
    """Two outlets' February rates, told as the bases of March's, are one measure of one
    month; the March rates agree, and neither base is compared with them."""
    result = check_story(
        story(
            "Inflation slowed to 3.4 percent in March from 3.9 percent in February.",
            "Annual inflation fell to 3.4 percent in March from 3.7 percent in February.",
            date="2025-04-10",
        )
    )
    assert pairs(result) == [("3.7 percent", "3.9 percent")]
    same = check_story(
        story(
            "Inflation slowed to 3.4 percent in March from 3.9 percent in February.",
            "Annual inflation fell to 3.4 percent in March from 3.9 percent in February.",
            date="2025-04-10",
        )
    )
    assert pairs(same) == []


def test_the_end_of_a_stretch_after_a_figure_does_not_date_it() -> None:
    """ "Monteiro, 23, has signed a contract running until June 2029": the month the
    contract ends, not an event the age is of; a month of its own still dates a figure."""
    signed = check_story(
        story("Monteiro, 23, has signed a five-year contract running until June 2029.")
    )
    assert event_of(signed, "23") == "main event"
    fined = check_story(story("The firm was fined $2 million in March 2021."))
    assert event_of(fined, "$2 million") == "event of 2021-03"


def test_a_century_before_a_noun_dates_no_figure() -> None:
    """ "eight items of 18th-century jewellery": a kind of jewellery, not the time the items
    were stolen; "in the 19th century the town had 500 people" is a time."""
    found = _claims("Thieves escaped with eight items of 18th-century royal jewellery.")
    assert found["eight items"][0] == "2025-03-06"
    assert _claims("In the 19th century the town had 500 people.")["500 people"][0] == "18"


def test_a_date_that_opens_a_sentence_dates_every_figure_of_it() -> None:
    # Thursday 6 March 2025: "On Saturday" is 1 March
    found = _claims(
        "On Saturday, two women and two children were among eight people killed when a"
        " barrel bomb hit a building."
    )
    assert found["two children"][0] == "2025-03-01"
    assert found["eight people"][0] == "2025-03-01"
    found = _claims("Earlier on Tuesday police said three people were shot and two others hurt.")
    assert found["two others"][0] == "2025-03-04"
    found = _claims("Also last month, a 4-year-old boy and an 11-year-old boy were shot.")
    assert found["11-year-old boy"][0] == "2025-02"


def test_an_opening_date_yields_to_a_later_one_and_names_no_event_in_the_possessive() -> None:
    # another date between the opening one and the figure governs what follows it
    found = _claims(
        "On Saturday, 8 were killed in Aleppo, and on Sunday 4 more died, and 2 were hurt."
    )
    assert found["4 more"][0] == "2025-03-02"
    assert found["2"][0] == "2025-03-06"  # not Saturday's: Sunday stands between
    # "Saturday's bombing" names an event; the second figure keeps the day of publication
    found = _claims("Saturday's bombing killed two and injured 12 others, police said.")
    assert found["12 others"][0] == "2025-03-06"


def test_what_follows_the_parts_named_in_a_whole_is_the_whole_s_too() -> None:
    # where and when after "including five children and two women," belong to the 10 too
    found = _claims(
        "At least 10 civilians were killed, including five children and two women, in air"
        " strikes on the town of Dalmore on Tuesday."
    )
    assert found["At least 10 civilians"] == (
        "2025-03-04",
        "civilians killed by airstrikes in dalmore",
    )
    assert found["five children"][0] == "2025-03-04"
    assert found["two women"][0] == "2025-03-04"
    # a part its list does not close keeps its own day: two of the seven on Tuesday
    found = _claims("Police arrested seven suspects, including two on Tuesday.")
    assert found["seven suspects"][0] == "2025-03-06"
    found = _claims("He has six prior arrests, including three from 2017, officials said.")
    assert found["six prior"][0] == "2025-03-06"
