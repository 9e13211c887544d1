"""Page furniture and idioms are not figures, class by class (tests/examples_junk.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.extract import filters, junk, junk_names
from checker.extract.claims import extract_claims
from checker.extract.filters import not_a_figure
from checker.extract.junk import junk_class
from checker.extract.numbers import find_numbers
from checker.extract.text import fold_text, may_end_with, trailing_word
from checker.model import Claim, Document
from tests.examples_junk import (
    CLASSES,
    CLOCK_MINUTES,
    DURATIONS,
    NAMED_DURATIONS,
    PLAYLISTS,
    SIGN_UP_BOXES,
    SOMEDAY,
    WIDGETS,
    JunkExample,
)

CASES = [(name, example) for name, examples in CLASSES.items() for example in examples]


def _claims(text: str) -> tuple[Claim, ...]:
    return extract_claims(Document(doc_id="x", text=text, published=dt.date(2016, 5, 2)))


@pytest.mark.parametrize(
    ("name", "example"), CASES, ids=lambda v: v[:40] if isinstance(v, str) else v.text[:40]
)
def test_junk_numbers_belong_to_their_class(name: str, example: JunkExample) -> None:
    folded = fold_text(example.text)
    mentions = [m for m in find_numbers(folded) if m.text.lower() in example.junk]
    assert sorted(m.text.lower() for m in mentions) == sorted(example.junk)
    for mention in mentions:
        assert junk_class(folded, mention) == name, mention.text
        assert not_a_figure(folded, mention), mention.text


@pytest.mark.parametrize(
    ("name", "example"), CASES, ids=lambda v: v[:40] if isinstance(v, str) else v.text[:40]
)
def test_junk_is_not_claimed_and_figures_stay(name: str, example: JunkExample) -> None:
    claims = [c for c in _claims(example.text) if c.kind != "date"]
    junk_starts = {
        m.start for m in find_numbers(fold_text(example.text)) if m.text.lower() in example.junk
    }
    assert not [c.quote for c in claims if c.start in junk_starts]
    for quote in example.kept:
        assert any(quote in c.quote for c in claims), (quote, [c.quote for c in claims])


@pytest.mark.parametrize(("text", "is_duration"), SOMEDAY)
def test_one_day_as_some_day_is_not_a_duration(text: str, is_duration: bool) -> None:
    durations = [c for c in _claims(text) if c.kind == "duration" and c.value == "P1D"]
    assert bool(durations) == is_duration


@pytest.mark.parametrize(("text", "quote", "is_duration"), NAMED_DURATIONS)
def test_durations_in_names_are_not_durations(text: str, quote: str, is_duration: bool) -> None:
    durations = [c for c in _claims(text) if c.kind == "duration" and c.quote.startswith(quote)]
    assert bool(durations) == is_duration


@pytest.mark.parametrize(("text", "quote", "is_duration"), SIGN_UP_BOXES + CLOCK_MINUTES)
def test_durations_in_sign_up_boxes_and_clocks_are_not_durations(
    text: str, quote: str, is_duration: bool
) -> None:
    durations = [c for c in _claims(text) if c.kind == "duration" and c.quote.startswith(quote)]
    assert bool(durations) == is_duration


@pytest.mark.parametrize(("text", "quote", "kind", "value", "unit"), DURATIONS)
def test_durations_are_timex3_and_ages_are_ages(
    text: str, quote: str, kind: str, value: str, unit: str
) -> None:
    found = [(c.kind, c.value, c.unit) for c in _claims(text) if c.quote.startswith(quote)]
    assert found == [(kind, value, unit)]


@pytest.mark.parametrize("example", PLAYLISTS, ids=lambda e: e.text[30:70])
def test_playlist_titles_of_other_stories_are_not_claimed(example: JunkExample) -> None:
    _assert_furniture_not_claimed(example)


@pytest.mark.parametrize("example", WIDGETS, ids=lambda e: e.text[:40])
def test_widgets_are_not_claimed(example: JunkExample) -> None:
    _assert_furniture_not_claimed(example)


def _assert_furniture_not_claimed(example: JunkExample) -> None:
    claims = [c for c in _claims(example.text) if c.kind != "date"]
    junk_starts = {
        m.start for m in find_numbers(fold_text(example.text)) if m.text.lower() in example.junk
    }
    assert len(junk_starts) == len(example.junk)
    assert not [c.quote for c in claims if c.start in junk_starts]
    for quote in example.kept:
        assert any(quote in c.quote for c in claims), (quote, [c.quote for c in claims])


_BEFORE_PIECES = ["Route", "U.S.", "I", "State  Route", "near", "Location:", "in front of", "at"]
_BEFORE_PIECES += ["Jan", "Sept", "Sep", "May", ".", " ", "-", " - ", "\n", "#", "No", "box"]
_BEFORE_PIECES += ["KPRC", "WSB-TV", "News", "Sky", "Eyewitness News", "flight", "x", "a", "Z"]
_BEFORE_PIECES += ["\u017f", "\u212a", "é", "po box", "PO Box", "highway", "(", "'", "9"]
_BEFORE_PIECES += ["Photo", "images", "of", "/", ":", "12", "(c)", "\u00a9", "Copyright", "2019"]
_BEFORE_PIECES += ["S&P", "FTSE", "pp", "Vol", "Nature", ",", "(3)", "$", "\u20ac", "Pics"]
_BEFORE_PIECES += ["(555)", "5", "5)", "/", ") ", ")\n"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_BEFORE_PIECES), max_size=8).map("".join))
def test_the_last_word_tests_rule_out_only_what_the_patterns_do_not_find(before: str) -> None:
    """Each cheap test of the last word before a number lets through every text whose
    pattern finds something there."""
    words, patterns = junk._last_words(), junk._patterns()
    names = junk_names._patterns()
    for key, pattern in (
        ("road_names_before", patterns["road_before"]),
        ("location_prepositions", patterns["location_before"]),
        ("months", patterns["month_before"]),
    ):
        if pattern.search(before):
            assert may_end_with(before, words[key]), key
    if filters._identifier().search(before):
        assert may_end_with(before, filters._identifier_last_words())
    if names["station_before"].search(before):
        assert may_end_with(before, junk_names._station_words_before())
    if names["acronym_before"].search(before):
        word = trailing_word(before)
        assert word is None or word.isupper() or word == "News"
    checks = filters._patterns()
    if checks["designation"].search(before):
        assert before.removesuffix("\n").removesuffix("-")[-1:].isalpha()
    if checks["code_before"].search(before):
        assert filters._may_end_code(before)
    if checks["gallery"].search(before):
        assert filters._gallery(checks, before)
    if checks["copyright"].search(before):
        assert filters._copyright(checks, before)
    if checks["clock_before"].search(before):
        assert before.endswith((":", ":\n"))
    if checks["index_before"].search(before):
        assert may_end_with(before, filters._index_last_words())
    last = before.rstrip()[-1:]
    if patterns["pages_before"].search(before):
        assert last in (".", ":")
    if patterns["journal_pages"].search(before):
        assert last == ","
    if patterns["money_before"].search(before):
        assert patterns["money_before"].search(before, max(0, len(before) - 3))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Disney agreed to buy 21st Century Fox in a $54 billion deal on Thursday.", True),
        ("The Twentieth Century Fund paid $2 million for the study on Thursday.", True),
        ("Life in the 21st Century Is Hard, the $2 million study said on Thursday.", False),
        ("Prices doubled in the 20th century, the $2 million study said on Thursday.", False),
    ],
)
def test_a_century_in_a_name_is_no_date_and_dates_nothing(text: str, name: bool) -> None:
    document = Document("d.txt", text, published=dt.date(2017, 12, 14))
    claims = extract_claims(document)
    centuries = [c for c in claims if c.kind == "date" and "entury" in c.quote]
    (amount,) = [c for c in claims if c.kind == "amount"]
    assert (centuries == []) is name
    if name:  # the amount is dated by its sentence's Thursday, not by the century
        assert amount.as_of == "2017-12-14"


def test_an_amount_counts_no_event() -> None:
    document = Document("d.txt", "Disney strikes $66 billion deal for Fox assets.\n")
    (amount,) = [c for c in extract_claims(document) if c.kind == "amount"]
    assert amount.measure.event == ""


def test_a_number_word_glued_to_digits_is_a_name() -> None:
    text = "Two men were shot outside a 7-Eleven and 24-Seven Fitness."
    folded = fold_text(text)
    words = [m for m in find_numbers(folded) if m.form == "words" and m.start > 0]
    assert [m.text for m in words] == ["Eleven", "Seven"]
    assert all(not_a_figure(folded, m).startswith("part of a name") for m in words)
    quotes = [c.quote for c in extract_claims(Document("d", text))]
    assert quotes == ["Two men"]


@pytest.mark.parametrize(
    ("text", "furniture"),
    [
        ("Copyright 2017 WAVE 3 News. All rights reserved.", True),
        ("\u00a9 2016 Cable News Network. A Time Warner Company.", True),
        ("Copyright \u00a9 2005-2015 The Associated Press.", True),
        ("(c) 2014 Reuters. Click for restrictions.", True),
        ("The law was passed in 2015, copyright holders said.", False),
    ],
)
def test_a_copyright_notices_year_is_page_furniture(text: str, furniture: bool) -> None:
    """A notice's year dates the page's rights, not what it reports: two pages' notices
    would otherwise 'support' each other in a review, or date nothing at all."""
    claims = extract_claims(Document("d.txt", text, published=dt.date(2017, 12, 14)))
    years = [c for c in claims if c.kind == "date"]
    assert (years == []) is furniture
