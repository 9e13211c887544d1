"""The main event's day when the documents date several days alike: the one their
headlines and ledes tell (checker/events/story.py _most_told_day). Invented stories."""

from __future__ import annotations

import datetime as dt

from checker.events.story import _most_told_day, story_model
from checker.pipeline import check_story
from tests.test_events import pairs
from tests.test_reconcile import story as dated

_ROUND_UP = (
    "Suicide bomber kills 4 in hospital\n\n"
    "A suicide bomber killed four people in a hospital on Sunday, a monitor said. The attack"
    " took the war to the ruling family's hometown for the first time, the monitor said,"
    " adding that the bomber had driven an ambulance to the gate of the building before"
    " blowing it up. The town had been spared the fighting that has torn through the rest"
    " of the country, and its residents had long seen it as a haven from the violence of"
    " the conflict, a resident told reporters by telephone.\n\nOn Tuesday,"
    " talks on a truce had stalled. The air force killed at least 10 people east of the"
    " capital on Saturday. On Saturday, eight people were killed when a barrel bomb hit a"
    " building in Aleppo."
)


def test_of_days_as_many_documents_give_the_leads_day_is_the_main_events() -> None:
    sunday, saturday, tuesday = dt.date(2015, 2, 22), dt.date(2015, 2, 21), dt.date(2015, 2, 17)
    every = {"a": {sunday, saturday, tuesday}, "b": {sunday, saturday, tuesday}}
    assert _most_told_day(every, [sunday], {"a": {sunday}, "b": {sunday}}) == sunday
    assert _most_told_day(every, [sunday]) == tuesday  # no lead: the earliest
    # a day more documents give still comes first
    assert _most_told_day({"a": {tuesday}, "b": {tuesday, sunday}}, [sunday], {"b": {sunday}}) == (
        tuesday
    )


def test_a_round_up_two_outlets_repeat_dates_the_news_by_its_lede() -> None:
    """Two outlets run one agency's round-up: Sunday's bombing in the lede, Saturday's other
    attacks and a background Tuesday in the body. The main event is Sunday's, so the eight
    killed on Saturday are not an update of its four."""
    story = dated((_ROUND_UP, "2015-02-22"), (_ROUND_UP, "2015-02-22"))
    result = check_story(story)
    model = story_model(story.documents, result.claims)
    assert model.first_day == dt.date(2015, 2, 22)
    assert pairs(result) == []
