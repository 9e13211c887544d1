"""Votes told by a chamber's members, a measure's own tally, prices told after "for" and
dates of things set up (checker/extract/entities.py counted_class, checker/extract/tallies.py,
checker/events/shares.py, checker/events/prices.py, checker/extract/event_dates.py).
Invented sentences."""

from __future__ import annotations

from checker.events.kinds import money_kind
from checker.events.shares import ballot_side
from checker.extract.unit_catalogue import currency_units
from checker.pipeline import check_story
from tests.test_events import pairs, story

TALLY = (
    "The Assembly approved a constitutional amendment on Thursday allowing a third term. "
    "The amendment passed with 118 votes in favour, 41 against and 6 abstentions."
)


def test_a_chambers_members_who_voted_are_its_votes_not_a_sheriffs_deputies() -> None:
    """ "127 deputies voted in favour" counts a parliament's deputies, the tally's votes for;
    "deputies" alone still counts police officers where nobody votes."""
    members = "After a six-hour session, 127 deputies voted in favour of the amendment."
    result = check_story(story(TALLY, members))
    assert pairs(result) == [("118", "127 deputies")]
    (claim,) = [c for c in result.claims if c.quote == "127 deputies"]
    assert claim.measure.entity == "deputies"
    finding = next(f for f in result.findings if f.pairs)
    assert "police officers" not in finding.explanation
    assert "different scope" not in finding.explanation
    shot = check_story(story("Two deputies were shot on Friday.", "Two officers were shot."))
    assert {c.measure.entity for c in shot.claims if c.kind == "count"} == {"police officers"}


def test_an_amendment_is_a_step_of_a_bill_unless_it_is_a_constitutional_amendment() -> None:
    """A tally of "the amendment" is a step of a bill (compared only with steps), but in an
    article about a constitutional amendment the amendment is the measure voted on."""
    members = "After a six-hour session, 127 deputies voted in favour of the amendment."
    step = (
        "The House approved the spending bill on Thursday. Earlier the amendment passed "
        "with 118 votes in favour, 41 against and 6 abstentions."
    )
    assert pairs(check_story(story(step, members))) == []
    assert pairs(check_story(story(TALLY, members))) == [("118", "127 deputies")]


def test_a_share_of_the_vote_takes_no_side_from_another_clause() -> None:
    """ "approved by 62 percent of voters nationwide, but the north voted against it": the
    62 percent are the yes side; the clause after ", but" tells another side of its own."""
    first = check_story(
        story(
            "The constitution was approved by 62 percent of voters nationwide, "
            "but the north voted against it."
        )
    )
    (share,) = [c for c in first.claims if c.kind == "percent"]
    assert ballot_side(share) == "yes"
    second = check_story(
        story("The bill won the support of 71.5 percent of the deputies, while 41 voted against.")
    )
    (share,) = [c for c in second.claims if c.kind == "percent"]
    assert ballot_side(share) == ""


def test_votes_a_measure_passed_with_are_its_votes_for() -> None:
    """ "Congress approves parity law with 91 votes" is the yes count of the vote others
    tell as "passed the bill with 78 votes"; a side after the count is a tally's."""
    headline = "Congress approves parity law with 91 votes"
    other = "The chamber passed the bill with 78 votes on Thursday, after a long debate."
    assert pairs(check_story(story(headline, other))) == [("78 votes", "91 votes")]
    poll = "A poll of 900 voters found the law would pass with 78 votes to spare."
    assert pairs(check_story(story(headline, poll))) == []


def test_an_amount_after_for_is_the_price_of_what_a_verb_of_buying_took() -> None:
    """The object of "buy" may be long: the amount after "for" is still the deal's value."""
    long_object = (
        "Maison Delorme has agreed to buy a 76 per cent stake in Fonuaika Vanilla Company, "
        "Tonga's largest vanilla exporter, for 18.5 million dollars, the companies said."
    )
    other = "Maison Delorme's offer of 28 million dollars for the stake was announced on Monday."
    result = check_story(story(long_object, other))
    amounts = {c.quote: money_kind(c) for c in result.claims if c.kind == "amount"}
    assert amounts["18.5 million dollars"] == "deal value"
    assert pairs(result) == [("18.5 million dollars", "28 million dollars")]
    retail = check_story(story("The new laptop will retail for $2,799 in the United States."))
    assert [money_kind(c) for c in retail.claims if c.kind == "amount"] == [""]


def test_currency_names_are_read_without_their_accents() -> None:
    """The press writes "pa'anga" and "cordobas" for CLDR's "paʻanga" and "córdobas"."""
    result = check_story(story("The firm paid 28 million pa'anga and 400 cordobas."))
    units = {c.quote: c.unit for c in result.claims if c.kind == "amount"}
    assert units["28 million pa'anga"] in currency_units()
    assert units["400 cordobas"] in currency_units()
    colon = check_story(story("He was treated for stage 4 colon cancer."))
    assert all(c.unit not in currency_units() for c in colon.claims)


def test_the_year_a_thing_was_set_up_is_one_fact_of_it() -> None:
    """ "The camp was set up in 2011" and "The camp, which the prophet set up in 1998"
    cannot both hold; a pronoun's "It was built in 1978" names no thing."""
    first = "The camp was set up in 2011, when the prophet bought land near the village."
    second = "The camp, which the prophet set up in 1998 on land given by a chief, grew."
    assert pairs(check_story(story(first, second))) == [("1998", "2011")]
    pronoun = "It was built in 1978, the council said."
    dam = "The dam was built in 1981."
    assert pairs(check_story(story(pronoun, dam))) == []


def test_what_a_strike_cost_is_a_loss_and_what_a_recall_costs_is_spent() -> None:
    """ "The strike cost the operator US$19 million" is the revenue it lost, the measure of
    "US$45 million in lost revenue"; a recall is the company's own doing, its cost spent."""
    strike = "The 23-day strike at the Kumbari mine cost the operator US$19 million, it said."
    lost = "The company put its losses from the strike at about US$45 million."
    result = check_story(story(strike, lost))
    kinds = {c.quote: money_kind(c) for c in result.claims if c.kind == "amount"}
    assert kinds["US$19 million"] == "loss"
    assert pairs(result) == [("US$19 million", "about US$45 million")]
    recall = check_story(story("The recall of sliced cheese will cost the company EUR 11 million."))
    assert [money_kind(c) for c in recall.claims if c.kind == "amount"] == ["cost"]


def test_votes_a_measure_passed_with_meet_a_tally() -> None:
    """ "approves parity law with 91 votes" (an amount of votes) and a tally's "passed the
    bill 78-41" (two counts) are one vote's votes for; a tally that agrees is no rival."""
    headline = "Congress approves parity law with 91 votes"
    tally = "The chamber passed the bill 78-41 on Thursday."
    assert pairs(check_story(story(headline, tally))) == [("78", "91 votes")]
    agrees = "The bill passed with 91 votes in favour and 41 against on Thursday."
    assert pairs(check_story(story(headline, agrees))) == []
