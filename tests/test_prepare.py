"""prepare_extraction builds up front what extraction otherwise builds on first use."""

from __future__ import annotations

from checker.extract.prepare import _cached_builders, prepare_extraction
from checker.extract.timex_triggers import RULES_BY_WORD, _rules_after
from checker.model import Document
from checker.pipeline import document_claims


def test_every_cached_builder_is_built() -> None:
    prepare_extraction()
    builders = {f"{b.__module__}.{b.__qualname__}": b for b in _cached_builders()}
    # the ones that are slowest to build, and found by their shape, not by a list
    assert {
        "checker.extract.numbers.mention_pattern",
        "checker.extract.event_dates._patterns",
        "checker.extract.lexicons.shipped_measure_lexicon",
        "checker.extract.unit_catalogue.catalogue",
    } <= set(builders)
    assert all(builder.cache_info().currsize == 1 for builder in builders.values())
    assert _rules_after.cache_info().currsize >= len(RULES_BY_WORD)


def test_extraction_after_preparing_is_the_same() -> None:
    text = "At least 12 people were killed on Tuesday, officials said."
    before = document_claims(Document("d", text))
    prepare_extraction()
    assert document_claims(Document("d", text)) == before
