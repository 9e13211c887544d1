"""A currency symbol that several currencies share ("K", "Rs") is read as the currency its
document names (checker.extract.shared_symbols): by its country, its name or a last word
of its name that no other currency has; a document that names none keeps the reading
every document had before."""

from __future__ import annotations

import pytest

from checker.extract.claims import extract_claims
from checker.model import Document


def _money(text: str) -> list[tuple[str, str]]:
    claims = extract_claims(Document(doc_id="d", text=text))
    return [(c.quote, c.unit) for c in claims if c.kind == "amount"]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The strike at the mine in Papua New Guinea cost K175 million.", "papua new guinean kina"),
        (
            "The mine's owner said the kina fell; the strike cost K175 million.",
            "papua new guinean kina",
        ),
        ("In Lusaka, Zambia, the council spent K40 million on roads.", "zambian kwacha"),
        ("Yangon traders in Myanmar paid K40 million for the licence.", "myanmar kyat"),
        ("The strike cost K175 million, the company said.", "zambian kwacha"),
        ("Police in Karachi, Pakistan, seized Rs 40 million in cash.", "pakistani rupee"),
        ("Port Louis, Mauritius: Rs 40 million was seized, police said.", "mauritian rupee"),
        ("Mumbai, India: the bank lost Rs 500 crore, police said.", "indian rupee"),
        ("The bank lost Rs 500 crore, police said.", "indian rupee"),
    ],
)
def test_a_shared_symbol_is_the_currency_its_document_names(text: str, unit: str) -> None:
    [(quote, read)] = _money(text)
    assert read == unit, quote


def test_the_currency_named_most_often_wins_and_a_tie_keeps_the_reading() -> None:
    india = "India's ministry said Rs 500 crore was lost; India blamed traders from Pakistan."
    assert _money(india)[0][1] == "indian rupee"
    pakistan = "Pakistan said Rs 40 million was seized; Pakistan blamed India."
    assert _money(pakistan)[0][1] == "pakistani rupee"
    tie = "K40 million was spent in Zambia and in Papua New Guinea."
    assert _money(tie)[0][1] == "zambian kwacha"


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        (
            "The Peruvian exporter's owners will get 12.40 soles per share.",
            "peruvian sol per share",
        ),
        ("In Lima, Peru, the fine was 640,000 soles.", "peruvian sol"),
        ("Brazil's regulator fined the bank 5 million real.", "brazilian real"),
        ("South Korea's court ordered it to pay 1.2 trillion won.", "south korean won"),
        ("Romania's ministry set aside 300 million leu.", "romanian leu"),
    ],
)
def test_a_currency_named_by_a_common_word_is_read_where_its_country_is_named(
    text: str, unit: str
) -> None:
    """ "soles", "real", "won" are English words the catalogue leaves out; after a number
    written as money is, in a document that names the currency's country or the currency,
    they are that currency (checker.extract.shared_symbols.common_word_currency)."""
    [(quote, read)] = _money(text)
    assert read == unit, quote


def test_a_common_word_is_no_currency_without_its_country_or_as_money() -> None:
    """No country named: the soles of shoes; an age before "won" is no money."""
    assert _money("The shoe maker sold 640,000 soles last year.") == []
    assert _money("In South Korea, Kim, 25, won the title.") == [("25", "year of age")]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # symbols a country's press prints that CLDR gives no currency or another one
        (
            "The strike cost Manila businesses P700 million, or about ₱0.7 billion.",
            "philippine peso",
        ),
        ("The Philippine chamber put losses at P2.4 billion.", "philippine peso"),
        ("In Gaborone the stones were valued at P96 million.", "botswanan pula"),
        ("The N285 billion deal was approved by Nigerian regulators.", "nigerian naira"),
        ("The county lost Sh5 billion in the scandal, Kenya's auditor said.", "kenyan shilling"),
        ("Uganda's ministry lost Sh5 billion to the fraud.", "ugandan shilling"),
        ("Exports earned Tk 2,000 crore last year.", "bangladeshi taka"),
        ("The new terminal cost GH¢20 million.", "ghanaian cedi"),
        ("The tower cost Dh5 million to build.", "united arab emirates dirham"),
        ("The Saudi firm paid SR2 billion for the stake.", "saudi riyal"),
    ],
)
def test_press_symbols_are_read_as_their_countrys_currency(text: str, unit: str) -> None:
    """The Philippine press writes "P700 million" for pesos (CLDR's "P" is the pula), the
    Nigerian "N285 billion" for naira; a symbol shared so is read by the country's
    adjective ("Philippine", "Saudi") or the currency's own sign ("₱") in the document."""
    read = {u for quote, u in _money(text) if not quote.startswith("about ₱")}
    assert read == {unit}, text


def test_a_press_letter_is_money_only_before_an_amount_written_as_money() -> None:
    assert _money("He lives at N5 Road; take exit P3 for parking.") == []
