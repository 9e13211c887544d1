"""evolve() gives what dataclasses.replace gives, for the frozen dataclasses it copies, and
quick_init() builds what the dataclass __init__ builds."""

from __future__ import annotations

import dataclasses
import inspect
from dataclasses import dataclass, field
from functools import cached_property

import pytest

from checker.evolve import evolve, quick_init
from checker.extract.entities import Entity
from checker.extract.figures import Figure
from checker.extract.measures import Clause
from checker.extract.numbers import NumberMention
from checker.extract.qualifiers import Qualifier
from checker.extract.units import Unit
from checker.model import Claim, Document, Interval, Measure, TimeExpr
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


_QUICK = (
    Claim,
    Measure,
    Interval,
    TimeExpr,
    Figure,
    Qualifier,
    NumberMention,
    Clause,
    Entity,
    Unit,
)


@pytest.mark.parametrize("cls", _QUICK, ids=lambda cls: cls.__name__)
def test_quick_init_builds_what_the_dataclass_init_builds(cls: type) -> None:
    dataclass_init = cls.__init__.__dataclass_init__
    quick_params = inspect.signature(cls.__init__).parameters.values()
    plain_params = inspect.signature(dataclass_init).parameters.values()
    # the same names, kinds and annotations; a default_factory's stand-in differs
    assert [(p.name, p.kind, p.annotation) for p in quick_params] == [
        (p.name, p.kind, p.annotation) for p in plain_params
    ]
    fields = dataclasses.fields(cls)
    required = {
        f.name: f"<{f.name}>"
        for f in fields
        if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
    }
    every = {f.name: f"<{f.name}>" for f in fields}
    for given in (required, every):
        quick = cls(**given)
        plain = object.__new__(cls)
        dataclass_init(plain, **given)
        assert quick.__dict__ == plain.__dict__ and list(quick.__dict__) == list(plain.__dict__)
        assert quick == plain and repr(quick) == repr(plain)


def test_quick_init_gives_each_instance_its_own_default_factory_value() -> None:
    @quick_init
    @dataclass(frozen=True)
    class _Listed:
        items: list = field(default_factory=list)

    first, second = _Listed(), _Listed()
    assert first.items == [] and first.items is not second.items


def test_quick_init_refuses_a_dataclass_it_would_build_wrongly() -> None:
    with pytest.raises(TypeError, match="not a plain frozen dataclass"):
        quick_init(_Derived)
