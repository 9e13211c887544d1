"""Markdown with optional YAML front matter (title, outlet, published, url).

The front matter is a block that opens the file with a `---` line and ends with a
`---` or `...` line. Only flat `key: value` lines are read (values quoted or not, an
unquoted value may end in a ` # comment`); lists, nesting and other YAML are ignored,
which is all a news article's metadata needs and spares a YAML dependency.

The checked text is the body: everything after the line that closes the front matter,
kept as written (Markdown markup included), with the front matter's title first on a line
of its own when the body does not open with it (checker.documents.with_title: a headline's
figures are checked too). Claim offsets point into that text, which reports/texts/ keeps.
"""

from __future__ import annotations

import re

from checker.readers import Part
from checker.readers.fields import meta_from

FRONT_MATTER = re.compile(
    r"""
    \A---[ \t]*\r?\n              # opening fence on the first line
    (?P<block>.*?)                # the key: value lines, as few as possible
    ^(?:---|\.\.\.)[ \t]*         # closing fence: --- or ...
    (?:\r?\n|\Z)                  # its newline, or the end of the file
    """,
    re.VERBOSE | re.DOTALL | re.MULTILINE,
)

KEY_VALUE = re.compile(
    r"""
    ^[ \t]*(?P<key>[A-Za-z_][\w-]*)   # a key at the start of the line
    [ \t]*:[ \t]*                     # the colon
    (?P<value>.*?)[ \t]*\r?$          # the value, without trailing blanks
    """,
    re.VERBOSE,
)

QUOTED = re.compile(
    r"""
    ^(?P<quote>["'])     # an opening quote
    (?P<inner>.*)        # the value
    (?P=quote)$          # the same quote closing it
    """,
    re.VERBOSE,
)


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """The front matter fields and the body; no fields when there is no front matter."""
    match = FRONT_MATTER.match(text)
    if match is None:
        return {}, text
    fields: dict[str, str] = {}
    for line in match["block"].split("\n"):
        pair = KEY_VALUE.match(line)
        if pair and pair["key"].lower() not in fields:
            fields[pair["key"].lower()] = _unquote(pair["value"])
    return fields, text[match.end() :]


def _unquote(value: str) -> str:
    quoted = QUOTED.match(value)
    if quoted:
        inner = quoted["inner"]
        return inner.replace("''", "'") if quoted["quote"] == "'" else inner.replace('\\"', '"')
    return value.split(" #", 1)[0].strip()


def read_markdown(text: str) -> tuple[Part, ...]:
    fields, body = split_front_matter(text)
    if not fields and body is text:
        return (Part(text),)
    if not body.strip():
        return (Part("", skip="empty file (front matter only)"),)
    return (Part(body, meta=meta_from(fields), meta_source="front matter"),)
