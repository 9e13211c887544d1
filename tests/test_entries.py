"""A live blog's time-stamped entries and the time a date line gives (checker.extract.entries):
a figure is of its entry's day and time, so a blog's morning and evening counts are two
states of one day, and the counts under "Yesterday (Monday)" are Monday's. Invented texts."""

from __future__ import annotations

import datetime as dt

from checker.extract.claims import extract_claims
from checker.extract.entries import article_entries
from checker.model import Document
from checker.pipeline import check_story
from tests.test_reconcile import story

_TUESDAY = dt.date(2025, 11, 4)

_BLOG = (
    "LIVE: quake toll rises as aftershock rattles region\n"
    "Updated Tuesday 4 November 2025, 6:40 p.m. | Valley Herald\n\n"
    "6:40 p.m.\nThe civil defence office's evening report: 16 dead and 310 injured.\n\n"
    "2:25 p.m.\nA magnitude 5.6 aftershock shook the region.\n\n"
    "8:15 a.m.\nThe morning report: 14 dead and 276 injured.\n\n"
    "Yesterday (Monday)\nThe quake struck before dawn. The first count was nine dead and"
    " 230 injured.\n"
)


def _as_of(text: str, published: dt.date | None = _TUESDAY) -> dict[str, str]:
    return {c.quote: c.as_of for c in extract_claims(Document("d.txt", text, published=published))}


def test_entries_date_and_time_their_figures() -> None:
    found = _as_of(_BLOG)
    assert found["16 dead"] == "2025-11-04T18:40"
    assert found["14 dead"] == "2025-11-04T08:15"
    assert found["230 injured"] == "2025-11-03"  # under "Yesterday (Monday)"
    # the headline stands before the first entry: the time of the page's date line
    entries = article_entries(_BLOG, _TUESDAY)
    assert entries.at(0) == (None, "18:40")


def test_a_blog_does_not_contradict_itself_with_its_own_morning_count() -> None:
    """Read as one time, 16 and 14 dead (310 and 276 injured) in one article would be the
    article contradicting itself; read as its entries' times, they are a toll that rose."""
    result = check_story(story((_BLOG, "2025-11-04")))
    assert not [f for f in result.findings if f.verdict == "discrepancy"]
    # the same counts with no stamps are one article giving two tolls at one time
    plain = _BLOG.replace("6:40 p.m.\n", "").replace("8:15 a.m.\n", "").replace("2:25 p.m.\n", "")
    plain = plain.replace("Yesterday (Monday)\n", "").replace(", 6:40 p.m.", "")
    result = check_story(story((plain, "2025-11-04")))
    assert [f for f in result.findings if f.verdict == "discrepancy"]


def test_one_time_opening_a_line_is_no_blog() -> None:
    text = "Storm hits coast\n\n10:30 The storm made landfall with 12 dead reported.\n"
    assert _as_of(text)["12 dead"] == "2025-11-04"
    # an undated article's stamps tell no day: its figures keep what they had
    found = _as_of("Blog\n\n9:15 Four injured.\n\n11:30 Six injured.\n", published=None)
    assert found["Six injured"] == ""


def test_day_headings_and_stamp_forms() -> None:
    text = (
        "Volcano live\n\nWednesday, June 4\n7:30 a.m. \u2014 Evacuees rose to 11,500.\n\n"
        "Tuesday, June 3\n6:10 p.m. \u2014 Some 8,200 people have been evacuated.\n"
        "11:00 \u2014 Classes are suspended in three towns.\n"
    )
    found = _as_of(text, published=dt.date(2025, 6, 4))
    assert found["11,500"] == "2025-06-04T07:30"
    assert found["Some 8,200 people"] == "2025-06-03T18:10"
    # a figure with its own day keeps it
    found = _as_of("Blog\n\n9:15 Four were hurt on Monday.\n\n11:30 Six injured.\n")
    assert found["Four"] == "2025-11-03"


def test_a_date_line_with_a_time() -> None:
    text = "Park update on flash flood\nDate: August 24, 2025, 7:30 p.m. MDT\n\nTwo people remain missing."
    assert _as_of(text, published=dt.date(2025, 8, 24))["Two people"] == "2025-08-24T19:30"
    # a time in the body is not the page's
    text = (
        "Park update\nAugust 24, 2025\n\nThe flood struck at 3:20 p.m. Two people remain missing."
    )
    assert _as_of(text, published=dt.date(2025, 8, 24))["Two people"] == "2025-08-24"


def test_a_day_and_a_time_on_one_line_head_an_entry() -> None:
    """ "Wednesday, March 5, 8:10 a.m." heads an entry of that day and time, even when the
    page is dated by its first day: the rise to six is Wednesday's, not Tuesday's."""
    text = (
        "LIVE: apartment explosion\nLedger live coverage\n\n"
        "Wednesday, March 5, 8:10 a.m.\nThe death toll has risen to six.\n\n"
        "Tuesday, March 4, 4:15 p.m.\nThe chief confirms five dead and 12 injured.\n"
    )
    found = _as_of(text, published=dt.date(2025, 3, 4))
    assert found["six"] == "2025-03-05T08:10"
    assert found["five dead"] == "2025-03-04T16:15"
    # one such line at the top is a date line, of the page's own day only
    page = "Fire update\nWednesday, March 5, 8:10 a.m.\n\nSix people died."
    assert _as_of(page, published=dt.date(2025, 3, 4))["Six people"] == "2025-03-04"
    assert _as_of(page, published=dt.date(2025, 3, 5))["Six people"] == "2025-03-05T08:10"
