"""Quantity extraction on NewsQuant (dev half), scored with the CQE authors' rules.

    python benchmarks/newsquant.py [--limit N] [--no-quantulum] [--show-errors] [--split-noise N]

Scores value, value+unit and value+change (P / R / F1) for checkclaims and, in the same
run, value and value+unit for quantulum3.parse on the same sentences. The sentences are
split by a stable hash of their text (sha1 of the lower-cased, space-collapsed sentence):
an even hash is the "tune" half, whose errors may be read while developing the extractor;
an odd hash is the "blind" half, which is only scored. --show-errors prints tune errors
only and says how many blind sentences it withheld.

The scoring follows `evaluate_models.py` of satya77/CQE_Evaluation as described in
../shared/data/newsquant/README.md; see `score_sentence`.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
import time
import warnings
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent))

from benchmarks.common import argument_parser, data_dir, print_table, singular_phrase, write_result

Quantity = dict[
    str, Any
]  # {"value": float | (float, float), "normalized_unit": str, "change": str}

ANCHORS = {
    "CQE (published, full set)": {"value": 92.0, "value+unit": 85.6, "value+change": 88.1},
    "quantulum3 (published, full set)": {"value": 73.0, "value+unit": 47.2},
}
TARGETS = {"value": 92.0, "value+unit": 83.0, "value+change": 87.0}  # on the blind half

# quantulum3 unit names -> NewsQuant vocabulary: the CQE authors' table, unchanged.
QUANTULUM_UNITS = {
    "dimensionless": "-",
    "unk": "-",
    "per cent": "percentage",
    "dollar dollar": "dollar",
    "united states dollar": "dollar",
    "tonne": "metric ton",
    "degree angle": "degree",
    "degree celsius": "celsius",
    "degree fahrenheit": "fahrenheit",
    "percentage drop": "percentage",
    "second of arc": "second",
    "minute of arc": "minute",
    "yard yard": "yard",
    "cubic centimetre": "millilitre",
    "degree angle degree fahrenheit": "fahrenheit",
    "pound sterling year": "pound sterling per year",
    "per year per newton per day": "year",
}

# TIMEX3 duration designators -> NewsQuant unit names ("P3Y" -> 3 year).
_DURATION = re.compile(r"P(T?)(\d+(?:\.\d+)?)(DE|CE|Y|M|W|D|H|S)")
_DATE_UNITS = {"Y": "year", "M": "month", "W": "week", "D": "day", "DE": "decade", "CE": "century"}
_TIME_UNITS = {"H": "hour", "M": "minute", "S": "second"}
_TIMEX_MOD_CHANGE = {
    "approx": "~",
    "more_than": ">",
    "equal_or_more": ">",
    "less_than": "<",
    "equal_or_less": "<",
}


# --- our claims in NewsQuant form ---------------------------------------------------------


def change_of(qualifier: str) -> str:
    """The NewsQuant change label (=, ~, >, <, up, down) of a qualifier phrase as written."""
    from checker.extract.intervals import change_label, qualifier_rule

    if qualifier in _TIMEX_MOD_CHANGE:
        return _TIMEX_MOD_CHANGE[qualifier]
    return change_label(qualifier_rule(qualifier))


def checkclaims_quantities(text: str) -> list[Quantity]:
    """checkclaims' claims of one sentence as NewsQuant quantities (dates dropped)."""
    from checker.model import Document
    from checker.pipeline import document_claims

    quantities = []
    for claim in document_claims(Document(doc_id="sentence", text=text)):
        quantity = claim_quantity(claim)
        if quantity is not None:
            quantities.append(quantity)
    return quantities


def claim_quantity(claim: Any) -> Quantity | None:
    """One claim as a NewsQuant quantity, or None for dates and durations without a number."""
    if claim.kind == "date":
        return None
    change = change_of(claim.qualifier)
    if claim.kind == "duration":  # a TIMEX3 value, from the time tagger or a figure
        match = _DURATION.fullmatch(claim.value)
        if not match or not _written_number(claim.quote):
            return None  # "for years" (PXY), "for a century", "the year": no number written
        units = _TIME_UNITS if match.group(1) else _DATE_UNITS
        return {
            "value": float(match.group(2)),
            "normalized_unit": units[match.group(3)],
            "change": change,
        }
    return {"value": claim_value(claim), "normalized_unit": claim_unit(claim), "change": change}


def claim_value(claim: Any) -> float | tuple[float, float]:
    if "-" in claim.value[1:]:
        low, _, high = (
            claim.value.partition("-") if not claim.value.startswith("-") else ("", "", "")
        )
        return (float(low), float(high))
    if claim.value:
        return float(claim.value)
    return vague_range(claim.quote)


def vague_range(quote: str) -> tuple[float, float]:
    """The conventional range of a vague amount in the quote: "dozens" -> (12, 120)."""
    for mention in _numbers_in(quote):
        if mention.form == "vague" and mention.low is not None and mention.high is not None:
            return (float(mention.low), float(mention.high))
    return (float("nan"), float("nan"))


def _written_number(quote: str) -> bool:
    """Whether a number is written in the quote ("five years" but not "a decade"): NewsQuant
    annotates only quantities whose number is written."""
    return bool(_numbers_in(quote))


def _numbers_in(quote: str) -> list[Any]:
    """The number mentions checkclaims finds in a quote."""
    from checker.extract.numbers import find_numbers
    from checker.extract.text import fold_text

    return find_numbers(fold_text(quote))


# our unit names -> NewsQuant's, where the two name the same thing differently
OUR_UNITS = {"time": "count"}  # "6.5 times earnings": a multiplier
# The symbol "p" after a price ("118.5p") is pence to us; CQE's unit table lists "p" under
# both "point" and "penny", and the NewsQuant gold always resolves it to "point".
_P_SYMBOL = re.compile(r"\d\s?p$")


def claim_unit(claim: Any) -> str:
    if claim.kind == "fraction":  # NewsQuant names the unit of "a third of X" "% X"
        return f"% {_count_noun(claim.unit) or '-'}"
    unit = _count_noun(claim.unit) if claim.kind == "count" else claim.unit.lower()
    if unit == "penny" and _P_SYMBOL.search(claim.quote):
        return "point"
    return OUR_UNITS.get(unit, unit) or "-"


def _count_noun(written: str) -> str:
    counted, per, rate = written.partition(" per ")  # "tests per day" -> "test per day"
    if per:
        return f"{_count_noun(counted)} per {singular_phrase(rate)}"
    phrase = singular_phrase(written)
    head, dash, last = phrase.rpartition("-")
    return f"{head}-{singular_phrase(last)}" if dash and last else phrase


# --- quantulum3 in NewsQuant form ---------------------------------------------------------


def quantulum_quantities(text: str) -> list[Quantity]:
    with warnings.catch_warnings():  # "classifier dependencies not installed"
        warnings.simplefilter("ignore")
        from quantulum3 import parser

    out = []
    for q in parser.parse(text):
        unit = q.unit.name
        unit = QUANTULUM_UNITS.get(unit.lower(), unit)
        out.append(
            {"value": float(q.value), "normalized_unit": unit.strip().lower(), "change": None}
        )
    return out


# --- the CQE scoring rules ----------------------------------------------------------------


def gold_value(text: str, average_ranges: bool) -> float | tuple[float, float]:
    """A gold value string: "60.0" or a range "12-120" (midpoint for quantulum3)."""
    if "E" not in text and not text.startswith("-") and "-" in text:
        low, high = (float(x) for x in text.split("-")[:2])
        return (low + high) / 2 if average_ranges else (low, high)
    return float(text)


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-8 + 1e-5 * abs(b)  # numpy.isclose(a, b, rtol=1e-5, atol=1e-8)


def values_match(gold: float | tuple[float, float], model: float | tuple[float, float]) -> bool:
    if isinstance(gold, tuple) and isinstance(model, tuple):
        return _close(gold[0], model[0]) and _close(gold[1], model[1])
    if isinstance(gold, tuple) or isinstance(model, tuple):
        return False
    return _close(gold, model)


def score_sentence(
    gold: Sequence[dict[str, str]], predicted: Sequence[Quantity], average_ranges: bool
) -> Counter:
    """Hits of one sentence, walking the predictions the way evaluate_models.py does."""
    hits: Counter = Counter(gold=len(gold), predicted=len(predicted))
    pool = sorted(predicted, key=lambda q: q["normalized_unit"])
    value_budget = len(gold)
    for g in sorted(gold, key=lambda q: q["normalized_unit"]):
        g_value = gold_value(g["value"], average_ranges)
        g_unit = g["normalized_unit"].lower()
        for p in list(pool):
            if not values_match(g_value, p["value"]):
                continue
            if value_budget > 0:
                hits["value"] += 1
                value_budget -= 1
            if p.get("change") == g["change"]:
                hits["value+change"] += 1
            if p["normalized_unit"] == g_unit:
                hits["value+unit"] += 1
                pool.remove(p)
                break
    return hits


def scores(hits: Counter, metrics: Iterable[str]) -> dict[str, dict[str, float]]:
    """P / R / F1 x100, rounded to one decimal, as the CQE authors report them."""
    out = {}
    for metric in metrics:
        p = hits[metric] / hits["predicted"] if hits["predicted"] else 0.0
        r = hits[metric] / hits["gold"] if hits["gold"] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        out[metric] = {"p": round(100 * p, 1), "r": round(100 * r, 1), "f1": round(100 * f, 1)}
    return out


# --- the run ------------------------------------------------------------------------------


HALVES = ("tune", "blind")


def half_of(text: str) -> str:
    """ "tune" or "blind" by the sha1 of the normalised sentence: stable under reordering."""
    normalised = " ".join(text.lower().split())
    digest = hashlib.sha1(normalised.encode("utf-8")).hexdigest()
    return HALVES[int(digest, 16) % 2]


def evaluate(
    sentences: Sequence[dict[str, Any]],
    extract: Callable[[str], list[Quantity]],
    average_ranges: bool,
) -> tuple[dict[str, Counter], list[list[Quantity]], float]:
    totals: dict[str, Counter] = {"tune": Counter(), "blind": Counter(), "total": Counter()}
    predictions = []
    started = time.perf_counter()
    for sentence in sentences:
        predicted = extract(sentence["text"])
        predictions.append(predicted)
        hits = score_sentence(sentence["quantities"], predicted, average_ranges)
        totals[half_of(sentence["text"])].update(hits)
        totals["total"].update(hits)
    return totals, predictions, time.perf_counter() - started


def error_categories(
    sentences: Sequence[dict[str, Any]], predictions: list[list[Quantity]]
) -> dict[str, Any]:
    """Counts of error kinds on the tune half (no sentence text): missed, spurious, unit and
    change mismatches. The blind half's errors are not tallied either."""
    kinds: Counter = Counter()
    units: Counter = Counter()
    changes: Counter = Counter()
    for sentence, predicted in zip(sentences, predictions, strict=True):
        if half_of(sentence["text"]) != "tune":
            continue
        pool = list(predicted)
        for g in sentence["quantities"]:
            g_value = gold_value(g["value"], False)
            same = [p for p in pool if values_match(g_value, p["value"])]
            if not same:
                kinds["missed: " + ("range/vague" if isinstance(g_value, tuple) else "number")] += 1
                continue
            best = next(
                (p for p in same if p["normalized_unit"] == g["normalized_unit"].lower()), same[0]
            )
            pool.remove(best)
            if best["normalized_unit"] != g["normalized_unit"].lower():
                units[f"{best['normalized_unit']} -> {g['normalized_unit'].lower()}"] += 1
            if best["change"] != g["change"]:
                changes[f"{best['change']} -> {g['change']}"] += 1
        for p in pool:
            value = p["value"]
            year_like = isinstance(value, float) and value.is_integer() and 1900 <= value <= 2100
            kinds["spurious: " + ("year-like number" if year_like else p["normalized_unit"])] += 1
    return {
        "errors": dict(kinds.most_common(25)),
        "unit_mismatches (ours -> gold)": dict(units.most_common(25)),
        "change_mismatches (ours -> gold)": dict(changes.most_common(10)),
    }


def split_noise(
    sentences: Sequence[dict[str, Any]], predictions: list[list[Quantity]], rounds: int
) -> dict[str, Any]:
    """How far apart two halves of these sentences score by chance: the sentences are split
    at random `rounds` times into halves of the tune and blind sizes, and the gap between
    the halves' F1 is taken each time (seeded, so a run is repeatable). A tune-blind gap
    inside this spread says nothing about fitting; one beyond it does."""
    import random

    pairs = zip(sentences, predictions, strict=True)
    hits = [score_sentence(sentence["quantities"], found, False) for sentence, found in pairs]
    halves: dict[str, Counter] = {half: Counter() for half in HALVES}
    for sentence, hit in zip(sentences, hits, strict=True):
        halves[half_of(sentence["text"])].update(hit)
    tune_size = sum(half_of(s["text"]) == "tune" for s in sentences)
    metrics = ("value", "value+unit", "value+change")
    shuffler = random.Random(15)
    gaps: dict[str, list[float]] = {m: [] for m in metrics}
    order = list(range(len(hits)))
    for _ in range(rounds):
        shuffler.shuffle(order)
        first, second = Counter(), Counter()
        for position, index in enumerate(order):
            (first if position < tune_size else second).update(hits[index])
        one, two = scores(first, metrics), scores(second, metrics)
        for m in metrics:
            gaps[m].append(abs(one[m]["f1"] - two[m]["f1"]))
    observed = {
        m: abs(scores(halves["tune"], metrics)[m]["f1"] - scores(halves["blind"], metrics)[m]["f1"])
        for m in metrics
    }
    out = {}
    for m in metrics:
        ranked = sorted(gaps[m])
        out[m] = {
            "tune_blind_gap": round(observed[m], 1),
            "median_gap": round(ranked[len(ranked) // 2], 1),
            "p90_gap": round(ranked[int(0.9 * (len(ranked) - 1))], 1),
            "share_at_least_tune_blind": round(
                sum(g >= observed[m] - 1e-9 for g in ranked) / len(ranked), 2
            ),
        }
    return {"rounds": rounds, "abs_f1_gap_between_random_halves": out}


def show_errors(sentences: Sequence[dict[str, Any]], predictions: list[list[Quantity]]) -> None:
    """Print each tune sentence with a miss, for local reading only (never written to a file).
    Blind sentences are never printed: only their number is."""
    withheld = 0
    for index, (sentence, predicted) in enumerate(zip(sentences, predictions, strict=True)):
        if half_of(sentence["text"]) != "tune":
            withheld += 1
            continue
        hits = score_sentence(sentence["quantities"], predicted, False)
        if (
            hits["value+unit"] == hits["gold"] == hits["predicted"]
            and hits["value+change"] >= hits["gold"]
        ):
            continue
        gold = [(g["value"], g["normalized_unit"], g["change"]) for g in sentence["quantities"]]
        ours = [(p["value"], p["normalized_unit"], p["change"]) for p in predicted]
        print(f"[{index} tune] {sentence['text']}\n   gold {gold}\n   ours {ours}")
    print(f"({withheld} blind sentences withheld: their errors are never printed)")


def main(argv: Sequence[str] | None = None) -> dict[str, Any] | None:
    parser = argument_parser(__doc__.splitlines()[0])
    parser.add_argument(
        "--no-quantulum", action="store_true", help="Skip quantulum3 (it is slow to import)."
    )
    parser.add_argument(
        "--split-noise",
        type=int,
        default=0,
        metavar="N",
        help="Also split the sentences at random N times and report the gap between halves.",
    )
    parser.add_argument(
        "--show-errors",
        action="store_true",
        help="Print every tune-half sentence with an error; blind-half errors are refused.",
    )
    args = parser.parse_args(argv)
    folder = data_dir("newsquant")
    if folder is None:
        return None
    sentences = json.loads((folder / "dev.json").read_text("utf-8"))[: args.limit]
    ours, predictions, seconds = evaluate(sentences, checkclaims_quantities, average_ranges=False)
    metrics = ("value", "value+unit", "value+change")
    result: dict[str, Any] = {
        "corpus": f"newsquant/dev.json ({len(sentences)} sentences; blind = sha1(sentence) odd)",
        "targets_f1": TARGETS,
        "anchors_f1": ANCHORS,
        "checkclaims": {half: {**scores(h, metrics), **_sizes(h)} for half, h in ours.items()},
        "checkclaims_seconds": round(seconds, 2),
        "checkclaims_tune_error_counts": error_categories(sentences, predictions),
    }
    if not args.no_quantulum:
        theirs, _, q_seconds = evaluate(sentences, quantulum_quantities, average_ranges=True)
        result["quantulum3"] = {
            half: {**scores(h, metrics[:2]), **_sizes(h)} for half, h in theirs.items()
        }
        result["quantulum3_seconds"] = round(q_seconds, 2)
    if args.split_noise:
        result["split_noise"] = split_noise(sentences, predictions, args.split_noise)
    _print(result)
    if args.show_errors:
        show_errors(sentences, predictions)
    write_result("newsquant", result, args.out, argv)
    return result


def _sizes(hits: Counter) -> dict[str, int]:
    return {"gold": hits["gold"], "predicted": hits["predicted"]}


def _print(result: dict[str, Any]) -> None:
    rows = []
    for system in ("checkclaims", "quantulum3"):
        for half, figures in result.get(system, {}).items():
            row: list[object] = [system, half, figures["gold"], figures["predicted"]]
            for metric in ("value", "value+unit", "value+change"):
                m = figures.get(metric)
                row.append(f"{m['p']} / {m['r']} / {m['f1']}" if m else "-")
            rows.append(row)
    for name, anchor in ANCHORS.items():
        rows.append(
            [
                name,
                "full",
                904,
                "",
                *(str(anchor.get(m, "-")) for m in ("value", "value+unit", "value+change")),
            ]
        )
    rows.append(["target (checkclaims F1)", "blind", "", "", *(str(TARGETS[m]) for m in TARGETS)])
    headers = [
        "system",
        "half",
        "gold",
        "pred",
        "value P/R/F1",
        "value+unit P/R/F1",
        "value+change P/R/F1",
    ]
    print_table(headers, rows, title="NewsQuant dev half: CQE scoring")
    noise = result.get("split_noise")
    if noise:
        print(f"F1 gap between random halves ({noise['rounds']} splits) against tune-blind:")
        for metric, gap in noise["abs_f1_gap_between_random_halves"].items():
            print(
                f"  {metric}: tune-blind {gap['tune_blind_gap']}, random median "
                f"{gap['median_gap']}, p90 {gap['p90_gap']}; random splits with a gap at least "
                f"as large: {gap['share_at_least_tune_blind']}"
            )


if __name__ == "__main__":
    main()
