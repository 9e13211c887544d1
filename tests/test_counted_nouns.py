"""What a figure counts: the noun phrase after it (checker/extract/entities.py).

Sentences written by the developers in the shape of crime and business copy; the classes
(an event noun modifying a plural, an irregular past verb after the noun) were found on
GVA pages and are measured by benchmarks/counted_noun.py, never copied here.
"""

from __future__ import annotations

import datetime as dt

import pytest

from checker.extract.claims import extract_claims
from checker.model import Document

# (sentence, quote of the figure, counted noun as written)
COUNTED_NOUNS = [
    # an event word before a plural noun modifies it
    ("He faces two murder charges in the case.", "two murder charges", "murder charges"),
    ("Detectives found 14 shooting victims at the scene.", "14 shooting", "shooting victims"),
    ("The judge gave him 3 life sentences.", "3 life sentences", "life sentences"),
    ("Officers spoke to four homicide suspects.", "four homicide suspects", "homicide suspects"),
    # an irregular past verb ends the phrase
    ("One guard saw the gunman and called police.", "One guard", "guard"),
    ("A second suspect fled on foot; one officer struck a wall.", "one officer", "officer"),
    ("One caller heard shots near the school.", "One caller", "caller"),
    # unchanged: a participle or an event word after the noun starts the predicate
    ("Five people killed in the attack were students.", "Five people", "people"),
    ("Two victims shot in the leg were released.", "Two victims", "victims"),
]


@pytest.mark.parametrize(("text", "quote", "noun"), COUNTED_NOUNS)
def test_counted_noun(text: str, quote: str, noun: str) -> None:
    claims = extract_claims(Document(doc_id="x", text=text, published=dt.date(2016, 5, 2)))
    found = [c for c in claims if c.quote.startswith(quote.split()[0])]
    assert found, [c.quote for c in claims]
    assert found[0].unit == noun
