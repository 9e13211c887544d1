"""Habits of command-line tools, run as a user runs them: through a real shell.

`--version`, options before or after the paths, `-` for standard input, a reader that
closes the pipe early, help without Python type names, shell completion, --min-severity
and --fail-on, Word documents and PDFs refused with one line.
"""

from __future__ import annotations

import csv
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from checker.cli.app import app
from checker.cli.output import EXIT_BROKEN_PIPE

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
# the console script as a shell runs it, whether or not the package's script is on PATH
CHECKCLAIMS = f"{shlex.quote(sys.executable)} -c 'from checker.cli.app import main; main()'"
runner = CliRunner()


def shell(line: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run `line` in bash with `checkclaims` standing for this checkout's command line."""
    script = f'checkclaims() {{ {CHECKCLAIMS} "$@"; }}\n{line}'
    return subprocess.run(
        ["bash", "-c", script], cwd=cwd, capture_output=True, text=True, timeout=120
    )


def rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_version_prints_the_package_version(tmp_path: Path) -> None:
    from importlib.metadata import version

    done = shell("checkclaims --version", tmp_path)
    assert (done.returncode, done.stdout, done.stderr) == (
        0,
        f"checkclaims {version('checkclaims')}\n",
        "",
    )


@pytest.mark.parametrize("order", ["-q {seeds}", "{seeds} -q", "--quiet --report-dir out {seeds}"])
def test_options_go_before_or_after_the_paths(tmp_path: Path, order: str) -> None:
    done = shell("checkclaims " + order.format(seeds=shlex.quote(str(SEEDS))), tmp_path)
    assert (done.returncode, done.stdout, done.stderr) == (1, "", "")
    folder = tmp_path / ("out" if "out" in order else "reports")
    assert len(rows(folder / "documents.csv")) == 5


def test_dash_reads_standard_input(tmp_path: Path) -> None:
    done = shell(f"cat {shlex.quote(str(SEEDS))}/000_*.txt | checkclaims -", tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("1 documents, 8 claims")
    (document,) = rows(tmp_path / "reports" / "documents.csv")
    assert (document["document"], document["status"], document["claims"]) == (
        "<stdin>",
        "checked",
        "8",
    )


def test_a_reader_that_stops_early_is_no_error(tmp_path: Path) -> None:
    """`checkclaims seeds/ | head -1`: the seeds' table is small, and it may all be in the pipe
    before head closes it; then the run ends as it would have, like `cat` or `grep` would."""
    line = f'checkclaims {shlex.quote(str(SEEDS))} | head -1; echo "${{PIPESTATUS[0]}}"'
    done = shell(line, tmp_path)
    first, status = done.stdout.splitlines()
    assert first.startswith("seeds/g")  # the title of the first flagged group
    assert int(status) in (EXIT_BROKEN_PIPE, 1)
    assert done.stderr == ""


def test_a_reader_that_stops_before_the_output_ends_is_no_error(tmp_path: Path) -> None:
    """Eight editions of the seeds: the second table (86 KB) is more than a pipe holds, so the
    pipe surely breaks while it is written."""
    story = tmp_path / "story"
    story.mkdir()
    for edition in range(8):
        for source in SEEDS.glob("*.txt"):
            text = f"Edition {edition}.\n" + source.read_text(encoding="utf-8")
            (story / f"{source.stem}_{edition}.txt").write_text(text, encoding="utf-8")
    done = shell('checkclaims story | head -1; echo "${PIPESTATUS[0]}"', tmp_path)
    first, status = done.stdout.splitlines()
    assert first.startswith("story/g")
    assert int(status) == EXIT_BROKEN_PIPE
    assert done.stderr == ""


@pytest.mark.parametrize(
    "command", ["extract {seeds}", "{seeds} --format csv", "{seeds} --format json"]
)
def test_a_pipe_closed_before_any_output_is_no_error(tmp_path: Path, command: str) -> None:
    line = "checkclaims " + command.format(seeds=shlex.quote(str(SEEDS)))
    done = shell(f'{line} | true; echo "${{PIPESTATUS[0]}}"', tmp_path)
    assert int(done.stdout) == EXIT_BROKEN_PIPE
    assert done.stderr == ""


def test_help_names_values_not_python_types() -> None:
    for command in ([], ["check"], ["extract"], ["review"]):
        result = runner.invoke(app, [*command, "--help"])
        assert result.exit_code == 0
        for placeholder in ("list[", "<str>", "<int", "<path>", "<text>"):
            assert placeholder not in result.stdout, (command, placeholder)
    check_help = runner.invoke(app, ["check", "-h"]).stdout
    for words in (
        "PATH...",
        "- reads standard input",
        "--min-severity",
        "--fail-on",
        "DIR",
        "DATE",
    ):
        assert words in check_help


def test_shell_completion_is_on(tmp_path: Path) -> None:
    done = shell("checkclaims --show-completion bash", tmp_path)
    assert done.returncode == 0 and "_CHECKCLAIMS_COMPLETE" in done.stdout
    done = shell(
        "_CHECKCLAIMS_COMPLETE=complete_bash COMP_WORDS='checkclaims check --fo' COMP_CWORD=2 checkclaims",
        tmp_path,
    )
    assert set(done.stdout.split()) >= {"--format", "--follow-links"}


def severities(folder: Path) -> set[str]:
    return {row["severity"] for row in rows(folder / "discrepancies.csv")}


def test_min_severity_leaves_lower_discrepancies_out(tmp_path: Path) -> None:
    everything = runner.invoke(app, ["check", str(SEEDS), "--report-dir", str(tmp_path / "a")])
    found = severities(tmp_path / "a")
    assert everything.exit_code == 1 and len(found) > 1  # the seeds have a high and a lower one
    high = runner.invoke(
        app, ["check", str(SEEDS), "--report-dir", str(tmp_path / "b"), "--min-severity", "high"]
    )
    assert high.exit_code == 1
    assert severities(tmp_path / "b") == {"high"}
    assert high.stdout.splitlines()[-1].endswith("1 discrepancies")


def test_fail_on_sets_the_severity_that_exits_one(tmp_path: Path) -> None:
    def status(*options: str) -> int:
        args = ["check", str(SEEDS), "--report-dir", str(tmp_path), "-q", *options]
        return runner.invoke(app, args).exit_code

    assert status("--fail-on", "high") == 1  # the seeds have a high discrepancy
    assert status("--fail-on", "none") == 0
    assert status("--fail-on", "bogus") == 2


def test_fail_on_counts_only_discrepancies_at_its_level() -> None:
    import dataclasses

    import checker
    from checker.findings.severity import at_least, fails
    from checker.model import Report

    report = checker.check([str(SEEDS)])
    no_high = Report(
        tuple(
            dataclasses.replace(s, findings=tuple(f for f in s.findings if f.severity != "high"))
            for s in report.stories
        )
    )
    assert no_high.discrepancies  # the seeds' lower discrepancy
    assert fails(no_high, "low") and not fails(no_high, "high") and not fails(report, "none")
    assert fails(report, "high")
    assert not at_least(no_high, "high").discrepancies
    assert at_least(report, "low") == report


@pytest.mark.parametrize("name,kind", [("story.docx", "a Word document"), ("story.pdf", "a PDF")])
def test_word_documents_and_pdfs_are_refused_with_one_line(
    tmp_path: Path, name: str, kind: str
) -> None:
    (tmp_path / name).write_bytes(b"PK\x03\x04 not text")
    done = shell(f"checkclaims {name} {shlex.quote(str(SEEDS))}/000_*.txt", tmp_path)
    assert done.returncode == 2 and done.stdout == ""
    (line,) = done.stderr.splitlines()
    assert line.startswith(f"Error: {name} is {kind}, which checkclaims does not read")
    assert "save it as plain text (.txt) or HTML" in line


def test_word_documents_in_a_folder_are_listed_with_what_to_do(tmp_path: Path) -> None:
    folder = tmp_path / "story"
    folder.mkdir()
    (folder / "a.docx").write_bytes(b"PK\x03\x04")
    done = shell("checkclaims story", tmp_path)
    assert done.returncode == 2
    assert done.stderr.strip() == (
        "Error: no documents found in story; a.docx: save each as plain text (.txt) or HTML "
        "and check that file"
    )
    (folder / "b.txt").write_text("The flood killed 12 people.", encoding="utf-8")
    assert shell("checkclaims -q story", tmp_path).returncode == 0
    reasons = {r["document"]: r["reason"] for r in rows(tmp_path / "reports" / "documents.csv")}
    assert reasons["a.docx"].startswith("a Word document (.docx), which checkclaims does not read")


def test_compiled_templates_are_kept_in_the_store_and_a_damaged_one_is_not_trusted(
    tmp_path: Path,
) -> None:
    seeds = shlex.quote(str(SEEDS))
    done = shell(f"checkclaims {seeds} -q --report-dir fresh --no-cache", tmp_path)
    assert done.returncode == 1, done.stderr
    done = shell(f"checkclaims {seeds} -q --report-dir first --cache store", tmp_path)
    assert done.returncode == 1, done.stderr
    compiled = sorted((tmp_path / "store" / "templates").iterdir())
    assert compiled  # one file per template the run rendered
    from jinja2.bccache import bc_magic

    for number, path in enumerate(compiled):
        data = path.read_bytes()
        damaged = (
            data[: len(data) // 2],  # cut short
            bc_magic + b"\x80\x05garbage",  # jinja2's header, then no checksum
            b"\0garbage" * 50,  # not jinja2's at all
        )
        path.write_bytes(damaged[number % 3])
    done = shell(f"checkclaims {seeds} -q --report-dir again --cache store", tmp_path)
    assert (done.returncode, done.stderr) == (1, "")
    for name in ("report.html", "report.md"):  # the pages say nothing of when they were run
        assert (tmp_path / "again" / name).read_bytes() == (tmp_path / "fresh" / name).read_bytes()
