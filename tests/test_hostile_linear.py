"""Long unpunctuated text costs linear work (issue 16): every hostile shape of
benchmarks/hostile.py, at 5 KB and 20 KB, extracted and reconciled as a story of its own.

The assertions are on counts of work, the same on every run and machine: the Python
function calls and the characters the regular expressions read (benchmarks/hostile_work.py).
Linear work grows 4x from 5 KB to 20 KB; the target is under 2.5x per doubling, 6.25x here.
The per-figure scans this guards against grew 16x: the events stage read a sentence once
per figure (40 KB of numbers took 31 s), the story's places were looked up with one pattern
per place over every text. A pattern that backtracks within one bounded window is not seen
by these counts; `python benchmarks/hostile.py` times every shape.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import hostile  # noqa: E402
from benchmarks.hostile_work import _CountingPattern, _read, work  # noqa: E402
from checker.extract.text import MAX_SENTENCE_CHARS, fold_text, sentence_spans  # noqa: E402

SIZES = (5_000, 20_000)
LIMIT = hostile.TARGET**2  # two doublings


@pytest.fixture(scope="module")
def counted() -> dict[str, list[dict[str, int]]]:
    return work(list(hostile.SHAPES), SIZES)


@pytest.mark.parametrize("shape", list(hostile.SHAPES))
def test_work_grows_linearly(shape: str, counted: dict[str, list[dict[str, int]]]) -> None:
    small, large = counted[shape]
    for key in ("calls", "regex_chars"):
        assert small[key] > 0
        assert large[key] <= LIMIT * small[key], (shape, key, small[key], large[key])


def test_the_count_sees_a_text_read_once_per_figure() -> None:
    # what the counts guard against: a sentence searched again for each of its figures
    pattern = _CountingPattern(re.compile(r"\bearlier\b"))
    for size in (1_000, 4_000):
        text = "5 people " * (size // 9)
        _read[0] = 0
        for figure in re.finditer(r"\d+", text):
            pattern.search(text, 0, figure.end() + 80)
        assert _read[0] >= (size // 9) ** 2 * 9 // 2 * 0.9  # quadratic in the text


def test_a_text_naming_a_new_place_each_time_is_a_hostile_shape() -> None:
    text = hostile.hostile_text("places", 2_000)
    names = re.findall(r"killed in Q(\w+)", text)
    assert len(names) == len(set(names)) > 50


def test_a_sentence_without_end_is_cut_into_bounded_windows() -> None:
    text = fold_text(hostile.hostile_text("capitals", 40_000))
    spans = sentence_spans(text)
    assert max(end - start for start, end in spans) <= MAX_SENTENCE_CHARS
    assert len(spans) >= 40_000 // MAX_SENTENCE_CHARS
    # cut at spaces: no word is split and no character but spaces is lost
    assert "".join(text[s:e] + " " for s, e in spans).split() == text.split()
