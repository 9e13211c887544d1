"""Worker processes (checker.workers) and streaming reports (checker.reports.stream): the
reports are the same, byte for byte, whatever the number of processes, and whether the
stories are written one at a time or all at once."""

from __future__ import annotations

from pathlib import Path

import pytest

import checker
from checker.reports.stream import write_reports_stream
from checker.workers import MIN_DOCUMENTS_PER_WORKER, worker_count
from tests.archive_fixture import RUN, make_archive, report_bytes


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_archive(tmp_path_factory.mktemp("workers") / "archive")


@pytest.fixture(scope="module")
def serial(archive: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    report = checker.check([str(archive)], jobs=1)
    assert len(report.stories) == 7 and len(report.claims) > 300
    return report_bytes(report, tmp_path_factory.mktemp("serial"))


@pytest.mark.parametrize("jobs", [2, 3, 0])
def test_reports_do_not_depend_on_the_number_of_processes(
    archive: Path, serial: dict[str, bytes], tmp_path: Path, jobs: int
) -> None:
    assert report_bytes(checker.check([str(archive)], jobs=jobs), tmp_path) == serial


def test_a_story_shared_out_by_documents_gives_the_same_reports(
    archive: Path, tmp_path: Path
) -> None:
    story = [str(archive / "shooting")]
    expected = report_bytes(checker.check(story, jobs=1), tmp_path / "r1")
    assert report_bytes(checker.check(story, jobs=2, cache=tmp_path / "c"), tmp_path / "r2") == (
        expected
    )


def test_small_inputs_stay_in_one_process() -> None:
    assert worker_count(0, MIN_DOCUMENTS_PER_WORKER * 2 - 1) == 1
    assert worker_count(2, MIN_DOCUMENTS_PER_WORKER) == 1
    assert worker_count(2, MIN_DOCUMENTS_PER_WORKER * 2) == 2
    assert worker_count(1, 10_000) == 1


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_stories_written_one_at_a_time_give_the_same_files(
    archive: Path, tmp_path: Path, fmt: str
) -> None:
    expected = report_bytes(checker.check([str(archive)]), tmp_path / "whole", fmt)
    stories = checker.pipeline.check_iter([str(archive)], jobs=2)
    assert stories.count == 7
    summary = write_reports_stream(stories, tmp_path / "stream", fmt, run=RUN)
    assert summary.stories == 7 and summary.discrepancies > 0
    got = {name: (tmp_path / "stream" / name).read_bytes() for name in expected}
    assert got == expected


def test_an_empty_report_streams_like_the_whole(tmp_path: Path) -> None:
    folder = tmp_path / "empty"
    folder.mkdir()
    (folder / "note.txt").write_text("Nothing to count here at all.\n", encoding="utf-8")
    for fmt in ("csv", "json"):
        expected = report_bytes(checker.check([str(folder)]), tmp_path / f"w{fmt}", fmt)
        stories = checker.pipeline.check_iter([str(folder)])
        write_reports_stream(stories, tmp_path / fmt, fmt, run=RUN)
        assert {n: (tmp_path / fmt / n).read_bytes() for n in expected} == expected
