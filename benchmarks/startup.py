"""Cold start-up: wall time of `checkclaims --help` and `checkclaims seeds/`, and what dominates.

    python benchmarks/startup.py [--runs 7]

Each command runs once to warm the file cache, then `--runs` times in fresh processes; the
table gives the median (and min/max). Also timed: `python -c "import inflect"` and
`import quantulum3.parser` (quantulum3's slow dependency), and `python -X importtime` of the
--help path, whose ten largest cumulative imports are listed. Run it on an idle machine:
other jobs on the two cores change the figures.
"""

from __future__ import annotations

import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import REPO, argument_parser, print_table, write_result

TARGETS = {"checkclaims --help": 0.3, "checkclaims seeds/": 1.0}
HEAVY = (
    "pandas",
    "numpy",
    "quantulum3",
    "inflect",
    "rich",
    "typer",
    "trafilatura",
    "typeguard",
    "pydantic",
)


def wall_times(command: Sequence[str], runs: int) -> dict[str, Any]:
    """Median wall time of `command` over `runs` fresh processes, after one warm-up run."""
    subprocess.run(command, capture_output=True, cwd=REPO, check=False)
    times = []
    returncode = 0
    for _ in range(runs):
        started = time.perf_counter()
        done = subprocess.run(command, capture_output=True, cwd=REPO, check=False)
        times.append(time.perf_counter() - started)
        returncode = done.returncode
    return {
        "median_s": round(statistics.median(times), 3),
        "min_s": round(min(times), 3),
        "max_s": round(max(times), 3),
        "runs": runs,
        "returncode": returncode,
    }


def import_profile(code: str, top: int = 10) -> dict[str, Any]:
    """`python -X importtime -c code`: the largest cumulative imports and the heavy ones seen."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", code],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )
    rows = []
    for line in done.stderr.splitlines():
        match = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|(\s*)(\S+)", line)
        if match:
            rows.append((int(match.group(2)), len(match.group(3)), match.group(4)))
    top_level = sorted((r for r in rows if r[1] <= 1), reverse=True)[:top]
    loaded = {name.split(".")[0] for _, _, name in rows}
    return {
        "top_cumulative_ms": [
            {"module": name, "ms": round(us / 1000, 1)} for us, _, name in top_level
        ],
        "heavy_modules_loaded": sorted(m for m in HEAVY if m in loaded),
    }


def main(argv: Sequence[str] | None = None) -> dict[str, Any] | None:
    parser = argument_parser(__doc__.splitlines()[0])
    parser.add_argument(
        "--runs", type=int, default=7, help="Timed runs per command (median reported)."
    )
    args = parser.parse_args(argv)
    runs = args.limit or args.runs
    exe = shutil.which("checkclaims") or str(Path(sys.executable).parent / "checkclaims")
    python = sys.executable
    with tempfile.TemporaryDirectory() as reports:
        commands = {
            "checkclaims --help": [exe, "--help"],
            "checkclaims seeds/": [exe, "seeds/", "--quiet", "--no-cache", "--report-dir", reports],
            "python -c pass": [python, "-c", "pass"],
            "python -c 'import inflect'": [python, "-c", "import inflect"],
            "python -c 'import quantulum3.parser'": [
                python,
                "-W",
                "ignore",
                "-c",
                "import quantulum3.parser",
            ],
        }
        timings = {name: wall_times(command, runs) for name, command in commands.items()}
    run_main = "from checker.cli.app import main\ntry: main()\nexcept SystemExit: pass"
    help_code = "import sys; sys.argv = ['checkclaims', '--help']\n" + run_main
    seeds_code = (
        "import sys, tempfile\n"
        "sys.argv = ['checkclaims', 'seeds/', '--quiet', '--report-dir', tempfile.mkdtemp()]\n"
        + run_main
    )
    result = {
        "corpus": "seeds/ (5 articles)",
        "targets_s": TARGETS,
        "timings": timings,
        "imports_help": import_profile(help_code),
        "imports_seeds": import_profile(seeds_code),
    }
    _print(result)
    write_result("startup", result, args.out, argv)
    return result


def _print(result: dict[str, Any]) -> None:
    rows = []
    for name, t in result["timings"].items():
        target = result["targets_s"].get(name, "")
        rows.append([name, t["median_s"], t["min_s"], t["max_s"], target, t["returncode"]])
    print_table(
        ["command", "median s", "min s", "max s", "target s", "exit"],
        rows,
        title="Start-up (cold process)",
    )
    for key in ("imports_help", "imports_seeds"):
        profile = result[key]
        top = ", ".join(f"{m['module']} {m['ms']} ms" for m in profile["top_cumulative_ms"][:6])
        print(
            f"{key}: heavy modules loaded: {profile['heavy_modules_loaded'] or 'none'}; top: {top}"
        )


if __name__ == "__main__":
    main()
