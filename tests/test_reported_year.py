"""A report on last year (annual results, a statistics release) tells that year's figures
as its own: "Net profit for 2025 was 37.5 million lari" in a story told in 2026, whose
headlines or ledes name 2025, is the story's figure, not another event's, and meets another
outlet's "Net profit came in at 51 million lari". Counts of harm of a year named so stay
another event's (the background of an incident story)."""

from __future__ import annotations

from checker.pipeline import check_story
from tests.test_events import pairs
from tests.test_reconcile import story

_LEDE = (
    "Nut exporter's profit slips\n\nGuria Nut Company exported 28,600 tonnes of hazelnuts in"
    " 2025, according to its annual results published on Thursday. "
)


def test_last_years_results_named_in_a_lede_are_the_storys_own() -> None:
    result = check_story(
        story(
            (_LEDE + "Net profit for 2025 was 37.5 million lari.", "2026-03-27"),
            (
                "Guria Nut results\n\nNet profit came in at 51 million lari, the company said.",
                "2026-03-27",
            ),
        )
    )
    assert pairs(result) == [("37.5 million lari", "51 million lari")]


def test_a_year_no_headline_or_lede_names_still_tells_another_event() -> None:
    result = check_story(
        story(
            (
                "Nut exporter's profit slips\n\nGuria Nut Company published its annual results on"
                " Thursday. Net profit for 2025 was 37.5 million lari.",
                "2026-03-27",
            ),
            (
                "Guria Nut results\n\nNet profit came in at 51 million lari, the company said.",
                "2026-03-27",
            ),
        )
    )
    assert pairs(result) == []


def test_a_count_of_harm_in_a_year_a_lede_names_stays_background() -> None:
    result = check_story(
        story(
            (
                "Crush kills nine\n\nNine people were killed in a crush on Saturday, the worst"
                " since 2025. In 2025, 40 people were killed in a crush at the same market.",
                "2026-03-15",
            ),
            ("Market crush\n\nNine people were killed in the crush on Saturday.", "2026-03-15"),
        )
    )
    assert pairs(result) == []
