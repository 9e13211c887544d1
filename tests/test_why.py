"""`checkclaims why`: how two figures were read, aligned and compared, and the step that
decided whether they were flagged (checker.findings.why)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from checker.cli.app import app
from checker.documents import read_stories
from checker.findings.why import find_claim, unflagged, unflagged_lines, why_pair
from checker.model import StoryResult
from checker.pipeline import check_story

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
runner = CliRunner()


def _story(tmp_path: Path, texts: dict[str, str]) -> StoryResult:
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return check_story(read_stories([str(tmp_path)])[0])


def _why(result: StoryResult, first: str, second: str) -> list[str]:
    a, b = find_claim(result.claims, first), find_claim(result.claims, second)
    assert a is not None and b is not None
    return why_pair(result, a, b)


@pytest.fixture(scope="module")
def seeds() -> StoryResult:
    return check_story(read_stories([str(SEEDS)])[0])


def test_a_flagged_seed_pair_is_told_flagged_with_its_relation(seeds: StoryResult) -> None:
    lines = _why(seeds, "002_48d7ff4f65d90d47.txt:3860", "001_ea200905dab8a0fa.txt:1700")
    assert lines[0].startswith('"nearly 1,400 civilians" (002_48d7ff4f65d90d47.txt:3852-3874)')
    assert "happened='killed'" in lines[0] and "counted='civilians'" in lines[0]
    assert lines[2].startswith("aligned in seeds/g")
    assert lines[3:] == [
        "frames relate: narrower",
        "conflict: part exceeds whole",
        "flagged: high discrepancy",
    ]


def test_a_claim_is_found_by_its_id_or_an_offset_inside_it(seeds: StoryResult) -> None:
    by_id = find_claim(seeds.claims, "001_ea200905dab8a0fa.txt:1697-1707")
    assert by_id is not None and by_id.quote == "583 people"
    assert find_claim(seeds.claims, "001_ea200905dab8a0fa.txt:1706") is by_id
    assert find_claim(seeds.claims, "001_ea200905dab8a0fa.txt:1707") is not by_id
    assert find_claim(seeds.claims, "no-such-file.txt:1700") is None
    assert find_claim(seeds.claims, "1700") is None


def _blast(tmp_path: Path, first: str, second: str) -> StoryResult:
    """Two reports of one blast, whose ledes are `first` and `second`."""
    return _story(
        tmp_path, {"a.txt": f"Blast in Lorton\n\n{first}", "b.txt": f"Lorton blast\n\n{second}"}
    )


_ON_MONDAY = " in a blast in Lorton on Monday."


def test_different_happenings_are_not_aligned_and_say_which_field(tmp_path: Path) -> None:
    result = _blast(
        tmp_path, "Ten people were killed" + _ON_MONDAY, "Twelve people were injured" + _ON_MONDAY
    )
    lines = _why(result, "a.txt:18", "b.txt:14")
    assert lines[-1] == "not aligned: different what happened 'killed' vs 'injured'"


def test_figures_far_apart_are_read_as_different_counts(tmp_path: Path) -> None:
    result = _blast(
        tmp_path, "Ten people were killed" + _ON_MONDAY, "Forty people were killed" + _ON_MONDAY
    )
    lines = _why(result, "a.txt:18", "b.txt:14")
    assert "frames relate: same" in lines and "conflict: disjoint" in lines
    assert lines[-1].startswith("not flagged: more than 2.5 times apart")


def test_overlapping_figures_are_told_compatible(tmp_path: Path) -> None:
    result = _blast(
        tmp_path, "About 40 people were killed" + _ON_MONDAY, "42 people were killed" + _ON_MONDAY
    )
    lines = _why(result, "a.txt:24", "b.txt:14")
    assert lines[-1] == "no conflict: their intervals overlap"


def test_unflagged_lists_each_group_with_figures_apart_and_why(tmp_path: Path) -> None:
    result = _blast(
        tmp_path,
        "Ten people were killed" + _ON_MONDAY,
        "Forty people were killed" + _ON_MONDAY,
    )
    (found,) = unflagged(result)
    group, a, b, why = found
    assert {a.quote, b.quote} == {"Ten people", "Forty people"}
    assert why.startswith("not flagged: more than 2.5 times apart")
    line = unflagged_lines(result)[0]
    assert line.startswith(f"{group.group_id} (people killed") and "more than 2.5 times" in line


def test_a_changing_count_told_on_two_days_is_listed_as_not_compared(tmp_path: Path) -> None:
    result = _blast(
        tmp_path,
        "Twelve people were in hospital on 3 June 2024 after a blast in Lorton.",
        "Five people were in hospital on 4 June 2024 after a blast in Lorton.",
    )
    (found,) = unflagged(result)
    assert found[3].startswith("no conflict: told at different times")


def test_a_range_apart_is_listed_too(tmp_path: Path) -> None:
    result = _blast(
        tmp_path,
        "Between seven and eight people were killed" + _ON_MONDAY,
        "Thirty people were killed" + _ON_MONDAY,
    )
    assert [why for *_, why in unflagged(result)] == [
        "not flagged: more than 2.5 times apart, read as different counts (a part, a total, "
        "another incident)"
    ]


def test_ages_told_a_year_apart_are_said_to_grow(tmp_path: Path) -> None:
    result = _story(
        tmp_path,
        {
            "a.txt": "Lorton man charged\n\nPublished 2015-03-09\n\nJohn Perkins, 24, was charged.",
            "b.txt": "Lorton trial\n\nPublished 2016-03-14\n\nJohn Perkins, 25, went on trial.",
        },
    )
    assert _why(result, "a.txt:56", "b.txt:50")[-1] == (
        "no conflict: ages told as of 2015-03-09 and 2016-03-14: a person's age grows by the "
        "years between"
    )


def test_flagged_pairs_are_not_listed_as_unflagged(seeds: StoryResult) -> None:
    assert unflagged(seeds) == []
    assert unflagged_lines(seeds) == [
        "no group holds two documents' figures whose ranges do not meet and no flag"
    ]


def test_the_command_prints_the_steps_and_exits_0() -> None:
    result = runner.invoke(
        app, ["why", str(SEEDS), "002_48d7ff4f65d90d47.txt:3860", "001_ea200905dab8a0fa.txt:1700"]
    )
    assert result.exit_code == 0
    assert result.stdout.splitlines()[-1] == "flagged: high discrepancy"


def test_the_command_without_figures_lists_the_unflagged_groups() -> None:
    result = runner.invoke(app, ["why", str(SEEDS)])
    assert result.exit_code == 0
    assert result.stdout.startswith("no group holds")


def test_the_command_with_one_figure_exits_2() -> None:
    result = runner.invoke(app, ["why", str(SEEDS), "001_ea200905dab8a0fa.txt:1700"])
    assert result.exit_code == 2
    assert "give two figures" in result.stderr


def test_the_command_names_a_place_with_no_figure_and_exits_2() -> None:
    result = runner.invoke(app, ["why", str(SEEDS), "001_ea200905dab8a0fa.txt:0", "x.txt:5"])
    assert result.exit_code == 2
    assert "no figure there" in result.stderr
