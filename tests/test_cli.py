"""The command line: exit codes, key output lines, report files and golden files.

Golden files live in tests/golden/. Regenerate them on purpose only:
    CHECKCLAIMS_REGENERATE_GOLDEN=1 pytest tests/test_cli.py
"""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from checker.cli.app import app
from checker.reports import columns
from tests.archive_fixture import many_articles

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLDEN = Path(__file__).resolve().parent / "golden"
runner = CliRunner()


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def seed_reports(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("reports")
    cwd = os.getcwd()
    os.chdir(ROOT)  # a relative path, as a user types it: the golden files hold no machine paths
    try:
        code, stdout, _ = run("check", "seeds", "--report-dir", str(out))
    finally:
        os.chdir(cwd)
    assert code == 1
    assert "5 documents" in stdout and "discrepancies" in stdout
    return out


def rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_seed_reports_have_the_documented_columns(seed_reports: Path) -> None:
    for name, cols in (
        ("claims", columns.CLAIMS),
        ("discrepancies", columns.DISCREPANCIES),
        ("documents", columns.DOCUMENTS),
    ):
        with (seed_reports / f"{name}.csv").open(encoding="utf-8") as handle:
            assert tuple(next(csv.reader(handle))) == cols


def test_every_claim_is_traceable_to_its_file(seed_reports: Path) -> None:
    for row in rows(seed_reports / "claims.csv"):
        text = (SEEDS / row["document"]).read_text(encoding="utf-8")
        assert text[int(row["start"]) : int(row["end"])] == row["quote"]
        assert "," not in row["value"] and "," not in row["low"]


def test_documents_report_accounts_for_every_file(seed_reports: Path) -> None:
    documents = rows(seed_reports / "documents.csv")
    assert sorted(r["document"] for r in documents) == sorted(
        p.name for p in SEEDS.iterdir() if p.is_file()
    )
    claims = rows(seed_reports / "claims.csv")
    assert sum(int(r["claims"]) for r in documents) == len(claims)


@pytest.mark.parametrize("name", ["claims", "discrepancies", "documents"])
def test_seed_reports_match_golden_files(seed_reports: Path, name: str) -> None:
    produced = (seed_reports / f"{name}.csv").read_text(encoding="utf-8")
    golden = GOLDEN / f"seeds_{name}.csv"
    if os.environ.get("CHECKCLAIMS_REGENERATE_GOLDEN"):
        GOLDEN.mkdir(exist_ok=True)
        golden.write_text(produced, encoding="utf-8")
    assert produced == golden.read_text(encoding="utf-8"), (
        f"{name}.csv changed; regenerate on purpose if intended"
    )


def test_table_output_names_the_flagged_figures() -> None:
    code, stdout, _ = run("check", str(SEEDS), "--report-dir", "/tmp/checkclaims-test-table")
    assert code == 1
    for text in ("583 people", "nearly 1,400 civilians", "more than 260,000", "Syrian Observatory"):
        assert text in stdout


def test_json_format_writes_json_reports(tmp_path: Path) -> None:
    code, stdout, _ = run("check", str(SEEDS), "--report-dir", str(tmp_path), "--format", "json")
    assert code == 1
    flagged = json.loads(stdout)["rows"]
    assert {r["verdict"] for r in flagged} == {"discrepancy"}
    assert json.loads((tmp_path / "claims.json").read_text(encoding="utf-8"))["rows"]


def test_quiet_prints_nothing_and_keeps_the_exit_code(tmp_path: Path) -> None:
    code, stdout, _ = run("check", str(SEEDS), "--report-dir", str(tmp_path), "--quiet")
    assert (code, stdout) == (1, "")


def test_no_discrepancy_exits_zero(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("The flood killed 12 people.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Officials said the flood killed 12 people.", encoding="utf-8")
    code, stdout, _ = run("check", str(tmp_path), "--report-dir", str(tmp_path / "out"))
    assert code == 0
    assert "0 discrepancies" in stdout


def test_missing_path_is_a_usage_error() -> None:
    code, stdout, stderr = run("check", "/no/such/folder")
    assert code == 2
    assert stderr.startswith("Error: ") and len(stderr.strip().splitlines()) == 1


def test_bad_published_date_is_a_usage_error() -> None:
    code, _, stderr = run("check", str(SEEDS), "--published", "yesterday")
    assert code == 2
    assert "YYYY-MM-DD" in stderr


def test_unwritable_report_folder_is_a_usage_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    code, _, stderr = run("check", str(SEEDS), "--report-dir", str(blocker / "reports"))
    assert code == 2
    assert "report folder" in stderr


def test_extract_jsonl_has_claims_fields() -> None:
    code, stdout, _ = run("extract", str(SEEDS), "--format", "jsonl")
    assert code == 0
    records = [json.loads(line) for line in stdout.splitlines()]
    assert all(tuple(r) == columns.CLAIMS for r in records)
    dates = {r["quote"]: r for r in records if r["kind"] == "date"}
    assert dates["Nov. 24"]["value"] == "2015-11-24"
    assert dates["Nov. 24"]["low"] == dates["Nov. 24"]["high"] == "2015-11-24"


def test_parallel_extraction_gives_the_same_output(tmp_path: Path) -> None:
    story = str(many_articles(tmp_path / "story", 45))
    serial, parallel = run("extract", story), run("extract", story, "--jobs", "2")
    assert serial[0] == parallel[0] == 0
    assert serial[1] == parallel[1] and serial[1].count("\n") >= 90
    code1, _, _ = run("check", story, "-q", "--report-dir", str(tmp_path / "r1"))
    code2, _, _ = run("check", story, "-q", "--report-dir", str(tmp_path / "r2"), "-j", "2")
    assert code1 == code2 == 1  # the tolls disagree
    for name in ("claims.csv", "discrepancies.csv", "documents.csv"):
        assert (tmp_path / "r1" / name).read_bytes() == (tmp_path / "r2" / name).read_bytes()


def test_negative_jobs_is_a_usage_error() -> None:
    code, _, stderr = run("extract", "seeds", "--jobs", "-1")
    assert code == 2 and "--jobs" in stderr


@pytest.mark.parametrize("command", [[], ["check"], ["extract"]])
def test_every_command_has_help(command: list[str]) -> None:
    code, stdout, _ = run(*command, "--help")
    assert code == 0
    assert "Usage:" in stdout and len(stdout) > 200


def test_short_form_runs_check_and_help_does_not_load_heavy_modules(tmp_path: Path) -> None:
    script = (
        "import sys; sys.argv=['checkclaims','--help']\n"
        "from checker.cli.app import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "heavy=[m for m in ('pandas','quantulum3','inflect','trafilatura') if m in sys.modules]\n"
        "print('HEAVY', heavy)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout
    assert "HEAVY []" in out
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "from checker.cli.app import main; main()",
            str(SEEDS),
            "--quiet",
            "--report-dir",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 1
    assert (tmp_path / "claims.csv").exists()


def test_report_frames_hold_the_same_rows_as_the_csv(seed_reports: Path) -> None:
    import checker
    from checker.reports.tables import report_frames

    frames = report_frames(checker.check([str(SEEDS)]))
    for name, frame in frames.items():
        assert len(frame) == len(rows(seed_reports / f"{name}.csv"))
        assert frame.columns.tolist() == list(getattr(columns, name.upper()))


def test_the_command_ends_without_taking_the_interpreter_apart(tmp_path: Path) -> None:
    """checker.cli.run.run, the installed command: the same exit status, output and reports as
    main(); exit handlers run and standard output is flushed before the process ends."""

    def command(*args: str) -> subprocess.CompletedProcess[str]:
        script = (
            "import atexit, sys\n"
            "atexit.register(lambda: print('exit handler ran', file=sys.stderr))\n"
            "from checker.cli.run import run\n"
            "sys.argv = ['checkclaims', *sys.argv[1:]]\n"
            "run()\n"
        )
        return subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True)

    done = command(str(SEEDS), "--report-dir", str(tmp_path / "r"))
    assert done.returncode == 1
    assert "exit handler ran" in done.stderr
    code, stdout, _ = run("check", str(SEEDS), "--report-dir", str(tmp_path / "r2"))
    assert (code, done.stdout) == (1, stdout)  # the whole table, flushed
    for name in ("claims.csv", "discrepancies.csv", "documents.csv", "report.html"):
        assert (tmp_path / "r" / name).read_bytes() == (tmp_path / "r2" / name).read_bytes()
    version = command("--version")
    assert version.returncode == 0 and version.stdout.startswith("checkclaims ")
    assert command(str(tmp_path / "absent")).returncode == 2


def test_a_new_report_folder_links_the_texts_of_the_stores_last_one(tmp_path: Path) -> None:
    """A run into a new report folder links the texts the store's last report folder holds
    with the same contents; a text that differs there is written; the reports are those of
    a run without the store."""
    cache = tmp_path / "cache"

    def texts(folder: Path) -> dict[str, Path]:
        found = (p for p in (folder / "texts").resolve().rglob("*") if p.is_file())
        return {p.relative_to((folder / "texts").resolve()).as_posix(): p for p in found}

    def contents(folder: Path) -> dict[str, bytes]:
        files = {name: path.read_bytes() for name, path in texts(folder).items()}
        return files | {n: (folder / n).read_bytes() for n in ("claims.csv", "report.html")}

    for name in ("first", "second"):
        code, _, _ = run(
            "check", str(SEEDS), "-q", "--cache", str(cache), "--report-dir", str(tmp_path / name)
        )
        assert code == 1
    assert (cache / "last-reports").read_text(encoding="utf-8") == str(tmp_path / "second")
    run("check", str(SEEDS), "-q", "--no-cache", "--report-dir", str(tmp_path / "fresh"))
    first, second = texts(tmp_path / "first"), texts(tmp_path / "second")
    assert first.keys() == second.keys() and len(first) > 1
    assert all(first[n].stat().st_ino == second[n].stat().st_ino for n in first)
    assert contents(tmp_path / "second") == contents(tmp_path / "fresh")
    # a text of the last folder that differs (replaced, not written in place) is not linked
    name, path = sorted(second.items())[0]
    replaced = path.with_name(path.name + ".new")
    replaced.write_text("another text", encoding="utf-8")
    os.replace(replaced, path)
    (cache / "last-reports").write_text("not a folder\0", encoding="utf-8")
    run("check", str(SEEDS), "-q", "--cache", str(cache), "--report-dir", str(tmp_path / "third"))
    (cache / "last-reports").write_text(str(tmp_path / "second"), encoding="utf-8")
    run("check", str(SEEDS), "-q", "--cache", str(cache), "--report-dir", str(tmp_path / "fourth"))
    fourth = texts(tmp_path / "fourth")
    assert fourth[name].stat().st_ino != path.stat().st_ino
    assert contents(tmp_path / "fourth") == contents(tmp_path / "fresh")
    assert contents(tmp_path / "third") == contents(tmp_path / "fresh")
