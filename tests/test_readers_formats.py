"""The format readers: Markdown front matter, HTML main text, JSON records, dates."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from checker.readers.fields import parse_date
from checker.readers.files import read_file
from checker.readers.html import read_html
from checker.readers.jsonrec import read_json, read_jsonl
from checker.readers.markdown import read_markdown, split_front_matter

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "inputs"

# --- Markdown -------------------------------------------------------------------------

FRONT_MATTER_EXAMPLES = [
    # (file text, fields, body)
    ("---\ntitle: A\n---\nBody 1.\n", {"title": "A"}, "Body 1.\n"),
    ('---\ntitle: "Q: \\"x\\""\n---\nB', {"title": 'Q: "x"'}, "B"),
    ("---\ntitle: 'It''s 5'\n...\nB", {"title": "It's 5"}, "B"),
    ("---\r\noutlet: Post # a comment\r\n---\r\nB\r\n", {"outlet": "Post"}, "B\r\n"),
    (
        "---\ntags:\n  - a\nurl: http://x.example/a#b\n---\n",
        {"tags": "", "url": "http://x.example/a#b"},
        "",
    ),
    ("No front matter.\n---\n", {}, "No front matter.\n---\n"),
    ("---\nnever closed: 1\n", {}, "---\nnever closed: 1\n"),
    ("---\n---\nEmpty block.", {}, "Empty block."),
]


@pytest.mark.parametrize(("text", "fields", "body"), FRONT_MATTER_EXAMPLES)
def test_split_front_matter(text: str, fields: dict[str, str], body: str) -> None:
    assert split_front_matter(text) == (fields, body)


def test_markdown_body_offsets_trace_back_to_the_file() -> None:
    text = (FIXTURES / "markdown" / "bridge-closure.md").read_text(encoding="utf-8")
    (part,) = read_markdown(text)
    start = part.text.index("18 months")
    assert text[len(text) - len(part.text) + start :].startswith("18 months")
    assert part.meta.outlet == "River Valley Times"
    assert part.meta.url == "https://rvt.example.com/bridge-closure"


def test_markdown_with_only_front_matter_is_skipped() -> None:
    (part,) = read_markdown("---\ntitle: x\n---\n\n")
    assert part.skip == "empty file (front matter only)"


# --- HTML -------------------------------------------------------------------------------


def test_html_main_text_leaves_out_page_furniture() -> None:
    (part,) = read_file(str(FIXTURES / "html" / "harbour-fire.html"))
    assert "Fourteen people were injured" in part.text
    assert "2 million dollars" in part.text
    for furniture in ("Skip to content", "Share on", "Copyright", "Subscribe", "Most read", "Home"):
        assert furniture not in part.text
    assert part.meta.title == "Warehouse fire at the harbour injures 14"
    assert part.meta.outlet == "The Coastal Ledger"
    assert parse_date(part.meta.published) == dt.date(2021, 3, 9)
    assert part.meta_source == "html metadata"


def test_html_without_main_text_is_skipped() -> None:
    (part,) = read_html("<html><head><title>T</title></head><body> </body></html>")
    assert part.skip == "no main text found in the HTML"


# --- JSON and JSON Lines -------------------------------------------------------------------


def test_json_list_of_records() -> None:
    parts = read_json('[{"text": "3 hurt.", "outlet": "A"}, {"body": " 4 hurt. "}, 5]')
    assert [(p.suffix, p.text, p.skip) for p in parts] == [
        ("#1", "3 hurt.", ""),
        ("#2", " 4 hurt. ", ""),
        ("#3", "", "record is not an object"),
    ]
    assert parts[0].meta.outlet == "A"


def test_json_object_holding_records_and_single_record() -> None:
    (one,) = read_json('{"documents": [{"content": "1 hurt.", "headline": "H"}]}')
    assert (one.text, one.meta.title) == ("1 hurt.", "H")
    (single,) = read_json('{"text": "2 hurt.", "published": "2020-02-02"}')
    assert single.suffix == "#1" and single.meta.published == "2020-02-02"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ('{"incident": 1, "date": "2014-02-06", "participants": []}', "no text records"),
        ('[{"mentions": [{"text": "man"}]}]', "no text records"),
        ("[]", "no text records"),
        ('{"text": ', "not valid JSON (line 1: Expecting value)"),
    ],
)
def test_json_without_text_records_is_one_skipped_input(text: str, reason: str) -> None:
    (part,) = read_json(text)
    assert (part.suffix, part.skip) == ("", reason)


def test_jsonl_records_are_named_by_line() -> None:
    parts = read_jsonl('{"text": "1."}\n\nnot json\n{"title": "no text"}\n{"text": "2."}\n')
    assert [(p.suffix, p.skip) for p in parts] == [
        ("#1", ""),
        ("#3", "not valid JSON on line 3"),
        ("#4", "record has no text"),
        ("#5", ""),
    ]


def test_jsonl_of_plain_prose_is_not_valid_json() -> None:
    (part,) = read_jsonl("Just a sentence.\nAnother one.\n")
    assert part.skip == "not valid JSON on line 1"


# --- dates --------------------------------------------------------------------------------

DATE_EXAMPLES = [
    ("2015-11-24", dt.date(2015, 11, 24)),
    ("2015-11-24T08:00:00Z", dt.date(2015, 11, 24)),
    (" 2015/1/5 ", dt.date(2015, 1, 5)),
    ("November 24, 2015", dt.date(2015, 11, 24)),
    ("Tuesday, Nov. 24, 2015", dt.date(2015, 11, 24)),
    ("24 November 2015", dt.date(2015, 11, 24)),
    ("2015-02-30", None),
    ("2015-11", None),
    ("yesterday", None),
    ("", None),
]


@pytest.mark.parametrize(("value", "expected"), DATE_EXAMPLES)
def test_parse_date(value: str, expected: dt.date | None) -> None:
    assert parse_date(value) == expected
