"""Find the stories in a folder and the input files of each.

A folder that directly holds at least one document file is a story; the folder given
is always one (its loose files). A sub-folder without document files of its own (say
`images/`) is not a story: its files are listed with the nearest story above it, as
`images/photo.jpg`, so that nothing goes unreported.

Nothing is dropped silently, with one exception: version-control folders (.git, .hg,
.svn) are not entered and not listed. Hidden files and folders (names starting with a
dot), readme and licence files, files of unsupported formats, broken links and
symbolic links that lead back into a folder already being read or out of the folder
given (unless follow_links), FIFOs and devices are listed as skipped, with the reason.
`sources.csv` is metadata, read with its folder, not an input.
"""

from __future__ import annotations

import errno
import os
import re
import stat
from dataclasses import dataclass

from checker.errors import InputError
from checker.readers.encoding import os_reason
from checker.readers.files import unsupported_reason
from checker.readers.manifest import MANIFEST_NAME

READ_HINT = "check the folder's permissions"
VCS_FOLDERS = frozenset({".git", ".hg", ".svn"})
FOLLOW_LINKS = "\0follow links"  # a mark in the walk's visited set: no real path looks like it
OUTSIDE = "symbolic link out of the input folder (--follow-links reads it)"

NOT_A_DOCUMENT = re.compile(
    r"""
    ^(?:readme|licen[cs]e|copying|notice|changelog|authors)   # a project's own papers
    (?:[\w-]*)                                                 # LICENSEDATA, README_fr
    (?:\.[^.]*)?$                                              # any one extension
    """,
    re.VERBOSE | re.IGNORECASE,
)


@dataclass(frozen=True)
class Entry:
    """One input file of a story, or something listed as skipped without reading it."""

    rel: str  # path relative to the story folder, / separated: the document's name
    path: str  # the path to open: the folder given, joined with rel
    skip: str = ""  # why it is not read; "" when it is


@dataclass(frozen=True)
class StoryFolder:
    """A story found on disk: its name, the folders its files come from, its entries."""

    name: str
    folders: tuple[tuple[str, str], ...]  # (folder path, prefix of its entries' rel)
    entries: tuple[Entry, ...]
    whole_folders: bool = True  # False for files given one by one: no "missing" rows


def is_candidate(entry: Entry) -> bool:
    """True for a file we will try to read as a document."""
    return not entry.skip


def classify_file(name: str, hidden_rules: bool = True) -> str:
    """Why a file is not read as a document, judged by its name; "" when it is read."""
    if hidden_rules and name.startswith("."):
        return "hidden file"
    if hidden_rules and NOT_A_DOCUMENT.match(name):
        return "not a document (readme or licence file)"
    return unsupported_reason(name)


def walk_folder(top: str, follow_links: bool = False) -> tuple[StoryFolder, ...]:
    """The stories under the folder given: its own loose files first, then sub-folders.

    A symbolic link that leads out of the folder given is listed as skipped unless
    `follow_links`."""
    name = os.path.basename(os.path.normpath(os.path.abspath(top)))
    visited: set[str] = set()
    if follow_links:
        visited.add(FOLLOW_LINKS)
    loose, folders, stories = _walk(top, "", (os.path.realpath(top),), visited)
    if loose and loose[0].rel == "":
        raise InputError(f"cannot read folder {top}: {loose[0].skip}", READ_HINT)
    if loose or not stories:
        stories.insert(0, StoryFolder(name, tuple(folders), tuple(loose)))
    return tuple(s for s in stories if s.entries)


def _walk(
    folder: str, rel: str, ancestors: tuple[str, ...], visited: set[str]
) -> tuple[list[Entry], list[tuple[str, str]], list[StoryFolder]]:
    """Entries and folders for the story above, and the stories found below `folder`."""
    visited.add(ancestors[-1])
    entries: list[Entry] = []
    folders = [(folder, "")]
    stories: list[StoryFolder] = []
    try:
        with os.scandir(folder) as scan:
            items = sorted(scan, key=lambda item: item.name)
    except OSError as error:
        return [Entry("", folder, f"unreadable: {os_reason(error)}")], [], []
    for item in items:
        kind, reason = _kind(item, ancestors, visited)
        if kind == "file" and item.name != MANIFEST_NAME:
            entries.append(Entry(item.name, item.path, classify_file(item.name)))
        elif kind == "skip":
            entries.append(Entry(item.name, item.path, reason))
        elif kind == "dir":
            below = _walk(item.path, _join(rel, item.name), (*ancestors, reason), visited)
            _take(item.name, below, entries, folders, stories)
    if rel and any(is_candidate(entry) for entry in entries):
        stories.insert(0, StoryFolder(rel, tuple(folders), tuple(entries)))
        return [], [], stories
    return entries, folders, stories


def _take(
    name: str,
    below: tuple[list[Entry], list[tuple[str, str]], list[StoryFolder]],
    entries: list[Entry],
    folders: list[tuple[str, str]],
    stories: list[StoryFolder],
) -> None:
    """Adopt what a sub-folder passes up: its entries and folders under its name."""
    sub_entries, sub_folders, sub_stories = below
    entries.extend(Entry(_join(name, e.rel), e.path, e.skip) for e in sub_entries)
    folders.extend((path, _join(name, prefix)) for path, prefix in sub_folders)
    stories.extend(sub_stories)


def _kind(item: os.DirEntry[str], ancestors: tuple[str, ...], visited: set[str]) -> tuple[str, str]:
    """("file" | "dir" | "skip" | "omit", reason or the folder's real path)."""
    if item.name.startswith("."):
        if item.name in VCS_FOLDERS:
            return "omit", ""
        if _is_dir(item):
            return "skip", "hidden folder"
    try:
        is_dir = item.is_dir()
        is_file = item.is_file()
    except OSError as error:
        loop = error.errno == errno.ELOOP
        return "skip", "symbolic link loop" if loop else f"unreadable: {os_reason(error)}"
    if not (is_file or is_dir):
        return "skip", not_regular(item.path)
    if _leads_out(item, ancestors[0], visited):
        return "skip", OUTSIDE
    if is_file:
        return "file", ""
    # a folder that is no link is where its parent really is (ancestors[-1]): realpath
    # would look at every part of its path again (388 folders of an archive: 21-33 ms)
    link = item.is_symlink()
    real = os.path.realpath(item.path) if link else os.path.join(ancestors[-1], item.name)
    if real in ancestors:
        return "skip", "symbolic link loop (leads back to an enclosing folder)"
    if link and real in visited:
        return "skip", "symbolic link to a folder already read"
    return "dir", real


def _leads_out(item: os.DirEntry[str], root: str, visited: set[str]) -> bool:
    if FOLLOW_LINKS in visited or not item.is_symlink():
        return False
    real = os.path.realpath(item.path)
    return os.path.commonpath((root, real)) != root


# What a path that is neither a file nor a folder is, by its mode.
_SPECIAL_KINDS = (
    (stat.S_ISFIFO, "a FIFO"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def not_regular(path: str) -> str:
    """Why a path that is neither a file nor a folder is skipped."""
    if not os.path.exists(path):
        return "broken symbolic link" if os.path.islink(path) else "not a regular file"
    kind = special_kind(path)
    return f"not a regular file ({kind})" if kind else "not a regular file"


def special_kind(path: str) -> str:
    """ "a FIFO", "a character device" ... for such a path, else "" (files, folders, errors)."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return ""
    return next((name for test, name in _SPECIAL_KINDS if test(mode)), "")


def _is_dir(item: os.DirEntry[str]) -> bool:
    try:
        return item.is_dir()
    except OSError:
        return False


def _join(prefix: str, name: str) -> str:
    return f"{prefix}/{name}" if prefix and name else prefix or name
