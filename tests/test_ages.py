"""Ages bound to people (checker.extract.people) and when two of one person conflict
(checker.findings.ages). The articles are invented, in the phrasing of local news."""

from __future__ import annotations

import pytest

from checker.extract.names import person_key
from checker.extract.people import person_of_age
from checker.model import StoryResult
from checker.pipeline import check_story
from tests.test_reconcile import story


def _person(text: str, number: str) -> str:
    start = text.index(number)
    return person_of_age(text, start, start + len(number))


@pytest.mark.parametrize(
    ("text", "number", "person"),
    [
        ("Police arrested Esteban Santiago, 26, at the airport.", "26", "Esteban Santiago"),
        (
            "Police arrested a 26-year-old Esteban Santiago at the airport.",
            "26",
            "Esteban Santiago",
        ),
        # an age written before a name is that name's, even after another name and its comma
        (
            "The victims were 18-year-old Myrick Malone Dodd, 23-year-old Richaad Deon Dodd.",
            "23",
            "Richaad Dodd",
        ),
        ("The injured were Officer Misty McBride, 39, and two others.", "39", "Misty McBride"),
        # job titles and ministries are titles too; given names that are titles are not
        ("Chief Executive Lena Marsh, 49, said the cuts hurt.", "49", "Lena Marsh"),
        ("Finance Minister John Mbadi, 58, presented it.", "58", "John Mbadi"),
        ("Prince Jones, 22, was shot.", "22", "Prince Jones"),
        (
            "Sr. Master Sgt. Christopher B. Prather, 40, was hurt.",
            "40",
            "Christopher Prather",
        ),
        ("John Smith Jr., 25, was charged.", "25", "John Smith Jr"),
        ("Deputies found a 35-year-old Maria T. Lopez near the road.", "35", "Maria Lopez"),
        ("Briana Solomon-Sides, 15, was found upstairs.", "15", "Briana Solomon-Sides"),
        ("Police named DeShawn O'Neal, 19, as the driver.", "19", "DeShawn O'Neal"),
        ("Esteban Santiago, a 26-year-old Army veteran, flew in.", "26", "Esteban Santiago"),
        ("Ann Smith, 23-year-old Jones and two others were hurt.", "23", ""),
        ("His 37-year-old daughter said her mother escaped.", "37", ""),
        # capitalised words before a noun of people qualify it: a place, not a name
        ("Police arrested a 35-year-old Port Clifton man on Friday.", "35", ""),
        # a name after a preposition of place is a venue or a place, not the person
        (
            "On Sunday, in front of a home crowd at Nakasi Bay Oval, the 20-year-old from"
            " Nadroga became a hero.",
            "20",
            "",
        ),
        ("However, in South Carolina, a 24 year-old great aunt was charged.", "24", ""),
        ("Deputies fired shots at Fabriccio Patti, 13, and two others.", "13", "Fabriccio Patti"),
        ("A 19-year-old Lakewood High student was among the wounded.", "19", ""),
        # a surname alone stands for the one full name of that surname in the text
        ("Esteban Santiago flew in. Santiago, 26, was arrested.", "26", "Esteban Santiago"),
        ("Ann Oehme and Kari Oehme were shot. Oehme, 52, will recover.", "52", ""),
        ("Police said Monday, 12, were hurt.", "12", ""),
        # an age may end its sentence or clause
        ("Police identified the gunman as Dustin Kell, 29. He died.", "29", "Dustin Kell"),
        ("The dead were Gerod Ward, 18; and Oshaye Collins, 21.", "18", "Gerod Ward"),
        ("The dead were Gerod Ward, 18; and Oshaye Collins, 21.", "21", "Oshaye Collins"),
        ("The law was first passed in Ohio, 12. Then it spread.", "12", ""),
        # a suffix written apart; a noun of one person, a comma and a full name
        ("One victim, Larry Lynch, Jr., 28, lived nearby.", "28", "Larry Lynch Jr"),
        # a nickname between a name and its age ("aka" lists of defendants)
        ("Charged were Ranito Allen, aka Nito, 35; and Tony Coburn, 26.", "35", "Ranito Allen"),
        ("Police arrested Edwin Carvin, a.k.a. Ren, 38, on Monday.", "38", "Edwin Carvin"),
        ("He shot his 11-year-old son, Devin Henderson, in the head.", "11", "Devin Henderson"),
        # any singular noun is a role when a comma and a full name follow it
        (
            "Police said the club's 47-year-old owner, Tomas Halloran, helped.",
            "47",
            "Tomas Halloran",
        ),
        ("The 44-year-old homeowner, Francisco Suarez, died.", "44", "Francisco Suarez"),
        (
            "The firm's 54-year-old chief executive, Priya Natarajan, said so.",
            "54",
            "Priya Natarajan",
        ),
        ("The 30-year-old brothers, Ann Lee and Bo Lee, were hurt.", "30", ""),  # a plural
        # nouns with no comma before the name; not a verb between ("shot")
        ("They mourned 43-year-old rigger Tomas Reyll, who died.", "43", "Tomas Reyll"),
        ("His 9-year-old daughter Aniya Smith was hit.", "9", "Aniya Smith"),
        ("A 23-year-old man shot John Smith, 45, on Friday.", "23", ""),
        # a noun of one person (a role, a relation) right before the name: whatever follows
        ("The 52-year-old site manager Ilse Varga described a crack.", "52", "Ilse Varga"),
        ("Her 15-year-old son Ruben Ortega on Friday said so.", "15", "Ruben Ortega"),
        ("The 8-year-old boy in Maple Park was hit.", "8", ""),  # a place, no person
        ("A 23-year-old man named John Smith was hit.", "23", ""),
        ("the one-year-old child, Dion Loften, Jr., was hit", "one", "Dion Loften Jr"),
        ("A 30-year-old woman, Smith said, was hit.", "30", ""),
        ("A 20-year-old man, police said, was hit.", "20", ""),
        # "age 25", an age in brackets, an article before a year-old form and a noun
        ("Police named Eric Summerfield, age 18, as the driver.", "18", "Eric Summerfield"),
        ("Police said Burdette Effie Harth (26) was shot.", "26", "Burdette Harth"),
        ("Kadeem Torres, a 17-year-old freshman, died.", "17", "Kadeem Torres"),
        ("Earlier Sunday, a 25-year-old man was shot.", "25", ""),
        # a written number; an age a later "is" or "identified as" names
        ("Thirty-year-old Teqnika Marie Moultrie was hit.", "Thirty", "Teqnika Moultrie"),
        ("Police identified the 21-year-old victim as Rene Soto, of Chicago.", "21", "Rene Soto"),
        ("Neighbours said the 13-year-old is Jordan Stewart, a student.", "13", "Jordan Stewart"),
        # a list of ages after a list of names: each the name in its place
        ("Malia and Sasha Obama, aged 16 and 13 respectively, were there.", "16", "Malia Obama"),
        ("Malia and Sasha Obama, aged 16 and 13 respectively, were there.", "13", "Sasha Obama"),
        ("Stephen Stay and Katie Stay, ages 39 and 34, were killed.", "34", "Katie Stay"),
        ("Ann Lee, Bo Lee and Cy Lee, ages 39 and 34, were hurt.", "39", ""),
    ],
)
def test_the_person_an_age_belongs_to(text: str, number: str, person: str) -> None:
    assert _person(text, number) == person


def _age_pairs(result: StoryResult) -> list[tuple[str, str, str]]:
    claims = {c.claim_id: c for c in result.claims}
    return [
        (f.group.measure.describe(), claims[p.first].value, claims[p.second].value)
        for f in result.findings
        if f.verdict == "discrepancy"
        for p in f.pairs
        if p.reason == "ages differ"
    ]


def _check(first: tuple[str, str | None], second: tuple[str, str | None]) -> list:
    return _age_pairs(check_story(story(first, second)))


def test_two_ages_of_one_person_on_the_same_day_conflict() -> None:
    pairs = _check(
        ("Police arrested Cleveland Smelley, 30, on Thursday.", "2016-05-27"),
        ("Cleveland Smelley, 31, is suspected of the shooting.", "2016-05-27"),
    )
    assert pairs == [("age of Cleveland Smelley", "30", "31")]


def test_the_same_age_twice_or_ages_of_two_people_do_not_conflict() -> None:
    assert not _check(
        ("Police arrested Cleveland Smelley, 30, on Thursday.", "2016-05-27"),
        ("A 30-year-old Cleveland Smelley is suspected.", "2016-05-27"),
    )
    assert not _check(
        ("Police arrested Cleveland Smelley, 30, on Thursday.", "2016-05-27"),
        ("Antoine Smelley, 32, is suspected of the shooting.", "2016-05-27"),
    )


def test_a_year_later_a_person_may_be_one_year_older_but_not_younger() -> None:
    assert not _check(
        ("Christopher Simpson, 26, pleaded not guilty.", "2013-01-03"),
        ("A jury found Christopher Simpson, 27, guilty.", "2013-09-27"),
    )
    assert _check(
        ("Kevin McQuilliams, 26, was believed to have been involved.", "2015-01-03"),
        ("A 25-year-old Kevin McQuilliams received the sentence Monday.", "2015-06-09"),
    ) == [("age of Kevin McQuilliams", "26", "25")]


def test_an_age_dated_by_its_own_sentence_holds_on_that_day() -> None:
    assert not _check(
        ("In 2003, a 40-year-old Don Spirit pleaded guilty to a gun charge.", "2014-09-18"),
        ("The sheriff identified the gunman as Don Spirit, 51.", "2014-09-18"),
    )


def test_an_undated_article_allows_one_year_either_way() -> None:
    assert not _check(
        ("Christopher Simpson, 26, pleaded not guilty.", None),
        ("A jury found Christopher Simpson, 27, guilty.", "2013-09-27"),
    )
    assert _check(
        ("Christopher Simpson, 26, pleaded not guilty.", None),
        ("A jury found Christopher Simpson, 29, guilty.", "2013-09-27"),
    ) == [("age of Christopher Simpson", "26", "29")]


def test_the_explanation_says_why_and_the_rows_name_each_other() -> None:
    result = check_story(
        story(
            ("Police arrested Cleveland Smelley, 30, on Thursday.", "2016-05-27"),
            ("Cleveland Smelley, 31, is suspected of the shooting.", "2016-05-28"),
        )
    )
    (finding,) = [f for f in result.findings if f.verdict == "discrepancy"]
    (pair,) = finding.pairs
    assert (
        "cannot be both 30 (2016-05-27) and 31 (2016-05-28) years old 1 day apart"
        in pair.explanation
    )
    assert finding.conflicts_with(pair.first) == (pair.second,)


def test_a_younger_age_later_is_explained_without_a_birthday() -> None:
    result = check_story(
        story(
            ("Police say the gunman hit 3-year-old Makanzee Oldham.", "2016-05-27"),
            ("Makanzee Oldham, 2, was buried on Saturday.", "2016-06-11"),
        )
    )
    (finding,) = [f for f in result.findings if f.verdict == "discrepancy"]
    assert finding.group.describe() == "age of Makanzee Oldham"
    (pair,) = finding.pairs
    assert "aged 3 on 2016-05-27 cannot be 2 on 2016-06-11, 15 days later: an age never falls" in (
        pair.explanation
    )
    assert "birthday" not in pair.explanation


def _measures(text: str) -> dict[str, str]:
    from checker.extract.claims import extract_claims
    from checker.model import Document

    return {c.quote: c.measure.describe() for c in extract_claims(Document("d", text))}


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Vincent Gigante, Mafia Leader Who Feigned Insanity, Dies at 77", "77"),
        ("Mob boss 'Oddfather' dies in prison at 77", "77"),
        ("The singer, who died on Tuesday at 62, was buried in Memphis.", "62"),
        ("Dead at 95: the last veteran of the regiment", "95"),
        # more words between, abbreviations among them
        ("Mafia boss Vincent Gigante dies in U. S. prison at 77", "77"),
        ("Gigante died yesterday in federal prison at 77 after a long illness.", "77"),
    ],
)
def test_died_at_a_number_is_the_age_of_the_one_who_died(text: str, number: str) -> None:
    assert _measures(text)[number] == "year of age"


def test_died_at_after_a_clause_break_is_no_age() -> None:
    """Only words, no comma, between the death and "at": past a comma "at 12" is not read as
    the age of the one who died."""
    measures = _measures("Two people died, the police said, and a shop at 12 Elm Street burned.")
    assert "year of age" not in measures.values()


def test_died_at_a_time_of_day_is_no_age_and_no_toll() -> None:
    measures = _measures("She died at 3 a.m. in hospital, and he passed away at 6:41pm.")
    assert "year of age" not in measures.values()
    assert not any("killed" in m for m in measures.values())


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("A mother of 12 was killed in a gang shootout on Friday.", "12"),
        ("Mother of 13 Zurana Horton shot and killed in crossfire", "13 Zurana Horton"),
        ("Hit-and-run crash leaves Queens mother of 2 dead", "2 dead"),
        ("Smith, a father of two sons, died after the shooting.", "two sons"),
        ("A grandfather of five was among the dead.", "five"),
    ],
)
def test_a_parent_of_n_counts_children_not_the_dead(text: str, number: str) -> None:
    assert _measures(text)[number] == "children of one person"


def test_a_dead_mother_of_two_does_not_contradict_one_woman_killed() -> None:
    result = check_story(
        story(
            ("Hit-and-run crash leaves Queens mother of 2 dead", "2013-09-14"),
            ("A woman was killed by a hit-and-run driver in Queens.", "2013-09-14"),
            ("Mob boss dies in prison at 77. One woman was killed in Queens.", "2013-09-14"),
        )
    )
    assert not [f for f in result.findings if f.verdict == "discrepancy"]
    assert not [
        c for c in result.claims if c.value in ("2", "77") and "killed" in c.measure.describe()
    ]


def _units(text: str) -> dict[str, str]:
    from checker.extract.claims import extract_claims
    from checker.model import Document

    return {c.quote: c.unit for c in extract_claims(Document("d", text)) if c.kind != "date"}


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        # a list of numbers shares the age unit written after its last one
        ("The children killed were 9 and 10 years old.", ("9", "10 years old")),
        ("The victims were 12, 14 and 16 years old.", ("12", "14", "16 years old")),
        ("The men who died are 17 and 33 years of age.", ("17", "33 years")),
        # and the word before its first one
        ("The boys, ages 14 and 15, were hit.", ("14", "15")),
        ("The men, aged 20, 21 and 25, were arrested.", ("20", "21", "25")),
        # an age after a name may close an aside with a dash
        ("The victims - Edgar Rios, 16, and Melanie Virgen, 13 - died.", ("16", "13 - died")),
    ],
)
def test_every_number_of_a_list_of_ages_is_an_age(text: str, ages: tuple[str, ...]) -> None:
    units = _units(text)
    assert all(units[age] == "year of age" for age in ages), units


def test_a_list_of_numbers_is_no_age_without_an_age_word() -> None:
    units = _units("Two men were killed in 2014 and 15 people in 2015; 33 years passed.")
    assert "year of age" not in units.values()


@pytest.mark.parametrize(
    ("text", "first", "unit"),
    [
        ("Prices rose 5 and 6 percent in the two cities.", "rose 5", "percentage"),
        ("The storms dropped 3, 4 and 5 inches of rain.", "dropped 3", "inch"),
        ("Shares rose 2.5 and 3.1 per cent.", "rose 2.5", "percentage"),
    ],
)
def test_a_list_of_numbers_shares_the_unit_after_its_last(text: str, first: str, unit: str) -> None:
    assert _units(text)[first] == unit


def test_a_number_restated_after_a_comma_and_or_shares_no_unit() -> None:
    """ "563,112, or 47.9%": the count told again as a share, not a list of percentages;
    inside a list ("3, 4, or 5 percent") every number shares the unit."""
    units = _units("Ruiz had 612,408 votes, or 52.1%, against 563,112, or 47.9%, for Callahan.")
    assert units["563,112"] == "" and units["47.9%"] == "percentage"
    listed = _units("Prices rose 3, 4, or 5 percent in the three cities.")
    assert listed["4"] == "percentage"


def test_a_list_shares_no_unit_across_a_scale_nor_a_counted_noun() -> None:
    units = _units("He won 5 and 6 million dollars; 3 and 4 people were hurt.")
    assert units["5"] == "" and units["3"] == ""


def test_a_birthday_explains_one_year_more_never_two() -> None:
    def explanation(older: str) -> str:
        result = check_story(
            story(
                ("Police arrested Cleveland Smelley, 30, on Thursday.", "2016-05-27"),
                (f"Cleveland Smelley, {older}, is suspected of the shooting.", "2016-05-28"),
            )
        )
        (finding,) = [f for f in result.findings if f.verdict == "discrepancy"]
        return finding.pairs[0].explanation

    assert explanation("31").endswith("unless a birthday fell between.")
    assert "birthday" not in explanation("32")


@pytest.mark.parametrize(
    ("text", "number", "measure"),
    [
        ("The victim, 22, died at the hospital.", "22", "year of age"),
        ("Police said a black man, 23, was shot in the arm.", "23", "year of age"),
        # no noun of a person before the comma: no age
        ("In the third quarter, 12, teams played.", "12", "unknown"),
        ("The company, 25, employees were laid off.", "25", "unknown"),
    ],
)
def test_an_age_set_off_after_a_noun_of_a_person(text: str, number: str, measure: str) -> None:
    assert _measures(text)[number] == measure


@pytest.mark.parametrize(
    ("text", "number", "measure"),
    [
        # a person and "is" or "was" before a bare number that ends its clause: an age
        ("The actress has died, her agent said. She was 85.", "85", "year of age"),
        ("He was 95 and lived in Santa Rosa.", "95", "year of age"),
        ("He will be 35 by the end of the year.", "35", "year of age"),
        ("His client, who is 22, was being questioned.", "22", "year of age"),
        ("The tape was made when she was 14, after the raid.", "14", "year of age"),
        # a bound of a rule, a statistic or a score is no one's age
        ("Anyone who is 19 or older may be charged.", "19", "unknown"),
        ("He was 5 for 12 from the field.", "5", "unknown"),
        ("The score was 3 after the first half.", "3", "unknown"),
        ("She was 15 points behind.", "15 points", "unknown"),
        # a noun of a person, or a name the text gives in full, and "is" or "was"
        ("Investigators say the victim is 15, and the suspect is 16.", "15", "year of age"),
        ("The informant has died. Mark Felt was 95.", "95", "year of age"),
        # a capitalised word that ends no one's name, or a noun of no person: a toll
        ("The toll east of Damascus was 21, a monitor said.", "21", "people killed (whole event)"),
        ("The toll was 12.", "12", "people killed (whole event)"),
    ],
)
def test_a_person_is_or_was_a_bare_number(text: str, number: str, measure: str) -> None:
    assert _measures(text)[number] == measure


@pytest.mark.parametrize(
    ("text", "number", "person"),
    [
        # "He was 77." after the sentence that names the one person it is about
        ("Mob boss Vincent Gigante died in prison Monday. He was 77.", "77", "Vincent Gigante"),
        ("Police identified the victim as John Smith of Akron. He was 24.", "24", "John Smith"),
        (
            "Clementa Pinckney led the church. Pinckney, who was 42, answered.",
            "42",
            "Clementa Pinckney",
        ),
        # a name and "was" is as often an earlier report or a correction: left unbound
        ("John Smith was shot. Earlier reports said that Smith was 35.", "35", ""),
        # a pronoun inside a longer or a quoted sentence: left unbound
        ("Anthony Hemmings died. \u201cHe was 10, but he was big,\u201d said his aunt.", "10", ""),
        # two people named before the pronoun: whose age it is stays open
        ("Robert Knight said Jane Doe shot him. She was 29.", "29", ""),
        # an age at another time is not the person's age now
        ("John Smith has a long record. It began in 1988, when he was 7.", "7", ""),
        ("Because Brady Osborne was 15 at the time, no one was charged.", "15", ""),
        ("Because Kevin Brizuela was 17, he faces no death penalty.", "17", ""),
        ("Because Kevin Brizuela was 17 when he fired, he faces no death penalty.", "17", ""),
        # no one named: the age stays unbound
        ("The man died at the scene. Officers said he was 31.", "31", ""),
    ],
)
def test_whose_age_he_was_tells(text: str, number: str, person: str) -> None:
    assert _person(text, number) == person


def test_a_noun_of_one_person_before_a_full_name_is_a_role_not_a_first_name() -> None:
    # "Candidate Samuel Ndegwa Mutua" is Samuel Mutua; a role alone before a surname keeps it
    assert person_key("Candidate Samuel Ndegwa Mutua") == "Samuel Mutua"
    assert person_key("Driver John Smith") == "John Smith"
    assert person_key("Minnie Driver") == "Minnie Driver"
    pairs = _check(
        ("Samuel Ndegwa Mutua, 54, was not hurt in the blast.", "2025-06-15"),
        ("Candidate Samuel Ndegwa Mutua, 58, visited the families of the dead.", "2025-06-15"),
    )
    assert pairs == [("age of Samuel Mutua", "54", "58")]


def test_a_nationality_before_a_full_name_tells_where_the_person_is_from() -> None:
    """ "Austrian Matthias Greiderer" is Matthias Greiderer, whose surname alone later in
    the text is his, as it is after "Austria's" in the headline; a nationality that is a
    surname after a first name stays a name."""
    assert person_key("Austrian Matthias Greiderer") == "Matthias Greiderer"
    assert person_key("Jack English") == "Jack English"
    # a possessor before a name is no part of it: "Austria's Greiderer" is Greiderer
    assert person_key("Austria's Greiderer") == "Greiderer"
    assert person_key("Chelsea's John Terry") == "John Terry"
    pairs = _check(
        (
            "Austria's Greiderer sets hill record\n\n"
            "Austrian Matthias Greiderer flew 253.5 metres. Greiderer, 23, beat the record.",
            "2025-03-22",
        ),
        ("Matthias Greiderer, 27, was a late developer.", "2025-03-22"),
    )
    assert pairs == [("age of Matthias Greiderer", "23", "27")]


@pytest.mark.parametrize(
    ("text", "number", "person"),
    [
        # "the N-year-old <role>" opening its clause after a sentence that names one person
        (
            "Varga's company's chief executive, Dmitri Varga, faced questions. "
            "The 61-year-old executive said the company shares the pain.",
            "61",
            "Dmitri Varga",
        ),
        (
            "When Elena Markova resigned as finance minister, few expected her back.\n\n"
            "Nine years later, the 53-year-old former professor is set to lead.",
            "53",
            "Elena Markova",
        ),
        # an institution's name is no one's: the one person named is still Varga
        (
            "Kestrel Mining Group's chief, Dmitri Varga, spoke. The 61-year-old owner left.",
            "61",
            "Dmitri Varga",
        ),
        # a noun that is no role ("girl", "victim") as often names another person
        ("Andrew Lopez, 20, is accused. The 11-year-old girl survived.", "11", ""),
        # without a noun, the form as often tells a person introduced without a name
        ("Police said Tom Ward was shot. The 29-year-old was taken to hospital.", "29", ""),
        # the one named before is the one who speaks, not the one the age is of
        (
            "The suspect fled, said police spokesman Sgt. Tim Gauerke. The 31-year-old officer"
            " was taken to a hospital.",
            "31",
            "",
        ),
        # two people named before: whose age it is stays open
        ("Ann Lee met John Smith on Monday. The 40-year-old lawyer left.", "40", ""),
        # a name in its own sentence before it: the binders before it decide
        ("John Smith spoke. Ann Lee, the 40-year-old lawyer, left.", "40", "Ann Lee"),
    ],
)
def test_the_year_old_role_after_a_sentence_naming_one_person(
    text: str, number: str, person: str
) -> None:
    assert _person(text, number) == person


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("8 yo girl killed by gunfire off the Beltway in SW Houston", "8"),
        ("Police: 4yo accidentally shoots cousin", "4"),
        ("A 5-y/o boy was wounded in the crossfire.", "5"),
        ("The 15 y.o. was taken to hospital.", "15"),
    ],
)
def test_yo_after_a_number_is_years_old(text: str, number: str) -> None:
    """ "8 yo girl killed" had been eight killed: "yo", "y/o" and "y.o." after a number are
    "years old" (18 such ages in GVA's tune part, 9 in its blind part)."""
    measures = _measures(text)
    (age,) = [m for quote, m in measures.items() if quote.startswith(number)]
    assert age == "year of age"
    assert not any("killed" in m or "injured" in m for m in measures.values())
