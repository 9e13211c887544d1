"""Which day a document tells: its own publication line, the run of days most ledes tell,
and tolls that may still rise (checker/pubdate.py publication_line, checker/pipeline.py,
checker/events/story.py, checker/extract/provisional.py).

Each example is written for a class of cases seen across the measurement corpora (story
folders whose list dates every file by the story's day; outlets reporting other days'
strikes in one folder; "the toll could rise"); none copies a corpus sentence.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from checker.model import Document
from checker.pipeline import check_story, with_publication_date
from checker.pubdate import publication_line
from tests.test_events import event_of, pairs, story


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Strikes hit the city\n\nPublished June 8 2016 Air strikes killed 15.", "2016-06-08"),
        ("Posted: Jul. 6, 2016 4:15 pm Updated: Jul. 6, 2016 4:42 pm\nText.", "2016-07-06"),
        ("(Published Sunday, March 8, 2015)\nText.", "2015-03-08"),
        ("Posted 3:57 AM, May 26, 2015, by A Reporter\nText.", "2015-05-26"),
        ("Published on Mar 14, 2013\nText.", "2013-03-14"),
        # an update is not the day the text was written; a date far from the cue is not it
        ("Updated June 8 2016\nText.", None),
        ("Published by the city council, which met in the town hall on June 8 2016.", None),
        # below the top of the page, a "Published" line belongs to something else
        ("Text.\n" + "A line of the article body.\n" * 40 + "Published June 8 2016\n", None),
    ],
)
def test_publication_line(text: str, day: str | None) -> None:
    found = publication_line(text)
    assert (found.isoformat() if found else None) == day


def _listed(text: str, source: str) -> Document:
    return Document(
        doc_id="d.txt",
        text=text,
        story="s",
        published=dt.date(2016, 6, 13),
        published_source=source,
    )


def test_a_publication_line_overrides_the_manifest_and_keeps_its_date_in_sight() -> None:
    text = "Strikes hit the city\n\nPublished June 8 2016 Air strikes killed 15 on Wednesday."
    dated = with_publication_date(_listed(text, "manifest"))
    assert dated.published == dt.date(2016, 6, 8)
    assert dated.published_source == "text: publication line (manifest: 2016-06-13)"
    # the --published option, front matter and page metadata stand
    for source in ("option", "front matter", "html metadata"):
        assert with_publication_date(_listed(text, source)).published == dt.date(2016, 6, 13)
    # a text without a publication line keeps the manifest's date
    plain = _listed("Air strikes killed 15 on Wednesday.", "manifest")
    assert with_publication_date(plain) == plain


def test_a_document_of_a_day_fewer_ledes_tell_is_another_incident() -> None:
    # one folder, every file listed on the story's day: two outlets tell the strikes of
    # 3 June, a third the strikes of 8 June in the same city
    first = "On June 3 2016 air strikes on the city killed 31 civilians, rescuers said."
    second = "Air strikes on the city killed 25 civilians on June 3 2016, rescuers said."
    later = "On June 8 2016 air strikes on the city killed 15 civilians, a monitor said."
    result = check_story(story(first, second, later, date="2016-06-13"))
    assert pairs(result) == [("25 civilians", "31 civilians")]
    assert event_of(result, "15 civilians") == "event of 2016-06-08"
    # when two ledes tell 8 June, the one telling 3 June is the other incident
    again = later.replace("a monitor", "the monitor")
    result = check_story(story(first, later, again, date="2016-06-13"))
    assert event_of(result, "31 civilians") == "event of 2016-06-03"
    assert pairs(result) == []


def test_a_death_toll_that_may_still_rise_is_a_lower_bound() -> None:
    early = "By 6 p.m. 23 civilians had been killed, and the monitor expects the toll to rise."
    later = "At least 25 civilians were killed in the strikes, the monitor said."
    result = check_story(story(early, later))
    (toll,) = [c for c in result.claims if c.quote == "23 civilians"]
    assert toll.qualifier == "provisional"
    assert pairs(result) == []
    # without the cue, 23 and at least 25 cannot both be the day's toll
    plain = early.replace(", and the monitor expects the toll to rise", "")
    assert pairs(check_story(story(plain, later))) == [("23 civilians", "At least 25 civilians")]
    # the injured of a sentence whose death toll may rise stay as written
    injured = "The blast injured 140 people, and the death toll is likely to rise."
    (hurt,) = [c for c in check_story(story(injured)).claims if c.quote == "140 people"]
    assert hurt.qualifier == ""
    # a written qualifier stands
    nearly = "Nearly 30 people were killed, and the toll could rise."
    (claim,) = [c for c in check_story(story(nearly)).claims if "30" in c.quote]
    assert claim.qualifier == "nearly"


def test_publication_line_dates_the_documents_weekdays() -> None:
    listed = dataclasses.replace(
        _listed("Published June 8 2016 Air strikes killed 15 on Wednesday.", "manifest")
    )
    dated = with_publication_date(listed)
    result = check_story(
        dataclasses.replace(story("x"), documents=(dated,), inputs=story("x").inputs)
    )
    (day,) = [c for c in result.claims if c.quote == "Wednesday"]
    assert day.time is not None and day.time.low == dt.date(2016, 6, 8)


def test_a_year_or_month_wholly_apart_from_the_main_event_is_another_event() -> None:
    """A background figure dated only by its year or month ("once before, in 2023", "when
    it went public in 2004") belongs to the event of that time, as a day well apart does;
    a year that holds the main event's day is no other time (the control)."""
    result = check_story(
        story(
            "Acme filed for bankruptcy on Tuesday with $5.1 billion in debt. The chain "
            "filed once before, in 2023, with $1.7 billion in debt.",
            "Acme listed debts of $4.8 billion, the filing shows. Its debt in 2025 was $5 billion.",
            date="2025-01-22",
        )
    )
    assert event_of(result, "$1.7 billion") == "event of 2023"
    assert event_of(result, "$5 billion") == "main event"


def _dated(*texts: tuple[str, str]) -> list[tuple[str, str]]:
    from tests.test_reconcile import story as dated_story

    result = check_story(dated_story(*texts))
    quotes = {c.claim_id: c.quote for c in result.claims}
    return sorted(
        tuple(sorted((quotes[p.first], quotes[p.second]))) for f in result.findings for p in f.pairs
    )


def test_a_folder_that_mixes_two_incidents_weeks_apart_keeps_them_apart() -> None:
    # two outlets on a shooting that killed Dashwan Smith, one outlet on another shooting
    # three weeks later that names another victim: its lower toll is another incident's
    first = "A shooting on Elm Street killed three people, police said. Dashwan Smith, 22, died."
    first_too = "Three people were killed in the Elm Street shooting. Dashwan Smith, 22, was one."
    other = "Two people were killed in a shooting on Oak Avenue. Marcus Lee, 30, died."
    assert _dated((first, "2016-05-02"), (first_too, "2016-05-03"), (other, "2016-05-24")) == []
    # the same three weeks later, naming the same victim, is a follow-up of the incident,
    # and a toll cannot fall
    follow_up = "Two people were killed in the shooting where Dashwan Smith, 22, died."
    assert _dated((first, "2016-05-02"), (first_too, "2016-05-03"), (follow_up, "2016-05-24")) == [
        ("Three people", "Two people"),
        ("Two people", "three people"),
    ]
