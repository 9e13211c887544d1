"""report.html, report.md and the checked texts (reports/texts/): content, escaping, names.

The browser test (the page as Chromium renders it) is tests/test_html_browser.py.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from dataclasses import replace
from pathlib import Path
from urllib.parse import unquote

import lxml.html
import pytest
from hypothesis import given
from hypothesis import strategies as st

import checker
from checker.reports.html_report import markdown_text, render_html, render_markdown
from checker.reports.tables import write_files
from checker.reports.view import safe_part
from tests.test_hostile_input import _seed_copy, rows, run

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
INPUTS = Path(__file__).resolve().parent / "fixtures" / "inputs"


@pytest.fixture(scope="module")
def seed_reports(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("reports")
    code, _, stderr = run("check", str(SEEDS), "--report-dir", str(out), "-q")
    assert code == 1, stderr
    return out


def select(element: lxml.html.HtmlElement, path: str) -> list[lxml.html.HtmlElement]:
    """Elements by a path of tag.class steps ("section.group h3"), without cssselect."""
    xpath = "."
    for step in path.split():
        tag, _, cls = step.partition(".")
        xpath += f"//{tag}"
        if cls:
            xpath += f"[contains(concat(' ', normalize-space(@class), ' '), ' {cls} ')]"
    return list(element.xpath(xpath))


def pair_ids(page: lxml.html.HtmlElement) -> list[tuple[str, ...]]:
    """The claim ids of each pair shown, in order."""
    return [
        tuple(side.get("data-claim") for side in select(pair, "div.side"))
        for pair in select(page, "article.pair")
    ]


def test_html_report_shows_every_flagged_group_and_pair(seed_reports: Path) -> None:
    page = lxml.html.fromstring((seed_reports / "report.html").read_text(encoding="utf-8"))
    report = checker.check([str(SEEDS)])
    flagged = report.discrepancies
    assert len(flagged) == 2
    headings = [h.text_content() for h in select(page, "section.group h3")]
    assert [h.split(" ", 1)[1] for h in headings] == [f.group.describe() for f in flagged]
    assert pair_ids(page) == [(p.first, p.second) for f in flagged for p in f.pairs]
    claims = {c.claim_id: c for c in report.claims}
    for side in select(page, "div.side"):
        claim = claims[side.get("data-claim")]
        assert select(side, "mark")[0].text_content() == claim.quote
        assert select(side, "blockquote")[0].text_content() == claim.sentence
    explanations = [e.text_content() for e in select(page, "article.pair p.explanation")]
    pairs = [p for f in flagged for p in f.pairs]
    assert all(p.explanation in e for p, e in zip(pairs, explanations, strict=True))
    documents = select(page, "table.documents tbody tr")
    assert len(documents) == 5
    assert "text: date line" in (seed_reports / "report.html").read_text(encoding="utf-8")
    assert not page.xpath("//script[@src] | //link[@href] | //img | //iframe")  # no network


def test_format_html_prints_the_html_report_and_nothing_else(tmp_path: Path) -> None:
    code, stdout, stderr = run(
        "check", str(SEEDS), "--report-dir", str(tmp_path), "--format", "html"
    )
    assert code == 1 and stderr == ""
    assert stdout.startswith("<!DOCTYPE html>") and stdout.endswith("</html>\n")
    assert stdout == (tmp_path / "report.html").read_text(encoding="utf-8")


def test_markdown_report_holds_every_pair_with_its_figures_in_bold(seed_reports: Path) -> None:
    text = (seed_reports / "report.md").read_text(encoding="utf-8")
    report = checker.check([str(SEEDS)])
    for finding in report.discrepancies:
        assert f"### {markdown_text(finding.group.describe())} ({finding.severity}" in text
        for pair in finding.pairs:
            assert markdown_text(pair.explanation) in text
    for claim in (c for f in report.discrepancies for c in f.group.claims):
        if any(
            claim.claim_id in (p.first, p.second) for f in report.discrepancies for p in f.pairs
        ):
            assert f"**{markdown_text(claim.quote)}**" in text
    pairs = sum(len(f.pairs) for f in report.discrepancies)
    assert sum(line.startswith("| sentence | ") for line in text.splitlines()) == pairs == 3


def test_markdown_escapes_what_markdown_would_read_as_markup() -> None:
    assert markdown_text("a|b *c* _d_ [x](y) <b> `e` ~f~ $5 &amp; #1") == (
        r"a\|b \*c\* \_d\_ \[x\](y) \<b\> \`e\` \~f\~ \$5 \&amp; \#1"
    )
    assert markdown_text("two\nlines\r\n  here ") == "two lines here "


HOSTILE = '<script>alert("x")</script>'
BAD_NAME = "<img src=x onerror=alert(1)>"  # a file name cannot hold the / of </script>


def test_every_string_from_a_users_file_is_escaped(tmp_path: Path) -> None:
    names = [f"{BAD_NAME}.txt", "b <i>.txt", "c|*d*.txt", "d [x](y).txt", "e.txt"]
    copies = _seed_copy(tmp_path, [f"s/{name}" for name in names])
    # a sentence of a flagged claim (001: "583 people") with markup in it
    text = copies[1].read_text(encoding="utf-8").replace("In a recent report", f"In {HOSTILE}")
    copies[1].write_text(text, encoding="utf-8")
    out = tmp_path / "r"
    code, _, stderr = run("check", str(tmp_path / "s"), "--report-dir", str(out), "-q")
    assert code == 1, stderr
    page_text = (out / "report.html").read_text(encoding="utf-8")
    assert page_text.count("<script") == 1  # the report's own script only
    page = lxml.html.fromstring(page_text)
    assert len(select(page, "script")) == 1 and not page.xpath("//i | //img")
    shown = page.text_content()
    assert BAD_NAME in shown and f"In {HOSTILE}" in shown  # escaped, so shown as written
    links = page.xpath("//a/@href")
    assert len(links) > 5 and all((out / unquote(link)).is_file() for link in links)
    md = (out / "report.md").read_text(encoding="utf-8")
    body = md.rsplit("\nOffsets are", 1)[0]  # the last line names texts/<document>.txt
    assert re.search(r"(?<!\\)<", body) is None and r"\<script\>" in md
    assert r"c\|\*d\*.txt" in md


def test_checked_texts_hold_every_quote_at_its_offsets(tmp_path: Path) -> None:
    """The README's promise: text[start:end] == quote, for plain text (the seeds) and for
    HTML, Markdown and JSON inputs, whose checked text is not the file's."""
    for name, inputs, several in (
        ("seeds", [SEEDS], False),
        ("fixtures", [INPUTS], True),  # a folder of story folders: html, markdown, records
        ("html", [INPUTS / "html" / "harbour-fire.html"], False),
    ):
        out = tmp_path / name
        code, _, stderr = run("check", *map(str, inputs), "--report-dir", str(out), "-q")
        assert code in (0, 1), stderr
        claims = rows(out / "claims.csv")
        assert len(claims) >= 5, name
        for row in claims:
            folder = out / "texts" / row["story"] if several else out / "texts"
            text = (folder / f"{row['document']}.txt").read_text(encoding="utf-8")
            assert text[int(row["start"]) : int(row["end"])] == row["quote"], (name, row)
    html_text = (tmp_path / "html" / "texts" / "harbour-fire.html.txt").read_text(encoding="utf-8")
    assert "<" not in html_text and "Subscribe" not in html_text  # trafilatura's main text


def test_texts_of_two_stories_with_one_document_name_are_kept_apart(tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    for story in ("first", "second"):
        (archive / story).mkdir(parents=True)
        (archive / story / "report.txt").write_text(
            f"Police said {len(story)} people were injured in the {story} fire on Monday.\n",
            encoding="utf-8",
        )
    out = tmp_path / "r"
    code, _, stderr = run("check", str(archive), "--report-dir", str(out), "-q")
    assert code == 0, stderr
    assert sorted(p.relative_to(out).as_posix() for p in (out / "texts").rglob("*.txt")) == [
        "texts/first/report.txt.txt",
        "texts/second/report.txt.txt",
    ]
    assert "second fire" in (out / "texts" / "second" / "report.txt.txt").read_text()


def test_texts_are_replaced_by_each_run_and_kept_by_review(tmp_path: Path) -> None:
    out = tmp_path / "r"
    run("check", str(SEEDS), "--report-dir", str(out), "-q")
    assert len(list((out / "texts").iterdir())) == 5
    one = _seed_copy(tmp_path, ["one/only.txt"])
    run("check", str(one[0]), "--report-dir", str(out), "-q")
    assert [p.name for p in (out / "texts").iterdir()] == ["only.txt.txt"]
    draft = ROOT / "tests" / "fixtures" / "drafts" / "faithful.txt"
    run("review", str(draft), "--sources", str(SEEDS), "--report-dir", str(out), "-q")
    assert (out / "review.csv").exists()
    assert [p.name for p in (out / "texts").iterdir()] == ["only.txt.txt"]
    assert (out / "report.html").exists() and (out / "report.md").exists()


ODD_NAMES = ["a:b", "a%3Ab", "..", ".hidden", "tab\there", "back\\slash", "q?*|", " x ", ""]


def test_odd_document_names_become_distinct_visible_file_names() -> None:
    safe = [safe_part(n) for n in ODD_NAMES]
    assert len(set(safe)) == len(safe)
    for name in safe:
        assert name and not name.startswith(".") and "/" not in name and "\t" not in name
    assert safe_part("x" * 400 + ".txt") != safe_part("x" * 401 + ".txt")
    assert len(safe_part("é" * 300 + ".txt").encode()) <= 255


@given(
    st.lists(
        st.text(st.characters(blacklist_characters="/\x00"), max_size=300),
        min_size=2,
        max_size=2,
        unique=True,
    )
)
def test_safe_names_never_meet(names: list[str]) -> None:
    first, second = (safe_part(n) for n in names)
    assert first != second
    for part in (first, second):
        assert len(part.encode("utf-8", "surrogatepass")) <= 255
        assert part not in (".", "..") and "/" not in part and not part.startswith(".")


def test_html_report_needs_no_jinja2_on_help_and_renders_without_a_file(tmp_path: Path) -> None:
    script = (
        "import sys; sys.argv=['checkclaims','--help']\n"
        "from checker.cli.app import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print('LOADED', 'jinja2' in sys.modules)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, env=env
    ).stdout
    assert "LOADED False" in out
    assert render_markdown(checker.check([str(SEEDS)])).startswith("# checkclaims report\n")


def test_a_text_checked_again_is_linked_and_a_changed_one_written_anew(tmp_path: Path) -> None:
    out = tmp_path / "r"
    write_files(out, {"texts/s/a.txt": "one", "texts/s/b.txt": "two", "claims.csv": "x\n"})
    same, changed = (os.stat(out / "texts" / "s" / n) for n in ("a.txt", "b.txt"))
    held = (out / "texts" / "s" / "b.txt").open(encoding="utf-8")  # a reader of the old set
    write_files(out, {"texts/s/a.txt": "one", "texts/s/b.txt": "TWO", "claims.csv": "y\n"})
    assert os.stat(out / "texts" / "s" / "a.txt").st_ino == same.st_ino  # linked, not written
    assert os.stat(out / "texts" / "s" / "b.txt").st_ino != changed.st_ino
    assert (out / "texts" / "s" / "b.txt").read_text(encoding="utf-8") == "TWO"
    assert held.read() == "two"  # the old file is never written in place
    held.close()
    assert len(list((out / ".checkclaims").glob("set-*"))) == 1


def test_a_text_is_linked_only_from_a_file_that_holds_it(tmp_path: Path) -> None:
    from checker.reports.reportset import link_if_same

    old = tmp_path / "old.txt"
    old.write_bytes("café\n".encode())
    (tmp_path / "link.txt").symlink_to(old)
    assert not link_if_same(old, tmp_path / "a", "cafe\n")  # another text of the same size
    assert not link_if_same(old, tmp_path / "b", "café")  # a prefix
    assert not link_if_same(old, tmp_path / "c", "café\n\n")
    assert not link_if_same(tmp_path / "link.txt", tmp_path / "d", "café\n")  # a link to it
    assert not link_if_same(tmp_path, tmp_path / "e", "")  # a folder
    assert not link_if_same(tmp_path / "none.txt", tmp_path / "f", "")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.txt", "old.txt"]
    old.chmod(0o640)
    assert not link_if_same(old, tmp_path / "h", "café\n", 0o600)  # other permissions
    assert link_if_same(old, tmp_path / "g", "café\n", 0o640)
    assert os.stat(tmp_path / "g").st_ino == os.stat(old).st_ino


def test_the_old_sets_folders_go_to_the_trash_and_the_next_run_empties_it(
    tmp_path: Path,
) -> None:
    out = tmp_path / "r"
    write_files(out, {"texts/s/a.txt": "one", "claims.csv": "x\n"})
    write_files(out, {"texts/s/a.txt": "ONE", "claims.csv": "y\n"})
    state = out / ".checkclaims"
    trash = list(state.glob("trash-*"))
    assert len(trash) == 1 and (trash[0] / "texts" / "s" / "a.txt").read_text() == "one"
    assert len(list(state.glob("set-*"))) == 1  # the old set itself is gone
    write_files(out, {"texts/s/a.txt": "1", "claims.csv": "z\n"})
    assert not any(p.exists() for p in trash)  # emptied by the next run
    assert len(list(state.glob("trash-*"))) == 1  # which leaves its own old texts there
    assert (out / "texts" / "s" / "a.txt").read_text(encoding="utf-8") == "1"


def test_a_group_without_pairs_lists_its_claims_and_no_group_says_so() -> None:
    report = checker.check([str(SEEDS)])
    story = report.stories[0]
    bare = tuple(replace(f, pairs=()) if f.verdict != "consistent" else f for f in story.findings)
    unpaired = replace(report, stories=(replace(story, findings=bare),))
    claims = sum(len(f.group.claims) for f in report.discrepancies)
    assert render_html(unpaired).count("<li>") == claims
    assert render_markdown(unpaired).count("\n- ") == claims
    clean = replace(report, stories=(replace(story, findings=()),))
    assert "No discrepancy" in render_html(clean) and "No discrepancy" in render_markdown(clean)
