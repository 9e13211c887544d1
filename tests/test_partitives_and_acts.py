"""A figure taken from a group that holds a figure of its own ("two of the four victims
died", "14 of the 62 cars derailed"), hostages freed (a count that only grows), provisional
tolls of first reports, and a title given apart from the text.
Invented stories (twenty-seventh stop, read batch t)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from checker.documents import with_title
from checker.events.things import group_of_things
from checker.model import Story
from checker.pipeline import check_story
from tests.test_events import pairs, story
from tests.test_things import happened


def dated(*texts: tuple[str, str]) -> Story:
    """A story of documents, each (publication date, text)."""
    whole = story(*(text for _, text in texts))
    documents = tuple(
        replace(d, published=dt.date.fromisoformat(day))
        for d, (day, _) in zip(whole.documents, texts, strict=True)
    )
    return replace(whole, documents=documents)


def claims_of(text: str) -> dict[str, object]:
    result = check_story(dated(("2024-10-02", text)))
    return {c.quote: c for c in result.claims}


def test_a_figure_taken_from_a_group_with_a_figure_reads_the_predicate_after_it() -> None:
    found = claims_of("Two of the four victims died at the hospital.")
    assert found["Two"].measure.event == "killed"
    assert found["four victims"].measure.event == ""  # the group counts no event
    found = claims_of("Two of the five people shot were killed.")
    assert (found["Two"].measure.event, found["five people"].measure.event) == ("killed", "shot")
    # control: no figure in the group, as before
    assert claims_of("Two of the victims were killed.")["Two"].measure.event == "killed"


def test_a_bare_count_taken_from_things_counts_the_things() -> None:
    assert happened("Police said 14 of the 62 cars derailed.") == {"14": "derailed", "62 cars": ""}
    found = claims_of("Fourteen of the train's 62 cars left the tracks.")
    assert group_of_things(found["Fourteen"]) == "cars"
    # a group of people is read by the people's lexicon, not as things
    assert group_of_things(claims_of("Two of the four victims died.")["Two"]) == ""
    assert group_of_things(claims_of("Police said 14 cars derailed.")["14 cars"]) == ""


def test_a_count_taken_from_a_group_of_things_meets_the_others_counts() -> None:
    """ "14 of the 62 cars derailed" and "19 cars derailed", told the same day, disagree."""
    result = check_story(
        dated(
            ("2024-10-02", "Officials said 19 cars of a freight train derailed."),
            ("2024-10-02", "Investigators said 14 of the 62 cars derailed."),
        )
    )
    assert pairs(result) == [("14", "19 cars")]
    # control: the group's own figure is no count of the derailed
    agree = check_story(
        dated(
            ("2024-10-02", "Officials said 14 cars of a freight train derailed."),
            ("2024-10-02", "Investigators said 14 of the 62 cars derailed."),
        )
    )
    assert pairs(agree) == []


def test_hostages_freed_are_rescued_and_only_grow() -> None:
    result = check_story(
        dated(
            ("2025-02-21", "More than 150 hostages were freed over the course of the operation."),
            ("2025-02-22", "About 80 hostages were freed during the operation, the ministry said."),
        )
    )
    assert pairs(result) == [("About 80 hostages", "More than 150 hostages")]
    assert (
        claims_of("Police said 12 hostages were freed.")["12 hostages"].measure.event == "rescued"
    )


def test_a_toll_of_first_reports_is_provisional() -> None:
    """ "The first reports we have are of 12 dead": a toll counted so far, not a rival of the
    17 another outlet gives that evening."""
    text = '"The first reports we have are of 12 dead," the disaster chief said.'
    toll = claims_of(text)["12 dead"]
    assert toll.qualifier == "provisional" and toll.interval.low == 12 and toll.interval.high > 17
    result = check_story(
        dated(("2025-01-22", text), ("2025-01-22", "The earthquake killed 17 people."))
    )
    assert pairs(result) == []
    # control: a plain toll conflicts
    plain = check_story(
        dated(
            ("2025-01-22", "The earthquake killed 12 people, the disaster chief said."),
            ("2025-01-22", "The earthquake killed 17 people."),
        )
    )
    assert pairs(plain) == [("12 people", "17 people")]


def test_a_count_whose_own_number_may_rise_is_provisional() -> None:
    """ "Four people were taken to hospital, ... adding that the number could rise": what
    was counted so far, not a rival of the six another outlet gives the next day; a cue of
    the death toll ("the toll could rise") leaves a count of the injured as it is."""
    early = (
        "2025-07-07",
        "Four people were taken to hospital, a spokeswoman said, adding that the number"
        " could rise as doctors saw more runners.",
    )
    later = ("2025-07-08", "Six people were admitted to hospital on Tuesday.")
    assert claims_of(early[1])["Four people"].qualifier == "provisional"
    assert pairs(check_story(dated(early, later))) == []
    injured = "Four people were injured, and the toll could rise, police said."
    assert claims_of(injured)["Four people"].qualifier == ""


def test_a_title_given_apart_from_the_text_is_checked_first() -> None:
    body = "An Australian court ordered the lender to pay A$186 million to borrowers."
    assert with_title("Borrowers win A$168 million payout", body) == (
        "Borrowers win A$168 million payout\n\n" + body
    )
    # a text that opens with its title (a manifest's title over a page) is left as it is
    opened = "Borrowers win A$168 million payout\n\nThe court ordered ..."
    assert with_title("Borrowers win A$168 million payout", opened) == opened
    assert with_title("Borrowers Win A$168 Million Payout!", opened) == opened
    assert with_title("", body) == body


def test_a_drafts_title_is_reviewed_on_its_own_line(tmp_path: Path) -> None:
    from checker.review.draft import review_draft

    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "a.txt").write_text(
        "One elderly man died after the wedding banquet, health officials said.\n",
        encoding="utf-8",
    )
    draft = tmp_path / "draft.md"
    draft.write_text(
        "---\ntitle: Three dead after wedding banquet\npublished: 2025-11-09\n---\n"
        "Officials said one elderly man died.\n",
        encoding="utf-8",
    )
    review = review_draft(str(draft), [str(sources)], published=dt.date(2025, 11, 9))
    lines = {item.claim.quote: item.line for item in review.claims}
    assert lines == {"Three dead": 2, "one elderly man": 5}


def test_a_group_of_things_may_be_named_by_a_possessive_and_a_modifier() -> None:
    found = happened("About 3,400 of the country's 7,100 state schools were closed on Wednesday.")
    assert found["About 3,400"] == "closed"
    result = check_story(
        dated(
            ("2025-10-15", "About 3,400 of the country's 7,100 state schools were closed."),
            ("2025-10-15", "The strike closed more than 4,300 schools, the ministry said."),
        )
    )
    assert pairs(result) == [("About 3,400", "more than 4,300 schools")]


def test_at_least_reaches_one_rounding_step_above_a_share_or_an_amount() -> None:
    """How far "at least N" reaches was measured on tolls; "a turnout of at least 40%" is
    not a turnout under 58%."""
    share = claims_of("The amendment required a turnout of at least 40%.")["at least 40%"]
    assert (share.interval.low, share.interval.high) == (40, None)
    money = claims_of("She funnelled at least $10,000 into the campaign.")["at least $10,000"]
    assert (money.interval.low, money.interval.high) == (10000, 20000)
    toll = claims_of("At least 40 people died.")["At least 40 people"]
    assert toll.interval.high == 58  # tolls keep the calibrated reach


def test_a_group_named_with_a_possessive_counts_no_event() -> None:
    """ "three of the bus's 40 passengers were killed": the 40 are the group the three are
    taken from, as "of the 40 passengers" are, not a second toll."""
    found = claims_of("Three of the bus's 40 passengers were killed.")
    assert (found["Three"].measure.event, found["40 passengers"].measure.event) == ("killed", "")
    found = claims_of("About 34 of the town's 71 buildings were destroyed on Monday.")
    assert found["71 buildings"].measure.event == ""
