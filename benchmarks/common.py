"""Helpers shared by the benchmark scripts: data location, result files, tables, units.

The corpora live outside the repository (../shared/data by default, or the folder named
by CHECKCLAIMS_BENCH_DATA). They are read for measurement only and never copied here.
A script whose data folder is absent prints a note and exits 0.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import platform
import re
import subprocess
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
RESULTS = REPO / "benchmarks" / "results"
DATA = Path(os.environ.get("CHECKCLAIMS_BENCH_DATA", REPO.parent / "shared" / "data"))


# --- data and arguments -----------------------------------------------------------------


def data_dir(name: str) -> Path | None:
    """The corpus folder `name` under the data folder, or None (with a note) when absent."""
    folder = DATA / name
    if not folder.is_dir():
        print(f"note: {folder} is absent; skipping the {name} benchmark", file=sys.stderr)
        return None
    return folder


def argument_parser(description: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--limit", type=int, default=None, help="Use only the first N items.")
    parser.add_argument(
        "--out",
        type=Path,
        default=None,
        help="Write the JSON result here (default benchmarks/results/).",
    )
    return parser


def command_line(name: str = "", argv: Sequence[str] | None = None) -> str:
    """The command that reproduces a run: the script's own line even when run_all called it."""
    if argv is not None and name:
        return " ".join(["python", f"benchmarks/{name}.py", *argv])
    return " ".join(["python", *[_relative(a) for a in sys.argv]])


def _relative(arg: str) -> str:
    try:
        return str(Path(arg).resolve().relative_to(REPO))
    except (ValueError, OSError):
        return arg


def git_commit() -> str:
    try:
        out = subprocess.run(
            ["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=False,
        )
        dirty = subprocess.run(
            ["git", "-C", str(REPO), "status", "--porcelain", "--", "checker"],
            capture_output=True,
            text=True,
            check=False,
        )
    except OSError:
        return ""
    return out.stdout.strip() + ("+dirty" if dirty.stdout.strip() else "")


def write_result(
    name: str, payload: dict[str, Any], out: Path | None = None, argv: Sequence[str] | None = None
) -> Path:
    """Write benchmarks/results/<name>.json with the command, date and environment."""
    path = out or RESULTS / f"{name}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    record = {
        "benchmark": name,
        "command": command_line(name, argv),
        "date": dt.datetime.now().isoformat(timespec="seconds"),
        "commit": git_commit(),
        "python": platform.python_version(),
        "machine": f"{platform.machine()}, {os.cpu_count()} cpus",
        **payload,
    }
    path.write_text(json.dumps(record, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {_relative(str(path))}", file=sys.stderr)
    return path


# --- blind parts -------------------------------------------------------------------------

PARTS = ("tune", "blind")


def is_blind(name: str) -> bool:
    """True for the story folders set aside for scoring only (about a third of them).

    A stable hash of the name: sha1, blind when the digest as a number is divisible by 3. Use
    the story folder name (newsclusters story, GVA incident) or, for ECB+, the topic number
    (`ecb_topic`), so that the two halves of one topic fall in the same part.
    """
    return int(hashlib.sha1(name.encode("utf-8")).hexdigest(), 16) % 3 == 0


def part_of(name: str) -> str:
    """'blind' or 'tune' for the story named `name` (see is_blind)."""
    return "blind" if is_blind(name) else "tune"


def ecb_topic(folder: str) -> str:
    """The ECB+ topic number of a cluster folder: '10_ecb' and '10_ecbplus' -> '10'."""
    return folder.split("_", 1)[0]


def add_blind_option(parser: argparse.ArgumentParser) -> None:
    """--blind-too: print the blind part's flags as well (for the final judging only)."""
    parser.add_argument(
        "--blind-too",
        action="store_true",
        help="With --flags: print the blind part's flags too (final judging only).",
    )


# --- tables -------------------------------------------------------------------------------


def print_table(headers: Sequence[str], rows: Iterable[Sequence[object]], title: str = "") -> None:
    """A plain fixed-width table on stdout."""
    cells = [[_cell(v) for v in row] for row in rows]
    widths = [
        max(len(h), *(len(r[i]) for r in cells)) if cells else len(h) for i, h in enumerate(headers)
    ]
    if title:
        print(f"\n{title}")
    print("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)))
    print("  ".join("-" * w for w in widths))
    for row in cells:
        print(
            "  ".join(
                v.rjust(w) if _numeric(v) else v.ljust(w) for v, w in zip(row, widths, strict=True)
            )
        )


def _cell(value: object) -> str:
    if isinstance(value, float):
        return f"{value:.3f}" if abs(value) < 10 else f"{value:.1f}"
    return str(value)


def _numeric(text: str) -> bool:
    return bool(re.fullmatch(r"-?[\d.,]+%?x?", text))


def prf(hits: int, gold: int, predicted: int) -> dict[str, float]:
    """Precision, recall and F1 as fractions (0..1), rounded to 4 places."""
    p = hits / predicted if predicted else 0.0
    r = hits / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4)}


# --- units --------------------------------------------------------------------------------

_IRREGULAR = {
    "people": "people",
    "men": "man",
    "women": "woman",
    "children": "child",
    "feet": "foot",
    "teeth": "tooth",
    "mice": "mouse",
    "geese": "goose",
    "police": "police",
    "series": "series",
    "species": "species",
    "news": "news",
    "data": "data",
    "fishermen": "fisherman",
    "policemen": "policeman",
    "gunmen": "gunman",
    "lives": "life",
    "wives": "wife",
    "knives": "knife",
    "thieves": "thief",
    "halves": "half",
    "leaves": "leaf",
    "shelves": "shelf",
    "wolves": "wolf",
    "analyses": "analysis",
    "crises": "crisis",
    "theses": "thesis",
    "bases": "base",
    "cases": "case",
    "houses": "house",
    "courses": "course",
    "horses": "horse",
    "nurses": "nurse",
    "purses": "purse",
    "responses": "response",
    "uses": "use",
    "causes": "cause",
    "movies": "movie",
    "cookies": "cookie",
    "zombies": "zombie",
    "rookies": "rookie",
    "goalies": "goalie",
    "hippies": "hippie",
}

_ENDS_S = ("ss", "us", "is", "os")


def singular(word: str) -> str:
    """A lower-case English noun in the singular: countries -> country, mosques -> mosque.

    Small and rule-based on purpose (no inflect): irregular table, then -ies, -ches/-shes,
    -xes/-sses/-zes, then a final -s. Words that do not look plural are returned unchanged.
    """
    w = word.lower()
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if len(w) <= 3 or not w.endswith("s") or w.endswith(_ENDS_S):
        return w
    if w.endswith("ies"):
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "sses", "xes", "zzes")):
        return w[:-2]
    if w.endswith(("uses", "sses")):  # viruses, buses; but houses, causes are irregular
        return w[:-2]
    if w.endswith("oes") and w not in ("shoes", "toes"):
        return w[:-2]
    return w[:-1]


def singular_phrase(phrase: str) -> str:
    """Lower-case the phrase and put its last word in the singular: 'European countries'."""
    words = phrase.lower().split()
    if not words:
        return ""
    return " ".join([*words[:-1], singular(words[-1])])


# --- timing of child processes ------------------------------------------------------------


def child_peak_rss_mb() -> float:
    """Peak resident memory of the largest finished child process, in MB (Linux: KiB units)."""
    import resource

    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
