"""Long unpunctuated text costs linear time (issue 16): every hostile shape of
benchmarks/hostile.py, at 10 KB and 40 KB.

The assertion is on a generous ratio of CPU times, each the best of several runs: linear
work grows 4x from 10 KB to 40 KB, the quadratic patterns this guards against grew 16x
(the attribution pattern took 7.6 s at 10 KB of capitals and 122 s at 40 KB). The two
shapes made of thousands of figures are left to the benchmark: they take seconds.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import hostile  # noqa: E402
from checker.extract.text import MAX_SENTENCE_CHARS, fold_text, sentence_spans  # noqa: E402

GENEROUS_RATIO = 8.0  # linear is 4, quadratic 16
SLOW_SHAPES = {"numbers", "counts"}


@pytest.mark.parametrize("shape", [s for s in hostile.SHAPES if s not in SLOW_SHAPES])
def test_extraction_grows_linearly(shape: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(hostile, "MIN_TOTAL_SECONDS", 0.05)
    hostile.extraction_seconds("Police said 5 people were killed. " * 10, 1)
    small = hostile.extraction_seconds(hostile.hostile_text(shape, 10_000), 5)
    large = hostile.extraction_seconds(hostile.hostile_text(shape, 40_000), 5)
    assert large < GENEROUS_RATIO * max(small, 0.0005), (shape, small, large)


def test_a_sentence_without_end_is_cut_into_bounded_windows() -> None:
    text = fold_text(hostile.hostile_text("capitals", 40_000))
    spans = sentence_spans(text)
    assert max(end - start for start, end in spans) <= MAX_SENTENCE_CHARS
    assert len(spans) >= 40_000 // MAX_SENTENCE_CHARS
    # cut at spaces: no word is split and no character but spaces is lost
    assert "".join(text[s:e] + " " for s, e in spans).split() == text.split()
