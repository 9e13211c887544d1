"""What each runtime dependency costs: installed size and import time.

    python benchmarks/dependencies.py [--runs 5]

For every requirement of the `checkclaims` distribution (pyproject.toml's dependencies that
apply to this Python): the size on disk of its own files, of everything it pulls in that
no other requirement pulls in (its share), and the time `python -X importtime` gives its
import in a fresh process (what it imports included), median of --runs. A last row gives
the distributions several requirements share. Then the import time each group costs in
`checkclaims --help` and `checkclaims seeds/` (self time of its modules under
`python -X importtime`): a package that is installed is not always imported. The README's
"Dependencies" table comes from this script. Run it on an idle machine.
"""

from __future__ import annotations

import re
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from importlib import metadata
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import REPO, argument_parser, print_table, write_result

# the module a requirement is imported as, where its name differs
MODULES = {"charset-normalizer": "charset_normalizer", "lxml_html_clean": "lxml_html_clean"}

_RUN_CLI = "from checker.cli.app import main; main()"


def requirement_name(requirement: str) -> str:
    match = re.match(r"[A-Za-z0-9_.\-]+", requirement)
    return match.group(0) if match else requirement


def applies(requirement: str) -> bool:
    """False for a requirement whose marker excludes this machine or names an extra."""
    from packaging.requirements import Requirement

    marker = Requirement(requirement).marker
    return marker is None or marker.evaluate({"extra": ""})


def closure(name: str, seen: set[str] | None = None) -> set[str]:
    """The distribution and every distribution it requires, installed ones only."""
    seen = seen if seen is not None else set()
    key = name.lower().replace("_", "-")
    if key in seen:
        return seen
    try:
        requires = metadata.requires(name) or []
    except metadata.PackageNotFoundError:
        return seen
    seen.add(key)
    for requirement in requires:
        if applies(requirement):
            closure(requirement_name(requirement), seen)
    return seen


def size_mb(name: str) -> float:
    try:
        distribution = metadata.distribution(name)
    except metadata.PackageNotFoundError:
        return 0.0
    total = 0
    for item in distribution.files or []:
        path = Path(str(distribution.locate_file(item)))
        if path.is_file():
            total += path.stat().st_size
    return total / 1e6


def import_seconds(module: str, runs: int) -> float:
    """Median over fresh processes of the cumulative time `python -X importtime` gives the
    module's import (its own dependencies included, the interpreter's start-up not)."""

    def once() -> float:
        done = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", f"import {module}"],
            check=True,
            capture_output=True,
            text=True,
        )
        line = re.search(rf"\|\s*(\d+) \| {re.escape(module)}\n", done.stderr)
        return int(line.group(1)) / 1e6 if line else 0.0

    once()  # warm the file cache
    return statistics.median(once() for _ in range(runs))


STARTUP_COMMANDS = {"--help": ["--help"], "seeds/": [str(REPO / "seeds")]}


def module_owners() -> dict[str, list[str]]:
    """Top-level module name -> the distributions that install it. Python 3.10's
    packages_distributions reads only top_level.txt, which wheels built by newer tools
    (typer's, rich's) lack; the distributions' file lists name the rest."""
    owners = {name: list(dists) for name, dists in metadata.packages_distributions().items()}
    for dist in metadata.distributions():
        for path in dist.files or ():
            top = path.parts[0] if path.parts else ""
            name = top[:-3] if top.endswith(".py") else top
            if name.isidentifier() and not top.endswith((".dist-info", ".egg-info")):
                found = owners.setdefault(name, [])
                if dist.metadata["Name"] not in found:
                    found.append(dist.metadata["Name"])
    return owners


def startup_seconds(args: Sequence[str], runs: int) -> dict[str, float]:
    """Import time spent in each distribution's own modules (self time of `python -X
    importtime`) during one command line run, median over fresh processes."""
    owners = module_owners()
    samples: dict[str, list[float]] = {}
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as folder:
            done = subprocess.run(
                [sys.executable, "-X", "importtime", "-c", _RUN_CLI]
                + [*args, "--report-dir", folder] * (args != ["--help"]),
                capture_output=True,
                text=True,
            )
        spent: dict[str, float] = {}
        for line in done.stderr.splitlines():
            found = re.match(r"import time:\s+(\d+) \|\s+\d+ \| \s*(\w+)", line)
            if found:
                owner = (owners.get(found.group(2)) or ["(python)"])[0].lower().replace("_", "-")
                spent[owner] = spent.get(owner, 0.0) + int(found.group(1)) / 1e6
        for owner, seconds in spent.items():
            samples.setdefault(owner, []).append(seconds)
    return {owner: statistics.median(values) for owner, values in samples.items()}


def measure(runs: int) -> list[dict[str, Any]]:
    top = [requirement_name(r) for r in metadata.requires("checkclaims") or [] if applies(r)]
    closures = {name: closure(name) for name in top}
    rows: list[dict[str, Any]] = []
    for name in top:
        others = set().union(*(c for n, c in closures.items() if n != name))
        share = sorted(closures[name] - others)
        rows.append(
            {
                "requirement": name,
                "own_mb": round(size_mb(name), 1),
                "share_mb": round(sum(size_mb(d) for d in share), 1),
                "share": share,
                "import_s": round(import_seconds(MODULES.get(name, name), runs), 3),
            }
        )
    shared = sorted(set().union(*closures.values()) - {d for r in rows for d in r["share"]})
    shared = [d for d in shared if d not in {n.lower() for n in top}]
    rows.append(
        {
            "requirement": "(shared)",
            "own_mb": 0.0,
            "share_mb": round(sum(size_mb(d) for d in shared), 1),
            "share": shared,
            "import_s": 0.0,
        }
    )
    return rows


def main(argv: Sequence[str] | None = None) -> None:
    parser = argument_parser(__doc__ or "")
    parser.add_argument("--runs", type=int, default=5, help="Fresh processes per import.")
    args = parser.parse_args(argv)
    rows = measure(args.runs)
    startup = {name: startup_seconds(line, args.runs) for name, line in STARTUP_COMMANDS.items()}
    for row in rows:
        group = row["share"] or [row["requirement"].lower().replace("_", "-")]
        for name, spent in startup.items():
            row[f"startup_{name}"] = round(sum(spent.get(d, 0.0) for d in group), 3)
    print_table(
        ("requirement", "own MB", "share MB", "import alone s", "in --help s", "in seeds/ s")
        + ("pulls in",),
        [
            (
                r["requirement"],
                r["own_mb"],
                r["share_mb"],
                r["import_s"],
                r["startup_--help"],
                r["startup_seeds/"],
                ", ".join(r["share"]),
            )
            for r in rows
        ],
    )
    for name, spent in startup.items():
        print(
            f"import time of `checkclaims {name}`: {sum(spent.values()):.3f} s in all, "
            f"checkclaims itself {spent.get('checkclaims', 0.0):.3f} s, "
            f"the standard library {spent.get('(python)', 0.0):.3f} s"
        )
    write_result("dependencies", {"runs": args.runs, "rows": rows}, args.out, argv)


if __name__ == "__main__":
    main()
