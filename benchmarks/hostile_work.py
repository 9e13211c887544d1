"""Work, not time: how much one document of each hostile shape makes the checker do.

    python -m benchmarks.hostile_work SHAPE SIZE [SIZE ...]   (prints JSON)

Two counts, both the same on every run and every machine: the Python function calls of
extraction and the events and reconcile stages (cProfile's count), and the characters the
regular expressions read, counted by wrapping every compiled pattern before the checker is
imported (a search counts the characters up to the end of its match, or to the end of the
text when nothing matched; a match counts what it matched). A pattern that backtracks
inside one window is not seen here; benchmarks/hostile.py times that.
It runs in its own process so that every pattern, including those compiled when a module
is imported, is wrapped: `work(shape, sizes)` starts that process.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
_read = [0]  # characters the patterns read


class _CountingPattern:
    """A compiled pattern that adds the characters each call reads to `_read`."""

    __slots__ = ("_pattern",)

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self._pattern = pattern

    def __getattr__(self, name: str) -> Any:
        return getattr(self._pattern, name)

    def search(self, string, pos=0, endpos=sys.maxsize):
        found = self._pattern.search(string, pos, endpos)
        _read[0] += (found.end() if found else min(endpos, len(string))) - pos
        return found

    def match(self, string, pos=0, endpos=sys.maxsize):
        found = self._pattern.match(string, pos, endpos)
        _read[0] += found.end() - pos + 1 if found else 1
        return found

    def fullmatch(self, string, pos=0, endpos=sys.maxsize):
        found = self._pattern.fullmatch(string, pos, endpos)
        _read[0] += found.end() - pos + 1 if found else 1
        return found

    def finditer(self, string, pos=0, endpos=sys.maxsize) -> Iterator[re.Match]:
        last = pos
        for found in self._pattern.finditer(string, pos, endpos):
            _read[0] += found.end() - last
            last = found.end()
            yield found
        _read[0] += min(endpos, len(string)) - last

    def findall(self, string, pos=0, endpos=sys.maxsize):
        _read[0] += min(endpos, len(string)) - pos
        return self._pattern.findall(string, pos, endpos)

    def sub(self, repl, string, count=0):
        _read[0] += len(string)
        return self._pattern.sub(repl, string, count)

    def subn(self, repl, string, count=0):
        _read[0] += len(string)
        return self._pattern.subn(repl, string, count)

    def split(self, string, maxsplit=0):
        _read[0] += len(string)
        return self._pattern.split(string, maxsplit)


def _wrap_patterns() -> None:
    compile_pattern = re._compile

    def counting(pattern, flags):
        if isinstance(pattern, _CountingPattern):
            return pattern
        compiled = compile_pattern(pattern, flags)
        return _CountingPattern(compiled) if isinstance(compiled.pattern, str) else compiled

    re._compile = counting


def _measure(shape: str, sizes: Sequence[int]) -> list[dict[str, int]]:
    import cProfile
    import pstats

    from benchmarks.hostile import check_one, hostile_text

    check_one("Police said 5 people were killed on Monday. " * 20)  # load and compile
    counts = []
    for size in sizes:
        text = hostile_text(shape, size)
        _read[0] = 0
        profile = cProfile.Profile()
        profile.runcall(check_one, text)
        calls = sum(row[1] for row in pstats.Stats(profile).stats.values())
        counts.append({"calls": calls, "regex_chars": _read[0]})
    return counts


def work(shapes: Sequence[str], sizes: Sequence[int]) -> dict[str, list[dict[str, int]]]:
    """shape -> the work counts of one document of each size, measured in a fresh process."""
    found = subprocess.run(
        [sys.executable, "-m", "benchmarks.hostile_work", *map(str, sizes), "--", *shapes],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(found.stdout)


if __name__ == "__main__":
    _wrap_patterns()
    sys.path.insert(0, str(ROOT))
    split = sys.argv.index("--")
    sizes = [int(s) for s in sys.argv[1:split]]
    print(json.dumps({shape: _measure(shape, sizes) for shape in sys.argv[split + 1 :]}))
