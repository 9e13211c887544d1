"""Each benchmark's main function on a handful of items (skipped without ../shared/data).

The full runs are not part of the test suite: `python benchmarks/run_all.py`.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks import (  # noqa: E402
    archive,
    calibrate_qualifiers,
    chains,
    common,
    coverage,
    findings_dump,
    found,
    gva,
    injected,
    judged,
    junk,
    mixed,
    newsclusters,
    newsquant,
    planted,
    recognizers,
    scaling,
    single,
    startup,
    tempeval,
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


@needs_data
def test_coverage(tmp_path: Path) -> None:
    out = tmp_path / "coverage.json"
    coverage.main(["--limit", "3", "--out", str(out)])
    corpora = _result(out)["corpora"]
    assert set(corpora) == {"gva", "fakes", "basil", "ecbplus"}
    for parts in corpora.values():
        assert parts["tune"]["stories"] + parts["blind"]["stories"] == 3
        for part in parts.values():
            assert 0 <= part["aligned"] <= part["shared_figures"]


@needs_data
def test_found(tmp_path: Path) -> None:
    out = tmp_path / "found.json"
    found.main(["--limit", "3", "--out", str(out)])
    corpora = _result(out)["corpora"]
    assert {"basil tune", "ecbplus tune"} <= set(corpora)
    for result in corpora.values():
        assert result["disagreements"] > 0
        assert 0 <= result["found"] <= result["disagreements"]


def test_found_matches_files_and_figures() -> None:
    from types import SimpleNamespace

    def pair(first: str, second: str, kind: str = "count") -> Any:
        flag = SimpleNamespace(
            first=first, second=second, first_document="a.txt", second_document="b.txt"
        )
        return SimpleNamespace(flag=flag, first=SimpleNamespace(kind=kind))

    row = {"files": "b.txt vs a.txt", "figures": "1,300 vs about 1,250"}
    assert found.row_found(row, [pair("1250", "1300")])
    assert not found.row_found(row, [pair("1250", "1400")])
    days = {"files": "a.txt vs b.txt", "figures": "Tuesday vs Wednesday"}
    assert found.row_found(days, [pair("2019-01-08", "2019-01-09", "date")])
    assert not found.row_found(days, [pair("3", "4")])
    assert not found.row_found({"files": "a.txt vs c.txt", "figures": "3 vs 4"}, [pair("3", "4")])


def _story(texts: tuple[str, ...]) -> Any:
    """A story of one document per text, named d0.txt, d1.txt ..."""
    from checker.model import Document, InputStatus, Story

    documents = tuple(Document(doc_id=f"d{i}.txt", text=t, story="s") for i, t in enumerate(texts))
    return Story("s", documents, tuple(InputStatus(d.doc_id, "s", "checked") for d in documents))


@needs_data
def test_chains(tmp_path: Path) -> None:
    out = tmp_path / "chains.json"
    chains.main(["--limit", "4", "--out", str(out)])
    parts = _result(out)["parts"]
    assert sum(p["clusters"] for p in parts.values()) == 4
    for part in parts.values():
        assert part["aligned_pairs"] <= part["read_pairs"] <= part["gold_pairs"]


@needs_data
def test_injected(tmp_path: Path) -> None:
    out = tmp_path / "injected.json"
    injected.main(["--limit", "3", "--corpora", "gva", "ecbplus", "--out", str(out)])
    parts = _result(out)["parts"]
    for corpus in parts.values():
        for part in corpus.values():
            assert part.get("found", 0) <= part.get("injected", 0)


def test_an_injected_disagreement_is_rewritten_where_the_figure_stands(tmp_path: Path) -> None:
    from collections import Counter

    from checker.documents import read_stories

    (tmp_path / "s").mkdir()
    for name, text in (
        ("a.txt", "Published May 3, 2016\n\nThe blast killed 12 people on Tuesday."),
        ("b.txt", "Published May 4, 2016\n\nThe blast on Tuesday killed 12 people."),
    ):
        (tmp_path / "s" / name).write_text(text, "utf-8")
    (story,) = read_stories([str(tmp_path / "s")])
    tally: Counter = Counter()
    injected.score_story(story, tally)
    # the later article's 12 becomes 8: a toll cannot fall, and the pair is flagged
    assert (tally["injected"], tally["found"]) == (1, 1)
    assert injected.injected_value(injected.Decimal(12)) == 8
    assert injected.injected_value(injected.Decimal(1)) == 2
    assert injected.written(injected.Decimal(1820), "1,400") == "1,820"


@needs_data
def test_mixed(tmp_path: Path) -> None:
    out = tmp_path / "mixed.json"
    mixed.main(["--limit", "2", "--out", str(out)])
    parts = _result(out)["parts"]
    assert set(parts) <= {"ecbplus", "gva"}
    for corpus in parts.values():
        assert sum(p.get("folders", 0) for p in corpus.values()) <= 2
        for part in corpus.values():
            by_measure = sum(n for k, n in part.items() if k.startswith("cross: "))
            assert by_measure == part.get("cross_pairs", 0)


def test_a_mixed_pair_is_counted_across_incidents_only_when_its_figures_are(
    tmp_path: Path,
) -> None:
    from collections import Counter

    from checker.documents import read_stories

    for name, texts in (
        ("quake_a", ("The quake killed two people in the port.", "Two people died.")),
        ("quake_b", ("The quake killed five people in the port.",)),
    ):
        (tmp_path / name).mkdir()
        for i, text in enumerate(texts):
            (tmp_path / name / f"{name}_{i}.txt").write_text(text, "utf-8")
    tally: Counter = Counter()
    (first,) = read_stories([str(tmp_path / "quake_a")])
    (second,) = read_stories([str(tmp_path / "quake_b")])
    mixed.score_mix(first, second, tally)
    assert tally["folders"] == 1
    assert tally["cross_pairs"] >= 1
    assert tally["cross_pairs"] == tally["cross: killed"]
    assert tally["pairs_within_one"] == 0  # the quake_a outlets agree


@needs_data
def test_single(tmp_path: Path) -> None:
    out = tmp_path / "single.json"
    single.main(["--limit", "3", "--out", str(out)])
    halves = _result(out)["halves"]
    assert sum(h["articles"] for h in halves.values()) == 3
    assert all(h["flagged"] <= h["articles"] for h in halves.values())


def test_an_article_that_contradicts_itself_is_counted_flagged(tmp_path: Path) -> None:
    folder = tmp_path / "TimeBank"
    folder.mkdir()
    # two figures of one frame in the body, from one source, that no cue orders
    filler = "The ministry gave a briefing on the crash in the capital on Thursday. " * 5
    text = (
        f"<TEXT>{filler}The crash killed 12 people, the ministry said. The ministry said "
        "the crash killed 30 people.</TEXT>"
    )
    dct = '<DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-03">Feb 3</TIMEX3></DCT>'
    (folder / "a.tml").write_text(f"<TimeML>{dct}{text}</TimeML>", "utf-8")
    (folder / "b.tml").write_text(f"<TimeML>{dct}<TEXT>The crash killed 30.</TEXT></TimeML>")
    assert tempeval.read_timeml(folder / "a.tml").anchor == dt.date(1998, 2, 3)
    tally = single.run(tmp_path, None)["TimeBank"]
    assert (tally["articles"], tally["flagged"]) == (2, 1)


def test_a_chain_pair_counts_as_aligned_only_when_both_figures_share_a_group() -> None:
    from collections import Counter

    from checker.pipeline import check_story

    texts = (
        "An earthquake injured five people in the port on Sunday.",
        "The quake injured two people in the port on Sunday, officials said.",
    )
    story = _story(texts)
    five, two = texts[0].index("five people"), texts[1].index("two people")
    mentions = [("c1", "d0.txt", five, five + 11), ("c1", "d1.txt", two, two + 10)]
    tally: Counter = Counter()
    chains.score_cluster(check_story(story), mentions, tally)
    assert (tally["gold_pairs"], tally["read_pairs"], tally["aligned_pairs"]) == (1, 1, 1)
    # the same mentions given to two chains: read, and one pair joined across chains
    tally = Counter()
    chains.score_cluster(check_story(story), [mentions[0], ("c2", *mentions[1][1:])], tally)
    assert (tally["gold_pairs"], tally["joined_across_chains"]) == (0, 1)


def test_shared_figures_count_numbers_two_outlets_state_and_whether_they_align() -> None:
    from checker.pipeline import check_story

    texts = (
        "Gunmen killed 14 people in the market on Monday. Police arrested 25 suspects.",
        "The attack in the market killed 14 people on Monday. Officers held 25 men.",
    )
    story = _story(texts)
    # 14 killed is told by both and aligned; 25 is told by both, as suspects arrested and as
    # men held, and no group holds both
    assert coverage.shared_figures(check_story(story)) == (2, 1)


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


def test_judged_precision_counts_pairs_and_lists_true_rows_lost() -> None:
    old = {  # an old row without documents judges every pair with its figures
        "story": "s1",
        "measure": "people injured (whole event)",
        "first_figure": "4",
        "second_figure": "5",
        "verdict": "false",
    }
    lost = {**old, "first_figure": "9", "second_figure": "10", "verdict": "true"}
    new = {**old, "first_figure": "3", "first_document": "a.txt", "second_document": "b.txt"}
    new = {**new, "verdict": "true"}
    raised = [
        judged.RaisedFlag("s1", old["measure"], "5", "4", "a.txt", "b.txt"),
        judged.RaisedFlag("s1", old["measure"], "4", "5", "c.txt", "b.txt"),
        judged.RaisedFlag("s1", old["measure"], "3", "5", "a.txt", "b.txt"),
        judged.RaisedFlag("s1", old["measure"], "3", "5", "c.txt", "b.txt"),
    ]
    matched = judged.match(raised, [old, lost, new])
    assert len(matched.pairs) == 3 and matched.unjudged == (raised[3],)
    assert matched.vanished == (lost,)
    assert judged.pair_precision(matched.pairs) == {
        "judged_pairs": 3,
        "true_pairs": 1,
        "pair_precision": 0.3333,
    }
    part = judged.precision_by_part([old, lost, new], lambda s: "tune", raised, Path("x.csv"))
    assert part is not None
    assert part["tune"]["true_flags_no_longer_raised"] == ["s1 people injured (whole event) 10 9"]


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
    assert len(timed["per_document_cpu_seconds"]) == 2  # the CPU time of each, as well
    stopped = time_quantulum_capped(["It is 3 km long. " * 200], cap=0.001)
    assert stopped["capped"] == 1 and stopped["per_document_seconds"] == [0.001]


def test_startup(tmp_path: Path) -> None:
    out = tmp_path / "startup.json"
    startup.main(["--runs", "1", "--out", str(out)])
    assert _result(out)["timings"]["checkclaims --help"]["returncode"] == 0


def test_dependencies(tmp_path: Path) -> None:
    from benchmarks import dependencies

    out = tmp_path / "dependencies.json"
    dependencies.main(["--runs", "1", "--out", str(out)])
    rows = {r["requirement"]: r for r in _result(out)["rows"]}
    assert {"typer", "rich", "trafilatura", "(shared)"} <= set(rows)
    assert rows["typer"]["own_mb"] > 0 and "typer" in rows["typer"]["share"]
    assert rows["typer"]["startup_--help"] > 0  # the command line is typer
    assert rows["pandas"]["startup_--help"] == 0  # kept off the start-up path


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


@needs_data
def test_junk(tmp_path: Path) -> None:
    out = tmp_path / "junk.json"
    junk.main(["--pages", "6", "--out", str(out)])
    scores = _result(out)["scores"]
    assert scores["tune"]["pages"] + scores["blind"]["pages"] == 6
    assert 0 <= scores["tune"]["junk_share"] <= 1


def test_junk_score_counts_junk_unjudged_and_lost_figures() -> None:
    class Claim:
        def __init__(self, start: int) -> None:
            self.start, self.end = start, start + 2

    doc = next(d for d in (f"gva/{i}/x.txt" for i in range(50)) if junk.part_of(d) == "tune")
    judged = {
        (doc, 0): {"verdict": "junk", "class": "phone number"},
        (doc, 10): {"verdict": "ok", "class": ""},
        (doc, 20): {"verdict": "ok", "class": ""},
    }
    scores = junk.score({doc: [Claim(0), Claim(10), Claim(30)]}, judged)["tune"]
    assert (scores["claims"], scores["junk"], scores["unjudged"]) == (3, 1, 1)
    assert scores["junk_share"] == 0.5  # of the two judged claims still extracted
    assert scores["judged_ok_no_longer_extracted"] == 1  # the figure at 20
    assert scores["junk_by_class"] == {"phone number": 1}


def test_scaling(tmp_path: Path) -> None:
    out = tmp_path / "scaling.json"
    long = scaling.main(
        ["--documents", "20", "--megabytes", "0.01", "--rounds", "1", "--out", str(out)]
    )["long_document"]
    assert long["claims"] > 100 and long["megabytes"] == 0.01
    scaling.main(
        ["--documents", "20", "40", "--megabytes", "0", "--rounds", "1", "--out", str(out)]
    )
    record = _result(out)
    assert [r["documents"] for r in record["stories"]] == [20, 40]
    assert record["stories"][1]["two_tolls_conflicting_pairs"] > 0
    assert len(record["growth_per_doubling"]) == 1


@needs_data
def test_findings_dump_compares_equal_dumps_and_tells_a_difference(tmp_path: Path) -> None:
    before, after = tmp_path / "before.jsonl", tmp_path / "after.jsonl"
    assert findings_dump.main(["--out", str(before), "--limit", "2"]) == 0
    assert findings_dump.main(["--out", str(after), "--limit", "2"]) == 0
    assert findings_dump.main(["--compare", str(before), str(after)]) == 0
    lines = after.read_text("utf-8").splitlines()
    after.write_text("\n".join(lines[1:]) + "\n", "utf-8")
    assert findings_dump.main(["--compare", str(before), str(after)]) == 1


@needs_data
def test_archive(tmp_path: Path) -> None:
    out = tmp_path / "archive.json"
    archive.main(["--sizes", "30", "--rerun", "20", "--skip", "jobs", "dask", "--out", str(out)])
    record = _result(out)
    scale = record["scale"][0]
    assert scale["documents"] > 20 and scale["peak_mb"] > 0 and scale["cpu_ms_per_document"] > 0
    assert record["rerun"]["reports_identical"] is True


def _planted_batch(root: Path) -> Path:
    """A batch of one invented story: one planted disagreement, one trap, one agreement."""
    story = root / "stories" / "s01_bridge_collapse"
    story.mkdir(parents=True)
    texts = {
        "north_post.txt": "Bridge collapse kills three\n\nThree people were killed when a road"
        " bridge collapsed over the Vell river on Tuesday, officials said. Nine people were"
        " injured.",
        "river_times.txt": "Five dead in bridge collapse\n\nFive people were killed when a"
        " road bridge collapsed over the Vell river on Tuesday, officials said. Nine people"
        " were injured, two of them seriously.",
    }
    rows = ["file,outlet,published,url,title"]
    for name, text in texts.items():
        (story / name).write_text(text, encoding="utf-8")
        rows.append(f"{name},{name[:-4]},2024-05-08,,{text.splitlines()[0]}")
    (story / "sources.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    entry = {"story": story.name, "measure": "people killed", "why": "toll"}
    key = [
        entry
        | {
            "file_a": "north_post.txt",
            "quote_a": "kills three",
            "file_b": "river_times.txt",
            "quote_b": "Five dead",
        }
    ]
    trap = [
        entry
        | {
            "file_a": "north_post.txt",
            "quote_a": "Nine people",
            "file_b": "river_times.txt",
            "quote_b": "two of them",
        }
    ]
    (root / "KEY.json").write_text(json.dumps(key), encoding="utf-8")
    (root / "TRAPS.json").write_text(json.dumps(trap), encoding="utf-8")
    return root


def test_planted(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    batch = _planted_batch(tmp_path / "batch")
    dump = tmp_path / "dump.txt"
    (result,) = planted.main([str(batch), "--dump", str(dump)])
    assert result["planted"] == 1
    assert result["found"] == 1  # three against five killed, same day: flagged
    assert result["traps_raised"] == 0  # the seriously injured are a part of the nine
    assert result["planted_pairs"] == result["raised_pairs"] - result["unplanned"]
    assert dump.read_text(encoding="utf-8").count("UNPLANNED") == result["unplanned"]
    # a batch is scored with counts only unless --read: no quote reaches the terminal
    assert "kills three" not in capsys.readouterr().out
    # a miss is classed, and --read prints it with its claims
    key = json.loads((batch / "KEY.json").read_text(encoding="utf-8"))
    key[0]["quote_b"] = "Nine people"  # nine injured against three killed: never compared
    key[0]["file_a"] = "north_post.txt"
    (batch / "KEY.json").write_text(json.dumps(key), encoding="utf-8")
    (result,) = planted.main([str(batch), "--read"])
    assert result["found"] == 0
    assert sum(result["misses_by_reason"].values()) == 1
    assert "MISS (different groups)" in capsys.readouterr().out
