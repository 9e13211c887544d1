"""Vote tallies are two counts of one vote, the votes for and against, and outlets telling
one vote can disagree on either (checker/extract/tallies.py). Invented sentences."""

from __future__ import annotations

import dataclasses

import pytest

from checker.extract.tallies import tallies
from checker.model import InputStatus, Story
from checker.pipeline import check_story
from tests.test_events import pairs, story


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The Senate voted 51-49 to approve the bill.", [(51, 49, "senate")]),
        ("The House passed the bill 256-167 on Thursday.", [(256, 167, "house")]),
        ("It passed the House by a vote of 256 to 163.", [(256, 163, "house")]),
        ("The measure passed in a 396-9 vote.", [(396, 9, "")]),
        ("The committee approved the plan 9\u20132.", [(9, 2, "committee")]),
        # games and other pairs of numbers are no tally
        ("Indiana State defeated Evansville 51-50 on Friday.", []),
        ("The Colts beat the Chiefs 20-13 and passed for 300 yards.", []),
        # no body, but the thing voted on ("tallies.py", vote_objects), or "vote" anywhere
        # after the first word of voting; an amount of money between them is no obstacle
        ("The bill passed 256-167.", [(256, 167, "")]),
        ("The bill passed by a vote of 240 to 188.", [(240, 188, "")]),
        ("The House passed the $1.3 trillion measure 268-134.", [(268, 134, "house")]),
        ("The Bills passed the Jets 24-10 in the standings.", []),  # control: a team
        ("The Colts passed 12 times and won 24-10.", []),  # control: a digit in between
        ("Call 555-1234 to vote.", []),
        # "voting" is a word of voting too
        ("The council approved the budget on Tuesday, voting 9-4.", [(9, 4, "council")]),
        ("Fans were voting 3-1 for the red kit online.", [(3, 1, "")]),
        # the British way: "by 310 votes to 262"
        ("MPs voted by 310 votes to 262 to back the bill.", [(310, 262, "")]),
        ("Parliament approved the reform by 124 votes to 98.", [(124, 98, "parliament")]),
        # "votes to" is a tally by its own words, however far its verb stands
        (
            "The City Council approved a congestion charge for the city centre on Wednesday"
            " evening by 31 votes to 17, with three abstentions.",
            [(31, 17, "council")],
        ),
        ("Councillors backed the scheme by 31 votes to 19.", [(31, 19, "council")]),
        # a verb close before, no body: still a tally by its own words
        ("The plan was approved by 31 votes to 24, with three abstentions.", [(31, 24, "")]),
        ("The levy passed by 32 votes to 23.", [(32, 23, "")]),
        ("The striker scored 2 goals to 1 for the rival.", []),  # control: no word of voting
        # a court's split: "ruled 5-4", or "ruling"/"decision" after it where a court is named
        ("The Supreme Court ruled 5-4 that the law stands.", [(5, 4, "court")]),
        ("In a 6-3 ruling, the justices struck down the ban.", [(6, 3, "court")]),
        # a body told by its members is that body ("vote_body_names")
        ("Senators voted 51-49 to confirm her.", [(51, 49, "senate")]),
        ("The board of directors voted 7-2 to sell.", [(7, 2, "board")]),
        ("The directors voted 7-2 to sell.", [(7, 2, "board")]),
        ("Jurors voted 10-2 to convict.", [(10, 2, "jury")]),
        ("The court's 5-2 decision upheld the law.", [(5, 2, "court")]),
        ("He scored a 14-13 decision win over Gene Pukall.", []),  # control: no court
        # the body the sentence names first is the one that voted, not a noun after it
        (
            "The state Supreme Court upheld the $1.6 billion jury verdict, ruling 5-2.",
            [(5, 2, "court")],
        ),
        # a clause of its own ("..., after", "; ") holds the body of its tally
        (
            "Brewers vowed to fight the tax in the Senate, after the bill passed the House"
            " of Representatives on Wednesday by 84 votes to 61.",
            [(84, 61, "house")],
        ),
        ("The Senate debate starts today; the House passed it 240-188.", [(240, 188, "house")]),
        # a national legislature by its own name (measures.json vote_bodies)
        (
            "The Storting passed the government's reform 91-78 on Wednesday.",
            [(91, 78, "parliament")],
        ),
        ("The Bundestag approved the bill 376-219.", [(376, 219, "bundestag")]),
        ("Arsenal defeated Chelsea 3-1 at the Emirates.", []),  # control: a game
        # thousands written with commas: a union's or a town's ballot
        ("The union won by a vote of 1,412 to 1,209, or about 54%.", [(1412, 1209, "")]),
        ("Hourly workers voted 1,412 to 1,290 to join the union.", [(1412, 1290, "")]),
        # a change or a range after a word of voting is no tally
        ("The council voted to raise the cap from 1,200 to 1,500.", []),
        ("The board voted to raise fees from 200 to 300 a year.", []),
    ],
)
def test_tallies_are_read_with_the_body_that_voted(sentence: str, found: list) -> None:
    assert [(t.yes, t.no, t.body) for t in tallies(sentence)] == found


def test_votes_told_with_one_side_s_words_are_that_side_s() -> None:
    # "with 79 votes in favor" alone, no side against beside it, against a tally's 82
    result = check_story(
        story(
            "Legislators passed the bill late on Thursday with 79 votes in favor.",
            "The bill passed with 82 votes in favour, 41 against and 12 abstentions.",
        )
    )
    assert pairs(result) == [("79 votes", "82")]
    against = check_story(
        story(
            "The motion drew 37 votes against on Thursday.",
            "The Assembly passed the motion 88-41 on Thursday.",
        )
    )
    assert pairs(against) == [("37 votes", "41")]


def test_a_chamber_s_members_a_measure_was_approved_by_are_its_votes_for() -> None:
    # "The levy, approved by 82 lawmakers" against "with 79 votes in favor"; members who
    # were approved by someone ("whose 2,507 members had to be approved by the ruler") are
    # no votes
    result = check_story(
        story(
            "The levy, approved by 82 lawmakers, will pay for the police campaign.",
            "Legislators passed the bill late on Thursday with 79 votes in favor.",
        )
    )
    assert pairs(result) == [("79 votes", "82 lawmakers")]
    approved = check_story(
        story(
            "The council's 2,507 members had to be approved by the country's ruler.",
            "Legislators passed the bill late on Thursday with 79 votes in favor.",
        )
    )
    assert pairs(approved) == []


def test_two_outlets_giving_one_vote_two_tallies_disagree_on_the_side_that_differs() -> None:
    result = check_story(
        story(
            "The House passed the spending bill 256-167 on Thursday.",
            "The House approved the spending bill on Thursday by a vote of 256 to 163.",
        )
    )
    assert pairs(result) == [("163", "167")]


def test_one_court_told_as_the_court_and_as_its_justices_is_one_body() -> None:
    result = check_story(
        story(
            "The Supreme Court ruled 5-4 on Monday that the law stands.",
            "In a 6-3 ruling on Monday, the justices upheld the law.",
        )
    )
    assert pairs(result) == [("3", "4"), ("5", "6")]


def test_votes_of_two_chambers_are_not_compared() -> None:
    result = check_story(
        story(
            "The House passed the spending bill 256-167 on Thursday.",
            "The Senate passed the spending bill 65-32 on Thursday.",
        )
    )
    assert pairs(result) == []


def test_counts_of_legislators_for_and_against_are_compared() -> None:
    # "opposed", "backed" after a count of legislators tell a vote; said of residents no vote
    result = check_story(
        story(
            "A total of 112 Republicans opposed the measure. Sixty Democrats voted for it.",
            "Most Democrats backed the bill while 101 Republicans opposed it.",
            "About 300 residents opposed the plan at a meeting.",
        )
    )
    assert pairs(result) == [("101 Republicans", "112 Republicans")]
    events = {c.quote: c.measure.event for c in result.claims}
    assert events["Sixty Democrats"] == "voted for"
    assert events["About 300 residents"] == ""


def test_a_vote_cast_is_compared_whatever_day_it_is_reported() -> None:
    """Votes do not change once cast (measures.json fixed_events): an outlet reporting the
    vote the next day still disagrees with one of the same day. A count of those in hospital
    changes, so the control, the same two days apart, is not compared."""
    first = story("Nineteen Republicans voted for the bill on Tuesday.", date="2021-08-10")
    second = story("Eighteen Republicans voted for the bill.", date="2021-08-11")
    assert pairs(check_story(two_days(first, second))) == [
        ("Eighteen Republicans", "Nineteen Republicans")
    ]
    first = story("Nineteen people were in hospital on Tuesday.", date="2021-08-10")
    second = story("Eighteen people were in hospital.", date="2021-08-11")
    assert pairs(check_story(two_days(first, second))) == []


def two_days(first: Story, second: Story) -> Story:
    """One story of the documents of two, renamed apart."""
    documents = (
        first.documents[0],
        dataclasses.replace(second.documents[0], doc_id="d1.txt"),
    )
    statuses = tuple(InputStatus(d.doc_id, "s", "checked") for d in documents)
    return Story("s", documents, statuses)


def test_those_who_voted_no_are_votes_against() -> None:
    # "four voted no": "voted" is the verb, not what the four are
    found = {
        c.quote: c.measure.event
        for c in check_story(story("Nine council members voted yes and four voted no.")).claims
    }
    assert found == {"Nine council members": "voted for", "four": "voted against"}


def test_a_budget_for_the_coming_fiscal_year_is_the_days_vote() -> None:
    # passed in June 2025 "for the 2026 fiscal year": 2026 is what the budget is for, so
    # its vote is compared with another outlet's tally of the same night
    result = check_story(
        story(
            "The council approved a $2.84 billion budget for the 2026 fiscal year on "
            "Tuesday, voting 9-4.",
            "The budget passed by a vote of 8 to 5 on Tuesday.",
            date="2025-06-11",
        )
    )
    assert pairs(result) == [("4", "5"), ("8", "9")]
    # a year long before is still another event: a past budget's vote stays apart
    past = check_story(
        story(
            "In 2019 the council approved the fiscal 2020 budget, voting 9-4.",
            "The budget passed by a vote of 8 to 5 on Tuesday.",
            date="2025-06-11",
        )
    )
    assert pairs(past) == []


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The bill sailed through with 208 MPs voting in favour and 115 against.", [(208, 115)]),
        ("The motion passed with 72 votes for and 14 against.", [(72, 14)]),
        ("The council voted, 9 in favour, 2 against.", [(9, 2)]),
        ("He scored 20 for the club and 3 against Leeds.", []),
    ],
)
def test_a_tally_told_by_its_sides_words(sentence: str, found: list) -> None:
    assert [(t.yes, t.no) for t in tallies(sentence)] == found


def test_an_amendments_vote_is_not_the_budgets() -> None:
    """ "voted 5-4 to approve an amendment" and "the budget passed 7-2" the same evening are
    two votes; two outlets' tallies of the budget still disagree."""
    result = check_story(
        story(
            "The budget passed 7-2. Earlier, the council voted 5-4 to approve an amendment.",
            "The city council voted 7-2 on Tuesday to approve the budget.",
        )
    )
    assert pairs(result) == []
    assert [t.step for t in tallies("The Senate voted 51-49 on the motion to proceed.")] == [
        "a step of the measure"
    ]
    result = check_story(
        story(
            "The city council voted 6-3 on Tuesday to approve the budget.",
            "The city council voted 7-2 on Tuesday to approve the budget.",
        )
    )
    assert pairs(result) == [("6", "7"), ("2", "3")] or pairs(result) == [("2", "3"), ("6", "7")]


def test_members_of_the_chamber_who_voted_one_way_are_the_tallys_count() -> None:
    """ "27 members voted in favour" counts what "passed by 31 votes to 17" tallies: the two
    outlets disagree. A party's members who voted one way are a part of the tally, not it."""
    result = check_story(
        story(
            "The assembly passed the loan by 31 votes to 17 on Thursday.",
            "Only 27 members voted in favour of the loan on Thursday, the record shows.",
        )
    )
    assert pairs(result) == [("27 members", "31")]
    result = check_story(
        story(
            "The House passed the bill 256-167 on Thursday.",
            "On Thursday 200 Democrats voted for the bill.",
        )
    )
    assert pairs(result) == []


def test_a_referendums_tally_in_thousands_is_read_by_its_sides_words() -> None:
    """ "with 3,120 votes in favour and 2,648 against": a tally however many voted, as "72
    votes for and 14 against" is; two outlets' yes counts of one referendum meet."""
    assert [
        (t.yes, t.no) for t in tallies("It passed, with 3,120 votes in favour and 2,648 against.")
    ] == [(3120, 2648)]
    result = check_story(
        story(
            "Voters backed the merger on Sunday, with 3,120 votes in favour and 2,648 against.",
            "The merger was approved on Sunday by 4,212 votes in favour and 2,648 against.",
        )
    )
    assert pairs(result) == [("3,120", "4,212")]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # a side spelled, as house styles write small numbers: either side, after "votes to"
        ("The House of Assembly passed the bill by 12 votes to seven.", [(12, 7, "house")]),
        ("The Fund Bill was approved on Thursday by nine votes to six.", [(9, 6, "")]),
        ("Councillors backed the scheme by seven votes to 12.", [(7, 12, "council")]),
        # and a tally told by its sides' words
        ("Fourteen members voted in favour, with five against.", [(14, 5, "")]),
        ("In the division, 14 members voted in favour, with five against.", [(14, 5, "")]),
        # a bill's long name between the verb and the tally
        (
            "The Fale Fono today passed the Trust Fund (Special Withdrawal) Bill 14-5 after a"
            " long debate.",
            [(14, 5, "")],
        ),
        # controls: no "votes to" after a spelled number, a game's score, "to" of a range
        ("The bill won seven to five in the straw poll.", []),
        ("The Lions beat the Tigers by nine points to six.", []),
        ("Between seven votes to spare and 12 abstentions, the bill passed.", []),
    ],
)
def test_a_tally_may_be_spelled_or_come_after_a_long_name(sentence: str, found: list) -> None:
    """ "by 12 votes to seven" was no tally (the second number had to be in digits), and
    neither was "14-5" after a bill's name of more than 40 characters; "nine votes" then
    met other outlets' counts as the votes a bill won, never as its tally's sides."""
    assert [(t.yes, t.no, t.body) for t in tallies(sentence)] == found


def test_outlets_giving_one_division_in_words_and_digits_disagree() -> None:
    result = check_story(
        story(
            "The House of Assembly passed the Casino Bill on Thursday by 12 votes to seven.",
            "The House of Assembly passed the Casino Bill 14-5 on Thursday.",
        )
    )
    assert pairs(result) == [("12", "14"), ("5", "seven")]


def test_members_voting_in_favour_are_the_votes_for() -> None:
    """ "with 64 deputies voting in favour" (the participle, as "voting for" already was)
    counts the votes for, and meets another outlet's tally ("passed by 71 votes to 44")."""
    result = check_story(
        story(
            "The amendment to the election law passed by 71 votes to 44 on Tuesday.",
            "The reform cleared parliament on Tuesday with 64 deputies voting in favour.",
        )
    )
    assert pairs(result) == [("64 deputies", "71")]
