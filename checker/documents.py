"""Read the user's inputs into stories of documents, and account for every input.

`read_stories` is the front door of the first pipeline stage. What it decides:

Stories
    A folder is one story, named after the folder. When it holds story sub-folders
    (sub-folders with document files of their own; `checkclaims archive/`), each of them
    is a story named by its path relative to the folder given ("104543", "2015/quake"),
    and the loose files directly in the folder given form a story named after that
    folder. Files given directly on the command line (and "-", standard input) form one
    story named after their common parent folder ("" when they have none). Two stories
    with the same name are told apart as "name (2)", "name (3)" ...

Documents
    `doc_id` is the file's path relative to its story folder, / separated (for files
    given directly: relative to their common parent, which is the bare file name when
    they share a folder); a record of a JSON file adds "#n" (see readers.jsonrec);
    standard input is "<stdin>". `path` is the path to the file as reached from the path
    given (links are not resolved), "-" for standard input. `text` is the text that was
    checked, exactly as decoded (newlines as in the file, nothing stripped), so claim
    offsets are character offsets into it: for .txt and .json that is the file's (or
    record's) text; for .md the body after the front matter (add the front matter's
    length to an offset to find it in the file); for .html trafilatura's main text
    (search the page for the claim's quote).

Publication date
    The `published` argument (the --published option) wins; then the sources.csv row;
    then the file's own metadata (front matter, HTML metadata, JSON record fields). The
    source is recorded as "option", "manifest", "front matter", "html metadata" or
    "record", with confidence "high"; otherwise the date is left None for later stages.
    Title, outlet and url come from sources.csv when its cell is not empty, else from
    the file.

Statuses (Story.inputs, one per input file, and one per record of a JSON file)
    checked    read; reason carries notes such as "not in sources.csv"
    skipped    binary file / empty file / unreadable: permission denied / not a supported
               format (.pdf) / too large (...) / hidden file / symbolic link loop / no
               text records / not a document (readme or licence file) / language de
               not supported (readers.language: only English is checked) ...
    duplicate  "same text as <doc_id>": the same text (ignoring case and spacing) as an
               earlier document of the story; it is not made a Document, so it does not
               count as an independent source
    missing    a sources.csv row for a file that is not there

Hidden files and folders (names starting with a dot) inside a folder are listed as
skipped, never read; version-control folders (.git, .hg, .svn) are left out entirely;
readme and licence files are skipped as "not a document"; sources.csv is read as the
folder's manifest and is listed only when it cannot be read (see readers.walk). A file
named on the command line is read whatever its name, if its format is supported.

InputError is raised only for a path that does not exist, a folder that cannot be
listed, or inputs that hold no file in a supported format at all.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import sys
from collections.abc import Sequence
from dataclasses import replace
from typing import TextIO

from checker.errors import InputError
from checker.model import Document, InputStatus, Story
from checker.readers import Part, skipped, without_surrogates
from checker.readers.fields import Meta, parse_date
from checker.readers.files import CONVERT_HINT, SUPPORTED, convert_first, read_file, read_stream
from checker.readers.language import language_of
from checker.readers.manifest import MANIFEST_NAME, read_manifest
from checker.readers.walk import (
    OUTSIDE,
    Entry,
    StoryFolder,
    classify_file,
    is_candidate,
    special_kind,
    walk_folder,
)

STDIN = "-"
STDIN_NAME = "<stdin>"
LINKS_HINT = "its documents are symbolic links out of the folder: pass --follow-links to read them"
NOTHING_HINT = "give files ending in " + ", ".join(SUPPORTED) + ", or a folder that holds them"


def read_stories(
    paths: Sequence[str],
    published: dt.date | None = None,
    stdin: TextIO | None = None,
    follow_links: bool = False,
) -> tuple[Story, ...]:
    """The stories the paths hold, each with its documents and the status of every input.
    Symbolic links out of a folder given are listed as skipped unless `follow_links`."""
    option = published.date() if isinstance(published, dt.datetime) else published
    return tuple(read_story(plan, option, stdin) for plan in plan_stories(paths, follow_links))


def plan_stories(paths: Sequence[str], follow_links: bool = False) -> list[StoryFolder]:
    """The stories the paths hold, as found on disk and not yet read (read_story reads
    one); raises InputError when the paths hold no document at all."""
    paths = [os.fspath(path) for path in paths]
    if not paths:
        raise InputError("no input given", NOTHING_HINT)
    plans = _unique_names(_plan(paths, follow_links))
    if not any(is_candidate(entry) for plan in plans for entry in plan.entries):
        raise InputError(f"no documents found in {', '.join(paths)}", _nothing_hint(plans))
    return plans


def _nothing_hint(plans: Sequence[StoryFolder]) -> str:
    """What to do when no file of the folders given is read: follow links, save Word
    documents and PDFs as text, or give files of the formats read."""
    entries = [entry for plan in plans for entry in plan.entries]
    if any(entry.skip == OUTSIDE for entry in entries):
        return LINKS_HINT
    convert = [entry.rel for entry in entries if convert_first(entry.rel)]
    if convert:
        shown = ", ".join(convert[:3]) + (
            f" and {len(convert) - 3} more" if len(convert) > 3 else ""
        )
        return f"{shown}: {CONVERT_HINT.replace('save it', 'save each')}"
    return NOTHING_HINT


def _plan(paths: Sequence[str], follow_links: bool = False) -> list[StoryFolder]:
    """Stories in the order the paths were given; loose files go where the first one was."""
    groups: list[StoryFolder | list[str]] = []
    loose: list[str] = []
    seen: set[str] = set()
    for path in paths:
        if path != STDIN and not os.path.lexists(path):
            raise InputError(f"no such file or folder: {path}", "check the path and its spelling")
        key = path if path == STDIN else os.path.realpath(path)
        if key in seen:
            continue
        seen.add(key)
        if path != STDIN and os.path.isdir(path):
            groups.extend(walk_folder(path, follow_links))
            continue
        _refuse_special(path)
        if not loose:
            groups.append(loose)
        loose.append(path)
    return [_loose_plan(g) if isinstance(g, list) else g for g in groups]


def _refuse_special(path: str) -> None:
    """A FIFO or a device named on the command line would be read forever, and a Word
    document or a PDF named there is one the user expects read: refuse them."""
    kind = "" if path == STDIN else special_kind(path)
    if kind:
        raise InputError(f"{path} is {kind}, not a file", "give files or folders of articles")
    kind = "" if path == STDIN else convert_first(path)
    if kind:
        raise InputError(f"{path} is {kind}, which checkclaims does not read", CONVERT_HINT)


def _loose_plan(paths: list[str]) -> StoryFolder:
    """Files given directly: one story named after their common parent folder."""
    files = [p for p in paths if p != STDIN]
    parents = [os.path.dirname(os.path.abspath(p)) for p in files]
    common = os.path.commonpath(parents) if parents else ""
    entries = [
        Entry(STDIN_NAME, STDIN) if p == STDIN else Entry(_rel(p, common), p, _given_file_skip(p))
        for p in paths
    ]
    folders = tuple(
        (os.path.dirname(p) or ".", _rel(parent, common))
        for p, parent in zip(files, parents, strict=True)
    )
    return StoryFolder(os.path.basename(common), folders, tuple(entries), whole_folders=False)


def _rel(path: str, start: str) -> str:
    rel = os.path.relpath(os.path.abspath(path), start).replace(os.sep, "/")
    return "" if rel == "." else rel


def _given_file_skip(path: str) -> str:
    """A file the user named is read even when hidden; only its format can rule it out."""
    if not os.path.exists(path):
        return "symbolic link loop" if os.path.islink(path) else "broken symbolic link"
    return classify_file(os.path.basename(path), hidden_rules=False)


def _unique_names(plans: list[StoryFolder]) -> list[StoryFolder]:
    seen: set[str] = set()
    unique = []
    for plan in plans:
        plan = replace(plan, name=without_surrogates(plan.name))
        name, n = plan.name, 2
        while name in seen:
            name, n = f"{plan.name} ({n})", n + 1
        seen.add(name)
        unique.append(replace(plan, name=name))
    return unique


class _StoryBuilder:
    """Collects one story's documents and statuses while its entries are read."""

    def __init__(self, plan: StoryFolder, option: dt.date | None) -> None:
        self.plan = plan
        self.option = option
        self.documents: list[Document] = []
        self.inputs: list[InputStatus] = []
        self.texts: dict[bytes, str] = {}  # hash of normalised text -> first doc_id
        self.rows: dict[str, tuple[Meta, str]] = {}  # rel path -> sources.csv row, file path
        self.listed: set[str] = set()  # rel folders (prefixes) that have a sources.csv

    def status(self, doc_id: str, status: str, reason: str = "", path: str = "") -> None:
        doc_id, reason, path = map(without_surrogates, (doc_id, reason, path))
        self.inputs.append(InputStatus(doc_id, self.plan.name, status, reason, path))

    def add(self, entry: Entry, part: Part) -> None:
        doc_id = without_surrogates(entry.rel + part.suffix)
        if part.skip:
            self.status(doc_id, "skipped", part.skip, entry.path)
            return
        language = language_of(part.text)
        if language != "en":
            self.status(doc_id, "skipped", f"language {language} not supported", entry.path)
            return
        key = hashlib.blake2b(" ".join(part.text.casefold().split()).encode(), digest_size=16)
        first = self.texts.setdefault(key.digest(), doc_id)
        if first != doc_id:
            self.status(doc_id, "duplicate", f"same text as {first}", entry.path)
            return
        document, notes = _document(self, entry, part, doc_id)
        self.documents.append(document)
        self.status(doc_id, "checked", "; ".join(n for n in (part.note, *notes) if n), entry.path)

    def story(self) -> Story:
        return Story(self.plan.name, tuple(self.documents), tuple(self.inputs))


def read_story(plan: StoryFolder, option: dt.date | None, stdin: TextIO | None = None) -> Story:
    """Read one planned story: its documents and the status of every input."""
    builder = _StoryBuilder(plan, option)
    _load_manifests(builder)
    for entry in plan.entries:
        for part in _read_entry(entry, stdin):
            builder.add(entry, part)
    if plan.whole_folders:
        _report_missing(builder)
    return builder.story()


def _read_entry(entry: Entry, stdin: TextIO | None) -> tuple[Part, ...]:
    if entry.skip:
        return (skipped(entry.skip),)
    if entry.path == STDIN:
        return read_stream(stdin if stdin is not None else sys.stdin)
    return read_file(entry.path)


def _load_manifests(builder: _StoryBuilder) -> None:
    """Read the sources.csv of every folder of the story, keyed by the files' rel paths."""
    for folder, prefix in dict.fromkeys(builder.plan.folders):
        manifest = read_manifest(folder)
        if manifest is None:
            continue
        if manifest.problem:
            builder.status(_join(prefix, MANIFEST_NAME), "skipped", manifest.problem, manifest.path)
            continue
        builder.listed.add(prefix)
        for name, meta in manifest.rows.items():
            builder.rows.setdefault(_join(prefix, name), (meta, os.path.join(folder, name)))


def _report_missing(builder: _StoryBuilder) -> None:
    present = {entry.rel for entry in builder.plan.entries}
    for rel, (_meta, path) in builder.rows.items():
        if rel not in present:
            builder.status(
                rel, "missing", f"listed in {MANIFEST_NAME} but {_why_absent(path)}", path
            )


def _why_absent(path: str) -> str:
    """Why a file a manifest lists is not among the story's inputs."""
    if os.path.isdir(path):
        return "it is a folder"
    if os.path.lexists(path):
        return "not read (it is not among the story's files)"
    parent = os.path.dirname(path) or "."
    if os.path.isdir(parent) and not os.access(parent, os.R_OK | os.X_OK):
        return "its folder is unreadable: permission denied"
    return "not found"


def _document(
    builder: _StoryBuilder, entry: Entry, part: Part, doc_id: str
) -> tuple[Document, list[str]]:
    row = builder.rows.get(entry.rel, (None, ""))[0]
    notes = []
    if row is None and _folder_of(entry.rel) in builder.listed:
        notes.append(f"not in {MANIFEST_NAME}")
    date, source, date_notes = _published(builder.option, row, part)
    notes.extend(date_notes)
    row = row or Meta()
    title = row.title or part.meta.title
    document = Document(
        doc_id=doc_id,
        text=with_title(title, part.text),
        story=builder.plan.name,
        path=without_surrogates(entry.path),
        title=title,
        outlet=row.outlet or part.meta.outlet,
        url=row.url or part.meta.url,
        published=date,
        published_source=source,
        published_confidence="high" if date else "",
    )
    return document, notes


_TITLE_REACH = 400  # characters of the text, past the title's length, where it may already stand
_NOT_WORD = re.compile(r"\W+")


def with_title(title: str, text: str) -> str:
    """The text to check: the title given apart from the text (front matter, a manifest, a
    page's metadata) first, on a line of its own, unless the text already opens with it. A
    headline's figures are claims like the body's ("Three dead in wedding poisoning"), and
    the headline that contradicts the body is one of the disagreements a reader looks for;
    a title kept only as metadata was never checked. Compared by words, case aside, so that
    punctuation and spacing do not matter."""
    words = _NOT_WORD.sub(" ", title).strip().lower()
    if not words:
        return text
    opening = _NOT_WORD.sub(" ", text[: len(title) + _TITLE_REACH]).lower()
    if words in opening:
        return text
    return title_prefix(title) + text


def title_prefix(title: str) -> str:
    """What with_title puts before a text that does not open with its title."""
    return f"{title.strip()}\n\n"


def _published(
    option: dt.date | None, row: Meta | None, part: Part
) -> tuple[dt.date | None, str, list[str]]:
    """The publication date, where it came from, and notes on dates that could not be read."""
    if option is not None:
        return option, "option", []
    notes: list[str] = []
    for value, source in (
        (row.published if row else "", "manifest"),
        (part.meta.published, part.meta_source),
    ):
        if not value:
            continue
        date = parse_date(value)
        if date is not None:
            return date, source, notes
        notes.append(f"published date in {source} not understood: {value!r}")
    return None, "", notes


def _folder_of(rel: str) -> str:
    return rel.rpartition("/")[0]


def _join(prefix: str, name: str) -> str:
    return f"{prefix}/{name}" if prefix and name else prefix or name
