"""Examples for infer_published: the seed articles in seeds/ and short pages in their style."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import NamedTuple

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.pubdate import infer_published

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


class Example(NamedTuple):
    name: str
    expected: tuple[dt.date | None, str, str]


SEED_ARTICLES = [
    # Arutz Sheva: 'said Friday', 'February 25' (future), no year anywhere: nothing supports a date
    Example("000_0a01db7517b6ffcf.txt", (None, "", "")),
    # Newstime: footer 'Post views count started 16/02/16'
    Example("001_ea200905dab8a0fa.txt", (dt.date(2016, 2, 16), "text: footer", "medium")),
    # TRT World: captions 'on February 10, 2016', 'on February 11, 2016'
    Example("002_48d7ff4f65d90d47.txt", (dt.date(2016, 2, 11), "text: photo caption", "medium")),
    # DW: 'September 8, 2015' on its own line under the headline
    Example("003_9910ba9fc400b7a4.txt", (dt.date(2015, 9, 8), "text: date line", "high")),
    # Press TV: captions 'on February 4, 2016' and 'on January 20, 2016'
    Example("004_1a1c23902d1480a1.txt", (dt.date(2016, 2, 4), "text: photo caption", "medium")),
]


@pytest.mark.parametrize("example", SEED_ARTICLES, ids=lambda e: e.name)
def test_seed_articles(example: Example) -> None:
    text = (SEEDS / example.name).read_text(encoding="utf-8")
    assert infer_published(text) == example.expected


NEWS_STYLE = [
    Example(
        "Storm hits coast\n\nPublished: 03/04/2016 10:12\n\nThe storm hit on 14/03/2016.",
        (dt.date(2016, 4, 3), "text: date line", "high"),
    ),
    Example(
        "Storm hits coast\n\nPublished: 03/04/2016\n\nA storm hit the coast.",
        (dt.date(2016, 3, 4), "text: date line", "medium"),  # month/day order unsettled
    ),
    Example(
        "Police said Friday that the man, arrested on Feb. 3, 2016, was charged.",
        (dt.date(2016, 2, 5), "text: weekday after latest explicit date", "low"),
    ),
    # a byline whose parts, set apart by bars, hold the date: the page's day, not a
    # weekday the story tells after it
    Example(
        "Voters back Alliance\nMonday 13 October 2025 | The Correspondent | From Miransk\n"
        "The count ended on Sunday. Officials said Sunday the result was final.",
        (dt.date(2025, 10, 13), "text: date line", "high"),
    ),
    Example(
        "Voters back Alliance\nThe Northern Gazette (Karvik) | 13.10.2025 | by Elena Brodsky\n"
        "Officials said Sunday the result was final.",
        (dt.date(2025, 10, 13), "text: date line", "high"),  # 13 is no month
    ),
    # a byline set apart by a dash: the date beside an outlet's name or a place
    Example(
        "Landslide buries homes\nMonday 7 April 2025 \u2014 Nusantara Today live desk\n"
        "The landslide struck at around 11pm on Sunday.",
        (dt.date(2025, 4, 7), "text: date line", "high"),
    ),
    Example(
        "Clean-up fund announced\nPress statement \u2013 Kinshasa, 24 July 2025\n"
        "Officials said on Sunday the fund was ready.",
        (dt.date(2025, 7, 24), "text: date line", "high"),
    ),
    # a headline with its date in a list of related stories is no byline
    Example(
        "Teen shot\nPolice Arrest Person In Connection With Teen Shooting Monday Night"
        " \u2013 August 3rd, 2016\nThe victim was shot on Sunday.",
        (dt.date(2016, 8, 7), "text: weekday after latest explicit date", "low"),
    ),
    # a sentence with bars is no byline
    Example(
        "Scores | Results | Officials said Friday that the man, arrested on Feb. 3, 2016, "
        "was charged with murder in a case that drew national attention.",
        (dt.date(2016, 2, 5), "text: weekday after latest explicit date", "low"),
    ),
    # a press release's date line; its body's other dates are of what it announces
    Example(
        "NEWS RELEASE\nFor immediate release: October 22, 2025\n\nOfficial results of the"
        " October 20, 2025 referendum were certified on Monday.",
        (dt.date(2025, 10, 22), "text: date line", "high"),
    ),
    Example(
        "NEWS RELEASE\nFOR IMMEDIATE RELEASE \u2014 Friday, Aug. 8, 2025, 12:30 p.m. PDT\n\n"
        "Power was restored to most customers.",
        (dt.date(2025, 8, 8), "text: date line", "high"),
    ),
    Example("The war began in 2011 and has killed thousands.", (None, "", "")),
    Example("Officials said Friday the talks would resume.", (None, "", "")),
]


@pytest.mark.parametrize("example", NEWS_STYLE, ids=lambda e: e.name[:40])
def test_news_style(example: Example) -> None:
    assert infer_published(example.name) == example.expected


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_never_crashes(text: str) -> None:
    date, source, confidence = infer_published(text)
    assert (date is None) == (source == "") == (confidence == "")


def _checked(*texts: str):
    """The story of `texts`, one document each (d0.txt, d1.txt ...), checked."""
    from checker.model import Document, InputStatus, Story
    from checker.pipeline import check_story

    documents = tuple(
        Document(doc_id=f"d{i}.txt", text=text, story="s") for i, text in enumerate(texts)
    )
    return check_story(
        Story("s", documents, tuple(InputStatus(d.doc_id, "s", "checked") for d in documents))
    )


def test_a_wire_dateline_without_a_year_takes_the_year_of_the_story() -> None:
    from checker.pubdate import yearless_date_line

    near = dt.date(2024, 8, 21)
    assert yearless_date_line("LIMA, Aug 22 (Wire) -\n\nThe toll rose.", near) == dt.date(
        2024, 8, 22
    )
    # a day half a year from the story's, or no such line, says nothing
    assert yearless_date_line("LIMA, Mar 2 (Wire) -\n\nThe toll rose.", near) is None
    assert yearless_date_line("The toll rose on Aug 22 (officials).", near) is None
    # a US dateline names the state between the place and the day
    assert yearless_date_line("TOLLERTON, Kan., Aug 22 (Wire) -\n\nText.", near) == dt.date(
        2024, 8, 22
    )
    wire = "Toll rises\nLIMA, Aug 22 (Wire) -\n\nThe toll rose to 214 on Thursday."
    dated = "Toll climbs\nAugust 22, 2024\n\nThe quake killed 214 people, officials said."
    result = _checked(wire, dated)
    published = {d.doc_id: d.published for d in result.story.documents}
    assert published == {"d0.txt": dt.date(2024, 8, 22), "d1.txt": dt.date(2024, 8, 22)}
    (toll,) = [c for c in result.claims if c.document == "d0.txt" and c.kind == "count"]
    assert toll.as_of == "2024-08-22"  # "on Thursday", read from the dateline's day


def test_a_dateline_without_a_year_beats_a_guess_from_a_background_date() -> None:
    # the body's only full date is an anniversary's: a guess from it would date the wire
    # story eleven years back, and its figures with it
    wire = (
        "Boat capsizes\n\nROME, Oct 3 (Wire) -\n\nRescuers pulled 104 survivors from the sea on"
        " Friday. It came on the eve of the anniversary of the October 3, 2013, shipwreck."
    )
    dated = "Boat sinks\nOctober 3, 2025\n\nThe coast guard said 96 people were rescued."
    result = _checked(wire, dated)
    published = {d.doc_id: d.published for d in result.story.documents}
    assert published["d0.txt"] == dt.date(2025, 10, 3)


def test_an_unsettled_numeric_date_takes_the_reading_nearer_the_story() -> None:
    # "03/06/2022" alone could be 6 March or 3 June; two other outlets dated 3 June settle it,
    # and the toll's rise is then an update of one day, not a fall over three months
    british = "Toll rises\nPublished: 03/06/2022\n\nThe toll rose to 41 on Friday."
    wire = "Quake kills 38\nJune 3, 2022\n\nThe quake killed 38 people, officials said."
    local = "Quake toll at 40\nJune 2, 2022\n\nAt least 40 people died, officials said."
    result = _checked(british, wire, local)
    published = {d.doc_id: d.published for d in result.story.documents}
    assert published["d0.txt"] == dt.date(2022, 6, 3)
    (document,) = [d for d in result.story.documents if d.doc_id == "d0.txt"]
    assert document.published_source.endswith("(day, month: from the story)")
    # a story dated in March keeps the first reading; a settled date is never swapped
    march = "Quake kills 38\nMarch 6, 2022\n\nThe quake killed 38 people, officials said."
    result = _checked(british, march)
    assert result.story.documents[0].published == dt.date(2022, 3, 6)
    settled = "Toll rises\nPublished: 03/06/2022 (first posted 13/05/2022)\n\nThe toll rose."
    result = _checked(settled, march)
    assert result.story.documents[0].published == dt.date(2022, 6, 3)


def test_a_dotted_date_with_a_four_digit_year_is_day_first() -> None:
    from checker.pubdate import infer_published

    assert infer_published("Strikes near Raqqa\n08.04.2017\n\nText.")[0] == dt.date(2017, 4, 8)
    # still unsettled for the story's reading, and a dot with two digits says nothing
    assert infer_published("Strikes near Raqqa\n08.04.2017\n\nText.")[2] == "medium"
    assert infer_published("Deal\n02.09.12 4:15 PM\n\nText.")[0] == dt.date(2012, 2, 9)


def test_a_wire_dateline_without_a_year_settles_an_unsettled_numeric_date() -> None:
    # no other document has a sure date: the wire's "Nov 3" is the 3 November reading
    british = "Retailer hacked\nPublished 03/11/2025\n\nHackers stole 2.6 million records."
    wire = "Retailer hacked\nLONDON, Nov 3 (Wire) - Hackers stole 6.2 million records."
    result = _checked(british, wire)
    published = {d.doc_id: d.published for d in result.story.documents}
    assert published == {"d0.txt": dt.date(2025, 11, 3), "d1.txt": dt.date(2025, 11, 3)}


def test_wire_datelines_without_a_place_or_brackets() -> None:
    from checker.pubdate import yearless_date_line

    near = dt.date(2025, 7, 20)
    assert yearless_date_line("Chips\nJuly 24 (Wire) - Chipmaker X said", near) == dt.date(
        2025, 7, 24
    )
    assert yearless_date_line("WAGGA WAGGA, July 6 AAP - A man", near) == dt.date(2025, 7, 6)
    # a day in a sentence, or a word that is no agency, is no dateline
    assert yearless_date_line("Chips\nJuly 24 (Thursday) is the deadline", near) is None
    assert yearless_date_line("Sales rose on July 24 (officials said).", near) is None


def test_an_undated_article_of_a_dated_story_tells_its_lede_weekday_in_the_storys_week() -> None:
    # Sunday's toll in copy with no date, beside an outlet dated Saturday: the 19 is the
    # next day's, an update of the 14, not a disagreement of the same day
    dated = "Bomb kills 14 at market\nMarch 9, 2024\n\nA bomb killed 14 people on Saturday."
    undated = "Toll rises to 19\n\nThe toll from Saturday's bombing rose to 19 on Sunday."
    result = _checked(dated, undated)
    published = {d.doc_id: d.published for d in result.story.documents}
    assert published["d1.txt"] == dt.date(2024, 3, 10)
    (document,) = [d for d in result.story.documents if d.doc_id == "d1.txt"]
    assert document.published_source == "text: the lede's weekday, in the story's week"
    assert not [f for f in result.findings if f.verdict == "discrepancy"]
    # an undated article that names no weekday stays undated
    result = _checked(dated, "Toll rises\n\nThe toll rose to 19, officials said.")
    assert result.story.documents[1].published is None
