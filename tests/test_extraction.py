"""Extraction specified by tables of examples (tests/examples.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.extract.claims import extract_claims
from checker.model import Claim, Document
from checker.reports.tables import claim_row
from tests.examples import SEEDS, WRITTEN, Example, Expect
from tests.examples_quantities import WRITTEN_QUANTITIES


def claims_of(example: Example) -> tuple[Claim, ...]:
    document = Document(
        doc_id="example", text=example.text, published=dt.date.fromisoformat(example.published)
    )
    return extract_claims(document)


def find(claims: tuple[Claim, ...], expect: Expect) -> Claim:
    matching = [c for c in claims if c.kind == expect.kind and expect.quote in c.quote]
    assert matching, (
        f"no {expect.kind} claim quoting {expect.quote!r}; got {[(c.kind, c.quote) for c in claims]}"
    )
    return matching[0]


def check_expectation(claim: Claim, expect: Expect) -> None:
    row = claim_row(claim)
    for field in ("value", "low", "high", "qualifier", "unit", "change"):
        wanted = getattr(expect, field)
        if wanted is not None:
            assert row[field].lower() == wanted.lower(), (
                f"{field} of {claim.quote!r}: {row[field]!r} != {wanted!r}"
            )
    if expect.event is not None:
        assert claim.measure.event == expect.event, (
            f"event of {claim.quote!r}: {claim.measure.event!r}"
        )


@pytest.mark.parametrize("example", SEEDS + WRITTEN + WRITTEN_QUANTITIES, ids=lambda e: e.text[:40])
def test_example(example: Example) -> None:
    claims = claims_of(example)
    for expect in example.expected:
        check_expectation(find(claims, expect), expect)
    figures = {c.quote.strip() for c in claims if c.kind in ("count", "amount", "percent")}
    for text in example.absent:
        assert text not in figures, f"{text!r} read as a figure in {example.text!r}"
        assert not any(c.value == text for c in claims if c.kind in ("count", "amount")), text


@pytest.mark.parametrize(
    "text", ["The attacks of 9/11 changed everything.", "He scored 2 in 2015 and 5 in 10 days."]
)
def test_dates_and_counts_are_not_ratios(text: str) -> None:
    claims = claims_of(Example(text))
    assert not [c.quote for c in claims if c.kind == "fraction"]


def test_offsets_point_at_the_quote() -> None:
    for example in SEEDS:
        for claim in claims_of(example):
            assert example.text[claim.start : claim.end] == claim.quote
            assert claim.quote in claim.sentence


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400))
def test_extraction_never_crashes(text: str) -> None:
    document = Document(doc_id="fuzz", text=text, published=dt.date(2016, 2, 12))
    for claim in extract_claims(document):
        assert 0 <= claim.start <= claim.end <= len(text)
        assert text[claim.start : claim.end] == claim.quote


NUMBERISH = st.lists(
    st.sampled_from(
        [
            "more than",
            "nearly",
            "at least",
            "250,000",
            "1,400",
            "one million",
            "half",
            "the",
            "people",
            "killed",
            "in",
            "2016",
            "Syria",
            "since",
            "September",
            "-",
            ",",
            ".",
            "dozens",
            "of",
            "$",
            "3.5",
            "percent",
            "injured",
            "F-16",
            "16/02/16",
            "\u00a0",
            "\u2014",
            "said",
            "according to",
            "SOHR",
        ]
    ),
    max_size=40,
)


@settings(max_examples=300, deadline=None)
@given(NUMBERISH)
def test_numberish_text_never_crashes(words: list[str]) -> None:
    text = " ".join(words)
    document = Document(doc_id="fuzz", text=text, published=None)
    for claim in extract_claims(document):
        assert text[claim.start : claim.end] == claim.quote
        low, high = claim.interval.low, claim.interval.high
        assert low is None or high is None or low <= high
