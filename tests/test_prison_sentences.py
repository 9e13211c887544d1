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


@pytest.mark.parametrize(
    ("text", "quote", "term"),
    [
        ("Marcus Teo was jailed for nine years on Thursday.", "nine years", ("year", "teo")),
        ("Marcus Teo was given nine years in jail.", "nine years", ("year", "teo")),
        ("Marcus Teo gets 12 years behind bars.", "12 years", ("year", "teo")),
        ("Marcus Teo received a nine-year prison term.", "nine-year", ("year", "teo")),
        ("The court handed Marcus Teo a jail term of nine years.", "nine years", ("year", "teo")),
        # a term faced, a term served long ago, time given for something else: no sentence
        ("Marcus Teo faces nine years in prison.", "nine years", None),
        ("Marcus Teo spent nine years in prison in the 1990s.", "nine years", None),
        ("Marcus Teo was given nine days to appeal.", "nine days", None),
    ],
)
def test_a_term_told_by_a_verb_of_jailing_or_giving_is_a_sentence(
    text: str, quote: str, term: tuple[str, str] | None
) -> None:
    assert terms(text)[quote] == term


def test_one_defendants_sentence_told_with_other_verbs_is_compared() -> None:
    found = pairs(
        check_story(
            story(
                "Marcus Teo was sentenced on Thursday to 14 years for fraud.",
                "Marcus Teo was jailed for nine years on Thursday.",
            )
        )
    )
    assert found == [("14 years", "nine years")]
