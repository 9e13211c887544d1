"""Reports anyone can open: the user's umask, typed JSON that its JSON Schema accepts."""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import stat
import subprocess
import sys
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from typer.testing import CliRunner

from checker.cli.app import app
from checker.reports import columns
from checker.reports.json_report import SCHEMA, claim_record

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
runner = CliRunner()


def schema() -> dict[str, Any]:
    text = resources.files("checker").joinpath("data/report.schema.json").read_text("utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


def validator() -> jsonschema.Draft202012Validator:
    jsonschema.Draft202012Validator.check_schema(schema())
    return jsonschema.Draft202012Validator(
        schema(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


@pytest.fixture(scope="module")
def json_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    out = tmp_path_factory.mktemp("json")
    result = runner.invoke(app, ["check", str(SEEDS), "--report-dir", str(out), "--format", "json"])
    assert result.exit_code == 1
    return out, result.stdout


def load(path: Path) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return loaded


def run_with_umask(mask: int, report_dir: Path, *options: str) -> None:
    script = (
        f"import os, sys; os.umask({mask}); sys.argv = ['checkclaims', *sys.argv[1:]]\n"
        "from checker.cli.app import main; main()"
    )
    args = [sys.executable, "-c", script, str(SEEDS), "-q", "--report-dir", str(report_dir)]
    done = subprocess.run([*args, *options], capture_output=True, text=True)
    assert done.returncode == 1, done.stderr


def test_reports_are_0644_under_umask_022(tmp_path: Path) -> None:
    run_with_umask(0o022, tmp_path / "csv")
    run_with_umask(0o022, tmp_path / "json", "--format", "json")
    for folder in ("csv", "json"):
        names = {p.name for p in (tmp_path / folder).iterdir() if not p.name.startswith(".")}
        stems = ("claims", "discrepancies", "documents")
        assert names == {*(f"{s}.{folder}" for s in stems), "report.html", "report.md", "texts"}
        files = [p for p in (tmp_path / folder).rglob("*") if p.is_file()]
        assert len(files) > 5  # the reports and one checked text per document
        assert {stat.S_IMODE(p.stat().st_mode) for p in files} == {0o644}
        current = tmp_path / folder / ".checkclaims" / "current"
        assert stat.S_IMODE(current.stat().st_mode) == 0o755
        assert stat.S_IMODE((tmp_path / folder / "texts").stat().st_mode) == 0o755


def test_reports_stay_private_under_umask_077(tmp_path: Path) -> None:
    run_with_umask(0o077, tmp_path)
    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert {stat.S_IMODE(p.stat().st_mode) for p in files} == {0o600}
    assert stat.S_IMODE((tmp_path / ".checkclaims" / "current").stat().st_mode) == 0o700


def test_json_reports_match_their_schema(json_run: tuple[Path, str]) -> None:
    out, stdout = json_run
    check = validator()
    documents = {
        name: load(out / f"{name}.json") for name in ("claims", "discrepancies", "documents")
    }
    documents["stdout"] = json.loads(stdout)
    for name, document in documents.items():
        errors = [e.message for e in check.iter_errors(document)]
        assert errors == [], name
    assert documents["stdout"] == documents["discrepancies"]


def test_json_reports_carry_the_format_and_the_run(json_run: tuple[Path, str]) -> None:
    out, _ = json_run
    claims = load(out / "claims.json")
    assert claims["schema"] == SCHEMA == schema()["properties"]["schema"]["const"]
    assert claims["report"] == "claims"
    run = claims["run"]
    from importlib.metadata import version

    assert run["checkclaims"] == version("checkclaims")
    assert run["inputs"] == [str(SEEDS)] and run["command"][0] == "checkclaims"
    started = dt.datetime.fromisoformat(run["started"])
    assert abs((dt.datetime.now(dt.timezone.utc) - started).total_seconds()) < 600


def test_json_cells_are_typed_and_empty_is_null(json_run: tuple[Path, str]) -> None:
    out, _ = json_run
    claims = load(out / "claims.json")["rows"]
    golden = list(
        csv.DictReader((ROOT / "tests" / "golden" / "seeds_claims.csv").open(encoding="utf-8"))
    )
    assert len(claims) == len(golden)
    for record, row in zip(claims, golden, strict=True):
        assert list(record) == list(columns.CLAIMS)
        assert (record["start"], record["end"]) == (int(row["start"]), int(row["end"]))
        for column in ("value", "low", "high"):
            cell = row[column]
            if cell == "":
                assert record[column] is None
            elif row["kind"] in ("date", "duration"):
                assert record[column] == cell  # TIMEX3 or ISO date text
            else:
                assert isinstance(record[column], int | float) and not isinstance(
                    record[column], bool
                )
                assert float(record[column]) == float(cell)
        assert all(record[c] is None for c in columns.CLAIMS if row[c] == "")
    nearly = next(r for r in claims if r["quote"] == "nearly 1,400 civilians")
    assert (nearly["value"], nearly["low"], nearly["high"]) == (1400, 1260, 1400)
    documents = load(out / "documents.json")["rows"]
    assert sorted(d["claims"] for d in documents) == sorted(
        int(r["claims"]) for r in csv.DictReader((ROOT / "tests/golden/seeds_documents.csv").open())
    )


def test_extract_jsonl_records_are_typed_claims(tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", str(SEEDS), "--format", "jsonl"])
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    claim_schema = {**schema()["$defs"]["claim"], "$defs": schema()["$defs"]}
    check = jsonschema.Draft202012Validator(claim_schema)
    assert records and all(not list(check.iter_errors(r)) for r in records)
    assert any(isinstance(r["value"], int) for r in records)


def test_a_figure_with_decimals_is_a_json_number_as_written() -> None:
    import checker

    text = "The rate rose to 2.35 percent, and 1,250,000 people were displaced."
    claims = list(checker.find_claims(["-"], stdin=__import__("io").StringIO(text)))
    values = {claim_record(c)["quote"]: claim_record(c)["value"] for c in claims}
    assert json.dumps(values["2.35 percent"]) == "2.35"
    assert values["1,250,000 people"] == 1250000


@pytest.mark.parametrize("runs", [1, 2])
def test_a_relative_report_folder_keeps_its_new_set_when_mkdtemp_returns_absolute_paths(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, runs: int
) -> None:
    """Since Python 3.12 tempfile.mkdtemp returns an absolute path even for a relative
    folder; the set just written must not be taken for a stale one and removed (every
    report link of `checkclaims seeds/` had been left dangling there)."""
    import tempfile

    from checker.reports.reportset import write_set

    made = tempfile.mkdtemp
    monkeypatch.setattr(tempfile, "mkdtemp", lambda **kw: os.path.abspath(made(**kw)))
    monkeypatch.chdir(tmp_path)
    Path("reports").mkdir()
    for run in range(runs):
        write_set(Path("reports"), {"claims.csv": f"run {run}\n"})
    assert (tmp_path / "reports" / "claims.csv").read_text() == f"run {runs - 1}\n"


def test_extract_gives_the_claims_of_check_for_a_document_dated_by_its_story() -> None:
    """A seed article with no publication date of its own is dated by the story when it is
    checked ("earlier this week" becomes a date; "Thursday" a day); `extract` dates it the
    same way, so its rows are those of claims.csv."""
    import checker
    from checker.documents import read_stories
    from checker.pipeline import check_story

    seeds = str(Path(__file__).resolve().parent.parent / "seeds")
    extracted = {c.claim_id: c for c in checker.find_claims([seeds])}
    checked = {c.claim_id: c for c in check_story(read_stories([seeds])[0]).claims}
    assert extracted.keys() == checked.keys()
    assert len(extracted) == 48
    thursday = extracted["000_0a01db7517b6ffcf.txt:1031-1039"]
    assert (thursday.quote, thursday.value) == ("Thursday", "2016-02-11")


def _no_symlinks(monkeypatch: pytest.MonkeyPatch) -> None:
    """A file system without symbolic links (a FAT or exFAT drive, Windows without the
    right to make them): os.symlink fails as it does there."""

    def refuse(*args: Any, **kwargs: Any) -> None:
        raise OSError(1, "Operation not permitted")

    monkeypatch.setattr(os, "symlink", refuse)


def test_reports_are_plain_files_where_links_cannot_be_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from checker.reports.reportset import write_set

    _no_symlinks(monkeypatch)
    folder = tmp_path / "reports"
    folder.mkdir()
    write_set(folder, {"claims.csv": "first\\n", "texts/a.txt": "A", "review.csv": "r\\n"})
    write_set(folder, {"claims.csv": "second\\n", "texts/b.txt": "B"}, replace=["texts"])
    assert (folder / "claims.csv").read_text() == "second\\n"
    assert not (folder / "claims.csv").is_symlink()
    assert sorted(p.name for p in (folder / "texts").iterdir()) == ["b.txt"]
    assert (folder / "review.csv").read_text() == "r\\n"  # not written again: kept
    assert [p.name for p in (folder / ".checkclaims").iterdir()] == []


def test_check_writes_its_reports_where_links_cannot_be_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from typer.testing import CliRunner

    from checker.cli.app import app

    _no_symlinks(monkeypatch)
    seeds = str(Path(__file__).resolve().parent.parent / "seeds")
    for _ in range(2):
        done = CliRunner().invoke(app, ["check", seeds, "--report-dir", str(tmp_path), "-q"])
        assert done.exit_code == 1, done.output
    with (tmp_path / "documents.csv").open(encoding="utf-8", newline="") as handle:
        assert len(list(csv.DictReader(handle))) == 5
    assert "1,400" in (tmp_path / "report.html").read_text(encoding="utf-8")
    assert len(list((tmp_path / "texts").iterdir())) == 5


def test_a_text_is_linked_again_without_o_nofollow(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows has no os.O_NOFOLLOW: a re-run's unchanged texts are still linked to the
    earlier run's, and a symbolic link is still not taken for a file."""
    from checker.reports import reportset

    monkeypatch.delattr(os, "O_NOFOLLOW", raising=False)
    monkeypatch.setattr(reportset, "_NO_FOLLOW", 0, raising=False)
    old = tmp_path / "old.txt"
    old.write_text("same text", encoding="utf-8")
    assert reportset.link_if_same(old, tmp_path / "new.txt", "same text")
    assert (tmp_path / "new.txt").read_text(encoding="utf-8") == "same text"
    assert not reportset.link_if_same(old, tmp_path / "other.txt", "another text")
    (tmp_path / "link.txt").symlink_to(old)
    assert not reportset.link_if_same(tmp_path / "link.txt", tmp_path / "via.txt", "same text")
