"""What an amount, a percentage or an area is, when the noun beside it does not say
(checker.events.kinds): a fee, a price per share, the market's price per share, a premium, a
turnout, an area burned. Invented stories of a takeover, an election and a wildfire."""

from __future__ import annotations

import dataclasses

import pytest

from checker.events.kinds import MARKET_PRICE, SHARE_PRICE, money_kind, percent_kind
from checker.events.money import is_money
from checker.extract.unit_catalogue import catalogue, currency_units
from checker.model import InputStatus, Story
from checker.pipeline import check_story
from checker.vocab import load_data
from tests.test_events import pairs, story, undated_story
from tests.test_reconcile import story as dated


def kinds(*texts: str) -> dict[str, str]:
    result = check_story(story(*texts))
    return {c.quote: money_kind(c) for c in result.claims if c.kind == "amount"}


def test_a_break_up_fee_is_a_fee_and_pay_alone_is_no_salary() -> None:
    found = kinds(
        "Acme will pay a break-up fee of $1.2 billion if regulators block the deal.",
        "The breakup fee is $1.5 billion, the companies said.",
        "The chief executive was paid a salary of $2 million last year.",
        "Acme will pay $3 billion for the unit.",
    )
    assert found["$1.2 billion"] == found["$1.5 billion"] == "fee"
    assert found["$2 million"] == "salary"  # control: a salary is still a salary
    assert found["$3 billion"] != "salary"  # who pays says nothing of what is paid
    result = check_story(
        story(
            "Acme will pay a break-up fee of $1.2 billion if regulators block the deal.",
            "The breakup fee is $1.5 billion, the companies said.",
        )
    )
    assert pairs(result) == [("$1.2 billion", "$1.5 billion")]


def test_an_amount_per_share_is_the_deals_price_unless_the_market_set_it() -> None:
    found = kinds(
        "Acme agreed to buy Bolt for $42 billion in cash, or $25 a share.",
        "Bolt shareholders will get $26 a share in the takeover.",
        "Bolt shares closed at $19.23 a share on Friday.",
    )
    assert found["$25 a share"] == found["$26 a share"] == SHARE_PRICE
    assert found["$19.23 a share"] == MARKET_PRICE
    result = check_story(
        story(
            "Acme agreed to buy Bolt for $42 billion in cash, or $25 a share.",
            "Bolt shareholders will get $26 a share in the takeover. Bolt shares closed at"
            " $19.23 a share on Friday.",
        )
    )
    # the two outlets' prices per share disagree; the market's price is another measure
    assert pairs(result) == [("$25 a share", "$26 a share")]


def test_a_percentage_is_aligned_by_what_it_is_a_share_of() -> None:
    # two outlets price the same takeover's premium apart; a premium is no stake, and a
    # percentage that says nothing of what it is stays alone
    result = check_story(
        story(
            "Acme will pay $42 billion, a premium of 30 percent to Bolt's closing price.",
            "The offer is a 28 percent premium. Acme already owns a 28 percent stake in Bolt.",
        )
    )
    assert pairs(result) == [("28 percent premium", "30 percent")]
    turnout = check_story(
        story(
            "The election commission said turnout was almost 90%.",
            "Officials said turnout reached 93.87 percent.",
            "Shares rose 5 percent on the news.",
        )
    )
    assert pairs(turnout) == [("93.87 percent", "almost 90%")]


def test_an_area_is_aligned_by_what_happened_to_it() -> None:
    # outlets give a fire's burned area apart on the same day; a farm's size is no area burned
    result = check_story(
        story(
            "The wildfire has burned 85,000 acres, officials said on Saturday.",
            "The blaze has scorched 92,000 acres, officials said on Saturday. The farm it"
            " reached covers 300 acres.",
        )
    )
    assert pairs(result) == [("85,000 acres", "92,000 acres")]


def test_a_word_of_a_name_says_nothing_of_what_money_is() -> None:
    # "the Internal Revenue Service" names an agency: the cut is a cut, not revenue; a
    # headline in title case still reads its words
    found = kinds(
        "Republicans said the bill cuts $20 billion from the Internal Revenue Service.",
        "The bill trims $10 billion from the IRS, according to Democrats.",
        "Congress Passes $1.2 Trillion Spending Bill",
    )
    assert found["$20 billion"] == found["$10 billion"] == "cuts"
    assert found["$1.2 Trillion Spending Bill"] == "budget"


def test_the_size_of_a_bill_is_a_budget_but_a_banknote_is_not() -> None:
    found = kinds(
        "Congress moves to avoid a shutdown with a $1.3 trillion bill.",
        "The House passed the $1.2 trillion measure on Friday.",
        "He paid with a counterfeit $20 bill.",
    )
    assert found["$1.3 trillion bill"] == found["$1.2 trillion measure"] == "budget"
    assert found["$20 bill"] != "budget"  # control


def test_a_change_of_profit_in_percent_and_the_level_it_reached_align_across_outlets() -> None:
    result = check_story(
        story(
            "Acme said quarterly profit fell 35 percent to $1.2 billion.",
            "Net income for the three months dropped 31% to $1.3 billion, Acme said.",
            "Acme shares fell 6 percent on the news.",
        )
    )
    assert pairs(result) == [("$1.2 billion", "$1.3 billion"), ("dropped 31%", "fell 35 percent")]


def test_costs_cut_and_savings_are_one_kind() -> None:
    found = kinds(
        "The company said the restructuring would cut annual costs by $1 billion.",
        "The layoffs are expected to save about $900 million.",
        "The plant cost $2 billion to build.",
    )
    assert found["cut annual costs by $1 billion"] == found["about $900 million"] == "cuts"
    assert found["$2 billion"] == "cost to build"  # control: a cost that is no cut


def test_bribes_and_restitution_are_kinds_of_their_own() -> None:
    result = check_story(
        story(
            "The judge sentenced the former mayor for taking $1.2 million in bribes and ordered"
            " $500,000 in restitution.",
            "The former mayor accepted $1.4 million in kickbacks; he must forfeit $500,000.",
        )
    )
    found = {c.quote: money_kind(c) for c in result.claims if c.kind == "amount"}
    assert found["$1.2 million"] == found["$1.4 million"] == "bribes"
    assert {found[q] for q in ("$500,000",)} == {"restitution"}
    assert pairs(result) == [("$1.2 million", "$1.4 million")]  # restitution agrees


def test_a_fires_containment_is_a_percentage_of_its_own() -> None:
    result = check_story(
        story(
            "Wildfire Destroys 1,200 Homes. The fire was 25 percent contained on Saturday.",
            "The blaze has destroyed 2,000 homes and was 30 percent contained on Saturday.",
            "About 40 percent of the county's residents have been evacuated.",
        )
    )
    # the homes a headline says a fire destroys, and the containment, are compared; a share
    # of residents is no containment
    assert pairs(result) == [
        ("1,200 Homes", "2,000 homes"),
        ("25 percent contained", "30 percent contained"),
    ]


def test_a_period_result_is_the_same_whenever_it_is_reported() -> None:
    """A quarter's profit, revenue or loss, and a fine, do not change after the event: one
    outlet dating it by the quarter and another by its own day still disagree. A deal's
    value can be raised, so an offer of another day is not compared."""
    result = check_story(
        story(
            "Acme said net income rose 18% to $4.2 billion in the third quarter.",
            "Acme's profit reached $4.5 billion, the company said on Thursday.",
        )
    )
    assert pairs(result) == [("$4.2 billion", "$4.5 billion")]
    control = check_story(
        story(
            "Acme offered $4.2 billion for Bolt in May.",
            "Acme's offer for Bolt reached $4.5 billion, the company said on Thursday.",
        )
    )
    assert pairs(control) == []


def test_a_change_told_by_its_verb_is_of_the_verbs_subject() -> None:
    result = check_story(
        story(
            "Acme profit jumps 18% as cloud sales climb",
            "Acme said quarterly profit rose 25 percent.",
        )
    )
    assert pairs(result) == [("jumps 18%", "rose 25 percent")]
    # control: a change written as a noun is of what follows it
    control = check_story(
        story("Acme posted an 18% rise in sales.", "Acme said quarterly profit rose 25 percent.")
    )
    assert pairs(control) == []


def test_the_depth_of_a_quake_is_a_measure_of_its_own() -> None:
    """A length beside "depth", "deep" or "below the surface" is a depth; an aftershock's is
    another quake's, and a distance from a town is no depth (the control)."""
    result = check_story(
        story(
            "The quake struck at a depth of 10 kilometres, the survey said.",
            "The quake was 15 kilometres deep. A 4.4 aftershock followed at a depth of 2 kilometres.",
            "The epicentre was 60 kilometres east of the city.",
        )
    )
    assert pairs(result) == [("10 kilometres", "15 kilometres deep")]


def test_a_depth_ten_times_another_is_a_slip_not_a_part() -> None:
    """Counts more than 2.5 times apart are a part and its whole (severity.json); a depth
    has no parts, so one outlet's "12 miles" against "1.2 miles" is flagged. A toll as far
    apart is not (the control)."""
    result = check_story(
        story("The quake had a depth of 1.2 miles.", "The quake had a depth of 12 miles.")
    )
    assert pairs(result) == [("1.2 miles", "12 miles")]
    control = check_story(story("The quake killed 12 people.", "The quake killed 120 people."))
    assert pairs(control) == []


def test_hourly_earnings_are_wages_not_profit() -> None:
    """A jobs report's "average hourly earnings" are pay: their change is compared with
    "wages grew", never with a company's earnings (the control)."""
    result = check_story(
        story(
            "Average hourly earnings rose 5% from a year earlier.",
            "Wages grew 4.2 percent over the year.",
            "Acme said quarterly earnings rose 18%.",
        )
    )
    assert pairs(result) == [("grew 4.2 percent", "rose 5%")]


def test_a_reverse_fee_is_not_the_targets_fee() -> None:
    # the buyer's reverse termination fee is another amount than the target's break-up fee:
    # an article giving both still stands for its break-up fee
    found = kinds(
        "The deal has a $275 million breakup fee and a $410 million reverse termination fee."
    )
    assert found["$275 million breakup fee"] == "fee"
    assert found["$410 million reverse termination fee"] == "reverse fee"
    result = check_story(
        story(
            "The target would have to pay a termination fee of $240 million.",
            "The deal has a $275 million breakup fee and a $410 million reverse termination fee.",
        )
    )
    assert pairs(result) == [("$240 million", "$275 million breakup fee")]


def test_the_day_of_the_price_a_premium_is_measured_against_dates_nothing() -> None:
    # "a premium of 32% to the closing price on Friday": Friday is the base's day
    result = check_story(
        story(
            "Acme agreed on Monday to buy Bolt. The offer is a premium of 32% to Bolt's "
            "closing price on Friday.",
            "Acme agreed on Monday to buy Bolt, a premium of 24% to Friday's closing price.",
            date="2025-01-13",
        )
    )
    assert pairs(result) == [("24%", "32%")]
    # the day that opens the base's words ("to Friday's closing price") dates nothing either
    assert {c.quote: c.as_of for c in result.claims}["24%"] == "2025-01-13"
    # a day told of the figure itself still dates it
    dated = check_story(story("Bolt shares rose 29% on Friday.", date="2025-01-13"))
    assert dated.claims[0].as_of == "2025-01-10"
    # the base price named with its own amount: "closing share price of $47.00 on Friday"
    priced = check_story(
        story(
            "The price represents a premium of approximately 32% to Bolt's unaffected closing"
            " share price of $47.00 on Friday.",
            date="2025-01-13",
        )
    )
    assert {c.quote: c.as_of for c in priced.claims}["approximately 32%"] == "2025-01-13"
    # a name of several words before the price, a price in pence: the day is the base's, and
    # makes no figure of the sentence another event's
    pence = check_story(
        story(
            "Carrow agreed on Monday to buy Halden & Pryce. Carrow will pay 285p a share, a"
            " 32% premium to Halden & Pryce's closing price of 216p on Friday.",
            date="2025-06-09",
        )
    )
    assert {c.quote: c.event for c in pence.claims}["285p a share"] == "main event"


def test_a_company_named_with_and_without_its_trade_word_is_one_party() -> None:
    # "Carrow" and "Carrow Capital" (events.json parties suffixes): one buyer, one deal, so
    # its terms told a day apart are compared
    result = check_story(
        dated(
            ("Carrow will pay 285p a share in cash for Halden & Pryce.", "2025-06-09"),
            (
                "Carrow Capital's agreed bid of 258p a share in cash for Halden & Pryce was"
                " welcomed.",
                "2025-06-10",
            ),
        )
    )
    assert pairs(result) == [("258p a share", "285p a share")]


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        # two outlets' sustained winds disagree; a gust of 130 mph is another measure
        (
            "The hurricane came ashore on Tuesday with maximum sustained winds of 120 mph.",
            "The storm made landfall on Tuesday with sustained winds of 105 mph and gusts of"
            " 130 mph.",
            [("105 mph", "120 mph")],
        ),
        # two outlets' spills disagree; the cargo is no amount spilled
        (
            "About 2,900 barrels of crude oil escaped from the tanker on Monday.",
            "The tanker spilled about 1,800 barrels of crude on Monday. It was carrying"
            " 700,000 barrels at the time.",
            [("About 2,900 barrels", "about 1,800 barrels")],
        ),
        # a conversion or what the amount is of stands between it and its verb
        (
            "About 300,000 litres (1,900 barrels) have leaked so far, the coast guard said.",
            "An estimated 500,000 litres, or about 3,100 barrels, of fuel oil had leaked"
            " from the tanker, the coast guard said. It was carrying 1.2 million litres.",
            [
                ("1,900 barrels", "about 3,100 barrels"),
                ("About 300,000 litres", "An estimated 500,000 litres"),
            ],
        ),
        # an extent is of the thing it measures: two outlets' lengths of coastline
        (
            "Oil has spread along 45 km of coastline, the coast guard said.",
            "Oil has fouled about 80 kilometers of coastline. Rescuers walked 12 km.",
            [("45 km", "about 80 kilometers")],
        ),
        # a distance from a place, its direction read past its conversion
        (
            "Bukit Lamo lies about 120 kilometres (75 miles) west of the provincial capital.",
            "The village is about 210 kilometres west of the provincial capital, Palu.",
            [("about 120 kilometres", "about 210 kilometres west")],
        ),
    ],
)
def test_physical_amounts_are_compared_by_what_they_are(
    first: str, second: str, expected: list[tuple[str, str]]
) -> None:
    assert pairs(check_story(story(first, second, date="2025-09-10"))) == expected


def test_an_expectation_of_a_figure_is_not_the_figure() -> None:
    # analysts' estimates beside the company's figure: only the company's are compared
    result = check_story(
        story(
            "Dorne Foods reported quarterly revenue of $6.24 billion. Revenue: $6.24 billion"
            " vs. $6.48 billion expected.",
            "Dorne Foods reported quarterly revenue of $6.42 billion, short of the $6.48"
            " billion analysts had expected.",
        )
    )
    assert pairs(result) == [("$6.24 billion", "$6.42 billion")]
    # control: "an estimated $3 billion" is the figure, only approximate
    result = check_story(
        story(
            "Dorne Foods agreed to buy Pell for an estimated $3 billion.",
            "Dorne Foods agreed to buy Pell for $4.5 billion.",
        )
    )
    assert pairs(result) == [("$4.5 billion", "an estimated $3 billion")]


def test_a_word_opening_a_sentence_that_names_a_kind_or_a_compound_names_no_party() -> None:
    # "Third-quarter sales" and "Sales at ..." open sentences: neither word is a company
    result = check_story(
        story(
            "Third-quarter sales declined to $6.42 billion.",
            "Sales at Dorne Foods fell to $6.24 billion in the third quarter.",
        )
    )
    assert pairs(result) == [("$6.24 billion", "$6.42 billion")]
    # control: two companies' revenues are still apart
    apart = check_story(
        story("Dorne Foods had revenue of $6.24 billion.", "Pell had revenue of $7 billion.")
    )
    assert pairs(apart) == []


def test_a_speed_travelled_is_apart_from_a_speed_limit_and_names_no_party() -> None:
    # "Investigators" opening a sentence names no party of a speed
    result = check_story(
        story(
            "Investigators believe the train had been travelling at around 70mph. The line"
            " has a speed limit of 75mph.",
            "The train was hurtling at 90mph when it left the tracks, the Clarion was told.",
        )
    )
    assert pairs(result) == [("90mph", "around 70mph")]


def test_the_radius_of_an_evacuation_is_a_length_of_its_own() -> None:
    result = check_story(
        story(
            "Residents within a one-mile radius of the plant were ordered to evacuate.",
            "The evacuation zone covered a two-mile radius around the plant.",
        )
    )
    assert pairs(result) == [("one-mile radius", "two-mile radius")]


def test_a_mass_seized_and_a_street_value_align_but_not_other_masses() -> None:
    # the drugs seized and their street value, told in other words; the cash and the port's
    # yearly freight are other amounts
    result = check_story(
        story(
            "Customs seized 7.2 tonnes of cocaine, with a street value of 540 million euros."
            " The port handles 1.1 million tonnes of fruit a year.",
            "A staggering 8.2 tonnes of cocaine was found in fruit boxes. The drugs would have"
            " fetched around 450 million euros on the street.",
        )
    )
    assert sorted(pairs(result)) == [
        ("540 million euros", "around 450 million euros"),
        ("7.2 tonnes", "8.2 tonnes"),
    ]


def test_a_change_in_percent_is_aligned_by_the_noun_it_changes() -> None:
    # "a 4.5% tuition hike", "a 5.4% increase in in-state tuition" and "raise tuition by" are
    # one measure; a change in the budget, or one no change word names, stays apart
    result = check_story(
        story(
            "Regents approve 4.5% tuition hike. The budget is up 2.8% from last year.",
            "The regents approved a 5.4% increase in in-state undergraduate tuition. Fees"
            " will go up 6%.",
        )
    )
    assert pairs(result) == [("4.5% tuition hike", "5.4% increase")]


def test_a_pay_rise_and_a_wage_increase_are_one_change_in_pay() -> None:
    # the noun a change word names is read through the names of change_subjects: pay,
    # wages and salaries are one thing; a change in fees stays apart
    result = check_story(
        story(
            "The agreement gives workers a 12 per cent pay rise from November.",
            "Workers will receive an 8 per cent wage increase from November. Fees will go up 6%.",
        )
    )
    assert pairs(result) == [("12 per cent pay rise", "8 per cent wage increase")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The gang escaped with R$ 12 million, investigators said.",
        "The robbers made off with R$ 12 million, investigators said.",
        "The gang got away with R$ 12 million, investigators said.",
    ],
)
def test_what_robbers_escape_with_is_an_amount_stolen(sentence: str) -> None:
    found = kinds(sentence, "The gang stole about 4 million reais from the two trucks.")
    assert found["R$ 12 million"] == found["about 4 million reais"] == "amount stolen"


def test_the_size_of_a_cut_is_no_budget_and_a_year_to_come_dates_no_event() -> None:
    # "cut the appropriation by $14 million" is a cut, not the budget's level; "the fiscal
    # year that begins July 1" is what the budget is for, not another event's day
    result = check_story(
        story(
            "The regents approved a $1.84 billion operating budget after the state"
            " cut the university's appropriation by $14 million.",
            "The Board of Regents adopted a $1.48 billion budget on Wednesday for the fiscal year that"
            " begins Aug. 1.",
        )
    )
    assert pairs(result) == [("$1.48 billion budget", "$1.84 billion operating budget")]


def test_an_earlier_bid_the_text_marks_as_earlier_is_not_the_deals_value_now() -> None:
    """A deal's value changes (offers are raised or cut): an amount its own words mark as an
    earlier state ("Dow's earlier bid, of $3.6 billion, was rejected") is history, not what
    the article says the deal is worth, and is not compared with another outlet's price. The
    same figure without the mark is compared."""
    deal = (
        "Dow to acquire Sandler in $4.5 billion deal\n\nDow Industries will acquire Sandler"
        " Chemicals in a deal valued at $4.5 billion, the companies said Monday.\n"
    )
    bid = (
        "Sandler accepts Dow bid\n\nSandler Chemicals on Monday accepted a $4.2 billion offer"
        " from Dow Industries. Dow's earlier bid, of $3.6 billion, was rejected.\n"
    )
    assert pairs(check_story(undated_story(deal, bid))) == []
    unmarked = bid.replace("earlier bid", "bid")
    assert pairs(check_story(undated_story(deal, unmarked))) == [
        ("$3.6 billion", "$4.5 billion deal")
    ]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The House passed a $1.2 trillion infrastructure bill.", "Lawmakers passed the"),
        (
            "The House of Representatives passed a $1.2 trillion infrastructure bill.",
            "Lawmakers passed the",
        ),
        ("The Senate passed a $1.2 trillion infrastructure bill.", "The House passed the"),
    ],
)
def test_the_chamber_that_votes_on_a_bill_is_not_a_party_to_its_money(
    first: str, second: str
) -> None:
    """Outlets name different chambers, or lawmakers, for one bill's vote: the bill's money
    is compared all the same (parties are whom money passes between, not who votes)."""
    result = check_story(
        story(
            "Bill passes\n\n" + first,
            "Bill passes\n\n" + second + " $1.5 trillion infrastructure bill.",
        )
    )
    assert len(pairs(result)) == 1


def test_a_share_of_the_workforce_is_compared_whatever_verb_tells_the_cut() -> None:
    """ "cut 1,800 jobs, or 6% of its workforce" and "is to cut 1,800 jobs, or 9% of its
    staff": one share, the cut's size, whether or not a change was read into it."""
    result = check_story(
        story(
            "Kestrel to cut jobs\n\nKestrel said it would cut about 1,800 jobs, or 6% of its"
            " workforce.",
            "Kestrel to axe jobs\n\nKestrel is to cut 1,800 jobs, or 9% of its staff, the group"
            " said.",
        )
    )
    assert pairs(result) == [("6%", "9%")]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The plan aims to cut the budget deficit to 4.3% of gross domestic product.", "deficit"),
        ("The couple paid an effective tax rate of 35.7 percent last year.", "tax rate"),
        ("The firm will shed 6% of its workforce.", "share of the workforce"),
    ],
)
def test_what_a_percentage_is_a_share_of(text: str, kind: str) -> None:
    result = check_story(story(text))
    (claim,) = [c for c in result.claims if c.kind == "percent"]
    assert percent_kind(claim) == kind


def test_a_currency_name_several_countries_share_is_money() -> None:
    """ "shilling" alone is Kenya's, Uganda's, Tanzania's or Somalia's: money all the same."""
    claims = check_story(story("Kenya unveils a 4.2 trillion shilling budget.")).claims
    (budget,) = [c for c in claims if c.value == "4200000000000"]
    assert budget.kind == "amount" and budget.unit == "shilling"


@pytest.mark.parametrize(
    ("sentence", "unit", "kind"),
    [
        ("The regulator fined the exchange 4.2 billion tenge on Tuesday.", "tenge", "fine"),
        ("Lima approved a budget of 240 billion Peruvian soles.", "sol", "budget"),
        ("Baku approved a budget of 240 million manat for roads.", "manat", "budget"),
        ("The miner agreed to pay a fine of 60 million kyat.", "kyat", "fine"),
        ("Tbilisi set aside 350 million lari in aid for the farmers.", "lari", "aid"),
    ],
)
def test_money_in_any_currency_of_the_catalogue_has_a_kind(
    sentence: str, unit: str, kind: str
) -> None:
    """Money is any currency the catalogue (CLDR) names, not only a hand list of the best
    known: a tenge fine is a fine, as a dollar fine is."""
    claims = check_story(story(sentence)).claims
    (amount,) = [c for c in claims if c.kind == "amount"]
    assert unit in amount.unit
    assert money_kind(amount) == kind


def test_every_currency_the_unit_layer_reads_is_money_and_no_weight_is() -> None:
    """is_money reads the catalogue the unit layer reads: every currency name it can give an
    amount is money (per something too), and a pound of weight or of force is not."""
    found = catalogue()
    names = {n.lower() for table in (found.words, found.signs, found.codes) for n in table.values()}
    currencies = names & currency_units()
    assert len(currencies) > 100
    assert all(is_money(name) and is_money(f"{name} per share") for name in currencies)
    assert not any(is_money(unit) for unit in ("pound-mass", "pound-force", "pound-foot", ""))


def test_an_offer_that_values_a_company_is_the_deal_value() -> None:
    """ "values the winery at about $310 million", in the present as "valued" and "valuing"."""
    claims = check_story(story("The Chilean group values the winery at about $310 million.")).claims
    (amount,) = [c for c in claims if c.kind == "amount"]
    assert money_kind(amount) == "deal value"


def test_government_expenditure_is_the_budget() -> None:
    """ "sets total government expenditure at LV$940 million" and "a record budget of
    LV$1.28 billion": what the government will spend is its budget."""
    result = check_story(
        story(
            "The finance minister set total government expenditure at $940 million.",
            "Parliament passed a record budget of $1.28 billion.",
        )
    )
    assert pairs(result) == [("$1.28 billion", "$940 million")]


def test_a_period_after_a_base_figure_is_the_bases() -> None:
    """ "to 4.3% of GDP from 5.1% this year": this year is the 5.1%'s, so the 4.3% target is
    compared with another outlet's 4.8 percent."""
    result = check_story(
        story(
            "Budget\n\nThe minister aims to cut the budget deficit to 4.3% of gross domestic"
            " product from 5.1% this year.",
            "Budget\n\nThe Treasury tabled the budget with a deficit target of 4.8 percent of GDP.",
        )
    )
    events = {c.quote: c.event for c in result.claims}
    assert events["4.3%"] == "main event" and events["5.1%"].startswith("period")
    assert ("4.3%", "4.8 percent") in pairs(result)


def test_money_paid_is_a_payment_and_a_players_price_a_deal() -> None:
    found = kinds(
        "Halvern Pharmaceuticals will pay $48 million and recall 1.8 million bottles.",
        "Newcastle sign winger Ferreira for £54m.",
        "Sporting confirmed the sale of Ferreira for €63 million.",
    )
    assert found["$48 million"] == "payment"
    assert found["£54m"] == found["€63 million"] == "deal value"


def test_one_settlement_told_by_two_outlets_is_compared() -> None:
    # "Drugmaker" opens the headline as its subject, it names no party; "Halvern Pharma"
    # and "Halvern Pharmaceuticals" are one company
    result = check_story(
        story(
            "Drugmaker to pay $48 million\n\nGeneric drugmaker Halvern Pharmaceuticals will"
            " pay $48 million and recall 1.8 million bottles, the Justice Department said.",
            "Halvern Pharma to pay $84 million\n\nHalvern Pharma has agreed to pay $84"
            " million, the Justice Department said.",
        )
    )
    assert ("$48 million", "$84 million") in pairs(result)
    # control: a payment between other parties is another payment
    result = check_story(
        story(
            "Halvern Pharmaceuticals will pay $48 million, the Justice Department said.",
            "Brandt Motors will pay $84 million to settle a separate case, regulators said.",
        )
    )
    assert pairs(result) == []


def test_the_size_of_a_group_its_owner_has_is_compared_across_days() -> None:
    # "the airline's 950 pilots": how many it has, which a day does not change
    result = check_story(
        story("The airline's 950 pilots walked out on Thursday.", date="2025-05-22"),
    )
    assert [c.quote for c in result.claims if c.kind == "count"] == ["950 pilots"]
    first = story("The airline's 950 pilots walked out on Thursday.", date="2025-05-22")
    second = story("The airline's 1,050 pilots rejected the offer.", date="2025-05-23")
    documents = (first.documents[0], dataclasses.replace(second.documents[0], doc_id="d1.txt"))
    both = Story("s", documents, tuple(InputStatus(d.doc_id, "s", "checked") for d in documents))
    assert pairs(check_story(both)) == [("1,050 pilots", "950 pilots")]
    # control: pilots with no owner and no event are not compared
    result = check_story(story("About 950 pilots came.", "Some 1,050 pilots came."))
    assert pairs(result) == []


def test_a_level_is_of_the_subject_of_its_verb_not_of_a_clause_after_it() -> None:
    found = kinds(
        "Corvane profit jumps 18% to $1.27 billion as data center sales surge.",
        "Corvane said its net income for the second quarter rose to $1.72 billion.",
        "Corvane said its net income for the quarter was $1.3 billion.",
    )
    assert found["$1.27 billion"] == found["$1.72 billion"] == found["$1.3 billion"] == "profit"


def test_a_change_is_of_the_subject_its_verb_follows() -> None:
    """ "Kenya's maize production fell 35%" and "maize output will drop by 45 per cent":
    one change of output; a company's share moves are its own, the place named beside them
    is its market, and a move told at a moment of trading or over a year is another."""
    result = check_story(
        story(
            "Kenya's maize production fell 35% this season.",
            "Thaba's shares closed down 7.4% in Johannesburg.",
            "The stock has fallen about 18% this year.",
            "Shares fell as much as 9% in early trading.",
            "Thaba shares were down 5% on Friday.",
        )
    )
    found = {c.quote: percent_kind(c) for c in result.claims if c.kind == "percent"}
    assert found == {
        "fell 35%": "change in output (this season)",
        "down 7.4%": "change in share price",
        "about 18%": "change in share price (this year)",
        "as much as 9%": "",
        "down 5%": "",  # a moment of the day's trading, or its close: not said
    }
    moves = check_story(
        story(
            "Thaba Resources shares slumped 4.7% on Friday, closing at R41.20.",
            "Thaba's shares closed down 7.4% in Johannesburg on Friday.",
        )
    )
    assert pairs(moves) == [("down 7.4%", "slumped 4.7%")]
    two_companies = check_story(
        story(
            "Aurelia shares closed 3% lower on Monday.", "Nordvik shares closed down 40% on Monday."
        )
    )
    assert pairs(two_companies) == []


def test_a_bare_currency_name_is_the_one_of_its_family_the_story_uses() -> None:
    """ "18.5 million pesos in cash" in a story whose other outlet writes "₱": one currency,
    so the two seizures are compared; a bare dollar stays the US dollar beside A$."""
    result = check_story(
        story(
            "Police seized ₱18.5 million in cash at the compound.",
            "Officers seized 15.8 million pesos in cash at the compound.",
        )
    )
    assert pairs(result) == [("15.8 million pesos", "₱18.5 million")]
    dollars = check_story(
        story(
            "Insured losses reached A$410 million, the council said.",
            "Insured losses reached $380 million, the council said.",
        )
    )
    assert pairs(dollars) == []


def test_money_seized_and_an_appeal_are_kinds_of_money() -> None:
    assert kinds(
        "Authorities also seized ₱18.5 million in cash.",
        "The FAO appealed for $38 million to fund control operations.",
    ) == {"₱18.5 million": "amount seized", "$38 million": "appeal"}


def test_compensation_is_compared_for_one_kind_of_recipient() -> None:
    """ "an ex gratia of Rs 2 lakh to the families of the dead" and "Rs 3 lakh" disagree;
    the injured's compensation is another payment."""
    dead = "The state will pay an ex gratia of Rs 2 lakh to the families of the dead."
    more = "The state announced an ex gratia of Rs 3 lakh to the families of the dead."
    injured = "The state announced an ex gratia of Rs 1 lakh to the injured."
    assert pairs(check_story(story(dead, more))) == [("Rs 2 lakh", "Rs 3 lakh")]
    assert pairs(check_story(story(dead, injured))) == []


def test_a_payment_to_the_families_of_the_dead_is_their_compensation() -> None:
    """ "a relief payment of Rs 2 lakh for every bereaved family" and "an ex gratia of Rs 5
    lakh for the family of each person killed" are one compensation told with two nouns; a
    payment or aid to no victims ("Rs 90 lakh in aid to farmers") stays what it is."""
    ex_gratia = (
        "The minister announced an ex gratia of Rs 5 lakh for the family of each person killed."
    )
    payment = "He announced a relief payment of Rs 2 lakh for every bereaved family."
    farmers = "The government gave Rs 9 lakh in aid to farmers."
    assert pairs(check_story(story(ex_gratia, payment))) == [("Rs 2 lakh", "Rs 5 lakh")]
    assert pairs(check_story(story(ex_gratia, farmers))) == []


def test_a_verb_of_losing_is_no_loss() -> None:
    """ "Hong Kong's Hang Seng lost 3.1%" and "Germany's DAX lost 2.6%" are two indices'
    moves, not two changes in a loss; "Net loss rose 15%" still is one."""
    result = check_story(
        story("Hong Kong's Hang Seng lost 3.1% on Tuesday.", "Germany's DAX lost 2.6% on Tuesday.")
    )
    assert {c.quote: percent_kind(c) for c in result.claims if c.kind == "percent"} == {
        "lost 3.1%": "",
        "lost 2.6%": "",
    }
    assert pairs(result) == []
    (loss,) = [c for c in check_story(story("Net loss rose 15%.")).claims if c.kind == "percent"]
    assert percent_kind(loss) == "change in loss"


def test_damage_in_money_is_one_kind_and_a_courts_damages_stay_a_fine() -> None:
    found = kinds(
        "The blaze caused an estimated $1 million in damage to the church.",
        "Fire officials said the damage is estimated at $1.6 million.",
        "A jury awarded the family $3 million in damages.",
    )
    assert found["an estimated $1 million"] == found["$1.6 million"] == "damage"
    assert found["$3 million"] == "fine"  # control: a court's damages
    result = check_story(
        story(
            "The blaze caused an estimated $1 million in damage to the church.",
            "Fire officials said the damage is estimated at $1.6 million.",
        )
    )
    assert pairs(result) == [("$1.6 million", "an estimated $1 million")]


def test_what_a_government_borrowed_is_one_kind_and_not_its_debt() -> None:
    found = kinds(
        "Public sector net borrowing was 20.2 billion pounds last month.",
        "The government borrowed £21.2bn in September.",
        "The national debt stood at £2.9 trillion.",
    )
    assert found["20.2 billion pounds"] == found["£21.2bn"] == "borrowing"
    assert found["£2.9 trillion"] == "debt"  # control: the whole debt


def test_bail_a_jackpot_and_a_ransom_are_kinds_of_money() -> None:
    found = kinds(
        "She was being held on $310,000 bail.",
        "Bail has been set at $130,000.",
        "The $1.23 billion jackpot was won by a single ticket.",
        "The kidnappers demanded a $2 million ransom.",
    )
    assert found["$310,000 bail"] == found["$130,000"] == "bail"
    assert found["$1.23 billion jackpot"] == "jackpot"
    assert found["$2 million ransom"] == "ransom"
    result = check_story(
        story("She was being held on $310,000 bail.", "Bail has been set at $130,000.")
    )
    assert pairs(result) == [("$130,000", "$310,000 bail")]
    # control: another kind of money is another measure
    other = check_story(story("She was being held on $310,000 bail.", "She was fined $130,000."))
    assert pairs(other) == []


def test_a_refund_is_a_payment_and_a_provision_is_a_charge() -> None:
    found = kinds(
        "The government will have to refund $2.3 billion to the companies.",
        "The carmaker will take a charge of €450m to cover the recall.",
        "Halvorsen sets aside 540 million euros for the airbag recall.",
    )
    assert found["$2.3 billion"] == "payment"
    assert found["€450m"] == found["540 million euros"] == "charge"
    result = check_story(
        story(
            "The carmaker will take a charge of €450m to cover the recall.",
            "Halvorsen sets aside 540 million euros for the airbag recall.",
        )
    )
    assert pairs(result) == [("540 million euros", "€450m")]


def test_money_stolen_is_one_kind_however_the_theft_is_told() -> None:
    found = kinds(
        "Police raided a phishing gang accused of stealing £9.3m.",
        "The gang stole more than £12m from victims.",
        "It defrauded about 6,800 people of £9.5m.",
        "He embezzled $2 million from the charity.",
    )
    assert found["£9.3m"] == found["more than £12m"] == found["£9.5m"] == "amount stolen"
    assert found["$2 million"] == "amount stolen"
    result = check_story(
        story(
            "Police raided a phishing gang accused of stealing £9.3m.",
            "The gang stole more than £12m from victims.",
        )
    )
    assert pairs(result) == [("more than £12m", "£9.3m")]
    # control: money lost is another measure than money stolen
    other = check_story(
        story("The gang stole £9.3m from victims.", "The bank lost more than £12m in the fraud.")
    )
    assert pairs(other) == []


def test_a_completed_sale_s_price_is_compared_across_days() -> None:
    """ "sold for $142.5m" on Tuesday's copy and "sold for $124.5m" the next day: a sale's
    price does not change once sold (measures.json fixed_events), unlike an offer, which
    may be raised."""
    from tests.test_reconcile import story as dated

    assert kinds("The painting sold for $124.5m at auction.")["$124.5m"] == "sale price"
    sold = check_story(
        dated(
            ("A painting by Marchand sold for $142.5m at Fenwick's on Tuesday.", "2025-11-11"),
            ("The painting sold for $124.5m, including the buyer's premium.", "2025-11-12"),
        )
    )
    assert pairs(sold) == [("$124.5m", "$142.5m")]
    offered = check_story(
        dated(
            ("Acme offered $142.5m for the painting on Tuesday.", "2025-11-11"),
            ("Acme offered $124.5m for the painting.", "2025-11-18"),
        )
    )
    assert pairs(offered) == []


def test_what_a_finished_thing_cost_to_build_is_fixed_across_days() -> None:
    assert kinds(
        "The satellite, which cost $180m to build and launch, was lost.",
        "The bridge will cost $2bn to build.",
        "Repairs cost $3m last year.",
    ) == {"$180m": "cost to build", "$2bn": "cost", "$3m": "cost"}
    # two outlets a day apart: a cost that is done is one figure, told twice
    result = check_story(
        dated(
            (
                "Orbitel said the satellite, which cost $180m to build and launch, was lost.",
                "2025-12-04",
            ),
            ("The satellite cost $240m to build and launch, the company said.", "2025-12-05"),
        )
    )
    assert pairs(result) == [("$180m", "$240m")]
    # a cost still ahead may change from one day to the next
    ahead = check_story(
        dated(
            ("The bridge will cost $2bn to build, officials said.", "2025-12-04"),
            ("The bridge will cost $2.4bn to build, officials said.", "2025-12-05"),
        )
    )
    assert pairs(ahead) == []


def test_the_money_named_before_of_is_the_amounts_kind() -> None:
    """ "a break fee of €250m if the deal is blocked" is a fee, whatever word follows; "about
    €3bn of new bonds" is the bonds' amount, no deal's value; "a deal worth $3bn of cash"
    stays the deal's."""
    assert kinds("Veridia will pay a break fee of €250m if the deal is blocked.") == {
        "€250m": "fee"
    }
    assert kinds("Veridia will finance the deal with cash and about €3bn of new bonds.") == {
        "about €3bn": ""
    }
    assert kinds("The company agreed a deal worth $3bn of cash and shares.") == {
        "$3bn": "deal value"
    }


def test_a_deals_value_told_by_a_company_named_with_its_trade_word_is_compared() -> None:
    """ "Veridia agrees €8.2bn takeover of Castellan Mobile" and, three days later,
    "Veridia Telecom's €8.7bn takeover" name one deal (a trade word ends a company's name);
    the second outlet's break fee is no value of the deal."""
    result = check_story(
        dated(
            ("Veridia agrees €8.2bn takeover of Castellan Mobile", "2025-02-04"),
            (
                "Investors weighed the risk that Veridia Telecom's €8.7bn takeover could be "
                "blocked. Veridia has agreed to pay a break fee of €250m if the deal is blocked.",
                "2025-02-07",
            ),
        )
    )
    assert pairs(result) == [("€8.2bn takeover", "€8.7bn takeover")]


def test_a_dividend_per_share_is_no_price_of_a_share() -> None:
    """A dividend told per share is its own kind: an offer's "485p a share" and the "special
    dividend of 9.5p a share" paid beside it are two things, never one price."""
    found = kinds(
        "Halcyon will pay 485p a share in cash plus a special dividend of 9.5p a share.",
        "The board declared a final dividend of 48 cents a share.",
    )
    assert found["485p a share"] == SHARE_PRICE
    assert found["9.5p a share"] == found["48 cents a share"] == "dividend per share"


def test_a_deals_value_with_debt_added_is_its_enterprise_value() -> None:
    found = kinds(
        "Including about $700 million of net debt, the deal values Harwick at $3.6 billion.",
        "Corvel agreed to buy Harwick for $2.9bn, or $3.6bn including debt.",
    )
    assert found["about $700 million"] == "debt"  # the debt itself
    assert found["$3.6 billion"] == found["$3.6bn"] == "enterprise value"
    assert found["$2.9bn"] == "deal value"  # the price of the shares, told first
    # an outlet's price of the shares is not compared with another's value with debt
    result = check_story(
        story(
            "Corvel agreed this week to buy Harwick for $2.9bn.",
            "Including about $700 million of net debt, the deal values Harwick at $3.6 billion.",
        )
    )
    assert pairs(result) == []
    # control: two outlets' values with debt added are one measure and can disagree
    both = check_story(
        story(
            "Including debt, the deal values Harwick at $3.6 billion.",
            "Corvel agreed to buy Harwick in a deal valuing it at $4.4bn including debt.",
        )
    )
    assert pairs(both) == [("$3.6 billion", "$4.4bn")]


@pytest.mark.parametrize("price", ["216p", "$47.00", "EC$3.18", "US$47.00", "NZ$2.10", "R$12.40"])
def test_the_day_of_a_premium_s_base_price_is_the_base_s_whatever_its_currency(price: str) -> None:
    """ "a 32 per cent premium to Cane Ridge's closing price of EC$3.18 on Friday": Friday is
    the base price's day, not the offer's (a currency's letters before its sign too)."""
    from checker.extract.comparison import comparison_base

    text = f"a 32 per cent premium to Cane Ridge's closing price of {price} on Friday"
    assert comparison_base(text, text.index("Friday"))


def test_a_percentage_above_the_closing_price_is_the_offers_premium() -> None:
    """A premium is often told without its word: "22 per cent above Friday's close" against
    "a 34% premium to Friday's closing price". A share's rise is no premium."""
    result = check_story(
        story(
            "The offer of $4.10 a share is 22 per cent above Friday's close.",
            "The bid carries a 34% premium to Friday's closing price.",
            "The offer is about 30 percent over the stock's last closing price.",
        )
    )
    found = {c.quote: percent_kind(c) for c in result.claims if c.kind == "percent"}
    assert set(found.values()) == {"premium"}
    assert ("22 per cent", "34% premium") in pairs(result)
    risen = check_story(story("Shares rose 22 per cent above Friday's close after the news."))
    assert [percent_kind(c) for c in risen.claims if c.kind == "percent"] == [
        "change in share price"
    ]


def test_a_bid_in_its_own_words_is_the_deal_when_the_story_tells_one_offer() -> None:
    """ "A $41 billion bid" names no deal where rivals bid; in a story none of whose
    documents tells another offer (a rival's, a raised or an earlier one), it is the deal's
    value and meets the outlets' other figures of it."""
    one = check_story(
        story(
            "Acme made an offer of $42 billion for Zenith on Monday.",
            "Acme's $41 billion bid for Zenith was announced on Monday.",
        )
    )
    assert pairs(one) == [("$41 billion bid", "$42 billion")]
    rivals = check_story(
        story(
            "Acme's $42 billion offer for Zenith was announced on Monday.",
            "Beta's rival $40 billion bid for Zenith came on Monday.",
        )
    )
    assert pairs(rivals) == []
    raised = check_story(
        story(
            "Acme raised its offer for Zenith on Monday: its $42 billion offer tops the first.",
            "Acme's $40 billion bid for Zenith was rejected last week.",
        )
    )
    assert pairs(raised) == []
    # another bidder's bid, told with no word of a rival, is not the deal the story prices
    other = check_story(
        story(
            "Acme agreed on Monday to buy Zenith for $42 billion.",
            "Zeta's $40 billion bid for Zenith was made on Monday.",
        )
    )
    assert pairs(other) == []


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        ("The government promised 5 million lei in emergency aid.", "5 million lei"),
        ("The regulator imposed a fine of 3 million leva.", "3 million leva"),
        ("The state budget sets aside 2 billion denari for roads.", "2 billion denari"),
        (
            "The court awarded him 640,000 convertible marks in damages.",
            "640,000 convertible marks",
        ),
        ("The deal is worth 1.2 trillion Korean won, it said.", "1.2 trillion Korean won"),
    ],
)
def test_a_currency_named_by_its_plural_in_cldr_is_money(sentence: str, quote: str) -> None:
    """CLDR gives the plurals English rules miss ("Moldovan lei", "Bulgarian leva",
    "Macedonian denari"): the bare plural after a number is money too; a currency whose last
    word is a common word ("mark", "won") is read by its last two ("convertible marks")."""
    claims = [c for c in check_story(story(sentence)).claims if c.quote == quote]
    assert [(c.kind, is_money(c.unit)) for c in claims] == [("amount", True)]


def test_revenue_lost_or_forgone_is_a_loss() -> None:
    """ "$28 million in lost revenue" and "$35 million in forgone revenue" are one loss to
    the strike (events.json money "loss"), not a revenue against a loss."""
    found = kinds(
        "The company estimated about $28 million in lost revenue from the strike.",
        "The stoppage cost roughly $35 million in forgone revenue, the company said.",
    )
    assert found == {"about $28 million": "loss", "roughly $35 million": "loss"}
    result = check_story(
        story(
            "The company estimated about $28 million in lost revenue from the strike.",
            "The stoppage cost roughly $35 million in forgone revenue, the company said.",
        )
    )
    assert pairs(result) == [("about $28 million", "roughly $35 million")]


def test_every_currency_a_sign_or_code_names_is_money() -> None:
    # units.json reads "₩" and "won" as won, which neither the catalogue nor the currency
    # words named: a fine of "37.1 billion won" had no kind and met no other outlet's
    units = load_data("units")
    named = {unit for table in ("prefix", "prefix_case") for unit in units[table].values()}
    assert sorted(u for u in named if not is_money(u)) == []
    found = kinds(
        "The Fair Trade Commission fined the delivery app operator 37.1 billion won.",
        "The regulator fined the delivery app ₩31.7 billion.",
    )
    assert found == {"37.1 billion won": "fine", "₩31.7 billion": "fine"}


def test_what_a_tax_would_raise_is_its_revenue() -> None:
    # "would raise 120 million rials a year" against "bring in about 85 million rials a
    # year": the levy's yield, one measure; "raise the minimum wage to $15" is a level
    found = kinds(
        "The finance ministry has said the tax would raise 120 million rials a year.",
        "The ministry expects the levy to bring in about 85 million rials a year.",
        "The council voted to raise the minimum wage to $15 an hour.",
    )
    assert found["120 million rials a year"] == found["about 85 million rials a year"] == "revenue"
    assert found["$15 an hour"] == "salary"
