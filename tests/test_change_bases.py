"""A percentage change is compared with other outlets' changes against the same base (the
month before, a year before, the quarter before), and a wire dateline's day dates no figure
of its sentence. Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from checker.events.frames import frame_of
from checker.extract.claims import extract_claims
from checker.model import Document
from checker.pipeline import check_story
from tests.test_events import pairs
from tests.test_reconcile import story as dated


def _happened(text: str) -> dict[str, str]:
    document = Document(doc_id="d", text=text, published=dt.date(2024, 4, 19))
    return {
        c.quote: (frame.happened if (frame := frame_of(c)) else "")
        for c in extract_claims(document)
        if c.kind == "percent"
    }


@pytest.mark.parametrize(
    ("text", "quote", "basis"),
    [
        ("Retail sales rose 0.4% in March from February.", "rose 0.4%", "on the month"),
        ("Retail sales rose 0.7% in March compared with February.", "rose 0.7%", "on the month"),
        ("Sales were 2.1% higher than a year earlier.", "2.1% higher", "on the year"),
        ("Compared with March 2023, sales were 0.8% lower.", "0.8% lower", "on the year"),
        ("Sales rose 1.1% in the three months to March.", "rose 1.1%", "on the quarter"),
        # an end point is no base: "in the four weeks to March 30"
        ("Its sales rose 4% in the four weeks to March 30.", "rose 4%", ""),
    ],
)
def test_a_change_names_its_base(text: str, quote: str, basis: str) -> None:
    happened = _happened(text)[quote]
    assert (
        happened.endswith(basis)
        if basis
        else not happened.endswith(("on the month", "on the year", "on the quarter"))
    )


def test_two_outlets_monthly_changes_are_compared_and_not_with_the_annual_one() -> None:
    monthly = "April 19 (Economy Wire) - Retail sales rose 0.4% in March from February."
    other = "Retail sales rose 0.7% in March compared with February, the bureau said."
    annual = "Retail sales rose 0.7% in March from a year earlier, the bureau said."
    assert pairs(check_story(dated((monthly, "2024-04-19"), (other, "2024-04-19")))) == [
        ("rose 0.4%", "rose 0.7%")
    ]
    assert pairs(check_story(dated((monthly, "2024-04-19"), (annual, "2024-04-19")))) == []


def test_a_wire_dateline_dates_no_figure() -> None:
    document = Document(
        doc_id="d",
        text="April 19 (Economy Wire) - Retail sales rose 0.4% in March from February.",
        published=dt.date(2024, 4, 19),
    )
    (change,) = [c for c in extract_claims(document) if c.kind == "percent"]
    assert change.as_of == "2024-03"
