"""Prison sentences are aligned by whose they are (checker/events/sentences.py): two outlets
giving one defendant's sentence differently disagree; two defendants' sentences, a maximum
penalty and a sentence with no named defendant are never compared. Invented court stories."""

from __future__ import annotations

import pytest

from checker.events.sentences import prison_term
from checker.pipeline import check_story
from tests.test_events import pairs, story


def terms(text: str) -> dict[str, tuple[str, str] | None]:
    result = check_story(story(text))
    return {c.quote: prison_term(c) for c in result.claims if c.kind == "duration"}


@pytest.mark.parametrize(
    ("text", "quote", "term"),
    [
        (
            "A judge on Thursday sentenced former mayor John Doe to 12 years in prison.",
            "12 years",
            ("year", "doe"),
        ),
        (
            "John Doe, the former mayor, was sentenced Thursday to 10 years.",
            "10 years",
            ("year", "doe"),
        ),
        (
            "Bourbon Street shooter Trung Le sentenced to 60 years in prison",
            "60 years",
            ("year", "le"),
        ),
        ("Ricardo Sims, 27, was sentenced to 30 months in prison.", "30 months", ("month", "sims")),
        # controls: a maximum, a judge's name, a place of residence, no name at all
        ("He faces a maximum prison sentence of five years.", "five years", None),
        ("Judge Maria Lopez sentenced him to 10 years.", "10 years", None),
        ("The Mill Street man was sentenced to seven years.", "seven years", None),
        ("He was sentenced to three years in prison.", "three years", None),
    ],
)
def test_a_sentence_is_known_with_its_defendant(
    text: str, quote: str, term: tuple[str, str] | None
) -> None:
    assert terms(text)[quote] == term


def test_one_defendants_sentences_are_compared_and_two_defendants_never() -> None:
    result = check_story(
        story(
            "A judge sentenced John Doe to 12 years in prison and Mary Roe to four years.",
            "John Doe was sentenced to 10 years. Mary Roe was sentenced to four years.",
        )
    )
    assert pairs(result) == [("10 years", "12 years")]
