"""The Dask engine (checker.engine_dask) on a two-worker LocalCluster gives the local
engine's reports byte for byte; without dask installed it is one line and exit 2.

The cluster's workers are threads of this process (processes=False): process workers
take several seconds each to start, and the engine's code path is the same."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import checker
from checker.cli.app import app
from checker.model import Report
from tests.archive_fixture import make_archive, report_bytes


def test_dask_engine_gives_the_local_reports(tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    from checker.engine_dask import check_with_dask

    archive = make_archive(tmp_path / "archive", copies=2, big=25)
    expected = report_bytes(checker.check([str(archive)], jobs=1), tmp_path / "local")
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None
    ) as cluster:
        count, results = check_with_dask([str(archive)], cache=tmp_path / "c", cluster=cluster)
        report = Report(tuple(results))
    assert count == len(report.stories) == 6
    assert report_bytes(report, tmp_path / "dask") == expected


def test_dask_engine_without_dask_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "dask.bag", None)
    monkeypatch.setitem(sys.modules, "distributed", None)
    result = CliRunner().invoke(
        app, ["check", "seeds", "--engine", "dask", "--report-dir", str(tmp_path)]
    )
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "pip install 'checkclaims[dask]'" in lines[0]


def test_dask_engine_refuses_standard_input(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    result = CliRunner().invoke(
        app,
        ["check", "-", "--engine", "dask", "--report-dir", str(tmp_path)],
        input="Police said 3 people were killed.\n",
    )
    assert result.exit_code == 2 and "standard input" in result.stderr
