"""quantulum3.parse timed one document at a time in a child process, each one capped.

A few news articles take quantulum3 minutes (one in the 200-article GVA sample took most of
five minutes), so a small sample misses them and a larger one is dominated by them. Each
document runs in a child process; one still running after `cap` seconds is stopped, counted
at `cap` seconds and the child restarted. quantulum3's total is then a lower bound on its
real time, and a ratio of our throughput against it a lower bound on the real ratio.
"""

from __future__ import annotations

import json
import select
import subprocess
import sys
from collections.abc import Sequence
from typing import Any

_CHILD = r"""
import json, sys, time, warnings
with warnings.catch_warnings():  # "classifier dependencies not installed"
    warnings.simplefilter("ignore")
    from quantulum3 import parser
parser.parse("a warm-up of 3 km")  # loads its unit tables; not counted
print("ready", flush=True)
for line in sys.stdin:
    text = json.loads(line)
    started = time.perf_counter()
    found = len(parser.parse(text))
    print(json.dumps([time.perf_counter() - started, found]), flush=True)
"""


class _Child:
    """A Python process with quantulum3 imported, parsing one text per request."""

    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", _CHILD],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        if self._line(None) != "ready":
            raise RuntimeError("quantulum3 did not start in the child process")

    def parse(self, text: str, cap: float) -> tuple[float, int] | None:
        """(seconds, quantities found), or None when the text took longer than `cap`."""
        assert self.process.stdin is not None
        self.process.stdin.write(json.dumps(text) + "\n")
        self.process.stdin.flush()
        line = self._line(cap)
        if line is None:
            return None
        seconds, found = json.loads(line)
        return float(seconds), int(found)

    def close(self) -> None:
        self.process.kill()
        self.process.wait()

    def _line(self, timeout: float | None) -> str | None:
        assert self.process.stdout is not None
        ready, _, _ = select.select([self.process.stdout], [], [], timeout)
        return self.process.stdout.readline().strip() if ready else None


def time_quantulum_capped(texts: Sequence[str], cap: float) -> dict[str, Any]:
    """Per-document seconds of quantulum3.parse, each capped at `cap` seconds."""
    seconds: list[float] = []
    found = capped = 0
    child = _Child()
    try:
        for text in texts:
            result = child.parse(text, cap)
            if result is None:  # stopped: count the cap, start a fresh child
                seconds.append(cap)
                capped += 1
                child.close()
                child = _Child()
            else:
                seconds.append(result[0])
                found += result[1]
    finally:
        child.close()
    return {"per_document_seconds": seconds, "found": found, "capped": capped, "cap": cap}
