"""Discrepancy flags on real multi-outlet stories: FA-KES, BASIL (newsclusters) and ECB+.

    python benchmarks/newsclusters.py [--limit N] [--flags] [--blind-too]

Runs `checker.check` on each story folder of ../shared/data/newsclusters (fakes_* and
basil_* apart) and of ../shared/data/ecbplus, and reports per corpus and part (tune, blind;
benchmarks/common.is_blind on the story folder, ECB+ on the topic number):

- flags: discrepancy findings and, within them, conflicting pairs (Finding.conflicting);
- judged precision: the pairs matched to the hand judgements in
  benchmarks/newsclusters_flags_checked.csv and benchmarks/ecbplus_flags_checked.csv
  (benchmarks/judged.py: by story, measure and figures, or documents and figures);
- FA-KES label measure: of the stories that mix articles labelled fake and credible, the
  share with a pair involving a fake article's figure (recall) and the share of their pairs
  that involve a fake article (label precision); flags in stories with no fake article.

--limit N takes the first N stories of each corpus. --flags prints the unjudged pairs of the
tune part with their quotes and sentences, for judging (the blind part too with
--blind-too, for the final judging only); they go to the terminal, never to a file.
"""

from __future__ import annotations

import csv
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import (
    PARTS,
    REPO,
    add_blind_option,
    argument_parser,
    data_dir,
    ecb_topic,
    part_of,
    print_table,
    write_result,
)
from benchmarks.judged import (
    RaisedFlag,
    class_precision,
    match,
    precision_by_part,
    print_claim,
    read_judgements,
)

JUDGED = {
    "fakes": REPO / "benchmarks" / "newsclusters_flags_checked.csv",
    "basil": REPO / "benchmarks" / "newsclusters_flags_checked.csv",
    "ecbplus": REPO / "benchmarks" / "ecbplus_flags_checked.csv",
}
MISSES = REPO / "benchmarks" / "fakes_misses_checked.csv"
STORY_KINDS = ("mixed", "no fake", "all fake")  # FA-KES stories by their articles' labels


@dataclass(frozen=True)
class Pair:
    """One conflicting pair of a discrepancy finding, with both claims and its own verdict."""

    flag: RaisedFlag
    finding: Any  # checker.model.Finding
    first: Any  # checker.model.Claim
    second: Any
    severity: str  # the pair's own (Finding.pairs), not the finding's worst
    explanation: str


@dataclass(frozen=True)
class StoryRun:
    corpus: str
    story: str
    part: str
    documents: int
    findings: int
    pairs: tuple[Pair, ...]
    kind: str = ""  # FA-KES: mixed / no fake / all fake
    fake_documents: frozenset[str] = frozenset()


def ecb_part(story: str) -> str:
    return part_of(ecb_topic(story))


PART_OF: dict[str, Callable[[str], str]] = {
    "fakes": part_of,
    "basil": part_of,
    "ecbplus": ecb_part,
}


def story_folders(limit: int | None) -> dict[str, list[Path]]:
    """The story folders of each corpus present, sorted by name, the first `limit` of each."""
    folders: dict[str, list[Path]] = {}
    news = data_dir("newsclusters")
    if news is not None:
        for corpus in ("fakes", "basil"):
            folders[corpus] = sorted(news.glob(f"{corpus}_*"))[:limit]
    ecb = data_dir("ecbplus")
    if ecb is not None:
        folders["ecbplus"] = sorted(p for p in ecb.iterdir() if p.is_dir())[:limit]
    return folders


def fakes_labels(news: Path) -> dict[str, dict[str, str]]:
    """story -> file -> fakes_label (fake / credible) from articles_meta.csv."""
    labels: dict[str, dict[str, str]] = {}
    with (news / "articles_meta.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["fakes_label"]:
                labels.setdefault(row["cluster"], {})[row["file"]] = row["fakes_label"]
    return labels


def story_kind(labels: dict[str, str]) -> str:
    kinds = set(labels.values())
    if kinds == {"fake"}:
        return "all fake"
    return "mixed" if "fake" in kinds else "no fake"


def pairs_of(story: str, result: Any) -> Iterable[Pair]:
    """Each conflicting pair of each discrepancy finding, with its own claims and explanation
    (Finding.pairs); a finding without them falls back on its `conflicting` ids and its
    overall explanation."""
    claims = {c.claim_id: c for c in result.claims}
    for finding in result.findings:
        if finding.verdict == "consistent":
            continue
        measure = finding.group.measure.describe()
        own = [(p.first, p.second, p.severity, p.explanation) for p in finding.pairs]
        overall = (finding.severity, finding.explanation)
        for a, b, severity, explanation in own or [(*c, *overall) for c in finding.conflicting]:
            first, second = claims[a], claims[b]
            figures = (first.value, second.value, first.document, second.document)
            flag = RaisedFlag(story, measure, *figures)
            yield Pair(flag, finding, first, second, severity, explanation)


def run_story(corpus: str, folder: Path, labels: dict[str, dict[str, str]]) -> StoryRun:
    import checker

    report = checker.check([str(folder)])
    story = folder.name
    pairs = tuple(p for result in report.stories for p in pairs_of(story, result))
    mine = labels.get(story, {})
    return StoryRun(
        corpus=corpus,
        story=story,
        part=PART_OF[corpus](story),
        documents=sum(len(r.story.documents) for r in report.stories),
        findings=len(report.discrepancies),
        pairs=pairs,
        kind=story_kind(mine) if corpus == "fakes" else "",
        fake_documents=frozenset(f for f, label in mine.items() if label == "fake"),
    )


def flag_counts(runs: Sequence[StoryRun]) -> dict[str, Any]:
    """Stories, documents, flagged stories, findings and pairs; pairs per kind of figure."""
    kinds = Counter(p.first.kind for r in runs for p in r.pairs)
    return {
        "stories": len(runs),
        "documents": sum(r.documents for r in runs),
        "flagged_stories": sum(1 for r in runs if r.findings),
        "findings": sum(r.findings for r in runs),
        "pairs": sum(len(r.pairs) for r in runs),
        "pairs_per_figure_kind": dict(sorted(kinds.items())),
    }


def involves_fake(pair: Pair, run: StoryRun) -> bool:
    return bool({pair.first.document, pair.second.document} & run.fake_documents)


def label_measure(runs: Sequence[StoryRun], true_stories: frozenset[str]) -> dict[str, Any]:
    """FA-KES: recall of the mixed stories and precision of their pairs against the label;
    the stories of each kind with a pair judged true by hand (`true_stories`)."""
    out: dict[str, Any] = {}
    for kind in STORY_KINDS:
        mine = [r for r in runs if r.kind == kind]
        pairs = [(p, r) for r in mine for p in r.pairs]
        fake_pairs = sum(1 for p, r in pairs if involves_fake(p, r))
        hit = sum(1 for r in mine if any(involves_fake(p, r) for p in r.pairs))
        out[kind] = {
            "stories": len(mine),
            "flagged_stories": sum(1 for r in mine if r.pairs),
            "stories_with_a_fake_pair": hit,
            "pairs": len(pairs),
            "pairs_involving_fake": fake_pairs,
            "stories_with_a_judged_true_pair": sum(1 for r in mine if r.story in true_stories),
        }
        if kind == "mixed":
            out[kind]["recall"] = round(hit / len(mine), 4) if mine else 0.0
            out[kind]["label_precision"] = round(fake_pairs / len(pairs), 4) if pairs else 0.0
    return out


def corpus_result(corpus: str, runs: Sequence[StoryRun], whole: bool) -> dict[str, Any]:
    """Counts per part, the judged precision and, for FA-KES, the label measure."""
    out: dict[str, Any] = {}
    rows = [r for r in read_judgements(JUDGED[corpus]) if _corpus_of(r["story"]) == corpus]
    matched = match([p.flag for r in runs for p in r.pairs], rows).rows
    true_stories = frozenset(r["story"] for r in matched if r["verdict"] == "true")
    for part in (*PARTS, "all"):
        mine = [r for r in runs if part == "all" or r.part == part]
        out[part] = flag_counts(mine)
        if corpus == "fakes":
            out[part]["label"] = label_measure(mine, true_stories)
            out[part]["misses"] = miss_classes(part)
    raised = [p.flag for r in runs for p in r.pairs] if whole else None
    out["judged"] = precision_by_part(rows, PART_OF[corpus], raised, JUDGED[corpus])
    out["judged_per_class"] = class_precision(
        [(r.part, p.flag, p.first) for r in runs for p in r.pairs], rows
    )
    return out


def miss_classes(part: str) -> dict[str, int]:
    """Why mixed FA-KES stories of `part` have no true flag, as judged by hand in
    benchmarks/fakes_misses_checked.csv (class -> stories; {} when not judged)."""
    if not MISSES.exists():
        return {}
    with MISSES.open(encoding="utf-8", newline="") as handle:
        rows = [r for r in csv.DictReader(handle) if part in ("all", r["part"])]
    return dict(Counter(r["class"] for r in rows).most_common())


def _corpus_of(story: str) -> str:
    return story.split("_", 1)[0] if story.startswith(("fakes_", "basil_")) else "ecbplus"


def run(folders: dict[str, list[Path]]) -> tuple[dict[str, list[StoryRun]], float]:
    news = data_dir("newsclusters") if {"fakes", "basil"} & folders.keys() else None
    labels = fakes_labels(news) if news is not None else {}
    started = time.perf_counter()
    runs = {
        corpus: [run_story(corpus, folder, labels) for folder in paths]
        for corpus, paths in folders.items()
    }
    return runs, time.perf_counter() - started


def unjudged_pairs(corpus: str, runs: Sequence[StoryRun], parts: Sequence[str]) -> list[Pair]:
    """The pairs of `parts` that no judged row matches, in story order."""
    rows = [r for r in read_judgements(JUDGED[corpus]) if _corpus_of(r["story"]) == corpus]
    pairs = [p for r in runs if r.part in parts for p in r.pairs]
    open_flags = set(match([p.flag for p in pairs], rows).unjudged)
    return list({p.flag: p for p in pairs if p.flag in open_flags}.values())


def print_pairs(pairs: Sequence[Pair]) -> None:
    """Each pair with both quotes, sentences, documents and the measure (stdout only)."""
    for pair in pairs:
        flag = pair.flag
        print(f"\n## {flag.story} [{flag.measure}] {pair.severity}")
        print(f"   {pair.explanation[:300]}")
        for claim in (pair.first, pair.second):
            print_claim(claim)


def main(argv: Sequence[str] | None = None) -> dict[str, Any] | None:
    parser = argument_parser(__doc__.splitlines()[0])
    parser.add_argument(
        "--flags",
        action="store_true",
        help="Print the tune part's unjudged conflicting pairs with quotes, for judging.",
    )
    add_blind_option(parser)
    args = parser.parse_args(argv)
    folders = story_folders(args.limit)
    if not folders:
        return None
    runs, seconds = run(folders)
    result: dict[str, Any] = {
        "parts": "blind: sha1 of the story folder (ECB+: topic number) divisible by 3",
        "corpora": {c: corpus_result(c, r, whole=args.limit is None) for c, r in runs.items()},
        "seconds": round(seconds, 1),
    }
    _print(result)
    if args.flags:
        parts = PARTS if args.blind_too else ("tune",)
        for corpus, corpus_runs in runs.items():
            print_pairs(unjudged_pairs(corpus, corpus_runs, parts))
    write_result("newsclusters", result, args.out, argv)
    return result


def _print(result: dict[str, Any]) -> None:
    rows = []
    for corpus, parts in result["corpora"].items():
        for part in (*PARTS, "all"):
            counts, judged = parts[part], (parts["judged"] or {}).get(part, {})
            rows.append(
                [
                    corpus,
                    part,
                    counts["stories"],
                    counts["flagged_stories"],
                    counts["findings"],
                    counts["pairs"],
                    f"{judged.get('true_flags', 0)}/{judged.get('flags', 0)}",
                    judged.get("precision", 0.0),
                    len(judged.get("unjudged_flags", ())),
                ]
            )
    headers = ["corpus", "part", "stories", "flagged", "findings", "pairs"]
    headers += ["judged true", "precision", "unjudged"]
    print_table(headers, rows, title="Discrepancy flags on real multi-outlet stories")
    _print_kinds(result)
    if "fakes" in result["corpora"]:
        _print_labels(result["corpora"]["fakes"])


def _print_kinds(result: dict[str, Any]) -> None:
    rows = [
        [corpus, part, kind, n]
        for corpus, parts in result["corpora"].items()
        for part in PARTS
        for kind, n in parts[part]["pairs_per_figure_kind"].items()
    ]
    print_table(["corpus", "part", "figure kind", "pairs"], rows, title="Pairs per kind of figure")
    rows = [
        [corpus, part, kind, judged]
        for corpus, parts in result["corpora"].items()
        for part, kinds in parts["judged_per_class"].items()
        for kind, judged in kinds.items()
    ]
    print_table(
        ["corpus", "part", "class of figure", "judged true"], rows, title="Precision per class"
    )


def _print_labels(fakes: dict[str, Any]) -> None:
    rows = []
    for part in (*PARTS, "all"):
        for kind, m in fakes[part]["label"].items():
            rows.append(
                [
                    part,
                    kind,
                    m["stories"],
                    m["flagged_stories"],
                    m["stories_with_a_fake_pair"],
                    m.get("recall", ""),
                    m["pairs"],
                    m["pairs_involving_fake"],
                    m.get("label_precision", ""),
                    m["stories_with_a_judged_true_pair"],
                ]
            )
    headers = ["part", "kind of story", "stories", "flagged", "with fake pair", "recall", "pairs"]
    headers += ["fake pairs", "label precision", "with true pair"]
    print_table(headers, rows, title="FA-KES labels (fake articles' figures in flags)")
    for part in PARTS:
        if fakes[part]["misses"]:
            print(f"{part}: mixed stories without a true flag, by reason: {fakes[part]['misses']}")


if __name__ == "__main__":
    main()
