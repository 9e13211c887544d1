"""Extraction examples: a sentence and the claims expected from it.

Each list is named after where its sentences came from. SEEDS_* sentences are from the
sample articles in seeds/ (part of this repository) and were used for development.
WRITTEN_* sentences were written by the developers in the style of wire copy and were
used for development as well; NEWSQUANT, TEMPEVAL and GVA figures are measured by the
benchmarks on ../shared/data, never copied here.

An Example lists the figures expected, each as (quote substring, kind, value, low, high,
event). None means "not checked". `absent` lists strings that must not be the quote of
a count or amount claim.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Expect:
    quote: str
    kind: str
    value: str | None = None
    low: str | None = None
    high: str | None = None
    event: str | None = None
    qualifier: str | None = None
    unit: str | None = None
    change: str | None = None


@dataclass(frozen=True)
class Example:
    text: str
    expected: tuple[Expect, ...] = ()
    absent: tuple[str, ...] = field(default_factory=tuple)
    published: str = "2016-02-12"


SEEDS = [
    Example(
        "Stoltenberg said NATO strongly supported efforts to end the war in Syria, which has cost "
        "more than 250,000 lives and displaced half the population.",
        (
            Expect(
                "more than 250,000 lives",
                "count",
                "250000",
                "250000",
                "260000",
                "killed",
                "more than",
            ),
            Expect("half the population", "fraction", "0.5", "0.45", "0.55", "displaced"),
        ),
    ),
    Example(
        "In a recent report, the Syrian Network for Human Rights asserted that Russian airstrikes had "
        "killed 583 people \u2014 the vast majority of whom were civilians \u2014 in the Syrian cities of "
        "Idlib, Aleppo, Hama and Homs since it began its air campaign last September.",
        (Expect("583 people", "count", "583", "583", "583", "killed"),),
    ),
    Example(
        "The offensive to surround Aleppo amounts to one of the most significant shifts of momentum "
        "in the five-year civil war, in which 250,000 people have been killed and 11 million others "
        "have been forced to flee their homes.",
        (
            Expect("250,000 people", "count", "250000", "245000", "255000", "killed"),
            Expect("11 million others", "count", "11000000", "10500000", "11500000", "displaced"),
            Expect("five-year", "duration", "P5Y"),
        ),
        absent=("one",),
    ),
    Example(
        "The statement came after the UN warned that hundreds of thousands of civilians could be cut "
        "off from food supplies if opposition-held Aleppo is encircled.",
        (Expect("hundreds of thousands of civilians", "count", "", "100000", "1000000"),),
    ),
    Example(
        "The foreign-sponsored conflict in Syria, which flared up in March 2011, has reportedly killed "
        "more than 260,000 people and left over one million injured.",
        (
            Expect("more than 260,000 people", "count", "260000", "260000", "270000", "killed"),
            Expect(
                "over one million injured",
                "count",
                "1000000",
                "1000000",
                "2000000",
                "injured",
                "over",
            ),
            Expect("March 2011", "date", "2011-03", "2011-03-01", "2011-03-31"),
        ),
        absent=("2011",),
    ),
    Example(
        "According to the monitoring group Syrian Observatory for Human Rights (SOHR), nearly 1,400 "
        "civilians have been killed in Syria by Russian air strikes since September 2015.",
        (Expect("nearly 1,400 civilians", "count", "1400", "1260", "1400", "killed", "nearly"),),
        absent=("2015",),
    ),
    Example(
        "Air offensives by Russian fighter jets have strained ties since a Russian SU-24 violating "
        "Turkish airspace was shot down on Nov. 24 by Turkish F-16 fighters.",
        (Expect("Nov. 24", "date", "2015-11-24"),),
        absent=("24", "16", "SU-24", "F-16"),
    ),
    Example("Syrien MiG-29-Kampfjet Kampfflugzeuge", absent=("29",)),
    Example(
        "1. Skip to content\n  2. Skip to main menu\n  3. Skip to more DW sites",
        absent=("1", "2", "3"),
    ),
    Example(
        "\u00a9 2016, Newstime News. All rights reserved. Post views count started 16/02/16",
        absent=("2016", "16", "02"),
    ),
    Example(
        "Demanding an immediate halt of Moscow\u2019s air strikes which local opposition sources have said "
        "exceeded 100 sorties on a single day at times.",
        (Expect("exceeded 100 sorties", "count", "100", "100", "200", "sorties", "exceeded"),),
    ),
    Example(
        "At least 500 people have been killed from both sides during the fighting in Aleppo province "
        "since the start of a Syrian regime and allied forces offensive began in early February, a war "
        "monitor said on Wednesday.",
        (Expect("At least 500 people", "count", "500", "500", "725", "killed", "at least"),),
    ),
]

WRITTEN = [
    Example(
        "Two teens were shot and killed outside the store.",
        (Expect("Two teens", "count", "2", "2", "2", "killed"),),
    ),
    Example(
        "The blast injured 14 people, including three children, police said.",
        (
            Expect("14 people", "count", "14", "14", "14", "injured"),
            Expect("three children", "count", "3"),
        ),
    ),
    Example(
        "Unemployment fell to 4.5 percent in May.",
        (Expect("4.5 percent", "percent", "4.5", "4.45", "4.55"),),
    ),
    Example(
        "The company paid $3.5 million to settle the case.",
        (Expect("$3.5 million", "amount", "3500000", "3450000", "3550000", unit="dollar"),),
    ),
    Example(
        "Dozens of protesters gathered outside.",
        (Expect("Dozens of protesters", "count", "", "12", "120"),),
    ),
    Example(
        "Up to 300 families fled the fighting.",
        (Expect("Up to 300 families", "count", "300", "0", "300", "displaced"),),
    ),
    Example("The meeting starts at 10:30 a.m. at 123 Main Street.", absent=("10", "30", "123")),
    Example("Call 555-123-4567 for details on Flight 370.", absent=("555", "123", "4567", "370")),
    Example("Engine 12 and Ladder 3 stopped near milepost 40.", absent=("12", "3", "40")),
    Example(
        "Between 20 and 30 people were arrested.",
        (Expect("Between 20 and 30 people", "count", "20-30", "20", "30", "arrested"),),
    ),
    Example(
        "The 13-year-old boy was taken to hospital.",
        (Expect("13-year-old", "amount", "13", unit="year of age"),),
    ),
    Example("One way or another, one of the officers will testify.", absent=("One", "one")),
    Example(
        "Some 2.5 million refugees have fled the country.",
        (
            Expect(
                "Some 2.5 million refugees",
                "count",
                "2500000",
                "2250000",
                "2750000",
                "displaced",
                "some",
            ),
        ),
    ),
    # rows added for bugs fixed during development (own wording)
    Example(
        "Rents are forecast to climb between 3% and 4% next year.",
        (Expect("between 3% and 4%", "percent", "3-4", "3", "4"),),
    ),
    Example(
        "The region has 3 hundred million residents.",
        (Expect("3 hundred million residents", "count", "300000000"),),
    ),
    Example(
        "Exports grew by $2.5 billion to $80.1 billion.",
        (
            Expect("$2.5 billion", "amount", "2500000000"),
            Expect("$80.1 billion", "amount", "80100000000"),
        ),
    ),
    Example(
        "The plan costs 12.5 to 20 billion euros.",
        (Expect("12.5 to 20 billion euros", "amount", "12500000000-20000000000", unit="euro"),),
    ),
    Example(
        "Two-thirds of the members voted.",
        (Expect("Two-thirds", "fraction", low="0.6166666666666666666666666667"),),
    ),
    Example(
        "Crude settled at $61 per barrel.",
        (Expect("$61 per barrel", "amount", "61", unit="dollar per barrel"),),
    ),
    Example(
        "3 killed, 4 hurt in warehouse fire",
        (
            Expect("3 killed", "count", "3", event="killed"),
            Expect("4 hurt", "count", "4", event="injured"),
        ),
    ),
    Example("A neighbour called 911 when she heard shots.", absent=("911",)),
    Example(
        "The victims ranged in age from 19 to 64.",
        (Expect("from 19 to 64", "amount", "19-64", unit="year of age"),),
    ),
    Example(
        "Five other people were wounded when shooting broke out.",
        (Expect("Five other people", "count", "5", event="injured"),),
    ),
    Example("The index closed 2% lower.", (Expect("2% lower", "percent", "2", qualifier="lower"),)),
    Example("Both victims were in their 70s; the 1990s were calmer.", absent=("70", "70s", "1990")),
    Example(
        "The shooting killed four, police said.",
        (Expect("four", "count", "4", event="killed", unit=""),),
    ),
]
