"""The places of a story: those most of its documents name (they restrict nothing), those
its headlines and ledes name, and the place of another incident a sentence tells."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from checker.extract.lexicons import measure_lexicon
from checker.extract.periods import in_made_clause
from checker.extract.text import fold_text
from checker.extract.where import (
    countries,
    place_name,
    places_in,
    spelling_key,
    town_key,
    without_area,
)
from checker.model import Claim, Document

_STORY_WIDE_SHARE = 0.5


def story_places(documents: Iterable[Document], claims: Iterable[Claim]) -> frozenset[str]:
    """Places named in figures' measures that at least half of the documents mention: in a
    story about Syria, "in Syria" restricts nothing. As spelling keys (where.spelling_key):
    outlets that spell a town three ways all name it."""
    documents = tuple(documents)
    places: set[tuple[str, ...]] = set()
    for claim in claims:
        if words := _key_words(without_area(claim.measure.place)):
            places.add(words)
    if not documents or not places:
        return frozenset()
    mentions: Counter[tuple[str, ...]] = Counter()
    for document in documents:
        mentions.update(_word_runs(_key_words(document.text), places) & places)
    return frozenset(
        " ".join(words)
        for words, count in mentions.items()
        if count / len(documents) >= _STORY_WIDE_SHARE and count > 1
    )


def ground_towns(
    documents: Iterable[Document], wide: frozenset[str], lead_chars: int
) -> frozenset[str]:
    """The town a story happens in, when most of its documents name it (`wide`: story_places)
    and no other place but countries, and a headline or lede (a document's first
    `lead_chars`) names it as a town ("the town of Raqqa", "Aleppo city"): the area named
    after it ("31 killed in Raqqa province") holds its figures (checker.events.frames
    Frame.area_place). As a spelling key, or none."""
    towns = wide - _country_keys()
    if len(towns) != 1:
        return frozenset()
    town = next(iter(towns))
    for document in documents:
        for match in _TOWN_NAMED.finditer(document.text[:lead_chars]):
            if spelling_key(place_name(match.group("before") or match.group("after"))) == town:
                return frozenset({town})
    return frozenset()


# a place named as a town: "the town of Raqqa", "the city of Aleppo", "Aleppo city"
_TOWN_NAMED = re.compile(
    r"\b(?:town|city|village)\s+of\s+(?P<before>[A-Z][\w'-]+(?:[ \t]+[A-Z][\w'-]+){0,2})"
    r"|\b(?P<after>[A-Z][\w'-]+(?:[ \t]+[A-Z][\w'-]+){0,2})[ \t]+(?:city|town)\b"
)


@lru_cache(maxsize=1)
def _country_keys() -> frozenset[str]:
    """Countries and regions as spelling keys, with their possessive ("Syria's")."""
    keys = {spelling_key(country) for country in countries()}
    return frozenset(keys | {f"{key}s" for key in keys})


_WORD = re.compile(r"\w+")


def _words(text: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(text.lower()))


def _key_words(text: str) -> tuple[str, ...]:
    return tuple(spelling_key(w) for w in _WORD.findall(text.lower()))


def _word_runs(words: tuple[str, ...], places: Iterable[tuple[str, ...]]) -> set[tuple[str, ...]]:
    """The runs of words of a text that start with a place's first word, as long as the
    longest place: every place is looked up in one pass over the text, not one pass per
    place (a text naming a thousand places took quadratic time, issue 16)."""
    firsts = {p[0] for p in places}
    longest = max((len(p) for p in places), default=0)
    return {
        words[i : i + n]
        for i, word in enumerate(words)
        if word in firsts
        for n in range(1, longest + 1)
    }


def lead_words(documents: Iterable[Document], lead_chars: int) -> frozenset[str]:
    """The words of the places the documents' headlines and ledes (their first
    `lead_chars`) name, their datelines' places among them ("SAN BARTOLO XEJUYÚ, Guatemala
    — A crowded bus ...": where the story was filed, the incident's town for local news)."""
    leads = (d.text[:lead_chars] for d in documents)
    return frozenset(
        word
        for lead in leads
        for place in (*_places(lead), *_dateline_places(lead))
        for word in place_words(place)
    )


# a dateline: a line that opens with a place in capitals, perhaps its region or country
# after a comma, then perhaps a date or an agency in brackets, then a dash ("AUBURN —",
# "SOLOLÁ, Guatemala, June 3 (MNA) —", "BEIRUT (Reuters) -")
_CAPS = (
    r"[A-Z\u00C0-\u00DE.'\u2019-]"  # a capital letter (accented too), or a dot or dash in a name
)
_DATELINE = re.compile(
    rf"^(?P<place>[A-Z\u00C0-\u00DE]{_CAPS}+(?:[ \t]+{_CAPS}+){{0,3}})"
    r"(?=(?:,[ \t]+[^\n\u2013\u2014]{1,40}?)?[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?"
    r"[-\u2013\u2014][ \t])",
    re.M,
)


def _dateline_places(lead: str) -> tuple[str, ...]:
    """The place of a dateline in a headline and lede, as places are compared."""
    return tuple(place_name(m["place"].title()) for m in _DATELINE.finditer(lead))


def common_words(documents: Iterable[Document]) -> frozenset[str]:
    """The words of the places that at least half of the documents (two at least) name
    anywhere in their text: the epicentre's province most outlets name in their bodies is
    the story's ground, not another incident's place, though no headline names it."""
    documents = tuple(documents)
    counts: Counter[str] = Counter()
    for document in documents:
        counts.update({w for place in _places(document.text) for w in place_words(place)})
    return frozenset(
        w for w, n in counts.items() if n > 2 and n / len(documents) >= _STORY_WIDE_SHARE
    )


def elsewhere(
    sentence: str,
    wide: frozenset[str],
    lead_words: frozenset[str],
    common: frozenset[str] = frozenset(),
) -> str:
    """The place of another incident a sentence tells: it names a town or district (not a
    country, not a place most documents name) and none of its places shares a word with the
    places the documents' headlines and ledes name (`lead_words`; `wide`: the places most
    documents name). A round-up tells the day's other
    shellings and strikes beside the story's own ("shelling in the town of Musraba killed
    three"); outlets telling that other incident are still compared with each other."""
    if not lead_words or _title_case(sentence):
        return ""
    places = [
        p
        for p in _places(sentence)
        if town_key(p) not in wide
        and not _broad(p)
        and not _site(p)
        and not _site_after(sentence, p)
    ]
    if not places or any(place_words(p) & (lead_words | common) for p in places):
        return ""
    return places[0]


@lru_cache(maxsize=256)
def _places(text: str) -> tuple[str, ...]:
    """The places a text names, but not where a source speaks from ("9News in Denver
    reported", "police in Dallas said"): that place locates the source, not the incident."""
    folded = fold_text(text)
    return tuple(
        dict.fromkeys(p for p in places_in(folded, 0, len(folded)) if not _source_place(folded, p))
    )


# a reporting verb right after a place: "... in Denver reported", "... in Aleppo, said"
_REPORTED_AFTER = re.compile(r"\s*,?\s*(?:said|says|told|reported|reports|reporting)\b", re.I)
# a place told where a source spoke, after its verb: "announced at a conference hall in
# Eastbridge", "told reporters in Brussels", "said at a news conference in Kabul", "according
# to the national police department in Alto Parana"; not after
# "that", which starts what was said ("said in a statement that 12 were killed in Aleppo")
_SPOKEN_BEFORE = re.compile(
    r"\b(?:said|says|told|announced|announces|declared|declares|added|according\s+to)"
    r"(?:\s+(?!that\b)[\w'-]+){0,4}?\s+(?:in|at)\s+$",
    re.I,
)


def _source_place(folded: str, place: str) -> bool:
    """Where a source speaks from ("police in Dallas said", "announced at a conference hall
    in Eastbridge"), or where the thing a figure is
    of was made ("Brightwell, founded in 1952 in Leicester, operates seven factories"):
    neither is the place of an incident."""
    at = folded.lower().find(place)
    if at < 0:
        return False
    if _SPOKEN_BEFORE.search(folded, max(0, at - _SPOKEN_REACH), at) is not None:
        return True
    return _REPORTED_AFTER.match(folded, at + len(place)) is not None or in_made_clause(folded, at)


_SPOKEN_REACH = 60  # characters before a place where the verb of its source may stand


def place_words(place: str) -> frozenset[str]:
    """The words that name a place, without heads ("province", "city") that any place has,
    as spelling keys (where.spelling_key)."""
    heads = measure_lexicon().place_heads
    return frozenset(spelling_key(w) for w in _words(place) if len(w) > 2 and w not in heads)


def _site(place: str) -> bool:
    """A road or another site inside a town ("county road", "maple avenue"): where in the
    story's place something happened, not another town."""
    words = place.split()
    return bool(words) and words[-1].rstrip(".") in measure_lexicon().site_heads


def _site_after(sentence: str, place: str) -> bool:
    """A name told before a site's head in lower case ("near the Kalibari intersection",
    "at the Mirpur roundabout"): a site inside a town, as a road is."""
    folded = sentence.lower()
    at = folded.find(place)
    after = _NEXT_WORD.match(folded, at + len(place)) if at >= 0 else None
    return after is not None and after.group(1) in measure_lexicon().site_heads


_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")


def _broad(place: str) -> bool:
    """A country or world region ("Syria", "Syria's" written without its apostrophe)."""
    names = countries()
    return place in names or (place.endswith("s") and place[:-1] in names)


_CAPITALISED = re.compile(r"\b[A-Z]")
_WORDS = re.compile(r"\b[A-Za-z]")


def _title_case(sentence: str) -> bool:
    """A headline in title case ("Two Killed in Terrorist Attack in Aleppo City"): every
    capitalised word looks like a name, so no place is read from it."""
    head = sentence[:150]
    words = len(_WORDS.findall(head))
    return words > 3 and len(_CAPITALISED.findall(head)) * 2 > words
