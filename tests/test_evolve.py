"""evolve() gives what dataclasses.replace gives, for the frozen dataclasses it copies."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from functools import cached_property

import pytest

from checker.evolve import evolve
from checker.model import Document
from checker.pipeline import document_claims


def _claims() -> tuple:
    text = "The quake killed 24 people and injured 249 others on Tuesday, officials said."
    return document_claims(Document("d", text))


def test_same_claim_as_replace() -> None:
    for claim in _claims():
        fast = evolve(claim, event="main event")
        slow = dataclasses.replace(claim, event="main event")
        assert fast == slow and hash(fast) == hash(slow) and repr(fast) == repr(slow)
        assert fast is not claim and claim.event == ""  # the original is untouched


def test_unknown_field_refused() -> None:
    with pytest.raises(TypeError, match="no field 'events'"):
        evolve(_claims()[0], events="main event")


@dataclass(frozen=True)
class _Derived:
    value: int
    double: int = field(init=False, default=0)

    def __post_init__(self) -> None:
        object.__setattr__(self, "double", self.value * 2)


def test_post_init_still_runs() -> None:
    assert evolve(_Derived(2), value=5).double == 10


@dataclass(frozen=True)
class _Cached:
    value: int

    @cached_property
    def double(self) -> int:
        return self.value * 2


def test_a_cached_property_is_not_copied_stale() -> None:
    first = _Cached(2)
    assert first.double == 4  # now cached in the instance's __dict__
    assert evolve(first, value=5).double == 10
