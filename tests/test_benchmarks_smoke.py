"""Each benchmark's main function on a handful of items (skipped without ../shared/data).

The full runs are not part of the test suite: `python benchmarks/run_all.py`.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks import (  # noqa: E402
    calibrate_qualifiers,
    common,
    gva,
    judged,
    newsclusters,
    newsquant,
    recognizers,
    startup,
    throughput,
)

pytestmark = pytest.mark.data

needs_data = pytest.mark.skipif(not common.DATA.is_dir(), reason="../shared/data is absent")


def _result(path: Path) -> dict:
    record = json.loads(path.read_text("utf-8"))
    assert record["command"].startswith("python benchmarks/")
    return record


@needs_data
def test_newsquant(tmp_path: Path) -> None:
    out = tmp_path / "newsquant.json"
    newsquant.main(["--limit", "12", "--out", str(out)])
    record = _result(out)
    assert set(record["checkclaims"]) == {"tune", "blind", "total"}
    assert 0 <= record["checkclaims"]["total"]["value"]["f1"] <= 100
    assert "quantulum3" in record


def test_newsquant_halves_are_stable_and_errors_of_the_blind_half_are_withheld(
    capsys: pytest.CaptureFixture[str],
) -> None:
    texts = [f"Sentence {i} says {i} apples were sold." for i in range(40)]
    halves = [newsquant.half_of(text) for text in texts]
    assert {"tune", "blind"} == set(halves)
    assert newsquant.half_of("  SENTENCE 0 says 0 apples  were sold. ") == halves[0]
    gold = [{"value": "7.0", "normalized_unit": "apple", "change": "="}]
    sentences = [{"text": t, "quantities": gold} for t in texts]
    newsquant.show_errors(sentences, [[] for _ in texts])
    printed = capsys.readouterr().out
    for text, half in zip(texts, halves, strict=True):
        assert (text in printed) == (half == "tune")
    assert f"({halves.count('blind')} blind sentences withheld" in printed


@needs_data
def test_recognizers(tmp_path: Path) -> None:
    out = tmp_path / "recognizers.json"
    recognizers.main(["--limit", "10", "--out", str(out)])
    assert _result(out)["range_cases"] == 10


@needs_data
def test_gva(tmp_path: Path) -> None:
    out = tmp_path / "gva.json"
    gva.main(["--limit", "5", "--out", str(out)])
    record = _result(out)
    scores = record["scores"]
    assert scores["tune"]["incidents"] + scores["blind"]["incidents"] == 5
    assert scores["all"]["incidents"] == 5
    flags = record["hand_checked_flags"]
    assert flags["tune"]["flags"] + flags["blind"]["flags"] == flags["all"]["flags"] >= 40


def test_blind_part_is_a_stable_third() -> None:
    names = [f"story_{i}" for i in range(3000)]
    blind = [n for n in names if common.is_blind(n)]
    assert 900 < len(blind) < 1100
    assert common.is_blind("10") == common.is_blind(common.ecb_topic("10_ecbplus"))
    # pinned: the parts must never move, or judged blind stories would leak into tuning
    assert [common.is_blind(n) for n in ("a", "b", "c", "10", "138282")] == [
        False,
        True,
        False,
        True,
        True,
    ]


@needs_data
def test_newsclusters(tmp_path: Path) -> None:
    out = tmp_path / "newsclusters.json"
    newsclusters.main(["--limit", "3", "--out", str(out)])
    corpora = _result(out)["corpora"]
    assert set(corpora) == {"fakes", "basil", "ecbplus"}
    for parts in corpora.values():
        assert parts["tune"]["stories"] + parts["blind"]["stories"] == 3
        assert parts["all"]["pairs"] == parts["tune"]["pairs"] + parts["blind"]["pairs"]
    label = corpora["fakes"]["all"]["label"]
    assert sum(label[kind]["stories"] for kind in newsclusters.STORY_KINDS) == 3


def test_judged_flags_match_by_measure_or_by_documents() -> None:
    row = {
        "story": "s1",
        "measure": "people killed (whole event)",
        "first_figure": "32",
        "second_figure": "22",
        "first_document": "01_a.txt",
        "second_document": "02_b.txt",
        "verdict": "true",
    }
    same = judged.RaisedFlag(
        "s1", "people killed (whole event)", "22", "32", "02_b.txt", "01_a.txt"
    )
    renamed = judged.RaisedFlag("s1", "people killed", "32", "22", "01_a.txt", "02_b.txt")
    other = judged.RaisedFlag("s1", "people killed", "32", "23", "01_a.txt", "02_b.txt")
    assert judged.match([same], [row]).rows == (row,)
    renamed_match = judged.match([renamed, other], [row])
    assert renamed_match.by_documents == 1 and renamed_match.unjudged == (other,)
    assert judged.match([other], [row]).no_longer_raised == 1
    assert judged.precision_of([row, {**row, "verdict": "false"}])["precision"] == 0.5


@needs_data
def test_calibrate_qualifiers(tmp_path: Path) -> None:
    out = tmp_path / "calibrate_qualifiers.json"
    calibrate_qualifiers.main(["--limit", "4", "--out", str(out)])
    record = _result(out)
    assert record["observations"] > 0
    for row in record["rows"]:
        assert row["part"] in common.PARTS and 0 <= row["covered"] <= 1


def test_percentile_is_nearest_rank() -> None:
    values = [float(v) for v in range(1, 21)]
    assert calibrate_qualifiers.percentile(values, 0.9) == 18.0
    assert calibrate_qualifiers.percentile(values, 0.95) == 19.0
    assert calibrate_qualifiers.percentile(values, 0.5) == 10.0
    assert calibrate_qualifiers.percentile([], 0.9) == 0.0


@needs_data
def test_throughput(tmp_path: Path) -> None:
    out = tmp_path / "throughput.json"
    throughput.main(["--limit", "4", "--sample", "1", "--no-cli", "--out", str(out)])
    record = _result(out)
    assert [r["fraction"] for r in record["checkclaims_in_process"]] == [0.25, 0.5, 1.0]


def test_quantulum_timing_is_capped_per_document() -> None:
    from benchmarks.capped import time_quantulum_capped

    timed = time_quantulum_capped(["It is 3 km long.", "It weighs 5 kg."], cap=30.0)
    assert timed["capped"] == 0 and timed["found"] >= 2
    stopped = time_quantulum_capped(["It is 3 km long. " * 200], cap=0.001)
    assert stopped["capped"] == 1 and stopped["per_document_seconds"] == [0.001]


def test_startup(tmp_path: Path) -> None:
    out = tmp_path / "startup.json"
    startup.main(["--runs", "1", "--out", str(out)])
    assert _result(out)["timings"]["checkclaims --help"]["returncode"] == 0


def test_benchmarks_skip_cleanly_without_data(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(common, "DATA", tmp_path / "absent")
    for module in (newsquant, recognizers, gva, newsclusters, calibrate_qualifiers, throughput):
        assert module.main(["--limit", "1", "--out", str(tmp_path / "x.json")]) is None
    assert not (tmp_path / "x.json").exists()


def test_singular() -> None:
    cases = {
        "countries": "country",
        "mosques": "mosque",
        "people": "people",
        "viruses": "virus",
        "boxes": "box",
        "feet": "foot",
        "bus": "bus",
        "points": "point",
    }
    assert {w: common.singular(w) for w in cases} == cases
    assert common.singular_phrase("European Countries") == "european country"
