"""Words added in the configuration file ([vocabulary.*], checker.vocabulary): each changes
what a figure measures so that two figures meet (and disagree) that did not without it; the
run without it is unchanged; unknown classes are refused; check, extract and review, the
workers, the Dask engine and the store all read with it."""

from __future__ import annotations

import csv
import io
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import checker
from checker.cli.app import app
from checker.config import Config, config_from, load_config
from checker.extract.claims import extract_claims
from checker.extract.lexicons import measure_lexicon, shipped_measure_lexicon
from checker.model import Document, Report
from checker.store.database import document_key
from checker.vocabulary import SHIPPED, classes_of
from tests.archive_fixture import make_archive, report_bytes

runner = CliRunner()

# Two outlets on one raid: the first says "butchered" (not a shipped word for killing), the
# second counts "herders" (not a shipped counted noun of people).
RAID = {
    "a.txt": "Gunmen butchered 12 people in the village of Dogon Noma in Kaduna state on "
    "Sunday, police said.",
    "b.txt": "Gunmen killed 30 people in the village of Dogon Noma in Kaduna state on "
    "Sunday, police said.",
    "c.txt": "Gunmen killed 45 herders in the village of Dogon Noma in Kaduna state on "
    "Sunday, police said.",
}
# Two outlets on one rescue: "bailout" is no shipped word for what an amount of money is.
RESCUE = {
    "a.txt": "The government on Monday agreed a bailout of $4 billion for the carmaker, "
    "the finance ministry said.",
    "b.txt": "The finance ministry said on Monday that the bailout, worth $6 billion, "
    "would keep the carmaker open.",
}
EVENTS = '[vocabulary.events]\nkilled = ["butchered"]\n'
PEOPLE = '[vocabulary.people]\npeople = ["herders"]\n'
MONEY = '[vocabulary.money]\n"deal value" = ["Bailout"]\n'


def story(folder: Path, texts: dict[str, str]) -> Path:
    folder.mkdir(parents=True)
    for name, text in texts.items():
        (folder / name).write_text(f"Published: 2026-03-02\n\n{text}\n", encoding="utf-8")
    return folder


def config(toml: str) -> Config:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10
        import tomli as tomllib
    return config_from(tomllib.loads(toml), "test.toml")


def flagged(report: Report) -> set[str]:
    """The quotes of the figures in a conflicting pair, with what they were read to measure."""
    return {
        f"{c.quote}: {f.group.measure.event}"
        for f in report.discrepancies
        for c in f.group.claims
        if f.conflicts_with(c.claim_id)
    }


@pytest.fixture()
def raid(tmp_path: Path) -> Path:
    return story(tmp_path / "raid", RAID)


def test_an_added_word_for_what_happened_makes_two_figures_meet(raid: Path) -> None:
    plain = checker.check([str(raid)])
    assert flagged(plain) == set()
    (butchered,) = [c for c in plain.claims if c.quote == "12 people"]
    assert butchered.measure.event == ""
    added = checker.check([str(raid)], config=config(EVENTS))
    assert flagged(added) == {"12 people: killed", "30 people: killed"}


def test_an_added_counted_noun_makes_two_figures_meet(raid: Path) -> None:
    (herders,) = [c for c in checker.check([str(raid)]).claims if c.quote == "45 herders"]
    assert herders.measure.entity == "herders"
    added = checker.check([str(raid)], config=config(PEOPLE))
    (herders,) = [c for c in added.claims if c.quote == "45 herders"]
    assert herders.measure.entity == "people"
    assert flagged(added) == {"30 people: killed", "45 herders: killed"}
    both = checker.check([str(raid)], config=config(EVENTS + PEOPLE))
    assert len(flagged(both)) == 3


def test_an_added_kind_of_money_makes_two_amounts_meet(tmp_path: Path) -> None:
    rescue = story(tmp_path / "rescue", RESCUE)
    assert flagged(checker.check([str(rescue)])) == set()
    added = checker.check([str(rescue)], config=config(MONEY))
    assert flagged(added) == {"$4 billion: deal value", "$6 billion: deal value"}


def test_the_run_without_the_vocabulary_is_unchanged(raid: Path, tmp_path: Path) -> None:
    before = report_bytes(checker.check([str(raid)]), tmp_path / "before")
    checker.check([str(raid)], config=config(EVENTS + PEOPLE + MONEY))
    assert measure_lexicon() is shipped_measure_lexicon()  # nothing left in use
    assert report_bytes(checker.check([str(raid)]), tmp_path / "after") == before
    assert Config().vocabulary == SHIPPED and SHIPPED.fingerprint == ""
    document = Document("a.txt", RAID["a.txt"])
    assert document_key(document) == document_key(document, vocabulary=SHIPPED.fingerprint)


def test_the_extractor_takes_a_vocabulary() -> None:
    document = Document("a.txt", RAID["a.txt"])
    words = config(EVENTS).vocabulary
    assert [c.measure.event for c in extract_claims(document) if c.kind == "count"] == [""]
    claims = extract_claims(document, vocabulary=words)
    assert [c.measure.event for c in claims if c.kind == "count"] == ["killed"]
    assert measure_lexicon() is shipped_measure_lexicon()


def test_an_added_noun_of_people_makes_a_number_before_it_a_count() -> None:
    """ "1300 faithful": a number the time tagger would read as a year is a count when the
    vocabulary in use counts the word after it as people (the lexicon's counted_words)."""
    document = Document("a.txt", "Some 1300 faithful attended the mass on Sunday.")
    kinds = {c.quote: c.kind for c in extract_claims(document)}
    assert kinds.get("1300") == "date"
    words = config('[vocabulary.people]\npeople = ["faithful"]\n').vocabulary
    claims = extract_claims(document, vocabulary=words)
    assert [(c.kind, c.value) for c in claims if "1300" in c.quote] == [("count", "1300")]
    assert measure_lexicon() is shipped_measure_lexicon()


def test_a_word_added_to_a_class_leaves_the_class_it_had() -> None:
    words = config('[vocabulary.events]\ninjured = ["dead"]\n').vocabulary
    document = Document("a.txt", "The storm left 3 people dead, officials said.")
    assert [c.measure.event for c in extract_claims(document) if c.kind == "count"] == ["killed"]
    claims = extract_claims(document, vocabulary=words)
    assert [c.measure.event for c in claims if c.kind == "count"] == ["injured"]


@pytest.mark.parametrize(
    "toml,named,hint",
    [
        ('[vocabulary.events]\nslain = ["butchered"]\n', "unknown class 'slain' in [vocabulary.events] of", "killed"),
        ('[vocabulary.people]\nvillagers = ["x"]\n', "unknown class 'villagers' in [vocabulary.people] of", "civilians"),
        ('[vocabulary.money]\nbailout = ["x"]\n', "unknown class 'bailout' in [vocabulary.money] of", "deal value"),
        ('[vocabulary.nouns]\npeople = ["x"]\n', "unknown key 'vocabulary.nouns' in", "events, people"),
    ],
)  # fmt: skip
def test_an_unknown_class_or_section_is_refused_naming_it(
    tmp_path: Path, raid: Path, toml: str, named: str, hint: str
) -> None:
    (tmp_path / "run.toml").write_text(toml, encoding="utf-8")
    args = ["check", str(raid), "--report-dir", str(tmp_path / "r")]
    result = runner.invoke(app, [*args, "--config", str(tmp_path / "run.toml")])
    assert result.exit_code == 2
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"Error: {named} {tmp_path / 'run.toml'}")
    assert hint in line


@pytest.mark.parametrize(
    "toml",
    [
        "vocabulary = 3\n",
        "[vocabulary]\nevents = 3\n",
        "[vocabulary.events]\nkilled = 3\n",
        "[vocabulary.events]\nkilled = []\n",
        '[vocabulary.events]\nkilled = [" "]\n',
        "[vocabulary.events]\nkilled = [3]\n",
    ],
)
def test_a_bad_list_of_words_is_refused(toml: str) -> None:
    with pytest.raises(checker.errors.UsageError):
        config(toml)


def test_every_section_offers_the_classes_of_its_data() -> None:
    assert {"killed", "injured", "displaced"} <= classes_of("events")
    assert {"people", "civilians", "children"} <= classes_of("people")
    assert {"shots"} <= classes_of("things") and {"shelling"} <= classes_of("agents")
    assert {"deal value", "budget", "fine"} <= classes_of("money")
    assert "" not in classes_of("events")  # words that are no event are not offered


def test_check_reads_the_working_folders_file(
    raid: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    args = ["check", str(raid), "-q", "--no-cache", "--report-dir", str(tmp_path / "r")]
    assert runner.invoke(app, args).exit_code == 0
    (tmp_path / "checkclaims.toml").write_text(EVENTS, encoding="utf-8")
    assert load_config().vocabulary.additions == (("events", "killed", ("butchered",)),)
    result = runner.invoke(app, args)
    assert result.exit_code == 1, result.stderr
    with (tmp_path / "r" / "discrepancies.csv").open(encoding="utf-8") as handle:
        assert {r["quote"] for r in csv.DictReader(handle)} == {"12 people", "30 people"}


def test_extract_reads_with_the_vocabulary(raid: Path, tmp_path: Path) -> None:
    (tmp_path / "run.toml").write_text(EVENTS + PEOPLE, encoding="utf-8")

    def measures(*options: str) -> dict[str, str]:
        args = ["extract", str(raid), "--format", "csv", "--no-cache", *options]
        result = runner.invoke(app, args)
        assert result.exit_code == 0, result.stderr
        rows = csv.DictReader(io.StringIO(result.stdout))
        return {r["quote"]: r["measure"] for r in rows if r["kind"] == "count"}

    assert measures() == {
        "12 people": "people",
        "30 people": "people killed in dogon noma",
        "45 herders": "herders killed in dogon noma",
    }
    assert measures("--config", str(tmp_path / "run.toml")) == {
        "12 people": "people killed in dogon noma",
        "30 people": "people killed in dogon noma",
        "45 herders": "people killed in dogon noma",
    }


def test_review_reads_with_the_vocabulary(tmp_path: Path) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text(f"Published: 2026-03-02\n\n{RAID['a.txt']}\n", encoding="utf-8")
    sources = story(tmp_path / "sources", {"b.txt": RAID["b.txt"]})
    (tmp_path / "run.toml").write_text(EVENTS, encoding="utf-8")

    def verdict(*options: str) -> str:
        args = ["review", str(draft), "--sources", str(sources), "--format", "csv"]
        result = runner.invoke(app, [*args, "--report-dir", str(tmp_path / "r"), *options])
        assert result.exit_code in (0, 1), result.stderr
        (row,) = [r for r in csv.DictReader(io.StringIO(result.stdout)) if r["kind"] == "count"]
        return str(row["verdict"])

    assert verdict() == "unsourced"
    assert verdict("--config", str(tmp_path / "run.toml")) == "contradicted"


def test_the_store_is_not_reused_across_vocabularies(raid: Path, tmp_path: Path) -> None:
    words = config(EVENTS)
    expected = {
        "plain": report_bytes(checker.check([str(raid)]), tmp_path / "plain"),
        "words": report_bytes(checker.check([str(raid)], config=words), tmp_path / "words"),
    }
    assert expected["plain"] != expected["words"]  # the test can fail
    store = tmp_path / "store"
    for run, name in enumerate(["plain", "words", "plain", "words"]):
        report = checker.check([str(raid)], cache=store, config=words if name == "words" else None)
        assert report_bytes(report, tmp_path / f"run{run}") == expected[name], (run, name)
    other = config('[vocabulary.events]\nkilled = ["butchered", "lynched"]\n').vocabulary
    document = Document("a.txt", RAID["a.txt"])
    keys = {
        document_key(document, vocabulary=v.fingerprint) for v in (SHIPPED, words.vocabulary, other)
    }
    assert len(keys) == 3


def test_the_workers_read_with_the_vocabulary(tmp_path: Path) -> None:
    # a story of many articles is shared out to the workers by documents; the raid is
    # checked by a worker whole
    archive = make_archive(tmp_path / "archive", copies=1, big=0)
    story(archive / "raid", RAID)
    butchered = RAID["a.txt"].replace("12", "{}") + " Report {}."
    many = {f"a{i:02d}.txt": butchered.format(10 + i % 3, i) for i in range(45)}
    story(archive / "many", many)
    words = config(EVENTS + PEOPLE)
    one = checker.check([str(archive)], jobs=1, config=words)
    assert {f.group.story for f in one.discrepancies} >= {"raid", "many"}
    assert len(next(s for s in one.stories if s.story.name == "many").story.documents) == 45
    expected = report_bytes(one, tmp_path / "one")
    assert expected != report_bytes(checker.check([str(archive)], jobs=1), tmp_path / "plain")
    two = checker.check([str(archive)], jobs=2, config=words, cache=tmp_path / "c")
    assert report_bytes(two, tmp_path / "two") == expected


def test_the_dask_engine_reads_with_the_vocabulary(tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    from checker.engine_dask import check_with_dask

    raid = story(tmp_path / "archive" / "raid", RAID)
    story(tmp_path / "archive" / "rescue", RESCUE)
    words = config(EVENTS + MONEY)
    expected = report_bytes(checker.check([str(raid.parent)], config=words), tmp_path / "local")
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None
    ) as cluster:
        _, results = check_with_dask([str(raid.parent)], cluster=cluster, config=words)
        report = Report(tuple(results))
    assert len(report.discrepancies) == 2
    assert report_bytes(report, tmp_path / "dask") == expected


def test_a_vocabulary_is_compiled_once() -> None:
    from checker.vocabulary import compiled

    first, second = config(EVENTS).vocabulary, config(EVENTS).vocabulary
    assert first is not second and compiled(first) is compiled(second)
    assert compiled(first)[0].event_of_word["butchered"] == "killed"
    assert "butchered" not in shipped_measure_lexicon().event_of_word
