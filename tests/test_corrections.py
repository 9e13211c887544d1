"""A figure an article says is wrong is no claim of it (checker.events.corrections).

News pages correct themselves at their foot ("Correction: An earlier version of this article
said the fire broke out on Monday. It broke out on Tuesday.") or in a denial ("he was 37
years old, not 39"); seen in GVA and BASIL articles and in every invented batch. The wrong
figure must not be compared with other outlets: a reader is told it is wrong. Each case has a
control where the same figure is told as the article's own and must still be flagged, so a
case cannot pass by flagging nothing.
"""

from __future__ import annotations

import pytest

from checker.events.corrections import CORRECTED
from checker.pipeline import check_story
from tests.test_reconcile import flagged, story

DAY = "2025-03-04"
FIRE = "A fire broke out at the Grand Hotel on Tuesday night, killing three guests."

# (name, the correcting article, the same figure told as the article's own)
CASES = [
    (
        "a toll an earlier version gave",
        FIRE + " Correction: An earlier version of this article said five guests were killed"
        " in the fire.",
        FIRE.replace("three", "five"),
    ),
    (
        "an age an earlier version gave",
        FIRE + " The manager, Tom Reed, said guests fled. Correction: An earlier version of"
        " this story gave Reed's age as 24.",
        FIRE + " The manager, Tom Reed, 24, said guests fled.",
    ),
    (
        "an age denied after the right one",
        FIRE + " The manager, Tom Reed, said guests fled. This story has been corrected to"
        " show that Reed is 42, not 24.",
        FIRE + " The manager, Tom Reed, 24, said guests fled.",
    ),
    (
        "a toll denied as first reported",
        "A fire broke out at the Grand Hotel on Tuesday night. Three guests were killed in the"
        " fire, not five as first reported.",
        "A fire broke out at the Grand Hotel on Tuesday night. Five guests were killed in the"
        " fire.",
    ),
]

OTHER = (
    "Three guests died when fire swept through the Grand Hotel on Tuesday night. The hotel"
    " has 58 rooms. Its manager, Tom Reed, 42, said guests fled in their night clothes."
)


@pytest.mark.parametrize(("name", "correcting", "control"), CASES, ids=[c[0] for c in CASES])
def test_a_figure_its_article_corrects_is_compared_with_nothing(
    name: str, correcting: str, control: str
) -> None:
    assert flagged(check_story(story((correcting, DAY), (OTHER, DAY)))) == []
    assert flagged(check_story(story((control, DAY), (OTHER, DAY)))), "control not flagged"


def test_the_corrected_figure_is_told_as_corrected_and_the_right_one_stays() -> None:
    text = (
        "A fire broke out at the Grand Hotel on Tuesday. Correction: An earlier version of"
        " this article said the hotel had 85 rooms; it has 58 rooms."
    )
    result = check_story(story((text, DAY), (OTHER, DAY)))
    events = {c.quote: c.event for c in result.claims if c.document == "d0.txt"}
    assert events["85 rooms"] == CORRECTED
    assert events["58 rooms"] != CORRECTED
    text = (
        "A fire broke out at the Grand Hotel on Tuesday. Correction: An earlier version of"
        " this article said the fire broke out on Monday. It broke out on Tuesday."
    )
    result = check_story(story((text, DAY), (OTHER, DAY)))
    days = [
        (c.quote, c.event == CORRECTED)
        for c in result.claims
        if c.kind == "date" and c.document == "d0.txt"
    ]
    assert days == [("Tuesday", False), ("Monday", True), ("Tuesday", False)]


def test_an_earlier_version_of_a_thing_is_no_correction() -> None:
    text = "In 2014 an earlier version of the company's rocket exploded 15 seconds after lift-off."
    result = check_story(story((text, DAY), (OTHER, DAY)))
    assert all(c.event != CORRECTED for c in result.claims)
