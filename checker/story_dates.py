"""The dates of a story's documents that only the story settles: a wire dateline without
its year ("LIMA, Aug 22 (Reuters) -") takes the year of the story's other documents, and a
numeric date whose day and month order its text leaves open ("Published 03/11/2025") the
reading the story's other dates settle. A redated document is extracted again: its weekdays
("on Thursday") and the order of its figures depend on its date. Read by checker.pipeline
for every story."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence

from checker.extract.as_of import news_weekday
from checker.extract.text import fold_text
from checker.extract.timex import tag_times
from checker.model import Claim, Document
from checker.pubdate import other_reading, yearless_date_line

Extracted = Sequence[tuple[Document, tuple[Claim, ...]]]
Extract = Callable[[Document], tuple[Claim, ...]]


def dated_by_story(extracted: Extracted, extract: Extract) -> Extracted:
    """Documents dated by nothing but a wire dateline without its year ("LIMA, Aug 22
    (Reuters) -"), or only by a guess from the text (a weekday after a background date:
    "the October 3, 2013, shipwreck"), dated in the year of the story's other documents and
    extracted again: their weekdays ("on Thursday") and the order of their figures depend
    on it. `extract` reads a redated document's claims again."""
    extracted = _numeric_dates_by_story(extracted, extract)
    sure = sorted(d.published for d, _ in extracted if d.published and not _guessed(d))
    if not sure or not any(_guessed(d) or d.published is None for d, _ in extracted):
        return extracted
    near = sure[len(sure) // 2]
    redone = []
    for document, claims in extracted:
        unsure = document.published is None or _guessed(document)
        day = yearless_date_line(document.text, near) if unsure else None
        source = "text: dateline without a year (year from the story)"
        if day is None and document.published is None:
            day = _lead_weekday_near(document.text, near)
            source = "text: the lede's weekday, in the story's week"
        if day is not None and day != document.published:
            document = dataclasses.replace(
                document, published=day, published_source=source, published_confidence="low"
            )
            claims = extract(document)
        redone.append((document, claims))
    return redone


def _lead_weekday_near(text: str, near: dt.date) -> dt.date | None:
    """The day an undated article of a dated story tells its news on: the weekday its
    headline and lede name ("rose to 19 on Sunday"), taken in the story's week (the such
    day nearest the middle of the story's dates). Its other weekdays and the order of its
    figures against the dated outlets' then follow; without it, its "Sunday" was of no
    known week and compared with every dated figure as if of the same day."""
    folded = fold_text(text)
    weekday = news_weekday(folded, tag_times(folded, None))
    if not weekday:
        return None
    number = int(weekday[-1])  # "XXXX-WXX-7": ISO weekday
    ahead = (number - near.isoweekday()) % 7
    after, before = near + dt.timedelta(days=ahead), near - dt.timedelta(days=(7 - ahead) % 7)
    return before if (near - before) <= (after - near) else after


def _numeric_dates_by_story(extracted: Extracted, extract: Extract) -> Extracted:
    """Documents dated by a numeric date whose day and month order their text does not
    settle ("Published 03/11/2025": 11 March or 3 November) take the reading nearer the
    story's other documents' dates, when that reading is within a week of the story and the
    first is not: outlets covering one story publish within days of each other, and a
    toll's update read as months earlier would be a fall. The other documents' dates are
    their sure ones and the days of their wire datelines without a year ("LONDON, Nov 3
    (Reuters) -"), read in the year of each reading."""
    readings = {
        index: other
        for index, (document, _) in enumerate(extracted)
        if document.published is not None
        and document.published_source.startswith("text")
        and (other := other_reading(document.text, document.published)) is not None
    }
    if not readings:
        return extracted
    sure = [
        d.published
        for index, (d, _) in enumerate(extracted)
        if d.published and index not in readings and not _guessed(d)
    ]
    undated = [
        d.text
        for index, (d, _) in enumerate(extracted)
        if index not in readings and (d.published is None or _guessed(d))
    ]
    redone = list(extracted)
    for index, other in readings.items():
        document = extracted[index][0]
        assert document.published is not None
        first = _days_from_story(document.published, sure, undated)
        second = _days_from_story(other, sure, undated)
        if second is not None and second <= _STORY_WEEK and (first is None or first > _STORY_WEEK):
            document = dataclasses.replace(
                document,
                published=other,
                published_source=f"{document.published_source} (day, month: from the story)",
            )
            redone[index] = (document, extract(document))
    return redone


def _days_from_story(day: dt.date, sure: list[dt.date], undated: list[str]) -> int | None:
    """Days between `day` and the middle of the story's other dates, or None when there
    are none."""
    days = sorted([*sure, *(d for text in undated if (d := yearless_date_line(text, day)))])
    return abs((day - days[len(days) // 2]).days) if days else None


_STORY_WEEK = 7  # days: outlets telling one story publish within a week of each other


def _guessed(document: Document) -> bool:
    """Whether the document's date is a low-confidence guess from its text."""
    return document.published_confidence == "low" and document.published_source.startswith("text")
