"""Numbers that are page furniture or idioms, one list per class (checker/extract/junk.py).

Every sentence here was written by the developers in the shape of what scraped news pages
carry (tip lines, short links, station names, street addresses, subscription boxes); the
classes were found by grepping ../shared/data and judging the claims of the tune part of
benchmarks/junk.py, whose texts are never copied here. A JunkExample names the numbers,
as written, that belong to its list's class (`junk`), and the quotes of figures in the same
text that must still be read (`kept`).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class JunkExample:
    text: str
    junk: tuple[str, ...]
    kept: tuple[str, ...] = ()


PHONE_NUMBERS = [
    JunkExample("Tips go to Crime Stoppers at 555-301-TIPS (8477).", ("555", "301", "8477")),
    JunkExample("Call the tip line at 412-TIPS or (555) 234-7788.", ("412", "555")),
    JunkExample("Anyone who saw 2 men flee can dial 1-800-GET-HELP.", ("1",), ("2 men",)),
    JunkExample("Detectives can be reached at 555 410-2290, police said.", ("555",)),
]
WEB_ADDRESSES = [
    JunkExample("Read more: http://on.example.com/1xQz7", ("1",)),
    JunkExample("Watch the video at www.example4news.com/3Rb9 for more.", ("3",)),
]
STATION_NAMES = [
    JunkExample("Stay with 4News for the latest on the 3 victims.", ("4",), ("3 victims",)),
    JunkExample("The mayor told 12NEWS that two officers were hurt.", ("12",), ("two officers",)),
]
ADDRESSES = [
    JunkExample("Officers answered a call at 4410 Elmwood near Lake Street.", ("4410",)),
    JunkExample("The clinic at 210 W. Maple treated 14 patients.", ("210",), ("14 patients",)),
    JunkExample("Police responded to 3185 Oak Hollow around 9 p.m.", ("3185",)),
    JunkExample("The shelter gave beds to 300 Syrian refugees.", (), ("300",)),
]
ROADS = [
    JunkExample("Traffic on the 10 Freeway stopped after the crash.", ("10",)),
    JunkExample("The truck crossed 1200N Road before it overturned.", ("1200",)),
    JunkExample("A motel near 820 and Maple Rd was evacuated.", ("820",)),
    JunkExample("Two people died on Highway 41 after a 3-car crash.", ("41",), ("Two people",)),
    JunkExample("The convoy left I-95 and took Route 66 to County Road 12.", ("95", "66", "12")),
]
CITATIONS = [
    JunkExample("The study (Science 312, 44-47) found 40% fewer cases.", ("312", "44"), ("40%",)),
    JunkExample("It was reported in vol. 3, pp. 12-19 of the journal.", ("3", "12")),
    JunkExample("The attack killed 9 people.[14]", ("14",), ("9 people",)),
]
SUBSCRIPTION_OFFERS = [
    JunkExample("Subscribe today: unlimited digital access for $2 for 8 weeks.", ("2",)),
    JunkExample("The service added 2 million subscribers at $8 a month.", (), ("$8",)),
    JunkExample("Revenue for the first quarter was $84 billion.", (), ("$84 billion",)),
    JunkExample("Only 99 cents a week for the e-edition, cancel anytime.", ("99",)),
    JunkExample("The city paid $2 million for 8 new ambulances.", (), ("$2 million",)),
]
IDIOMS = [
    JunkExample("At one point the crowd ran; no one else was hurt.", ("one", "one")),
    JunkExample("The arrest brings the family one step closer to answers.", ("one",)),
    JunkExample("The clinic is open 24/7 and saw one patient an hour.", ("24",), ("one patient",)),
    JunkExample("She was the number one pick; one-on-one talks followed.", ("one", "one", "one")),
    JunkExample("Police said that one man died.", (), ("one man",)),
    JunkExample(
        "A photo is worth a thousand words; 1,000 people came.", ("a thousand",), ("1,000",)
    ),
    JunkExample("Her look launched a thousand copies.", ("a thousand",)),
    JunkExample("The odds are one in a million, he said.", ("one", "a million")),
]
GALLERY_POSITIONS = [
    JunkExample("Hide Caption 4 of 15 Photos: The scene on Monday", ("4", "15")),
    JunkExample("WXYZ 2 of 9 FATAL CRASH ON THE BRIDGE", ("2", "9")),
    JunkExample("More videos (3 of 8)", ("3", "8")),
    JunkExample("Page 1 of 3\nPolice said 2 of 5 suspects were charged.", ("1", "3"), ("2",)),
]
DATE_PARTS = [
    JunkExample("The hearing is set for Monday, March 14, at 9 a.m.", ("14",)),
    JunkExample("The 3 men were charged on Sept. 9, police said.", ("9",), ("3 men",)),
]
TIMES_OF_DAY = [
    JunkExample("Shots were fired around 11 this morning, police said.", ("11",)),
    JunkExample("A vigil is planned for 7 tonight for the 2 victims.", ("7",), ("2 victims",)),
    JunkExample("Why were they out at 3 in the morning?", ("3",)),
    JunkExample("Police said 3 men were shot in the morning.", (), ("3 men",)),
]
HEIGHTS = [
    JunkExample("The suspect is a man about 5'11 tall, aged 25 to 30.", ("5", "11")),
    JunkExample("He stands 6'2, weighs 190 pounds.", ("6", "2"), ("190 pounds",)),
    JunkExample("A six-foot-one man, about five-foot-seven, fled.", ("one", "seven")),
]

NAMES = [
    JunkExample("The family told WXYZ 4 that 3 children were inside.", ("4",), ("3 children",)),
    JunkExample("Sign up for KABC 7 alerts about the 2 suspects.", ("7",), ("2 suspects",)),
    JunkExample("Police say both men are MS 13 members.", ("13",)),
    JunkExample("Smith spoke to WKRG News 5 on Friday.", ("5",)),
    JunkExample("Chopper 9 was over the scene where two men were shot.", ("9",), ("two men",)),
    JunkExample("Stay with 11 Eyewitness News for updates on the 4 victims.", ("11",), ("4",)),
    JunkExample("MORE THAN 30 PEOPLE WERE INSIDE, said one witness.", (), ("30",)),
    JunkExample("Springfield News 5 adults were hurt in the blast.", (), ("5 adults",)),
    JunkExample("The fund paid USD 40 million to 300 families.", (), ("USD 40 million",)),
]
NAMES += [
    JunkExample("Two men were shot on Hayes Road near Nine Mile Road, police said.", ("nine",)),
    JunkExample("The victims were found at the Four Oaks Motel by a clerk.", ("four",)),
    JunkExample("Police said 3 men fled toward Seven Mile.", ("seven",), ("3 men",)),
    JunkExample("Man Charged with Two Counts of Murder", (), ("Two Counts",)),
    JunkExample("Police: Three killed in Twin Oaks shooting", (), ("Three",)),
    JunkExample(
        "Gunmen hit the college and Two Dallas County officers were hurt.",
        (),
        ("Two Dallas",),
    ),
]
ADDRESSES.append(JunkExample("Location: 2210 Birchwood\nTwo men were arrested.", ("2210",)))
ADDRESSES += [
    JunkExample("Shots were fired on the 1400 blocks of Elm Road.", ("1400",)),
    JunkExample("Police closed the 300 and 400 blocks of Main Street.", ("300", "400")),
    JunkExample("The boat docked at 2100 N.W. Harbor Way with 12 people.", ("2100",), ("12",)),
    JunkExample("Crews cleared 40 blocks of debris.", (), ("40 blocks",)),
    JunkExample("Flowers lay at the home of Ann Lee, 3120 Maple Bend, where 4 died.", ("3120",)),
]
# A decimal after a capitalised name is a version or a section number.
VERSIONS = [
    JunkExample("Users should move from Netscape 4.7 to Netscape 5.0 soon.", ("4.7", "5.0")),
    JunkExample("He was held under PC 187.5 in what he called an Acme 2.0 plan.", ("187.5", "2.0")),
    JunkExample("About 2.5 million people fled.", (), ("About 2.5 million people",)),
    JunkExample("Magnitude 4.6 Earthquake Shakes Up North Bay", (), ("4.6",)),
    JunkExample("Jobless Rate Hits 4.9 in May", (), ("4.9",)),
    JunkExample("Russia Brings 2.5 Tons of Aid to Hama", (), ("2.5 Tons",)),
]
LISTICLES = [
    JunkExample("Five things to know about the Elm Street shooting", ("five",)),
    JunkExample("Jon Doe: 5 Fast Facts You Need to Know", ("5",)),
    JunkExample("Police gave two reasons for the delay; 3 things remain unclear.", (), ("two",)),
]
ROADS.append(JunkExample("Location: SH 121/Main\nA 19-year-old driver died.", ("121",)))
ROADS += [
    JunkExample("A store on Farm to Market 21 near Loop 40 was hit.", ("21", "40")),
    JunkExample("The crash closed Ranch-to-Market Road 7 for 3 hours.", ("7",), ("3 hours",)),
]
ADDRESSES += [
    JunkExample("He stood in the 0 to 100 block of West 12th Street when 2 men fired.", ("0",)),
    JunkExample("Police closed the 300 through 500 blocks of Elm Road.", ("300",)),
    JunkExample("The 2 to 4 men who fled were not found.", (), ("2 to 4 men",)),
]
# A number word after an identifier word numbers a named thing, as "Flight 370" does.
NAMES += [
    JunkExample("Deputies of Precinct Four Constable Jon Roe's office came.", ("four",)),
    JunkExample("Two men were flown to Region One Medical Center.", ("one",), ("Two men",)),
    JunkExample("Shots rang out near gate three as 2 guards ran.", ("three",), ("2 guards",)),
    JunkExample("She led in round two, then lost in round three.", ("two", "three")),
    JunkExample("Top Two Officials Resign After Shooting", (), ("Two Officials",)),
    JunkExample("Jets hit the old district one local source said.", (), ("one local source",)),
    JunkExample("In round two people were hurt.", (), ("two people",)),
    JunkExample("THE CALL CAME FROM PRECINCT FOUR AT NIGHT.", ("four",)),
    JunkExample("TOP TWO OFFICIALS RESIGN", (), ("TWO OFFICIALS",)),
]
# A network beside a call sign is a station's name, in capitals around it too.
NAMES += [
    JunkExample("Shots hit a bar - WXYZ FOX 44 - News Now", ("44",)),
    JunkExample("Suspect held - FOX 9 WXYZ Springfield News, Weather", ("9",)),
    JunkExample("The mother told WXYZ CBS 7 that 3 men fled.", ("7",), ("3 men",)),
    JunkExample("THERE WERE 16 PEOPLE ON CBS 4.", (), ("16 PEOPLE",)),
]
DATE_PARTS += [
    JunkExample("He has lived here since '71 and saw 2 shootings.", ("71",), ("2 shootings",)),
    JunkExample("Her iNotes ’12 update is out; the '08 race has ended.", ("12", "08")),
    JunkExample("‘12 killed’ in raid on market", (), ("12 killed",)),
]

CLASSES = {
    "phone number": PHONE_NUMBERS,
    "web address": WEB_ADDRESSES,
    "station name": STATION_NAMES,
    "address": ADDRESSES,
    "road": ROADS,
    "citation": CITATIONS,
    "subscription offer": SUBSCRIPTION_OFFERS,
    "idiom": IDIOMS,
    "gallery position": GALLERY_POSITIONS,
    "date part": DATE_PARTS,
    "height in feet and inches": HEIGHTS,
    "time of day": TIMES_OF_DAY,
    "name": NAMES,
    "listicle count": LISTICLES,
    "version": VERSIONS,
}

# A duration that starts a name ("24-Hour News", "a Days Inn") is not one; "48-Hour Truce" is.
NAMED_DURATIONS = [
    ("He told 24-Hour News 8 that 2 men fled.", "24-Hour", False),
    ("Shots hit a Days Inn on Main Street.", "a Days", False),
    ("The 48-Hour Truce ended on Friday.", "48-Hour", True),
]

# A duration in a newsletter's sign-up box (a line with a cue of filters.json "sign_up_cues")
# tells how long a confirmation takes, not a fact of the story.
SIGN_UP_BOXES = [
    ("Did the code not come within a few minutes? Look in your spam folder.", "a few", False),
    ("Get our newsletter: the day's news in 5 minutes, every morning.", "5 minutes", False),
    ("Sign up for our newsletter.\nThe standoff lasted 5 hours, police said.", "5 hours", True),
]
# The minutes of a clock time are not a duration of their own.
CLOCK_MINUTES = [
    ("The quake struck at 14:07 hours local time.", "07 hours", False),
    ("They scored with 4:00 minutes left in the game.", "00 minutes", False),
    ("At 14:07, 20 minutes after the quake, a second one hit.", "20 minutes", True),
]

# "one day" as some day is not a duration; "one day after" is.
SOMEDAY = [
    ("He hopes that one day he will open a bakery.", False),
    ("They said one day they would come back.", False),
    ("The suspect was caught one day after the robbery.", True),
    ("She works one day a week at the clinic.", True),
    ("The trial lasted for one day.", True),
]

# A duration's value is TIMEX3 (a range of durations, which TIMEX3 cannot write, is an amount
# of the unit); an age in months, weeks or days is an age, like one in years.
DURATIONS = [
    ("The trial took 30 hard years.", "30 hard years", "duration", "P30Y", "year"),
    ("Repairs take two or three weeks.", "two or three weeks", "amount", "2-3", "week"),
    ("He faces 6-7 years in prison.", "6-7 years", "amount", "6-7", "year"),
    ("It could take hundreds more years.", "hundreds more years", "duration", "PXY", "year"),
    ("A 9-month-old boy was hurt.", "9-month-old", "amount", "9", "month of age"),
    ("The 11- and 12-year-old brothers ran.", "11", "amount", "11", "year of age"),
]

# Boxes of links to other stories (checker/extract/furniture.py): a video playlist's titles
# open with their running time. A title is another story's when it names something the page
# never names; one that shares a name with the page, or names nothing, is kept.
PLAYLISTS = [
    JunkExample(
        "Two men hurt in Millbrook shooting\n\n"
        "1:45 Crews battle 3 fires near Ashford Lake\n\n"
        "2:10 Riverton council approves 12 new parks\n\n"
        "Police said the two men were hurt.",
        ("3", "12"),
        ("two men",),
    ),
    JunkExample(
        "Two men hurt in Millbrook shooting\n"
        "1:45 Millbrook police say 2 men were shot\n"
        "0:50 Three dead after crash on the interstate\n"
        "2:10 Riverton council approves 12 new parks",
        ("12",),
        ("2 men", "Three dead"),
    ),
    JunkExample(  # one running time is not a playlist; "10:24 AM" is a time of day
        "Man hurt in Millbrook\n2:05 Crews battle 3 fires near Ashford Lake\n"
        "10:24 AM Riverton council approves 12 new parks",
        (),
        ("3 fires", "12 new parks"),
    ),
]

# Widgets told by their shape (checker/extract/furniture.py, widget_spans): photo credits
# naming an agency or station with a number, a gallery's controls, lines of counters, a share
# widget's counts, a map's coordinates and phone numbers written in groups.
WIDGETS = [
    JunkExample(
        "Officers at the scene on Friday. Photo: 12 Star Video\n\nTwo men were shot.",
        ("12",),
        ("Two men",),
    ),
    JunkExample("The store on Main Street. (Source: Jane Roe/WXYZ News 4)", ("4",)),
    JunkExample("(Photo: Jon Smith 3X) Three people were hurt.", ("3",), ("Three people",)),
    JunkExample("Photo: Pro 9 Video Image 2 of 5 A man, 30, was shot.", ("9",), ("30",)),
    JunkExample("Teen, 16, shot in Millbrook 1 / 4 Back to Gallery\n", ("1", "4"), ("16",)),
    JunkExample("Two hurt in crash\n\n2 of 3 Premium Clicks used this month\n", ("2", "3")),
    JunkExample("A post drew 400 likes.\n\n0 Pending Comments\n", ("0",), ("400 likes",)),
    JunkExample("8:15 AM - 2 Jun 2016\n\n5 5 Retweets 3 3 likes\n", ("5", "5", "3", "3")),
    JunkExample("(Visited 2,104 times, 6 visits today)", ("2,104", "6")),
    JunkExample("12.03.2016Get short URL 0 73 Four soldiers died.", ("0", "73"), ("Four",)),
    JunkExample("The park where 2 men were hurt.\n\n40.712776 -74.005974\n", ("40.712776",)),
    JunkExample("Call police on 0845 120 4411 or text 3 words.", ("0845", "120", "4411")),
    JunkExample("Call +1 800 555 0199. A $5 fee applies.", ("1", "800", "555", "0199"), ("$5",)),
]
