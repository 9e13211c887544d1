"""`check`'s quick path (checker.cli.check): a command line it reads gives run_check what
typer gives it, option by option; any other line goes through typer; the installed
command ends the same way on either path."""

from __future__ import annotations

import inspect
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import typer

from checker.cli import app as cli
from checker.cli import check as cli_check
from checker.cli.check import quick_options, run_check

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def through_typer(args: list[str], monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """run_check's arguments, by name, as checker.cli.app.main (typer) passes them."""
    seen: list[dict[str, Any]] = []

    def record(*given: Any) -> int:
        seen.append(dict(inspect.signature(run_check).bind(*given).arguments))
        return 0

    monkeypatch.setattr(cli, "run_check", record)
    monkeypatch.setattr(sys, "argv", ["checkclaims", *args])
    with pytest.raises(SystemExit) as stop:
        cli.main()
    assert stop.value.code == 0 and len(seen) == 1
    return seen[0]


def quickly(args: list[str]) -> dict[str, Any] | None:
    options = quick_options(args)
    if options is None:
        return None
    bound = inspect.signature(run_check).bind(**options)
    bound.apply_defaults()
    return dict(bound.arguments)


LINES = [
    ["story"],
    ["check", "story", "other"],
    ["story", "-q", "--follow-links", "--report-dir", "out/", "--cache", "c", "--jobs", "2"],
    ["-q", "story", "--no-cache", "--raw-csv", "--format", "json", "-j", "0"],
    ["story", "--format", "csv", "--format", "html", "--published", "2024-01-31"],
    ["story", "--min-severity", "high", "--fail-on", "none", "--config", "x.toml"],
    ["story", "--engine", "dask", "--scheduler", "tcp://host:8786", "--jobs", "07"],
    ["story", "--published", "not a date", "--min-severity", "loud"],  # run_check judges
]


@pytest.mark.parametrize("args", LINES)
def test_the_quick_path_reads_a_line_as_typer_does(
    args: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert quickly(args) == through_typer(args, monkeypatch)


def test_every_option_of_check_is_read_as_typer_reads_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each name typer declares for a `check` option: read alike, or left to typer."""
    command = typer.main.get_command(cli.app).commands["check"]  # type: ignore[attr-defined]
    names = 0
    for param in command.params:
        for name in [*param.opts, *param.secondary_opts]:
            if not name.startswith("-") or name in ("--help", "-h"):
                continue
            choices = getattr(param.type, "choices", None)
            value = [] if param.is_flag else [str(choices[-1] if choices else "2")]
            args = ["story", name, *value]
            quick = quickly(args)
            if name in param.secondary_opts:
                assert quick is None
                continue
            assert quick is not None, name
            assert quick == through_typer(args, monkeypatch), name
            names += 1
    assert names == len(cli_check.FLAGS) + len(cli_check.VALUES)


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["--help"],
        ["check", "--help"],
        ["story", "-h"],
        ["--version"],
        ["extract", "story"],
        ["review", "draft.txt", "story"],
        ["check"],
        ["story", "--jobs", "-1"],
        ["story", "--jobs", "two"],
        ["story", "--jobs", "²"],
        ["story", "--jobs=2"],
        ["story", "-qj2"],
        ["story", "--format", "HTML"],
        ["story", "--engine", "ray"],
        ["story", "--report-dir"],
        ["story", "--report-dir", ""],
        ["story", "--report-dir", "-q"],
        ["story", "--"],
        ["-"],
        [""],
        ["story", "--no-such-option"],
    ],
)
def test_other_lines_go_through_typer(args: list[str]) -> None:
    assert quick_options(args) is None


def test_shell_completion_goes_through_typer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("_CHECKCLAIMS_COMPLETE", "bash_complete")
    assert quick_options(["story"]) is None


def command(path: str, *args: str) -> subprocess.CompletedProcess[str]:
    """The installed command's work (checker.cli.run.command: the quick path when it reads
    the line) or checker.cli.app.main (typer), and whether typer was loaded."""
    module = "checker.cli.run import command" if path == "quick" else "checker.cli.app import main"
    script = (
        f"import sys\nfrom {module} as work\n"
        "sys.argv = ['checkclaims', *sys.argv[1:]]\n"
        "try:\n    work()\nfinally:\n    print('typer' in sys.modules, file=sys.stderr)\n"
    )
    return subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True)


@pytest.mark.parametrize(
    "line",
    [
        ["{seeds}", "--report-dir", "{out}"],
        ["check", "{seeds}", "-q", "--report-dir", "{out}", "--format", "csv"],
        ["{seeds}", "--report-dir", "{out}", "--format", "json", "--min-severity", "high"],
        ["{seeds}/absent", "--report-dir", "{out}"],
        ["{seeds}", "--report-dir", "{out}", "--published", "yesterday"],
        ["{seeds}", "--report-dir", "{out}", "--fail-on", "loud"],
    ],
)
def test_the_command_ends_alike_on_either_path(line: list[str], tmp_path: Path) -> None:
    """Exit status, standard output, messages and reports are those of checker.cli.app.main;
    the quick path loads typer only on its way out with an error."""
    ends = {}
    for path in ("quick", "main"):
        args = [a.format(seeds=SEEDS, out=tmp_path / path) for a in line]
        done = command(path, *args)
        reports = sorted(p for p in (tmp_path / path).glob("*.*") if p.is_file())
        files = {p.name: p.read_bytes() for p in reports}
        stderr, _, loaded = done.stderr.rstrip("\n").rpartition("\n")
        stdout = re.sub(r'"started": "[^"]*"', "", done.stdout.replace(str(tmp_path / path), "OUT"))
        ends[path] = (done.returncode, stdout, stderr)
        ends[path] += (files.keys(), files.get("claims.csv"), files.get("report.md"))
        if path == "quick":
            assert loaded == str(done.returncode == 2)  # typer for the message of an error
    assert ends["quick"] == ends["main"]
