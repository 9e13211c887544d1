"""The configuration and the progress callback on the worker path (checker.workers): a
configuration reaches every worker and the store's story key, and progress is told as each
story's documents come back."""

from __future__ import annotations

import dataclasses
import json
from decimal import Decimal
from pathlib import Path

import pytest

import checker
from checker.config import Config, SeverityScale
from checker.documents import plan_stories
from checker.workers import count_documents
from tests.archive_fixture import make_archive, report_bytes

STRICT = dataclasses.replace(
    Config(),
    severity=SeverityScale(Decimal("0.0001"), Decimal("0.0002"), Decimal("0"), Decimal("1")),
    tolerances=dataclasses.replace(Config().tolerances, about_relative_margin=Decimal("0.3")),
)


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_archive(tmp_path_factory.mktemp("workers_config") / "archive")


def test_the_configuration_reaches_the_workers_and_keys_the_stored_stories(
    archive: Path, tmp_path: Path
) -> None:
    plain = checker.check([str(archive)], jobs=1)
    strict = checker.check([str(archive)], jobs=1, config=STRICT)
    severities = [f.severity for f in strict.discrepancies]
    assert severities != [f.severity for f in plain.discrepancies]  # the test can fail
    assert set(severities) == {"high"}
    expected = report_bytes(strict, tmp_path / "strict")
    store = tmp_path / "store"
    # the store first filled under the default configuration, then read under another
    default_run = checker.check([str(archive)], jobs=2, cache=store)
    assert report_bytes(default_run, tmp_path / "d") == report_bytes(plain, tmp_path / "p")
    for run in range(2):
        again = checker.check([str(archive)], jobs=2, cache=store, config=STRICT)
        assert report_bytes(again, tmp_path / f"s{run}") == expected


def test_progress_is_told_as_each_story_comes_back(archive: Path) -> None:
    calls: list[tuple[int, int, int]] = []
    report = checker.check([str(archive)], jobs=2, progress=lambda *call: calls.append(call))
    assert len(calls) == len(report.stories)
    done = [c[0] for c in calls]
    assert done == sorted(set(done))  # one call per story, each with more documents done
    total = calls[-1][1]
    assert done[-1] == total and {c[1] for c in calls} == {total}
    # files read, counted before reading (a file of records holds several documents)
    assert total == count_documents(plan_stories([str(archive)]))
    assert calls[-1][2] == len(report.claims)


def test_check_takes_the_store_workers_and_report_options_together(
    archive: Path, tmp_path: Path
) -> None:
    from typer.testing import CliRunner

    from checker.cli.app import app

    config = tmp_path / "checkclaims.toml"
    config.write_text('min_severity = "medium"\n', encoding="utf-8")
    out = tmp_path / "reports"
    args = ["check", str(archive), "--jobs", "2", "--cache", str(tmp_path / "c")]
    args += ["--config", str(config), "--fail-on", "high", "--format", "json"]
    for _ in range(2):  # the second run from the store
        result = CliRunner().invoke(app, [*args, "--report-dir", str(out)])
        assert result.exit_code in (0, 1), result.stderr
        assert {"report.html", "report.md", "texts", "discrepancies.json"} <= {
            p.name for p in out.iterdir()
        }
        shown = json.loads(result.stdout)
        assert shown["schema"] == "checkclaims-report/1" and shown["rows"]
        assert {row["severity"] for row in shown["rows"]} <= {"medium", "high"}
        assert (result.exit_code == 1) == ("high" in {r["severity"] for r in shown["rows"]})
