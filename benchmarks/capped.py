"""quantulum3.parse timed one document at a time in a child process, each one capped.

A few news articles take quantulum3 minutes (one in the 200-article GVA sample took most of
five minutes), so a small sample misses them and a larger one is dominated by them. Each
document runs in a child process; one still running after `cap` seconds is stopped, counted
at `cap` seconds and the child restarted. quantulum3's total is then a lower bound on its
real time, and a ratio of our throughput against it a lower bound on the real ratio.
"""

from __future__ import annotations

import json
import os
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
    started, cpu = time.perf_counter(), time.process_time()
    found = len(parser.parse(text))
    print(json.dumps([time.perf_counter() - started, found, time.process_time() - cpu]), flush=True)
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

    def parse(self, text: str, cap: float) -> tuple[float, int, float] | None:
        """(seconds, quantities found, CPU seconds), or None when the text took longer
        than `cap` seconds of wall time."""
        assert self.process.stdin is not None
        self.process.stdin.write(json.dumps(text) + "\n")
        self.process.stdin.flush()
        line = self._line(cap)
        if line is None:
            return None
        seconds, found, cpu = json.loads(line)
        return float(seconds), int(found), float(cpu)

    def cpu_seconds(self) -> float:
        """The CPU time the child has used so far (user and system, from /proc; 0 elsewhere)."""
        try:
            with open(f"/proc/{self.process.pid}/stat", encoding="ascii") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
        except OSError:
            return 0.0
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def close(self) -> None:
        self.process.kill()
        self.process.wait()

    def _line(self, timeout: float | None) -> str | None:
        assert self.process.stdout is not None
        ready, _, _ = select.select([self.process.stdout], [], [], timeout)
        return self.process.stdout.readline().strip() if ready else None


def time_quantulum_capped(texts: Sequence[str], cap: float) -> dict[str, Any]:
    """Per-document seconds (wall and CPU) of quantulum3.parse, each capped at `cap` seconds
    of wall time; a stopped document counts the cap, and the CPU the child spent on it."""
    seconds: list[float] = []
    cpu: list[float] = []
    found = capped = 0
    child = _Child()
    try:
        for text in texts:
            before = child.cpu_seconds()
            result = child.parse(text, cap)
            if result is None:  # stopped: count the cap, start a fresh child
                seconds.append(cap)
                cpu.append(max(0.0, child.cpu_seconds() - before))
                capped += 1
                child.close()
                child = _Child()
            else:
                seconds.append(result[0])
                found += result[1]
                cpu.append(result[2])
    finally:
        child.close()
    return {
        "per_document_seconds": seconds,
        "per_document_cpu_seconds": cpu,
        "found": found,
        "capped": capped,
        "cap": cap,
    }
