"""`checkclaims check` streams: each story is written into the report set as it comes, and
the writer never holds the stories written before it (checker.cli.stream,
checker.reports.stream, checker.reports.pages)."""

from __future__ import annotations

import gc
import os
import weakref
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import checker
from checker import workers
from checker.cli.app import app
from checker.reports import pages as report_pages
from checker.reports.stream import write_reports_stream
from checker.reports.tables import write_reports
from tests.archive_fixture import RUN, make_archive

STORIES = 24


def small_archive(folder: Path) -> Path:
    """STORIES stories of two short articles each, every third story with a discrepancy."""
    for number in range(STORIES):
        story = folder / f"story-{number:02d}"
        story.mkdir(parents=True)
        for side in range(2):
            killed = 3 + (side if number % 3 == 0 else 0)
            (story / f"a{side}.txt").write_text(
                f"March {number % 28 + 1}, 2016\n\nPolice said {killed} people were killed "
                f"when a gunman opened fire in town {number}, the mayor said on Friday.\n",
                encoding="utf-8",
            )
    return folder


def test_check_writes_each_story_before_checking_the_last_and_lets_it_go(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    events: list[str] = []
    written: list[weakref.ref[Any]] = []
    alive_at_write: list[int] = []
    check_one, add = workers._check_one, report_pages.HumanWriter.add

    def checking(*args: Any, **kwargs: Any) -> Any:
        events.append("checked")
        return check_one(*args, **kwargs)

    def writing(self: Any, rows: Any, result: Any) -> None:
        gc.collect()
        alive_at_write.append(sum(1 for ref in written if ref() is not None))
        written.append(weakref.ref(rows))
        events.append("written")
        add(self, rows, result)

    monkeypatch.setattr(workers, "_check_one", checking)
    monkeypatch.setattr(report_pages.HumanWriter, "add", writing)
    archive = small_archive(tmp_path / "archive")
    result = CliRunner().invoke(
        app,
        ["check", str(archive), "-q", "-j", "1", "--no-cache", "--report-dir", str(tmp_path / "r")],
    )
    assert result.exit_code == 1, result.output
    # two stories are looked at first (does the run hold several?), then each story is
    # written as soon as it is checked: never the whole archive first
    assert events == ["checked"] * 2 + ["written"] * 2 + ["checked", "written"] * (STORIES - 2)
    assert max(alive_at_write) <= 2, alive_at_write  # the stories written before are let go


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_stories_written_one_at_a_time_give_every_report_of_the_whole(
    tmp_path: Path, fmt: str
) -> None:
    archive = make_archive(tmp_path / "archive", copies=2, big=0)
    whole = tmp_path / "whole"
    write_reports(checker.check([str(archive)]), whole, fmt, run=RUN)
    stories = checker.check_iter([str(archive)])
    write_reports_stream(stories, tmp_path / "stream", fmt, run=RUN)
    assert _files(tmp_path / "stream") == _files(whole)
    assert any(name.startswith("texts/") for name in _files(whole))


def _files(folder: Path) -> dict[str, bytes]:
    """Every report file by its name in the report folder, through the set's links."""
    found = {}
    for root, dirs, names in os.walk(folder, followlinks=True):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in names:
            path = Path(root) / name
            found[path.relative_to(folder).as_posix()] = path.read_bytes()
    return found


def test_the_dask_engine_streams_the_same_reports_as_the_local_one(tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    archive = make_archive(tmp_path / "archive", copies=2, big=0)
    local = tmp_path / "local"
    common = ["check", str(archive), "-q", "--no-cache", "--report-dir"]
    assert CliRunner().invoke(app, [*common, str(local), "-j", "1"]).exit_code == 1
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None
    ) as cluster:
        address = ["--engine", "dask", "--scheduler", cluster.scheduler_address]
        done = CliRunner().invoke(app, [*common, str(tmp_path / "dask"), *address])
    assert done.exit_code == 1, done.output
    assert _files(tmp_path / "dask") == _files(local)
    assert {"report.html", "report.md", "claims.csv"} <= set(_files(local))
