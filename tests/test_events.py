"""The story event model, frames, timelines and pairwise findings (checker/events/).

Each example is written for a class of cases seen across the measurement corpora (GVA,
ECB+, newsclusters); none copies a corpus sentence.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from checker.events.frames import SEVERAL, Frame, frame_of
from checker.events.relations import BROADER, NARROWER, SAME, relation
from checker.model import Document, InputStatus, Story, StoryResult
from checker.pipeline import check_story

_FILLER = "Officials gave details of the attack at a news conference in the city. " * 5


def story(*texts: str, date: str = "2016-07-27") -> Story:
    documents = tuple(
        Document(
            doc_id=f"d{i}.txt",
            text=text,
            story="s",
            published=dt.date.fromisoformat(date),
            published_source="test",
        )
        for i, text in enumerate(texts)
    )
    return Story("s", documents, tuple(InputStatus(d.doc_id, "s", "checked") for d in documents))


def pairs(result: StoryResult) -> list[tuple[str, str]]:
    quotes = {c.claim_id: c.quote for c in result.claims}
    return sorted(
        tuple(sorted((quotes[p.first], quotes[p.second]))) for f in result.findings for p in f.pairs
    )


def event_of(result: StoryResult, quote: str) -> str:
    (claim,) = [c for c in result.claims if c.quote == quote]
    return claim.event


# --- which event a figure belongs to ------------------------------------------------------

BACKGROUND = [
    # the war as a whole
    (
        "The war, which began in 2011, has killed more than 280,000 people.",
        "more than 280,000 people",
        "the war as a whole",
    ),
    (
        "It was one of the worst days of the conflict, in which 400,000 people have been killed.",
        "400,000 people",
        "the war as a whole",
    ),
    (
        "More than 100,000 people have been killed in the conflict so far.",
        "More than 100,000 people",
        "the war as a whole",
    ),
    # a stretch of time
    (
        "In the past two weeks more than 200 civilians have been killed in the city.",
        "more than 200 civilians",
        "period: the last 14 days",
    ),
    ("This month alone, 37 people have died in the camps.", "37 people", "period 2016-07"),
    ("So far this year, 37 people have died in the camps.", "37 people", "period 2016"),
    # the peak of a count that changes, not its state now
    (
        "At the peak, nearly 600,000 customers were without power.",
        "nearly 600,000 customers",
        "period: at the peak",
    ),
    # an earlier event told as background
    (
        "It was the deadliest attack since a bombing killed 12 people in the market.",
        "12 people",
        "another event",
    ),
    (
        "Last year, a similar blast killed 40 people at the same checkpoint.",
        "40 people",
        "period 2015",
    ),
    (
        "In a similar attack, a blast killed 40 people at the same checkpoint.",
        "40 people",
        "another event",
    ),
]


@pytest.mark.parametrize(("sentence", "quote", "event"), BACKGROUND)
def test_background_figures_get_their_own_event(sentence: str, quote: str, event: str) -> None:
    result = check_story(story("A car bomb killed 44 people on Wednesday. " + sentence))
    assert event_of(result, quote) == event
    assert event_of(result, "44 people") == "main event"


def test_a_background_toll_is_never_compared_with_the_main_events() -> None:
    result = check_story(
        story(
            "A car bomb killed 44 people on Wednesday.",
            "A car bomb killed 45 people on Wednesday. The war has killed more than 280,000 people.",
        )
    )
    assert pairs(result) == [("44 people", "45 people")]


def test_outlets_telling_the_same_background_event_are_compared() -> None:
    result = check_story(
        story(
            "A car bomb killed 44 people. The war has killed more than 280,000 people.",
            "A car bomb killed 44 people. The war has killed more than 400,000 people.",
        )
    )
    assert pairs(result) == [("more than 280,000 people", "more than 400,000 people")]
    (finding,) = [f for f in result.findings if f.verdict == "discrepancy"]
    assert finding.group.event == "the war as a whole"


def test_a_sentence_dated_well_apart_from_the_main_event_tells_another_one() -> None:
    result = check_story(
        story(
            "A car bomb killed 44 people in the town on July 27, 2016.",
            "A car bomb killed 44 people in the town on July 27, 2016. "
            "On May 3, 2016, a car bomb killed 12 people in the same town.",
        )
    )
    assert event_of(result, "12 people") == "period 2016-05-03"
    assert pairs(result) == []


def test_a_sentence_naming_a_place_no_lede_names_tells_another_incident() -> None:
    # a round-up tells the day's other shellings beside the story's own: their place is
    # named in no headline or lede; outlets telling that incident are compared together
    lede = "Rebel rockets killed 8 people in Aleppo on Thursday, state media said. "
    result = check_story(
        story(
            lede + _FILLER + "Shelling in Musraba killed three people.",
            lede + _FILLER + "Shelling in Musraba killed five people.",
            lede,
            lede,
            lede,
        )
    )
    assert event_of(result, "three people") == "event at musraba"
    assert pairs(result) == [("five people", "three people")]
    # the group names the place as its figures write it, not by the key frames compare
    # ("masraba", checker.extract.where.spelling_key)
    (musraba,) = [g for g in result.groups if g.claims[0].quote == "three people"]
    assert musraba.describe() == "people killed by shelling in musraba [event at musraba]"
    # a country restricts nothing, and a place a lede names is the main event's
    same = check_story(
        story(
            lede + _FILLER + "The rockets killed eight people in Syria.",
            lede + _FILLER + "The shells killed six people in eastern Aleppo.",
        )
    )
    assert event_of(same, "eight people") == "main event"
    assert event_of(same, "six people") == "main event"
    # where a source speaks from is not where the incident was
    quoted = check_story(
        story(
            lede + _FILLER + "Reporters in Damascus said the rockets killed nine people.",
            lede,
            lede,
        )
    )
    assert event_of(quoted, "nine people") == "main event"


def test_a_title_case_headline_names_no_place() -> None:
    result = check_story(
        story(
            "Two Killed In Terrorist Attack In Aleppo City\n\nRebel rockets killed two people in"
            " Aleppo on Thursday.",
            "Rebel rockets killed two people in Aleppo on Thursday.",
        )
    )
    assert {c.event for c in result.claims if c.kind == "count"} == {"main event"}


# --- frames: parts and wholes from the hierarchy and from fields left open ------------------


K = ("main event", "killed")


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (Frame(*K, "civilians"), Frame(*K, "people"), NARROWER),
        (Frame(*K, "people"), Frame(*K, "children"), BROADER),
        (
            Frame(*K, "people", agent="russian airstrikes"),
            Frame(*K, "people", agent="airstrikes"),
            NARROWER,
        ),
        (Frame(*K, "people"), Frame(*K, "people"), SAME),
        # an agent or place left open is the event's (filled from the document when it names one)
        (Frame(*K, "people", place="aleppo"), Frame(*K, "people"), SAME),
        (Frame(*K, "civilians"), Frame(*K, "people", agent="shelling"), NARROWER),
        # a document naming several agents or places: its open figure stands for none of them
        (Frame(*K, "people", place="aleppo"), Frame(*K, "people", place=SEVERAL), None),
        (Frame(*K, "people", agent="shelling"), Frame(*K, "people", agent="airstrikes"), None),
        # narrower in two different fields: not comparable
        (
            Frame(*K, "civilians"),
            Frame(*K, "people", agent="russian airstrikes", place="idlib"),
            NARROWER,
        ),
        (
            Frame(*K, "civilians", agent="russian airstrikes"),
            Frame(*K, "people", agent="airstrikes"),
            NARROWER,
        ),
        (
            Frame(*K, "people", agent="russian airstrikes"),
            Frame(*K, "civilians", agent="airstrikes"),
            None,
        ),
        (Frame(*K, "people"), Frame("the war as a whole", "killed", "people"), None),
        (Frame(*K, "soldiers"), Frame(*K, "people"), None),
        # a place no headline or lede names is a part of the story's ground
        (Frame(*K, "people", place="oweijel", part_place=True), Frame(*K, "people"), NARROWER),
        (Frame(*K, "people"), Frame(*K, "people", place="oweijel", part_place=True), BROADER),
        (
            Frame(*K, "people", place="oweijel", part_place=True),
            Frame(*K, "people", place="aleppo"),
            None,
        ),
    ],
)
def test_how_frames_relate(a: Frame, b: Frame, expected: str | None) -> None:
    assert relation(a, b) == expected


def test_a_group_of_victims_may_be_below_the_toll_but_not_above() -> None:
    below = check_story(story("The blast killed 30 people.", "The blast killed eight Britons."))
    assert pairs(below) == []
    above = check_story(story("The blast killed 30 people.", "The blast killed 45 Britons."))
    assert pairs(above) == [("30 people", "45 Britons")]


def test_combatants_killed_are_not_part_of_the_victims() -> None:
    result = check_story(story("The attack killed nine people.", "Troops killed 40 gunmen."))
    assert pairs(result) == []


def test_a_documents_own_agent_fills_a_figure_that_names_none() -> None:
    # one outlet tells rebel shelling, the other airstrikes: not the same figures
    result = check_story(
        story(
            "Rebel shelling hit a district of the city. Two people were killed, shelling "
            "also wounded five.",
            "Airstrikes hit villages nearby. Airstrikes killed 19 people.",
        )
    )
    assert pairs(result) == []


def test_a_document_dated_days_apart_from_the_main_event_tells_another_incident() -> None:
    # three outlets on the strikes of 27 July; one folder also holds a report dated 21 July
    # (the same city, a week earlier) that never dates anything to the main event's days
    main = "Published July 27 2016. Air strikes on the city killed 31 civilians on Wednesday."
    also = "Published July 27 2016. Warplanes killed 31 civilians in the city on Wednesday."
    other = "Published July 21 2016. Air strikes on the city killed 25 civilians, a monitor said."
    result = check_story(story(main, also, other))
    assert event_of(result, "25 civilians") == "event of 2016-07-21"
    assert pairs(result) == []
    # the same report dated within the main event's days is compared, and flagged
    near = other.replace("July 21", "July 27")
    assert pairs(check_story(story(main, near))) == [("25 civilians", "31 civilians")]
    # a page's stray date in the lede does not move a document whose sentences date the event
    stray = "Published July 21 2016. On Wednesday air strikes on the city killed 25 civilians."
    assert event_of(check_story(story(main, stray)), "25 civilians") == "main event"


def test_two_incidents_told_as_often_are_kept_apart_and_each_compared_within() -> None:
    # a folder that mixes two shootings of one city two weeks apart, two outlets on each: no
    # incident is told by more documents, the earlier is the main event and the later
    # another incident, whose outlets are still compared with each other (one names it by
    # Thursday's date, the other by the day it was published; a day later, a lower toll)
    first = "Published March 3 2016. Two people were killed in a shooting on Elm Street."
    first_too = "Published March 3 2016. A shooting on Elm Street killed two people."
    later = "Published March 17 2016. Five people were killed in a shooting on Thursday."
    later_too = "Published March 18 2016. A shooting killed three people in the city."
    result = check_story(story(first, first_too, later, later_too))
    assert event_of(result, "Two people") == "main event"
    assert event_of(result, "Five people") == event_of(result, "three people")
    assert event_of(result, "Five people") == "event of 2016-03-17"
    assert pairs(result) == [("Five people", "three people")]


def test_a_suicide_bombing_is_an_explosion_not_an_airstrike() -> None:
    # "bombing" alone reads as air bombing; a suicide or car bombing, an execution or
    # landmines are other causes, so their tolls are other incidents than the airstrikes'
    for cause in ("in a suicide bombing", "in a car bombing", "by landmines", "in executions"):
        result = check_story(
            story(
                f"At least 29 people were killed {cause} near the border, a monitor said.",
                "Coalition airstrikes killed at least 60 people near the border.",
            )
        )
        assert pairs(result) == [], cause
    same_cause = check_story(
        story(
            "At least 29 people were killed in a suicide bombing near the border.",
            "A suicide attack killed at least 60 people near the border.",
        )
    )
    assert pairs(same_cause) == [("At least 29 people", "at least 60 people")]


# --- timelines: updates, stale headlines, self-contradiction --------------------------------


def test_an_update_inside_one_article_is_not_a_conflict() -> None:
    result = check_story(
        story(_FILLER + "The toll rose overnight from 31 to 38 people, officials said.")
    )
    assert [f for f in result.findings if f.verdict == "discrepancy"] == []


def test_a_stale_headline_is_compared_with_other_outlets() -> None:
    result = check_story(
        story(
            "Bomb kills 30 people\\n\\n"
            + _FILLER
            + "The toll has risen to 41 people, officials said.",
            "Bomb kills 41 people\\n\\n" + _FILLER + "A bomb killed 41 people, officials said.",
        )
    )
    assert ("30 people", "41 people") in pairs(result)
    finding = next(f for f in result.findings if f.verdict == "discrepancy")
    stale = [p for p in finding.pairs if "earlier figure" in p.explanation]
    assert stale, "the stale pair says which figure is stale"


def test_each_pair_has_its_own_explanation_and_conflicts_with_names_the_other_rows() -> None:
    result = check_story(
        story(
            "A car bomb killed 44 people.",
            "A car bomb killed 22 people.",
            "A car bomb killed 48 people.",
        )
    )
    (finding,) = [f for f in result.findings if f.verdict == "discrepancy"]
    assert len(finding.pairs) == 3
    assert len({p.explanation for p in finding.pairs}) == 3
    by_quote = {c.quote: c.claim_id for c in finding.group.claims}
    assert set(finding.conflicts_with(by_quote["22 people"])) == {
        by_quote["44 people"],
        by_quote["48 people"],
    }


# --- figures that never make a flag ---------------------------------------------------------


def test_vague_amounts_make_no_flag() -> None:
    result = check_story(story("Dozens of people were arrested.", "Police arrested 200 people."))
    assert pairs(result) == []


def test_several_amounts_of_one_kind_in_one_article_are_of_different_things() -> None:
    result = check_story(
        story(
            "The couple paid $43 million in federal taxes and $13.6 million in state taxes.",
            "The couple paid $43.9 million in federal taxes.",
        )
    )
    assert pairs(result) == []


def test_the_same_deal_priced_in_two_outlets_is_one_measure() -> None:
    result = check_story(
        story(
            "The company made an offer of $42 billion for its rival.",
            "The deal, worth $40 billion, was announced.",
        )
    )
    assert pairs(result) == [("$40 billion", "$42 billion")]


def test_the_noun_of_an_amounts_own_words_names_a_budget_not_a_bid() -> None:
    # "a $1.3 trillion spending bill": the money is a budget, whatever stands around it
    budget = check_story(
        story(
            "Congress passed a $1.3 trillion spending bill on Thursday.",
            "Congress passed a $1.1 trillion spending bill on Thursday.",
        )
    )
    assert pairs(budget) == [("$1.1 trillion spending bill", "$1.3 trillion spending bill")]
    # rivals' bids in one story are not one measure by their own words alone
    bids = check_story(
        story(
            "A $160 million offer for the pitcher was made on Thursday.",
            "A $140 million bid for the pitcher was made on Thursday.",
        )
    )
    assert pairs(bids) == []


def test_a_plan_or_package_of_money_is_a_budget_and_cuts_are_cuts() -> None:
    plan = check_story(
        story(
            "The Senate blocked the president's $447 billion job-creation plan.",
            "The Senate blocked the president's $350 billion package.",
        )
    )
    assert pairs(plan) == [("$350 billion package", "$447 billion job-creation plan")]
    cuts = check_story(
        story(
            "The plan makes $716 billion in Medicare cuts.",
            "The plan would cost $700 billion.",
        )
    )
    assert pairs(cuts) == []


def test_job_cuts_are_one_measure_whatever_the_noun_or_the_verb() -> None:
    result = check_story(
        story(
            "Ford to cut 7,000 white-collar jobs worldwide",
            "The automaker plans to eliminate roughly 7,000 salaried positions.",
            "Ford is cutting 8,000 white-collar jobs, the company told employees.",
        )
    )
    # "roughly 7,000" stretches to 8,000 (qualifiers.json); "cut 7,000" does not
    assert pairs(result) == [("8,000 white-collar jobs", "cut 7,000 white-collar jobs")]
    # jobs no verb cuts, and people cut off, are no job cuts
    none = check_story(
        story(
            "Ford employs nearly 200,000 people and 7,000 salaried workers.",
            "Ford employs 190,000 people; the storm cut off 8,000 people.",
        )
    )
    assert pairs(none) == []
    # "job cuts" and "job losses" name the cut in the counted noun itself
    nouns = check_story(
        story(
            "The carmaker announced 520 job cuts at its plant on Monday.",
            "The carmaker said on Monday it would cut 450 jobs at the plant.",
        )
    )
    assert pairs(nouns) == [("520 job cuts", "cut 450 jobs")]


def test_jobs_added_are_one_measure_apart_from_jobs_cut() -> None:
    """A monthly jobs report: "added 263,000 jobs" against "added 236,000 jobs" disagree;
    a company that cuts 7,000 jobs and adds 2,000 elsewhere does not contradict an outlet
    that gives the 7,000 cut (the control)."""
    added = check_story(
        story(
            "US employers added 263,000 jobs in September, the Labor Department said.",
            "The economy created 236,000 jobs in September, the government said.",
        )
    )
    assert pairs(added) == [("236,000 jobs", "added 263,000 jobs")]
    # a rise of all jobs ("payrolls") adds jobs; a state's employment rising 2% is a percent
    payrolls = check_story(
        story(
            "US employers added 263,000 jobs in September, the Labor Department said.",
            "Nonfarm payrolls increased by 236,000 in September.",
            "Employment in the state rose 2% in September.",
        )
    )
    assert pairs(payrolls) == [("added 263,000 jobs", "increased by 236,000")]
    control = check_story(
        story(
            "Acme will cut 7,000 jobs and add 2,000 jobs in its cloud unit.",
            "Acme plans to eliminate 7,000 positions.",
        )
    )
    assert pairs(control) == []


def test_jobs_that_go_or_a_deal_costs_are_cut_and_a_country_s_are_a_part() -> None:
    result = check_story(
        story(
            "Aurelia said about 1,200 jobs would go across the group.",
            "The sale will cost 1,500 jobs across the combined group.",
        )
    )
    assert pairs(result) == [("1,500 jobs", "about 1,200 jobs")]
    # a country's cuts are a part of the group's; going on strike is no cut
    part = check_story(
        story("Some 900 jobs will go in Norway.", "The sale will cost 1,500 jobs across the group.")
    )
    assert pairs(part) == []
    (staff,) = check_story(story("The 3,000 staff will go on strike.")).claims
    assert frame_of(staff) is None


# --- calibrated intervals (checker/data/qualifiers.json, benchmarks/calibrate_qualifiers.py) ---


def test_about_a_round_hundred_does_not_stretch_to_zero() -> None:
    result = check_story(story("About 100 people were injured.", "Some 190 people were injured."))
    assert pairs(result) == [("About 100 people", "Some 190 people")]


def test_at_least_reaches_the_figure_a_lede_gives_for_a_headlines_at_least() -> None:
    # "at least 140" in one outlet and "at least 170" in another can both hold
    result = check_story(
        story("At least 140 people were injured.", "At least 170 people were injured.")
    )
    assert pairs(result) == []


def test_a_headlines_place_does_not_run_into_the_next_line() -> None:
    """ "Bus crash kills 14 people in Peru" above "PUBLISHED April 2": the place is Peru, not
    "Peru PUBLISHED April", which no other outlet's place equals (so nothing was compared)."""
    from checker.extract.where import places_in

    text = "Bus crash kills 14 in Peru\n\nPUBLISHED April 2, 2024\n\nThe bus fell."
    assert list(places_in(text, 0, len(text))) == ["peru"]
    result = check_story(
        story(
            "Bus crash kills 14 people in Peru\n\nPUBLISHED April 2, 2024\n\n"
            + _FILLER
            + "A bus plunged into a ravine in Peru, killing 14 people, police said.",
            "16 dead in bus crash in Peru\n\nSunday Edition\n\n"
            + _FILLER
            + "At least 16 people were killed when a bus fell into a gorge.",
            date="2024-04-02",
        )
    )
    assert ("14 people", "16 dead") in pairs(result)


def test_a_cause_that_strikes_is_not_an_airstrike() -> None:
    """ "Earthquake strikes Turkey, 120 dead": "strikes" is the quake's verb, so the toll is
    the earthquake's and compared with another outlet's quake toll."""
    result = check_story(
        story(
            "Magnitude 7.1 earthquake strikes Turkey, 120 dead\n\n"
            + _FILLER
            + "The earthquake killed at least 120 people, officials said.",
            "Turkey quake kills 95\n\n"
            + _FILLER
            + "The disaster agency said 95 people were killed.",
        )
    )
    agents = {c.measure.agent for c in result.claims if c.measure.event == "killed"}
    assert "airstrikes" not in agents
    assert ("120 dead", "95") in pairs(result)


def test_bodies_recovered_are_a_part_of_the_dead() -> None:
    """ "70 bodies had been recovered" the day after "72 killed": the bodies found so far, a
    part of the dead, not a toll that shrank; more bodies than dead would still conflict."""
    result = check_story(
        story(
            "Plane crash kills 72\n\n" + _FILLER + "All 72 people on board were killed.",
            "Search goes on\n\n" + _FILLER + "Officials said 70 bodies had been recovered.",
            "Crash toll 72\n\n" + _FILLER + "Rescuers said 75 bodies had been recovered.",
        )
    )
    assert ("70 bodies", "72 people") not in pairs(result)
    assert ("72", "75 bodies") in pairs(result)


def test_a_weekday_with_a_possessive_is_not_a_place() -> None:
    from checker.extract.where import places_in

    text = "Nine people died in Saturday's shooting at the mall in Allen."
    assert list(places_in(text, 0, len(text))) == ["allen"]


def test_a_comparison_base_does_not_date_a_figure_to_another_event() -> None:
    """ "profit of $812 million, up 18 percent from a year earlier": the year earlier is what
    the rise is measured against, not the day of another event."""
    result = check_story(
        story(
            "Acme profit jumps on Thursday\n\n" + _FILLER + "Acme said on Thursday its "
            "quarterly profit rose 20% to $812 million, on revenue of $5.2 billion.",
            "Acme reports profit on Thursday\n\n" + _FILLER + "Acme reported on Thursday "
            "quarterly profit of $812 million, up 18 percent from a year earlier, and "
            "revenue of $5.1 billion.",
            date="2024-07-25",
        )
    )
    assert {c.event for c in result.claims if c.kind != "date"} == {"main event"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Monday's attack came a week after a suicide bombing killed 30 people in the city.",
        "Two days earlier, a car bomb killed 8 people in the same district.",
        "Months earlier, gunmen had killed 14 people at a market.",
    ],
)
def test_an_earlier_attack_told_relative_to_this_one_is_background(sentence: str) -> None:
    result = check_story(
        story(
            "Bomb kills 25 in mosque\n\n"
            + _FILLER
            + "A bomb killed 25 people at a mosque on Monday, police said. "
            + sentence,
            "Mosque bombing kills 25\n\n" + _FILLER + "A bomb killed 25 people on Monday.",
        )
    )
    assert [f for f in result.findings if f.verdict == "discrepancy"] == []
    (other,) = [c for c in result.claims if c.kind == "count" and c.value != "25"]
    assert other.event != "main event"


def test_a_comparison_base_does_not_date_the_figure() -> None:
    """ "revenue of $5.1 billion, up from a year earlier" is as of the report, so it meets
    another outlet's same-day "$5.2 billion" (5.05 to under 5.15 against 5.15 to under 5.25)."""
    result = check_story(
        story(
            "Acme results\n\n" + _FILLER + "Acme said on Thursday its quarterly profit rose "
            "20% to $812 million, on revenue of $5.2 billion.",
            "Acme results\n\n" + _FILLER + "Acme reported quarterly profit of $812 million, "
            "up 18 percent from a year earlier, and revenue of $5.1 billion.",
            date="2024-07-25",
        )
    )
    assert ("$5.1 billion", "$5.2 billion") in pairs(result)


# --- documents without a publication date ---------------------------------------------------


def undated_story(*texts: str) -> Story:
    documents = tuple(Document(doc_id=f"u{i}.txt", text=t, story="u") for i, t in enumerate(texts))
    return Story("u", documents, tuple(InputStatus(d.doc_id, "u", "checked") for d in documents))


def test_an_undated_month_or_year_tells_another_event_than_the_days_news() -> None:
    # news tells its own event by the day; a month or a year with no day is an earlier one,
    # even when no date anchors the documents
    result = check_story(
        undated_story(
            "A Polar Air jet crashed on Sunday, killing all 157 people on board. It was the "
            "second such crash; a Norrland Air jet crashed in October, killing 189 people.",
            "All 157 people aboard the Polar Air jet died when it crashed on Sunday. In 2009, "
            "a storm killed 60 people in the same valley.",
        )
    )
    assert pairs(result) == []
    assert event_of(result, "189 people") == "period XXXX-10"
    assert event_of(result, "60 people") == "period 2009"


def test_outlets_telling_the_same_undated_earlier_event_are_compared() -> None:
    result = check_story(
        undated_story(
            "A Polar Air jet crashed on Sunday, killing 157 people. In October, a Norrland Air "
            "jet crashed, killing 189 people.",
            "The Polar Air crash on Sunday killed 157 people. In October, 180 people were "
            "killed when a Norrland Air jet crashed.",
        )
    )
    assert pairs(result) == [("180 people", "189 people")]


def test_an_undated_month_earlier_in_the_sentence_dates_all_its_figures() -> None:
    result = check_story(
        undated_story(
            "A quake struck the coast in September, killing seven people and injuring 40."
        )
    )
    assert event_of(result, "seven people") == event_of(result, "40") == "period XXXX-09"


def test_an_undated_month_a_toll_was_reached_by_is_no_period() -> None:
    result = check_story(undated_story("By October, 200 people had died in the fighting."))
    assert event_of(result, "200 people") == "main event"


def test_a_story_reported_days_after_its_event_is_still_the_main_event() -> None:
    # one outlet dated Wednesday tells Sunday's crash; the other is undated: no document
    # tells the main event's day but by weekday, so publication alone does not push Sunday
    # out of the main event (it would have been "event of" Sunday, compared with nothing)
    dated = Document(
        doc_id="d0.txt",
        text="A tour bus left a mountain road on Sunday, injuring 18 people.",
        story="w",
        published=dt.date(2019, 3, 13),
        published_source="test",
    )
    undated = Document(
        doc_id="d1.txt", text="A tour bus crash injured 25 people on Sunday.", story="w"
    )
    statuses = tuple(InputStatus(d.doc_id, "w", "checked") for d in (dated, undated))
    result = check_story(Story("w", (dated, undated), statuses))
    assert event_of(result, "18 people") == "main event"
    assert pairs(result) == [("18 people", "25 people")]


def test_a_superlative_since_compares_with_an_earlier_event_and_starts_no_total() -> None:
    # "the deadliest ... since February, when a gunman killed 17": February dates that
    # earlier event; the 17 is neither a total since February nor this event's toll
    result = check_story(
        story(
            "A gunman killed 10 people at a school on Friday. It was the deadliest school "
            "shooting since February, when a gunman killed 17 people at a school in Lakeview.",
            "A student killed 10 people at the school on Friday.",
            date="2018-05-18",
        )
    )
    assert event_of(result, "17 people") == "period 2018-02"
    assert pairs(result) == []
    # a running total still starts at "since": "have been killed since February"
    total = check_story(
        story("In all, 40 people have been killed since February.", date="2018-05-18")
    )
    assert event_of(total, "40 people") == "since 2018-02"


def test_a_superlative_far_before_since_still_compares() -> None:
    # "the deadliest at a hotel in the country since 2011, when ...": eight words between
    result = check_story(
        story(
            "Fire killed at least 11 people at the Grand Hotel on Tuesday. The fire was the "
            "deadliest at a hotel in the country since 2011, when 23 people died in a blaze "
            "at the Palace Inn.",
            "Nine people died in the fire at the Grand Hotel on Tuesday.",
            date="2025-03-11",
        )
    )
    assert event_of(result, "23 people") == "period 2011"
    # and the year after "since" is that earlier event's, not when this fire started
    assert not [c for c in result.claims if c.quote == "2011" and c.measure.event]


def test_a_sentence_pointing_back_takes_the_time_of_the_one_before() -> None:
    # "... the Palace Inn fire fourteen years ago. That fire, which killed 23 people ..."
    told = (
        "Fire killed nine people at the Grand Hotel on Tuesday. It revived memories of the "
        "Palace Inn fire fourteen years ago. That fire, which killed 23 people, is still the "
        "deadliest of its kind."
    )
    result = check_story(
        story(
            told, "At least nine people died in the Grand Hotel fire on Tuesday.", date="2025-03-11"
        )
    )
    assert event_of(result, "23 people") == "event of 2011"
    assert pairs(result) == []
    # a sentence that does not point back keeps its own time
    plain = told.replace("That fire, which killed", "The hotel fire, which killed")
    result = check_story(
        story(plain.replace("23 people", "9 people"), "Nine died on Tuesday.", date="2025-03-11")
    )
    assert event_of(result, "9 people") == "main event"


def test_a_month_before_the_figures_dates_every_figure_of_its_sentence() -> None:
    # "In July, a car bomb killed 14 people and wounded 145": both figures are July's
    result = check_story(
        story(
            "A suicide bomber killed 63 people and wounded 182 at a wedding on Saturday."
            " In July, a car bomb in the city killed 14 people and wounded 145.",
            "The blast at the wedding on Saturday killed 63 people and injured 182 others.",
            date="2019-08-18",
        )
    )
    assert pairs(result) == []
    assert event_of(result, "145") == event_of(result, "14 people") != "main event"


def test_a_place_only_a_body_sentence_names_is_a_part_place() -> None:
    from checker.events.frames import frame_of
    from checker.events.story import StoryModel
    from checker.extract.claims import extract_claims
    from checker.extract.where import spelling_key

    text = "The monitor said 23 people were killed in Oweijel."
    (claim,) = extract_claims(Document(doc_id="d", text=text, published=dt.date(2016, 10, 14)))
    claim = dataclasses.replace(claim, event="main event")
    # places and the words of the places ledes name compare as spelling keys
    aleppo, oweijel = spelling_key("aleppo"), spelling_key("oweijel")
    model = StoryModel(None, None, frozenset(), lead_words=frozenset({aleppo}))
    frame = frame_of(claim, model)
    assert frame is not None and (frame.place, frame.part_place) == (oweijel, True)
    led = StoryModel(None, None, frozenset(), lead_words=frozenset({aleppo, oweijel}))
    assert frame_of(claim, led).part_place is False  # type: ignore[union-attr]


def test_an_article_stands_for_its_most_precise_figure_of_a_state() -> None:
    """A headline's "$5 billion" and the body's "$5.1 billion" are one state: the body's
    figure is the one another outlet's "$4.8 billion" contradicts. An article that gives
    only the round figure does not (the control)."""
    precise = check_story(
        story(
            "Retailer files for bankruptcy with $5 billion in debt. It listed debts of "
            "$5.1 billion in the filing.",
            "The company had debts of $4.8 billion, according to the filing.",
        )
    )
    assert pairs(precise) == [("$4.8 billion", "$5.1 billion")]
    control = check_story(
        story(
            "Retailer files for bankruptcy with $5 billion in debt.",
            "The company had debts of $4.8 billion, according to the filing.",
        )
    )
    assert pairs(control) == []


def test_a_time_after_a_base_figure_dates_the_base_and_not_the_figure_before_it() -> None:
    # "64 percent, up from 59 percent in 2021": 2021 is the 59's year, not the 64's
    result = check_story(
        story(
            "Turnout was 64 percent, up from 59 percent in 2021, the commission said.",
            "Turnout stood at 61 percent.",
            date="2025-05-03",
        )
    )
    assert event_of(result, "64 percent") == "main event"
    assert event_of(result, "59 percent") == "event of 2021"
    assert pairs(result) == [("61 percent", "64 percent")]
    # control: with no base figure between them, the year dates the figure
    result = check_story(
        story("Turnout was 64 percent in 2021.", "Turnout was 61 percent.", date="2025-05-03")
    )
    assert event_of(result, "64 percent") == "event of 2021"


def test_a_place_most_documents_name_in_their_bodies_is_the_story_ground() -> None:
    # the epicentre's province is named by three of four bodies, by no headline or lede
    lede = "A powerful earthquake struck in Ayacucho on Wednesday, officials said. "
    body = _FILLER + "The magnitude {} quake struck near the town of Quilla in Huancaran province."
    result = check_story(
        story(
            lede + body.format("6.8"),
            lede + body.format("6.4"),
            lede + _FILLER + "Most of the dead were in Huancaran province.",
            lede,
        )
    )
    assert event_of(result, "6.8") == "main event"
    assert pairs(result) == [("6.4", "6.8")]
    # control: a place two outlets of five name may be another incident both tell
    result = check_story(
        story(lede + body.format("6.8"), lede + body.format("6.4"), lede, lede, lede)
    )
    assert event_of(result, "6.8") == "event at quilla"


def test_in_total_is_the_whole_count_not_a_period() -> None:
    # "in total" adds up the event's count; it is no stretch of time like "so far this year"
    result = check_story(
        story(
            "In total, 21 people were taken to hospital, the health centre said.",
            "Seventeen people were taken to hospital, the airline said.",
        )
    )
    assert pairs(result) == [("21 people", "Seventeen people")]


def test_a_total_since_the_start_of_a_phrase_starts_at_its_head_noun() -> None:
    # "since the start of the current offensive" and "... of the latest offensive": one
    # start (the head noun), whatever adjective comes first; two totals of it disagree
    result = check_story(
        story(
            "Exactly 312 people have been killed since the start of the current offensive.",
            "Some 450 people have died since the start of the latest offensive, a monitor said.",
            date="2018-03-01",
        )
    )
    assert event_of(result, "Exactly 312 people") == "since offensive"
    assert event_of(result, "Some 450 people") == "since offensive"
    assert pairs(result) == [("Exactly 312 people", "Some 450 people")]


def test_alone_names_the_part_before_it() -> None:
    # "in Aleppo alone" and "in Idlib alone" are two parts, not one stretch called "alone":
    # outlets giving the same part are compared, different parts never are
    result = check_story(
        story(
            "In Aleppo alone, 37 people were killed on Monday.",
            "In Idlib alone, 20 people were killed on Monday.",
            "In Aleppo alone, 45 people were killed on Monday, activists said.",
            date="2016-07-27",
        )
    )
    assert event_of(result, "37 people") == "period: in aleppo alone"
    assert event_of(result, "45 people") == "period: in aleppo alone"
    assert event_of(result, "20 people") == "period: in idlib alone"
    assert pairs(result) == [("37 people", "45 people")]


def test_an_amount_seized_does_not_change_after_the_seizure() -> None:
    """A haul once counted is what it is: '8.2 tonnes' seized, told on Tuesday, and '7.2
    tonnes' told on Wednesday disagree (measures.json fixed_events). An amount that leaks
    is compared only at one time (the control)."""
    from tests.test_reconcile import story as dated_story

    def told(verb: str) -> list[tuple[str, str]]:
        return pairs(
            check_story(
                dated_story(
                    (f"Police said 8.2 tonnes of oil had {verb} at the port.", "2025-01-21"),
                    (f"Police said 7.2 tonnes of oil had {verb} at the port.", "2025-01-22"),
                )
            )
        )

    assert told("been seized") == [("7.2 tonnes", "8.2 tonnes")]
    assert told("leaked") == []


def test_an_offering_price_is_not_an_earlier_state_nor_a_share_price() -> None:
    """'its initial public offering price of $24' is the offering's price ('initial' names
    the offering, it marks no earlier figure), and 'traded as high as $33.20' is what the
    shares fetched after it: the $24 meets another outlet's $22 for the offering price."""
    result = check_story(
        story(
            "The stock opened 31% above its initial public offering price of $24, and traded"
            " as high as $33.20 before closing.",
            "The telehealth company priced its shares at $22 on Wednesday evening.",
        )
    )
    assert pairs(result) == [("$22", "$24")]


def test_a_road_inside_the_story_place_is_no_other_incident() -> None:
    # "near County Road 9", "on Maple Avenue": where in the story's town it happened; a
    # town no lede names is still another incident's place
    lede = "A freight train derailed in Millbrook on Tuesday, the railroad said. "
    result = check_story(
        story(
            lede + _FILLER + "Fourteen of its 62 cars derailed near County Road 9.",
            lede + _FILLER + "Nineteen of its 62 cars derailed near County Road 9.",
            lede,
        )
    )
    assert event_of(result, "Fourteen") == "main event"
    other = check_story(
        story(
            lede + _FILLER + "Fourteen of its 62 cars derailed near Dalton.",
            lede,
            lede,
        )
    )
    assert event_of(other, "Fourteen") == "event at dalton"


def test_a_period_cue_right_before_the_figure_names_one_stretch_for_every_outlet() -> None:
    # "at its peak, 300 people" and "at the peak, 450 people": one peak, not two periods
    # named by their own numbers (a river that "peaked at 5.1 metres" is its crest, the
    # level itself: test_a_river_s_crest_is_one_level_told_on_any_day)
    result = check_story(
        story(
            "At its peak, 300 people were in shelters on Saturday.",
            "At the peak of the flood, 450 people were in shelters.",
        )
    )
    assert event_of(result, "300 people") == event_of(result, "450 people") == "period: at the peak"


def test_a_date_of_what_a_figure_is_for_or_compared_with_does_not_date_it() -> None:
    # "fined ... over a cyber attack in March 2021": the date of the attack, not the fine's;
    # "killed 40, the deadliest attack since 2011": the comparison's year
    fine = check_story(
        story("The regulator fined the firm 27.5 million euros over a cyber attack in March 2021.")
    )
    assert event_of(fine, "27.5 million euros") == "main event"
    dated = check_story(story("The regulator fined the firm 27.5 million euros in March 2021."))
    assert event_of(dated, "27.5 million euros") == "event of 2021-03"
    blast = check_story(
        story("The blast killed 40 people on Monday, the deadliest attack since 2011.")
    )
    assert event_of(blast, "40 people") == "main event"
    earlier = check_story(story("In 2011, a blast killed 52 people in the city."))
    assert event_of(earlier, "52 people") != "main event"


def test_an_amount_told_this_week_is_the_storys_but_a_count_is_the_weeks() -> None:
    # "the EUR25.7m fine imposed this week": the story's fine, compared with another
    # outlet's; "30 people were killed this week": a total over the week
    result = check_story(
        story(
            "The regulator fined Norvik 27.5 million euros on Tuesday, officials said.",
            "The 25.7 million euros fine imposed on Norvik this week is a clear signal.",
        )
    )
    assert event_of(result, "25.7 million euros fine") == "main event"
    assert pairs(result) == [("25.7 million euros fine", "27.5 million euros")]
    week = check_story(story("Thirty people were killed in the city this week."))
    assert event_of(week, "Thirty people").startswith("period")


def test_a_toll_of_the_main_events_day_told_later_is_the_count_known_then() -> None:
    """ "The crash on Tuesday killed 12 people" in an article of Wednesday and "killed 15"
    in one of Friday: a count that grew, not two rivals for Tuesday. Two outlets of the
    same day still disagree, and a later, lower count still contradicts."""
    lede = "A bus crashed on a mountain road on Tuesday, police said. "

    def checked(*told: tuple[str, str]) -> StoryResult:
        documents = tuple(
            Document(f"d{i}.txt", lede + text, story="s", published=dt.date.fromisoformat(date))
            for i, (text, date) in enumerate(told)
        )
        inputs = tuple(InputStatus(d.doc_id, "s", "checked") for d in documents)
        return check_story(Story("s", documents, inputs))

    twelve = "The crash on Tuesday killed 12 people."
    fifteen = "The crash on Tuesday killed 15 people."
    assert pairs(checked((twelve, "2016-07-27"), (fifteen, "2016-07-29"))) == []
    same_day = checked((twelve, "2016-07-27"), (fifteen, "2016-07-27"))
    assert pairs(same_day) == [("12 people", "15 people")]
    fell = checked((fifteen, "2016-07-27"), (twelve, "2016-07-29"))
    assert pairs(fell) == [("12 people", "15 people")]


def test_a_bare_count_told_taken_to_hospital_or_arrested_says_what_it_counts() -> None:
    """ "nine were taken to hospital" against "14 people were taken to hospital": the bare
    count's predicate says it counts people, as "two were killed" does."""
    result = check_story(
        story(
            "Thirty-one people were treated at the scene, and nine were taken to hospital.",
            "In total, 14 people were taken to hospital, the ambulance service said.",
        )
    )
    assert pairs(result) == [("14 people", "nine")]
    arrested = check_story(
        story(
            "Police said five were arrested on Friday.", "Police said eight people were arrested."
        )
    )
    assert pairs(arrested) == [("eight people", "five")]


def test_the_number_of_people_an_event_word_names_is_what_it_reached() -> None:
    """ "The number of people killed in Saturday's brick kiln collapse in Kafr el-Tawil rose
    to nine": the figure is that count however far its subject, as a toll's ("the death toll
    from Friday's earthquake rose to 2,122"), and says what it counts, so it is compared."""
    result = check_story(
        story(
            "The number of people injured in the blast at the Lorton fish market on Monday "
            "rose to 17, the regional health office said.",
            "Forty people were injured in the blast at the Lorton fish market on Monday.",
        )
    )
    (seventeen,) = [c for c in result.claims if c.quote == "17"]
    assert seventeen.measure.event == "injured"
    assert pairs(result) == [("17", "Forty people")]
    infected = check_story(
        story(
            "The number of people infected with leishmaniasis in Oued Sedra province reached "
            "173 as of Thursday, the health directorate said."
        )
    )
    (cases,) = [c for c in infected.claims if c.quote == "173"]
    assert (cases.measure.event, cases.measure.entity) == ("infected", "people")


def test_a_documents_one_agent_fills_only_what_a_cause_of_harm_brings_about() -> None:
    """One outlet's lede tells of a fire, another's of an explosion: their tolls may be of two
    causes, but no fire or explosion arrests anyone, so their arrests meet."""
    result = check_story(
        story(
            "A fire gutted the church on Saturday. Police said on Sunday they had arrested"
            " five people.",
            "An explosion wrecked the church on Saturday. Police arrested nine people on Sunday.",
        )
    )
    assert pairs(result) == [("five people", "nine people")]


def test_those_in_intensive_care_are_some_of_those_in_hospital() -> None:
    """ "In intensive care" and "in the isolation ward" tell people in hospital, and intensive
    care a part of them: two outlets' counts in intensive care meet, and four in intensive
    care fit among eleven in hospital."""
    result = check_story(
        story(
            "Six patients were in intensive care on Saturday afternoon.",
            "On Saturday afternoon, four patients were in intensive care.",
            "Eleven patients were in hospital on Saturday afternoon, doctors said.",
        )
    )
    assert pairs(result) == [("Six patients", "four patients")]
    ward = check_story(
        story(
            "Around 30 patients were in the isolation ward on Tuesday evening.",
            "Some 18 patients were in hospital on Tuesday evening.",
        )
    )
    assert pairs(ward) == [("Around 30 patients", "Some 18 patients")]


def test_buildings_damaged_are_not_buildings_destroyed() -> None:
    """ "60 homes were destroyed and 90 homes were damaged" tells two counts: another outlet's
    90 homes destroyed disagrees with the 60, not with the 90 damaged."""
    result = check_story(
        story(
            "Officials said 60 homes were destroyed and 90 homes were damaged by the storm.",
            "Officials said 90 homes were destroyed by the storm.",
        )
    )
    assert pairs(result) == [("60 homes", "90 homes")]


def test_a_time_after_something_dates_the_sentence_it_tells_no_other_incident() -> None:
    # "days after" fronting a sentence dates the report; "came days after" tells another
    # incident the story's event followed
    result = check_story(
        story(
            "Three days after the earthquake struck, officials said 48 people had been killed.",
            "The earthquake killed 62 people, officials said on Thursday.",
        )
    )
    assert pairs(result) == [("48 people", "62 people")]
    assert event_of(result, "48 people") == "main event"
    other = check_story(
        story("The blast came days after a bombing in the capital killed 12 people.")
    )
    assert event_of(other, "12 people") != "main event"


# paragraphs that push a body's sentence past the headline and lede
_FILLER = (
    "Rescuers worked through the night to reach the wreck, and relatives gathered at the "
    "morgue in the provincial capital. The driver, who survived, was questioned by police. "
    "Officials said the road had been closed for repairs earlier in the month.\n\n"
) * 2


def test_a_dateline_s_town_is_the_story_s_place() -> None:
    # the dateline names where a local story was filed, the incident's town: a body that
    # names that town again tells the story's own event, not another incident
    result = check_story(
        story(
            "Bus plunges into ravine, killing 15\n\nSAN BARTOLO, Guatemala — A crowded bus "
            "ran off a curve on the highway on Sunday and tumbled into a ravine, killing 15.\n\n"
            + _FILLER
            + "The bus fell about 75 metres down a wooded slope near San Bartolo.",
            "19 dead in highway bus crash\n\nSOLOLA, Guatemala — Nineteen people died when a "
            "bus plunged into a ravine in Solola on Sunday.\n\nThe bus fell about 40 metres "
            "down a slope.",
        )
    )
    falls = {c.quote: c.event for c in result.claims if "metres" in c.quote}
    assert falls == {"about 75 metres down": "main event", "about 40 metres down": "main event"}


def test_a_river_s_crest_is_one_level_told_on_any_day() -> None:
    from tests.test_reconcile import story as reconcile_story

    # "peaked at 6.8 metres" on Monday and "crested at 6.3 metres" on Tuesday: one crest
    # (events.json length "peak water level", measures.json fixed_events); a level the
    # river stood at on two days changes, and is not compared across them
    crest = check_story(
        reconcile_story(
            (
                "The Wemme river peaked at 6.8 metres on Sunday evening, officials said.",
                "2025-03-10",
            ),
            ("The Wemme river crested at 6.3 metres on Sunday evening.", "2025-03-11"),
        )
    )
    assert pairs(crest) == [("6.3 metres", "6.8 metres")]
    level = check_story(
        reconcile_story(
            ("The Wemme river level stood at 5.1 metres at the gauge on Monday.", "2025-03-10"),
            ("The Wemme river level stood at 4.2 metres at the gauge on Tuesday.", "2025-03-11"),
        )
    )
    assert pairs(level) == []
