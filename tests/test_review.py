"""Pre-publication review: `checkclaims review DRAFT --sources DIR`.

The drafts in tests/fixtures/drafts/ were written for these tests about the seed story
(seeds/): faithful.txt restates five of the sources' figures and dates; each other draft
changes one thing in it (a number, a qualifier, the monitor credited, the toll of
September 2015 given as current, one figure no source has). All are dated 2016-02-17,
the day after the latest seed article.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from checker.cli.app import app
from checker.errors import InputError, UsageError
from checker.extract.intervals import qualifier_rule
from checker.reports.columns_review import REVIEW
from checker.review.draft import FAILABLE, Review, parse_verdicts, review_draft
from checker.review.match import same_organisation, same_time

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DRAFTS = Path(__file__).resolve().parent / "fixtures" / "drafts"
PUBLISHED = dt.date(2016, 2, 17)
SNHR_DOC = "001_ea200905dab8a0fa.txt"
TRT_DOC = "002_48d7ff4f65d90d47.txt"
DW_DOC = "003_9910ba9fc400b7a4.txt"
runner = CliRunner()


def reviewed(name: str) -> Review:
    return review_draft(str(DRAFTS / name), [str(SEEDS)], published=PUBLISHED)


def verdicts(review: Review) -> list[tuple[int, str, str]]:
    return [(c.line, c.claim.quote, c.verdict) for c in review.claims]


def _one_source(tmp_path: Path, text: str) -> Path:
    """A sources folder holding one article, a.txt."""
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "a.txt").write_text(text, encoding="utf-8")
    return sources


FAITHFUL = [
    (3, "Friday", "supported"),
    (5, "more than 250,000 people", "supported"),
    (7, "583 people", "supported"),
    (7, "last September", "supported"),
    (9, "nearly 1,400 civilians", "supported"),
    (9, "September 2015", "supported"),
    (11, "Nov. 24", "supported"),
]


def test_faithful_draft_is_supported_claim_by_claim_in_draft_order() -> None:
    assert verdicts(reviewed("faithful.txt")) == FAITHFUL


# (draft, line, quote of the key figure, verdict, cited source document, its quote)
KEY_FIGURES = [
    ("faithful.txt", 7, "583 people", "supported", SNHR_DOC, "583 people"),
    ("changed_number.txt", 7, "853 people", "contradicted", SNHR_DOC, "583 people"),
    ("dropped_qualifier.txt", 9, "1,400 civilians", "qualifier", TRT_DOC, "nearly 1,400 civilians"),
    (
        "wrong_monitor.txt",
        9,
        "nearly 1,400 civilians",
        "misattributed",
        TRT_DOC,
        "nearly 1,400 civilians",
    ),
    ("outdated_toll.txt", 5, "more than 200,000 people", "outdated", TRT_DOC, "250,000 people"),
    ("unsourced_figure.txt", 13, "13.5 million Syrians", "unsourced", "", ""),
]


@pytest.mark.parametrize(
    ("draft", "line", "quote", "verdict", "document", "source_quote"), KEY_FIGURES
)
def test_key_figure_verdict_and_citation(
    draft: str, line: int, quote: str, verdict: str, document: str, source_quote: str
) -> None:
    (item,) = [c for c in reviewed(draft).claims if c.claim.quote == quote]
    assert (item.line, item.verdict) == (line, verdict)
    first = item.citations[0].claim if item.citations else None
    assert (first.document if first else "", first.quote if first else "") == (
        document,
        source_quote,
    )


@pytest.mark.parametrize("draft", [row[0] for row in KEY_FIGURES[1:]])
def test_each_variant_changes_only_its_key_figure(draft: str) -> None:
    changed = [v for v in verdicts(reviewed(draft)) if v[2] != "supported"]
    key = next(row for row in KEY_FIGURES if row[0] == draft)
    assert changed == [(key[1], key[2], key[3])]


# One-sentence drafts written for these tests: (sentence, quote of the figure, verdict).
SENTENCES = [
    ("At least 250,000 people have been killed in Syria.", "At least 250,000 people", "qualifier"),
    ("About 250,000 people have been killed in Syria.", "About 250,000 people", "qualifier"),
    ("The war in Syria has killed 250,000 people.", "250,000 people", "supported"),
    ("The war in Syria has killed 150,000 people.", "150,000 people", "contradicted"),
    (
        "Since Turkey downed the jet, the two sides have traded bitter words.",
        "two sides",
        "supported",
    ),
    ("Since Turkey downed the jet, the two sides have held talks.", "two sides", "unsourced"),
    (
        "Russian airstrikes have killed 583 people since last September, the Syrian Observatory"
        " for Human Rights said.",
        "583 people",
        "misattributed",
    ),
    (
        "Russian airstrikes have killed 583 people since last September, a monitor said.",
        "583 people",
        "supported",
    ),
    (
        "Russian air strikes have killed 2,000 people since September 2015.",
        "2,000 people",
        "contradicted",
    ),
    (
        "Russian air strikes have killed 900 civilians since September 2015.",
        "900 civilians",
        "contradicted",
    ),
    (
        "Russian air strikes have wounded 900 civilians since September 2015.",
        "900 civilians",
        "unsourced",
    ),
    ("Turkey shot down the Russian jet on November 24, 2015.", "November 24, 2015", "supported"),
    ("Turkey shot down the Russian jet on November 25, 2015.", "November 25, 2015", "unsourced"),
    # "by <date>" dates a cumulative toll (as of), it does not make it a period
    (
        "By September 2015, more than 200,000 people had died in Syria.",
        "more than 200,000 people",
        "supported",
    ),
]


@pytest.mark.parametrize(("sentence", "quote", "verdict"), SENTENCES)
def test_one_sentence_drafts(sentence: str, quote: str, verdict: str, tmp_path: Path) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text(sentence + "\n", encoding="utf-8")
    review = review_draft(str(draft), [str(SEEDS)], published=PUBLISHED)
    assert [c.verdict for c in review.claims if c.claim.quote == quote] == [verdict]


def test_contradiction_cites_every_disagreeing_figure_with_its_gap() -> None:
    (item,) = reviewed("changed_number.txt").failing({"contradicted"})
    cited = [(c.claim.document, c.claim.quote, str(c.gap)) for c in item.citations]
    assert cited == [
        (SNHR_DOC, "583 people", "0.317"),
        (TRT_DOC, "nearly 1,400 civilians", "0.391"),
    ]
    assert "allows exactly 853, but" in item.explanation and "gap 31.7%" in item.explanation


def test_dropped_qualifier_is_explained() -> None:
    (item,) = reviewed("dropped_qualifier.txt").failing({"qualifier"})
    assert item.explanation.startswith('qualifier dropped: the draft\'s "1,400 civilians"')
    assert "has nearly (1,260 to under 1,400)" in item.explanation


def test_outdated_toll_cites_the_later_figures_and_the_old_match_last() -> None:
    (item,) = reviewed("outdated_toll.txt").failing({"outdated"})
    cited = [(c.claim.document, c.claim.as_of) for c in item.citations]
    assert cited == [
        (TRT_DOC, "2016-02-11"),
        ("004_1a1c23902d1480a1.txt", "2016-02-04"),
        (DW_DOC, "2015-09-08"),
    ]


def test_misattribution_names_both_monitors() -> None:
    (item,) = reviewed("wrong_monitor.txt").failing({"misattributed"})
    assert 'credits "nearly 1,400 civilians" to Syrian Network for Human Rights' in item.explanation
    assert item.explanation.endswith("credits it to Syrian Observatory for Human Rights.")


def test_supported_figure_names_a_disagreeing_source() -> None:
    item = next(c for c in reviewed("faithful.txt").claims if c.claim.quote == "583 people")
    assert [c.claim.quote for c in item.citations] == ["583 people", "nearly 1,400 civilians"]
    assert 'but "nearly 1,400 civilians"' in item.explanation


def test_undated_draft_is_dated_today_and_says_so(tmp_path: Path) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text("The war in Syria has killed more than 250,000 people.\n", encoding="utf-8")
    review = review_draft(str(draft), [str(SEEDS)], today=dt.date(2016, 3, 1))
    assert review.draft.published == dt.date(2016, 3, 1)
    assert (
        review.dated
        == "draft dated 2016-03-01: no date given or found, so today; pass --published to fix"
    )


def test_markdown_front_matter_dates_the_draft_and_counts_in_line_numbers(tmp_path: Path) -> None:
    draft = tmp_path / "draft.md"
    body = (DRAFTS / "faithful.txt").read_text(encoding="utf-8")
    draft.write_text(
        f"---\ntitle: NATO and Russia\ndate: 2016-02-17\n---\n{body}", encoding="utf-8"
    )
    review = review_draft(str(draft), [str(SEEDS)])
    assert review.draft.published == PUBLISHED
    assert review.dated == "draft dated 2016-02-17 (front matter)"
    assert [(line + 4, quote, v) for line, quote, v in FAITHFUL] == verdicts(review)


def test_draft_inside_the_sources_folder_is_not_its_own_source(tmp_path: Path) -> None:
    sources = tmp_path / "story"
    shutil.copytree(SEEDS, sources)
    shutil.copy(DRAFTS / "changed_number.txt", sources / "draft.txt")
    review = review_draft(str(sources / "draft.txt"), [str(sources)], published=PUBLISHED)
    assert len(review.sources) == 5
    assert review.counts() == {"contradicted": 1, "supported": 6}


def test_a_folder_as_draft_or_missing_paths_are_input_errors(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="is a folder"):
        review_draft(str(SEEDS), [str(SEEDS)])
    with pytest.raises(InputError):
        review_draft(str(tmp_path / "missing.txt"), [str(SEEDS)])
    with pytest.raises(InputError):
        review_draft(str(DRAFTS / "faithful.txt"), [str(tmp_path / "missing")])


def test_parse_verdicts() -> None:
    assert parse_verdicts("contradicted, Outdated") == ("contradicted", "outdated")
    assert parse_verdicts("none") == ()
    assert parse_verdicts(",".join(FAILABLE)) == FAILABLE
    for bad in ("supported", "contradicted,typo", ""):
        with pytest.raises(UsageError):
            parse_verdicts(bad)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Syrian Observatory for Human Rights", "SOHR", True),
        ("the Syrian Observatory for Human Rights", "Syrian Observatory for Human Rights", True),
        ("NATO Secretary General Jens Stoltenberg", "Stoltenberg", True),
        ("Syrian Observatory for Human Rights", "Syrian Network for Human Rights", False),
        ("SNHR", "Syrian Observatory for Human Rights", False),
        ("", "Stoltenberg", False),
    ],
)
def test_same_organisation(a: str, b: str, same: bool) -> None:
    assert same_organisation(a, b) is same
    assert same_organisation(b, a) is same


@pytest.mark.parametrize(
    ("phrase", "rule"),
    [
        ("", ""),
        ("an unknown phrase", ""),
        ("more than", "above"),
        ("rebounded", "up"),
        ("Nearly", "nearly"),
        ("or more", "at_least"),
        ("some", "about"),
    ],
)
def test_qualifier_rule(phrase: str, rule: str) -> None:
    assert qualifier_rule(phrase) == rule


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("2015-09", "2015-09", True),
        ("2015-09", "2015-09-30", True),
        ("2015-09-30", "2015-09", True),
        ("2015", "2015-09-30", False),  # a year is too coarse to confirm a day
        ("2015-09-03", "2015-09-30", False),
        ("P5Y", "P5Y", True),
    ],
)
def test_same_time(a: str, b: str, same: bool) -> None:
    assert same_time(a, b) is same


# The command line


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["review", *args])
    return result.exit_code, result.stdout, result.stderr


def review_cli(draft: str, tmp_path: Path, *options: str) -> tuple[int, str, str]:
    dated = ("--published", "2016-02-17", "--report-dir", str(tmp_path))
    return run(str(DRAFTS / draft), "--sources", str(SEEDS), *dated, *options)


@pytest.mark.parametrize(
    ("draft", "options", "code"),
    [
        ("faithful.txt", (), 0),
        ("faithful.txt", ("--fail-on", ",".join(FAILABLE)), 0),
        ("changed_number.txt", (), 1),
        ("changed_number.txt", ("--fail-on", "none"), 0),
        ("dropped_qualifier.txt", (), 0),
        ("dropped_qualifier.txt", ("--fail-on", "qualifier"), 1),
        ("wrong_monitor.txt", ("--fail-on", "misattributed"), 1),
        ("wrong_monitor.txt", ("--fail-on", "contradicted,qualifier"), 0),
        ("outdated_toll.txt", ("--fail-on", "outdated"), 1),
        ("unsourced_figure.txt", ("--fail-on", "unsourced"), 1),
        ("unsourced_figure.txt", ("--fail-on", "outdated"), 0),
    ],
)
def test_exit_status_follows_fail_on(
    draft: str, options: tuple[str, ...], code: int, tmp_path: Path
) -> None:
    assert review_cli(draft, tmp_path, "--quiet", *options)[0] == code


def test_table_shows_line_sentence_verdict_and_summary(tmp_path: Path) -> None:
    code, stdout, _ = review_cli("changed_number.txt", tmp_path)
    assert code == 1
    assert "contradicted" in stdout and "853 people" in stdout
    assert "Draft dated 2016-02-17 (--published)." in " ".join(stdout.split())
    summary = "7 claims in changed_number.txt checked against 5 source documents"
    assert f"{summary}: 1 contradicted, 6 supported." in " ".join(stdout.split())


def test_review_csv_columns_and_content(tmp_path: Path) -> None:
    review_cli("changed_number.txt", tmp_path, "--quiet")
    text = (tmp_path / "review.csv").read_text(encoding="utf-8")
    assert text.splitlines()[0] == ",".join(REVIEW)
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [r["line"] for r in rows] == ["3", "5", "5", "7", "7", "7", "9", "9", "9", "11"]
    first, second = [r for r in rows if r["verdict"] == "contradicted"]
    assert {
        k: first[k] for k in ("line", "quote", "value", "low", "high", "qualifier", "attribution")
    } == {
        "line": "7",
        "quote": "853 people",
        "value": "853",
        "low": "853",
        "high": "853",
        "qualifier": "",
        "attribution": "Syrian Network for Human Rights",
    }
    assert first["sentence"].startswith("The Syrian Network for Human Rights said")
    source = tuple(first[k] for k in ("source_document", "source_quote", "source_as_of", "gap"))
    assert source == (SNHR_DOC, "583 people", "2016-02-16", "0.317")
    assert (second["source_document"], second["source_quote"], second["gap"]) == (
        TRT_DOC,
        "nearly 1,400 civilians",
        "0.391",
    )
    for row in rows:
        if row["source_document"]:
            assert row["source_quote"] in (SEEDS / row["source_document"]).read_text(
                encoding="utf-8"
            )


def test_unsourced_claim_has_one_row_without_source(tmp_path: Path) -> None:
    review_cli("unsourced_figure.txt", tmp_path, "--quiet")
    rows = list(csv.DictReader((tmp_path / "review.csv").open(encoding="utf-8", newline="")))
    (row,) = [r for r in rows if r["verdict"] == "unsourced"]
    assert (row["line"], row["value"], row["source_document"], row["gap"]) == (
        "13",
        "13500000",
        "",
        "",
    )


def test_csv_and_json_formats_print_the_rows(tmp_path: Path) -> None:
    code, stdout, _ = review_cli("outdated_toll.txt", tmp_path, "--format", "csv")
    assert code == 0
    assert stdout == (tmp_path / "review.csv").read_text(encoding="utf-8")
    code, stdout, _ = review_cli("outdated_toll.txt", tmp_path, "--format", "json")
    rows = json.loads(stdout)
    assert list(rows[0]) == list(REVIEW)
    assert [r["verdict"] for r in rows if r["quote"] == "more than 200,000 people"] == [
        "outdated"
    ] * 3


def test_undated_draft_note_goes_to_stderr_in_machine_formats(tmp_path: Path) -> None:
    code, _, stderr = run(
        str(DRAFTS / "faithful.txt"),
        "--sources",
        str(SEEDS),
        "--report-dir",
        str(tmp_path),
        "--format",
        "csv",
    )
    assert code == 0
    assert stderr.startswith("Note: draft dated ") and "pass --published to fix" in stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ("--fail-on", "contradicted,bogus"),
            "Error: --fail-on 'contradicted,bogus': unknown verdict bogus;",
        ),
        (
            ("--published", "17/02/2016"),
            "Error: --published '17/02/2016' is not a date; write it as YYYY-MM-DD",
        ),
    ],
)
def test_bad_options_give_one_line_and_exit_2(
    args: tuple[str, ...], message: str, tmp_path: Path
) -> None:
    code, stdout, stderr = run(
        str(DRAFTS / "faithful.txt"), "--sources", str(SEEDS), "--report-dir", str(tmp_path), *args
    )
    assert code == 2 and stdout == ""
    assert stderr.startswith(message) and stderr.count("\n") == 1


def test_missing_inputs_exit_2(tmp_path: Path) -> None:
    assert run(str(tmp_path / "missing.txt"), "--sources", str(SEEDS))[0] == 2
    code, _, stderr = run(str(DRAFTS / "faithful.txt"), "--sources", str(tmp_path / "missing"))
    assert code == 2 and stderr.startswith("Error: no such file or folder")
    assert run(str(DRAFTS / "faithful.txt"))[0] == 2  # --sources is required
    assert run(str(SEEDS), "--sources", str(SEEDS))[2].startswith("Error: the draft")


def test_review_has_help() -> None:
    code, stdout, _ = run("--help")
    assert code == 0
    for option in ("--sources", "--fail-on", "--published", "--report-dir", "--format", "--quiet"):
        assert option in stdout
    assert "review.csv" in stdout


def test_sources_linked_from_outside_are_read_only_with_follow_links(tmp_path: Path) -> None:
    # the sources folder holds links to the seed articles kept elsewhere
    folder = tmp_path / "sources"
    folder.mkdir()
    for seed in SEEDS.glob("*.txt"):
        (folder / seed.name).symlink_to(seed)
    draft, dated = str(DRAFTS / "faithful.txt"), ("--published", "2016-02-17", "--quiet")
    code, _, stderr = run(draft, "--sources", str(folder), *dated, "--report-dir", str(tmp_path))
    assert code == 2
    assert "no documents found" in stderr and "pass --follow-links" in stderr
    code, _, _ = run(
        draft, "--sources", str(folder), *dated, "--report-dir", str(tmp_path), "--follow-links"
    )
    assert code == 0
    rows = list(csv.DictReader((tmp_path / "review.csv").open(encoding="utf-8")))
    assert rows and {r["verdict"] for r in rows} == {"supported"}


def test_review_reads_the_configuration(tmp_path: Path) -> None:
    # the tolerances of --config reach the draft's figures: "about 120" stretches 10 % by
    # default and 20 % under this file; an unknown key is refused with its name
    (tmp_path / "src").mkdir()
    draft = tmp_path / "draft.txt"
    draft.write_text("The blast killed about 120 people in the city, officials said.\n")
    (tmp_path / "src" / "a.txt").write_text("The blast killed 100 people, officials said.\n")
    (tmp_path / "wide.toml").write_text("[tolerances]\nabout_relative_margin = 0.2\n")
    (tmp_path / "bad.toml").write_text("[tolerances]\nabout_margin = 0.2\n")

    def bounds(*options: str) -> tuple[str, str]:
        args = ["review", str(draft), "--sources", str(tmp_path / "src"), "--format", "csv"]
        args += ["--published", "2016-05-03", "--report-dir", str(tmp_path / "r"), *options]
        result = CliRunner().invoke(app, args)
        assert result.exit_code == 0, result.output
        (row,) = [r for r in csv.DictReader(io.StringIO(result.stdout)) if r["kind"] == "count"]
        return row["low"], row["high"]

    assert bounds() == ("108", "132")
    assert bounds("--config", str(tmp_path / "wide.toml")) == ("96", "144")
    args = ["review", str(draft), "--sources", str(tmp_path / "src")]
    refused = CliRunner().invoke(app, [*args, "--config", str(tmp_path / "bad.toml")])
    assert refused.exit_code == 2
    assert "about_margin" in refused.output


def test_unsourced_beside_a_figure_of_the_same_measure_says_why(tmp_path: Path) -> None:
    """A source's bare count of the same measure ("the injured numbered some 190") neither
    supports nor contradicts the draft's "about 100": the explanation cites it instead of
    claiming the sources count another entity. ("Some 190 were injured" says what it counts
    and contradicts: test_a_bare_count_with_its_own_predicate_contradicts.)"""
    sources = _one_source(
        tmp_path,
        "Blast in Lyon\n\nA gas explosion destroyed a building in Lyon on Monday. "
        "The injured numbered some 190, officials said.\n",
    )
    draft = tmp_path / "draft.txt"
    draft.write_text("A gas explosion in Lyon on Monday injured about 100 people.\n", "utf-8")
    review = review_draft(str(draft), [str(sources)], published=dt.date(2025, 3, 4))
    (found,) = [c for c in review.claims if c.claim.quote == "about 100 people"]
    assert found.verdict == "unsourced"
    assert '"some 190" (a.txt' in found.explanation
    assert "only for people, not people" not in found.explanation


def test_a_bare_count_with_its_own_predicate_contradicts(tmp_path: Path) -> None:
    sources = _one_source(
        tmp_path,
        "Blast in Lyon\n\nA gas explosion destroyed a building in Lyon on Monday. "
        "Some 190 were injured, officials said.\n",
    )
    draft = tmp_path / "draft.txt"
    draft.write_text("A gas explosion in Lyon on Monday injured about 100 people.\n", "utf-8")
    review = review_draft(str(draft), [str(sources)], published=dt.date(2025, 3, 4))
    (found,) = [c for c in review.claims if c.claim.quote == "about 100 people"]
    assert found.verdict == "contradicted"
    assert '"Some 190" (a.txt' in found.explanation


@pytest.mark.parametrize("published", ["2019-03-13", None])
def test_a_draft_written_days_after_its_event_meets_undated_sources(
    tmp_path: Path, published: str | None
) -> None:
    # the draft tells Sunday's crash on Wednesday (or undated, so today): its event day is
    # days before its date, and no source is dated; it still tells the sources' event
    sources = _one_source(
        tmp_path,
        "Bus crash in the Vosges\n\nA tour bus left a mountain road on Sunday, injuring 18 "
        "people. Four people are missing.\n",
    )
    draft = tmp_path / "draft.txt"
    draft.write_text(
        "Bus crash in the Vosges\n\nA tour bus left a mountain road on Sunday, injuring 25 "
        "people. Four people are missing.\n",
        encoding="utf-8",
    )
    day = dt.date.fromisoformat(published) if published else None
    review = review_draft(str(draft), [str(sources)], published=day, today=dt.date(2026, 12, 2))
    verdicts = {c.claim.quote: c.verdict for c in review.claims if c.claim.kind == "count"}
    assert verdicts == {"25 people": "contradicted", "Four people": "supported"}


def test_a_source_day_supports_a_draft_day_only_when_it_dates_the_same_thing(
    tmp_path: Path,
) -> None:
    # the issue's "a draft's 'on Tuesday' about one event is not supported by another
    # event's Tuesday": the source's Tuesday is the funeral's, the draft's the arrest's
    sources = _one_source(
        tmp_path,
        "Shooting in Dayton\nPublished March 11, 2025\n\nA man was shot dead on Elm Street on "
        "Saturday. "
        "Relatives held a funeral for the victim on Tuesday at a church downtown.\n",
    )
    draft = tmp_path / "draft.txt"
    draft.write_text(
        "Police arrested a suspect in the Elm Street killing on Tuesday.\n"
        "The victim was shot dead on Elm Street on Saturday.\n",
        "utf-8",
    )
    review = review_draft(str(draft), [str(sources)], published=dt.date(2025, 3, 12))
    found = {c.claim.quote: c.verdict for c in review.claims if c.claim.kind == "date"}
    assert found == {"Tuesday": "unsourced", "Saturday": "supported"}


@pytest.mark.parametrize(
    ("draft_date", "source_date", "verdict"),
    [
        ("in early August", "on August 4", "supported"),  # a day inside the draft's span
        ("in August", "on August 4", "supported"),
        ("on August 4", "in early August", "unsourced"),  # coarser: allows, does not confirm
        ("on August 4", "in August", "unsourced"),
        ("in mid-August", "on August 25", "unsourced"),  # a day outside the draft's part
        ("in early August", "in late August", "unsourced"),
        ("on August 4", "on August 4", "supported"),
    ],
)
def test_a_source_date_supports_a_draft_date_only_when_it_pins_it(
    tmp_path: Path, draft_date: str, source_date: str, verdict: str
) -> None:
    # the review's dates, as its figures: a source confirms a draft's date when every day it
    # gives lies in the draft's span; a month does not confirm a day ("May 2016" for a
    # draft's "Sunday"), nor the 25th a draft's "mid-February"
    sources = _one_source(
        tmp_path,
        f"Fire at the Arles depot\nPublished September 2, 2016\n\nA fire destroyed the bus "
        f"depot in Arles {source_date}, the fire service said.\n",
    )
    draft = tmp_path / "draft.txt"
    draft.write_text(
        f"A fire destroyed the bus depot in Arles {draft_date}, the fire service said.\n",
        "utf-8",
    )
    review = review_draft(str(draft), [str(sources)], published=dt.date(2016, 9, 2))
    (found,) = [c for c in review.claims if c.claim.kind == "date"]
    assert found.verdict == verdict
    if verdict == "unsourced":  # the source's date is named: it allows the draft's
        assert "does not confirm it" in found.explanation


def test_an_undated_draft_meets_sources_of_years_before(tmp_path: Path) -> None:
    # dated today for want of a date, and naming no one the sources name, the draft is still
    # not another incident than its sources (checker.events.incidents)
    sources = _one_source(
        tmp_path,
        "Blast in Lyon\nPublished May 3, 2016\n\nA gas explosion killed 12 people in Lyon.\n",
    )
    draft = tmp_path / "draft.txt"
    draft.write_text("A gas explosion in Lyon killed 12 people.\n", encoding="utf-8")
    review = review_draft(str(draft), [str(sources)], today=dt.date(2026, 12, 4))
    assert [(c.claim.quote, c.verdict) for c in review.claims] == [("12 people", "supported")]
