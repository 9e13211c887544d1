"""Extraction throughput and memory on the GVA corpus, against quantulum3 in the same run.

    python benchmarks/throughput.py [--limit N] [--sample 40]

- checkclaims in process (`checker.pipeline.extract`) at 25, 50 and 100 percent of the
  incidents, each in a fresh Python process: documents/s, MB/s, wall time and peak RSS
  (resource.getrusage of the child).
- `checkclaims extract <incident folders> --format jsonl --no-cache -j 1` once as a
  subprocess over the whole selection (wall time including start-up, peak RSS).
- quantulum3.parse on an evenly spaced sample of documents (it is slow), and checkclaims on
  the same sample; the ratio is checkclaims' MB/s over quantulum3's. quantulum3 runs one
  document at a time in a child process, each capped at --cap seconds (a few articles take
  it minutes): a capped document counts at the cap, so the ratio is a lower bound. The
  median of the per-document ratios is printed beside it; it ignores the slow tail. Both
  are given in wall time and in CPU time (each side's own process; a stopped document
  counts the CPU quantulum3 had spent on it): on a shared machine the two sides run at
  different moments under different loads, which the wall-time ratio measures as well.
MB are 10^6 bytes of UTF-8 document text (title and body as read).
"""

from __future__ import annotations

import csv
import json
import resource
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.capped import time_quantulum_capped
from benchmarks.common import REPO, argument_parser, data_dir, print_table, write_result

FRACTIONS = (0.25, 0.5, 1.0)
TARGET_RATIO = 50
TARGET_RSS_MB = 400


def incident_folders(folder: Path, limit: int | None) -> list[str]:
    with (folder / "index.csv").open(encoding="utf-8", newline="") as handle:
        ids = [row["incident"] for row in csv.DictReader(handle)]
    return [str(folder / i) for i in ids[:limit]]


def extract_in_process(paths: Sequence[str]) -> dict[str, Any]:
    """Run the extraction over `paths` in this process; what a worker reports."""
    from checker.documents import read_stories
    from checker.pipeline import document_claims, with_publication_date

    started = time.perf_counter()
    documents = claims = size = 0
    for story in read_stories(list(paths)):
        for document in story.documents:
            claims += len(document_claims(with_publication_date(document)))
            documents += 1
            size += len(document.text.encode("utf-8"))
    seconds = time.perf_counter() - started
    return {
        "documents": documents,
        "claims": claims,
        "mb": round(size / 1e6, 3),
        "seconds": round(seconds, 2),
        "peak_rss_mb": peak_rss_mb(),
    }


def peak_rss_mb() -> float:
    """This process's peak resident memory. Linux keeps ru_maxrss across exec, so a worker
    started by a big parent (run_all.py) would report the parent's peak; VmHWM belongs to
    the process's own address space and is read first."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def run_worker(paths: Sequence[str]) -> dict[str, Any]:
    """extract_in_process in a fresh interpreter (paths passed on stdin)."""
    code = (
        "import json, sys; sys.path.insert(0, sys.argv[1]); "
        "from benchmarks.throughput import extract_in_process; "
        "print(json.dumps(extract_in_process(json.load(sys.stdin))))"
    )
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", code, str(REPO)],
        input=json.dumps(list(paths)),
        capture_output=True,
        text=True,
        check=True,
    )
    result = json.loads(done.stdout)
    result["wall_seconds"] = round(time.perf_counter() - started, 2)
    return result


def run_cli(paths: Sequence[str]) -> dict[str, Any]:
    """`checkclaims extract` over the paths once; wall time and peak RSS of the child."""
    exe = shutil.which("checkclaims") or str(Path(sys.executable).parent / "checkclaims")
    code = (
        "import resource, subprocess, sys, time, json; t = time.perf_counter(); "
        "p = subprocess.run(sys.argv[1:], stdout=subprocess.PIPE, stderr=subprocess.PIPE); "
        "print(json.dumps({'rc': p.returncode, 'seconds': time.perf_counter() - t, "
        "'lines': p.stdout.count(b'\\n'), 'stderr': p.stderr.decode()[-300:], "
        "'peak_rss_mb': resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, exe, "extract", *paths, "--format", "jsonl"]
        + ["--no-cache", "-j", "1"],
        capture_output=True,
        text=True,
    )
    result = json.loads(done.stdout)
    return {
        "returncode": result["rc"],
        "claims": result["lines"],
        "seconds": round(result["seconds"], 2),
        "peak_rss_mb": round(result["peak_rss_mb"], 1),
        "error": result["stderr"].strip().splitlines()[-1] if result["rc"] else "",
    }


def sample_texts(paths: Sequence[str], size: int) -> list[str]:
    """An evenly spaced sample of document texts, as the reader returns them."""
    from checker.documents import read_stories

    texts = [d.text for s in read_stories(list(paths)) for d in s.documents]
    step = max(1, len(texts) // size) if size else 1
    return texts[::step][:size]


def compare_on_sample(texts: Sequence[str], cap: float) -> dict[str, Any]:
    """checkclaims and quantulum3 on the same texts, document by document."""
    ours = time_checkclaims(texts)
    theirs = time_quantulum_capped(texts, cap)
    ours_total = sum(ours["per_document_seconds"])
    theirs_total = sum(theirs["per_document_seconds"])
    return {
        "checkclaims": _rate(texts, ours_total, ours["found"])
        | {"cpu_seconds": round(sum(ours["per_document_cpu_seconds"]), 3)},
        "quantulum3": _rate(texts, theirs_total, theirs["found"])
        | {
            "capped_documents": theirs["capped"],
            "cap_seconds": cap,
            "cpu_seconds": round(sum(theirs["per_document_cpu_seconds"]), 3),
        },
        **_ratios(ours["per_document_seconds"], theirs["per_document_seconds"], ""),
        **_ratios(ours["per_document_cpu_seconds"], theirs["per_document_cpu_seconds"], "_cpu"),
    }


def _ratios(ours: Sequence[float], theirs: Sequence[float], suffix: str) -> dict[str, Any]:
    """quantulum3's time over ours, in total and the median per document. Wall time on a
    shared machine measures the load as much as the code (the two run at different
    moments); CPU time (`suffix` "_cpu") measures the work of each."""
    ours_total, theirs_total = sum(ours), sum(theirs)
    ratios = [q / c for c, q in zip(ours, theirs, strict=True) if c > 0]
    return {
        f"ratio{suffix}_total_at_least": (
            round(theirs_total / ours_total, 1) if ours_total else None
        ),
        f"ratio{suffix}_median_per_document": (
            round(statistics.median(ratios), 1) if ratios else None
        ),
    }


def time_checkclaims(texts: Sequence[str]) -> dict[str, Any]:
    """Seconds of checkclaims' extraction per document (patterns and tables compiled first,
    as quantulum3's are loaded before its timing)."""
    from checker.extract.prepare import prepare_extraction
    from checker.model import Document
    from checker.pipeline import document_claims

    prepare_extraction()  # not counted: the compiling each process does once
    seconds, cpu, found = [], [], 0
    for text in texts:
        started, cpu_started = time.perf_counter(), time.process_time()
        found += len(document_claims(Document(doc_id="d", text=text)))
        seconds.append(time.perf_counter() - started)
        cpu.append(time.process_time() - cpu_started)
    return {"per_document_seconds": seconds, "per_document_cpu_seconds": cpu, "found": found}


def _rate(texts: Sequence[str], seconds: float, found: int) -> dict[str, Any]:
    size = sum(len(t.encode("utf-8")) for t in texts)
    return {
        "documents": len(texts),
        "mb": round(size / 1e6, 3),
        "found": found,
        "seconds": round(seconds, 3),
        "docs_per_s": round(len(texts) / seconds, 2) if seconds else 0.0,
        "mb_per_s": round(size / 1e6 / seconds, 4) if seconds else 0.0,
    }


def main(argv: Sequence[str] | None = None) -> dict[str, Any] | None:
    parser = argument_parser(__doc__.splitlines()[0])
    parser.add_argument(
        "--sample", type=int, default=200, help="Documents for the quantulum3 comparison."
    )
    parser.add_argument(
        "--cap", type=float, default=10.0, help="Seconds quantulum3 may spend on one document."
    )
    parser.add_argument(
        "--no-cli", action="store_true", help="Skip the checkclaims extract subprocess run."
    )
    args = parser.parse_args(argv)
    folder = data_dir("gva")
    if folder is None:
        return None
    paths = incident_folders(folder, args.limit)
    scaling = []
    for fraction in FRACTIONS:
        run = run_worker(paths[: max(1, round(len(paths) * fraction))])
        run["fraction"] = fraction
        run["docs_per_s"] = round(run["documents"] / run["seconds"], 1) if run["seconds"] else 0.0
        run["mb_per_s"] = round(run["mb"] / run["seconds"], 3) if run["seconds"] else 0.0
        scaling.append(run)
    whole = scaling[-1]
    sample = compare_on_sample(sample_texts(paths, args.sample), args.cap)
    result: dict[str, Any] = {
        "corpus": f"gva ({len(paths)} incidents, {whole['documents']} documents, {whole['mb']} MB)",
        "checkclaims_in_process": scaling,
        "sample": sample,
        "targets": {"ratio": TARGET_RATIO, "peak_rss_mb": TARGET_RSS_MB},
    }
    if not args.no_cli:
        result["checkclaims_extract_cli"] = run_cli(paths)
    _print(result)
    write_result("throughput", result, args.out, argv)
    return result


def _print(result: dict[str, Any]) -> None:
    rows: list[list[object]] = [
        [
            f"checkclaims in process, {int(r['fraction'] * 100)}%",
            r["documents"],
            r["mb"],
            r["seconds"],
            r["docs_per_s"],
            r["mb_per_s"],
            r["peak_rss_mb"],
        ]
        for r in result["checkclaims_in_process"]
    ]
    for name in ("checkclaims", "quantulum3"):
        r = result["sample"][name]
        rows.append(
            [
                f"{name}, sample",
                r["documents"],
                r["mb"],
                r["seconds"],
                r["docs_per_s"],
                r["mb_per_s"],
                "",
            ]
        )
    cli = result.get("checkclaims_extract_cli")
    if cli:
        whole = result["checkclaims_in_process"][-1]
        rate = (
            round(whole["documents"] / cli["seconds"], 1)
            if cli["seconds"] and not cli["returncode"]
            else ""
        )
        rows.append(
            [
                "checkclaims extract (CLI)",
                whole["documents"],
                whole["mb"],
                cli["seconds"],
                rate,
                "",
                cli["peak_rss_mb"],
            ]
        )
    headers = ["run", "docs", "MB", "seconds", "docs/s", "MB/s", "peak RSS MB"]
    print_table(headers, rows, title=f"Throughput: {result['corpus']}")
    sample = result["sample"]
    print(
        f"throughput ratio checkclaims/quantulum3 on the same {sample['checkclaims']['documents']}"
        f" documents: at least {sample['ratio_total_at_least']}x in total"
        f" ({sample['quantulum3']['capped_documents']} stopped at"
        f" {sample['quantulum3']['cap_seconds']} s), median per document"
        f" {sample['ratio_median_per_document']}x (target >= {TARGET_RATIO}x)"
    )
    print(
        f"the same in CPU time (each side's own process, whatever the load): at least"
        f" {sample['ratio_cpu_total_at_least']}x in total"
        f" ({sample['checkclaims']['cpu_seconds']} s against"
        f" {sample['quantulum3']['cpu_seconds']} s), median per document"
        f" {sample['ratio_cpu_median_per_document']}x"
    )
    if cli and cli["returncode"] not in (0, 1):
        print(f"checkclaims extract failed (exit {cli['returncode']}): {cli['error']}")


if __name__ == "__main__":
    main()
