"""The named thing a compound size is told of, and the one name a story's plain noun stands
for.

Outlets size a story's building, ship or line by its name as often as by its noun: "The
16-storey Caldwell House" and "Caldwell House, a 14-storey block"; "Kessan General
Hospital, a 150-bed facility" and "the 200-bed hospital"; "the 412km-long Transvale trunk
line" and "a 390-kilometre line". A compound size right before a name ("the 16-storey
Caldwell House", "the 412km-long Transvale trunk line") or in an apposition to a name
("Caldwell House, a 14-storey block") is the size of the thing the name names. The noun of
such a name (its last word: "House", "Hospital", "line") and the noun of its apposition
("block", "facility") stand for it in the story's other documents when no other named
thing of the story has that noun: "the 200-bed hospital" is Kessan General Hospital's
size when the story names one hospital. Read by checker.events.bare (a compound's thing),
checker.events.described (a thing several documents describe) and the story model, which
maps the plain nouns (checker.events.story)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from checker.events.physical import is_physical
from checker.extract.lexicons import measure_lexicon
from checker.model import Claim

# the capitalised words of a name, up to four ("Kessan General Hospital")
_NAME = r"[A-Z][\w'&-]*(?:[ \t]+[A-Z][\w'&-]*){0,3}"
# a name right after a compound size, then at most two lower-case words of its noun: "the
# 16-storey Caldwell House", "the 412km-long Transvale trunk line"
_NAME_AFTER = re.compile(rf"[ \t]+(?P<name>{_NAME})(?P<tail>(?:[ \t]+[a-z][a-z-]*){{0,2}})")
# a name the compound's noun stands in apposition to: "Caldwell House, a 14-storey block"
_APPOSITION = re.compile(rf"(?P<name>{_NAME}),[ \t]+(?:an?|the)[ \t]+$")
_APPOSITION_REACH = 60  # characters before a figure where its apposition's name may stand
_NOUN_AFTER = re.compile(r"[ \t]+(?P<noun>[a-z][a-z-]+)")
# words that end a name's noun, or that a name cannot start with ("In Harlow, a 12-storey")
_NOT_NOUN = frozenset(
    """the a an of in on at to from by for with and or but that which who as than after
    before when while since near outside inside into across over under was were is are has
    have had will would could said says""".split()
)
_VERB_FORM = re.compile(r"(?:ed|ing)$")


def singular(noun: str) -> str:
    """A thing's noun without a plain plural's -s ("blocks" -> "block"; not "glass")."""
    if len(noun) > 3 and noun.endswith("s") and not noun.endswith("ss"):
        return noun[:-1]
    return noun


def named_thing(text: str, start: int, compound_end: int) -> tuple[str, str] | None:
    """(the thing, the plain noun that may stand for it) for a compound size at
    `start`..`compound_end` of `text` told of a name: right before it ("The 16-storey
    Caldwell House": ("caldwell house", "house")) or in an apposition ("Caldwell House, a
    14-storey block": ("caldwell house", "block")); None when no name is told, or the
    capitalised words are a time or a phrase's opening ("On Friday, a 12-car pileup")."""
    after = _NAME_AFTER.match(text, compound_end)
    if after is not None and _is_name(after["name"]):
        words = after["name"].lower().split()
        for word in after["tail"].split():
            if word in _NOT_NOUN or _VERB_FORM.search(word):
                break
            words.append(word)
        return " ".join(words), singular(words[-1])
    if after is not None:
        return None  # "the 3-mile Sunday": no name
    before = _APPOSITION.search(text, max(0, start - _APPOSITION_REACH), start)
    if before is None or not _is_name(before["name"]):
        return None
    noun = _NOUN_AFTER.match(text, compound_end)
    if noun is None or noun["noun"] in _NOT_NOUN:
        return None
    return before["name"].lower(), singular(noun["noun"])


def _is_name(name: str) -> bool:
    """Whether capitalised words name a thing: not a time ("Friday", "March") and not a
    phrase's opening ("In Harlow", "The")."""
    words = name.lower().split()
    if words[0] in _NOT_NOUN:
        return False
    return not any(word in measure_lexicon().not_places for word in words)


def name_of_noun(named: Iterable[tuple[str, str]]) -> dict[str, str]:
    """plain noun -> the one named thing of a story it stands for, from the (thing, noun)
    pairs its compounds told: the last word of each name and the noun of each apposition;
    a noun two named things share stands for neither."""
    things: dict[str, set[str]] = defaultdict(set)
    for thing, noun in named:
        if " " not in thing and thing == noun:
            continue  # a lower-case thing names nothing
        things[noun].add(thing)
        things[singular(thing.split()[-1])].add(thing)
    return {noun: next(iter(found)) for noun, found in things.items() if len(found) == 1}


# a size written as a compound before the noun it sizes: "16-storey", "150-bed",
# "412km-long", "a two-storey"; or a physical amount with its unit right before the noun:
# "the 4.2km Kessan tunnel", "the 1.1 km bridge"
_DIMENSION = r"(?:-(?:long|high|tall|wide|deep))?"
_COMPOUND = re.compile(
    rf"[\w.,]*\w(?:[ \t]?[a-z]+)?-[a-z]+{_DIMENSION}|[\d.,]*\d[ \t]?[a-z]+{_DIMENSION}"
)


def named_size(claim: Claim) -> tuple[str, str] | None:
    """(the named thing, its plain noun) a compound size is told of (named_thing); None
    for a figure that is no compound size of a thing (a count of people is read by the
    frames of events, "the 12-member Kessan Council" by no one)."""
    if claim.kind not in ("count", "amount") or claim.measure.event:
        return None
    if claim.kind == "amount" and not is_physical(claim.unit):
        return None
    end = compound_end(claim)
    if end is None or (claim.kind == "count" and "-" not in claim.sentence[:end][-12:]):
        return None
    unit = claim.sentence[:end].rsplit("-", 1)[-1].lower()
    if unit in measure_lexicon().people:
        return None
    return named_thing(claim.sentence, claim.span_in_sentence[0], end)


def compound_end(claim: Claim) -> int | None:
    """Where in its sentence the compound size a figure's quote opens with ends ("16-storey"
    of "16-storey", "390-kilometre" of "390-kilometre line"); None when the quote opens with
    no such compound, or runs on into the same word ("2,500-square-metre")."""
    compound = _COMPOUND.match(claim.quote)
    if compound is None:
        return None
    rest = claim.quote[compound.end() :]
    if rest and not rest[0].isspace():
        return None
    return claim.span_in_sentence[0] + compound.end()


def story_names(claims: Iterable[Claim]) -> dict[str, str]:
    """plain noun -> the one named thing of the story it stands for (name_of_noun), from
    the compound sizes of a story's claims."""
    return name_of_noun(named for claim in claims if (named := named_size(claim)) is not None)
