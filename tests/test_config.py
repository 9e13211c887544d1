"""The configuration file: where it is found, what each key changes, and unknown keys."""

from __future__ import annotations

import csv
import dataclasses
import json
import re
from decimal import Decimal
from pathlib import Path

import pytest
from typer.testing import CliRunner

import checker
from checker.cli.app import app
from checker.config import Config, config_from, load_config, outlet_name
from checker.errors import UsageError
from checker.extract.intervals import with_tolerances
from checker.model import Document

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
runner = CliRunner()


def rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def check_with(tmp_path: Path, toml: str, *options: str) -> tuple[int, str, Path]:
    (tmp_path / "run.toml").write_text(toml, encoding="utf-8")
    out = tmp_path / "reports"
    args = ["check", str(SEEDS), "--report-dir", str(out), "--config", str(tmp_path / "run.toml")]
    result = runner.invoke(app, [*args, *options])
    return result.exit_code, result.stdout + result.stderr, out


def test_the_defaults_are_the_data_files() -> None:
    qualifiers = json.loads((ROOT / "checker/data/qualifiers.json").read_text("utf-8"))
    severity = json.loads((ROOT / "checker/data/severity.json").read_text("utf-8"))
    config = Config()
    for key, value in dataclasses.asdict(config.tolerances).items():
        assert value == Decimal(str(qualifiers[key]))
    for key, value in dataclasses.asdict(config.severity).items():
        assert value == Decimal(str(severity[key]))
    assert (config.min_severity, config.fail_on, config.outlets) == ("low", "low", ())


def test_where_the_configuration_is_found(tmp_path: Path) -> None:
    assert load_config(folder=tmp_path) == Config()
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    assert load_config(folder=tmp_path) == Config()  # no [tool.checkclaims]: the defaults
    (tmp_path / "pyproject.toml").write_text(
        '[tool.checkclaims]\nfail_on = "high"\n', encoding="utf-8"
    )
    assert load_config(folder=tmp_path).fail_on == "high"
    (tmp_path / "checkclaims.toml").write_text('fail_on = "medium"\n', encoding="utf-8")
    assert load_config(folder=tmp_path).fail_on == "medium"  # checkclaims.toml first
    other = tmp_path / "other.toml"
    other.write_text('fail_on = "none"\n', encoding="utf-8")
    assert load_config(other, folder=tmp_path).fail_on == "none"  # --config first
    assert load_config(tmp_path / "pyproject.toml").fail_on == "high"


@pytest.mark.parametrize(
    "toml,key",
    [
        ("bogus = 1\n", "'bogus'"),
        ("[tolerances]\nabout_margin = 0.2\n", "'tolerances.about_margin'"),
        ("[severity]\nmediun = 0.2\n", "'severity.mediun'"),
    ],
)
def test_an_unknown_key_is_an_error_naming_it_and_the_file(
    tmp_path: Path, toml: str, key: str
) -> None:
    code, output, _ = check_with(tmp_path, toml)
    assert code == 2
    (line,) = output.splitlines()
    assert line.startswith(f"Error: unknown key {key} in {tmp_path / 'run.toml'}")


def test_the_working_folders_files_are_read_and_checked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    args = ["check", str(SEEDS), "-q"]
    (tmp_path / "pyproject.toml").write_text('[tool.checkclaims]\nfail_on = "none"\n', "utf-8")
    assert runner.invoke(app, args).exit_code == 0
    (tmp_path / "checkclaims.toml").write_text('fail_on = "high"\n', encoding="utf-8")
    assert runner.invoke(app, args).exit_code == 1
    (tmp_path / "checkclaims.toml").write_text("bogus = 1\n", encoding="utf-8")
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert "unknown key 'bogus'" in result.stderr and "checkclaims.toml" in result.stderr


@pytest.mark.parametrize(
    "toml",
    [
        'min_severity = "none"\n',
        "fail_on = 3\n",
        '[tolerances]\nnearly_max_relative = "x"\n',
        "[outlets]\nx = 1\n",
        "outlets = 2\n",
        "a = \n",
    ],
)
def test_a_bad_value_is_an_error(tmp_path: Path, toml: str) -> None:
    code, output, _ = check_with(tmp_path, toml)
    assert code == 2 and output.startswith("Error: ") and len(output.splitlines()) == 1


def test_tolerances_change_the_intervals(tmp_path: Path) -> None:
    def nearly(folder: Path) -> tuple[str, str]:
        (row,) = [r for r in rows(folder / "claims.csv") if r["quote"] == "nearly 1,400 civilians"]
        return row["low"], row["high"]

    code, _, out = check_with(tmp_path, "")
    assert nearly(out) == ("1260", "1400")  # 10% below
    code, _, out = check_with(tmp_path, "[tolerances]\nnearly_max_relative = 0.05\n")
    assert nearly(out) == ("1330", "1400")  # at most 5% below


def test_the_default_tolerances_leave_every_claim_as_extracted() -> None:
    claims = checker.check([str(SEEDS)]).claims
    assert all(with_tolerances(c, Config().tolerances) == c for c in claims)


def test_severity_thresholds_change_the_severity(tmp_path: Path) -> None:
    _, _, out = check_with(tmp_path, "")
    assert {r["severity"] for r in rows(out / "discrepancies.csv")} == {"low", "high"}
    _, _, out = check_with(tmp_path, "[severity]\nmedium = 0.0001\nhigh = 0.0002\n")
    assert {r["severity"] for r in rows(out / "discrepancies.csv")} == {"high"}


def test_levels_come_from_the_file_and_the_options_win(tmp_path: Path) -> None:
    assert check_with(tmp_path, 'fail_on = "none"\n', "-q")[0] == 0
    assert check_with(tmp_path, 'fail_on = "none"\n', "-q", "--fail-on", "low")[0] == 1
    code, _, out = check_with(tmp_path, 'min_severity = "high"\n', "-q")
    assert {r["severity"] for r in rows(out / "discrepancies.csv")} == {"high"}
    code, _, out = check_with(tmp_path, 'min_severity = "high"\n', "-q", "--min-severity", "low")
    assert {r["severity"] for r in rows(out / "discrepancies.csv")} == {"low", "high"}


def test_outlet_names_by_host_or_by_the_name_read() -> None:
    outlets = (("bbc.co.uk", "BBC News"), ("nytimes", "The New York Times"))
    named = [
        Document("a", "", url="https://www.bbc.co.uk/news/world-1"),
        Document("b", "", url="https://bbc.co.uk/x"),
        Document("c", "", outlet="NYTimes"),
        Document("d", "", outlet="Reuters", url="https://notbbc.co.uk/x"),
    ]
    assert [outlet_name(d, outlets) for d in named] == [
        "BBC News",
        "BBC News",
        "The New York Times",
        "Reuters",
    ]


def test_outlet_names_reach_the_reports(tmp_path: Path) -> None:
    story = tmp_path / "story"
    story.mkdir()
    (story / "a.md").write_text(
        "---\nurl: https://www.bbc.co.uk/news/a\n---\nThe flood killed 12 people.\n",
        encoding="utf-8",
    )
    (story / "b.md").write_text(
        "---\noutlet: nytimes\n---\nOfficials said the flood killed 30 people.\n",
        encoding="utf-8",
    )
    config = config_from({"outlets": {"bbc.co.uk": "BBC News", "nytimes": "NYT"}}, "test")
    claims = list(checker.find_claims([str(story)], config=config))
    assert {c.document: c.outlet for c in claims} == {"a.md": "BBC News", "b.md": "NYT"}
    report = checker.check([str(story)], config=config)
    assert {d.doc_id: d.outlet for d in report.stories[0].story.documents} == {
        "a.md": "BBC News",
        "b.md": "NYT",
    }
    assert {c.outlet for c in report.claims} == {"BBC News", "NYT"}


def test_the_readme_example_is_a_valid_configuration(tmp_path: Path) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Configuration") :]
    example = re.search(r"```toml\n(.*?)```", section, re.S)
    assert example is not None
    path = tmp_path / "checkclaims.toml"
    path.write_text(example.group(1), encoding="utf-8")
    config = load_config(path)
    assert (config.min_severity, config.fail_on) == ("medium", "high")
    assert dict(config.outlets)["bbc.co.uk"] == "BBC News"
    assert config.tolerances == Config().tolerances and config.severity == Config().severity
    assert ("people", "people", ("villagers", "herders")) in config.vocabulary.additions


def test_config_errors_are_usage_errors() -> None:
    with pytest.raises(UsageError, match="unknown key 'x' in here"):
        config_from({"x": 1}, "here")
