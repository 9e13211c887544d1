"""Ranges, qualifiers and cardinals on Microsoft Recognizers-Text's English number specs.

    python benchmarks/recognizers.py [--limit N]

NumberRangeModel: a case is right when every gold range has a claim overlapping its span
whose interval is the gold interval. "strict" also requires the same open/closed ends;
"ends" compares only the end values. An interval without a lower end in the spec, "(,100)",
matches ours from 0 ("fewer than 100" is [0, 100) for a count). A case without gold ranges
is right when no claim is found. The spec reads "between 20 and 30" as [20, 30); we read it
as [20, 30], so the strict score loses those cases on purpose.

NumberModel: a case is right when the numbers found (claims of any kind but dates, and
their quoted values) are the gold values, in order.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import argument_parser, data_dir, print_table, write_result

SPECS = Path("Specs") / "Number" / "English"
Bounds = tuple[Decimal | None, Decimal | None, bool, bool]  # low, high, low_open, high_open


def load_cases(folder: Path, name: str) -> list[dict[str, Any]]:
    return json.loads((folder / SPECS / name).read_text("utf-8-sig"))


def parse_interval(text: str) -> Bounds:
    """Interval notation of the spec: "(30,)", "[20,30)", "(,1000)"."""
    low_text, high_text = text[1:-1].split(",")
    low = Decimal(low_text) if low_text else None
    high = Decimal(high_text) if high_text else None
    return low, high, text[0] == "(", text[-1] == ")"


def claims_of(text: str) -> list[Any]:
    from checker.model import Document
    from checker.pipeline import document_claims

    return [
        c
        for c in document_claims(Document(doc_id="case", text=text))
        if c.kind not in ("date", "duration")
    ]


def _same_low(gold: Bounds, ours: Bounds) -> bool:
    if gold[0] is None:
        return ours[0] is None or ours[0] == 0
    return ours[0] is not None and ours[0] == gold[0]


def interval_matches(gold: Bounds, ours: Bounds, strict: bool) -> bool:
    if not _same_low(gold, ours) or ours[1] != gold[1]:
        return False
    if not strict:
        return True
    low_open_ok = gold[0] is None or ours[2] == gold[2]
    high_open_ok = gold[1] is None or ours[3] == gold[3]
    return low_open_ok and high_open_ok


def range_case(case: dict[str, Any]) -> tuple[bool, bool]:
    """(strict right, ends right) for one NumberRangeModel case."""
    claims = claims_of(case["Input"])
    if not case["Results"]:
        return (not claims, not claims)
    strict = ends = True
    for result in case["Results"]:
        gold = parse_interval(result["Resolution"]["value"])
        near = [c for c in claims if c.start <= result["End"] and result["Start"] <= c.end]
        bounds = [
            (c.interval.low, c.interval.high, c.interval.low_open, c.interval.high_open)
            for c in near
        ]
        strict &= any(interval_matches(gold, b, strict=True) for b in bounds)
        ends &= any(interval_matches(gold, b, strict=False) for b in bounds)
    return strict, ends


def number_case(case: dict[str, Any]) -> bool:
    gold = [Decimal(r["Resolution"]["value"]) for r in case["Results"]]
    ours = []
    for claim in claims_of(case["Input"]):
        try:
            ours.append(Decimal(claim.value))
        except ArithmeticError:
            ours.append(None)
    return ours == gold


def main(argv: Sequence[str] | None = None) -> dict[str, Any] | None:
    args = argument_parser(__doc__.splitlines()[0]).parse_args(argv)
    folder = data_dir("recognizers")
    if folder is None:
        return None
    ranges = load_cases(folder, "NumberRangeModel.json")[: args.limit]
    numbers = load_cases(folder, "NumberModel.json")[: args.limit]
    tally: Counter = Counter()
    for case in ranges:
        strict, ends = range_case(case)
        tally["range.strict"] += strict
        tally["range.ends"] += ends
    tally["number.right"] = sum(number_case(c) for c in numbers)
    result = {
        "corpus": (
            f"recognizers NumberRangeModel ({len(ranges)} cases), "
            f"NumberModel ({len(numbers)} cases)"
        ),
        "range_cases": len(ranges),
        "range_share_strict": round(tally["range.strict"] / len(ranges), 4) if ranges else 0.0,
        "range_share_ends": round(tally["range.ends"] / len(ranges), 4) if ranges else 0.0,
        "number_cases": len(numbers),
        "number_share": round(tally["number.right"] / len(numbers), 4) if numbers else 0.0,
    }
    rows = [
        [
            "ranges: interval right (strict ends)",
            tally["range.strict"],
            len(ranges),
            result["range_share_strict"],
        ],
        [
            "ranges: interval right (end values)",
            tally["range.ends"],
            len(ranges),
            result["range_share_ends"],
        ],
        ["cardinals: values right", tally["number.right"], len(numbers), result["number_share"]],
    ]
    print_table(
        ["measure", "right", "cases", "share"], rows, title="Recognizers-Text English number specs"
    )
    write_result("recognizers", result, args.out, argv)
    return result


if __name__ == "__main__":
    main()
