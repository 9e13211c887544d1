"""A change told by a noun after its percentage ("a 9 per cent pay rise") is a change up,
as one told by a verb before it ("raise wages by 12%"); wages, pay and salaries are one
thing that changed; a period's words stop where another phrase opens ("this year to end a
strike" and "this year and a further 7 per cent" are both this year)."""

from __future__ import annotations

from checker.pipeline import check_story
from tests.test_events import pairs
from tests.test_events import story as two_outlets
from tests.test_reconcile import story as dated


def test_a_pay_rise_and_raised_wages_are_one_change_this_year() -> None:
    result = check_story(
        two_outlets(
            "The company has agreed to raise wages by 12% this year to end a strike that idled"
            " its workforce.",
            "The agreement gives workers a 9 per cent pay rise this year and a further 7 per"
            " cent next year.",
        )
    )
    assert ("9 per cent pay rise", "raise wages by 12%") in pairs(result)


def test_a_rise_told_by_a_noun_is_no_level_and_a_cut_no_rise() -> None:
    level = check_story(
        two_outlets(
            "Inflation stood at 9 per cent in May, the statistics office said.",
            "Prices saw a 4 per cent rise in May, the statistics office said.",
        )
    )
    assert pairs(level) == []
    opposite = check_story(
        two_outlets(
            "The council approved a 5 per cent fare increase on Monday.",
            "The council approved a 5 per cent fare cut on Monday.",
        )
    )
    assert pairs(opposite) == []


def test_a_toll_told_of_an_earlier_weekday_in_its_article_is_no_rival() -> None:
    """ "The toll stood at 13 on Tuesday night" in Wednesday's article whose headline says 21:
    the article tells two days, not two tolls; the same figure told of the article's own day
    still contradicts its 21."""

    def one_article(day: str) -> list[str]:
        text = (
            "Dump collapse: death toll reaches 21\\n\\nThe number of people killed when the dump"
            " collapsed onto houses rose on Wednesday, officials said. Rescue teams worked for"
            f" a second day. The toll stood at 13 on {day} night."
        )
        result = check_story(dated((text, "2026-03-04")))
        return [p.explanation for f in result.findings for p in f.pairs]

    assert one_article("Tuesday") == []
    assert one_article("Wednesday")
