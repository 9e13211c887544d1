"""Days of events told by weekdays' names in pages without a day of publication.

An undated page's "the boat capsized on Tuesday" falls in no known week, but two outlets
that name two different weekdays for one event cannot both be right: the days are as far
apart as their names, the nearer way round. A night and the next early morning may be one
moment either side of midnight; one weekday named twice agrees.
"""

from __future__ import annotations

import io

from rich.console import Console

from checker.extract.claims import extract_claims
from checker.model import Document, Report
from checker.pipeline import check_story
from checker.reports.render import render_report
from tests.test_events import undated_story
from tests.test_reconcile import flagged, story


def _explanations(*texts: str) -> list[str]:
    result = check_story(undated_story(*texts))
    return [pair.explanation for f in result.findings for pair in f.pairs]


def test_two_weekdays_named_for_one_incident_by_undated_pages_conflict() -> None:
    result = check_story(
        undated_story(
            "Ferry sinks\n\nThe ferry capsized on Tuesday near Korsa, the coastguard said.",
            "Ferry disaster\n\nThe ferry capsized on Thursday near Korsa, officials said.",
        )
    )
    assert flagged(result) == [("Thursday", "Tuesday")]
    (finding,) = result.findings
    assert finding.group.measure.describe() == "date of the incident"
    (pair,) = finding.pairs
    assert "a Tuesday and a Thursday are different days: 2 days apart" in pair.explanation


def test_a_dated_event_told_by_weekdays_in_undated_pages_is_compared_too() -> None:
    explanations = _explanations(
        "The shooting happened late on Saturday, police said.",
        "The shooting happened on Monday, police said.",
    )
    assert len(explanations) == 1
    assert "a Saturday and a Monday are different days" in explanations[0]


def test_one_weekday_or_one_night_either_side_of_midnight_agrees() -> None:
    assert not _explanations(
        "The ferry capsized on Tuesday, the coastguard said.",
        "The ferry capsized late on Tuesday, officials said.",
    )
    assert not _explanations(
        "The blast on Friday night shook the town.",
        "The explosion early on Saturday shook the town.",
    )
    assert _explanations(
        "The blast on Friday night shook the town.",
        "The explosion on Saturday night shook the town.",
    )


def test_an_undated_pages_time_of_day_is_a_date_of_its_weekday() -> None:
    claims = extract_claims(Document("d.txt", "The blast on Friday night shook the town."))
    (date,) = [c for c in claims if c.kind == "date"]
    assert (date.quote, date.value, date.qualifier) == ("Friday night", "XXXX-WXX-5", "end")
    assert date.measure.describe() == "date of the incident"


def test_the_table_shows_a_dates_day_not_a_number() -> None:
    result = check_story(
        story(
            ("The ferry capsized on Tuesday, the coastguard said.", "2026-03-04"),
            ("The ferry capsized on Monday, officials said.", "2026-03-04"),
        )
    )
    undated = check_story(
        undated_story(
            "The ferry capsized on Tuesday, the coastguard said.",
            "The ferry capsized on Thursday, officials said.",
        )
    )
    console = Console(file=io.StringIO(), width=200, force_terminal=True, color_system=None)
    render_report(Report((result, undated)), console)
    table = console.file.getvalue()
    for day in ("2026-03-03", "2026-03-02", "a Tuesday", "a Thursday"):
        assert f"│ {day}" in table, day
    assert "at least 0" not in table
