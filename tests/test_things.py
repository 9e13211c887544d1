"""Counts of things framed by the verb beside them (checker/events/things.py): records
exposed, homes destroyed, bombs dropped; and counts of people whose verb no event word of
the lexicon names (farmers who applied for aid). Invented stories."""

from __future__ import annotations

import copy

from checker.events.frames import frame_of
from checker.extract.lexicons import IN_USE, compile_measure_lexicon
from checker.pipeline import check_story
from checker.vocab import load_data
from tests.test_events import pairs, story
from tests.test_reconcile import story as dated


def happened(text: str) -> dict[str, str]:
    result = check_story(story(text))
    return {
        c.quote: (frame.happened if (frame := frame_of(c)) else "")
        for c in result.claims
        if c.kind == "count"
    }


def test_a_count_of_things_takes_the_verb_after_or_before_it() -> None:
    assert happened("Hackers exposed 1.2 million records.") == {"1.2 million records": "exposed"}
    assert happened("Five bombs were dropped on the camp.") == {"Five bombs": "dropped"}


def test_no_verb_a_reporting_verb_a_whole_or_a_part_tell_nothing() -> None:
    assert happened("The hospital has 12 wards.") == {"12 wards": ""}
    assert happened("Officials said 300 homes.") == {"300 homes": ""}
    # "six of its eight carriages derailed": the eight did not all derail
    assert happened("Six of its eight carriages derailed.")["eight carriages"] == ""
    # "the other three cars": a part of the cars
    assert happened("The other three cars pulled over.") == {"three cars": ""}


def test_a_things_verb_in_a_relative_clause_is_its_verb() -> None:
    """ "that beached" tells what happened to the count, in any tense, and
    verbs of one class are one ("beached" is "stranded"); a compound adjective ("long-finned")
    is no verb, and a collective noun before "of" is no whole the count is a part of ("a pod
    of more than 400 whales")."""
    assert happened("About 230 long-finned pilot whales stranded.") == {
        "About 230 long-finned pilot whales": "stranded"
    }
    assert happened("Rangers found a pod of more than 400 whales that beached on Monday.") == {
        "more than 400 whales": "stranded"
    }
    # "six of its eight carriages": still a whole after a number
    assert happened("Six of its eight carriages derailed.")["eight carriages"] == ""


def test_two_outlets_counts_of_one_thing_and_verb_are_compared() -> None:
    result = check_story(
        story(
            "Witnesses said four bombs were dropped on the camp.",
            "Five bombs were dropped on the camp, of which four exploded.",
        )
    )
    assert pairs(result) == [("Five bombs", "four bombs")]
    # control: another verb is another measure
    other = check_story(
        story("Hackers exposed 1.2 million records.", "Hackers stole 400,000 records.")
    )
    assert pairs(other) == []


def test_the_verb_after_what_follows_the_noun() -> None:
    """ "33 cars of its 112-car train derailed", "212 homes in the village were destroyed":
    the verb stands after the noun's own phrase; an -ed adjective inside it is no verb."""
    assert happened("The railway said 33 cars of its 112-car train derailed on Monday.") == {
        "33 cars": "derailed"
    }
    found = happened("On Monday, 38 cars of a 112-car mixed freight train derailed near Lyle.")
    assert found["38 cars"] == "derailed"
    assert happened("Some 212 homes in the village were destroyed.")["Some 212 homes"] == (
        "destroyed"
    )
    assert happened("He owns 30 cars of the vintage kind.") == {"30 cars": ""}
    result = check_story(
        story(
            "The railway said 33 cars of its 112-car train derailed on Monday.",
            "On Monday, 38 cars of a 112-car mixed freight train derailed near Lyle.",
        )
    )
    assert pairs(result) == [("33 cars", "38 cars")]


def test_the_verb_after_a_noun_and_another_joined_to_it() -> None:
    found = happened("More than 120 artillery shells and rockets landed on Thai soil.")
    assert found["More than 120 artillery shells"] == "landed"
    assert happened("He owns 30 cars and trucks.") == {"30 cars": ""}  # no verb: nothing
    result = check_story(
        story(
            "The army said more than 120 artillery shells and rockets landed on Tuesday.",
            "The army said about 80 shells landed on Thai territory on Tuesday.",
        )
    )
    assert pairs(result) == [("about 80 shells", "more than 120 artillery shells")]


def test_how_long_a_strike_or_a_lease_lasts_is_compared_not_a_career() -> None:
    result = check_story(
        story("Dockworkers ended an 11-day strike on Friday.", "The nine-day strike ended.")
    )
    assert pairs(result) == [("11-day", "nine-day")]
    careers = check_story(
        story("Oliver was a 15-year veteran.", "Davis, who was shot, is a 17-year veteran.")
    )
    assert pairs(careers) == []
    lease = check_story(
        story("The club signed a 30-year lease.", "The 25-year lease runs to 2050.")
    )
    assert pairs(lease) == [("25-year", "30-year")]


def test_power_cut_to_customers_is_a_count_without_power() -> None:
    result = check_story(
        story(
            "The hurricane cut electricity to 850,000 customers on Monday.",
            "About 1.2 million customers were without power on Monday.",
        )
    )
    assert pairs(result) == [("850,000 customers", "About 1.2 million customers")]


def test_a_compound_measure_before_a_definite_noun_is_that_things_size() -> None:
    """ "the 35-word oath" and "the 38-word oath": one thing of the story, two sizes; "a
    41-yard pass" (one of many) and "the .45-caliber gun" (a kind, not a size) are not."""
    result = check_story(
        story(
            "Mr. Trump took the 35-word oath on Friday.",
            "Chief Justice Roberts administered the 38-word oath on Friday.",
        )
    )
    assert pairs(result) == [("35-word", "38-word")]
    agree = check_story(
        story("Prosecutors filed the 48-page indictment.", "In the 48-page indictment, they said.")
    )
    assert pairs(agree) == []
    passes = check_story(story("He threw a 41-yard pass.", "He threw a 7-yard pass."))
    assert pairs(passes) == []
    guns = check_story(
        story("He carried the .45-caliber pistol.", "He carried the .32-caliber pistol.")
    )
    assert pairs(guns) == []


def test_a_things_size_is_compared_across_days_whatever_dates_its_making() -> None:
    """ "The 860-km pipeline, built in 1994" and, a day later, "the 650-kilometre pipeline":
    a thing's size does not change from one day to the next, and the year it was built
    dates its making, not the figure. An amount that runs on to its noun ("860-km
    pipeline") is read from the compound."""
    result = check_story(
        dated(
            ("The 860-km pipeline, built in 1994, carries petrol north.", "2025-08-04"),
            ("Thieves drilled a hole in the 650-kilometre pipeline, police said.", "2025-08-05"),
        )
    )
    assert pairs(result) == [("650-kilometre pipeline", "860-km pipeline")]
    same = check_story(
        dated(
            ("The 860-km pipeline, built in 1994, carries petrol north.", "2025-08-04"),
            ("Thieves drilled a hole in the 860-kilometre pipeline, police said.", "2025-08-05"),
        )
    )
    assert pairs(same) == []


def test_a_depth_is_compared_across_days() -> None:
    """A collapse's (or a quake's) depth is of the event, not of the day it is told."""
    result = check_story(
        dated(
            ("The collapse happened about 300 metres underground, officials said.", "2025-03-11"),
            ("Rescuers working at a depth of 520 metres found the bodies.", "2025-03-12"),
        )
    )
    assert pairs(result) == [("520 metres found", "about 300 metres underground")]


def test_an_altitude_is_compared_across_days_whatever_dates_the_things_making() -> None:
    """The altitude of a collision is of the event; "launched in 1994" dates the making of
    a thing, neither the figure nor another event, before the figure as after it."""
    result = check_story(
        dated(
            (
                "The collision between the retired satellite, launched in 1994, and Orbitel-14"
                " happened at an altitude of about 790 km over the Pacific.",
                "2025-12-04",
            ),
            ("The crash took place at an altitude of 970 km, analysts said.", "2025-12-05"),
        )
    )
    assert pairs(result) == [("970 km", "about 790 km")]


def test_how_long_a_siege_lasted_is_compared_with_its_qualifiers() -> None:
    """ "a siege that lasted about nine hours" and "The siege, which lasted nearly 14 hours":
    the verb names what lasted; "about" and "nearly" stretch a duration as they do a count,
    and a meeting's length is no story's measure."""
    result = check_story(
        story(
            "Police freed 23 hostages, ending a siege that lasted about nine hours.",
            "The siege, which lasted nearly 14 hours, ended when police burst in.",
        )
    )
    assert pairs(result) == [("about nine hours", "nearly 14 hours")]
    agree = check_story(
        story(
            "Police freed 23 hostages, ending a siege that lasted about 13 hours.",
            "The siege, which lasted nearly 14 hours, ended when police burst in.",
        )
    )
    assert pairs(agree) == []
    meetings = check_story(story("The meeting lasted two hours.", "The meeting lasted six hours."))
    assert pairs(meetings) == []


def test_a_physical_amount_told_of_a_thing_is_that_things_size() -> None:
    """ "a reservoir of 12 million cubic metres" and "The reservoir held 21 million cubic
    metres": one thing's volume, whatever the day; a noun that names a measure ("a depth
    of", "a total of") or several things ("reservoirs of") tells no thing."""
    result = check_story(
        dated(
            ("The dam held back a reservoir of 12 million cubic metres.", "2024-09-13"),
            ("The reservoir held 21 million cubic metres of water.", "2024-09-16"),
        )
    )
    assert pairs(result) == [("12 million cubic metres", "21 million cubic metres")]
    totals = check_story(
        story("Police seized a total of 40 tonnes.", "Police seized a total of 12 tonnes.")
    )
    assert [f for f in totals.findings if "total" in f.group.describe()] == []
    several = check_story(
        story("Two reservoirs of 3 million cubic metres.", "Reservoirs of 5 million cubic metres.")
    )
    assert pairs(several) == []


def test_a_size_told_by_a_participle_after_the_thing_is_its_size() -> None:
    """ "The girder, weighing about 150 tonnes" tells the girder's mass as "the 90-tonne
    girder" does; a participle with no comma before it describes no subject's size."""
    result = check_story(
        story(
            "The 90-tonne girder came loose as it was being raised.",
            "The girder, weighing about 150 tonnes, crushed a microbus.",
        )
    )
    assert pairs(result) == [("90-tonne girder", "about 150 tonnes")]
    loads = check_story(
        story(
            "The 90-tonne girder came loose as it was being raised.",
            "A crane lifting the girder weighing about 150 tonnes of steel toppled.",
        )
    )
    assert pairs(loads) == []


def test_a_participle_before_the_noun_tells_what_happened_to_the_things() -> None:
    """ "the 21 derailed cars" and "22 cars derailed": one count of cars derailed; a word
    that only ends like a participle ("speed boats") or a state ("parked cars") is no
    event."""
    assert happened("Crews removed the 21 derailed cars.") == {"21 derailed cars": "derailed"}
    result = check_story(story("Crews removed the 21 derailed cars.", "In all, 22 cars derailed."))
    assert pairs(result) == [("21 derailed cars", "22 cars")]
    assert happened("Police chased the 3 speed boats.")["3 speed boats"] != "speed"
    assert happened("Officers towed 12 parked cars.")["12 parked cars"] != "parked"


def test_a_size_written_without_its_hyphen_is_the_things() -> None:
    """ "The 4.2km tunnel" and, three days later, "The 2.4 km tunnel": a compound size with
    the unit joined to the number or spaced from it; a count before a noun ("the 300
    guests") is no size."""
    result = check_story(
        dated(
            ("Part of the 4.2km tunnel collapsed, officials said.", "2024-02-07"),
            ("The 2.4 km tunnel is the centrepiece of the project.", "2024-02-10"),
        )
    )
    assert pairs(result) == [("2.4 km tunnel", "4.2km tunnel")]
    guests = check_story(
        dated(
            ("The 300 guests were inside the hall.", "2024-02-07"),
            ("The 450 guests were inside the hall.", "2024-02-10"),
        )
    )
    assert pairs(guests) == []


def test_people_counted_with_a_verb_the_lexicon_lacks_are_framed_by_it() -> None:
    assert happened("About 18,000 farmers applied for drought aid.") == {
        "About 18,000 farmers": "applied"
    }
    result = check_story(
        story(
            "About 18,000 farmers applied for drought aid, the ministry said.",
            "Some 26,000 farmers applied for compensation, the ministry said.",
        )
    )
    assert pairs(result) == [("About 18,000 farmers", "Some 26,000 farmers")]
    # the lexicon's own events still frame people; another verb is another measure
    assert happened("Two farmers were killed.") == {"Two farmers": "killed"}
    other = check_story(
        story("About 18,000 farmers applied for aid.", "Some 26,000 farmers protested.")
    )
    assert pairs(other) == []


def test_an_apposition_to_a_name_makes_its_compound_the_named_things_size() -> None:
    """ "Rosewood Manor, a 96-bed home" says what the named home is: its size, compared with
        "the 120-bed home"; a day named before "a" is no name ("On Friday, a 12-car pileup"), and
    another pileup is another thing."""
    result = check_story(
        story(
            "The outbreak at Rosewood Manor, a 96-bed home, closed it to visitors.",
            "Inspectors will visit the 120-bed home, which is run by a charity.",
        )
    )
    assert pairs(result) == [("120-bed", "96-bed")]
    days = check_story(
        story(
            "On Friday, a 12-car pileup closed the road.",
            "On Friday, another 9-car pileup followed.",
        )
    )
    assert pairs(days) == []


def test_an_amount_of_money_before_a_definite_noun_is_that_things_price() -> None:
    """ "The $2.7bn mission" and, a day later, "The $2.4bn mission": one thing's price,
    compared across days; money the money table names
    keeps its kind ("the $5m fine"), and a price of one of many ("a $20 ticket") is none."""
    result = check_story(
        dated(
            ("The $2.7bn mission is designed to drill for traces of life.", "2025-02-20"),
            ("The $2.4bn mission was delayed by two years.", "2025-02-21"),
        )
    )
    assert pairs(result) == [("$2.4bn mission", "$2.7bn mission")]
    fine = check_story(story("The $5m fine was paid.", "The regulator imposed a $5m fine."))
    assert [frame_of(c).happened for c in fine.claims if frame_of(c)] == ["fine", "fine"]
    tickets = check_story(story("He bought a $20 ticket.", "She bought a $35 ticket."))
    assert pairs(tickets) == []


def test_one_lasting_thing_told_by_several_words_is_one_length() -> None:
    """ "a five-day strike" and "a seven-day walkout"; "a nine-hour standoff" and "The ordeal,
    which began at around 7pm on Thursday, lasted nearly 12 hours"; "a 14-night Caribbean
    voyage" and "a 10-night cruise": one thing each (measures.json lasting_things lists),
    read past a relative clause and a capitalised adjective."""
    strike = check_story(
        story("The union called a five-day strike.", "Drivers began a seven-day walkout.")
    )
    assert pairs(strike) == [("five-day", "seven-day")]
    standoff = check_story(
        story(
            "Police stormed the bus after a nine-hour standoff.",
            "The ordeal, which began at around 7pm on Thursday, lasted nearly 12 hours.",
        )
    )
    assert pairs(standoff) == [("nearly 12 hours", "nine-hour")]
    voyage = check_story(
        story(
            "The outbreak began during a 14-night Caribbean voyage.",
            "The ship was on a 10-night cruise.",
        )
    )
    assert pairs(voyage) == [("10-night", "14-night")]
    # a strike and a ceasefire are two things
    two = check_story(
        story("The union called a five-day strike.", "Rebels agreed a seven-day truce.")
    )
    assert pairs(two) == []


def test_how_long_the_incident_lasted_is_one_measure_fixed_once_it_is_over() -> None:
    """ "The attack lasted about four minutes" (Saturday) and "the rampage lasted nearly 20
    minutes" (Monday) tell how long one incident lasted: no part of the other, and no longer
    changing, so compared across days; "about" stretches minutes and seconds written in words
    as it does hours."""
    result = check_story(
        dated(
            ("The attack lasted about four minutes, police said.", "2025-05-10"),
            ("A police timeline showed the rampage lasted nearly 20 minutes.", "2025-05-12"),
        )
    )
    assert pairs(result) == [("about four minutes", "nearly 20 minutes")]
    quake = check_story(
        story("The quake lasted about ten seconds.", "The shaking lasted 40 seconds.")
    )
    assert pairs(quake) == [("40 seconds", "about ten seconds")]


def test_how_long_one_thing_lasted_has_no_parts_however_far_apart() -> None:
    """ "a hijacking that lasted nearly seven hours" and "a 90-minute hijacking": one
    hostage crisis's length, nearly five times apart; a length has no part or total that
    the ratio rule for counts guards against (a strike's "a further two-week walkout" is
    another strike and is never compared)."""
    result = check_story(
        story(
            "Police freed the passengers after a hijacking that lasted nearly seven hours.",
            "Police burst through the doors, ending a 90-minute hijacking.",
        )
    )
    assert pairs(result) == [("90-minute", "nearly seven hours")]
    kidnapping = check_story(
        story("The kidnapping lasted about 10 days.", "The kidnapping lasted about 40 days.")
    )
    assert pairs(kidnapping) == [("about 10 days", "about 40 days")]


def test_people_in_isolation_or_quarantine_are_one_count() -> None:
    """Contacts of an outbreak "in isolation" and "quarantined" are one count of people in a
    state, as those in hospital are."""
    result = check_story(
        story(
            "More than 160 people are in isolation in Villa Arrayanes tonight.",
            "Health officials said 90 people had been quarantined.",
        )
    )
    assert pairs(result) == [("90 people", "More than 160 people")]


def test_a_crowd_is_counted_once_the_gathering_is_over() -> None:
    """Those who attended a rally are as many whatever day an outlet tells it."""
    result = check_story(
        dated(
            ("About 20,000 people attended the rally on Saturday.", "2025-05-10"),
            ("Around 12,000 people attended the rally, organisers said.", "2025-05-12"),
        )
    )
    assert pairs(result) == [("About 20,000 people", "Around 12,000 people")]


def test_a_crowd_of_spectators_is_those_who_attended() -> None:
    """ "A crowd of 81,112 watched" and "in front of 68,500 fans" are one crowd's size; a
    victim shot "in front of three people" is no crowd."""
    result = check_story(
        story(
            "A crowd of 81,112 watched the final at Twickenham.",
            "The Sharks won in front of 68,500 fans at Twickenham.",
        )
    )
    assert pairs(result) == [("68,500 fans", "81,112 watched")]
    shot = check_story(story("He was shot in front of three people.", "He was shot."))
    assert all(
        frame_of(c, None) is None or "attended" not in str(frame_of(c, None)) for c in shot.claims
    )


def test_lengths_told_in_hours_and_in_days_are_compared_in_hours() -> None:
    """ "a 48-hour strike" and "a two-day strike" are one length; "the three-day strike"
    is another: compared in hours, the group says so."""
    result = check_story(
        story(
            "Nurses began a 48-hour strike on Monday.",
            "The two-day strike by nurses began on Monday.",
            "The three-day strike by nurses began on Monday.",
        )
    )
    assert pairs(result) == [("48-hour", "three-day"), ("three-day", "two-day")]
    (group,) = [g for g in result.groups if g.measure.event == "length of strike"]
    assert group.measure.entity == "hours"
    assert {c.quote: c.interval.low for c in group.claims}["three-day"] == 72


def test_a_further_walkout_is_another_strike() -> None:
    """ "The 12-day strike" and "a further two-week walkout could be called": two strikes."""
    result = check_story(
        story(
            "The 12-day strike is due to end on Friday.",
            "The union warned that a further two-week walkout could be called.",
        )
    )
    assert pairs(result) == []


def test_lengths_in_minutes_and_hours_convert_exactly() -> None:
    """ "120 minutes" is two hours exactly (in minutes, whole numbers): no disagreement; "90
    minutes" against "two hours" is one."""
    same = check_story(story("The siege lasted 120 minutes.", "The siege lasted two hours."))
    assert pairs(same) == []
    (group,) = [g for g in same.groups if g.measure.event == "length of standoff"]
    assert group.measure.entity == "minutes"
    other = check_story(story("The siege lasted 90 minutes.", "The siege lasted two hours."))
    assert pairs(other) == [("90 minutes", "two hours")]


def test_things_closed_or_shut_in_any_tense_are_one_count() -> None:
    """A headline's present tense and "shut", which has no -ed form, tell the class of the
    verb (event_dates.json thing_verb_classes): stores shut and stores closed meet."""
    found = pairs(
        check_story(
            story(
                "Lumiere shuts 180 stores as losses mount.",
                "Lumiere closed 140 stores during a difficult year.",
            )
        )
    )
    assert found == [("140 stores", "180 stores")]
    assert happened("Lumiere loss deepens as sales fall, 140 stores shut.")["140 stores"] == (
        "closed"
    )
    assert happened("Lumiere has 1,050 stores in 14 countries.")["1,050 stores"] == ""


def test_a_compound_duration_with_a_half_is_the_length_of_its_thing() -> None:
    """ "a seven-and-a-half-hour standoff" is 450 minutes of the standoff, compared with
    "a siege lasting nearly 12 hours" in minutes, and the explanation names the unit."""
    result = check_story(
        story(
            "Police ended a seven-and-a-half-hour standoff at the bank on Friday.",
            "Police ended a siege lasting nearly 12 hours at the bank on Friday.",
        )
    )
    assert pairs(result) == [("nearly 12 hours", "seven-and-a-half-hour")]
    assert (
        "exactly 450 and 648 to under 720 minutes do not overlap" in result.findings[0].explanation
    )


def test_a_toll_that_fell_below_an_earlier_range_is_explained_with_its_quote() -> None:
    """An earlier range that a later round toll falls below is explained as written: its
    value ("600-700") is no one number."""
    fell = check_story(
        dated(
            ("An estimated 600 to 700 people were killed in the quake.", "2026-03-02"),
            ("Some 300 people were killed in the quake, officials said.", "2026-03-04"),
        )
    )
    assert pairs(fell) == [("An estimated 600 to 700 people", "Some 300 people")]
    assert "cannot fall" in fell.findings[0].explanation


def test_houses_and_homes_are_one_count() -> None:
    """ "60 homes were destroyed" and "75 houses were destroyed": one count of homes."""
    result = check_story(
        story("Officials said 60 homes were destroyed.", "Officials said 75 houses were destroyed.")
    )
    assert pairs(result) == [("60 homes", "75 houses")]


def test_a_crowd_told_by_its_verb_of_coming_is_one_crowd_whatever_the_noun() -> None:
    """ "Some 8,000 visitors attended" and "16,000 spectators filled the airfield" tell one
    crowd (measures.json crowd_nouns, crowd_verbs); visitors who were injured are no crowd,
    and a count of sandbags filled is not people."""
    result = check_story(
        story(
            "Some 8,000 visitors attended the air show on Saturday, organisers said.",
            "An estimated 16,000 spectators filled the airfield on Saturday.",
        )
    )
    assert pairs(result) == [("An estimated 16,000 spectators", "Some 8,000 visitors")]
    control = check_story(
        story(
            "Some 8,000 visitors attended the air show on Saturday, organisers said.",
            "Volunteers filled 16,000 sandbags on Saturday.",
            "Sixteen visitors were injured on Saturday.",
        )
    )
    assert pairs(control) == []


def test_a_lasting_thing_that_ended_after_a_time_lasted_that_long() -> None:
    """ "The walkout, which ended on Saturday after 26 days" tells how long the strike
    lasted, as "a 19-day strike" does; "ended after" said of no lasting thing (a meeting)
    tells nothing to compare."""
    result = check_story(
        story(
            "The walkout, which ended on Saturday after 26 days, stopped production.",
            "Workers at the plant ended a 19-day strike on Saturday.",
        )
    )
    assert pairs(result) == [("19-day", "26 days")]
    fire = check_story(
        story(
            "The blaze was put out after about 14 hours, the fire authority said.",
            "Crews fought the 10-hour fire at the depot.",
        )
    )
    assert pairs(fire) == [("10-hour", "about 14 hours")]
    meeting = check_story(
        story(
            "The meeting ended after 26 days of talks.",
            "Workers at the plant ended a 19-day strike on Saturday.",
        )
    )
    assert pairs(meeting) == []


def test_things_burnt_out_gutted_or_razed_are_destroyed() -> None:
    """ "Eleven vehicles were burnt out" and "six vehicles were destroyed" count the same
    thing (measures.json "buildings destroyed": burnt out, burned down, gutted, razed,
    torched, flattened); damaged ones are another count."""
    result = check_story(
        story(
            "At least 11 vehicles were burnt out at the edge of the camp, police said.",
            "Six vehicles were destroyed in the fire at the camp, the agency said.",
        )
    )
    assert pairs(result) == [("At least 11 vehicles", "Six vehicles")]
    damaged = check_story(
        story(
            "At least 11 vehicles were burnt out at the edge of the camp, police said.",
            "Six vehicles were damaged in the fire at the camp, the agency said.",
        )
    )
    assert pairs(damaged) == []


def test_contacts_followed_are_one_count_and_a_daily_routine_is_no_rate() -> None:
    """Contacts of the sick under follow-up are one count of an outbreak, whatever the verb
    ("following 214 contacts", "more than 400 contacts are under daily follow-up"): "daily"
    before a routine (follow-up, monitoring) makes no rate of the count; "400 contacts a
    day" is one."""
    result = check_story(
        story(
            "Health officials are following 214 contacts of the seven people with Ebola.",
            "More than 400 contacts are under daily follow-up, the ministry said.",
        )
    )
    assert pairs(result) == [("214 contacts", "More than 400 contacts")]
    rate = check_story(
        story(
            "Health officials are following 214 contacts of the seven people with Ebola.",
            "More than 400 contacts a day are being traced, the ministry said.",
        )
    )
    assert pairs(rate) == []


def test_crowd_words_are_read_from_the_measure_lexicon_in_use() -> None:
    """Crowd nouns and verbs come from the measure lexicon in use, as every other word of
    the measures vocabulary does: a lexicon without "spectators" among crowd nouns no longer
    reads "16,000 spectators filled the airfield" as the air show's crowd."""
    texts = (
        "Some 8,000 visitors attended the air show on Saturday, organisers said.",
        "An estimated 16,000 spectators filled the airfield on Saturday.",
    )
    data = copy.deepcopy(load_data("measures"))
    data["crowd_nouns"].remove("spectators")
    with IN_USE.using(compile_measure_lexicon(data)):
        assert pairs(check_story(story(*texts))) == []
    assert pairs(check_story(story(*texts))) == [
        ("An estimated 16,000 spectators", "Some 8,000 visitors")
    ]
