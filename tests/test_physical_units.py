"""Physical amounts of one dimension meet whatever unit each outlet tells them in, and are
compared in one unit (checker/events/align.py in_one_physical_unit). Invented stories."""

from __future__ import annotations

from checker.pipeline import check_story
from tests.test_events import pairs, story
from tests.test_reconcile import story as dated


def _findings(*texts: str) -> list[tuple[str, str, str]]:
    result = check_story(story(*texts))
    return [(f.verdict, f.group.describe(), f.explanation) for f in result.findings]


def test_amounts_of_one_thing_in_two_units_are_compared_in_the_smaller() -> None:
    result = check_story(
        story(
            "About 600 kilograms of ammonia leaked from the plant on Monday.",
            "About 1.2 tonnes of ammonia leaked from the plant on Monday.",
        )
    )
    assert pairs(result) == [("About 1.2 tonnes", "About 600 kilograms")]
    (finding,) = [f for f in result.findings if f.verdict == "discrepancy"]
    assert finding.group.describe().startswith("kilogram amount spilled")
    # the explanation reads both in the group's unit, and says which
    assert "1,080 to 1,320 kilograms" in finding.explanation
    depth = check_story(
        story(
            "The quake struck at a depth of 10 km on Monday.",
            "The quake struck at a depth of 12 miles on Monday.",
        )
    )
    # "12 miles" is rounded to the mile: 11.5 to 12.5 miles
    assert pairs(depth) == [("10 km", "12 miles")]
    assert "18.507 to under 20.117 kilometres do not overlap" in depth.findings[0].explanation


def test_amounts_that_agree_once_converted_are_not_flagged() -> None:
    # 1,200 hectares are 2,965 acres; "about 1,000 gallons" are 3,785 to 4,546 litres
    # (a US or an imperial gallon), stretched by "about"
    assert (
        pairs(
            check_story(
                story(
                    "The fire burned 1,200 hectares of forest.",
                    "The fire burned 3,000 acres of forest.",
                )
            )
        )
        == []
    )
    assert (
        pairs(
            check_story(
                story(
                    "About 1,000 gallons of fuel spilled into the river.",
                    "About 4,000 litres of fuel spilled into the river.",
                )
            )
        )
        == []
    )


def test_a_figure_and_its_conversion_in_one_sentence_are_still_checked_apart() -> None:
    found = _findings("Winds of 110 km/h (68 mph) hit the coast on Monday.")
    assert [(verdict, "unit conversion" in what) for verdict, what, _ in found] == [
        ("consistent", True)
    ]


def test_a_conversion_restates_its_figure_and_meets_only_conversions() -> None:
    """ "185km/h (115mph)" at landfall and "eased to 150km/h" the next afternoon: the 115mph is
    the 185km/h restated, not a second figure the later one contradicts; "56mph" is rounded
    to the mile, some 90 km/h."""
    assert (
        pairs(
            check_story(
                story(
                    "Typhoon Maran made landfall late on Sunday with sustained winds of 185km/h"
                    " (115mph).",
                    "Maran's maximum sustained winds had eased to 150km/h by Monday afternoon.",
                )
            )
        )
        == []
    )
    assert (
        pairs(
            check_story(
                story(
                    "The weather service recorded a gust of 90 km/h near the site.",
                    "Gusts of 56mph were recorded near the site shortly before the collapse.",
                )
            )
        )
        == []
    )


def test_how_far_something_fell_is_one_measure_whatever_verb_and_unit_tell_it() -> None:
    # "fell" tells the height of the fall, not a change; "from a height of" tells it too
    result = check_story(
        story(
            "The cabin of the cable car fell roughly 30 feet onto the rocks on Saturday.",
            "The cabin fell from a height of about 15 metres on Saturday, officials said.",
        )
    )
    assert pairs(result) == [("about 15 metres", "roughly 30 feet")]
    assert result.findings[0].group.describe().startswith("foot height of fall")
    # what a length is "of" names it, before a verb of falling: the decking's extent
    decking = check_story(
        story(
            "About 60 feet of decking fell into the sea on Saturday.",
            "Some 40 metres of decking fell into the sea on Saturday.",
        )
    )
    assert [f.group.describe() for f in decking.findings] == [
        "foot extent of decking (whole event)"
    ]
    # 9 metres are 29.5 feet: roughly 30 feet and about 9 metres agree
    assert (
        pairs(
            check_story(
                story(
                    "The cabin fell roughly 30 feet onto the rocks on Saturday.",
                    "The cabin fell about 9 metres onto the rocks on Saturday.",
                )
            )
        )
        == []
    )


def test_a_depth_in_water_and_an_incident_speed_hold_from_day_to_day() -> None:
    # "in 300 feet of water" tells a depth; a wreck's depth and the speed a train was
    # travelling at in its derailment do not change with the day an outlet tells them
    wreck = check_story(
        dated(
            ("The wreck of the steamer lies in some 300 feet of water off the cape.", "2026-09-08"),
            (
                "Divers found the wreck at a depth of 140 metres, the survey team said.",
                "2026-09-10",
            ),
        )
    )
    assert pairs(wreck) == [("140 metres", "some 300 feet")]
    train = check_story(
        dated(
            (
                "The train was travelling at about 25 miles an hour when it left the rails.",
                "2026-04-18",
            ),
            (
                "The freight train was travelling at 72 km/h when it derailed, investigators said.",
                "2026-04-20",
            ),
        )
    )
    assert pairs(train) == [("72 km/h", "about 25 miles an hour")]


def test_barrels_of_oil_are_barrels_and_inches_are_sizes_of_things() -> None:
    spill = check_story(
        story(
            "The ruptured pipeline spilled about 6,300 barrels of oil into the river.",
            "Roughly 3,000 barrels of crude spilled from the ruptured pipeline.",
        )
    )
    assert pairs(spill) == [("Roughly 3,000 barrels", "about 6,300 barrels of oil")]
    # two products' screens in one story are no one length told twice
    screens = check_story(
        story(
            "The new laptop has a 15.6-inch display and weighs 1.9 kilograms.",
            "Its smaller sibling comes with a 13.3-inch display.",
        )
    )
    assert pairs(screens) == []


def test_a_length_from_a_named_place_is_the_incidents_distance_from_it() -> None:
    # "13 miles east of Cloverdale" and "40 kilometres east of Cloverdale" cannot both be
    # where the quake struck; 40 miles are 64 km; a place does not move across days
    result = check_story(
        dated(
            ("The quake struck 13 miles east of Cloverdale on Monday.", "2026-05-04"),
            ("The quake was centred 40 kilometres east of Cloverdale.", "2026-05-05"),
        )
    )
    assert pairs(result) == [("13 miles east", "40 kilometres east")]
    assert result.findings[0].group.describe().startswith("kilometre distance from cloverdale")
    agree = check_story(
        story(
            "The quake struck 40 miles north of Anchorage.",
            "The epicentre was 64 kilometres north of Anchorage.",
        )
    )
    assert pairs(agree) == []
    # distances from two places are two measures
    apart = check_story(
        story(
            "The quake struck 13 miles east of Cloverdale.",
            "The quake struck 40 kilometres north of Healdsburg.",
        )
    )
    assert pairs(apart) == []


def test_metric_tons_millimetres_and_square_feet_have_their_dimension() -> None:
    """Units the conversions table lacked had no dimension, so their amounts met no other
    outlet's: "2.5 metric tons of cocaine" against "1.2 tonnes"."""
    result = check_story(
        story(
            "Police seized 2.5 metric tons of cocaine at the port, officials said.",
            "Customs officers seized 1.2 tonnes of cocaine at the port on Monday.",
        )
    )
    assert pairs(result) == [("1.2 tonnes", "2.5 metric tons")]
    burned = check_story(
        story(
            "The fire burned 20,000 square feet of the warehouse, firefighters said.",
            "Firefighters said the fire burned about 3,000 square metres of the warehouse.",
        )
    )
    assert pairs(burned) == [("20,000 square feet", "about 3,000 square metres")]
