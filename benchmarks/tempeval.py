"""Score the temporal tagger on the TempEval-3 training data, the TempEval-3 way.

    python benchmarks/tempeval.py [--limit N] [--errors SPLIT]

Reads ../shared/data/tempeval3/train/{TimeBank,AQUAINT}/*.tml (TimeML with the document
creation time in <DCT>), tags each text anchored at its DCT and compares with the gold
TIMEX3. Relaxed extent = any overlap, strict = identical span; type and value F1 are
relaxed-match F1 x attribute accuracy over the relaxed matches (TE3 Task A). TimeBank was
used for development. AQUAINT is also reported in two halves by the index of its files in
sorted name order: "AQUAINT-tune" (even indices) may be looked at while improving the
tagger, "AQUAINT-check" (odd indices) is never looked at, so its row estimates the figure
on unseen news; the AQUAINT and overall rows are the totals. Prints a note and exits 0
when the data is absent. Also prints the tagging speed (KB/s, best of three passes) over
the TempEval texts and over the first 600 GVA news articles of ../shared/data/gva.
--errors TimeBank (or AQUAINT-tune) prints, to the terminal only, every gold timex of that
split that we miss or misread (value or type) and every one we add, with a little context;
the corpus text is never written to a file. --errors refuses AQUAINT-check and AQUAINT
(which contains it), so the check half stays unseen.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import DATA as BENCH_DATA
from benchmarks.common import write_result
from checker.extract.timex import tag_times
from checker.model import TimeExpr

DATA = BENCH_DATA / "tempeval3" / "train"
NEWS = BENCH_DATA / "gva"  # real news articles, for the speed line
NEWS_FILES = 600
SPLITS = ("TimeBank", "AQUAINT")
HALVES = {"AQUAINT-tune": ("AQUAINT", 0), "AQUAINT-check": ("AQUAINT", 1)}
ERROR_SPLITS = ("TimeBank", "AQUAINT-tune")  # never AQUAINT-check: it stays unseen
_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass(frozen=True)
class Gold:
    start: int
    end: int
    type: str
    value: str


@dataclass(frozen=True)
class Doc:
    name: str
    anchor: dt.date
    text: str
    gold: tuple[Gold, ...]


def read_timeml(path: Path) -> Doc:
    """Plain text with character offsets, the gold TIMEX3 and the DCT of one TimeML file."""
    raw = path.read_text(encoding="utf-8")
    dct = re.search(r"<DCT>.*?value=\"(\d{4})-?(\d\d)-?(\d\d)", raw, re.S)
    anchor = dt.date(*(int(x) for x in dct.groups())) if dct else dt.date(2000, 1, 1)
    body = raw[raw.index("<TEXT>") + 6 : raw.index("</TEXT>")]
    pieces: list[str] = []
    size, opened, gold = 0, None, []
    position = 0
    for match in _TAG.finditer(body):
        piece = html.unescape(body[position : match.start()])
        pieces.append(piece)
        size += len(piece)
        position = match.end()
        if match[2] == "TIMEX3" and not match[1]:
            opened = (size, dict(_ATTR.findall(match[3])))
        elif match[2] == "TIMEX3" and opened is not None:
            gold.append(
                Gold(opened[0], size, opened[1].get("type", ""), opened[1].get("value", ""))
            )
            opened = None
    pieces.append(html.unescape(body[position:]))
    return Doc(path.stem, anchor, "".join(pieces), tuple(gold))


def score(pairs: list[tuple[Doc, tuple[TimeExpr, ...]]]) -> dict[str, float | int]:
    """TE3 Task A timex scores over documents and their system output."""
    n_gold = n_sys = strict = relaxed_gold = relaxed_sys = type_ok = value_ok = 0
    for doc, found in pairs:
        n_gold += len(doc.gold)
        n_sys += len(found)
        for gold in doc.gold:
            hits = [e for e in found if e.start < gold.end and gold.start < e.end]
            if not hits:
                continue
            relaxed_gold += 1
            best = hits[0]
            strict += best.start == gold.start and best.end == gold.end
            type_ok += best.type == gold.type
            value_ok += best.value == gold.value
        relaxed_sys += sum(
            any(e.start < g.end and g.start < e.end for g in doc.gold) for e in found
        )
    return _figures(n_gold, n_sys, strict, relaxed_gold, relaxed_sys, type_ok, value_ok)


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def _figures(n_gold, n_sys, strict, rel_gold, rel_sys, type_ok, value_ok):  # type: ignore[no-untyped-def]
    relaxed_f1 = _f1(rel_sys / n_sys if n_sys else 0.0, rel_gold / n_gold if n_gold else 0.0)
    strict_f1 = _f1(strict / n_sys if n_sys else 0.0, strict / n_gold if n_gold else 0.0)
    return {
        "documents": 0,
        "gold": n_gold,
        "system": n_sys,
        "strict_f1": round(strict_f1, 4),
        "relaxed_f1": round(relaxed_f1, 4),
        "relaxed_precision": round(rel_sys / n_sys, 4) if n_sys else 0.0,
        "relaxed_recall": round(rel_gold / n_gold, 4) if n_gold else 0.0,
        "type_f1": round(relaxed_f1 * type_ok / rel_gold, 4) if rel_gold else 0.0,
        "value_f1": round(relaxed_f1 * value_ok / rel_gold, 4) if rel_gold else 0.0,
        "value_accuracy": round(value_ok / rel_gold, 4) if rel_gold else 0.0,
    }


def split_paths(split: str, limit: int | None, data: Path = DATA) -> list[Path]:
    """The files of a split or of a half ("AQUAINT-tune": even indices, "-check": odd)."""
    folder, parity = HALVES.get(split, (split, None))
    paths = sorted((data / folder).glob("*.tml"))[:limit]
    return paths if parity is None else paths[parity::2]


def run(limit: int | None) -> dict[str, dict[str, float | int]]:
    results: dict[str, dict[str, float | int]] = {}
    everything: list[tuple[Doc, tuple[TimeExpr, ...]]] = []
    for split in SPLITS:
        paths = split_paths(split, limit)
        pairs = [(doc, tag_times(doc.text, doc.anchor)) for doc in map(read_timeml, paths)]
        for half, (folder, parity) in HALVES.items():
            if folder == split:
                part = pairs[parity::2]
                results[half] = {**score(part), "documents": len(part)}
        results[split] = {**score(pairs), "documents": len(pairs)}
        everything += pairs
    results["overall"] = {**score(everything), "documents": len(everything)}
    return results


def measure_speed(texts: list[str], anchor: dt.date | None) -> dict[str, float | int]:
    """Tagging throughput over texts: best of three passes, so a busy machine counts less."""
    seconds = min(_time_tagging(texts, anchor) for _ in range(3))
    size = sum(len(text) for text in texts)
    return {
        "documents": len(texts),
        "kilobytes": round(size / 1000, 1),
        "kb_per_second": round(size / 1000 / seconds) if seconds else 0,
        "ms_per_document": round(1000 * seconds / len(texts), 3) if texts else 0.0,
    }


def _time_tagging(texts: list[str], anchor: dt.date | None) -> float:
    started = time.perf_counter()
    for text in texts:
        tag_times(text, anchor)
    return time.perf_counter() - started


def news_texts() -> list[str]:
    """The first NEWS_FILES articles of the GVA corpus (empty when it is absent)."""
    paths = sorted(NEWS.glob("*/*.txt"))[:NEWS_FILES]
    return [path.read_text(encoding="utf-8", errors="replace") for path in paths]


def print_speed(name: str, row: dict[str, float | int]) -> None:
    print(
        f"speed {name}: {row['documents']} documents, {row['kilobytes']} KB,"
        f" {row['kb_per_second']} KB/s, {row['ms_per_document']} ms per document"
    )


def _all_paths() -> list[Path]:
    return [path for split in SPLITS for path in sorted((DATA / split).glob("*.tml"))]


def print_errors(split: str, limit: int | None) -> None:
    """Gold against ours for every wrong, missed or spurious timex of one split."""
    if split not in ERROR_SPLITS:
        raise ValueError(f"{split}: errors are printed only for {', '.join(ERROR_SPLITS)}")
    for path in split_paths(split, limit):
        doc = read_timeml(path)
        found = tag_times(doc.text, doc.anchor)
        for gold in doc.gold:
            hits = [e for e in found if e.start < gold.end and gold.start < e.end]
            ours = f"{hits[0].text!r} {hits[0].type} {hits[0].value}" if hits else "-"
            if not hits or (hits[0].value, hits[0].type) != (gold.value, gold.type):
                mark = "MISS" if not hits else "VALUE"
                _print_error(
                    doc, gold.start, gold.end, f"{mark} gold {gold.type} {gold.value} | ours {ours}"
                )
        for expr in found:
            if not any(expr.start < g.end and g.start < expr.end for g in doc.gold):
                _print_error(doc, expr.start, expr.end, f"EXTRA ours {expr.type} {expr.value}")


def _print_error(doc: Doc, start: int, end: int, verdict: str) -> None:
    before = " ".join(doc.text[max(0, start - 70) : start].split())
    after = " ".join(doc.text[end : end + 40].split())
    print(f"{doc.name} dct={doc.anchor} {verdict}")
    print(f"    ...{before} [[{doc.text[start:end]}]] {after}...")


def print_table(results: dict[str, dict[str, float | int]]) -> None:
    print(
        f"{'split':13} {'docs':>5} {'gold':>5} {'strict':>7} {'relaxed':>8} "
        f"{'type':>6} {'value':>6}"
    )
    for split, row in results.items():
        if not isinstance(row, dict) or "strict_f1" not in row:
            continue
        print(
            f"{split:13} {row['documents']:>5} {row['gold']:>5} {row['strict_f1']:>7.4f} "
            f"{row['relaxed_f1']:>8.4f} {row['type_f1']:>6.4f} {row['value_f1']:>6.4f}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="files per split")
    parser.add_argument(
        "--errors",
        metavar="|".join(ERROR_SPLITS),
        help="print this split's errors (gold vs ours) and stop; never AQUAINT-check",
    )
    args = parser.parse_args(argv)
    if args.errors and args.errors not in ERROR_SPLITS:
        parser.error(
            f"--errors {args.errors}: refused. AQUAINT-check (odd-indexed AQUAINT files) is held"
            " out and its errors are never printed, so it measures unseen news; AQUAINT"
            f" contains it. Choose one of: {', '.join(ERROR_SPLITS)}."
        )
    if not DATA.is_dir():
        print(f"note: {DATA} is absent; nothing to score", file=sys.stderr)
        return 0
    if args.errors:
        print_errors(args.errors, args.limit)
        return 0
    started = time.perf_counter()
    results = run(args.limit)
    elapsed = time.perf_counter() - started
    print_table(results)
    print("HeidelTime on TE3-platinum (for scale): strict 0.8134, relaxed 0.9030, value 0.7761")
    speed = {"tempeval": measure_speed([d.text for d in map(read_timeml, _all_paths())], None)}
    news = news_texts()
    if news:
        speed["news"] = measure_speed(news, dt.date(2016, 1, 1))
    for name, row in speed.items():
        print_speed(name, row)
    report = {"results": results, "speed": speed, "seconds": round(elapsed, 2), "limit": args.limit}
    write_result("tempeval", report, argv=argv)
    return 0


if __name__ == "__main__":
    sys.exit(main())
