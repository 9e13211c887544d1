"""Write a set of report files so that it changes all at once or not at all.

Each run writes its files (fsync'd) into a new folder `.checkclaims/set-XXXX/` inside the
report folder. `reports/claims.csv` is a symbolic link to `.checkclaims/current/claims.csv`
and `.checkclaims/current` a link to the newest complete set, so one rename of that link
swaps every report together: a run killed at any point (even with SIGKILL) leaves readers
either the whole old set or the whole new set. Files of the old set that this run does not
write (the JSON reports after a CSV run, review.csv) are carried over as hard links.

A name with a / in it ("texts/001.txt") is written in a folder of the set, and the folder
(`reports/texts`) is one link into the current set, so it changes with the others. Top-level
names in `replace` are dropped from the old set even when this run writes nothing under them
(a run that checks no document writes no text, and must not leave the previous run's).

Once the new set is current, the old one is removed; the folders it holds (texts/, a folder
per story of an archive) are moved to `.checkclaims/trash-XXXX/` and removed by the next run
while it works, as removing many folders waits on the disk.

Report files of the layout before this one (regular files) are first copied into a set of
their own and replaced by links to it, one rename each, so that readers see the old
contents until the new set is swapped in.

Where the file system takes no symbolic links (FAT and exFAT drives, Windows without the
right to make them), the set is written as usual and its files then replace the report
folder's own, one rename each: every report is written, but not all at once.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import tempfile
import threading
from collections.abc import Collection, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

STATE = ".checkclaims"  # hidden folder of the sets, inside the report folder
CURRENT = "current"  # link to the newest complete set
SET_PREFIX = "set-"
TRASH_PREFIX = "trash-"  # folders of earlier sets, removed by the next run while it works
WRITERS = 32  # threads writing and fsyncing the files of a set
# not following a link when opening a file: POSIX only (Windows has no O_NOFOLLOW: a link
# is refused by a test before the open there)
_NO_FOLLOW = getattr(os, "O_NOFOLLOW", 0)


def write_set(
    directory: Path, files: Mapping[str, str], replace: Collection[str] = ()
) -> list[Path]:
    """Write name -> text into `directory` as one set; return the paths readers use."""
    with _swapped_in(directory, _top_names(files) | set(replace), files) as (new, old):
        _write_all(new, files, old)
    return [directory / name for name in files]


@contextlib.contextmanager
def building_set(directory: Path, names: Collection[str]) -> Iterator[Path]:
    """A new set folder to write the files `names` (no / in them) into, each fsync'd by
    the writer; swapped in as the current set when the block ends, removed when it raises."""
    with _swapped_in(directory, set(names), names) as (new, _):
        yield new
        sync_folder(new)


@contextlib.contextmanager
def _swapped_in(
    directory: Path, tops: set[str], adopt: Collection[str]
) -> Iterator[tuple[Path, Path | None]]:
    """A new set folder, with the old set's other files carried over, and the old set; when
    the block ends, the links of `tops` point into it and it becomes the current set (report
    files of the old layout named in `adopt` are adopted first); when it raises, it is
    removed."""
    state = directory / STATE
    state.mkdir(exist_ok=True)
    if not _links_work(state):
        yield from _written_plainly(directory, state, tops)
        return
    emptying = _empty_trash(state)
    old = _current_set(state)
    new = _new_set(state)
    try:
        _carry_over(old, new, tops)
        yield new, old
        if old is None:
            _adopt_old_files(directory, state, adopt)
        for name in sorted(tops):
            _ensure_link(directory / name, Path(STATE) / CURRENT / name)
        _swap_current(state, new)
    except BaseException:
        if _current_set(state) != new:
            shutil.rmtree(new, ignore_errors=True)
        raise
    finally:
        emptying.join()
    _remove_stale_sets(state, keep=new)


def _links_work(state: Path) -> bool:
    """Whether the report folder's file system takes symbolic links (not FAT or exFAT
    drives, nor Windows without the right to make them)."""
    probe = state / f".probe.{os.getpid()}"
    with contextlib.suppress(OSError):
        probe.unlink()
    try:
        os.symlink(".", probe)
    except (OSError, NotImplementedError):
        return False
    probe.unlink()
    return True


def _written_plainly(
    directory: Path, state: Path, tops: set[str]
) -> Iterator[tuple[Path, Path | None]]:
    """Where links cannot be made: the set is written as usual, then its files and folders
    replace the report folder's own, one rename each (a run killed meanwhile may leave some
    reports of each run; files of `tops` this run does not write are removed)."""
    new = _new_set(state)
    try:
        yield new, None
        for name in sorted(tops):
            target = directory / name
            if target.is_dir() and not target.is_symlink():
                shutil.rmtree(target, ignore_errors=True)
            else:
                with contextlib.suppress(FileNotFoundError):
                    target.unlink()
            if (new / name).exists():
                os.replace(new / name, target)
        sync_folder(directory)
    finally:
        shutil.rmtree(new, ignore_errors=True)


def _new_set(state: Path) -> Path:
    # named as `state` names its entries (relative when it is): since Python 3.12, mkdtemp
    # returns an absolute path, and the set kept when the stale ones are removed is found
    # among state.iterdir() by equality (a relative report folder had lost its new set)
    folder = state / Path(tempfile.mkdtemp(prefix=SET_PREFIX, dir=state)).name
    # mkdtemp makes it private; the reports are shared like any file the user writes
    folder.chmod(0o777 & ~file_mask())
    return folder


def current_set(directory: Path) -> Path | None:
    """The folder of the report folder's current set (None: none yet)."""
    return _current_set(directory / STATE)


def file_mask() -> int:
    """The process's umask (reading it means setting it: set it straight back)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _current_set(state: Path) -> Path | None:
    link = state / CURRENT
    if not link.is_symlink():
        return None
    target = state / os.readlink(link)
    return target if target.is_dir() else None


def _top_names(files: Mapping[str, str]) -> set[str]:
    """The names in the report folder itself: files, and the folders of names with a /."""
    return {name.split("/", 1)[0] for name in files}


def _carry_over(old: Path | None, new: Path, tops: set[str]) -> None:
    """Hard links (copies where links fail) of the old set's files and folders this run
    does not write."""
    if old is None:
        return
    for item in old.iterdir():
        if item.name in tops:
            continue
        if item.is_dir() and not item.is_symlink():
            shutil.copytree(item, new / item.name, copy_function=_link_or_copy)
        elif item.is_file():
            _link_or_copy(item, new / item.name)


def _link_or_copy(source: str | Path, target: str | Path) -> None:
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


def _write_all(folder: Path, files: Mapping[str, str], old: Path | None) -> None:
    """Write and fsync every file, then fsync every folder that holds one. An fsync waits
    on the disk, not the CPU, so the files are written side by side (4,000 checked texts:
    5 s instead of 20 s one after another on this machine); a file the old set holds with
    the same contents (a text checked again) is linked instead (no write, no fsync, and
    removing the old set frees no data)."""
    folders = sorted({(folder / name).parent for name in files} | {folder})
    for path in folders:
        path.mkdir(parents=True, exist_ok=True)

    def write(item: tuple[str, str]) -> None:
        name, text = item
        if old is None or not link_if_same(old / name, folder / name, text):
            _write_synced(folder / name, text)

    with ThreadPoolExecutor(WRITERS) as pool:
        list(pool.map(write, files.items()))
        list(pool.map(sync_folder, folders))


def link_if_same(old: str | Path, new: str | Path, text: str, mode: int | None = None) -> bool:
    """Link `new` to `old` when `old` is a file (not a symbolic link) that holds `text`, and
    has permissions `mode` when given (those a file written now would get: a file written
    under another umask, or in another report folder, keeps its own); whether it did. One
    open, fstat and read of `old` (a re-run calls this for every text)."""
    try:
        data = text.encode("utf-8")
        if not _NO_FOLLOW and os.path.islink(old):
            return False
        handle = os.open(old, os.O_RDONLY | _NO_FOLLOW)
        try:
            info = os.fstat(handle)
            same = stat.S_ISREG(info.st_mode) and info.st_size == len(data)
            same = same and (mode is None or stat.S_IMODE(info.st_mode) == mode)
            same = same and os.read(handle, len(data) + 1) == data
        finally:
            os.close(handle)
        if same:
            os.link(old, new)
    except (OSError, UnicodeError):
        return False
    return same


def _write_synced(path: Path, text: str) -> None:
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write(text)
        out.flush()
        os.fsync(out.fileno())


def sync_file(path: str | Path) -> None:
    """fsync a file written without it (raises OSError when the disk fails)."""
    handle = os.open(path, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def sync_folder(folder: str | Path) -> None:
    """fsync a folder, so that the names written into it survive a crash."""
    with contextlib.suppress(OSError):
        handle = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)


def _adopt_old_files(directory: Path, state: Path, files: Collection[str]) -> Path | None:
    """Copy report files of the earlier layout (regular files) into a set and make it
    current, so that replacing them by links leaves their contents visible."""
    regular = [directory / n for n in files if "/" not in n and (directory / n).is_file()]
    regular = [p for p in regular if not p.is_symlink()]
    if not regular:
        return None
    adopted = _new_set(state)
    for path in regular:
        shutil.copy2(path, adopted / path.name)
    sync_folder(adopted)
    _swap_current(state, adopted)
    return adopted


def _ensure_link(path: Path, target: Path) -> None:
    """Make `path` a link to `target`, replacing what is there in one rename."""
    if path.is_symlink() and Path(os.readlink(path)) == target:
        return
    temporary = path.with_name(f".{path.name}.{os.getpid()}.link")
    temporary.unlink(missing_ok=True)
    os.symlink(target, temporary)
    os.replace(temporary, path)


def _swap_current(state: Path, new: Path) -> None:
    temporary = state / f".{CURRENT}.{os.getpid()}"
    temporary.unlink(missing_ok=True)
    os.symlink(new.name, temporary)
    os.replace(temporary, state / CURRENT)
    sync_folder(state)


def _remove_stale_sets(state: Path, keep: Path) -> None:
    """Remove every set but `keep`. The folders in a set (texts/: a folder per story of an
    archive) are moved to the trash, one rename each, and removed by the next run while it
    works (`_empty_trash`): removing a folder waits on the disk's journal (390 story
    folders: 1.2 s one after another, 0.1-0.5 s side by side). What cannot be removed is
    left for the next run."""
    stale = [item for item in state.iterdir() if item.name.startswith(SET_PREFIX)]
    stale = [item for item in stale if item != keep and not item.is_symlink()]
    for item in stale:
        for folder in (f for f in item.iterdir() if f.is_dir() and not f.is_symlink()):
            with contextlib.suppress(OSError):
                trash = Path(tempfile.mkdtemp(prefix=TRASH_PREFIX, dir=state))
                os.rename(folder, trash / folder.name)
    _remove_trees(stale)


def _empty_trash(state: Path) -> threading.Thread:
    """A thread (started) that removes what earlier runs left in the trash."""
    trash = [item for item in state.iterdir() if item.name.startswith(TRASH_PREFIX)]
    thread = threading.Thread(target=_remove_trees, args=(trash,), name="checkclaims-trash")
    thread.start()
    return thread


def _remove_trees(trees: list[Path]) -> None:
    """Remove folders and all they hold, the files and folders of a level side by side
    (the disk's journal takes many at once); errors are ignored."""
    folders: list[list[str]] = []  # by depth, the deepest last
    with ThreadPoolExecutor(WRITERS) as pool:
        for tree in trees:
            for root, names, files in os.walk(tree):
                depth = root.count(os.sep)
                folders.extend([] for _ in range(depth + 1 - len(folders)))
                folders[depth].append(root)
                links = [n for n in names if os.path.islink(os.path.join(root, n))]
                pool.map(_unlink_quietly, [os.path.join(root, f) for f in [*files, *links]])
    with ThreadPoolExecutor(WRITERS) as pool:
        for level in reversed(folders):
            list(pool.map(_rmdir_quietly, level))


def _unlink_quietly(path: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)


def _rmdir_quietly(path: str) -> None:
    with contextlib.suppress(OSError):
        os.rmdir(path)
