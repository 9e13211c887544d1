"""Compiled patterns kept beside the store (checker.pattern_cache): a pattern made from the
file is the pattern re.compile makes, a damaged or foreign file is never trusted, and a run
in a fresh process that reads the file writes the same reports as one without it."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from checker import pattern_cache
from checker.pattern_cache import (
    compile_arguments,
    file_name,
    kept_patterns,
    read_patterns,
    write_patterns,
)
from tests.archive_fixture import ROOT

pytestmark = pytest.mark.skipif(not pattern_cache.SUPPORTED, reason="CPython 3.11 only")

PATTERNS = [
    (r"(?P<count>\d{1,3}(?:,\d{3})*)\s+(?:people|persons)\b", 0),
    (
        r"""(?x) \b (?:killed | wounded)  # the measure
         (?= \s+ (?P<who>\w+) )        # who, looked ahead""",
        re.IGNORECASE,
    ),
    (r"(?<![\w.])(?:one|two|three)(?!-)", re.IGNORECASE | re.UNICODE),
    (r"[^\W\d_]+(?:['’][a-zé]+)?", 0),
    (rb"^\xef\xbb\xbf|\r\n?", re.MULTILINE),
    (r"(a)|(?P<b>b)(?(1)x|y)", re.DOTALL),
]


def _fresh(pattern: str | bytes, flags: int) -> re.Pattern:
    from re import _compiler

    return _compiler.compile(pattern, flags)


def _compile_all() -> list[re.Pattern]:
    re.purge()  # re.compile's own cache would answer before the hook
    return [re.compile(p, f) for p, f in PATTERNS]


def test_a_pattern_from_the_file_is_the_one_re_compiles(tmp_path: Path) -> None:
    with kept_patterns(tmp_path) as first:
        assert first is not None and first.known == {}
        made = _compile_all()
    assert set(read_patterns(tmp_path / file_name())) == set(PATTERNS)
    with kept_patterns(tmp_path) as second:
        assert second is not None and set(second.known) == set(PATTERNS)
        again = _compile_all()
        assert not second.new and set(second.used) == set(PATTERNS)
    for (pattern, flags), one, other in zip(PATTERNS, made, again, strict=True):
        expected = _fresh(pattern, flags)
        # Pattern equality compares the pattern, the flags and the compiled opcodes
        assert one == other == expected
        assert (other.groups, other.groupindex) == (expected.groups, expected.groupindex)
    assert again[0].search("about 1,200 people").group("count") == "1,200"


def test_the_hook_is_removed_when_the_block_ends_however_it_ends(tmp_path: Path) -> None:
    from re import _compiler

    original = _compiler.compile
    with pytest.raises(KeyError), kept_patterns(tmp_path):
        assert _compiler.compile is not original
        raise KeyError("stop")
    assert _compiler.compile is original
    with kept_patterns(None) as nothing:
        assert nothing is None and _compiler.compile is original


@pytest.mark.parametrize("damage", ["flip", "cut", "garbage", "other python"])
def test_a_damaged_or_foreign_file_is_ignored_and_written_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, damage: str
) -> None:
    with kept_patterns(tmp_path):
        _compile_all()
    path = tmp_path / file_name()
    data = path.read_bytes()
    if damage == "flip":
        path.write_bytes(data[:100] + bytes([data[100] ^ 1]) + data[101:])
    elif damage == "cut":
        path.write_bytes(data[: len(data) // 2])
    elif damage == "garbage":
        path.write_bytes(b"\0not marshal" * 50)
    else:
        monkeypatch.setattr(pattern_cache, "_version", lambda: "another python")
    assert read_patterns(path) == {}
    with kept_patterns(tmp_path) as patterns:
        assert patterns is not None and patterns.known == {}
        made = _compile_all()
    assert made == [_fresh(p, f) for p, f in PATTERNS]
    assert set(read_patterns(path)) == set(PATTERNS)


def test_odd_arguments_are_compiled_as_usual_and_the_file_still_written(tmp_path: Path) -> None:
    from re import _compiler

    class Text(str):
        pass

    with kept_patterns(tmp_path):
        made = _compiler.compile(r"(\d+) people", re.IGNORECASE)  # a RegexFlag, not an int
        sub = _compiler.compile(Text("abc"), 0)
        scanner = re.Scanner([(r"\d+", lambda s, t: int(t)), (r"\s+", None)])
        _compile_all()
    assert made == _fresh(r"(\d+) people", re.IGNORECASE) and sub.match("abc")
    assert scanner.scan("1 22")[0] == [1, 22]
    kept = read_patterns(tmp_path / file_name())
    assert set(PATTERNS) <= set(kept) and (r"(\d+) people", int(re.IGNORECASE)) in kept


def test_opcodes_that_sre_rejects_are_compiled_anew(tmp_path: Path) -> None:
    pattern, flags = PATTERNS[0]
    final, code, groups, groupindex, indexgroup = compile_arguments(pattern, flags)
    broken = (final, [*code[:5], 9999, *code[6:]], groups, groupindex, indexgroup)
    write_patterns(tmp_path / file_name(), {(pattern, flags): broken})
    with kept_patterns(tmp_path):
        re.purge()
        made = re.compile(pattern, flags)
    assert made == _fresh(pattern, flags)


def test_a_file_past_its_limit_keeps_the_patterns_of_the_last_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / file_name()
    old = {(f"old{i}", 0): compile_arguments(f"old{i}", 0) for i in range(5)}
    write_patterns(path, old)
    monkeypatch.setattr(pattern_cache, "MAX_PATTERNS", 8)
    with kept_patterns(tmp_path):
        _compile_all()
    assert set(read_patterns(path)) == set(PATTERNS)  # 11 > 8: the old five are dropped
    monkeypatch.setattr(pattern_cache, "MAX_PATTERNS", 12)
    write_patterns(path, old)
    with kept_patterns(tmp_path):
        _compile_all()
    assert set(read_patterns(path)) == set(PATTERNS) | set(old)


def test_an_unsupported_python_compiles_as_usual(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from re import _compiler

    monkeypatch.setattr(pattern_cache, "SUPPORTED", False)
    with kept_patterns(tmp_path) as patterns:
        assert patterns is None and _compiler.compile.__module__ == "re._compiler"
    assert not (tmp_path / file_name()).exists()


def _checkclaims(*args: str) -> str:
    main = "import sys; from checker.cli.app import main; sys.argv[0] = 'checkclaims'; main()"
    done = subprocess.run([sys.executable, "-c", main, *args], cwd=ROOT, capture_output=True)
    assert done.returncode in (0, 1), done.stderr
    return done.stdout.decode("utf-8")


def _check(archive: Path, reports: Path, cache: Path) -> None:
    _checkclaims("check", str(archive), "-q", "--report-dir", str(reports), "--cache", str(cache))


def test_extract_keeps_the_patterns_too(tmp_path: Path) -> None:
    seeds = str(ROOT / "seeds")
    first = _checkclaims("extract", seeds, "--cache", str(tmp_path / "c"))
    assert len(read_patterns(tmp_path / "c" / file_name())) > 100
    (tmp_path / "c" / "claims.sqlite3").unlink()
    assert _checkclaims("extract", seeds, "--cache", str(tmp_path / "c")) == first


def test_a_run_with_the_patterns_kept_writes_the_same_reports(tmp_path: Path) -> None:
    seeds = ROOT / "seeds"
    _check(seeds, tmp_path / "r0", tmp_path / "c")  # the file is written ...
    kept = read_patterns(tmp_path / "c" / file_name())
    assert len(kept) > 100
    (tmp_path / "c" / "claims.sqlite3").unlink()  # ... and the claims extracted again with it
    _check(seeds, tmp_path / "r1", tmp_path / "c")
    for name in ("claims.csv", "discrepancies.csv", "documents.csv", "report.md"):
        assert (tmp_path / "r0" / name).read_bytes() == (tmp_path / "r1" / name).read_bytes()


def test_alternations_are_kept_in_the_file_by_what_they_are_made_of(tmp_path: Path) -> None:
    """vocab's alternations are built once and then read from the file, by a digest of the
    words, their order and the gap; a set's (whose order changes) is built every time."""
    from checker.vocab import alternation, trie_alternation

    words = ["two", "twelve", "ten", "tens", "ten years", "Tuesday"]
    made = [alternation(words), trie_alternation(words), trie_alternation(words, gap=" ")]
    built: list[tuple[str, ...]] = []
    original = pattern_cache.remembered

    def counted(recipe: tuple, build):  # type: ignore[no-untyped-def]
        return original(recipe, lambda: built.append(recipe[:2]) or build())

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pattern_cache, "remembered", counted)
        with kept_patterns(tmp_path):
            assert [alternation(words), trie_alternation(words)] == made[:2]
        assert built == [("alternation", r"\s+"), ("trie", r"\s+")]
        with kept_patterns(tmp_path) as kept:
            assert kept is not None and len(kept.texts) == 2
            again = [alternation(words), trie_alternation(words), trie_alternation(words, " ")]
            assert again == made and alternation(set(words)) == made[0]
            assert alternation([*words, "zero"]) != made[0]
        assert built[2:] == [("trie", " "), ("alternation", r"\s+")]
        with kept_patterns(tmp_path) as kept:
            assert kept is not None and len(kept.texts) == 4
    assert alternation(words) == made[0]  # no block: built, as before
