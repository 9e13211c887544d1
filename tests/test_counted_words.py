"""What a figure's next words make of it: an adverb of a participle is no counted noun
("15 slightly hurt"), and rounds are shots only when fired or heard."""

from __future__ import annotations

import pytest

from checker.extract.claims import extract_claims
from checker.model import Claim, Document
from checker.pipeline import check_story
from tests.test_coordinated import claims_of
from tests.test_events import pairs, story


def _claim(text: str, quote: str) -> Claim:
    return next(c for c in extract_claims(Document("d.txt", text)) if c.quote == quote)


@pytest.mark.parametrize(
    ("sentence", "quote", "event", "scope"),
    [
        ("Three people were killed and 15 slightly hurt in the crash.", "15", "injured", "minor"),
        ("The riots left two dead and 40 lightly injured.", "40", "injured", "minor"),
        ("Two critically injured in shooting on Main Street.", "Two", "injured", "critical"),
    ],
)
def test_an_adverb_after_a_figure_is_no_counted_noun(
    sentence: str, quote: str, event: str, scope: str
) -> None:
    found = claims_of(sentence)
    assert found[quote][1:] == (event, scope)


@pytest.mark.parametrize(
    ("sentence", "quote", "entity"),
    [
        ("Five heavily armed men stormed the building.", "Five heavily armed men", "men"),
        ("Three family members were at home.", "Three family members", "members"),
    ],
)
def test_an_adverb_of_a_modifier_keeps_the_noun(sentence: str, quote: str, entity: str) -> None:
    assert claims_of(sentence)[quote][2] == entity


@pytest.mark.parametrize(
    ("sentence", "quote", "measure"),
    [
        ("Police said the gunman fired 30 rounds into the crowd.", "30 rounds", "shots fired"),
        ("She said she heard more than 100 rounds.", "more than 100 rounds", "shots fired"),
        ("In 2008 the bout went 11 rounds before he won.", "11 rounds", "rounds"),
        ("The startup raised money in two rounds of funding.", "two rounds", "rounds"),
    ],
)
def test_rounds_are_shots_only_when_fired_or_heard(sentence: str, quote: str, measure: str) -> None:
    value, event, entity = claims_of(sentence)[quote]
    assert (event or entity) == measure


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        ("At least 17 people died in the fire that engulfed a 24-storey tower.", "24-storey"),
        ("A six-vehicle crash killed two people on the interstate.", "six-vehicle"),
        ("Two people were killed in a two-alarm fire.", "two-alarm"),
    ],
)
def test_a_number_joined_to_a_thing_by_a_hyphen_counts_no_one_harmed(
    sentence: str, quote: str
) -> None:
    assert claims_of(sentence)[quote][1] == ""  # no event


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        ("More than 200 people are now known to have died after the ferry sank.", "More than 200 people"),
        ("Some 300 people are estimated to have been killed.", "Some 300 people"),
    ],
)  # fmt: skip
def test_known_or_estimated_to_have_died_is_a_toll(sentence: str, quote: str) -> None:
    assert claims_of(sentence)[quote][1] == "killed"


@pytest.mark.parametrize(
    ("sentence", "quote", "event"),
    [
        ("Two children were among the dead.", "Two children", "killed"),
        ("Three police officers were among the wounded.", "Three police officers", "injured"),
        ("The monitor said there were 11 children among the dead.", "11 children", "killed"),
    ],
)
def test_among_the_dead_are_some_of_the_dead(sentence: str, quote: str, event: str) -> None:
    assert claims_of(sentence)[quote][1:] == (event, "others")


def test_parts_listed_among_the_dead_are_not_summed_into_a_toll() -> None:
    found = claims_of("76 children and 41 women were among those killed.")
    assert "76 children and 41 women" not in found


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        ("Two others are charged in this case.", "Two others"),
        ("Police arrested the gunman and two others.", "two others"),
        ("The gunman killed the driver and two others.", "two others"),
    ],
)
def test_others_besides_someone_named_are_a_part(sentence: str, quote: str) -> None:
    assert claims_of(sentence)[quote][2] == "others"


def test_others_after_another_event_are_all_of_theirs() -> None:
    # "one was killed and three others were injured": the three are all the injured
    assert claims_of("One man was killed and three others were injured.")["three others"][2] == (
        "people"
    )


@pytest.mark.parametrize(
    ("sentence", "quote", "entity"),
    [
        # the others of one in critical condition are some of those treated
        ("One is in critical condition and two others were treated at the hospital.", "two others", "others"),
        ("Two are in critical condition and five others were hospitalized.", "five others", "others"),
        # the others after the dead are all those taken to hospital; "the scene" is nobody
        ("One boy died at the scene and three others were hospitalized.", "three others", "people"),
    ],
)  # fmt: skip
def test_others_of_those_in_hospital(sentence: str, quote: str, entity: str) -> None:
    assert claims_of(sentence)[quote][1:] == ("hospitalised", entity)


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "The gunman killed a woman in her 30s. Three other women in their 20s were taken to a hospital.",
            "Three other women",
        ),
        ("The gang was formed in the 1990s. Two members were arrested.", "Two members"),
        ("Highs reached 72F. Four people were treated for heat.", "Four people"),
    ],
)
def test_a_figure_ending_in_a_letter_ends_its_sentence(text: str, quote: str) -> None:
    # "30s." is no initial: the next sentence's figure does not take the verb before it
    claim = _claim(text, quote)
    assert text.index(quote) == text.index(claim.sentence)
    assert claim.measure.event != "killed"


def test_a_single_capital_is_still_an_initial() -> None:
    # control: "J. Smith" and "U.S." do not end a sentence
    text = "Police said J. Smith killed two people. U.S. Marshals arrested him."
    claim = _claim(text, "two people")
    assert claim.sentence.startswith("Police said J. Smith")


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "The shooting that killed Tom Lane and sent three others to the hospital.",
            "three others",
        ),
        (
            "The blast left one dead and sent at least one other person to the hospital.",
            "at least one other person",
        ),
        ("Gunfire sends seven to hospital.", "seven"),
        ("Medics took three of the victims to area hospitals.", "three"),
    ],
)
def test_a_figure_sent_to_hospital_counts_those_taken_there(text: str, quote: str) -> None:
    assert _claim(text, quote).measure.event == "hospitalised"


@pytest.mark.parametrize(
    ("text", "quote", "event", "scope"),
    [
        # the harm in a participle, the discharge the main predicate: those of the harmed sent
        # home, a part of them
        (
            "Sixteen people injured in Friday night's blast have been discharged.",
            "Sixteen people",
            "injured",
            "discharged",
        ),
        (
            "Four people who were wounded in the shooting have been released.",
            "Four people",
            "injured",
            "discharged",
        ),
        (
            "Eight people hurt on Thursday were later released from hospital.",
            "Eight people",
            "injured",
            "discharged",
        ),
        # controls: harm and discharge as one predicate count all the harmed; "released on
        # bail" sends no one home from hospital; the discharge of another subject
        (
            "Five people were injured and have since been released from hospital.",
            "Five people",
            "injured",
            "",
        ),
        ("Three men shot in the attack were released on bail.", "Three men", "shot", ""),
        (
            "Five people were injured, two of whom have been discharged.",
            "Five people",
            "injured",
            "",
        ),
        (
            "Of the 27 workers taken to hospital on Monday, the rest have been discharged.",
            "27 workers",
            "hospitalised",
            "",
        ),
    ],
)
def test_the_injured_sent_home_are_a_part_of_them(
    text: str, quote: str, event: str, scope: str
) -> None:
    measure = _claim(text, quote).measure
    assert (measure.event, measure.scope) == (event, scope)


@pytest.mark.parametrize(
    ("text", "quote", "event"),
    [
        # controls: the verb before is the figure's own; no destination after it
        (
            "The shooting killed one man and sent police to the scene, killing three others.",
            "three others",
            "killed",
        ),
        (
            "The gunman killed three people before he was taken to the hospital.",
            "three people",
            "killed",
        ),
    ],
)
def test_the_verb_before_stands_without_a_transfer(text: str, quote: str, event: str) -> None:
    assert _claim(text, quote).measure.event == event


@pytest.mark.parametrize(
    ("text", "quote", "event"),
    [
        (
            "The death toll from Friday's earthquake in Morocco rose to 2,122 on Monday.",
            "2,122",
            "killed",
        ),
        ("The toll from the blast at the Karachi garment factory climbed to 11.", "11", "killed"),
        # controls: money is no toll; a nearer event word is the figure's
        ("The toll for crossing the new bridge rose to $5 on Monday.", "$5", ""),
        ("The death toll stands at 50, and the number of injured rose to 120.", "120", "injured"),
    ],
)
def test_a_toll_far_before_the_verb_of_reaching_is_the_figures(
    text: str, quote: str, event: str
) -> None:
    assert _claim(text, quote).measure.event == event


@pytest.mark.parametrize(
    ("text", "quote", "entity"),
    [
        ("Ferry disaster: 29 confirmed dead", "29", "people"),
        ("Officials reported 29 confirmed deaths.", "29 confirmed deaths", "people"),
        ("The quake left 300 feared dead.", "300", "people"),
        # control: a participle before a noun that is no event word stays in the phrase
        (
            "Police said 12 suspected gang members were arrested.",
            "12 suspected gang members",
            "members",
        ),
    ],
)
def test_how_a_count_is_known_is_no_counted_noun(text: str, quote: str, entity: str) -> None:
    claim = _claim(text, quote)
    assert claim.measure.entity == entity
    assert claim.measure.event == ("arrested" if "arrested" in text else "killed")


@pytest.mark.parametrize(
    ("text", "quote", "event"),
    [
        ("Tesla recalls 2 million vehicles.", "2 million vehicles", "recalled"),
        ("Lufthansa cancelled 1,300 flights on Wednesday.", "1,300 flights", "cancelled"),
        # every form of the verbs of events: "affecting", "arresting", "rescuing"
        (
            "It cancelled 412 flights, affecting about 58,000 passengers.",
            "about 58,000 passengers",
            "affected",
        ),
        ("Police raided the camp, arresting 31 people.", "31 people", "arrested"),
        ("Divers worked through the night, rescuing 14 people.", "14 people", "rescued"),
        # the ways a rescue is told: "pulled alive", "brought to safety"
        ("Coast guards said 39 people were pulled alive from the sea.", "39 people", "rescued"),
        ("Eleven miners were brought to safety overnight.", "Eleven miners", "rescued"),
        ("Two hikers were winched to safety.", "Two hikers", "rescued"),
        # every form of the verbs of cancelling
        (
            "The failure forced it to scrap more than 450 flights.",
            "more than 450 flights",
            "cancelled",
        ),
        ("The airline is scrapping 96 flights on Saturday.", "96 flights", "cancelled"),
        ("Russian jets carried out 60 sorties.", "60 sorties", "sorties"),
        # controls: a recall of people is a memory, guns carried are not aboard
        ("He recalled two men running.", "two men", ""),
        ("The plane was carrying 2 guns.", "2 guns", ""),
    ],
)
def test_recalls_and_cancellations_count_things(text: str, quote: str, event: str) -> None:
    assert _claim(text, quote).measure.event == event


@pytest.mark.parametrize(
    ("text", "quote", "entity"),
    [
        # others of the same harm as the sentence before counted: a part of the toll
        ("The strikes killed 58 civilians. It added that 24 other people were killed.", "24 other people", "others"),
        ("Two officers were wounded. Police said three others were wounded too.", "three others", "others"),
        # the sentence before counted another harm: the others are all of theirs
        ("Four civilians were killed. Seven others were wounded in the attack.", "Seven others", "people"),
        # nothing counted before: no one is left out
        ("Seven others were wounded in the attack.", "Seven others", "people"),
    ],
)  # fmt: skip
def test_others_after_the_sentence_before(text: str, quote: str, entity: str) -> None:
    assert claims_of(text)[quote][2] == entity


@pytest.mark.parametrize(
    ("sentence", "quote", "event", "scope"),
    [
        # treated at the scene: hurt, and not taken to hospital
        ("Three people were treated at the scene and released.", "Three people", "injured", "minor"),
        ("Two others were treated on the scene for cuts.", "Two others", "injured", "minor"),
        # treated at a hospital, or treated and released without a place: those in hospital
        ("Four people were treated and released from the hospital.", "Four people", "hospitalised", "people"),
        ("Five people were hospitalized.", "Five people", "hospitalised", "people"),
    ],
)  # fmt: skip
def test_treated_at_the_scene_is_not_hospital(
    sentence: str, quote: str, event: str, scope: str
) -> None:
    assert claims_of(sentence)[quote][1:] == (event, scope)


@pytest.mark.parametrize(
    ("sentence", "quote", "event"),
    [
        ("Two citizens got injured on Sunday in the mortar attack.", "Two citizens", "injured"),
        ("Five kids got shot outside the school, police said.", "Five kids", "shot"),
        ("Four others got hurt when the wall fell.", "Four others", "injured"),
        ("Three people got jobs at the new plant.", "Three people", ""),
    ],
)
def test_the_get_passive_tells_what_happened_to_a_count(
    sentence: str, quote: str, event: str
) -> None:
    assert _claim(sentence, quote).measure.event == event


@pytest.mark.parametrize(
    ("sentence", "quote", "event"),
    [
        ("Two male victims died at the scene.", "Two male victims", "killed"),
        ("Two female students were injured in the crash.", "Two female students", "injured"),
        ("5 Dallas officers killed in ambush", "5 Dallas officers", "killed"),
        ("Five Dallas police officers were killed.", "Five Dallas police officers", "killed"),
    ],
)
def test_a_word_before_a_noun_of_people_qualifies_it(sentence: str, quote: str, event: str) -> None:
    # "male", "female" or a town's name ending in s before a noun of people is no head
    assert _claim(sentence, quote).measure.event == event


def test_the_bodies_of_some_dead_are_a_part_of_the_toll() -> None:
    # "the bodies of three fallen officers were moved": the bodies, as "three bodies" are
    claim = _claim(
        "The bodies of three fallen officers were moved to the hospital.", "three fallen officers"
    )
    assert (claim.measure.event, claim.measure.scope) == ("killed", "bodies")


def test_the_other_n_are_a_part_of_the_count() -> None:
    """ "The other three dead were plant employees", after one victim told alone, are three
    of the four killed: no rival of another outlet's "the four men killed"."""
    one = (
        "The victim, a 29-year-old lorry driver, was in his cab when the silo fell. "
        "The other three dead were plant employees."
    )
    four = "Ahmad, 41, was among the four men killed when the silo collapsed."
    result = check_story(story(one, four))
    (three,) = [c for c in result.claims if c.quote == "three dead"]
    assert three.measure.entity == "others"
    assert pairs(result) == []


def test_the_count_a_figure_reached_names_its_event_before_nearer_words() -> None:
    """ "The number of people hurt when part of the roof collapsed ... rose to 17" counts the
    hurt: "collapsed" stands nearer the figure, but it tells what happened to the roof."""
    text = (
        "The number of people hurt when part of the departure hall roof collapsed at the "
        "airport rose to 17 overnight, the Health Ministry said."
    )
    result = check_story(story(text))
    (seventeen,) = [c for c in result.claims if c.quote == "17"]
    assert seventeen.measure.event == "injured"
