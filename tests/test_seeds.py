"""Acceptance on the five seed articles: what must be flagged and what must never align."""

from __future__ import annotations

from pathlib import Path

import pytest

import checker
from checker.model import Claim, Finding, Report

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="module")
def report() -> Report:
    return checker.check([str(SEEDS)])


def flagged(report: Report) -> list[Finding]:
    return [f for f in report.findings if f.verdict == "discrepancy"]


def finding_with(report: Report, *quotes: str) -> Finding:
    for finding in flagged(report):
        found = [c.quote for c in finding.group.claims]
        if all(any(q in f for f in found) for q in quotes):
            return finding
    raise AssertionError(f"no flagged group holds {quotes}")


def claims_quoting(report: Report, text: str) -> list[Claim]:
    return [c for c in report.claims if text in c.quote]


def test_war_toll_250000_against_260000_is_flagged(report: Report) -> None:
    finding = finding_with(report, "250,000 people", "more than 260,000 people")
    assert finding.severity == "low"
    assert "250,000" in finding.explanation and "260,000" in finding.explanation


def test_airstrike_tolls_are_flagged_with_both_monitors(report: Report) -> None:
    finding = finding_with(report, "583 people", "nearly 1,400 civilians")
    assert finding.severity == "high"
    assert "Syrian Network for Human Rights" in finding.explanation
    assert "Syrian Observatory for Human Rights" in finding.explanation


def test_scopes_that_differ_never_align(report: Report) -> None:
    groups = {c.claim_id: g.group_id for s in report.stories for g in s.groups for c in g.claims}

    def group_of(quote: str) -> str:
        (claim,) = claims_quoting(report, quote)
        return groups.get(claim.claim_id, f"alone:{claim.claim_id}")

    whole_war = group_of("250,000 people")
    assert group_of("At least 500 people") != whole_war  # Aleppo offensive toll
    assert group_of("583 people") != whole_war  # airstrike toll
    assert group_of("nearly 1,400 civilians") != whole_war
    assert group_of("11 million others") != group_of(
        "over one million injured"
    )  # displaced vs injured
    assert group_of("exceeded 100 sorties") not in (
        whole_war,
        group_of("583 people"),
    )  # sorties vs deaths


def test_no_count_for_years_designations_dates_or_list_numbers(report: Report) -> None:
    figures = [c for c in report.claims if c.kind in ("count", "amount", "percent")]
    values = {c.value for c in figures}
    for value in ("2011", "2015", "2016", "24", "16", "29", "8"):
        assert value not in values, f"{value} read as a figure"
    for value in ("1", "2", "3"):
        assert not [c for c in figures if c.value == value and "Skip" in c.sentence]


@pytest.mark.parametrize(
    ("quote", "low", "high"),
    [
        ("11 million others", "10500000", "11500000"),
        ("over one million injured", "1000000", "2000000"),
        ("hundreds of thousands of civilians", "100000", "1000000"),
        ("half the", "0.45", "0.55"),
    ],
)
def test_figures_in_words_have_the_right_interval(
    report: Report, quote: str, low: str, high: str
) -> None:
    from decimal import Decimal

    (claim,) = claims_quoting(report, quote)
    assert claim.interval.low == Decimal(low)
    assert claim.interval.high == Decimal(high)


def test_every_seed_is_accounted_for(report: Report) -> None:
    inputs = report.inputs
    assert sorted(i.document for i in inputs) == sorted(p.name for p in SEEDS.glob("*.txt"))
    assert all(i.status == "checked" for i in inputs)


def test_date_claims_are_dates_not_counts(report: Report) -> None:
    (claim,) = [c for c in report.claims if c.quote == "16/02/16"]
    assert claim.kind == "date"
    assert claim.value == "2016-02-16"


def test_both_seed_disagreements_are_traceable_in_conflicts_with(report: Report) -> None:
    findings = flagged(report)
    assert len(findings) == 2
    for finding in findings:
        assert finding.pairs
        for pair in finding.pairs:
            assert pair.second in finding.conflicts_with(pair.first)
            assert pair.first in finding.conflicts_with(pair.second)
    airstrikes = finding_with(report, "583 people", "nearly 1,400 civilians")
    (pair,) = airstrikes.pairs
    ids = {c.quote: c.claim_id for c in airstrikes.group.claims}
    assert {pair.first, pair.second} == {ids["583 people"], ids["nearly 1,400 civilians"]}
