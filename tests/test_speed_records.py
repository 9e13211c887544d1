"""The frozen records' __init__ (model._dict_init) builds what dataclass's own does."""

from __future__ import annotations

import dataclasses
import inspect
import pickle
from decimal import Decimal

import pytest

from checker.model import Claim, Interval, Measure, TimeExpr, _dict_init


def _claim(**changes: object) -> Claim:
    fields = dict(claim_id="d:0-2", document="d", start=0, end=2, quote="12", sentence="12")
    fields |= dict(kind="count", value="12", interval=Interval(Decimal(12), Decimal(12)))
    return Claim(**(fields | changes))  # type: ignore[arg-type]


def test_defaults_and_factories_as_dataclass_sets_them() -> None:
    claim = _claim()
    assert claim.measure == Measure() and claim.unit == "" and claim.time is None
    assert claim.measure is not _claim().measure  # a new Measure each time, as the factory
    assert TimeExpr(0, 4, "2015", "DATE", "2015").mod == ""
    assert Interval(None, None) == Interval(None, None, False, False)


def test_frozen_hashable_picklable_and_replaceable() -> None:
    claim = _claim(measure=Measure(event="killed"))
    with pytest.raises(dataclasses.FrozenInstanceError):
        claim.start = 3  # type: ignore[misc]
    assert pickle.loads(pickle.dumps(claim)) == claim
    assert hash(pickle.loads(pickle.dumps(claim))) == hash(claim)
    assert dataclasses.replace(claim, start=1).start == 1
    assert vars(claim) == {f.name: getattr(claim, f.name) for f in dataclasses.fields(Claim)}


def test_same_parameters_as_the_fields() -> None:
    for cls in (Claim, Interval, Measure, TimeExpr):
        parameters = inspect.signature(cls).parameters
        assert list(parameters) == [f.name for f in dataclasses.fields(cls)]
        for f in dataclasses.fields(cls):
            default = parameters[f.name].default
            assert (default is inspect.Parameter.empty) == (
                f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
            )
            if f.default is not dataclasses.MISSING:
                assert default == f.default


def test_refuses_classes_it_would_build_wrongly() -> None:
    @dataclasses.dataclass(frozen=True)
    class Later:
        a: int

        def __post_init__(self) -> None:
            pass

    with pytest.raises(TypeError):
        _dict_init(Later)
