"""Amounts of money are compared only between the same parties (checker/events/parties.py).

Each example is written for a class of cases (two deals, budgets or fines of different
parties in one story; one party named by its full name and its initials); none copies a
corpus sentence.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from checker.events.parties import last_surname, parties_compatible, parties_of
from checker.extract.claims import extract_claims
from checker.model import Document
from checker.pipeline import check_story
from checker.review.draft import review_draft
from tests.test_events import pairs, story


def _amount_parties(sentence: str) -> frozenset[str]:
    result = check_story(story(sentence))
    (claim,) = [c for c in result.claims if c.kind == "amount"]
    return parties_of(claim)


@pytest.mark.parametrize(
    ("sentence", "parties"),
    [
        ("Acme Corp. agreed to buy Zenith Labs for $4.2 billion.", {"acme", "zenith labs"}),
        # a title splits a run of capitalised words; the source is not a party
        (
            "Acme Chief Executive Jane Roe said Acme would pay $4.2 billion, Reuters reported.",
            {"acme", "jane roe"},
        ),
        # days, months and a sentence's first word are not parties
        ("On Tuesday the council approved a $3 million budget.", set()),
        # the parties of the amount's own clause: not those past a semicolon
        ("The city paid $2 million; Acme paid nothing.", set()),
        # a noun of results that opens a sentence is no party ("Net profit", "Revenue")
        ("The firm reported on Thursday. Net profit came in at $57 million.", set()),
        ("The firm reported on Thursday. Revenue at Acme rose to $412 million.", {"acme"}),
    ],
)
def test_parties_of_an_amount(sentence: str, parties: set[str]) -> None:
    assert _amount_parties(sentence) == frozenset(parties)


@pytest.mark.parametrize(
    ("a", "b", "compatible"),
    [
        ({"hewlett-packard", "electronic data systems"}, {"hp", "eds"}, True),  # initials
        ({"acme"}, {"acme", "zenith labs"}, True),  # one party in common
        ({"acme"}, set(), True),  # one names none: the story's deal
        ({"acme", "zenith labs"}, {"orbit systems"}, False),  # another deal
        # a company told short by its own first word, as headlines and second mentions do
        ({"harborline"}, {"harborline shipping", "port authority"}, True),
        ({"harborline shipping"}, {"harborline"}, True),
        # not a word of the name's middle, nor across a joiner
        ({"shipping"}, {"harborline shipping lines"}, False),
        ({"bank"}, {"bank of avalon"}, False),
    ],
)
def test_parties_compatible(a: set[str], b: set[str], compatible: bool) -> None:
    assert parties_compatible(frozenset(a), frozenset(b)) is compatible


def test_two_deals_of_other_parties_are_not_compared() -> None:
    result = check_story(
        story(
            "Acme agreed to buy Zenith Labs in a deal worth $4.2 billion.",
            "Orbit Systems agreed to buy Polar Foods in a deal worth $4.0 billion.",
        )
    )
    assert pairs(result) == []
    # the report says why the two were left alone, naming both sets of parties
    (finding,) = result.findings
    assert "(acme, zenith labs)" in finding.explanation
    assert "(orbit, polar)" in finding.explanation  # "Systems", "Foods": trade words
    assert "name other parties" in finding.explanation


def test_one_deal_priced_apart_under_full_name_and_initials_is_flagged() -> None:
    result = check_story(
        story(
            "Northern Data Systems agreed to a deal worth $4.2 billion with Acme.",
            "NDS agreed to a deal worth $3.1 billion with Acme.",
        )
    )
    assert pairs(result) == [("$3.1 billion", "$4.2 billion")]


def test_a_draft_amount_of_another_deal_is_unsourced_not_contradicted(tmp_path: Path) -> None:
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "a.txt").write_text(
        "Acme agreed to buy Zenith Labs in a deal worth $4.2 billion.\n", encoding="utf-8"
    )
    draft = tmp_path / "draft.txt"
    draft.write_text(
        "Orbit Systems agreed to buy Polar Foods in a deal worth $1.1 billion.\n", encoding="utf-8"
    )
    review = review_draft(str(draft), [str(sources)], published=dt.date(2020, 5, 1))
    assert [c.verdict for c in review.claims if c.claim.kind == "amount"] == ["unsourced"]
    draft.write_text(
        "Acme agreed to buy Zenith Labs in a deal worth $1.1 billion.\n", encoding="utf-8"
    )
    review = review_draft(str(draft), [str(sources)], published=dt.date(2020, 5, 1))
    assert [c.verdict for c in review.claims if c.claim.kind == "amount"] == ["contradicted"]


def test_a_scope_no_word_names_is_said_to_be_unnamed_in_the_explanation() -> None:
    # the headline's bare amount has no noun; the other's is a "deal": the explanation
    # names both scopes, the missing one as such, never an empty word ("deal vs .")
    result = check_story(
        story(
            "Acme to buy Zenith Labs for $4.2 billion\n\nAcme agreed to buy Zenith Labs.",
            "Acme agreed to buy Zenith Labs in a $3.1 billion deal.",
        )
    )
    assert pairs(result) == [("$3.1 billion deal", "$4.2 billion")]
    (finding,) = [f for f in result.findings if f.verdict == "discrepancy"]
    assert "different scope: deal vs not named" in finding.explanation
    assert " vs ." not in finding.explanation


def test_an_article_that_states_the_other_amount_anywhere_does_not_disagree_with_it() -> None:
    # two versions of one product priced apart: the words tie each outlet's price to the
    # measure differently, but each article states both numbers
    one = (
        "Orbit unveiled a new tablet that will cost $199 for the small model. "
        "The large version will sell for $299."
    )
    other = "Orbit said its new tablet will sell for $199, with a large model priced at $299."
    assert pairs(check_story(story(one, other))) == []
    # an outlet that gives only one price still disagrees with one that gives another
    lone = "Orbit unveiled a new tablet that will cost $249."
    assert pairs(check_story(story(one, lone))) == [("$199", "$249")]


def test_a_fine_of_a_company_told_short_in_a_headline_meets_the_full_name() -> None:
    result = check_story(
        story(
            "Charter airline Kestrel Air has been fined $3.1 million by the aviation"
            " regulator for unsafe flights.",
            "Kestrel to contest $1.3m fine over unsafe flights",
        )
    )
    assert pairs(result) == [("$1.3m fine", "$3.1 million")]
    # control: another company's fine in the same story is not compared
    other = check_story(
        story(
            "Charter airline Kestrel Air has been fined $3.1 million by the aviation"
            " regulator for unsafe flights.",
            "Bayside Jets to contest $1.3m fine over unsafe flights",
        )
    )
    assert pairs(other) == []


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        # a preposition of place: where, not who
        ("The Green Alliance's landslide in Marova, where it ", "alliance"),
        # a country is a place, and a name alone in brackets (a dateline's agency, a name's
        # initials) is no one new
        ("MARLOW (WNA) - A Singapore fund manager who ran a fake fund was ", ""),
        ("The United Reform Party (URP) ", "reform"),
        # controls: a person named before the verb
        ("Mayor Ana Lopez ", "lopez"),
        ("Ana Lopez, campaigning across Ohio, ", "lopez"),
    ],
)
def test_the_last_name_before_a_verb_is_no_place(text: str, surname: str) -> None:
    assert last_surname(text, 0, len(text)) == surname


@pytest.mark.parametrize("amount", ["US$4.20 a share", "EC$378 million", "HK$3.2 billion"])
def test_a_currency_s_letters_before_its_sign_are_no_party(amount: str) -> None:
    """ "Verlaine is offering US$4.20 a share for Cane Ridge": the parties are Verlaine and
    Cane Ridge; "US", "EC" and "HK" name the currency (they had been read as parties, and a
    deal told in US$ by one outlet and EC$ by another named different parties)."""
    text = f"Verlaine is offering {amount} for Cane Ridge."
    (claim,) = [c for c in extract_claims(Document(doc_id="d", text=text)) if c.kind == "amount"]
    assert parties_of(claim) == {"verlaine", "cane ridge"}


@pytest.mark.parametrize(
    ("sentence", "parties"),
    [
        # the code an amount is written in, in its quote or before its conversion
        (
            "The damage at Lindqvist Timber was put at SEK 480 million on Monday.",
            {"lindqvist timber"},
        ),
        ("Kauri Mills was bought by Orbis for AUD 88 million.", {"orbis", "kauri mills"}),
        (
            "Orbis paid NZD 95 million, about AUD 88 million, for Kauri Mills.",
            {"orbis", "kauri mills"},
        ),
        ("The ministry's estimate, MKD 750 million, was presented on Thursday.", set()),
        # a letter symbol written apart from its number is the currency's too
        ("Harambee Mills put the loss at KSh 4.2 billion on Monday.", {"harambee mills"}),
        ("Andes Pesca paid 40 million Birr for the boats.", {"andes pesca"}),
        # a name in the quote after its number stays a party ("15-year-old Ana Vargas")
        ("Police said 15-year-old Antonio Vargas was hit.", {"antonio vargas"}),
        # capitals that are no ISO 4217 code stay a party, a number after them or not
        ("Skyline will pay ACME 450 million euros for the jets.", {"skyline", "acme"}),
    ],
)
def test_an_iso_code_before_an_amount_is_no_party(sentence: str, parties: set[str]) -> None:
    """ "The ministry's estimate of the damage, MKD 750 million": MKD is the currency, not a
    party (it had been one, so the amount met no other outlet's damage in denars, whose
    clause named other parties); so are a figure's own letters before its number ("KSh")."""
    claims = extract_claims(Document(doc_id="d", text=sentence))
    claim = next(c for c in claims if c.kind == "amount")
    assert parties_of(claim) == frozenset(parties)


@pytest.mark.parametrize(
    ("sentence", "parties"),
    [
        ("The French drinks group is offering EC$4.80 per share for Cane Ridge.", {"cane ridge"}),
        ("The German carmaker agreed to pay $4.2 billion for Volvo.", {"volvo"}),
        ("British Airways will pay $1 billion for Iberia.", {"british airways", "iberia"}),
    ],
)
def test_a_nation_s_word_alone_is_no_party(sentence: str, parties: set[str]) -> None:
    """ "The French drinks group" names no party (one outlet's "the French group" and
    another's "Verlaine" had named two buyers, and their prices were never compared); a
    name that holds the word ("British Airways") is one."""
    (claim,) = [
        c for c in extract_claims(Document(doc_id="d", text=sentence)) if c.kind == "amount"
    ]
    assert parties_of(claim) == parties
