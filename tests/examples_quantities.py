"""Extraction examples for units, signs, ranges and directions (see tests/examples.py).

WRITTEN_QUANTITIES sentences were written by the developers, in the style of business,
science and sports copy, for the error classes the NewsQuant benchmark showed (unit
abbreviations, currency codes, negative numbers, ranges with a repeated or a different
unit). They were used for development. No benchmark text is copied here.
"""

from __future__ import annotations

from tests.examples import Example, Expect

WRITTEN_QUANTITIES = [
    # unit abbreviations and case: "5G" is not grams, "Nm" is torque, "nm" a length
    Example(
        "The coupe's 610bhp 4.0 litre engine makes 720 Nm of torque.",
        (
            Expect("610bhp", "amount", "610", unit="brake horsepower"),
            Expect("4.0 litre", "amount", "4", unit="litre"),
            Expect("720 Nm", "amount", "720", unit="newton metre"),
        ),
    ),
    Example(
        "The chip uses a 5 nm process and the phone has a 5,000 mAh battery and 5G.",
        (
            Expect("5 nm", "amount", "5", unit="nanometre"),
            Expect("5,000 mAh", "amount", "5000", unit="milliampere-hour"),
        ),
        absent=("5G",),
    ),
    Example(
        "Lead levels reached 12 ppb, below the 15 ppb limit, in a 250 sq m basement.",
        (
            Expect("12 ppb", "amount", "12", unit="parts-per-billion"),
            Expect("250 sq m", "amount", "250", unit="square metre"),
        ),
    ),
    Example(
        "Each 500mg tablet costs 20p; the screen refreshes at 90Hz.",
        (
            Expect("500mg", "amount", "500", unit="milligram"),
            Expect("20p", "amount", "20", unit="penny"),
            Expect("90Hz", "amount", "90", unit="hertz"),
        ),
    ),
    Example(
        "The diesel makes 443 lb-ft of torque, the petrol 380 pound-feet.",
        (
            Expect("443 lb-ft", "amount", "443", unit="pound-foot"),
            Expect("380 pound-feet", "amount", "380", unit="pound-foot"),
        ),
    ),
    Example("The meeting ends at 5 p.m. sharp.", absent=("5",)),
    # weights and money: "pounds" depends on the scale word; "dropped from 231 pounds to
    # 205" is written as a range (NewsQuant's convention) but he weighs 205 now: a verb of
    # change before "from A to B" makes the figure the level reached
    Example(
        "He dropped from 231 pounds to 205, and the club paid 40 million pounds for him.",
        (
            Expect("from 231 pounds to 205", "amount", "231-205", "205", "205", unit="pound-mass"),
            Expect("40 million pounds", "amount", "40000000", unit="pound sterling"),
        ),
    ),
    # currency codes written against the digits, and yen
    Example(
        "The yacht sold for USD12m, or about 1.8 billion yen (RM56.40 a share).",
        (
            Expect("USD12m", "amount", "12000000", unit="dollar"),
            Expect("1.8 billion yen", "amount", "1800000000", unit="japanese yen"),
            Expect("RM56.40", "amount", "56.4", unit="malaysian ringgit per share"),
        ),
    ),
    # a currency of units.json before the amount with a space is money, not a name like
    # "the S&P 500" or a version like "Firefox 3.05" (the controls in the same sentence)
    Example(
        "The mill paid Rs 750 a tonne and RM 4.25 a litre as the S&P 500 fell and Firefox 3.05 shipped.",
        (
            Expect("Rs 750", "amount", "750", unit="indian rupee per tonne"),
            Expect("RM 4.25", "amount", "4.25", unit="malaysian ringgit per litre"),
        ),
        absent=("500", "3.05"),
    ),
    # any unit of an amount after "a"/"an" makes a rate; a noun that is no unit does not
    Example(
        "Farmers got $6.10 a bushel for corn, land sold at $9,500 an acre and seed cost $12 a bag.",
        (
            Expect("$6.10 a bushel", "amount", "6.1", unit="dollar per bushel"),
            Expect("$9,500 an acre", "amount", "9500", unit="dollar per acre"),
            Expect("$12", "amount", "12", unit="dollar"),
        ),
    ),
    # an adverb of a period after a figure makes it a rate, as "a year" does
    Example(
        "The cuts save $900 million annually, rents run $1,200 monthly and 300 people annually.",
        (
            Expect("$900 million annually", "amount", "900000000", unit="dollar per year"),
            Expect("$1,200 monthly", "amount", "1200", unit="dollar per month"),
        ),
    ),
    # a change restated after ", or" shares its direction; the control after "in May, or"
    # restates nothing
    Example(
        "The gauge slid 41.5 points, or 0.9%, on Friday; output grew 2% in May, or 1% in June.",
        (
            Expect("41.5 points", "amount", "41.5", change="down"),
            Expect("0.9%", "percent", "0.9", change="down"),
            Expect("2%", "percent", "2", change="up"),
            Expect("1%", "percent", "1", change=""),
        ),
    ),
    # intransitive change verbs of market copy; "rallied 300 supporters" is no change
    Example(
        "Exports shrank 4.1% and the won rebounded 0.8% as 300 supporters rallied.",
        (
            Expect("4.1%", "percent", "4.1", change="down"),
            Expect("0.8%", "percent", "0.8", change="up"),
        ),
    ),
    Example(
        "Copper tanked 6% while the index soars 2% and the peso depreciated 3%.",
        (
            Expect("6%", "percent", "6", change="down"),
            Expect("2%", "percent", "2", change="up"),
            Expect("3%", "percent", "3", change="down"),
        ),
    ),
    # Indian scales: a lakh is a hundred thousand, a crore ten million
    Example(
        "The state set aside Rs. 320 crore for canals and 6 lakh farmers applied.",
        (
            Expect("Rs. 320 crore", "amount", "3200000000", unit="indian rupee"),
            Expect("6 lakh farmers", "count", "600000"),
        ),
    ),
    Example(
        "Ticket sales reached PS3.2m, the studio said, before the PS5 launch.",
        (Expect("PS3.2m", "amount", "3200000", unit="pound sterling"),),
        absent=("5",),
    ),
    # CLDR's one-letter currency symbols, against an amount written as money is; not a road
    Example(
        "Sales reached R121.4bn, up from R98bn, on the N1 and the R55 near Pretoria.",
        (
            Expect("R121.4bn", "amount", "121400000000", unit="south african rand"),
            Expect("R98bn", "amount", "98000000000", unit="south african rand"),
        ),
        absent=("55",),
    ),
    # a decimal comma before a percent sign or a scale word; a list of ages keeps its commas
    Example(
        "Retail sales fell 0,4% in August and the trade deficit was R12,5 billion.",
        (
            Expect("0,4%", "percent", "0.4"),
            Expect("R12,5 billion", "amount", "12500000000", unit="south african rand"),
        ),
        absent=("0",),
    ),
    # negative numbers and a leading decimal point
    Example(
        "Overnight it fell to minus-20 degrees Fahrenheit and the balance was $-12.5bn.",
        (
            Expect("minus-20 degrees Fahrenheit", "amount", "-20", unit="fahrenheit"),
            Expect("$-12.5bn", "amount", "-12500000000", unit="dollar"),
        ),
    ),
    # C and F after a number are degrees, but not in a model name ("F-150")
    Example(
        "Highs reached 31C in Leeds and 88 F in Dallas, where a 2004 F-150 was towed.",
        (
            Expect("31C", "amount", "31", unit="celsius"),
            Expect("88 F", "amount", "88", unit="fahrenheit"),
        ),
        absent=("2004 F",),
    ),
    Example(
        "Lows of minus 40 Fahrenheit ,minus 40 Celsius were logged.",
        (
            Expect("minus 40 Fahrenheit", "amount", "-40", unit="fahrenheit"),
            Expect("minus 40 Celsius", "amount", "-40", unit="celsius"),
        ),
    ),
    Example(
        "The error rate fell to .002 per cent.",
        (Expect(".002 per cent", "percent", "0.002", unit="percentage"),),
    ),
    Example("Scale: 16 billion b.", absent=("16000000000000000000",)),
    # ranges: a repeated unit, a different unit, words and digits, "or", "from ... to"
    Example(
        "Shares of the miner rose 6.2 per cent to $41.10.",
        (
            Expect("6.2 per cent", "percent", "6.2", unit="percentage"),
            Expect("$41.10", "amount", "41.1", unit="dollar"),
        ),
    ),
    Example(
        "Sea temperatures rose by 0.5 to 0.8 degrees Celsius over the decade.",
        (Expect("0.5 to 0.8 degrees Celsius", "amount", "0.5-0.8", "0.45", "0.85"),),
    ),
    Example(
        "Exports increased by $2.1 billion to $40.6 billion.",
        (
            Expect("$2.1 billion", "amount", "2100000000"),
            Expect("$40.6 billion", "amount", "40600000000"),
        ),
    ),
    Example(
        "The party needs between six to 9 seats, or three or four terms.",
        (
            Expect("six to 9 seats", "amount", "6-9", "6", "9", unit="seat"),
            Expect("three or four terms", "count", "3-4", "3", "4"),
        ),
    ),
    # "US" before a noun is the country, not the pronoun that ends a phrase
    Example(
        "Officials said 14 US soldiers were hurt.",
        (Expect("14 US soldiers", "count", "14", unit="US soldiers", event="injured"),),
    ),
    # a ratio with a slash before "of"; a fraction of a unit is an amount of that unit
    Example(
        "A cup is 1/16 of a gallon, 1/50 of voters stayed home open 24/7, and he walked half "
        "a mile.",
        (
            Expect("1/16 of a gallon", "amount", "0.0625", unit="gallon"),
            Expect("1/50 of voters", "fraction", "0.02", "0.01", "0.03"),
            Expect("half a mile", "amount", "0.5", "0.45", "0.55", unit="mile"),
        ),
        absent=("24/7",),
    ),
    # a fraction of the noun before it
    Example(
        "Of the 40 staff, half of them were new, a third of whom came from abroad.",
        (
            Expect("half", "fraction", "0.5", "0.45", "0.55", unit=""),
            Expect("a third", "fraction"),
        ),
    ),
    # a count per unit of time is a rate
    Example(
        "The clinic ran 400 tests a day and 12 scans per hour.",
        (
            Expect("400 tests a day", "count", "400", unit="tests per day"),
            Expect("12 scans per hour", "count", "12", unit="scans per hour"),
        ),
    ),
    # "half a dozen" is six, not a half of dozens
    Example(
        "Half a dozen boats and a quarter of a million tourists came.",
        (
            Expect("Half a dozen boats", "count", "6", "6", "6", unit="boats"),
            Expect("a quarter of a million tourists", "count", "250000", "200000", "300000"),
        ),
        absent=("a dozen boats",),
    ),
    Example(
        "The lab kept half a pound of salt for a quarter of a century.",
        (
            Expect("half a pound", "amount", "0.5", unit="pound-mass"),
            Expect("a quarter of a century", "duration", "P0.25CE", unit="century"),
        ),
    ),
    # a bound the time tagger leaves out of a duration, but not "over the past"
    Example(
        "The car reaches 60 mph in fewer than 4.2 seconds; sales fell over the past two years.",
        (
            Expect("fewer than 4.2 seconds", "duration", "PT4.2S", qualifier="less_than"),
            Expect("the past two years", "duration", "P2Y", qualifier=""),
        ),
    ),
    # after "one" and its noun, a word ending in -s is a verb
    Example(
        "One witness claims two suspects fled.",
        (
            Expect("One witness", "count", "1", unit="witness"),
            Expect("two suspects", "count", "2", unit="suspects"),
        ),
    ),
    # a number before a duration opens a range the duration closes
    Example(
        "The refit took two or three weeks; leases run between seven to 10 years.",
        (
            Expect("two or three weeks", "amount", "2-3", "2", "3", unit="week"),
            Expect("between seven to 10 years", "amount", "7-10", "7", "10", unit="year"),
        ),
    ),
    # after "from", a few words may stand between the first number and "to"
    Example(
        "Range grew from 310 km combined to 340, and rent went from $900 in 2019 to $1,150.",
        (
            Expect("from 310 km combined to 340", "amount", "310-340", unit="kilometre"),
            Expect("from $900 in 2019 to $1,150", "amount", "900-1150", unit="dollar"),
        ),
    ),
    Example(
        "The forecast was cut from 3.9 to 3.6 percent.",
        # the forecast now: 3.6 (a verb of change before "from A to B")
        (Expect("from 3.9 to 3.6 percent", "percent", "3.9-3.6", "3.55", "3.65"),),
    ),
    Example(
        "Growth could reach seven per cent to 12 per cent next year.",
        (Expect("seven per cent to 12 per cent", "percent", "7-12", "7", "12"),),
    ),
    # names and long numbers
    Example(
        "Stocks slipped 0.4 percent on the Nasdaq while the FTSE 100 and the Big 12 sat idle.",
        (Expect("0.4 percent", "percent", "0.4"),),
        absent=("100", "12"),
    ),
    Example(
        "Gunman Kills 3 At Texas Mall",
        (Expect("3", "count", "3", event="killed"),),
    ),
    # a title-case headline is judged by its own line and sentence, not by the body below or
    # run on after it; a name or an identifier word does not reach across a line break
    Example(
        "Shooting at Standard Hotel Leaves 1 Dead, 3 Injured\n\nOne person was killed and three"
        " people were hurt at the hotel on Sunday, police said.",
        (
            Expect("1 Dead", "count", "1", event="killed"),
            Expect("3 Injured", "count", "3", event="injured"),
        ),
    ),
    Example(
        "Army Kills 48 Fighters in Deir Ezzor. A military source announced that control was"
        " established over the area after the fighting.",
        (Expect("48 Fighters", "count", "48", event="killed"),),
    ),
    Example(
        "Watch the video Show Transcript\n\n4 people hurt in North Highlands shooting",
        (Expect("4 people", "count", "4", event="injured"),),
    ),
    Example(
        "Back to previous page\n\n13 people shot in a D.C. neighborhood",
        (Expect("13 people", "count", "13"),),
    ),
    Example(
        "The plant employs 13000 workers and the list price is $45990; call 5551234567.",
        (
            Expect("13000 workers", "count", "13000"),
            Expect("$45990", "amount", "45990", unit="dollar"),
        ),
        absent=("5551234567",),
    ),
    Example("The category 5 storm made landfall.", absent=("5",)),
    # an emergency number is a figure when a unit or a counted noun follows it
    Example(
        "After the 911 call, 112 people left; he ran 999 yards and the plant has 13000 men.",
        (
            Expect("112 people", "count", "112"),
            Expect("999 yards", "amount", "999", unit="yard"),
            Expect("13000 men", "count", "13000"),
        ),
        absent=("911",),
    ),
    # ... or a plural noun that names no emergency line: a count of Republicans, not "911 calls"
    Example(
        "In all 112 Republicans opposed it, 999 homes burned and there were 911 calls.",
        (
            Expect("112 Republicans", "count", "112"),
            Expect("999 homes", "count", "999"),
        ),
        absent=("911",),
    ),
    # ... or the group it is taken from, with the group's own figure
    Example(
        "Transit said 112 of its 140 routes were cancelled after 999 calls.",
        (Expect("112", "count", "112"), Expect("140 routes", "count", "140")),
        absent=("999",),
    ),
    # ... or a currency written before it: a price, not the line
    Example(
        "The tablet sells for £999 in shops and the watch for US$112.",
        (
            Expect("£999", "amount", "999", unit="pound sterling"),
            Expect("US$112", "amount", "112", unit="dollar"),
        ),
    ),
    Example("If the tablet catches fire, dial 999 or 112 at once.", absent=("999", "112")),
    # wire-copy scales, and no lone "million" left by a number glued to a code
    Example(
        "Profit was $3 bln and debt 1.5 trln yen; the K9 million-dollar unit was sold.",
        (
            Expect("$3 bln", "amount", "3000000000", unit="dollar"),
            Expect("1.5 trln yen", "amount", "1500000000000", unit="japanese yen"),
        ),
        absent=("million", "1000000"),
    ),
    # a rate after a conversion in brackets is the rate of both amounts
    Example(
        "The offer is 350 pence ($4.60) a share; the fine was 3 million euros ($3.3 million).",
        (
            Expect("350 pence", "amount", "350", unit="penny per share"),
            Expect("$4.60", "amount", "4.6", unit="dollar per share"),
            Expect("3 million euros", "amount", "3000000", unit="euro"),
            Expect("$3.3 million", "amount", "3300000", unit="dollar"),
        ),
    ),
    # a size: the first side takes the unit of the second, with spaces or hyphens
    Example(
        "The shed is 9 by 14 feet and the pen a 6-by-10 metres patch.",
        (
            Expect("9", "amount", "9", unit="foot"),
            Expect("14 feet", "amount", "14", unit="foot"),
            Expect("6", "amount", "6", unit="metre"),
            Expect("10 metres", "amount", "10", unit="metre"),
        ),
    ),
    # control: no unit after the second side, no unit shared; the code stays out
    Example(
        "The motion passed 7 by 2 and the 640-by-480 panel was sold by 2020.",
        (Expect("7", "count", "7", unit=""), Expect("2", "count", "2", unit="")),
        absent=("480",),
    ),
    # qualifiers written as symbols, "just under", and phrasal verbs that are not directions
    Example(
        "Futures: Dow +0.4%, oil plunging 3% and gold edged up 0.2%.",
        (
            Expect("+0.4%", "percent", "0.4", qualifier="+"),
            Expect("plunging 3%", "percent", "3", qualifier="plunging"),
            Expect("edged up 0.2%", "percent", "0.2", qualifier="edged up"),
        ),
    ),
    # a list of changes whose verb is written once
    Example(
        "Miners were up 1.2%, Rio Tinto by 0.8% and BHP was flat.",
        (Expect("0.8%", "percent", "0.8", change="up"),),
    ),
    # a currency code between the qualifier and the digits; "over than" written for "over"
    Example(
        "The bonus was worth up to PS1.8m, about USD2m; over than 45% of staff got one.",
        (
            Expect("up to PS1.8m", "amount", "1800000", qualifier="up to"),
            Expect("about USD2m", "amount", "2000000", qualifier="about"),
            Expect("over than 45%", "percent", "45", qualifier="over than"),
        ),
    ),
    Example(
        "Card payments made up just under 30 percent of spending; the dish takes ~25 minutes.",
        (Expect("just under 30 percent", "percent", "30", "27", "30", qualifier="just under"),),
    ),
    Example(
        "The defence gave up 412 yards and racked up 9 penalties.",
        (Expect("412 yards", "amount", "412", qualifier=""), Expect("9 penalties", "count", "9")),
    ),
    Example(
        "Foundries are moving to sub-3 nanometre chips.",
        (Expect("sub-3 nanometre", "amount", "3", qualifier="sub-", unit="nanometre"),),
    ),
    # rates and fractions
    Example(
        "Gold traded at $1,310.5 an ounce; offices let at $95 per sq m.",
        (
            Expect("$1,310.5 an ounce", "amount", "1310.5", unit="dollar per ounce"),
            Expect("$95 per sq m", "amount", "95", unit="dollar per square metre"),
        ),
    ),
    Example(
        "Sales rose to $8.1 billion from $7.9 billion a year earlier.",
        (Expect("$7.9 billion", "amount", "7900000000", unit="dollar"),),
    ),
    Example(
        "One in five children and two out of three adults were displaced.",
        (
            Expect("One in five children", "fraction", "0.2"),
            Expect("two out of three adults", "fraction"),
        ),
    ),
    Example(
        "Output slumped by 4.5% in May.",
        (Expect("slumped by 4.5%", "percent", "4.5", qualifier="slumped"),),
    ),
    # a change is not a level: the direction is kept beside a bound
    Example(
        "Deaths rose nearly 40% to 350 people, and prices fell 2% or more.",
        (
            Expect("nearly 40%", "percent", "40", qualifier="nearly", change="up"),
            Expect("350 people", "count", "350", change=""),
            Expect("2%", "percent", "2", qualifier="or more", change="down"),
        ),
    ),
    # "several" and "a few" before a scale are vague amounts, not the scale alone
    Example(
        "Several hundred families fled, a few thousand stayed and several dozen were hurt.",
        (
            Expect("Several hundred families", "count", "", "200", "900"),
            Expect("a few thousand", "count", "", "2000", "5000"),
            Expect("several dozen", "count", "", "24", "108"),
        ),
    ),
    # "m" is metres when a length in feet or "long", "tall" follows; else a million
    Example(
        "The 30m (98ft)-long hull carries a 12m-tall mast, and 12m viewers watched.",
        (
            Expect("30m", "amount", "30", unit="metre"),
            Expect("98ft", "amount", "98", unit="foot"),
            Expect("12m-tall mast", "amount", "12", unit="metre"),
            Expect("12m viewers", "count", "12000000"),
        ),
    ),
    # a suspended hyphen shares the noun or unit of the last number; the noun joined to a
    # number by a hyphen is what it counts (doors, not models)
    Example(
        "The maker offers two-, three- and four-door models with 10- or 12-inch screens.",
        (
            Expect("two", "count", "2", unit="door"),
            Expect("three", "count", "3", unit="door"),
            Expect("10", "amount", "10", unit="inch"),
        ),
    ),
    Example(
        "The council's 12-member panel read a 40-page report.",
        (
            Expect("12-member", "count", "12", unit="member"),
            Expect("40-page", "count", "40", unit="page"),
        ),
    ),
    # a counted phrase that ends in a unit is an amount of that unit
    Example(
        "The back ran for 94 rushing yards, the boot holds 14 cubic feet and the fund had 30 "
        "good years.",
        (
            Expect("94 rushing yards", "amount", "94", unit="yard"),
            Expect("14 cubic feet", "amount", "14", unit="cubic foot"),
            Expect("30 good years", "duration", "P30Y", unit="year"),
        ),
    ),
    # street numbers written as a range, or before a street word in French and Spanish
    Example(
        "Offices at 10-12 Harbour Road and 8 Rue Cler were sold for $3 million.",
        (Expect("$3 million", "amount", "3000000", unit="dollar"),),
        absent=("10-12", "8"),
    ),
    # a title-case headline's toll before a street word is no address: its small words and
    # verbs name no street, and "Drive-By" is no drive
    Example(
        "5 Killed In Highway Crash",
        (Expect("5 Killed", "count", "5", event="killed"),),
    ),
    Example(
        "4 Injured In Drive-By Shooting",
        (Expect("4 Injured", "count", "4", event="injured"),),
    ),
    # a block number, also hyphenated, is an address; a count of blocks is a figure
    Example(
        "It happened in the 400-block of Pine Street, a 12-block area was closed.",
        (Expect("12-block", "count", "12", unit="block"),),
        absent=("400",),
    ),
    # a preposition ends the counted noun
    Example(
        "The coach kept 1 player behind the ball.",
        (Expect("1 player", "count", "1", unit="player"),),
    ),
    # a direction verb, its object, then "by"; a currency code between direction and figure
    Example(
        "It aims to grow revenue by 12 per cent after a forecast revised upward by $2 billion, "
        "up Y=30 billion on the year.",
        (
            Expect("grow revenue by 12 per cent", "percent", "12", change="up"),
            Expect("upward by $2 billion", "amount", "2000000000", change="up"),
            Expect("up Y=30 billion", "amount", "30000000000", change="up"),
        ),
    ),
    Example(
        "The charity raised $5 million.", (Expect("$5 million", "amount", "5000000", change=""),)
    ),
    # "N of the M unit" shares the unit; a count is a part, so it does not take the noun
    Example(
        "The fund has raised 40 million of the 90 million euros it needs; two of the five "
        "trustees agreed.",
        (
            Expect("40 million", "amount", "40000000", unit="euro"),
            Expect("two", "count", "2", unit=""),
        ),
    ),
    # an age set off by commas after a name is an age, not a count
    Example(
        "Ortiz, 41, told the court that 12 people had left.",
        (Expect("41", "amount", "41", unit="year of age"), Expect("12 people", "count", "12")),
    ),
    Example("In Ohio, 12, voted no.", (Expect("12", "count", "12", unit=""),)),
    # stock indices and lists named with a number are names, whatever follows
    Example(
        "Futures on the S&P 500 +0.4% and the FTSE 100 rose; Fortune 500 companies hired 80 people.",
        (Expect("80 people", "count", "80"),),
        absent=("500", "100"),
    ),
    # a time word ends the counted noun; "turned 35" is an age
    Example(
        "He hit 2.1 last year and turned 35 in May.",
        (
            Expect("2.1", "count", "2.1", unit=""),
            Expect("35", "amount", "35", unit="year of age"),
        ),
    ),
    # a conversion in brackets repeats the bound or direction of the figure it converts
    Example(
        "Savers with more than 7.5 million euros (US $8.1 million) pay a fee; the engine makes "
        "just under 296 hp (224 kW); rainfall fell by 40 mm (1.6 inches). Over $5 million (15%) "
        "was lost.",
        (
            Expect("US $8.1 million", "amount", "8100000", "8100000", qualifier="more than"),
            Expect("224 kW", "amount", "224", high="224", qualifier="just under"),
            Expect("1.6 inches", "amount", "1.6", change="down"),
            Expect("15%", "percent", "15", "15", "15", qualifier=""),
        ),
    ),
    # a year-like number followed by a unit is a measure, not a year
    Example(
        "The 1520 sq m clinic opened in 2015 and gave 2000 mg doses.",
        (
            Expect("1520 sq m", "amount", "1520", unit="square metre"),
            Expect("2015", "date", "2015"),
            Expect("2000 mg", "amount", "2000", unit="milligram"),
        ),
    ),
]
