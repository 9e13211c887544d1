"""How far qualified and round figures stray from the figure they stand for.

    python benchmarks/calibrate_qualifiers.py [--limit N]

For interval widths of "about", "some", "around", "nearly", "almost", "more than", "at
least", "over", "dozens" and round figures, per qualifier and magnitude (1-9, 10-99,
100-999, 1000+), on the tune and blind parts apart (benchmarks/common.is_blind):

- **GVA truth**: every whole-event killed or injured count of people an article states
  (benchmarks/gva.is_event_claim) against the archive's count (the victims-only count or
  the count with the perpetrators, whichever is nearer the stated figure). Articles written
  before the count was final, and claims that count something else, are in it: the spread
  is an upper bound on what the qualifier itself stretches.
- **Headline and lede**: in each article of the story corpora (FA-KES, BASIL, GVA, ECB+),
  the headline's killed (injured) figure against the first figure of the same event and
  entity in the lede (the next 600 characters), when exactly one of the two is qualified,
  round or vague and the other is an exact count: the exact one stands for the truth. The
  headline and its lede tell the same event, so this measures how a writer's qualifier
  relates to the writer's own exact figure.
Reported: n; the share of true figures inside the interval the checker gives now
(`covered`); the median of (true - stated) / stated; the 90th and 95th percentiles of
|true - stated| / stated. For "dozens" (no stated value) the true figures themselves.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import common
from benchmarks.common import (
    PARTS,
    argument_parser,
    ecb_topic,
    part_of,
    print_table,
    write_result,
)

NAMED = ("about", "around", "some", "roughly", "nearly", "almost", "close to")
NAMED += ("more than", "over", "at least", "up to", "as many as")
EVENTS = ("killed", "injured")
LEDE_CHARS = 600


@dataclass(frozen=True)
class Observation:
    """One stated figure against the figure it stands for."""

    source: str  # gva truth / headline-lede
    part: str
    qualifier: str  # a name of NAMED, dozens, other vague, round, exact, other: ...
    magnitude: str
    stated: Decimal | None  # None for vague amounts
    true: Decimal
    covered: bool  # the checker's interval for the stated figure holds the true one


def number(claim: Any) -> Decimal | None:
    try:
        return Decimal(claim.value)
    except (InvalidOperation, ValueError):
        return None


def qualifier_class(claim: Any) -> str:
    """The qualifier as written, or the form of an unqualified figure."""
    qualifier = claim.qualifier.lower().strip()
    if number(claim) is None:
        return "dozens" if "dozen" in claim.quote.lower() else "other vague"
    if qualifier:
        return qualifier if qualifier in NAMED else f"other: {qualifier}"
    value = number(claim) or Decimal(0)
    return "round" if value >= 10 and value % 10 == 0 else "exact"


def magnitude(claim: Any) -> str:
    value = number(claim)
    if value is None:
        value = claim.interval.low or Decimal(0)
    for limit, name in ((10, "1-9"), (100, "10-99"), (1000, "100-999")):
        if value < limit:
            return name
    return "1000+"


def observe(source: str, part: str, claim: Any, true: Decimal) -> Observation:
    return Observation(
        source,
        part,
        qualifier_class(claim),
        magnitude(claim),
        number(claim),
        true,
        claim.interval.contains(true),
    )


# --- GVA against the archive --------------------------------------------------------------


def gva_truth(limit: int | None) -> Iterator[Observation]:
    import checker
    from benchmarks.gva import accepted, incidents, is_event_claim

    folder = common.DATA / "gva"
    for incident in incidents(folder, limit):
        gold = json.loads((folder / incident / "gold.json").read_text("utf-8"))
        for claim in checker.find_claims([str(folder / incident)]):
            for event in EVENTS:
                if not is_event_claim(claim, event):
                    continue
                stated = number(claim) or claim.interval.low or Decimal(0)
                true = min(accepted(gold, event), key=lambda t: (abs(t - stated), t))
                yield observe("gva truth", part_of(incident), claim, true)


# --- headline against lede ----------------------------------------------------------------


def story_folders(limit: int | None) -> Iterator[tuple[Path, str]]:
    """Every story folder of the story corpora with its part."""
    news = common.DATA / "newsclusters"
    for corpus in ("fakes_*", "basil_*"):
        for folder in sorted(news.glob(corpus))[:limit]:
            yield folder, part_of(folder.name)
    gva = common.DATA / "gva"
    if gva.is_dir():
        for folder in sorted(p for p in gva.iterdir() if p.is_dir())[:limit]:
            yield folder, part_of(folder.name)
    ecb = common.DATA / "ecbplus"
    if ecb.is_dir():
        for folder in sorted(p for p in ecb.iterdir() if p.is_dir())[:limit]:
            yield folder, part_of(ecb_topic(folder.name))


def headline_lede(limit: int | None) -> Iterator[Observation]:
    import checker
    from checker.documents import read_stories

    for folder, part in story_folders(limit):
        if not folder.is_dir():
            continue
        stories = read_stories([str(folder)])
        titles = {d.doc_id: len(d.title) for s in stories for d in s.documents if d.title}
        titled = {d.doc_id for s in stories for d in s.documents if d.text.startswith(d.title)}
        claims = [c for c in checker.find_claims([str(folder)]) if c.document in titled]
        for document in titled & titles.keys():
            mine = [c for c in claims if c.document == document]
            yield from _pairs(mine, titles[document], part)


def _pairs(claims: Sequence[Any], title_end: int, part: str) -> Iterator[Observation]:
    from checker.events.align import broad_entity

    def key(claim: Any) -> tuple[str, str]:
        return claim.measure.event, broad_entity(claim.measure.entity)

    counts = [c for c in claims if c.kind == "count" and c.measure.event in EVENTS]
    heads = [c for c in counts if c.end <= title_end]
    ledes = [c for c in counts if title_end <= c.start < title_end + LEDE_CHARS]
    for head in heads:
        lede = next((c for c in ledes if key(c) == key(head)), None)
        if lede is None:
            continue
        pair = _stated_and_true(head, lede)
        if pair is not None:
            yield observe("headline-lede", part, pair[0], pair[1])


def _stated_and_true(a: Any, b: Any) -> tuple[Any, Decimal] | None:
    """(the qualified, round or vague claim, the exact figure) or None."""
    exact = [c for c in (a, b) if qualifier_class(c) == "exact"]
    other = [c for c in (a, b) if qualifier_class(c) != "exact"]
    if len(exact) != 1 or len(other) != 1:
        return None
    true = number(exact[0])
    return (other[0], true) if true is not None else None


# --- statistics ---------------------------------------------------------------------------


def percentile(values: Sequence[float], share: float) -> float:
    """Nearest-rank percentile of sorted `values` (0 <= share <= 1)."""
    if not values:
        return 0.0
    rank = max(0, min(len(values) - 1, int(share * len(values) + 0.999999) - 1))
    return values[rank]


def summarise(observations: Iterable[Observation]) -> list[dict[str, Any]]:
    """One row per source, part, qualifier and magnitude (and 'all' magnitudes)."""
    cells: dict[tuple[str, str, str, str], list[Observation]] = defaultdict(list)
    for o in observations:
        cells[(o.source, o.part, o.qualifier, o.magnitude)].append(o)
        cells[(o.source, o.part, o.qualifier, "all")].append(o)
    return [_row(key, cells[key]) for key in sorted(cells, key=_order)]


def _order(key: tuple[str, str, str, str]) -> tuple[Any, ...]:
    source, part, qualifier, size = key
    sizes = ("1-9", "10-99", "100-999", "1000+", "all")
    return (source, PARTS.index(part), qualifier, sizes.index(size))


def _row(key: tuple[str, str, str, str], cell: list[Observation]) -> dict[str, Any]:
    source, part, qualifier, size = key
    row: dict[str, Any] = {
        "source": source,
        "part": part,
        "qualifier": qualifier,
        "magnitude": size,
        "n": len(cell),
        "covered": round(sum(o.covered for o in cell) / len(cell), 3),
    }
    signed = sorted(float((o.true - o.stated) / o.stated) for o in cell if o.stated)
    spread = sorted(abs(v) for v in signed)
    if signed:
        row.update(
            median=round(percentile(signed, 0.5), 3),
            p90=round(percentile(spread, 0.9), 3),
            p95=round(percentile(spread, 0.95), 3),
            below=round(sum(1 for v in signed if v < 0) / len(signed), 3),
        )
    else:  # vague: the true figures themselves
        trues = sorted(float(o.true) for o in cell)
        row.update(true_p5=percentile(trues, 0.05), true_p95=percentile(trues, 0.95))
    return row


def main(argv: Sequence[str] | None = None) -> dict[str, Any] | None:
    parser = argument_parser(__doc__.splitlines()[0])
    args = parser.parse_args(argv)
    data = common.DATA  # read at call time: the tests point it elsewhere
    if not (data / "gva").is_dir() or not (data / "newsclusters").is_dir():
        print(f"note: {data} lacks gva or newsclusters; skipping", file=sys.stderr)
        return None
    observations = [*gva_truth(args.limit), *headline_lede(args.limit)]
    rows = summarise(observations)
    result = {"observations": len(observations), "rows": rows}
    _print(rows)
    write_result("calibrate_qualifiers", result, args.out, argv)
    return result


def _print(rows: Sequence[dict[str, Any]]) -> None:
    headers = ["source", "part", "qualifier", "magnitude", "n", "covered", "median"]
    headers += ["p90", "p95", "below", "true p5", "true p95"]
    table = [
        [
            r["source"],
            r["part"],
            r["qualifier"],
            r["magnitude"],
            r["n"],
            r["covered"],
            *(r.get(k, "") for k in ("median", "p90", "p95", "below", "true_p5", "true_p95")),
        ]
        for r in rows
    ]
    print_table(headers, table, title="Stated figures against the figure they stand for")


if __name__ == "__main__":
    main()
