"""Fuzz (issue 16): arbitrary bytes, file names and JSON values never end in a traceback,
and every input is listed in documents.csv. Examples are few, to keep the suite fast."""

from __future__ import annotations

import csv
import json
import os
import re
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from checker.cli.app import app
from checker.readers import without_surrogates

EXTENSIONS = (".txt", ".md", ".html", ".json", ".jsonl")
runner = CliRunner()

# File names: any characters a file system takes (no "/" or NUL), lone surrogates
# included (they stand for bytes that are not UTF-8); "f" first so none is hidden.
names = st.text(
    st.characters(blacklist_characters="/\x00", blacklist_categories=("Cs",))
    | st.sampled_from(["\udcff", "\udce9", "[", "]", "\x1b", "="]),
    max_size=20,
).map(lambda s: "f" + s)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=60),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(
            st.sampled_from(["text", "title", "outlet", "published", "x"]), inner, max_size=4
        )
    ),
    max_leaves=12,
)
contents = st.one_of(
    st.binary(max_size=400),
    json_values.map(lambda v: json.dumps(v).encode()),
    st.text(max_size=400).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.just(b"Officials said 12 people were killed on Tuesday.\n"),
)
files = st.lists(st.tuples(names, st.sampled_from(EXTENSIONS), contents), min_size=1, max_size=3)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(files)
def test_any_input_is_listed_and_never_a_traceback(
    given_files: list[tuple[str, str, bytes]],
) -> None:
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary) / "story"
        folder.mkdir()
        written = set()
        for name, extension, data in given_files:
            path = os.path.join(os.fsencode(folder), os.fsencode(name + extension))
            try:
                with open(path, "wb") as handle:
                    handle.write(data)
            except OSError:  # a name too long for the file system
                continue
            written.add(os.fsdecode(path))
        if not written:
            return
        out = Path(temporary) / "reports"
        result = runner.invoke(app, ["check", str(folder), "--report-dir", str(out), "-q"])
        assert result.exception is None or isinstance(result.exception, SystemExit), (
            result.exception
        )
        assert result.exit_code in (0, 1, 2), result.output
        with (out / "documents.csv").open(encoding="utf-8", newline="") as handle:
            listed = list(csv.DictReader(handle))
        # a record of a JSON file is listed as "path#N"; a file name may hold "#" itself
        paths = {re.sub(r"#\d+$", "", row["path"]) for row in listed}
        assert {without_surrogates(p) for p in written} <= paths, (paths, written)
