"""Bad input never raises and never goes unreported (issue item 4).

Binary, empty, non-UTF-8, huge, unreadable and hidden files, link loops, odd names and
duplicates are all generated in tmp_path; nothing here is committed as a fixture.
"""

from __future__ import annotations

import codecs
import os
import tempfile
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import checker.readers.files as files_module
from checker.documents import read_stories
from checker.model import Story

RUSSIAN = "Пожар на складе в Москве: 12 человек погибли, ещё 30 получили ранения."
PROSE = "Officials said 12 people were killed and 40 injured on Tuesday.\n"


def only_story(folder: Path) -> Story:
    (story,) = read_stories([str(folder)])
    documents = [i.document for i in story.inputs]
    assert len(documents) == len(set(documents)), "an input reported twice"
    return story


def status_of(story: Story, document: str) -> tuple[str, str]:
    (found,) = [(i.status, i.reason) for i in story.inputs if i.document == document]
    return found


def make(folder: Path, name: str, content: bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(content)
    return folder


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary file"),
        (bytes(range(256)) * 8, "binary file"),
        (b"", "empty file"),
        (b" \n\t\r\n", "empty file (blank)"),
    ],
    ids=["png", "all bytes", "empty", "blank"],
)
def test_binary_and_empty_files_are_skipped(tmp_path: Path, content: bytes, reason: str) -> None:
    make(tmp_path / "s", "good.txt", PROSE.encode())
    story = only_story(make(tmp_path / "s", "bad.txt", content))
    assert status_of(story, "bad.txt") == ("skipped", reason)
    assert [d.doc_id for d in story.documents] == ["good.txt"]


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("Caf\xe9 in Orl\xe9ans: 3 hurt, \u201cfour\u201d said.".encode("cp1252"), None),
        ("Zw\xf6lf Menschen wurden in K\xf6ln verletzt.".encode("latin-1"), None),
        (RUSSIAN.encode("cp1251"), RUSSIAN),
        (codecs.BOM_UTF8 + b"12 dead.\n", "12 dead.\n"),
        ("\u00dcber 30 verletzt.\n".encode("utf-16"), "\u00dcber 30 verletzt.\n"),
        (b"Line one.\r\nLine two.\rLine three.\n", "Line one.\r\nLine two.\rLine three.\n"),
    ],
    ids=["cp1252", "latin-1", "cp1251", "utf-8 BOM", "utf-16 BOM", "mixed newlines kept"],
)
def test_text_is_decoded_exactly(tmp_path: Path, raw: bytes, text: str | None) -> None:
    story = only_story(make(tmp_path / "s", "a.txt", raw))
    (document,) = story.documents
    if text is None:  # a guessed single-byte encoding: the accented words must survive
        assert "\xe9" in document.text or "\xf6" in document.text
    else:
        assert document.text == text


def test_fifty_megabyte_file_is_read_whole(tmp_path: Path) -> None:
    line = PROSE.encode()
    folder = make(tmp_path / "s", "big.txt", line * (50_000_000 // len(line) + 1))
    start = time.perf_counter()
    story = only_story(folder)
    assert time.perf_counter() - start < 10
    assert status_of(story, "big.txt") == ("checked", "")
    assert len(story.documents[0].text) > 50_000_000


def test_file_above_the_limit_is_skipped_with_the_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(files_module, "MAX_FILE_BYTES", 1000)
    story = only_story(make(tmp_path / "s", "a.txt", b"x " * 1000))
    status, reason = status_of(story, "a.txt")
    assert status == "skipped" and reason.startswith("too large (")


def test_unreadable_file_is_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    make(tmp_path / "s", "good.txt", PROSE.encode())
    make(tmp_path / "s", "locked.txt", b"secret")
    monkeypatch.setattr(files_module, "open", refuse, raising=False)
    story = only_story(tmp_path / "s")
    assert status_of(story, "locked.txt") == ("skipped", "unreadable: permission denied")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads anything")
def test_unreadable_file_on_disk_is_skipped(tmp_path: Path) -> None:
    folder = make(tmp_path / "s", "locked.txt", b"secret")
    make(folder, "good.txt", PROSE.encode())
    (folder / "locked.txt").chmod(0)
    story = only_story(folder)
    assert status_of(story, "locked.txt") == ("skipped", "unreadable: permission denied")


@pytest.mark.skipif(os.name != "posix", reason="symbolic links")
def test_symbolic_link_loops_and_broken_links_are_skipped(tmp_path: Path) -> None:
    folder = make(tmp_path / "s", "a.txt", PROSE.encode())
    (folder / "up").symlink_to(folder, target_is_directory=True)
    (folder / "self").symlink_to(folder / "self")
    (folder / "gone.txt").symlink_to(folder / "nowhere.txt")
    make(folder / "inner", "b.txt", b"Another 7 hurt.")
    (folder / "inner" / "back").symlink_to(folder, target_is_directory=True)
    stories = read_stories([str(folder)])
    found = {(s.name, i.document): (i.status, i.reason) for s in stories for i in s.inputs}
    loop = ("skipped", "symbolic link loop (leads back to an enclosing folder)")
    assert found["s", "up"] == found["inner", "back"] == loop
    assert found["s", "self"] == ("skipped", "symbolic link loop")
    assert found["s", "gone.txt"] == ("skipped", "broken symbolic link")
    assert [s.name for s in stories] == ["s", "inner"]


def test_hidden_files_are_reported_and_git_folders_left_out(tmp_path: Path) -> None:
    folder = make(tmp_path / "s", "a.txt", PROSE.encode())
    make(folder, ".DS_Store", b"\x00\x00\x00\x01Bud1")
    make(folder / ".git", "HEAD", b"ref: refs/heads/main\n")
    make(folder / ".drafts", "b.txt", b"draft 9")
    story = only_story(folder)
    assert status_of(story, ".DS_Store") == ("skipped", "hidden file")
    assert status_of(story, ".drafts") == ("skipped", "hidden folder")
    assert not any(i.document.startswith(".git") for i in story.inputs)


def test_paths_with_spaces_and_non_ascii_names(tmp_path: Path) -> None:
    folder = make(tmp_path / "my story \u00e9t\u00e9", "Z\u00fcrich report 1.txt", PROSE.encode())
    story = only_story(folder)
    assert story.name == "my story \u00e9t\u00e9"
    assert story.documents[0].doc_id == "Z\u00fcrich report 1.txt"
    (given,) = read_stories([str(folder / "Z\u00fcrich report 1.txt")])
    assert given.documents[0].doc_id == "Z\u00fcrich report 1.txt"


def test_same_text_twice_is_a_duplicate_not_a_source(tmp_path: Path) -> None:
    folder = make(tmp_path / "s", "a.txt", PROSE.encode())
    make(folder, "b.txt", PROSE.upper().replace(" ", "  ").encode())
    make(folder, "c.txt", b"A different 5 hurt.")
    story = only_story(folder)
    assert status_of(story, "b.txt") == ("duplicate", "same text as a.txt")
    assert [d.doc_id for d in story.documents] == ["a.txt", "c.txt"]


def test_duplicates_are_found_within_a_story_only(tmp_path: Path) -> None:
    make(tmp_path / "archive" / "one", "a.txt", PROSE.encode())
    make(tmp_path / "archive" / "two", "a.txt", PROSE.encode())
    stories = read_stories([str(tmp_path / "archive")])
    assert [len(s.documents) for s in stories] == [1, 1]


SUFFIXES = [".txt", ".md", ".json", ".jsonl", ".html"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(content=st.binary(max_size=2000), suffix=st.sampled_from(SUFFIXES))
def test_arbitrary_bytes_never_raise(content: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as temp:
        path = Path(temp) / f"input{suffix}"
        path.write_bytes(content)
        (story,) = read_stories([str(path)])
    assert story.inputs, "the file is not reported"
    assert {i.status for i in story.inputs} <= {"checked", "skipped", "duplicate"}
    if suffix in {".txt", ".md", ".html"}:
        assert len(story.inputs) == 1
    checked = {i.document for i in story.inputs if i.status == "checked"}
    assert checked == {d.doc_id for d in story.documents}
    assert all(d.text.strip() for d in story.documents)
