"""Explanations read as English a fact-checker can check against the quotes
(checker/findings/explain.py)."""

from __future__ import annotations

import pytest

from checker.findings.explain import _one_of
from checker.pipeline import check_story
from tests.test_events import story


@pytest.mark.parametrize(
    ("one", "part"),
    [
        ("One person was killed in the attack.", "Two children"),
        ("One person was killed in the attack.", "Two women"),
    ],
)
def test_a_whole_of_one_is_told_in_the_singular(one: str, part: str) -> None:
    """ "exactly 2 children killed cannot outnumber exactly 1 person killed in all", not "1
    people killed": the explanation names one of the counted when the whole is one."""
    result = check_story(story(one, f"{part} were killed in the attack, officials said."))
    explanations = [f.explanation for f in result.findings if f.verdict == "discrepancy"]
    assert explanations, "the part outnumbering a whole of one must be flagged"
    assert "cannot outnumber exactly 1 person killed in all" in explanations[0]


@pytest.mark.parametrize(
    ("counted", "one"),
    [
        ("people", "person"),
        ("children", "child"),
        ("civilians", "civilian"),
        ("police officers", "police officer"),
        ("casualties", "casualty"),
        ("witnesses", "witness"),
        ("staff", "staff"),
    ],
)
def test_one_of_the_counted(counted: str, one: str) -> None:
    assert _one_of(counted) == one
