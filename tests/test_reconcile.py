"""Alignment and reconciliation: intervals, time, parts and wholes, order independence."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.extract.claims import extract_claims
from checker.extract.intervals import interval_for
from checker.extract.scopes import WIDE
from checker.findings.figures import can_conflict
from checker.findings.reconcile import severity_of
from checker.model import Document, InputStatus, Interval, Story, StoryResult
from checker.pipeline import check_story


def story(*texts: tuple[str, str | None]) -> Story:
    documents = tuple(
        Document(
            doc_id=f"d{i}.txt",
            text=text,
            story="s",
            published=dt.date.fromisoformat(date) if date else None,
            published_source="test" if date else "",
        )
        for i, (text, date) in enumerate(texts)
    )
    inputs = tuple(InputStatus(d.doc_id, "s", "checked") for d in documents)
    return Story("s", documents, inputs)


def flagged(result: StoryResult) -> list[tuple[str, ...]]:
    return [
        tuple(sorted(c.quote for c in f.group.claims))
        for f in result.findings
        if f.verdict == "discrepancy"
    ]


def test_rounding_makes_more_than_250000_and_more_than_260000_disjoint() -> None:
    a = interval_for(Decimal(250000), Decimal(10000), "above")
    b = interval_for(Decimal(260000), Decimal(10000), "above")
    assert not a.overlaps(b)
    assert interval_for(Decimal(583), Decimal(1), "exact") == Interval(Decimal(583), Decimal(583))
    assert interval_for(Decimal(1400), Decimal(100), "nearly").contains(Decimal(1350))


def test_same_time_disjoint_figures_conflict() -> None:
    result = check_story(
        story(
            ("The storm has killed more than 250,000 people.", "2016-02-10"),
            ("The storm has killed more than 260,000 people.", "2016-02-10"),
        )
    )
    assert flagged(result) == [("more than 250,000 people", "more than 260,000 people")]


def test_cumulative_toll_growing_over_time_is_consistent() -> None:
    result = check_story(
        story(
            ("The war has killed more than 200,000 people.", "2015-09-08"),
            ("The war has killed more than 250,000 people.", "2016-02-10"),
        )
    )
    assert flagged(result) == []
    assert [f.verdict for f in result.findings] == ["consistent"]


def test_cumulative_toll_shrinking_over_time_is_flagged_with_dates() -> None:
    result = check_story(
        story(
            ("The war has killed more than 260,000 people.", "2016-02-04"),
            ("The war has killed 250,000 people.", "2016-02-11"),
        )
    )
    (finding,) = [f for f in result.findings if f.verdict == "discrepancy"]
    assert "2016-02-04" in finding.explanation and "2016-02-11" in finding.explanation


def test_increments_of_two_days_are_two_additions_not_a_toll_that_fell() -> None:
    """ "five more bodies" recovered on Wednesday and "two more" on Thursday add to the toll
    each day; on one day, two outlets' increments of one frame are still compared."""
    wednesday = "Rescue teams recovered five more bodies from the landslide on Route 47."
    thursday = "Two more bodies have been recovered from the landslide on Route 47."
    result = check_story(story((wednesday, "2025-11-05"), (thursday, "2025-11-06")))
    assert not [f for f in result.findings if f.verdict == "discrepancy"]
    result = check_story(story((wednesday, "2025-11-06"), (thursday, "2025-11-06")))
    assert [f for f in result.findings if f.verdict == "discrepancy"]


def test_a_part_cannot_outnumber_the_whole() -> None:
    result = check_story(
        story(
            ("The raids have killed 583 people since September.", "2016-02-11"),
            ("The raids have killed nearly 1,400 civilians since September.", "2016-02-11"),
        )
    )
    assert len(flagged(result)) == 1
    fine = check_story(
        story(
            ("The raids have killed 1,583 people since September.", "2016-02-11"),
            ("The raids have killed nearly 1,400 civilians since September.", "2016-02-11"),
        )
    )
    assert flagged(fine) == []


def test_different_events_and_places_do_not_align() -> None:
    result = check_story(
        story(
            (
                "Fighting in Aleppo province has killed at least 500 people. The war has killed 250,000 people.",
                "2016-02-11",
            ),
            ("The war has injured 1,000 people and displaced 11 million.", "2016-02-11"),
        )
    )
    assert flagged(result) == []


_FILLER = "The ministry gave a briefing on the crash in the capital on Thursday afternoon. " * 5


def test_a_document_that_contradicts_itself_is_flagged() -> None:
    # two figures of one frame in the body, from one source, that no cue orders
    result = check_story(
        story(
            (
                _FILLER + "The crash killed 12 people, the ministry said. "
                "The ministry said the crash killed 30 people.",
                "2016-02-11",
            ),
        )
    )
    assert flagged(result) == [("12 people", "30 people")]
    (finding,) = result.findings
    assert "one article gives both" in finding.explanation


def test_a_lower_bound_below_a_larger_figure_of_its_own_article_is_no_contradiction() -> None:
    # "at least 12" and "30" in one article: the author says both hold (the 12 a part, or a
    # bound the 30 meets); a bare 12 against 30 is still flagged (the test above)
    result = check_story(
        story(
            (
                _FILLER + "The crash killed at least 12 people, the ministry said. "
                "The ministry said the crash killed 30 people.",
                "2016-02-11",
            ),
        )
    )
    assert flagged(result) == []


def test_a_claim_never_conflicts_with_itself() -> None:
    result = check_story(
        story(
            ("The war has killed more than 250,000 people.", "2016-02-11"),
        )
    )
    assert result.findings == ()


def test_background_figures_from_another_year_do_not_align() -> None:
    result = check_story(
        story(
            (
                "The quake killed 12 people on Tuesday. The 2004 tsunami killed 230,000 people.",
                "2013-04-18",
            ),
            ("The earthquake killed 12 people, officials said.", "2013-04-18"),
        )
    )
    assert flagged(result) == []


def test_severity_thresholds() -> None:
    assert severity_of(Decimal("0.04")) == "low"
    assert severity_of(Decimal("0.2")) == "medium"
    assert severity_of(Decimal("0.58")) == "high"


TOLLS = [
    "The war has killed more than 250,000 people.",
    "The war has killed 250,000 people.",
    "The war has killed more than 260,000 people.",
    "The war has killed 240,000 people.",
    "Raids killed 583 people since September.",
    "Raids killed nearly 1,400 civilians since September.",
]


@settings(max_examples=40, deadline=None)
@given(st.permutations(TOLLS))
def test_findings_do_not_depend_on_document_order(texts: list[str]) -> None:
    result = check_story(story(*((t, "2016-02-11") for t in texts)))
    baseline = check_story(story(*((t, "2016-02-11") for t in sorted(texts))))

    def summary(r: StoryResult) -> set[tuple[str, str, tuple[str, ...]]]:
        return {
            (f.verdict, f.severity, tuple(sorted(c.quote for c in f.group.claims)))
            for f in r.findings
        }

    assert summary(result) == summary(baseline)


def test_a_bare_count_right_after_a_verb_of_killing_counts_its_victims() -> None:
    # "... killing two" in a headline: the verb's object is the people it counts
    result = check_story(
        story(
            ("The shooting killed four, police said.", "2016-02-11"),
            ("The shooting killed two people.", "2016-02-11"),
        )
    )
    assert flagged(result) == [("four", "two people")]


@pytest.mark.parametrize(
    "bare",
    [
        "The death toll from Monday's blast at the factory rose to 11, officials said.",
        "Officials said 11 were killed in the blast.",
        "Police said 11 were missing after the blast.",
    ],
)
def test_a_bare_count_a_toll_reached_or_the_subject_of_its_event_is_flagged(bare: str) -> None:
    # the toll's verb or the predicate after the figure says what it counts
    event = "missing" if "missing" in bare else "killed"
    result = check_story(
        story(
            (bare, "2016-02-11"),
            (f"Nine people were {event} in the blast, police said.", "2016-02-11"),
        )
    )
    (pair,) = flagged(result)
    assert pair[0] == "11" or pair[1] == "11"


def test_another_count_beside_another_event_counts_all_of_its_own() -> None:
    # "another 10,100 were missing" beside the dead: all the missing, not a part of them
    result = check_story(
        story(
            (
                "The Red Crescent said 11,300 had died and another 10,100 were missing.",
                "2016-02-11",
            ),
            ("More than 10,000 people are missing, the ministry said.", "2016-02-11"),
        )
    )
    assert flagged(result) == []
    (claim,) = [c for c in result.claims if c.value == "10100"]
    assert claim.measure.scope == ""


def test_other_bare_counts_are_grouped_but_never_flagged() -> None:
    result = check_story(
        story(
            ("Smith, 51, was killed in the shooting, police said.", "2016-02-11"),
            ("The shooting killed two people.", "2016-02-11"),
        )
    )
    assert flagged(result) == []


def test_start_dates_of_one_campaign_are_reconciled() -> None:
    differ = check_story(
        story(
            (
                "Russia began its campaign of airstrikes in Syria on September 30 last year.",
                "2016-02-04",
            ),
            ("Russian airstrikes, which began on October 1 last year, continued.", "2016-02-04"),
        )
    )
    (finding,) = [f for f in differ.findings if f.verdict == "discrepancy"]
    assert finding.group.measure.describe() == "start of the airstrikes"
    assert finding.severity == "low" and "1 day apart" in finding.explanation
    assert "different dates" not in finding.explanation
    agree = check_story(
        story(
            ("The air campaign began on Sept. 30 last year.", "2016-02-04"),
            ("Russia launched its air campaign in late September last year.", "2016-02-04"),
        )
    )
    assert [f.verdict for f in agree.findings] == ["consistent"]


def test_a_rise_is_not_compared_with_a_level() -> None:
    result = check_story(
        story(
            (
                "The number of people killed in the fighting rose by 12, officials said.",
                "2016-02-10",
            ),
            ("At least 250 people have been killed in the fighting.", "2016-02-10"),
        )
    )
    rise = [c for c in result.claims if c.value == "12"]
    assert rise and rise[0].change == "up" and rise[0].measure.event == "killed"
    grouped_with_rise = {c.value for g in result.groups if rise[0] in g.claims for c in g.claims}
    assert "250" not in grouped_with_rise
    assert flagged(result) == []


def test_figures_far_apart_are_different_counts_not_a_flag() -> None:
    # One outlet's 12 against another's 640 for the same words is a part (one hospital, one
    # video) or another incident far more often than a disagreement: kept in the group,
    # explained, not flagged. Within the ratio (2.5) the same shape is flagged.
    apart = check_story(
        story(
            ("The blast killed 12 people, officials said.", "2016-02-10"),
            ("The blast killed 640 people, officials said.", "2016-02-10"),
        )
    )
    assert flagged(apart) == []
    (finding,) = [f for f in apart.findings if f.group.measure.event == "killed"]
    assert finding.verdict == "consistent"
    assert "differ more than 2.5 times" in finding.explanation
    assert "12 people" in finding.explanation and "640 people" in finding.explanation
    near = check_story(
        story(
            ("The blast killed 12 people, officials said.", "2016-02-10"),
            ("The blast killed 29 people, officials said.", "2016-02-10"),
        )
    )
    assert flagged(near) == [("12 people", "29 people")]
    zero = check_story(
        story(
            ("The blast killed 0 people, officials said.", "2016-02-10"),
            ("The blast killed 40 people, officials said.", "2016-02-10"),
        )
    )
    assert flagged(zero) == [("0 people", "40 people")]


def test_figures_rounded_to_neighbouring_steps_disagree() -> None:
    """5.15 is written 5.2: a figure rounded to a step covers its lower end, not its upper
    one, so 5.1 and 5.2 (billion) cannot both be right."""
    from checker.extract.intervals import interval_for

    low = interval_for(Decimal("5.1"), Decimal("0.1"), "exact")
    high = interval_for(Decimal("5.2"), Decimal("0.1"), "exact")
    assert not low.overlaps(high)
    assert low.overlaps(interval_for(Decimal("5.1"), Decimal("0.1"), "exact"))
    assert interval_for(Decimal(583), Decimal(1), "exact").high == 583  # exact counts stay closed


def test_an_article_that_gives_both_numbers_does_not_disagree_with_one_of_them() -> None:
    """An article giving "eight wounded" and, elsewhere, "six wounded" is not set against an
    outlet's "six wounded": its eight and six are its own update or parts; the finding says
    which pair was left alone. Without the second figure the pair is flagged."""
    both = "Eight people were wounded in the shooting on Elm Street.\n\nPolice first said six people were wounded."
    other = "Six people were wounded in the shooting on Elm Street, police said."
    result = check_story(story((both, "2016-05-02"), (other, "2016-05-02")))
    wounded = [f for f in result.findings if f.group.measure.event == "injured"]
    assert [f.verdict for f in wounded] == ["consistent"]
    assert "also gives 6" in wounded[0].explanation
    alone = "Eight people were wounded in the shooting on Elm Street."
    result = check_story(story((alone, "2016-05-02"), (other, "2016-05-02")))
    assert [f.verdict for f in result.findings if f.group.measure.event == "injured"] == [
        "discrepancy"
    ]


def test_a_count_across_the_country_holds_the_story_s_own() -> None:
    """ "12 killed in the city" and "20 killed nationwide" are a part and its whole; a local
    count above the nationwide one is still a part larger than its whole."""
    local = ("Floods killed 12 people in the city on Monday.", "2025-01-06")
    for wide in (
        "Nationwide, floods have killed 20 people, officials said.",
        "Floods have killed 20 people across the country.",
    ):
        assert flagged(check_story(story(local, (wide, "2025-01-06")))) == []
    larger = ("Floods killed 25 people in the city on Monday.", "2025-01-06")
    wide = ("Floods have killed 20 people nationwide.", "2025-01-06")
    assert flagged(check_story(story(larger, wide))) == [("20 people", "25 people")]


def test_a_count_whose_sentence_states_the_other_outlets_number_bare_is_left_alone() -> None:
    """ "The toll had risen to 11, up from nine announced at midday": the article states the
    other outlet's nine as an earlier count; its 11 is an update, not a rival of the nine."""
    from checker.pipeline import check_story
    from tests.test_events import pairs, story

    updated = check_story(
        story(
            "A dam collapse killed nine people, officials said.",
            "The toll had risen to 11, the governor said, up from nine announced at midday.",
        )
    )
    assert pairs(updated) == []
    # control: without the earlier count, the two tolls of one day disagree
    rival = check_story(
        story(
            "A dam collapse killed nine people, officials said.",
            "The dam collapse killed 11 people, the governor said.",
        )
    )
    assert pairs(rival) == [("11 people", "nine people")]


def test_a_document_with_figures_of_different_things_stands_by_its_headline() -> None:
    """An article giving a fine and the larger sum it was cut from tells different things of
    one frame: none of them contradicts another. The one its headline gives stands for it,
    so an outlet's fine that is neither is a disagreement, and one that is the other is left
    alone. With no such figure in its headline, no figure stands for it."""
    body = (
        "The regulator said the fine of £87.4m had been cut from £124.9m because the bank"
        " settled early."
    )
    several = "Regulator fines Thornbury Bank £87.4m over money laundering controls\n\n" + body
    other = "The £97.4m fine on Thornbury Bank was announced on Thursday."
    result = check_story(story((several, "2025-09-18"), (other, "2025-09-18")))
    assert [f.verdict for f in result.findings if "fine" in f.group.measure.describe()] == [
        "discrepancy"
    ]
    same = "The £124.9m fine on Thornbury Bank was announced on Thursday."
    result = check_story(story((several, "2025-09-18"), (same, "2025-09-18")))
    assert "discrepancy" not in {f.verdict for f in result.findings}
    headless = "Thornbury Bank punished over money laundering controls\n\n" + body
    result = check_story(story((headless, "2025-09-18"), (other, "2025-09-18")))
    assert "discrepancy" not in {f.verdict for f in result.findings}


def test_a_headline_count_before_a_place_says_whom_it_counts() -> None:
    """ "Bakery blast kills five in Teruma old town": the five are those the blast killed,
    as in "kills five"; a number before "in the leg" or "in 2015" is not (can_conflict)."""
    day = "2024-09-07"
    result = check_story(
        story(
            ("Bakery blast kills five in Teruma old town", day),
            ("Four people were killed when a gas blast destroyed a bakery in Teruma.", day),
        )
    )
    assert flagged(result) == [("Four people", "five")]
    for text, quote in (
        ("The gunman wounded two in the leg.", "two"),
        ("Suicide bomber kills 4 in Assad clans hometown", "4"),
    ):
        claims = {c.quote: c for c in check_story(story((text, day))).claims}
        assert can_conflict(claims[quote]) == (quote == "4")


def test_two_qualified_figures_are_explained_by_the_ranges_they_allow() -> None:
    """Each figure's qualifier and rounding, read out, then why they conflict: no word of
    headlines when neither figure is one."""
    result = check_story(
        story(
            ("An asteroid about 140 metres wide will pass Earth on Thursday.", "2025-10-14"),
            ("An asteroid about 290 metres across will pass close to Earth.", "2025-10-15"),
        )
    )
    (finding,) = [f for f in result.findings if f.verdict == "discrepancy"]
    # a physical amount read out as written, in its unit
    assert (
        "about 140 metres wide means 126 to 154 metres and about 290 metres means 261 to 319"
        in finding.explanation
    )
    assert "the ranges do not meet" in finding.explanation
    assert "headline" not in finding.explanation


def test_a_headline_toll_its_own_body_and_another_outlet_contradict_is_flagged() -> None:
    """A headline tells the whole toll, never a part or an earlier state: its "five" above
    a body's plain "Four people were killed" disagrees with an outlet's four, though the
    article also gives four. A body that tells four as an earlier state ("police first
    said four") leaves the two alone."""
    body = "Four people were killed when gas exploded in a bakery on Tuesday, police said."
    other = "Four people died in a gas explosion at a bakery on Tuesday, police said."
    headline = "Gas blast at bakery kills five in Marlowe\n\n" + body
    result = check_story(story((headline, "2024-09-07"), (other, "2024-09-07")))
    quotes = {c.claim_id: c.quote for c in result.claims}
    pairs = {
        tuple(sorted((quotes[p.first], quotes[p.second]))) for f in result.findings for p in f.pairs
    }
    assert ("Four people", "five") in pairs
    earlier = (
        "Gas blast at bakery kills five in Marlowe\n\nPolice first said four people were killed."
    )
    result = check_story(story((earlier, "2024-09-07"), (other, "2024-09-07")))
    assert flagged(result) == []


@pytest.mark.parametrize(
    ("sentence", "scope"),
    [
        # the country is the inspections', in the main clause; the toll's clause opens at "in
        # which" (it had been read as a nationwide toll, holding any town's)
        (
            "The prime minister ordered safety inspections of kilns across the country after a"
            " collapse in Beni Harun on Saturday in which 16 people were killed.",
            "",
        ),
        ("At least 16 people were injured in cities across the country, officials said.", WIDE),
        ("Nationwide, the floods have killed 16 people.", WIDE),
    ],
)
def test_a_whole_country_is_the_scope_of_the_figure_s_own_clause(sentence: str, scope: str) -> None:
    (claim,) = [c for c in extract_claims(Document(doc_id="d", text=sentence)) if c.kind == "count"]
    assert claim.measure.scope == scope


def test_a_count_that_goes_either_way_is_no_part_whole_conflict_across_days() -> None:
    """The missing shrink as people are found: "Three passengers are still missing" on one
    day and "two people remain missing" the next are states of one count, not a part above
    its whole; told on one day they still conflict."""
    texts = (
        "Bus crash\n\nThree passengers are still missing after the crash, rescuers said.",
        "Bus crash\n\nTwo people remain missing after the crash, rescuers said.",
    )
    apart = check_story(story((texts[0], "2026-04-16"), (texts[1], "2026-04-17")))
    assert not [f for f in apart.findings if f.verdict == "discrepancy"]
    same_day = check_story(story((texts[0], "2026-04-16"), (texts[1], "2026-04-16")))
    assert [f.verdict for f in same_day.findings if f.group.measure.event == "missing"] == [
        "discrepancy"
    ]
