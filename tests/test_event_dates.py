"""Dates of named events ("the offensive began on ...") are measured, aligned and reconciled.

Every case that must not be flagged has a control beside it that must be, so no case can
pass by flagging nothing.
"""

from __future__ import annotations

import datetime as dt

import pytest

from checker.events.frames import MAIN
from checker.extract.claims import extract_claims
from checker.model import Document
from checker.pipeline import check_story
from tests.test_reconcile import flagged, story


def date_measures(text: str, published: str = "2015-10-20") -> list[tuple[str, str]]:
    document = Document("d.txt", text, published=dt.date.fromisoformat(published))
    return [(c.quote, c.measure.describe()) for c in extract_claims(document) if c.kind == "date"]


@pytest.mark.parametrize(
    ("text", "quote", "measure"),
    [
        (
            "The offensive began on October 1, 2014, the army said.",
            "October 1, 2014",
            "start of the offensive",
        ),
        (
            "The ceasefire, which was signed on Nov. 24, held.",
            "Nov. 24",
            "signing of the ceasefire",
        ),
        (
            "Russia launched a ground offensive against rebel-held areas on Oct. 7.",
            "Oct. 7",
            "start of the ground offensive",
        ),
        ("The curfew was lifted on Friday.", "Friday", "end of the curfew"),
        ("Authorities imposed a curfew on Friday.", "Friday", "start of the curfew"),
        ("The second attack took place on March 3.", "March 3", "date of the second attack"),
        (
            "The earthquake struck on Tuesday, killing 300 people.",
            "Tuesday",
            "date of the earthquake",
        ),
        ("The election will be held on Nov. 3.", "Nov. 3", "date of the election"),
        ("The truce came into force on Saturday.", "Saturday", "entry into force of the truce"),
    ],
)
def test_an_event_noun_and_its_verb_say_what_a_date_dates(
    text: str, quote: str, measure: str
) -> None:
    assert (quote, measure) in date_measures(text)


@pytest.mark.parametrize(
    "text",
    [
        # another clause comes between the verb and the date
        "The ceasefire was agreed and fighting resumed on Monday.",
        # a range: Friday is where it began, Sunday where it ended
        "Police said the shootings took place from Friday through Sunday.",
        # a plan, not a date of the event
        "The talks are expected to begin on Monday.",
        "The meeting was scheduled to be held on Thursday.",
        # a comparison, not the start of a period
        "The boxer was fighting for the first time since 2005.",
        # no event noun
        "He opened fire on Sunday.",
    ],
)
def test_dates_that_date_no_named_event_measure_nothing(text: str) -> None:
    assert all(measure == "unknown" for _, measure in date_measures(text))


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        # what started is named after "since" or held by the verb: another thing's start
        ("Air strikes have killed 90 people here since peace talks broke off in April.", ""),
        ("Rebels backed by air strikes launched an offensive to retake the town on May 31.", ""),
        ("It is the worst fighting since the battle for the city last year, amid air strikes.", ""),
        # a trend's start: "since" after a verb of change
        ("Global cholera cases have risen sharply since 2021, the outbreak's agency says.", ""),
        # the campaign or war itself, or a pronoun standing for it
        ("Air strikes have killed 600 people since September 2014.", "start of the airstrikes"),
        ("Russia began its air campaign on September 30.", "start of the airstrikes"),
        ("The war has killed 250,000 people since it started in 2011.", "start of the war"),
        (
            "Since fighting between the army and rebels began in July, many fled.",
            "start of the fighting",
        ),
        ("The war has raged since the start of the uprising in 2011.", "start of the war"),
        # the agent of the next clause starts nothing of this one's: clinic visits since
        # April are no start of the virus's outbreak
        (
            "Some 1,500 people have turned to clinics after tick bites since April, and the "
            "department said one in six ticks carried the virus.",
            "",
        ),
        (
            "Air strikes have killed 600 people since September 2014, and the monitor said "
            "more died.",
            "start of the airstrikes",
        ),
    ],
)
def test_a_since_date_starts_the_campaign_only_when_its_words_name_it(
    text: str, measure: str
) -> None:
    ((_, found),) = date_measures(text)
    assert found == (measure or "unknown")


def test_an_address_is_not_a_year() -> None:
    quotes = [q for q, _ in date_measures("A shooting happened on Thursday in the 1900 block.")]
    assert quotes == ["Thursday"]


def test_two_days_for_the_start_of_one_offensive_are_flagged_with_both_dates() -> None:
    result = check_story(
        story(
            ("The offensive began on September 30 last year, officials said.", "2015-09-08"),
            ("The offensive began on October 1, 2014, according to the army.", "2016-02-16"),
        )
    )
    assert flagged(result) == [("October 1, 2014", "September 30 last year")]
    (finding,) = [f for f in result.findings if f.verdict == "discrepancy"]
    assert "2014-09-30 and 2014-10-01 do not overlap: 1 day apart" in finding.explanation


def test_a_day_inside_a_part_of_a_month_agrees_and_a_day_outside_it_does_not() -> None:
    inside = check_story(
        story(
            ("The ceasefire was signed on Nov. 24.", "2015-12-01"),
            ("The ceasefire was signed in late November.", "2016-02-16"),
        )
    )
    assert flagged(inside) == []
    assert any(g.measure.describe() == "signing of the ceasefire" for g in inside.groups)
    outside = check_story(
        story(
            ("The ceasefire was signed on Nov. 4.", "2015-12-01"),
            ("The ceasefire was signed in late November.", "2016-02-16"),
        )
    )
    assert flagged(outside) == [("Nov. 4", "late November")]


def test_different_events_of_one_noun_are_not_compared() -> None:
    result = check_story(
        story(
            ("The truce was signed on Nov. 4 and the ban was lifted on Nov. 9.", "2015-12-01"),
            ("The truce came into force on Nov. 9.", "2015-12-01"),
        )
    )
    assert flagged(result) == []
    control = check_story(
        story(
            ("The truce was signed on Nov. 4.", "2015-12-01"),
            ("The truce was signed on Nov. 9.", "2015-12-01"),
        )
    )
    assert flagged(control) == [("Nov. 4", "Nov. 9")]


def test_a_weekday_counted_from_a_guessed_publication_date_is_not_compared() -> None:
    def document(text: str, confidence: str) -> Document:
        return Document(
            "d.txt", text, published=dt.date(2015, 11, 20), published_confidence=confidence
        )

    for confidence, measured in (("low", False), ("medium", False), ("high", True), ("", True)):
        claims = extract_claims(document("The offensive began on Friday.", confidence))
        assert (claims[0].measure.event == "start") is measured, confidence
    named = extract_claims(document("The offensive began on Nov. 13.", "low"))
    assert named[0].measure.describe() == "start of the offensive"


def test_late_one_day_and_early_the_next_are_one_night_but_two_days_apart_are_not() -> None:
    night = check_story(
        story(
            ("The shooting happened late Saturday, police said.", "2016-05-02"),
            ("The shooting happened early Sunday, police said.", "2016-05-02"),
        )
    )
    assert flagged(night) == []
    assert any(g.measure.describe() == "date of the shooting" for g in night.groups)
    apart = check_story(
        story(
            ("The shooting happened late Friday, police said.", "2016-05-02"),
            ("The shooting happened early Sunday, police said.", "2016-05-02"),
        )
    )
    assert flagged(apart) == [("early Sunday", "late Friday")]


def test_another_shooting_and_a_round_up_date_no_event_of_the_story() -> None:
    for text in (
        "Another shooting happened on Saturday, police said.",
        "In separate shootings across the city, a shooting happened on Saturday.",
    ):
        assert date_measures(text, "2016-05-02") == [("Saturday", "unknown")], text


def test_a_day_right_after_a_verb_of_the_incident_dates_the_incident() -> None:
    """ "The boat capsized late on Sunday" and "capsized late on Saturday": two days for
    one incident; "another boat capsized on", or a year, date nothing."""
    assert date_measures("The boat capsized late on Sunday, police said.", "2015-10-20") == [
        ("Sunday", "date of the incident")
    ]
    assert date_measures("Another boat capsized on Sunday.", "2015-10-20") == [
        ("Sunday", "unknown")
    ]
    assert date_measures("A ferry capsized in 2009 on the same lake.", "2015-10-20") == [
        ("2009", "unknown")
    ]
    result = check_story(
        story(
            ("The boat capsized late on Sunday, police said.", "2015-10-20"),
            ("The boat capsized late on Saturday, police said.", "2015-10-20"),
        )
    )
    assert flagged(result)
    same = check_story(
        story(
            ("The boat capsized late on Sunday, police said.", "2015-10-20"),
            ("The boat capsized on Sunday, police said.", "2015-10-20"),
        )
    )
    assert not flagged(same)


def test_when_a_thing_was_built_is_a_fact_outlets_can_disagree_on() -> None:
    """ "The dam, built in 1978" and "The dam, completed in 1986": one fact, two years;
    "opened" is another fact than "built", and a pronoun names no thing."""
    assert date_measures("The Kellan dam, built in 1978 to supply water, failed.") == [
        ("1978", "building of the dam")
    ]
    assert date_measures("The ferry, which was built in Japan in 1998, sank.") == [
        ("1998", "building of the ferry")
    ]
    assert date_measures("Its best result since it was founded in 1994.") == [("1994", "unknown")]
    result = check_story(
        story(
            ("The Kellan dam, built in 1978 to supply water, failed.", "2025-05-06"),
            ("The dam, completed in 1986, is an earth-fill structure.", "2025-05-06"),
        )
    )
    assert flagged(result) == [("1978", "1986")]
    opened = check_story(
        story(
            ("The bridge, built in 1972, collapsed on Monday.", "2025-05-06"),
            ("The bridge, which opened in 1974, collapsed on Monday.", "2025-05-06"),
        )
    )
    assert flagged(opened) == []


def test_an_outbreaks_first_case_is_dated_by_its_confirmation() -> None:
    assert date_measures("The first cases were recorded on June 24 in two towns.") == [
        ("June 24", "confirmation of the first case")
    ]
    result = check_story(
        story(
            ("The first cases were recorded on June 24 in two towns.", "2025-07-02"),
            ("The first cases were recorded on June 17 at a clinic.", "2025-07-02"),
        )
    )
    assert flagged(result) == [("June 17", "June 24")]
    # a county's first cases are not the outbreak's first case
    assert date_measures("Two counties reported their first cases on Monday.")[0][1] == "unknown"


def test_the_clause_of_a_things_making_tells_its_own_time_only() -> None:
    """ ", founded in 1952 in Leicester," is the company's making: its year is no period of
    the figures around it and its town is no place of another incident."""
    text = (
        "Toymaker Brightwell agrees takeover\n\nLONDON - Toymaker Brightwell agreed to a"
        " takeover by Halden in London on Monday. Brightwell, founded in 1952 in Leicester,"
        " operates seven factories and employs about 6,200 people."
    )
    result = check_story(story((text, "2025-01-20")))
    found = {c.quote: c for c in result.claims}
    assert found["about 6,200 people"].event == MAIN
    assert not found["about 6,200 people"].as_of.startswith("1952")
    assert found["1952"].as_of == "1952"  # the making itself keeps its year
