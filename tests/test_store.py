"""The store of extracted claims (checker.store.database): exact round trips, the same reports with
and without it, one new document extracted alone, and a store that is damaged, written by
two runs at once or left by a killed run."""

from __future__ import annotations

import multiprocessing
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import checker
import checker.pipeline
from checker.documents import read_stories
from checker.store import database as store_module
from checker.store.claims import extract_documents
from checker.store.codec import dumps
from checker.store.database import (
    FILE_NAME,
    ClaimStore,
    decode_extracted,
    default_cache_dir,
    document_key,
    encode_extracted,
)
from tests.archive_fixture import FIXTURES, ROOT, make_archive, many_articles, report_bytes

SEEDS = ROOT / "seeds"
GVA = Path(os.environ.get("CHECKCLAIMS_BENCH_DATA", ROOT.parent / "shared" / "data")) / "gva"


def _documents(*paths: Path) -> list:
    return [d for s in read_stories([str(p) for p in paths]) for d in s.documents]


def test_claims_come_back_exactly_as_stored() -> None:
    documents = _documents(SEEDS, FIXTURES / "html", FIXTURES / "records", FIXTURES / "markdown")
    pairs = extract_documents(documents, None)
    assert sum(len(claims) for _, claims in pairs) > 50
    for dated, claims in pairs:
        extracted = ((dated.published, dated.published_source, dated.published_confidence), claims)
        back = decode_extracted(encode_extracted(extracted))
        assert back == extracted
        # equal Decimals can differ in exponent ("1E+4" and "10000"): repr tells them apart
        assert repr(back) == repr(extracted)


def _count_extractions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []
    original = checker.pipeline.document_claims

    def counting(document, vocabulary=None):  # type: ignore[no-untyped-def]
        seen.append(document.doc_id)
        return original(document, vocabulary)

    monkeypatch.setattr(checker.pipeline, "document_claims", counting)
    return seen


def test_reports_are_the_same_with_and_without_the_store(tmp_path: Path) -> None:
    without = report_bytes(checker.check([str(SEEDS)]), tmp_path / "r0")
    cold = report_bytes(checker.check([str(SEEDS)], cache=tmp_path / "c"), tmp_path / "r1")
    warm = report_bytes(checker.check([str(SEEDS)], cache=tmp_path / "c"), tmp_path / "r2")
    assert without == cold == warm
    assert b"discrepancy" in without["discrepancies.csv"]


def test_gva_sample_reports_are_the_same_with_the_store(tmp_path: Path) -> None:
    if not GVA.is_dir():
        pytest.skip(f"{GVA} is absent")
    sample = sorted(p for p in GVA.iterdir() if p.is_dir())[:12]
    paths = [str(p) for p in sample]
    without = report_bytes(checker.check(paths), tmp_path / "r0", "json")
    checker.check(paths, cache=tmp_path / "c")
    warm = report_bytes(checker.check(paths, cache=tmp_path / "c"), tmp_path / "r1", "json")
    assert without == warm


def test_one_new_document_is_the_only_one_extracted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    archive = make_archive(tmp_path / "archive", copies=2, big=0)
    first = report_bytes(checker.check([str(archive)], cache=tmp_path / "c"), tmp_path / "r0")
    seen = _count_extractions(monkeypatch)
    again = report_bytes(checker.check([str(archive)], cache=tmp_path / "c"), tmp_path / "r1")
    assert seen == [] and again == first
    many_articles(archive / "new-story", 1)
    checker.check([str(archive)], cache=tmp_path / "c")
    assert seen == ["a00.txt"]


def test_a_garbage_store_is_rebuilt_and_not_trusted(tmp_path: Path) -> None:
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / FILE_NAME).write_bytes(b"not a database at all " * 400)
    store = ClaimStore(tmp_path / "c")
    assert store.rebuilt
    store.close()
    expected = report_bytes(checker.check([str(SEEDS)]), tmp_path / "r0")
    (tmp_path / "c" / FILE_NAME).write_bytes(b"\0garbage" * 1000)
    got = report_bytes(checker.check([str(SEEDS)], cache=tmp_path / "c"), tmp_path / "r1")
    assert got == expected


@pytest.mark.parametrize("message", ["locking protocol", "database is locked"])
def test_another_runs_lock_at_opening_is_waited_for_not_taken_for_damage(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, message: str
) -> None:
    """Two runs creating one store side by side: a lock of the other run's (SQLITE_PROTOCOL,
    SQLITE_BUSY) is tried again, and the file, with what it holds, is kept."""
    store = ClaimStore(tmp_path / "c")
    extract_documents(_documents(SEEDS / "000_0a01db7517b6ffcf.txt"), store)
    store.close()
    before = _claim_rows(tmp_path / "c")
    assert before > 0
    real = store_module._connect
    failures = iter([sqlite3.OperationalError(message)] * 2)

    def locked_twice(path: Path, version: str) -> sqlite3.Connection:
        for error in failures:
            raise error
        return real(path, version)

    monkeypatch.setattr(store_module, "_connect", locked_twice)
    monkeypatch.setattr(store_module, "_RETRY_SECONDS", 0)
    again = ClaimStore(tmp_path / "c")
    assert not again.rebuilt
    again.close()
    assert next(failures, None) is None  # both locks were met and waited out
    assert _claim_rows(tmp_path / "c") == before


def _claim_rows(store: Path) -> int:
    with sqlite3.connect(store / FILE_NAME) as db:
        return int(db.execute("SELECT COUNT(*) FROM claims").fetchone()[0])


def _damage_one_row(store: Path, table: str) -> None:
    with sqlite3.connect(store / FILE_NAME) as db:
        key, payload = db.execute(f"SELECT key, payload FROM {table} LIMIT 1").fetchone()
        damaged = payload.replace(b'"$d":"', b'"$d":"9')
        assert damaged != payload
        db.execute(f"UPDATE {table} SET payload = ? WHERE key = ?", (damaged, key))


@pytest.mark.parametrize("table", ["claims", "stories"])
def test_a_damaged_row_is_a_miss(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, table: str
) -> None:
    expected = report_bytes(checker.check([str(SEEDS)], cache=tmp_path / "c"), tmp_path / "r0")
    _damage_one_row(tmp_path / "c", table)
    if table == "claims":  # the story's result is stored too: drop it to reach the claims
        with sqlite3.connect(tmp_path / "c" / FILE_NAME) as db:
            db.execute("DELETE FROM stories")
    seen = _count_extractions(monkeypatch)
    result = checker.check([str(SEEDS)], cache=tmp_path / "c")
    got = report_bytes(result, tmp_path / "r1")
    # documents the story dates (an undated article's lede weekday taken in the story's
    # week, checker/story_dates.py) are read again, once each, whenever their story is
    # checked, whichever row was damaged
    dated_by_story = {
        d.doc_id
        for story in result.stories
        for d in story.story.documents
        if "story" in d.published_source
    }
    assert dated_by_story <= set(seen)
    assert got == expected and len(seen) == (1 if table == "claims" else 0) + len(dated_by_story)


def test_a_file_written_again_is_read_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    story = tmp_path / "story"
    many_articles(story, 3)
    checker.check([str(story)], cache=tmp_path / "c")
    first = story / "a01.txt"
    text = first.read_text(encoding="utf-8")
    first.write_text(text.replace("were killed", "were KILLED"), encoding="utf-8")  # same size
    seen = _count_extractions(monkeypatch)
    got = report_bytes(checker.check([str(story)], cache=tmp_path / "c"), tmp_path / "r1")
    assert seen == ["a01.txt"]
    assert got == report_bytes(checker.check([str(story)]), tmp_path / "r2")


def _write_many(folder: str, tag: str) -> None:
    store = ClaimStore(folder)
    for batch in range(20):
        store.put_many({f"{tag}-{batch}-{i}": ((None, "", ""), ()) for i in range(25)})
        store.get_many([f"{tag}-{batch}-0"])
    store.close()


def test_two_runs_can_write_at_once(tmp_path: Path) -> None:
    context = multiprocessing.get_context("spawn")
    runs = [context.Process(target=_write_many, args=(str(tmp_path), t)) for t in "ab"]
    for run in runs:
        run.start()
    for run in runs:
        run.join(120)
    assert [run.exitcode for run in runs] == [0, 0]
    with sqlite3.connect(tmp_path / FILE_NAME) as db:
        assert db.execute("SELECT count(*) FROM claims").fetchone()[0] == 1000


def test_a_run_killed_while_writing_leaves_the_committed_rows(tmp_path: Path) -> None:
    store = ClaimStore(tmp_path)
    store.put_many({"kept": ((None, "", ""), ())})
    store.close()
    code = (
        "import os, signal, sys; from checker.store.database import ClaimStore; "
        "s = ClaimStore(sys.argv[1]); s._db.execute('BEGIN IMMEDIATE'); "
        "s._db.execute(\"INSERT INTO claims VALUES ('lost', 'v', x'00', 'c')\"); "
        "os.kill(os.getpid(), signal.SIGKILL)"
    )
    done = subprocess.run([sys.executable, "-c", code, str(tmp_path)], cwd=ROOT)
    assert done.returncode == -9
    store = ClaimStore(tmp_path)
    assert not store.rebuilt
    assert set(store.get_many(["kept", "lost"])) == {"kept"}
    store.close()


def test_another_extractor_version_misses(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    document = _documents(SEEDS)[0]
    store = ClaimStore(tmp_path)
    store.put_many({document_key(document): ((None, "", ""), ())})
    store.close()
    monkeypatch.setattr(store_module, "extractor_version", lambda: "another version")
    store = ClaimStore(tmp_path)
    assert store.get_many([document_key(document)]) == {}
    assert store._db.execute("SELECT count(*) FROM claims").fetchone()[0] == 0
    store.close()


def test_the_key_ignores_where_the_file_is_but_not_what_extraction_reads() -> None:
    import dataclasses
    import datetime as dt

    document = _documents(SEEDS)[0]
    moved = dataclasses.replace(document, path="/elsewhere/" + document.path)
    dated = dataclasses.replace(document, published=dt.date(2020, 1, 1))
    assert document_key(moved) == document_key(document) != document_key(dated)


def test_the_default_cache_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(store_module.ENV_CACHE_DIR, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert default_cache_dir() == tmp_path / "checkclaims"
    monkeypatch.setenv(store_module.ENV_CACHE_DIR, str(tmp_path / "mine"))
    assert default_cache_dir() == tmp_path / "mine"


def test_a_story_result_comes_back_exactly_with_its_claims_shared() -> None:
    result = checker.check([str(SEEDS)]).stories[0]
    back = store_module.decode_story(dumps(result))
    assert repr(back) == repr(result)
    claims = {id(c) for c in back.claims}
    assert all(id(c) in claims for g in back.groups for c in g.claims)


@pytest.mark.parametrize("several", [True, False, None])
def test_a_storys_rows_come_back_exactly_as_stored(several: bool | None) -> None:
    from checker.reports.stream import Render, story_rows
    from checker.store.codec import decode_rows, encode_rows

    result = checker.check([str(SEEDS)]).stories[0]
    rows = story_rows(result, Render("csv", False, True, several))
    assert rows.severities and all(rows.severities)
    assert bool(rows.flagged) == (several is not None)
    assert decode_rows(encode_rows(rows)) == rows


def test_cut_or_padded_rows_do_not_decode() -> None:
    """The checksum finds a changed byte; a payload of another length fails to decode too
    (read as a miss: store._UNDECODABLE)."""
    from checker.reports.stream import Render, story_rows
    from checker.store.codec import decode_rows, encode_rows

    result = checker.check([str(SEEDS)]).stories[0]
    payload = encode_rows(story_rows(result, Render("csv", False, True, True)))
    damaged = [payload[:cut] for cut in (0, 3, 40, len(payload) // 2, len(payload) - 1)]
    damaged += [payload + b"x", (9).to_bytes(4, "little") + payload[4:]]
    for bad in damaged:
        with pytest.raises(store_module._UNDECODABLE):
            decode_rows(bad)


@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
def test_a_rerun_from_the_store_prints_and_writes_the_same(tmp_path: Path, fmt: str) -> None:
    from typer.testing import CliRunner

    from checker.cli.app import app

    archive = make_archive(tmp_path / "archive", copies=2, big=0)
    outputs = []
    for run, cache in enumerate(["--no-cache", "--cache", "--cache"]):
        reports = tmp_path / f"r{run}"
        options = [cache] if cache == "--no-cache" else [cache, str(tmp_path / "c")]
        args = ["check", str(archive), "--format", fmt, "--report-dir", str(reports), *options]
        result = CliRunner().invoke(app, args)
        assert result.exit_code == 1
        stem = "json" if fmt == "json" else "csv"
        files = {n: (reports / f"{n}.{stem}").read_text("utf-8") for n in ("claims", "documents")}
        outputs.append((_without_run_time(result.stdout, fmt), _files_without_run_time(files, fmt)))
    assert outputs[0] == outputs[1] == outputs[2]
    assert "discrepanc" in outputs[0][0]


@pytest.mark.parametrize("min_severity", ["low", "high"])
def test_a_quiet_rerun_writes_the_pages_from_the_stored_rows_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, min_severity: str
) -> None:
    """Stories with discrepancies come back from the store as their rows, which hold the
    views of their flagged groups and their severities: no result is read unless some
    discrepancies are to be left out (--min-severity above low)."""
    from typer.testing import CliRunner

    from checker.cli.app import app

    archive = make_archive(tmp_path / "archive", copies=2, big=0)
    read: list[str] = []
    original = ClaimStore.get_story

    def get_story(store: ClaimStore, key: str) -> Any:
        found = original(store, key)
        if found is not None:
            read.append(key)
        return found

    monkeypatch.setattr(ClaimStore, "get_story", get_story)
    pages = []
    for run, cache in enumerate(["--no-cache", "--cache", "--cache"]):
        reports = tmp_path / f"r{run}"
        options = [cache] if cache == "--no-cache" else [cache, str(tmp_path / "c")]
        args = ["check", str(archive), "-q", "--min-severity", min_severity, *options]
        result = CliRunner().invoke(app, [*args, "--report-dir", str(reports)])
        assert result.exit_code == 1, result.output
        names = ("report.md", "discrepancies.csv", "claims.csv")
        pages.append({n: (reports / n).read_text("utf-8") for n in names})
    assert pages[0] == pages[1] == pages[2]
    assert "discrepanc" in pages[0]["report.md"].lower()
    assert bool(read) == (min_severity == "high")


def _without_run_time(text: str, fmt: str) -> str:
    """A JSON report without the time its run started (runs a second apart differ in it
    and in nothing else); other formats as they are."""
    if fmt != "json":
        return text
    import json

    document = json.loads(text)
    assert document["run"]["started"]  # the field is there: only its value is left out
    document["run"].pop("started")
    return json.dumps(document, sort_keys=True)


def _files_without_run_time(files: dict[str, str], fmt: str) -> dict[str, str]:
    return {name: _without_run_time(text, fmt) for name, text in files.items()}


def test_a_store_folder_that_cannot_be_written_is_one_line(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from checker.cli.app import app

    blocked = tmp_path / "file"
    blocked.write_text("a file where the folder should be", encoding="utf-8")
    args = ["check", str(SEEDS), "--cache", str(blocked / "sub"), "--report-dir", str(tmp_path)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "--no-cache" in lines[0]


def test_a_rerun_reads_the_stored_rows_a_batch_of_stories_at_a_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from checker.documents import plan_stories
    from checker.reports.stream import Render
    from checker.store.reading import AHEAD
    from checker.workers import RunOptions, check_plans

    archive = tmp_path / "archive"
    for number in range(AHEAD + 6):
        story = archive / f"s{number:03d}"
        story.mkdir(parents=True)
        text = f"Police said {number + 2} people were killed in town {number} on Friday.\n"
        (story / "a.txt").write_text(text, encoding="utf-8")
    plans = plan_stories([str(archive)])
    options, render = RunOptions(cache=str(tmp_path / "c")), Render("csv", several=True)
    first = [checked.rows for checked in check_plans(plans, options, 1, render=render)]
    reads: list[tuple[str, int]] = []
    get = ClaimStore._get

    def counting(self: ClaimStore, table: str, keys: Any, decode: Any) -> Any:
        keys = list(keys)
        reads.append((table, len(keys)))
        return get(self, table, keys, decode)

    monkeypatch.setattr(ClaimStore, "_get", counting)
    again = [checked.rows for checked in check_plans(plans, options, 1, render=render)]
    assert again == first and all(rows is not None and rows.pages for rows in again)
    assert [count for table, count in reads if table == "story_rows"] == [AHEAD, 6]
