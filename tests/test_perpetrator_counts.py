"""Two counts one perpetrator apart are both readings of one toll when one may count the
perpetrator and the other not; counts that never hold a perpetrator have no such excuse.
Invented hotel-siege copy."""

from __future__ import annotations

from checker.events.perpetrator import may_count_perpetrators
from checker.pipeline import check_story
from tests.test_events import pairs, story

_TWELVE = (
    "Twelve dead in hotel siege\n\nTwelve people, including the four attackers, were killed"
    " when gunmen attacked a beach hotel, a police commander said Monday."
)


def test_civilians_or_attackers_never_hold_the_perpetrator() -> None:
    assert not may_count_perpetrators("civilians")
    assert not may_count_perpetrators("attackers")
    assert not may_count_perpetrators("gunmen")
    assert may_count_perpetrators("people")
    assert may_count_perpetrators("")


def test_two_counts_of_civilians_are_compared_though_attackers_died() -> None:
    result = check_story(
        story(
            "Gunmen kill eight in hotel siege\n\nGunmen stormed a hotel on Sunday night, killing"
            " eight civilians before security forces shot dead all four attackers.",
            _TWELVE,
            "Hotel attack: 11 civilians killed\n\nEleven civilians were killed when gunmen"
            " stormed the hotel on Sunday night, officials said Monday.",
        )
    )
    assert ("eight civilians", "Eleven civilians") in pairs(result) or (
        "11 civilians",
        "eight civilians",
    ) in pairs(result)


def test_two_counts_of_the_attackers_are_compared() -> None:
    result = check_story(
        story(
            "Siege over\n\nSecurity forces shot dead four attackers at the hotel on Monday.",
            "Siege over\n\nSecurity forces killed five attackers at the hotel on Monday, police"
            " said.",
        )
    )
    assert pairs(result) == [("five attackers", "four attackers")]


def test_people_against_civilians_still_allow_for_the_attackers() -> None:
    """Twelve people including four attackers and eight civilians are one toll."""
    result = check_story(
        story(
            _TWELVE,
            "Gunmen kill eight\n\nGunmen killed eight civilians at the hotel on Sunday night.",
        )
    )
    assert pairs(result) == []
