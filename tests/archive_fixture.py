"""A small archive for the tests of workers, the store and engines: copies of the seed
story and of the format fixtures as stories of their own, and one story of many short
articles (enough documents for worker processes, one story large enough to be shared
out by documents)."""

from __future__ import annotations

import shutil
from pathlib import Path

from checker.model import Report
from checker.reports.json_report import Run
from checker.reports.tables import report_tables, write_reports

RUN = Run(("checkclaims", "test"), ("archive",), "2026-01-01T00:00:00+00:00", "test")

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "inputs"


def many_articles(folder: Path, count: int) -> Path:
    """A story of `count` short articles whose tolls disagree."""
    folder.mkdir(parents=True)
    for i in range(count):
        (folder / f"a{i:02d}.txt").write_text(
            f"March {i % 28 + 1}, 2016\n\nPolice said {3 + i % 3} people were killed and "
            f"{10 + i} were injured when a gunman opened fire, the mayor said on Friday.\n",
            encoding="utf-8",
        )
    return folder


def make_archive(folder: Path, copies: int = 3, big: int = 45) -> Path:
    folder.mkdir(parents=True)
    for i in range(copies):
        shutil.copytree(ROOT / "seeds", folder / f"seeds-{i}")
    for name in ("markdown", "html", "records"):
        shutil.copytree(FIXTURES / name, folder / name)
    if big:
        many_articles(folder / "shooting", big)
    return folder


def report_bytes(report: Report, folder: Path, fmt: str = "csv") -> dict[str, bytes]:
    """The report files write_reports writes for `report`, by name."""
    write_reports(report, folder, fmt, run=RUN)
    return {
        f"{stem}.{fmt}": (folder / f"{stem}.{fmt}").read_bytes() for stem in report_tables(report)
    }
