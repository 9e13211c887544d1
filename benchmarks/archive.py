"""Archive scale: time per document and peak memory as an archive grows, re-runs after one
new document, --jobs 2 against --jobs 1, and the Dask engine against the local one.

    python benchmarks/archive.py [--sizes 10000 30000] [--rerun 1000] [--quick]

Archives are built in a temporary folder by replicating the GVA incident folders under new
names (new folders of hard links to the articles), so an archive of N documents holds
ceil(N / 3,952) copies of the corpus cut to N article files. Every run is
`checkclaims check ARCHIVE -q` in a fresh process; peak memory is the largest sum of the
proportional resident memory (Pss: pages the forked workers share count once) of that
process and its workers, sampled every 0.2 s from /proc. The package's bytecode is compiled
first, as pip does when it installs a package: where PYTHONDONTWRITEBYTECODE is set (as on
the machine of these figures), every run would otherwise compile checkclaims' source again
(about 0.25 s CPU a run, a fifth of a re-run's).

- scale: each size with --no-cache and --jobs 0; seconds per document should stay constant.
- rerun: an archive of --rerun documents checked with an empty store, then again after one
  article was added to one story (a copy of an article of another incident); the second
  run's time against the first, and its reports against a --no-cache run (identical).
- jobs: the whole GVA corpus with --jobs 1 and --jobs 2 (--no-cache), alternated; the
  load average is printed beside the times (the machine is shared; sessions share the CPU
  fairly, so a second process adds little while other sessions are busy).
- dask: the --rerun archive with --engine dask (a local cluster of 2 process workers)
  against the local engine with --jobs 2, both --no-cache.
"""

from __future__ import annotations

import compileall
import csv
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import argument_parser, data_dir, print_table, write_result

GVA_DOCUMENTS = 3926  # documents checked in the whole GVA corpus
REPORTS = ("claims.csv", "discrepancies.csv", "documents.csv", "report.html", "report.md")


def incident_folders(gva: Path) -> list[tuple[Path, int]]:
    """GVA incident folders and the number of article files in each, in name order."""
    folders = sorted(p for p in gva.iterdir() if p.is_dir())
    return [(p, sum(1 for f in p.iterdir() if f.suffix == ".txt")) for p in folders]


def build_archive(
    folder: Path, incidents: list[tuple[Path, int]], documents: int, copy_files: bool = False
) -> int:
    """Copies of incident folders under new names until `documents` articles; the count.
    The folders are new, their files hard links to the corpus's (copies where links fail, or
    with `copy_files`): symbolic links to folders already read would be skipped as such."""
    folder.mkdir(parents=True)
    total, copy = 0, 0
    while total < documents:
        for path, count in incidents:
            if total >= documents:
                break
            target = folder / f"c{copy:03d}-{path.name}"
            target.mkdir()
            for item in path.iterdir():
                if item.is_file():
                    place = shutil.copy2 if copy_files else _link_or_copy
                    place(item, target / item.name)
            total += count
        copy += 1
    return total


def _link_or_copy(source: Path, target: Path) -> None:
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


def run_check(archive: Path, reports: Path, *options: str) -> dict[str, Any]:
    """`checkclaims check` once in a fresh process: wall seconds and peak tree memory."""
    exe = shutil.which("checkclaims") or str(Path(sys.executable).parent / "checkclaims")
    command = [exe, "check", str(archive), "-q", "--follow-links", "--report-dir", str(reports)]
    started = time.perf_counter()
    process = subprocess.Popen([*command, *options], stderr=subprocess.PIPE, text=True)
    peak, cpu, ended = _sample(process)
    _, stderr = process.communicate()
    seconds = ended - started
    if process.returncode not in (0, 1):
        raise RuntimeError(f"checkclaims failed ({process.returncode}): {stderr[-500:]}")
    workers = sorted((v for k, v in cpu.items() if k != process.pid), reverse=True)
    return {
        "seconds": round(seconds, 2),
        "peak_mb": round(peak[0] / 1024, 1),
        "load": round(os.getloadavg()[0], 2),
        "cpu_parent": round(cpu.get(process.pid, 0.0), 2),
        "cpu_workers": [round(v, 2) for v in workers],
    }


def _sample(process: subprocess.Popen[str]) -> tuple[list[int], dict[int, float], float]:
    """The largest total proportional resident memory (kB) of the process and its
    descendants, the CPU seconds of each of them (last seen), and when it ended (the
    perf_counter; taken before the sampler is stopped: a sampler asleep for its 0.2 s had
    added up to 0.2 s to every run's time, a third of a 0.6 s re-run)."""
    peak = [0]
    cpu: dict[int, float] = {}
    stop = threading.Event()

    def sample() -> None:
        while process.poll() is None and not stop.is_set():
            peak[0] = max(peak[0], _tree_rss_kb(process.pid, cpu))
            stop.wait(0.2)

    thread = threading.Thread(target=sample, daemon=True)
    thread.start()
    process.wait()
    ended = time.perf_counter()
    stop.set()
    thread.join()
    return peak, cpu, ended


def _tree_rss_kb(pid: int, cpu: dict[int, float]) -> int:
    """Proportional set size (Pss): pages shared by forked workers are counted once."""
    total = 0
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            fields = stat.read().rpartition(")")[2].split()
        cpu[pid] = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as status:
            total += next((int(x.split()[1]) for x in status if x.startswith("Pss:")), 0)
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children", encoding="ascii") as children:
                total += sum(_tree_rss_kb(int(c), cpu) for c in children.read().split())
    except (OSError, ValueError):
        pass
    return total


def scale(incidents: list[tuple[Path, int]], sizes: Sequence[int], tmp: Path) -> list[dict]:
    """Each size once: wall and CPU milliseconds per document checked, peak memory."""
    rows = []
    for size in sizes:
        archive, reports = tmp / f"scale-{size}", tmp / f"reports-{size}"
        build_archive(archive, incidents, size)
        run = run_check(archive, reports, "--no-cache", "--jobs", "0")
        checked = _checked(reports / "documents.csv")
        cpu = run["cpu_parent"] + sum(run["cpu_workers"])
        run.update(
            documents=checked,
            ms_per_document=round(1000 * run["seconds"] / checked, 2),
            cpu_ms_per_document=round(1000 * cpu / checked, 2),
        )
        rows.append(run)
        shutil.rmtree(archive)
        shutil.rmtree(reports)
    return rows


def _checked(documents_csv: Path) -> int:
    """Documents the run checked (not skipped or duplicate), from its documents report."""
    with documents_csv.open(encoding="utf-8", newline="") as handle:
        return sum(1 for row in csv.DictReader(handle) if row["status"] == "checked")


def rerun(incidents: list[tuple[Path, int]], size: int, tmp: Path) -> dict[str, Any]:
    """First run with an empty store, one article added, second run; reports compared."""
    archive = tmp / "rerun"
    # copies, not links: a link made to a corpus file by any other run (another session's
    # benchmark) changes the file's ctime, which tells the store the story changed
    documents = build_archive(archive, incidents, size, copy_files=True)
    cache = tmp / "store"
    first = run_check(archive, tmp / "r-first", "--cache", str(cache))
    stories = sorted(archive.iterdir())
    donors = [f for f in sorted(incidents[-1][0].iterdir()) if f.suffix == ".txt"]
    # as a user re-runs: the same report folder (unchanged texts are linked from the last set)
    shutil.copy(donors[0], stories[0] / f"added-{donors[0].name}")
    same_folder = run_check(archive, tmp / "r-first", "--cache", str(cache))
    # into a new report folder: every text is written again
    shutil.copy(donors[-1], stories[1] / f"added-2-{donors[-1].name}")
    second = run_check(archive, tmp / "r-second", "--cache", str(cache))
    fresh = run_check(archive, tmp / "r-fresh", "--no-cache")
    same = same_reports(tmp / "r-second", tmp / "r-fresh")
    return {
        "documents": documents + 2,
        "first": first,
        "after_one_new_document": second,
        "after_one_new_document_same_folder": same_folder,
        "no_store": fresh,
        "ratio": round(second["seconds"] / first["seconds"], 3),
        "ratio_same_folder": round(same_folder["seconds"] / first["seconds"], 3),
        "reports_identical": same,
    }


def same_reports(first: Path, second: Path) -> bool:
    """Whether two report folders hold the same tables, pages and checked texts."""
    return all((first / n).read_bytes() == (second / n).read_bytes() for n in REPORTS) and (
        _texts(first) == _texts(second)
    )


def _texts(folder: Path) -> dict[str, bytes]:
    found = {}
    for root, _, names in os.walk(folder / "texts", followlinks=True):
        for name in names:
            path = Path(root) / name
            found[path.relative_to(folder).as_posix()] = path.read_bytes()
    return found


def jobs(gva: Path, tmp: Path, rounds: int) -> list[dict[str, Any]]:
    rows = []
    for number in range(rounds):
        for count in ("1", "2"):
            run = run_check(gva, tmp / f"jobs-{count}", "--no-cache", "--jobs", count)
            run.update(jobs=int(count), round=number + 1)
            rows.append(run)
    return rows


def dask_against_local(incidents: list[tuple[Path, int]], size: int, tmp: Path) -> list[dict]:
    archive = tmp / "dask"
    documents = build_archive(archive, incidents, size)
    rows = []
    for engine in ("local", "dask"):
        run = run_check(
            archive, tmp / f"e-{engine}", "--no-cache", "--jobs", "2", "--engine", engine
        )
        run.update(engine=engine, documents=documents)
        run["documents_per_s"] = round(documents / run["seconds"], 1)
        rows.append(run)
    rows.append({"reports_identical": same_reports(tmp / "e-local", tmp / "e-dask")})
    return rows


def main(argv: Sequence[str] | None = None) -> dict[str, Any] | None:
    parser = argument_parser(__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 30_000])
    parser.add_argument("--rerun", type=int, default=1000, help="Documents of the re-run archive.")
    parser.add_argument("--rounds", type=int, default=1, help="Rounds of --jobs 1 / --jobs 2.")
    parser.add_argument("--quick", action="store_true", help="Small sizes: checks that it works.")
    parser.add_argument(
        "--skip", nargs="*", default=[], help="Parts to skip: scale rerun jobs dask."
    )
    args = parser.parse_args(argv)
    gva = data_dir("gva")
    if gva is None:
        return None
    if args.quick:
        args.sizes, args.rerun = [200, 400], 100
    incidents = incident_folders(gva)
    compileall.compile_dir(Path(__file__).resolve().parent.parent / "checker", quiet=1)
    result: dict[str, Any] = {"cpus": os.cpu_count()}
    with tempfile.TemporaryDirectory(prefix="checkclaims-archive-") as folder:
        tmp = Path(folder)
        parts = {
            "scale": lambda: scale(incidents, args.sizes, tmp),
            "rerun": lambda: rerun(incidents, args.rerun, tmp),
            "jobs": lambda: jobs(_jobs_input(gva, incidents, tmp, args.quick), tmp, args.rounds),
            "dask": lambda: dask_against_local(incidents, args.rerun, tmp),
        }
        for name, part in parts.items():
            if name not in args.skip and not (name == "dask" and not _has_dask()):
                result[name] = part()
                print(f"{name}: {result[name]}", flush=True)
    _print(result)
    write_result("archive", result, args.out, argv)
    return result


def _jobs_input(gva: Path, incidents: list[tuple[Path, int]], tmp: Path, quick: bool) -> Path:
    if not quick:
        return gva
    build_archive(tmp / "jobs-input", incidents, 200)
    return tmp / "jobs-input"


def _has_dask() -> bool:
    try:
        import distributed  # noqa: F401
    except ImportError:
        print("note: dask is not installed; skipping the dask comparison", file=sys.stderr)
        return False
    return True


def _print(result: dict[str, Any]) -> None:
    print_table(
        ["run", "seconds", "ms/doc", "peak MB", "load"], _rows(result), title="Archive scale"
    )
    if "rerun" in result:
        r = result["rerun"]
        print(
            f"re-run after one new document: {r['ratio_same_folder']:.1%} of the first run into"
            f" the same report folder, {r['ratio']:.1%} into a new one;"
            f" reports identical: {r['reports_identical']}"
        )
    runs = result.get("jobs", [])
    one = [r["seconds"] for r in runs if r["jobs"] == 1]
    two = [r["seconds"] for r in runs if r["jobs"] == 2]
    if one and two:
        print(f"--jobs 2 against --jobs 1: {min(one) / min(two):.2f}x faster (best of each)")
        serial = min(r["cpu_parent"] for r in runs if r["jobs"] == 1)
        paths = [r["cpu_parent"] + max(r["cpu_workers"] or [0]) for r in runs if r["jobs"] == 2]
        print(
            f"CPU seconds: --jobs 1 {serial:.1f}; --jobs 2 parent + busiest worker"
            f" {min(paths):.1f}: on an idle machine --jobs 2 would be at least"
            f" {serial / min(paths):.2f}x faster (the parent's work overlaps the workers')"
        )


def _rows(result: dict[str, Any]) -> list[list[object]]:
    """One table row per run: name, seconds, ms per document, peak MB, load average."""
    named: list[tuple[str, dict[str, Any]]] = []
    for run in result.get("scale", []):
        named.append((f"scale {run['documents']} docs (CPU {run['cpu_ms_per_document']} ms)", run))
    keys = ("first", "after_one_new_document_same_folder", "after_one_new_document", "no_store")
    for key in keys if "rerun" in result else ():
        named.append((f"rerun {key}", result["rerun"][key]))
    for run in result.get("jobs", []):
        named.append((f"GVA --jobs {run['jobs']} (round {run['round']})", run))
    for run in (r for r in result.get("dask", []) if "engine" in r):
        named.append((f"engine {run['engine']} ({run['documents']} docs)", run))
    return [
        [name, r["seconds"], r.get("ms_per_document", ""), r["peak_mb"], r["load"]]
        for name, r in named
    ]


if __name__ == "__main__":
    main()
