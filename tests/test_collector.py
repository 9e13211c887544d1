"""The collector's threshold is raised only inside fewer_collections and always restored."""

from __future__ import annotations

import gc

import pytest

from checker.collector import YOUNG_THRESHOLD, fewer_collections
from checker.model import Document
from checker.pipeline import document_claims


def test_threshold_raised_inside_and_restored_after() -> None:
    before = gc.get_threshold()
    with fewer_collections():
        assert gc.get_threshold() == (YOUNG_THRESHOLD, *before[1:])
        with fewer_collections():  # nested: the outer block's threshold stands
            assert gc.get_threshold()[0] == YOUNG_THRESHOLD
        assert gc.get_threshold()[0] == YOUNG_THRESHOLD
    assert gc.get_threshold() == before


def test_restored_when_the_block_raises() -> None:
    before = gc.get_threshold()
    with pytest.raises(ValueError), fewer_collections():
        raise ValueError("a document that fails")
    assert gc.get_threshold() == before


def test_a_higher_threshold_of_the_caller_is_kept() -> None:
    before = gc.get_threshold()
    gc.set_threshold(YOUNG_THRESHOLD * 2, *before[1:])
    try:
        with fewer_collections():
            assert gc.get_threshold()[0] == YOUNG_THRESHOLD * 2
        assert gc.get_threshold()[0] == YOUNG_THRESHOLD * 2
    finally:
        gc.set_threshold(*before)


def test_extraction_leaves_the_threshold_as_it_found_it() -> None:
    before = gc.get_threshold()
    claims = document_claims(Document("d", "The quake killed 24 people on Tuesday."))
    assert [c.quote for c in claims if c.kind == "count"] == ["24 people"]
    assert gc.get_threshold() == before
