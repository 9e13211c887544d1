"""Shares of the vote are aligned by whose they are (checker/events/shares.py): two outlets'
results for one candidate are compared, two candidates' shares never are, and polls are
left out. Invented election stories."""

from __future__ import annotations

from checker.events.shares import vote_share_holder
from checker.pipeline import check_story
from tests.test_events import pairs, story
from tests.test_reconcile import story as dated


def holders(text: str) -> dict[str, str]:
    result = check_story(story(text))
    return {c.quote: vote_share_holder(c) for c in result.claims if c.kind == "percent"}


def test_the_holder_is_the_last_name_before_the_share_after_the_share_before_it() -> None:
    found = holders(
        "Mayor Ana Lopez won on Tuesday with 58 percent of the vote, defeating challenger"
        " Mark Reed, who took 40 percent."
    )
    assert found == {"58 percent": "lopez", "40 percent": "reed"}
    found = holders("Ana Lopez was re-elected, capturing 56% of the vote to Reed's 42%.")
    assert found == {"56%": "lopez", "42%": "reed"}


def test_shares_without_votes_and_poll_figures_have_no_holder() -> None:
    # controls: a share of something else; a poll (outlets often cite different polls)
    assert set(holders("Lopez owns 40 percent of the company.").values()) == {""}
    assert set(holders("A poll gave Lopez 48 percent of the vote.").values()) == {""}


def test_two_outlets_results_for_one_candidate_are_compared_and_never_across_candidates() -> None:
    result = check_story(
        story(
            "Ana Lopez won re-election with 58 percent of the vote; Mark Reed took 40 percent.",
            "Ana Lopez was re-elected, capturing 56% of the vote to Reed's 42%.",
        )
    )
    assert pairs(result) == [("40 percent", "42%"), ("56%", "58 percent")]


def test_a_party_is_named_without_its_generic_head() -> None:
    # "The Labour Party" and "Labour" are one holder; "Party" names no one
    found = holders(
        "The Labour Party won the election with 38.2 percent of the vote, while the"
        " Conservatives took 31 percent."
    )
    assert found == {"38.2 percent": "labour", "31 percent": "conservatives"}


def test_seats_won_are_compared_for_one_party_and_never_across_parties() -> None:
    result = check_story(
        story(
            "The Labour Party won 212 seats, while the Conservatives took 180 seats.",
            "Labour secured 214 seats on Thursday. The Conservatives won 180 seats.",
            "Labour took 212 seats in the election.",
        )
    )
    assert pairs(result) == [("212 seats", "214 seats"), ("212 seats", "214 seats")]


def test_a_chambers_size_and_seats_gained_are_not_seats_won() -> None:
    # controls: the number of seats contested and a party's gain are other measures
    result = check_story(
        story(
            "Candidates are running for the 125 seats in parliament. Labour won 70 seats.",
            "Voters chose among 300 candidates for 150 seats. Labour won 70 seats.",
        )
    )
    assert pairs(result) == []
    gained = check_story(
        story("Labour picked up 30 seats and won 212 seats.", "Labour gained 35 seats.")
    )
    assert pairs(gained) == []


def test_a_share_of_those_who_voted_on_a_proposal_is_held_by_its_side() -> None:
    """ "87 per cent of those who cast ballots voting in favour" and "78 per cent of members
    who voted supported the deal" are one side of one vote; "rejected by 61% of voters" is
    the other side; a poll's share is no vote."""
    yes = (
        "Nurses accepted the contract, with 87 per cent of those who cast ballots voting in favour."
    )
    also_yes = "The union said 78 per cent of members who voted supported the deal."
    assert pairs(check_story(story(yes, also_yes))) == [("78 per cent", "87 per cent")]
    no = "The deal was rejected by 22% of voters."
    assert pairs(check_story(story(yes, no))) == []
    poll = "A poll found 62 per cent of voters support the deal."
    assert pairs(check_story(story(also_yes, poll))) == []


def test_a_candidate_s_votes_are_compared_for_that_candidate() -> None:
    """ "Lindqvist received 38,412 votes" and "Lindqvist finished first with 38,142 votes"
    disagree; another candidate's votes, or a measure's, are another count."""
    one = "Lindqvist received 38,412 votes, according to the county."
    again = "Lindqvist finished first with 38,142 votes."
    assert pairs(check_story(story(one, again))) == [("38,142 votes", "38,412 votes")]
    other = "Reed finished second with 30,142 votes."
    assert pairs(check_story(story(one, other))) == []


def test_a_rival_s_bare_count_beside_the_winner_s_votes_is_the_rival_s_votes() -> None:
    """ "won 14,212 votes, ahead of Daniel Pryor on 11,870" and "took 14,212 votes to Daniel
    Pryor's 11,780": Pryor's votes, compared; a bare number after no name ("a majority of
    2,342") or in a sentence with no count of votes is none."""
    one = "Marsh won 14,212 votes, ahead of candidate Daniel Pryor on 11,870, police said."
    two = "Marsh took 14,212 votes to candidate Daniel Pryor's 11,780."
    assert pairs(check_story(story(one, two))) == [("11,780", "11,870")]
    same = "Marsh won 14,212 votes, with Daniel Pryor on 11,870."
    assert pairs(check_story(story(one, same))) == []
    majority = "Marsh won 14,212 votes, giving her a majority of 2,342."
    other = "Marsh took 14,212 votes, a majority of 2,432."
    assert pairs(check_story(story(majority, other))) == []
    no_votes = "Pryor on 11,870 said he would stand again."
    assert pairs(check_story(story(two, no_votes))) == []


def test_a_side_named_yes_or_no_in_quotes_or_with_a_capital() -> None:
    certified = (
        "Officials said 4,865,019 voters, representing 63.8 per cent of valid votes cast,"
        ' voted "Yes", while 2,760,403 voters, representing 36.2 per cent, voted "No".'
    )
    campaign = 'The "Yes" campaign won 68.3% of valid votes, with turnout at 41.2%.'
    assert pairs(check_story(story(certified, campaign))) == [("63.8 per cent", "68.3%")]
    # the control: "no vote" names no side
    none = "There was no vote on the 12% raise, members said, and 40% of votes were spoiled."
    assert pairs(check_story(story(certified, none))) == []


def test_a_candidate_s_final_votes_told_on_two_days_are_compared() -> None:
    """Once counted, a candidate's votes do not change (measures.json fixed_events): two
    days' reports of the final count are compared; a count told as still running ("with 91%
    counted", "unofficial") grows to the final one, an earlier report's count grows to one
    told as certified (late and provisional ballots), and a later lower count is still a
    disagreement."""
    final = "Mendez received 48,212 votes to Whitaker's 43,437, the county said."
    later = "Mendez received 48,122 votes, the county said."
    result = check_story(dated((final, "2025-12-13"), (later, "2025-12-14")))
    assert pairs(result) == [("48,122 votes", "48,212 votes")]
    running = (
        "With about 91% of the expected vote counted, Okafor had 34,880 votes. Villalobos"
        " was third with 16,050 votes."
    )
    counted = "Okafor received 38,412 votes and Villalobos 17,620 votes, the county said."
    assert pairs(check_story(dated((running, "2025-06-24"), (counted, "2025-06-26")))) == []
    fell = "Okafor received 33,412 votes, the county said."
    assert pairs(check_story(dated((running, "2025-06-24"), (fell, "2025-06-26")))) == [
        ("33,412 votes", "34,880 votes")
    ]
    certified = "Okafor received 34,991 votes, the certified results showed."
    unofficial = "Okafor received 34,880 votes in the complete unofficial count."
    assert pairs(check_story(dated((unofficial, "2025-06-24"), (certified, "2025-06-30")))) == []
    told = "Okafor received 34,880 votes, the county said."
    assert pairs(check_story(dated((told, "2025-06-24"), (certified, "2025-06-30")))) == []
    # a later higher count told as no more final than the first: a disagreement
    later = "Okafor, who won 34,991 votes, said he would serve."
    assert pairs(check_story(dated((told, "2025-06-24"), (later, "2025-06-26")))) == [
        ("34,880 votes", "34,991 votes")
    ]
    same_day = "Okafor received 34,991 votes, the county said."
    assert pairs(check_story(dated((unofficial, "2025-06-24"), (same_day, "2025-06-24")))) == [
        ("34,880 votes", "34,991 votes")
    ]


def test_two_counts_that_agree_on_one_candidate_are_one_state_of_the_count() -> None:
    """A running count grows, but two reports that give one candidate's votes exactly alike
    tell one state of it: their counts of the other candidate cannot both hold."""
    unofficial = "Okafor won 34,880 votes to Villalobos's 16,050 in the unofficial count."
    other = "Okafor received 34,880 votes to Villalobos's 17,050, the county said."
    result = check_story(dated((unofficial, "2025-06-24"), (other, "2025-06-25")))
    assert pairs(result) == [("16,050", "17,050")]
    # control: a later count in which both candidates grew is growth
    grown = "Okafor received 35,880 votes to Villalobos's 17,050, the county said."
    assert pairs(check_story(dated((unofficial, "2025-06-24"), (grown, "2025-06-25")))) == []


def test_a_turnout_is_final_once_counted_and_compared_across_days() -> None:
    """A turnout told on election night and the next day is one election's: two outlets
    that give 64.1% and 61.4% disagree. One told as still running (a time of the voting day,
    part of the vote counted, an estimate) may grow, and is compared only at one time."""
    night = "The presidential election drew a turnout of 64.1% on Sunday, the council said."
    result = check_story(
        dated((night, "2023-04-23"), ("Turnout was 61.4%, the council said.", "2023-04-24"))
    )
    assert pairs(result) == [("61.4%", "64.1%")]
    for running in (
        "Turnout was 41.2% by 4 p.m., the council said.",
        "With 80% of ballots counted, turnout was 41.2%, the council said.",
        "Turnout was estimated at 41.2%, the council said.",
    ):
        final = "Turnout was 64.1%, the council said."
        result = check_story(dated((running, "2023-04-23"), (final, "2023-04-24")))
        assert pairs(result) == [], running


def test_a_place_named_before_the_verb_of_winning_is_no_holder() -> None:
    # "in Marova" is where the party won, not who won: the holder is the party before it
    result = check_story(
        story(
            "The Green Alliance's landslide in Marova, where it won 41 of the 60 seats, stunned"
            " analysts.",
            "The Green Alliance won 38 of the 60 seats in Sunday's election.",
        )
    )
    assert pairs(result) == [("38", "41")]
    # a share of the vote won "across Ohio" is still the candidate's
    found = holders("Ana Lopez, campaigning across Ohio, won 52 percent of the vote.")
    assert found == {"52 percent": "lopez"}
