"""What a figure counts: the noun phrase after it (checker/extract/entities.py).

Sentences written by the developers in the shape of crime and business copy; the classes
(an event noun modifying a plural, an irregular past verb after the noun) were found on
GVA pages and are measured by benchmarks/counted_noun.py, never copied here.
"""

from __future__ import annotations

import datetime as dt

import pytest

from checker.extract.claims import extract_claims
from checker.model import Document

# (sentence, quote of the figure, counted noun as written)
COUNTED_NOUNS = [
    # an event word before a plural noun modifies it
    ("He faces two murder charges in the case.", "two murder charges", "murder charges"),
    ("Detectives found 14 shooting victims at the scene.", "14 shooting", "shooting victims"),
    ("The judge gave him 3 life sentences.", "3 life sentences", "life sentences"),
    ("Officers spoke to four homicide suspects.", "four homicide suspects", "homicide suspects"),
    # an irregular past verb ends the phrase
    ("One guard saw the gunman and called police.", "One guard", "guard"),
    ("A second suspect fled on foot; one officer struck a wall.", "one officer", "officer"),
    ("One caller heard shots near the school.", "One caller", "caller"),
    # unchanged: a participle or an event word after the noun starts the predicate
    ("Five people killed in the attack were students.", "Five people", "people"),
    ("Two victims shot in the leg were released.", "Two victims", "victims"),
    ("He scored two late goals.", "two late goals", "goal"),
]


@pytest.mark.parametrize(("text", "quote", "noun"), COUNTED_NOUNS)
def test_counted_noun(text: str, quote: str, noun: str) -> None:
    claims = extract_claims(Document(doc_id="x", text=text, published=dt.date(2016, 5, 2)))
    found = [c for c in claims if c.quote.startswith(quote.split()[0])]
    assert found, [c.quote for c in claims]
    assert found[0].unit == noun


# (sentence, quote, value, event, counted entity): a counted noun of people written as two
# words has its head last; one victim told without a number states one death
PEOPLE_COUNTED = [
    ("Two police officers were killed on Monday.", "Two police officers", "2", "killed", "police officers"),
    # a name before the head is none of the phrase's three words of its own
    ("Two Lakeside Middle School teachers were killed.", "Two Lakeside Middle School teachers", "2", "killed", "teachers"),
    ("Police said two West high school students were killed.", "two West high school students", "2", "killed", "students"),
    # a singular noun keeps its own class: singular lookups raised false pairs (README)
    ("A police officer was killed on Monday.", "A police officer", "1", "killed", "police officers"),
    ("Three aid workers were wounded near the border.", "Three aid workers", "3", "injured", "workers"),
    ("A man was shot dead outside a bar on Saturday, police said.", "A man", "1", "killed", "men"),
    ("A 23-year-old woman was killed in the crash.", "A 23-year-old woman", "1", "killed", "women"),
    ("Police said an unidentified man was shot and killed.", "an unidentified man", "1", "killed", "men"),
    ("A 5-year-old boy died after the shooting.", "A 5-year-old boy", "1", "killed", "boys"),
    ("One officer said a teenager was fatally shot.", "a teenager", "1", "killed", "teenagers"),
    ("Two men were fatally shot outside the store.", "Two men", "2", "killed", "men"),
    # wounded or injured fatally or mortally: killed (had been read as injured)
    ("In the end, five officers were fatally wounded.", "five officers", "5", "killed", "police officers"),
    ("Two workers were mortally injured in the blast.", "Two workers", "2", "killed", "workers"),
    ("Gunman fatally wounds two, police say.", "two", "2", "killed", "people"),
    # members of a group told before their predicate count what happened to them
    ("Seven people were shot. Two of the victims were killed.", "Two", "2", "killed", "people"),
    ("All three of them were shot and killed in their home.", "three", "3", "killed", "people"),
    # "shot and" read as an auxiliary leaves "shot" when no stronger outcome follows
    ("Three people were shot and taken to a local hospital.", "Three people", "3", "shot", "people"),
    # the dead told by an adjective before their noun
    ("The agent found two slain victims upstairs.", "two slain victims", "2", "killed", "people"),
    # a headline's bare noun is one victim
    ("Man shot dead outside bar in Springfield\n\nPolice are investigating.", "Man", "1", "killed", "men"),
    ("Police: Teen Shot Dead After Argument\n\nText.", "Teen", "1", "killed", "teenagers"),
    # ... unless it is the subject of an active verb: then the one who died is its object
    ("Deputy fatally shot teen during domestic call\n\nText.", "teen", "1", "killed", "teenagers"),
    ("Man dies 4 days after shooting\n\nText.", "Man", "1", "killed", "men"),
    # the missing who remain missing are the count; those still in hospital are a part
    ("Forty people remain missing after the flood.", "Forty people", "40", "missing", "people"),
    ("Five people are still hospitalized.", "Five people", "5", "", "people"),
    # the people words of measures.json: deputies are officers, males men, citizens civilians
    ("The other two deputies shot are in surgery.", "two deputies", "2", "shot", "police officers"),
    ("Three other males were also shot.", "Three other males", "3", "shot", "men"),
    ("Shelling left 3 citizens killed.", "3 citizens", "3", "killed", "civilians"),
    ("She shot and killed her two daughters.", "two daughters", "2", "killed", "children"),
    ("Rescue workers pulled 40 survivors from the debris.", "40 survivors", "40", "rescued", "people"),
    # people ordered to evacuate have left as surely as "were evacuated"; those under
    # evacuation orders are counted at one time (orders are lifted)
    ("Police said 27,517 people were ordered to evacuate.", "27,517 people", "27517", "displaced", "people"),
    ("Officials said 52,013 people were under evacuation orders.", "52,013 people", "52013", "under evacuation order", "people"),
    # a toll named before another figure of its sentence: what it reached is the toll
    (
        "The death toll from Thursday's 7.0 magnitude quake in the east rose to 131 on Friday.",
        "131", "131", "killed", "people",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "value", "event", "entity"), PEOPLE_COUNTED)
def test_people_counted(text: str, quote: str, value: str, event: str, entity: str) -> None:
    claims = extract_claims(Document(doc_id="x", text=text, published=dt.date(2016, 5, 2)))
    (claim,) = [c for c in claims if c.quote == quote]
    assert (claim.value, claim.measure.event, claim.measure.entity) == (value, event, entity)
    assert claim.interval.low == claim.interval.high == int(value)


@pytest.mark.parametrize(
    "text",
    [
        "A second man was killed later.",  # presupposes a first
        "Another woman was shot dead nearby.",
        "A woman was wounded in the leg.",  # the wounded: often one of several
        "A man was arrested after the robbery.",
        "Second man dies after shooting\n\nText.",  # a headline presupposing others
        "Officials said a 12th child died of kidney injury.",  # an ordinal in digits: twelve
        "A 3rd person died on Sunday.",
        "5th victim dies after blaze\n\nText.",
        "Two men, woman killed in crash\n\nText.",  # a headline that counts
        # the noun before an active verb is who killed: "ex-wife, man" are two
        "Ex-deputy killed ex-wife, man before shooting himself\n\nText.",
    ],
)
def test_no_single_victim_where_others_are_presupposed_or_none_died(text: str) -> None:
    claims = extract_claims(Document(doc_id="x", text=text, published=dt.date(2016, 5, 2)))
    assert [c.quote for c in claims if c.kind == "count" and c.value == "1"] == []


def test_a_headline_subject_that_killed_several_is_not_a_victim() -> None:
    text = "Miami man killed 2 daughters in car before shooting himself\n\nText."
    claims = extract_claims(Document(doc_id="x", text=text, published=dt.date(2016, 5, 2)))
    assert [(c.quote, c.value) for c in claims if c.kind == "count"] == [("2 daughters", "2")]


@pytest.mark.parametrize(
    ("text", "quote", "event"),
    [
        ("Some 4,500 people were ordered out of their homes.", "Some 4,500 people", "displaced"),
        (
            "The spill forced about 2,000 residents from their homes.",
            "about 2,000 residents",
            "displaced",
        ),
    ],
)
def test_people_put_out_of_their_homes_are_displaced(text: str, quote: str, event: str) -> None:
    claims = extract_claims(Document(doc_id="x", text=text, published=dt.date(2016, 5, 2)))
    assert [c.measure.event for c in claims if c.quote == quote] == [event]


def test_blocks_from_a_place_are_a_distance_not_a_count() -> None:
    text = "Harcourt, who lives three blocks from the tracks, was shot. Police seized 12 blocks of resin."
    claims = extract_claims(Document(doc_id="x", text=text, published=dt.date(2016, 5, 2)))
    found = {c.quote: (c.kind, c.unit) for c in claims}
    assert found["three blocks"] == ("amount", "block")
    assert found["12 blocks"] == ("count", "blocks")


@pytest.mark.parametrize(
    "text",
    [
        "We interviewed 22 injured people who said they did not seek treatment.",
        "Reporters spoke with three wounded survivors at the hospital.",
    ],
)
def test_people_someone_spoke_to_count_no_event(text: str) -> None:
    claims = extract_claims(Document(doc_id="x", text=text, published=dt.date(2016, 5, 2)))
    assert [c.measure.event for c in claims if c.kind == "count"] == [""]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("The storm cut power to 2.6 million early Monday.", "2.6 million"),
        ("The board approved a 5 percent raise late Monday.", "5 percent raise"),
        (
            "The House passed the $1 trillion infrastructure package late on Friday.",
            "$1 trillion infrastructure package",
        ),
        ("Fire destroyed 40 homes Sunday.", "40 homes"),
    ],
)
def test_a_word_of_time_ends_the_phrase(text: str, quote: str) -> None:
    """A day, or "late"/"early" before a word of time, is when, not what is counted ("two
    late goals" keeps its adjective)."""
    claims = extract_claims(Document(doc_id="x", text=text, published=dt.date(2016, 5, 2)))
    assert quote in [c.quote for c in claims], [c.quote for c in claims]
