"""The seeds' report.html as a real browser renders it: headless Chromium loads the page
(inline CSS and JS, no network), the DOM it dumps holds both flagged groups and every
conflicting pair, the severity filter and the search hide what they should, and a
screenshot is saved as a test artifact for people to look at.

Chromium comes from Debian's `chromium` package (.ci/run installs it when absent); the
tests skip, saying so, on a machine without it. Artifacts go to $CHECKCLAIMS_ARTIFACTS, or
tests/artifacts/ (git-ignored).
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
from pathlib import Path

import lxml.html
import pytest
from typer.testing import CliRunner

import checker
from checker.cli.app import app

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
SCREEN = (1280, 1900)  # the seeds' two groups and the documents table in one picture


def find_browser() -> str | None:
    named = os.environ.get("CHECKCLAIMS_CHROMIUM")
    if named:
        return shutil.which(named)
    return next((path for path in map(shutil.which, BROWSERS) if path), None)


BROWSER = find_browser()
pytestmark = pytest.mark.skipif(
    BROWSER is None,
    reason="no Chromium binary (chromium, chromium-browser, google-chrome) on PATH: "
    "install Debian's chromium package (.ci/run does) to run the browser test",
)


def artifacts() -> Path:
    folder = Path(os.environ.get("CHECKCLAIMS_ARTIFACTS") or ROOT / "tests" / "artifacts")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def browse(page: Path, profile: Path, *options: str, query: str = "") -> str:
    """Run headless Chromium on the page with its own profile folder; its stdout."""
    assert BROWSER is not None
    command = [
        BROWSER,
        "--headless",
        "--disable-gpu",
        "--no-sandbox",  # CI runs as root, where Chromium's sandbox cannot start
        "--no-first-run",
        "--disable-dev-shm-usage",
        f"--user-data-dir={profile}",
        *options,
        page.resolve().as_uri() + query,
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


@pytest.fixture(scope="module")
def seed_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("reports")
    result = CliRunner().invoke(app, ["check", str(SEEDS), "--report-dir", str(out), "-q"])
    assert result.exit_code == 1, result.stderr
    return out / "report.html"


def shown_pairs(dom: str) -> list[tuple[str, ...]]:
    """The claim ids of each conflicting pair the page shows (not hidden, nor its group)."""
    page = lxml.html.fromstring(dom)
    pairs = []
    for group in page.xpath("//section[contains(@class, 'group')][not(@hidden)]"):
        for pair in group.xpath(".//article[contains(@class, 'pair')][not(@hidden)]"):
            pairs.append(tuple(pair.xpath(".//div[contains(@class, 'side')]/@data-claim")))
    return pairs


def test_chromium_shows_both_flagged_groups_and_every_pair(seed_page: Path, tmp_path: Path) -> None:
    dom = browse(seed_page, tmp_path / "profile", "--dump-dom")
    (artifacts() / "seeds_report_dom.html").write_text(dom, encoding="utf-8")
    flagged = checker.check([str(SEEDS)]).discrepancies
    assert len(flagged) == 2
    page = lxml.html.fromstring(dom)
    headings = [" ".join(h.text_content().split()) for h in page.xpath("//section/header/h3")]
    assert headings == [f"{f.severity} {f.group.describe()}" for f in flagged]
    assert shown_pairs(dom) == [(p.first, p.second) for f in flagged for p in f.pairs]
    assert page.xpath("//body/@data-shown") == ["3/3"]  # the script ran
    marks = page.xpath("//div[contains(@class, 'side')]//mark/text()")
    assert "583 people" in marks and "nearly 1,400 civilians" in marks


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("?severity=high", ["seeds/g004"]),  # the low group is hidden
        ("?q=stoltenberg", ["seeds/g008"]),  # one pair of the low group names him
        ("?q=no+such+words", []),
    ],
)
def test_the_filter_and_the_search_work_in_the_browser(
    seed_page: Path, tmp_path: Path, query: str, expected: list[str]
) -> None:
    dom = browse(seed_page, tmp_path / "profile", "--dump-dom", query=query)
    page = lxml.html.fromstring(dom)
    groups = page.xpath("//section[contains(@class, 'group')][not(@hidden)]//code/text()")
    assert groups == expected
    shown = len(shown_pairs(dom))
    assert page.xpath("//body/@data-shown") == [f"{shown}/3"]
    assert shown == {"?severity=high": 1, "?q=stoltenberg": 1}.get(query, 0)
    assert bool(page.xpath("//p[@id='nothing'][not(@hidden)]")) == (shown == 0)


def test_a_screenshot_of_the_report_is_saved(seed_page: Path, tmp_path: Path) -> None:
    picture = artifacts() / "seeds_report.png"
    picture.unlink(missing_ok=True)
    width, height = SCREEN
    browse(
        seed_page,
        tmp_path / "profile",
        f"--screenshot={picture}",
        f"--window-size={width},{height}",
        "--hide-scrollbars",
    )
    data = picture.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", data[16:24]) == SCREEN  # IHDR: width, height
    assert len(data) > 50_000  # text and colour, not a blank page
