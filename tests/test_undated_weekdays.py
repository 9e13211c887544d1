"""Articles with no date: their weekdays still order a story's news. "Killed 14 on
Saturday" and "the toll from Saturday's bombing rose to 19 on Sunday" are a toll and its
update, not two outlets disagreeing; "22 killed on Saturday" against the 14 is a
disagreement. Invented market-bombing copy."""

from __future__ import annotations

import datetime as dt

from checker.extract.claims import extract_claims
from checker.extract.timex_common import weekday_order
from checker.model import Document
from checker.pipeline import check_story
from tests.test_events import pairs, undated_story

_SATURDAY = (
    "Suicide bomber kills 14 at market\n\nA suicide bomber killed 14 people at a cattle market"
    " on Saturday, police said. Three of the dead were children."
)
_SUNDAY = (
    "Market bombing toll rises to 19\n\nThe death toll from Saturday's suicide bombing at the"
    " cattle market rose to 19 on Sunday after five of the wounded died, officials said."
)
_OTHER_SATURDAY = (
    "Market blast: 22 dead\n\nAt least 22 people were killed on Saturday when a suicide bomber"
    " struck the cattle market, a community leader said."
)


def test_weekdays_of_no_known_week_are_ordered_by_the_nearer_way_round() -> None:
    assert weekday_order("XXXX-WXX-6", "XXXX-WXX-7") == -1  # Saturday, then Sunday
    assert weekday_order("XXXX-WXX-7", "XXXX-WXX-6") == 1
    assert weekday_order("XXXX-WXX-5", "XXXX-WXX-1") == -1  # Friday, then Monday
    assert weekday_order("XXXX-WXX-6", "XXXX-WXX-6") == 0
    assert weekday_order("XXXX-WXX-6", "2016-07-24") == 0  # a dated article's day: not read
    assert weekday_order("", "XXXX-WXX-6") == 0


def test_an_undated_articles_figure_is_of_its_own_weekday_or_its_ledes() -> None:
    saturday, sunday = (extract_claims(Document("d.txt", t)) for t in (_SATURDAY, _SUNDAY))
    assert {c.as_of for c in saturday if c.quote == "14 people"} == {"XXXX-WXX-6"}
    # "Saturday's" names the bombing; the toll is Sunday's
    assert {c.as_of for c in sunday if c.value == "19"} == {"XXXX-WXX-7"}


def test_an_update_told_a_day_later_is_no_disagreement_in_undated_articles() -> None:
    assert pairs(check_story(undated_story(_SATURDAY, _SUNDAY))) == []


def test_two_tolls_of_one_day_still_disagree_in_undated_articles() -> None:
    assert pairs(check_story(undated_story(_SATURDAY, _OTHER_SATURDAY))) == [
        ("14 people", "22 dead")
    ]


def test_a_dated_articles_possessive_day_names_the_event_not_the_figures_day() -> None:
    claims = extract_claims(Document("d.txt", _SUNDAY, published=dt.date(2024, 6, 10)))
    body = [c for c in claims if c.value == "19" and c.sentence_start > 0]
    assert {c.as_of for c in body} == {"2024-06-09"}  # that Sunday, not Saturday's


def _as_of(text: str, published: dt.date) -> dict[str, str]:
    """Each figure's as-of value in one dated article, by its quote."""
    return {c.quote: c.as_of for c in extract_claims(Document("d.txt", text, published=published))}


def test_a_day_in_a_when_clause_dates_the_event_not_the_toll() -> None:
    """ "164 were injured when an earthquake struck early on Tuesday", published Wednesday:
    the toll is Wednesday's count of Tuesday's quake, so a lower count told on Tuesday is an
    earlier state, not a disagreement."""
    found = _as_of(
        "Quake: rescuers search rubble\n\nAt least 12 people died and 164 were injured when"
        " an earthquake struck early on Tuesday, officials say.",
        dt.date(2024, 4, 3),
    )
    assert found["164"] == "2024-04-03"
    # without "when", the day is the figure's
    dated = _as_of("Some 130 people were injured on Tuesday.", dt.date(2024, 4, 3))
    assert dated["Some 130 people"] == "2024-04-02"


def test_a_day_after_following_or_after_dates_the_event_not_the_toll() -> None:
    """ "the seven people who lost their lives following a lightning strike on Sunday",
    published Monday: the toll is Monday's count of Sunday's strike, as with "when"."""
    for link in ("following", "after"):
        found = _as_of(
            f"The minister mourned the seven people who lost their lives {link} a lightning"
            " strike at a church gathering on Sunday.",
            dt.date(2025, 11, 17),
        )
        assert found["seven people"] == "2025-11-17"


def test_a_day_closing_a_relative_clause_of_another_noun_is_that_nouns() -> None:
    """ "17p higher than the 245p offer that Fairway rejected ten days ago, and represents a
    premium of about 48pc": ten days ago dates the offer, not the new premium."""
    found = _as_of(
        "The new proposal of 262p is 17p higher than the 245p offer that Fairway rejected"
        " ten days ago, and represents a premium of about 48pc to the share price.",
        dt.date(2025, 6, 12),
    )
    assert found["about 48pc"] == "2025-06-12"
    assert found["245p offer"] == "2025-06-02"


def test_a_weekday_that_bounds_a_stretch_of_time_is_not_the_day_of_the_news() -> None:
    from checker.extract.as_of import news_weekday
    from checker.extract.text import fold_text
    from checker.extract.timex import tag_times

    lede = fold_text(
        "Heat deaths climb to 68\n\nThe number of people who died of heatstroke since Saturday"
        " rose to 68 on Tuesday, the health department said."
    )
    assert news_weekday(lede, tag_times(lede, None)) == "XXXX-WXX-2"  # Tuesday
    # the control: a weekday of the news itself
    plain = fold_text(
        "Heat deaths climb\n\nSixty-eight people have died since the heat began,"
        " officials said on Saturday."
    )
    assert news_weekday(plain, tag_times(plain, None)) == "XXXX-WXX-6"
