"""The progress callback of the library and the bar the command line draws with it."""

from __future__ import annotations

import io
import os
import pty
import select
import subprocess
import sys
from pathlib import Path

import pytest
from rich.console import Console

import checker
from checker.cli.progress import MIN_DOCUMENTS, ProgressBar

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def test_check_tells_progress_as_each_story_comes_back() -> None:
    # the workers check whole stories: the seeds (one story of 5 documents) are one call
    calls: list[tuple[int, int, int]] = []
    report = checker.check([str(SEEDS)], progress=lambda *seen: calls.append(seen))
    assert calls == [(5, 5, len(report.claims))]


def test_find_claims_tells_progress_too() -> None:
    calls: list[tuple[int, int, int]] = []
    claims = list(checker.find_claims([str(SEEDS)], progress=lambda *seen: calls.append(seen)))
    assert calls[-1] == (5, 5, len(claims))


def fake_terminal() -> tuple[Console, io.StringIO]:
    out = io.StringIO()
    return Console(file=out, force_terminal=True, width=120), out


def test_the_bar_shows_documents_claims_time_and_rate(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TERM", "xterm")  # rich draws no live display on a dumb terminal
    console, out = fake_terminal()
    with ProgressBar(console) as bar:
        for done in range(1, 41):
            bar(done, 40, 3 * done)
    drawn = out.getvalue()
    for words in ("40/40", "documents, 120 claims", "docs/s", "0:00:0"):
        assert words in drawn


def test_no_bar_for_a_small_run() -> None:
    console, out = fake_terminal()
    with ProgressBar(console) as bar:
        for done in range(1, MIN_DOCUMENTS):
            bar(done, MIN_DOCUMENTS - 1, done)
    assert out.getvalue() == ""


def editions(folder: Path, count: int) -> None:
    folder.mkdir()
    for edition in range(count):
        for source in SEEDS.glob("*.txt"):
            text = f"Edition {edition}.\n" + source.read_text(encoding="utf-8")
            (folder / f"{source.stem}_{edition}.txt").write_text(text, encoding="utf-8")


def stderr_on_a_terminal(*args: str, cwd: Path) -> str:
    """Run checkclaims with stderr on a pseudo-terminal; what it wrote there."""
    main, child = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-c", "from checker.cli.app import main; main()", *args],
        cwd=cwd,
        env={**os.environ, "TERM": "xterm"},  # a terminal that can redraw a line
        stdout=subprocess.DEVNULL,
        stderr=child,
    )
    os.close(child)
    seen = b""
    while True:
        ready, _, _ = select.select([main], [], [], 0.2)
        if ready:
            try:
                chunk = os.read(main, 4096)
            except OSError:  # the terminal closes with the process
                break
            if not chunk:
                break
            seen += chunk
        elif process.poll() is not None:
            break
    process.wait(timeout=120)
    os.close(main)
    return seen.decode("utf-8", "replace")


def test_the_command_line_draws_the_bar_on_a_terminal_only(tmp_path: Path) -> None:
    editions(tmp_path / "story", 8)  # 40 documents
    drawn = stderr_on_a_terminal("story", cwd=tmp_path)
    assert "40/40" in drawn and "docs/s" in drawn
    assert stderr_on_a_terminal("story", "-q", cwd=tmp_path) == ""
    piped = subprocess.run(
        [sys.executable, "-c", "from checker.cli.app import main; main()", "story"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert piped.returncode == 1 and piped.stderr == ""
