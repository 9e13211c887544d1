"""Words of events as classes (measures.json "events"). Those aboard a plane, ship or bus
are a count of their own ("aboard"): outlets that give different numbers aboard disagree,
passengers and crew are parts of it, and a verb before the figure ("killing all 150 people
on board") still tells what happened to them. Every form of a verb of killing tells the
dead. Each example is written for its class; none copies a corpus sentence."""

from __future__ import annotations

from checker.pipeline import check_story
from tests.test_events import pairs, story


def _events(text: str) -> dict[str, str]:
    result = check_story(story(text))
    return {c.quote: c.measure.event for c in result.claims if c.kind == "count"}


def test_people_aboard_are_their_own_count_and_a_verb_before_them_wins() -> None:
    events = _events(
        "A ferry carrying 210 passengers capsized off the coast on Sunday, killing all 210"
        " people on board."
    )
    assert events["210 passengers"] == "aboard"
    assert events["210 people"] == "killed"
    assert _events("Rescuers reached a bus with 40 people aboard.")["40 people"] == "aboard"


def test_a_verb_tells_what_happened_to_those_aboard_only_when_they_are_its_object() -> None:
    # "died when a plane with 72 people aboard crashed": the verb is the 69's, and the 72
    # are those aboard, not a second toll
    events = _events(
        "At least 69 people died when a plane with 72 people aboard crashed near the airport."
    )
    assert events["At least 69 people"] == "killed"
    assert events["72 people"] == "aboard"
    # control: the verb's own object, with words that pick them all between
    assert _events("The crash killed all 72 people on board.")["72 people"] == "killed"
    assert _events("The blast killed 40 people aboard the bus.")["40 people"] == "killed"


def test_outlets_that_count_those_aboard_differently_disagree() -> None:
    one = "The airliner, carrying 123 passengers and six crew, crashed into the sea on Monday."
    other = "The airliner crashed into the sea on Monday with 136 people aboard."
    assert pairs(check_story(story(one, other))) == [("123 passengers and six crew", "136 people")]
    same = "The airliner crashed into the sea on Monday with 129 people on board."
    assert pairs(check_story(story(one, same))) == []


def test_the_crew_alone_is_a_part_of_those_aboard() -> None:
    one = "The freighter sank with 30 people on board."
    other = "All 22 crew aboard the freighter were rescued after it sank."
    assert pairs(check_story(story(one, other))) == []


def test_verbs_of_murder_in_every_form_tell_the_dead() -> None:
    # "murdered" and "murder" were words of the dead; "murdering" and "slaying(s)" are of
    # the same class (20 and 31 such phrases before a count in the measurement data); "slew"
    # is not, as "a slew of" is no verb
    assert _events("A man was charged with murdering three people.")["three people"] == "killed"
    assert _events("Police made an arrest in the slayings of two women.")["two women"] == "killed"
    assert _events("A slew of 12 people lined up outside.")["12 people"] == ""


def test_those_carried_are_aboard_only_when_they_are_people() -> None:
    assert _events("The aircraft was carrying 11 soldiers.")["11 soldiers"] == "aboard"
    assert _events("He was carrying 2 guns when he was arrested.")["2 guns"] == ""
    assert _events("The senator carried 28 states in the election.")["28 states"] == ""


def test_a_workforce_is_a_count_of_its_own() -> None:
    # "employs 12,000 people" and "a workforce of 15,000" count one company's staff
    events = _events("Bolt employs 12,000 people. Acme has a workforce of 15,000.")
    assert events["12,000 people"] == events["15,000"] == "employed"
    one = "Bolt, which employs 12,000 people, makes industrial robots."
    other = "Bolt, which employs 15,000 people, makes industrial robots."
    assert pairs(check_story(story(one, other))) == [("12,000 people", "15,000 people")]
    # control: a count that is no workforce stays out of it
    assert _events("The plant's 300 workers were evacuated.")["300 workers"] != "employed"


def test_those_without_power_are_a_count_of_their_own() -> None:
    one = "The storm left more than 2.5 million customers without power on Thursday."
    other = "About 2 million customers lost power on Thursday, the utility said."
    assert pairs(check_story(story(one, other))) == [
        ("About 2 million customers", "more than 2.5 million customers")
    ]
    # control: customers of a bank are no outage
    assert _events("The bank has 2 million customers.")["2 million customers"] != "without power"


def test_a_headline_drives_people_from_homes_without_their() -> None:
    # headlines drop the possessive: "forces 5,000 from homes" is "from their homes"
    result = check_story(story("Rail spill forces 5,000 from homes as cleanup drags on"))
    (count,) = [c for c in result.claims if c.quote == "5,000"]
    assert count.measure.event == "displaced"


def test_people_forced_to_leave_their_homes_are_displaced() -> None:
    found = _events(
        "The flood killed six people and forced more than 3,000 people to leave their homes."
        " Police ordered 200 residents to leave their homes."
    )
    assert found["more than 3,000 people"] == "displaced"
    assert found["200 residents"] == "displaced"


def test_a_predicate_after_an_aside_on_who_they_are_tells_the_event() -> None:
    found = _events(
        "One man, 45, was killed in the crash. Two men, aged 22 and 27, were arrested."
        " One inmate, a 34-year-old man, died in hospital. Two women, both from Ohio, were"
        " injured. One boy, who was 9, was hurt."
    )
    assert found["One man"] == "killed"
    assert found["Two men"] == "arrested"
    assert found["One inmate"] == "killed"
    assert found["Two women"] == "injured"
    assert found["One boy"] == "injured"


def test_a_relative_clause_after_an_aside_yields_to_the_verb_before_the_figure() -> None:
    # the two were wounded: "who were shot" tells how, the verb before governs them
    assert _events("The attack wounded two men, 19 and 20, who were shot.")["two men"] == "injured"


def test_a_severity_told_of_a_part_leaves_the_whole_count_whole() -> None:
    # "Three others were injured ..., one of them seriously": all three injured, one of them
    # badly; against another outlet's five wounded, a disagreement on the injured
    result = check_story(
        story(
            "Three others were injured in the shooting at the club, one of them seriously.",
            "Five people were wounded in the shooting at the club, police said.",
        )
    )
    scopes = {c.quote: c.measure.scope for c in result.claims if c.measure.event == "injured"}
    assert scopes == {"Three others": "", "Five people": ""}
    assert pairs(result) == [("Five people", "Three others")]
    # control: a severity in the count's own words scopes it
    told = check_story(story("Two people were critically wounded, police said."))
    assert [c.measure.scope for c in told.claims if c.quote == "Two people"] == ["critical"]
