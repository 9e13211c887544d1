"""What happened to the people a figure counts, when its verb stands apart from it: after an
aside that holds figures of its own, or in a title-case headline with present-tense verbs;
and a toll one apart from another because one counts an unborn child."""

from __future__ import annotations

import datetime as dt

import pytest

from checker.extract.claims import extract_claims
from checker.model import Document, InputStatus, Story
from checker.pipeline import check_story
from tests.test_events import pairs
from tests.test_events import story as two_outlets
from tests.test_reconcile import story


def _measures(text: str) -> dict[str, str]:
    document = Document("d.txt", text, published=dt.date(2016, 5, 2))
    return {c.quote: c.measure.describe() for c in extract_claims(document) if c.kind == "count"}


@pytest.mark.parametrize(
    ("text", "quote", "measure"),
    [
        (
            "Four people, including three children, wounded in Oakland shooting.",
            "Four people",
            "people injured",
        ),
        (
            "Police said six people, three men and three women, were shot by a man.",
            "six people",
            "people shot",
        ),
        (
            "The other four victims -- two men and two women -- were wounded.",
            "four victims",
            "people injured",
        ),
        ("Drive-by shooting injures five people at a gathering.", "five people", "people injured"),
        # a share of the figure's people set off by commas: "most of them", "mostly"
        (
            "At least 18 people, most of them children, were killed.",
            "At least 18 people",
            "people killed",
        ),
        (
            "At least 40 people, mostly civilians, were killed on Sunday.",
            "At least 40 people",
            "people killed",
        ),
        (
            "Some 200 people, many of whom were civilians, were killed.",
            "Some 200 people",
            "people killed",
        ),
        ("Terrorist Attack Kills Two Injures Three", "Two", "people killed"),
        ("Terrorist Attack Kills Two Injures Three", "Three", "people injured"),
    ],
)
def test_the_verb_of_a_figure_apart_from_it(text: str, quote: str, measure: str) -> None:
    assert _measures(text)[quote].startswith(measure)


def test_an_aside_without_a_verb_after_it_gives_no_event() -> None:
    assert _measures("Three people, including two police officers, said they saw him.")[
        "Three people"
    ] == ("people")


def test_a_toll_one_apart_that_may_count_an_unborn_child_is_not_flagged() -> None:
    day = "2016-03-19"
    five = "Five people, including a pregnant woman, were killed at the backyard party."
    six = "The ambush killed six people, among them an unborn child, police said."
    result = check_story(story((five, day), (six, day)))
    killed = [f for f in result.findings if f.group.measure.event == "killed"]
    assert [f.verdict for f in killed] == ["consistent"]
    assert "may include an unborn child" in killed[0].explanation
    seven = "The ambush killed seven people, among them an unborn child, police said."
    result = check_story(story((five, day), (seven, day)))
    assert [f.verdict for f in result.findings if f.group.measure.event == "killed"] == [
        "discrepancy"
    ]


@pytest.mark.parametrize(
    ("text", "quote", "measure"),
    [
        # two harms joined by "and" or "or" over one figure count both: the casualties
        ("Five people were killed and injured in the blast.", "Five people", "casualties"),
        ("The shelling left 30 people dead or wounded.", "30 people", "casualties"),
        (
            "Rockets killed and injured five civilians in the market.",
            "five civilians",
            "casualties",
        ),
        ("The raids killed or wounded 40 people on Monday.", "40 people", "casualties"),
        # the second verb has an object of its own: each verb its own figure
        ("The gunman left three dead and injured two others.", "three dead", "killed"),
        ("The gunman left three dead and injured two others.", "two others", "injured"),
        ("The gunman left three people dead and injured two others.", "two others", "injured"),
        ("Two people were shot and killed near the station.", "Two people", "killed"),
    ],
)
def test_two_harms_over_one_figure_count_the_casualties(
    text: str, quote: str, measure: str
) -> None:
    assert measure in _measures(text)[quote].split(" (")[0]


def test_a_place_right_after_the_figure_before_is_that_figures() -> None:
    # Harasta is the eight's; the day's toll of 20 is the enclave's
    measures = _measures(
        "Air strikes killed 12 people in Dalya and eight in Harmon on Tuesday, bringing the "
        "day's toll in the Western Vale enclave to 20, monitors said."
    )
    # the 12 is one place's of a breakdown by place (checker/extract/coordinated.py)
    assert measures["12 people"].endswith("in dalya (one place of several)")
    assert measures["20"].endswith("in western vale")


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("A man was arrested after holding seven people hostage in a post office.", "seven people"),
        # "Seven hostages freed": those rescued (tests/test_partitives_and_acts.py)
        ("Gunmen took 20 people captive at the hotel.", "20 people"),
    ],
)
def test_those_held_hostage_are_counted_as_such(text: str, quote: str) -> None:
    # not as arrested: the verb of the hostage-taker's arrest tells nothing of them
    assert _measures(text)[quote].split(" (")[0].endswith("held hostage")


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Gunmen abducted 23 passengers from a bus on Sunday.", "23 passengers"),
        (
            "At least 31 passengers were kidnapped when gunmen stopped the bus.",
            "At least 31 passengers",
        ),
        ("Bandits kidnapped more than 80 students from the school.", "more than 80 students"),
    ],
)
def test_those_abducted_are_counted_as_such(text: str, quote: str) -> None:
    assert _measures(text)[quote].split(" (")[0].endswith("abducted")


def test_two_outlets_counts_of_those_abducted_on_one_day_are_compared() -> None:
    first = "Gunmen abducted 23 passengers from a bus on Sunday, police said."
    second = "At least 31 passengers were kidnapped on Sunday when gunmen stopped the bus."
    result = check_story(story((first, "2025-08-04"), (second, "2025-08-04")))
    assert [
        tuple(sorted(c.quote for c in f.group.claims))
        for f in result.findings
        if f.verdict == "discrepancy"
    ] == [("23 passengers", "At least 31 passengers")]
    # the control: the arrested are another count
    control = "Police arrested 23 suspects on Sunday."
    result = check_story(story((control, "2025-08-04"), (second, "2025-08-04")))
    assert not [f for f in result.findings if f.verdict == "discrepancy"]


def test_prisoners_who_escaped_escaped_and_a_lower_count_the_next_day_shrank() -> None:
    found = _measures("Seventy-nine prisoners escaped from the jail. Police arrested 12 prisoners.")
    assert found["Seventy-nine prisoners"].startswith("prisoners escaped")
    assert found["12 prisoners"].startswith("prisoners arrested")  # control: no own predicate
    assert _measures("Of those, 34 of the escapees had been recaptured.")["34"].startswith(
        "people recaptured"
    )
    # an escape's count only grows as it is completed: 79 the day after 97 is a disagreement
    first = Document(
        "a.txt", "Ninety-seven inmates escaped on Sunday.", published=dt.date(2025, 8, 4)
    )
    second = Document(
        "b.txt", "Seventy-nine prisoners escaped on Sunday.", published=dt.date(2025, 8, 5)
    )
    statuses = tuple(InputStatus(d.doc_id, "s", "checked") for d in (first, second))
    result = check_story(Story("s", (first, second), statuses))
    assert [(f.group.measure.event, f.verdict) for f in result.findings] == [
        ("escaped", "discrepancy")
    ]


def test_one_stretch_of_time_up_to_the_report_is_one_period_however_worded() -> None:
    result = check_story(
        two_outlets(
            "Air strikes killed 12 civilians in the past 24 hours, the monitor said.",
            "Air strikes killed 19 civilians over the last day, the monitor said.",
        )
    )
    assert pairs(result) == [("12 civilians", "19 civilians")]
    assert {c.event for c in result.claims if c.kind == "count"} == {"period: the last 24 hours"}
    # a week is another stretch: not compared with a day
    result = check_story(
        two_outlets(
            "Air strikes killed 12 civilians in the past 24 hours, the monitor said.",
            "Air strikes killed 19 civilians over the past week, the monitor said.",
        )
    )
    assert pairs(result) == []


def test_a_noun_that_names_an_event_yields_to_its_own_predicate() -> None:
    """ "Six survivors taken to hospital" are those in hospital, a part of the rescued (they
    had been read as the rescued, and flagged against the nine rescued); "Nine survivors
    were rescued" and "Twenty survivors were found" stay the rescued."""
    found = _measures(
        "Of the six survivors taken to hospital in Kuopio, four were discharged on Tuesday."
    )
    assert found["six survivors"].startswith("people hospitalised")
    assert _measures("Nine survivors were rescued.")["Nine survivors"].startswith("people rescued")
    assert _measures("Twenty survivors were found.")["Twenty survivors"].startswith(
        "people rescued"
    )


def test_the_events_peak_is_one_stretch_of_time_however_worded() -> None:
    """ "At the height of the storm" and "at the peak" name one stretch: the counts then are
    compared; a count of another stretch ("in the past 24 hours") is not."""
    result = check_story(
        two_outlets(
            "At the height of the storm, more than 400,000 customers were without power.",
            "Roughly 210,000 customers were without power at the peak, the utility said.",
        )
    )
    assert pairs(result) == [("Roughly 210,000 customers", "more than 400,000 customers")]
    assert {c.event for c in result.claims if c.kind == "count"} == {"period: at the peak"}
    result = check_story(
        two_outlets(
            "At the height of the storm, more than 400,000 customers were without power.",
            "Roughly 210,000 customers were without power in the past 24 hours.",
        )
    )
    assert pairs(result) == []


def test_villagers_and_locals_are_residents_of_the_story_s_place() -> None:
    """A place's inhabitants told by another noun ("villagers", "locals") are people, as
    residents are: two outlets' counts of those abducted are compared."""
    result = check_story(
        two_outlets(
            "Gunmen abducted 21 villagers during the raid on Saturday, police said.",
            "Twelve people were abducted during the raid on Saturday.",
        )
    )
    assert pairs(result) == [("21 villagers", "Twelve people")]


def test_suspects_arrested_are_among_the_people_arrested() -> None:
    """Of those arrested, suspects are people: more suspects arrested than people arrested
    cannot both be true; fewer can (a part). Suspects killed stay their own whole."""
    result = check_story(
        two_outlets(
            "Nine suspects were arrested in the raid on the warehouse, police said.",
            "Police said four people were arrested in the raid on the warehouse.",
        )
    )
    assert pairs(result) == [("Nine suspects", "four people")]
    part = check_story(
        two_outlets(
            "Three suspects were arrested in the raid on the warehouse, police said.",
            "Police said nine people were arrested in the raid on the warehouse.",
        )
    )
    assert pairs(part) == []
    killed = check_story(
        two_outlets(
            "Police killed nine suspects in the raid on the warehouse.",
            "Four people were killed in the raid on the warehouse.",
        )
    )
    assert pairs(killed) == []


def test_men_arrested_are_among_the_suspects_arrested() -> None:
    """Everyone arrested is a suspect (measures.json everyone_in_event): three men detained
    cannot be among two suspects detained; two men among three suspects can (a woman may be
    the third)."""
    result = check_story(
        two_outlets(
            "Police detained three men in connection with the market bombing.",
            "Two suspects have been detained over the market bombing, police said.",
        )
    )
    assert pairs(result) == [("Two suspects", "three men")]
    part = check_story(
        two_outlets(
            "Police detained two men in connection with the market bombing.",
            "Three suspects have been detained over the market bombing, police said.",
        )
    )
    assert pairs(part) == []


def test_people_taken_into_custody_are_arrested() -> None:
    """ "Eleven people were taken into custody" counts the arrested, as "six arrests were
    made" does: one count, and the two cannot both be true."""
    result = check_story(
        two_outlets(
            "Eleven people were taken into custody in Monday's raids, police said.",
            "Police said six people were arrested in Monday's raids.",
        )
    )
    assert pairs(result) == [("Eleven people", "six people")]


def test_pupils_are_students_and_a_drill_is_no_cause_of_their_illness() -> None:
    """ "110 pupils were rushed to hospital ... following an outdoor earthquake drill" and
    "Sixty-three students ... were brought to hospitals": one count of students (pupils,
    schoolchildren, a student), and no earthquake hurt them (an earthquake drill, a bomb
    threat, a tornado watch: the agent word modifies another noun)."""
    result = check_story(
        two_outlets(
            "At least 110 pupils were rushed to hospital on Tuesday following an outdoor"
            " earthquake drill, officials said.",
            "Sixty-three students were brought to hospitals on Tuesday after they fainted"
            " during a drill, city officials said.",
        )
    )
    assert pairs(result) == [("At least 110 pupils", "Sixty-three students")]
    (pupils,) = [c for c in result.claims if c.quote == "At least 110 pupils"]
    assert pupils.measure.describe() == "students hospitalised (whole event)"
    for text in (
        "Two students were hurt in a fire drill at the school.",
        "Three people were injured when a bomb threat emptied the station.",
    ):
        (claim,) = extract_claims(Document("d.txt", text))
        assert claim.measure.agent == "", text
    (fire,) = extract_claims(Document("d.txt", "Two students were hurt in a fire at the school."))
    assert fire.measure.agent == "fire"


def test_those_charged_as_adults_are_some_of_those_charged() -> None:
    """ "One student was charged as an adult" and "2 students were charged": the other as a
    juvenile, a part and its whole; two counts of those charged as adults still meet."""
    result = check_story(
        two_outlets(
            "One student was charged as an adult in the shooting at the school.",
            "Prosecutors said 2 students were charged in the shooting at the school.",
        )
    )
    assert pairs(result) == []
    (adult,) = [c for c in result.claims if c.quote == "One student"]
    assert adult.measure.describe() == "students charged (as adults or juveniles)"
    both = check_story(
        two_outlets(
            "Two students were charged as adults in the shooting at the school.",
            "Prosecutors said three students were charged as adults in the shooting.",
        )
    )
    assert pairs(both) == [("Two students", "three students")]
