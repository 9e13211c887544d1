"""Explanations do not depend on file names (issue 16): renaming the files of a story and
giving them in another order yields the same conflicting pairs with the same explanations,
once each new name is read back as the old one.

Ties are where names used to leak in: two figures with the same value whose intervals do
not overlap ("nearly 100" and "more than 100") were ordered by claim id, so the pair and its
explanation turned round when the files were renamed; the worst pair of a finding, among
pairs with the same gap, was the first by claim id; the perpetrator cue quoted in a
consistent note came from the first document by name.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import tempfile
from collections.abc import Mapping, Sequence
from functools import cache
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.model import Report
from checker.pipeline import check

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
PUBLISHED = dt.date(2016, 3, 8)

# figures with equal values and disjoint intervals, and pairs with equal gaps
TIES = (
    "Attack in the capital kills 100\n\nAt least 100 people were killed in the attack on"
    " Monday, police said.",
    "Nearly 100 people were killed in the attack on Monday, officials said. The attack"
    " wounded 300 people.",
    "More than 100 people were killed in the attack on Monday, the ministry said. It wounded"
    " 200 people.",
    "The attack on Monday killed 40 people, a hospital said. It wounded 250 people.",
    "The attack on Monday killed 40 people, the governor said.",
)
# stale figures, a later update, dates a day apart, a perpetrator told of in two documents
MIXED = (
    "Gunman kills 30 at mall\n\nA gunman killed nearly 100 people at the mall on Monday before"
    " killing himself, police said. The attack began on March 7.",
    "More than 100 people were killed at the mall on Monday, including the gunman, officials"
    " said. Three people were injured. The attack began on March 5.",
    "At least 40 people were killed at the mall on Monday. The shooter was also wounded. Two"
    " people were injured, one fatally, officials said.",
    "The mall shooting on Monday left 40 dead, the mayor said. Later, the toll rose to 55 dead.",
    "The attack at the mall on Monday killed 40 people, a hospital said. Officials said 45"
    " people were killed in the attack.",
)

# file names: letters of any script, digits, and characters rich text and sorting treat
# specially; no comma or parenthesis, which end a name inside an explanation
_NAME = st.text(
    alphabet=st.characters(whitelist_categories=("Lu", "Ll", "Nd"), whitelist_characters=" -_'[]~"),
    min_size=1,
    max_size=12,
).map(lambda stem: stem + ".txt")


def _renamings(count: int) -> st.SearchStrategy[tuple[list[str], list[int]]]:
    names = st.lists(_NAME, min_size=count, max_size=count, unique_by=str.casefold)
    return st.tuples(names, st.permutations(range(count)))


def _run(texts: Sequence[str], names: Sequence[str], order: Sequence[int]) -> set[tuple]:
    """The story's findings and pairs, its files named `names` and given in `order`, with
    every document name read back as the original one (its position in `texts`)."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "story"
        folder.mkdir()
        for name, text in zip(names, texts, strict=True):
            (folder / name).write_text(text, encoding="utf-8")
        published = None if texts == _seed_texts() else PUBLISHED  # the seeds date themselves
        report = check([str(folder / names[i]) for i in order], published=published)
    original = {name: f"document {i}" for i, name in enumerate(names)}
    back = {s.document: original[os.path.basename(s.path)] for s in report.inputs}
    assert len(back) == len(texts), [s.status for s in report.inputs]
    return _summary(report, back)


_IN_EXPLANATION = re.compile(r"\(([^,()]+)(?=[,)])")  # '"583 people" (NAME, source ...)'


def _summary(report: Report, back: Mapping[str, str]) -> set[tuple]:
    def named(explanation: str) -> str:
        return _IN_EXPLANATION.sub(lambda m: "(" + back.get(m.group(1), m.group(1)), explanation)

    def claim(claim_id: str) -> str:
        document, _, span = claim_id.rpartition(":")
        return f"{back[document]}:{span}"

    found: set[tuple] = set()
    for finding in report.findings:
        group = finding.group
        found.add((group.group_id, finding.verdict, finding.severity, named(finding.explanation)))
        found.update(
            (claim(p.first), claim(p.second), p.severity, p.reason, named(p.explanation))
            for p in finding.pairs
        )
    return found


def _baseline(texts: Sequence[str]) -> set[tuple]:
    names = [f"{i:03d}.txt" for i in range(len(texts))]
    return _run(texts, names, range(len(texts)))


_BASELINES: dict[tuple[str, ...], set[tuple]] = {}


def _check_renamed(texts: tuple[str, ...], names: list[str], order: list[int]) -> None:
    if texts not in _BASELINES:
        _BASELINES[texts] = _baseline(texts)
    baseline = _BASELINES[texts]
    assert sum(len(row) == 5 for row in baseline) >= 3  # pairs to compare
    assert _run(texts, names, order) == baseline


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_renamings(len(TIES)))
def test_ties_are_broken_by_the_figures_not_the_file_names(renaming) -> None:
    _check_renamed(TIES, *renaming)


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_renamings(len(MIXED)))
def test_stale_figures_dates_and_notes_do_not_depend_on_file_names(renaming) -> None:
    _check_renamed(MIXED, *renaming)


@cache
def _seed_texts() -> tuple[str, ...]:
    return tuple(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))


@settings(max_examples=3, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_renamings(len(list(SEEDS.glob("*.txt")))))
def test_the_seed_story_renamed_gives_the_same_pairs(renaming) -> None:
    _check_renamed(_seed_texts(), *renaming)


def test_a_pair_of_equal_figures_reads_the_lower_first_whatever_the_names() -> None:
    # "nearly 100" lies below "more than 100": it comes first under either pair of names
    for names in (["a.txt", "b.txt"], ["b.txt", "a.txt"]):
        with tempfile.TemporaryDirectory() as tmp:
            for name, text in zip(names, TIES[1:3], strict=True):
                Path(tmp, name).write_text(text, encoding="utf-8")
            report = check([tmp], published=PUBLISHED)
        # (the wounded, 300 against 200, are a pair of their own: 150 to under 250 and 250
        # to under 350 do not overlap)
        (pair,) = [p for f in report.findings for p in f.pairs if "100 people" in p.explanation]
        assert pair.explanation.startswith('"Nearly 100 people"'), pair.explanation
