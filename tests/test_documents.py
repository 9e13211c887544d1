"""read_stories: stories, document names, manifests, publication dates and statuses.

Inputs are written to tmp_path in each test (our own wording); the format fixtures are in
tests/fixtures/inputs. The tests marked `data` read ../shared/data and skip without it.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest

from checker.documents import read_stories
from checker.errors import InputError
from checker.model import Story
from checker.readers.files import unsupported_reason

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "inputs"
SHARED = ROOT.parent / "shared" / "data"


def write(folder: Path, files: dict[str, str | bytes]) -> Path:
    for name, content in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8", newline="")
    return folder


def statuses(story: Story) -> dict[str, tuple[str, str]]:
    assert len({i.document for i in story.inputs}) == len(story.inputs), "an input twice"
    return {i.document: (i.status, i.reason) for i in story.inputs}


def names(stories: tuple[Story, ...]) -> list[str]:
    return [story.name for story in stories]


# --- stories ---------------------------------------------------------------------------


def test_seeds_are_one_story_of_five_documents() -> None:
    (story,) = read_stories([str(ROOT / "seeds")])
    assert story.name == "seeds"
    assert len(story.documents) == 5
    assert {i.status for i in story.inputs} == {"checked"}


def test_folder_is_one_story_named_after_it(tmp_path: Path) -> None:
    folder = write(tmp_path / "quake", {"a.txt": "12 dead.", "b.txt": "15 dead."})
    (story,) = read_stories([str(folder)])
    assert story.name == "quake"
    assert [d.doc_id for d in story.documents] == ["a.txt", "b.txt"]
    assert all(d.story == "quake" for d in story.documents)
    assert story.documents[0].path == str(folder / "a.txt")


def test_story_sub_folders_each_make_a_story(tmp_path: Path) -> None:
    archive = write(
        tmp_path / "archive",
        {
            "loose.txt": "A loose note about 3 boats.",
            "fire/a.txt": "Fire: 4 hurt.",
            "fire/b.txt": "Fire: 5 hurt.",
            "2015/flood/a.txt": "Flood: 200 moved.",
            "2015/empty/notes.pdf": b"%PDF-1.4",
        },
    )
    stories = read_stories([str(archive)])
    assert names(stories) == ["archive", "2015/flood", "fire"]
    loose = statuses(stories[0])
    assert loose["loose.txt"] == ("checked", "")
    assert loose["2015/empty/notes.pdf"] == ("skipped", unsupported_reason("notes.pdf"))
    assert unsupported_reason("notes.pdf").startswith(
        "a PDF (.pdf), which checkclaims does not read"
    )
    assert [d.doc_id for d in stories[2].documents] == ["a.txt", "b.txt"]


def test_sub_folder_without_documents_is_listed_with_its_story(tmp_path: Path) -> None:
    folder = write(tmp_path / "s", {"a.txt": "7 dead.", "images/photo.jpg": b"\xff\xd8\xff"})
    (story,) = read_stories([str(folder)])
    assert statuses(story)["images/photo.jpg"] == ("skipped", "not a supported format (.jpg)")


def test_files_given_directly_are_one_story_named_after_their_folder(tmp_path: Path) -> None:
    write(tmp_path / "week", {"a.txt": "9 hurt.", "sub/b.txt": "10 hurt.", "c.txt": "no"})
    week = tmp_path / "week"
    (story,) = read_stories([str(week / "a.txt"), str(week / "sub" / "b.txt")])
    assert story.name == "week"
    assert [d.doc_id for d in story.documents] == ["a.txt", "sub/b.txt"]


def test_same_path_twice_is_read_once(tmp_path: Path) -> None:
    path = str(write(tmp_path, {"a.txt": "9 hurt."}) / "a.txt")
    (story,) = read_stories([path, path])
    assert len(story.inputs) == 1


def test_stories_with_the_same_name_are_told_apart(tmp_path: Path) -> None:
    one = write(tmp_path / "one" / "news", {"a.txt": "1 hurt."})
    two = write(tmp_path / "two" / "news", {"a.txt": "2 hurt."})
    stories = read_stories([str(one), str(two)])
    assert names(stories) == ["news", "news (2)"]
    assert stories[1].documents[0].story == "news (2)"


def test_stdin_is_a_document_named_stdin() -> None:
    (story,) = read_stories(["-"], stdin=io.StringIO("Police said 4 were arrested.\r\n"))
    (document,) = story.documents
    assert (document.doc_id, document.path) == ("<stdin>", "-")
    assert document.text == "Police said 4 were arrested.\r\n"


def test_stdin_bytes_are_decoded() -> None:
    stream = io.TextIOWrapper(io.BytesIO("Caf\xe9 fire: 3 hurt in Orl\xe9ans.".encode("cp1252")))
    (story,) = read_stories(["-"], stdin=stream)
    assert story.documents[0].text == "Caf\xe9 fire: 3 hurt in Orl\xe9ans."


def test_stdin_with_front_matter_or_html_is_read_as_such() -> None:
    (story,) = read_stories(["-"], stdin=io.StringIO("---\noutlet: Post\n---\n6 hurt."))
    assert (story.documents[0].text, story.documents[0].outlet) == ("6 hurt.", "Post")
    page = "<html><body><article><p>Police said 6 people were hurt.</p></article></body></html>"
    (story,) = read_stories(["-"], stdin=io.StringIO(page))
    assert story.documents[0].text == "Police said 6 people were hurt."


def test_stdin_joins_the_files_given(tmp_path: Path) -> None:
    path = str(write(tmp_path / "day", {"a.txt": "9 hurt."}) / "a.txt")
    (story,) = read_stories([path, "-"], stdin=io.StringIO("11 hurt."))
    assert [d.doc_id for d in story.documents] == ["a.txt", "<stdin>"]


def test_the_format_fixtures_read_as_three_stories() -> None:
    stories = read_stories([str(FIXTURES)])
    assert names(stories) == ["html", "markdown", "records"]
    assert sum(len(s.documents) for s in stories) == 6


# --- manifests and publication dates -------------------------------------------------


MANIFEST = (
    "file,outlet,published,url,title\n"
    "a.md,Daily Planet,2020-05-02,https://planet.example/a,Storm hits coast\n"
    "gone.txt,Evening Star,2020-05-03,,\n"
    "b.txt,,,,\n"
)
FRONT = "---\ntitle: Own title\noutlet: Own outlet\npublished: 2020-04-30\n---\n8 hurt.\n"


def test_manifest_gives_metadata_and_wins_over_front_matter(tmp_path: Path) -> None:
    folder = write(tmp_path / "s", {"sources.csv": MANIFEST, "a.md": FRONT, "b.txt": "9."})
    (story,) = read_stories([str(folder)])
    a, b = story.documents
    assert (a.outlet, a.title, a.url) == (
        "Daily Planet",
        "Storm hits coast",
        "https://planet.example/a",
    )
    assert (a.published, a.published_source, a.published_confidence) == (
        dt.date(2020, 5, 2),
        "manifest",
        "high",
    )
    assert (b.outlet, b.published, b.published_source) == ("", None, "")


def test_manifest_row_for_missing_file_and_file_without_row(tmp_path: Path) -> None:
    folder = write(
        tmp_path / "s", {"sources.csv": MANIFEST, "a.md": FRONT, "b.txt": "9.", "c.txt": "10."}
    )
    (story,) = read_stories([str(folder)])
    found = statuses(story)
    assert found["gone.txt"] == ("missing", "listed in sources.csv but not found")
    assert found["c.txt"] == ("checked", "not in sources.csv")
    assert "sources.csv" not in found
    assert len(story.documents) == 3


def test_front_matter_gives_metadata_without_manifest(tmp_path: Path) -> None:
    (story,) = read_stories([str(write(tmp_path / "s", {"a.md": FRONT}))])
    (a,) = story.documents
    assert (a.title, a.outlet, a.published, a.published_source) == (
        "Own title",
        "Own outlet",
        dt.date(2020, 4, 30),
        "front matter",
    )


def test_published_option_wins_over_everything(tmp_path: Path) -> None:
    folder = write(tmp_path / "s", {"sources.csv": MANIFEST, "a.md": FRONT})
    (story,) = read_stories([str(folder)], published=dt.date(2021, 1, 1))
    (a,) = story.documents
    assert (a.published, a.published_source, a.published_confidence) == (
        dt.date(2021, 1, 1),
        "option",
        "high",
    )
    assert a.outlet == "Daily Planet"


def test_unreadable_published_value_is_noted(tmp_path: Path) -> None:
    manifest = "file,published\na.txt,sometime soon\n"
    (story,) = read_stories([str(write(tmp_path / "s", {"sources.csv": manifest, "a.txt": "1."}))])
    assert story.documents[0].published is None
    assert statuses(story)["a.txt"] == (
        "checked",
        "published date in manifest not understood: 'sometime soon'",
    )


def test_manifest_without_file_column_is_reported_not_fatal(tmp_path: Path) -> None:
    folder = write(
        tmp_path / "s", {"sources.csv": "outlet,published\nX,2020-01-01\n", "a.txt": "1."}
    )
    (story,) = read_stories([str(folder)])
    found = statuses(story)
    assert found["sources.csv"] == ("skipped", "manifest not read: it has no 'file' column")
    assert found["a.txt"] == ("checked", "")


@pytest.mark.parametrize(
    "raw",
    [
        b"\xef\xbb\xbf" + "file,outlet\na.txt,Z\xfcrich Post\n".encode(),
        "file,outlet\r\na.txt,Z\xfcrich Post\r\n".encode("cp1252"),
    ],
    ids=["utf-8 with BOM", "cp1252 with CRLF"],
)
def test_manifest_encodings(tmp_path: Path, raw: bytes) -> None:
    folder = write(tmp_path / "s", {"sources.csv": raw, "a.txt": "1."})
    (story,) = read_stories([str(folder)])
    assert story.documents[0].outlet == "Z\xfcrich Post"


def test_manifest_beside_files_given_directly_applies_without_missing_rows(tmp_path: Path) -> None:
    folder = write(tmp_path / "s", {"sources.csv": MANIFEST, "a.md": FRONT, "b.txt": "9."})
    (story,) = read_stories([str(folder / "a.md")])
    assert story.documents[0].outlet == "Daily Planet"
    assert list(statuses(story)) == ["a.md"]


# --- usage errors ----------------------------------------------------------------------


def test_missing_path_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file or folder") as error:
        read_stories([str(tmp_path / "nope")])
    assert error.value.hint


def test_empty_folder_is_an_input_error_with_the_supported_formats(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="no documents found in") as error:
        read_stories([str(tmp_path / "empty")])
    assert ".txt" in error.value.hint and ".html" in error.value.hint


def test_folder_of_unsupported_files_is_an_input_error(tmp_path: Path) -> None:
    folder = write(tmp_path / "pdfs", {"a.pdf": b"%PDF", ".DS_Store": b"\x00"})
    with pytest.raises(InputError, match="no documents found"):
        read_stories([str(folder)])


def test_no_paths_is_an_input_error() -> None:
    with pytest.raises(InputError):
        read_stories([])


# --- the shared data sets ----------------------------------------------------------------


@pytest.mark.data
def test_gva_reads_as_one_story_per_incident() -> None:
    # how fast is measured in benchmarks/throughput.py, not here (the machine is shared)
    gva = SHARED / "gva"
    if not gva.is_dir():
        pytest.skip("../shared/data/gva is absent")
    stories = read_stories([str(gva)])
    incidents = [s for s in stories if s.documents]
    assert len(incidents) == 1484
    assert {s.name for s in incidents} == {p.name for p in gva.iterdir() if p.is_dir()}
    accounted = {i.path for s in stories for i in s.inputs if i.status in {"checked", "duplicate"}}
    assert accounted == {str(p) for p in gva.glob("*/*.txt")}
    assert all(d.published_source == "manifest" for s in incidents for d in s.documents)


@pytest.mark.data
def test_ecbplus_reads_as_one_story_per_cluster() -> None:
    ecb = SHARED / "ecbplus"
    if not ecb.is_dir():
        pytest.skip("../shared/data/ecbplus is absent")
    stories = read_stories([str(ecb)])
    clusters = [s for s in stories if s.documents]
    assert {s.name for s in clusters} == {p.name for p in ecb.iterdir() if p.is_dir()}
    checked = {i.path for s in stories for i in s.inputs if i.status in {"checked", "duplicate"}}
    assert checked == {str(p) for p in ecb.glob("*/*.txt")}
    top = statuses(stories[0])
    assert top["chains.json"] == ("skipped", "no text records")
