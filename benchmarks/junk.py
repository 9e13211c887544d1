"""Junk claims on real web pages: the share of non-date claims a fact-checker would discard.

A fixed sample of GVA articles (scraped web pages, often with their page furniture: menus,
subscription offers, phone lines, addresses) is drawn by hash of the document id: the
`--pages` ids with the smallest sha1. Each page is in the tune part or the blind part by
another hash of its id (blind when the sha1 of "part:<id>" is 0 mod 3). Only the tune part's
junk may be read while writing rules (`--show tune`); the blind part is judged once at the
end (`--show blind`) and otherwise only scored. `--sample 2` to `5` are fresh samples of 60
pages each over GVA, ECB+ and newsclusters, none in an earlier sample, split by story
(benchmarks/README.md); their judgements are in junk_judged_2.csv to _5.csv.

`benchmarks/junk_judged.csv` holds one hand judgement per claim: document id, claim offsets,
the figure's value (never the sentence), verdict (junk / ok) and the junk's class. A claim is
matched to its judgement by document and start offset. The score is the share of the
extracted non-date claims that were judged junk, per part; claims with no judgement (new
ones after a rule change) are counted and listed, and so are judged ok claims no longer
extracted (a filter that removed a real figure).
"""

from __future__ import annotations

import csv
import hashlib
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import (
    REPO,
    argument_parser,
    data_dir,
    ecb_topic,
    print_table,
    write_result,
)

JUDGED = {
    1: REPO / "benchmarks" / "junk_judged.csv",
    2: REPO / "benchmarks" / "junk_judged_2.csv",
    3: REPO / "benchmarks" / "junk_judged_3.csv",
    4: REPO / "benchmarks" / "junk_judged_4.csv",
    5: REPO / "benchmarks" / "junk_judged_5.csv",
}
COLUMNS = ("document", "start", "end", "figure", "verdict", "class")
PARTS = ("tune", "blind")
# The second and third samples: pages per corpus, GVA's scraped pages first (they keep their
# furniture).
SAMPLE_2 = (("gva", 40), ("ecbplus", 10), ("newsclusters", 10))


def part_of(doc_id: str, sample: int = 1) -> str:
    """The tune or blind part of a page: by a hash of its id in the first sample, of its
    story in the later ones ("<corpus>/<story>", an ECB+ topic as one, so near-copies of one
    article share a part)."""
    key = f"part:{doc_id}" if sample == 1 else f"part{sample}:{story_key(doc_id)}"
    digest = hashlib.sha1(key.encode()).hexdigest()
    return "blind" if int(digest, 16) % 3 == 0 else "tune"


def story_key(doc_id: str) -> str:
    """ "<corpus>/<story>" of a document id ("<corpus>/<story folder>/<file>")."""
    corpus, story, _ = doc_id.split("/", 2)
    return f"{corpus}/{ecb_topic(story) if corpus == 'ecbplus' else story}"


def corpus_pages(folder: Path) -> list[tuple[str, Path]]:
    """Every article of a corpus folder as ("<corpus>/<story>/<file>", path)."""
    return [
        (f"{folder.name}/{path.parent.name}/{path.name}", path)
        for path in folder.glob("*/*.txt")
        if path.name not in ("README.txt", "LICENSEDATA.TXT")
    ]


def sample_pages(folder: Path, pages: int, salt: str = "") -> list[tuple[str, Path]]:
    """The `pages` articles with the smallest sha1 of salt + id ("gva/<incident>/<file>")."""
    found = corpus_pages(folder)
    found.sort(key=lambda item: hashlib.sha1((salt + item[0]).encode()).hexdigest())
    return found[:pages]


def second_sample(pages: int | None = None, sample: int = 2) -> list[tuple[str, Path]] | None:
    """The second (third, fourth, fifth) sample: per corpus of SAMPLE_2, the articles with
    the smallest sha1 of "junk2:<id>" ("junk3:<id>" ... "junk5:<id>") that are in no earlier
    sample (None when a corpus is absent)."""
    gva = data_dir("gva")
    earlier = {doc_id for doc_id, _ in sample_pages(gva, 50)} if gva else set()
    for before in range(2, sample):
        earlier |= {doc_id for doc_id, _ in second_sample(sample=before) or ()}
    chosen: list[tuple[str, Path]] = []
    for name, count in SAMPLE_2:
        folder = data_dir(name)
        if folder is None:
            return None
        drawn = sample_pages(folder, count + 100, f"junk{sample}:")
        fresh = [item for item in drawn if item[0] not in earlier]
        chosen += fresh[:count]
    return chosen[:pages] if pages else chosen


def page_claims(doc_id: str, path: Path, cap: int = 0) -> list[Any]:
    """The non-date claims of one page, at most `cap` of them (those with the smallest sha1
    of "<id>:<start>", so that a long page does not outweigh the others), in text order."""
    found = list(_non_date_claims(path))
    if cap and len(found) > cap:
        keep = sorted(found, key=lambda c: hashlib.sha1(f"{doc_id}:{c.start}".encode()).digest())
        chosen = {c.start for c in keep[:cap]}
        found = [c for c in found if c.start in chosen]
    return found


def _non_date_claims(path: Path) -> Iterator[Any]:
    """The non-date claims of one page, read as the pipeline reads a story's document."""
    from checker.documents import read_stories
    from checker.pipeline import document_claims, with_publication_date

    for story in read_stories([str(path.parent)]):
        for document in story.documents:
            if document.doc_id == path.name:
                for claim in document_claims(with_publication_date(document)):
                    if claim.kind != "date":
                        yield claim


def read_judged(path: Path = JUDGED[1]) -> dict[tuple[str, int], dict[str, str]]:
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8", newline="") as handle:
        return {(row["document"], int(row["start"])): row for row in csv.DictReader(handle)}


def score(
    claims: dict[str, list[Any]], judged: dict[tuple[str, int], dict[str, str]], sample: int = 1
) -> dict[str, Any]:
    """Per part: claims, judged junk still extracted, unjudged claims, judged ok lost."""
    tally: Counter = Counter()
    classes: dict[str, Counter] = {part: Counter() for part in PARTS}
    seen: set[tuple[str, int]] = set()
    unjudged: list[str] = []
    for doc_id, found in claims.items():
        part = part_of(doc_id, sample)
        tally[f"{part}_pages"] += 1
        for claim in found:
            key = (doc_id, claim.start)
            seen.add(key)
            tally[f"{part}_claims"] += 1
            row = judged.get(key)
            if row is None:
                tally[f"{part}_unjudged"] += 1
                unjudged.append(f"{doc_id}:{claim.start}-{claim.end}")
            elif row["verdict"] == "junk":
                tally[f"{part}_junk"] += 1
                classes[part][row["class"]] += 1
    for key, row in judged.items():
        if key[0] in claims and key not in seen and row["verdict"] == "ok":
            tally[f"{part_of(key[0], sample)}_ok_lost"] += 1
    return {
        part: {
            "pages": tally[f"{part}_pages"],
            "claims": tally[f"{part}_claims"],
            "junk": tally[f"{part}_junk"],
            "junk_share": round(
                tally[f"{part}_junk"] / max(1, tally[f"{part}_claims"] - tally[f"{part}_unjudged"]),
                4,
            ),
            "unjudged": tally[f"{part}_unjudged"],
            "judged_ok_no_longer_extracted": tally[f"{part}_ok_lost"],
            "junk_by_class": dict(classes[part].most_common()),
        }
        for part in PARTS
    } | {"unjudged_claims": unjudged}


def show(
    claims: dict[str, list[Any]], part: str, judged: dict[tuple[str, int], Any], sample: int = 1
) -> None:
    """Print one part's claims with their sentences, for judging (terminal only)."""
    for doc_id, found in claims.items():
        if part_of(doc_id, sample) != part:
            continue
        for claim in found:
            row = judged.get((doc_id, claim.start))
            verdict = f"[{row['verdict']} {row['class']}]" if row else "[unjudged]"
            left = claim.start - claim.sentence_start
            right = left + len(claim.quote)
            marked = f"{claim.sentence[:left]}[[{claim.quote}]]{claim.sentence[right:]}"
            print(f"{doc_id},{claim.start},{claim.end},{claim.value} {claim.unit} {verdict}")
            print("    " + " ".join(marked.split())[:300])


def main(argv: Sequence[str] | None = None) -> dict[str, Any] | None:
    parser = argument_parser(__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=50, help="Pages in the sample.")
    parser.add_argument("--cap", type=int, default=20, help="Claims judged per page at most.")
    parser.add_argument("--show", choices=PARTS, help="Print one part's claims for judging.")
    parser.add_argument(
        "--sample",
        type=int,
        choices=(1, 2, 3, 4, 5),
        default=1,
        help="1: the first 50 GVA pages; 2 to 5: fresh 60 each (GVA, ECB+, newsclusters).",
    )
    args = parser.parse_args(argv)
    pages = _pages(args.sample, args.limit or (args.pages if args.sample == 1 else None))
    if pages is None:
        return None
    claims = {doc_id: page_claims(doc_id, path, args.cap) for doc_id, path in pages}
    judged = read_judged(JUDGED[args.sample])
    if args.show:
        show(claims, args.show, judged, args.sample)
        return None
    scores = score(claims, judged, args.sample)
    result = {"corpus": f"sample {args.sample} ({len(pages)} pages)", "scores": scores}
    rows = [
        [part, s["pages"], s["claims"], s["junk"], f"{100 * s['junk_share']:.1f}%", s["unjudged"]]
        + [
            s["judged_ok_no_longer_extracted"],
            ", ".join(f"{k} {v}" for k, v in s["junk_by_class"].items()),
        ]
        for part, s in ((p, scores[p]) for p in PARTS)
    ]
    headers = ["part", "pages", "claims", "junk", "share", "unjudged", "ok lost", "junk classes"]
    print_table(headers, rows, "Junk among non-date claims on real pages (hand-judged)")
    write_result("junk" if args.sample == 1 else f"junk_{args.sample}", result, args.out, argv)
    return result


def _pages(sample: int, pages: int | None) -> list[tuple[str, Path]] | None:
    """The pages of sample 1 (GVA only), 2 to 5 (three corpora); None when data is absent."""
    if sample in (2, 3, 4, 5):
        return second_sample(pages, sample)
    folder = data_dir("gva")
    return None if folder is None else sample_pages(folder, pages or 50)


if __name__ == "__main__":
    main()
