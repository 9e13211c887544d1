"""Reconciliation by sweeps (issue 18) finds what comparing every two figures finds.

Random small groups (hypothesis) and every group of a subset of the corpora are reconciled
both ways, by `reconcile_group` and by the pairwise reference (tests/pairwise_reference.py):
same verdict, severity, explanation, conflicting ids, pairs and count of pairs not listed.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import checker.findings.reconcile as reconcile
from checker.documents import read_stories
from checker.events import story_model
from checker.events.timeline import time_key
from checker.findings.figures import as_of_order
from checker.findings.reconcile import MAX_PAIRS, conflicting_sides, reconcile_group
from checker.model import Claim, ClaimGroup, Interval, Measure, TimeExpr
from checker.pipeline import _beside_event, _dead_of, check_story
from tests.pairwise_reference import reconcile_pairwise

# (words before the figure, words after): plain, an update cue, a stale cue
SENTENCES = (("Officials said ", " people were killed."), ("The toll rose to ", " people killed."),
             ("Police initially said ", " people were killed."))  # fmt: skip
# TIMEX3 values beside days: a week inside March, a quarter, a weekday of no known week
AS_OF = ("", "2020-03", "2020-03-05", "2020-03-06", "2020-04-01", "2020-W11", "2020-Q1",
         "XXXX-WXX-2")  # fmt: skip
VALUES = (10, 12, 20, 24, 25, 30, 100)


def interval(value: int, kind: str) -> Interval:
    v = Decimal(value)
    return {
        "exact": Interval(v, v),
        "at least": Interval(v, None),
        "more than": Interval(v, None, low_open=True),
        "about": Interval(v * Decimal("0.9"), v * Decimal("1.1")),
        "under": Interval(Decimal(0), v, high_open=True),
    }[kind]


@st.composite
def count_claims(draw: st.DrawFn) -> tuple[Claim, ...]:
    """Figures of one toll in up to 5 documents, some repeated as read (the same reading in
    several documents), with civilians inside people, stale and updated figures, as-of
    dates that are a prefix of others and attributions to two sources."""
    readings = draw(
        st.lists(
            st.tuples(
                st.sampled_from(VALUES),
                st.sampled_from(("exact", "at least", "more than", "about", "under")),
                st.sampled_from(AS_OF),
                st.sampled_from(("people", "civilians")),
                st.sampled_from(range(len(SENTENCES))),
                st.sampled_from(("", "police", "the ministry")),
                st.booleans(),  # in the headline
            ),
            min_size=1,
            max_size=6,
        )
    )
    claims = []
    for number, where in enumerate(draw(st.lists(st.tuples(
        st.sampled_from(range(len(readings))), st.integers(0, 4)), min_size=2, max_size=14))):  # fmt: skip
        value, kind, as_of, entity, words, source, lead = readings[where[0]]
        before, after = SENTENCES[words]
        sentence = f"{before}{value}{after}"
        start = 0 if lead else 100 + 60 * number
        claims.append(
            Claim(
                claim_id=f"c{number:02d}",
                document=f"d{where[1]}.txt",
                start=start + len(before),
                end=start + len(before) + len(str(value)),
                quote=str(value),
                sentence=sentence,
                kind="count",
                value=str(value),
                interval=interval(value, kind),
                unit=entity,
                measure=Measure(event="killed", entity=entity, cumulative=True),
                attribution=source,
                as_of=as_of,
                sentence_start=start,
                event="main event",
            )
        )
    return tuple(claims)


def group_of(claims: tuple[Claim, ...], cumulative: bool) -> ClaimGroup:
    measure = Measure(event="killed", entity="people", cumulative=cumulative)
    ordered = tuple(sorted(claims, key=lambda c: (c.document, c.start, c.end)))
    return ClaimGroup("s/g001", "s", measure, ordered, event="main event")


def same_finding(group: ClaimGroup) -> None:
    fast, slow = reconcile_group(group), reconcile_pairwise(group)
    assert (fast is None) == (slow is None)
    if fast is not None and slow is not None:
        assert fast.verdict == slow.verdict
        assert fast.severity == slow.severity
        assert fast.explanation == slow.explanation
        assert fast.conflicting == slow.conflicting
        assert fast.pairs == slow.pairs
        assert fast.more_pairs == slow.more_pairs


@settings(max_examples=300, deadline=None)
@given(count_claims(), st.booleans())
def test_sweeps_find_what_every_pair_finds_for_counts(
    claims: tuple[Claim, ...], cumulative: bool
) -> None:
    same_finding(group_of(claims, cumulative))


@st.composite
def date_claims(draw: st.DrawFn) -> tuple[Claim, ...]:
    """Start dates of one offensive: days, months and weeks, by Russia, the US or no one."""
    spans = ((5, 5), (6, 6), (1, 31), (7, 7), (4, 10), (20, 20))
    actors = ("", "Russia ", "The US ")
    claims = []
    for number, (span, actor, document) in enumerate(draw(st.lists(st.tuples(
        st.sampled_from(spans), st.sampled_from(actors), st.integers(0, 4)),
        min_size=2, max_size=14))):  # fmt: skip
        low, high = dt.date(2015, 10, span[0]), dt.date(2015, 10, span[1])
        value = low.isoformat() if span[0] == span[1] else "2015-10"
        sentence = f"{actor}began the offensive on {value}."
        at = len(sentence) - len(value) - 1
        time = TimeExpr(at, at + len(value), value, "DATE", value, low, high)
        claims.append(
            Claim(
                claim_id=f"c{number:02d}",
                document=f"d{document}.txt",
                start=at + 80 * number,
                end=at + 80 * number + len(value),
                quote=value,
                sentence=sentence,
                kind="date",
                value=value,
                interval=Interval(None, None),
                measure=Measure(event="start", entity="offensive"),
                sentence_start=80 * number,
                time=time,
            )
        )
    return tuple(claims)


@settings(max_examples=150, deadline=None)
@given(date_claims())
def test_sweeps_find_what_every_pair_finds_for_dates(claims: tuple[Claim, ...]) -> None:
    same_finding(group_of(claims, False))


def many(value: int, documents: range, as_of: str = "") -> list[Claim]:
    sentence = f"Officials said {value} people were killed."
    return [
        Claim(
            claim_id=f"c{value}-{d:04d}",
            document=f"d{d:04d}.txt",
            start=100 + 15,
            end=100 + 15 + len(str(value)),
            quote=str(value),
            sentence=sentence,
            kind="count",
            value=str(value),
            interval=Interval(Decimal(value), Decimal(value)),
            unit="people",
            measure=Measure(event="killed", entity="people", cumulative=True),
            as_of=as_of,
            sentence_start=100,
            event="main event",
        )
        for d in documents
    ]


def test_a_finding_lists_the_first_pairs_and_counts_the_rest() -> None:
    group = group_of((*many(20, range(0, 30)), *many(30, range(30, 60))), True)
    finding = reconcile_group(group)
    assert finding is not None and finding.verdict == "discrepancy"
    assert len(finding.pairs) == MAX_PAIRS and finding.more_pairs == 30 * 30 - MAX_PAIRS
    assert finding.explanation.endswith(f"{30 * 30 - MAX_PAIRS} more conflicting pairs not listed.")
    assert len(finding.conflicting) == MAX_PAIRS
    same_finding(group)


def test_figures_read_alike_are_decided_once_per_pair_of_readings(monkeypatch) -> None:
    """2,000 articles of one toll and 2,000 of another: one decision, not four million."""
    calls = []
    decide = reconcile.figures_conflict

    def counted(*args):
        calls.append(1)
        return decide(*args)

    monkeypatch.setattr(reconcile, "figures_conflict", counted)
    group = group_of((*many(24, range(2000)), *many(30, range(2000, 4000))), True)
    finding = reconcile_group(group)
    assert finding is not None and finding.more_pairs == 2000 * 2000 - MAX_PAIRS
    assert len(calls) < 4 * MAX_PAIRS


def test_a_growing_toll_is_never_paired() -> None:
    """A toll that grows day after day: the sweep over as-of dates visits no pair of it."""
    claims = [
        c
        for day in range(1, 29)
        for c in many(10 * day, range(day * 10, day * 10 + 3), f"2020-02-{day:02d}")
    ]
    group = group_of(tuple(claims), True)
    assert conflicting_sides(group) == []
    same_finding(group)


DATA = Path(os.environ.get("CHECKCLAIMS_BENCH_DATA", Path(__file__).parents[2] / "shared" / "data"))


def sample_folders() -> list[Path]:
    """The first stories of each corpus: a third of a minute of checking."""
    news = sorted((DATA / "newsclusters").glob("fakes_*"))[:12]
    news += sorted((DATA / "newsclusters").glob("basil_*"))[:6]
    ecb = sorted(p for p in (DATA / "ecbplus").glob("*_ecb*") if p.is_dir())[:6]
    gva = (
        sorted(p for p in (DATA / "gva").iterdir() if p.is_dir())[:80]
        if (DATA / "gva").is_dir()
        else []
    )
    return [*news, *ecb, *gva]


def test_sweeps_find_what_every_pair_finds_on_the_corpora() -> None:
    folders = sample_folders() if DATA.is_dir() else []
    if not folders:
        pytest.skip(f"{DATA} is absent")
    groups = 0
    for story in itertools.chain.from_iterable(read_stories([str(f)]) for f in folders):
        result = check_story(story)
        texts = {d.doc_id: d.text for d in result.story.documents}
        dead = {_beside_event(g): g.claims for g in result.groups if g.measure.event == "killed"}
        model = story_model(result.story.documents, result.claims)
        for group in result.groups:
            args = (group, texts, _dead_of(group, dead), model)
            assert reconcile_group(*args) == reconcile_pairwise(*args), group.group_id
            groups += 1
    assert groups > 100


@pytest.mark.parametrize(
    ("as_of", "key"),
    [
        ("2016-07-27", "2016-07-27"),
        ("2016-W30", "2016-07"),  # 25-31 July: inside July, so "2016-07-27" lies in it
        ("2016-W31", "2016-08"),
        ("2016-W35", "2016"),  # 29 August to 4 September
        ("2025-Q3", "2025"),
        ("2016-SU", "2016"),
        ("XXXX-WXX-2", ""),  # a Tuesday of no known week: no time at all
        ("201", "201"),
    ],
)
def test_a_figures_time_orders_by_what_it_covers(as_of: str, key: str) -> None:
    assert time_key(as_of) == key


def test_a_week_is_not_later_than_a_day_inside_it() -> None:
    def dated(as_of: str) -> Claim:
        return Claim(
            "c",
            "d.txt",
            0,
            1,
            "1",
            "1 killed.",
            "count",
            "1",
            Interval(Decimal(1), Decimal(1)),
            as_of=as_of,
        )

    assert as_of_order(dated("2016-W30"), dated("2016-07-27")) == 0
    assert as_of_order(dated("2016-W30"), dated("2016-08-27")) == -1
    assert as_of_order(dated("2025-Q3"), dated("2025-10-23")) == 0  # control: a year
    assert as_of_order(dated("XXXX-WXX-2"), dated("2016-07-27")) == 0
