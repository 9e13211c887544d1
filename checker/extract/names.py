"""The key of a person's name, whichever way an article writes it: "Sr. Master Sgt.
Christopher B. Prather" and "Christopher Prather" are one key (the first and last words,
without titles or middle initials); a suffix stays ("John Smith Jr." is not his father); a
surname alone stands for the one full name of it a text gives (`full_name`). Read by
checker.extract.people for ages and by checker.events for the people of a story."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from checker.extract.ages_written import person_noun
from checker.extract.text import LOWER_LETTERS as _LO
from checker.extract.text import UPPER_LETTERS as _UP
from checker.extract.text import without_accents
from checker.vocab import load_data

# a suffix may stand apart: "Larry Lynch, Jr., 28"
NAME_SUFFIX = r"(?:,[ \t]+(?P<suffix>[JS]r|I{2,3}|IV)\.?)?"
# B. (an initial, its stop kept: tried first); Smith, McBride, DeShawn, O'Neal,
# Solomon-Sides, Ke'Arre; B
NAME_WORD = rf"(?:[{_UP}]\.|[{_UP}][{_LO}]*(?:[{_UP}][{_LO}]+)?(?:['’-][{_UP}]?[{_LO}]+)*)"
NAME_RUN = rf"{NAME_WORD}(?:[ \t]+{NAME_WORD}){{0,5}}"
# \b{NAME_RUN}, its first capital taken out of the two alternatives of NAME_WORD and put
# first, the word boundary before it tested behind it: a pattern that opens with a class
# lets the regex engine skip to the capitals, where \b made it try every position of the
# text (a page's scan 38 -> 20 us). The same matches (tests/test_speed_invariants.py).
_FIRST_WORD_AFTER_CAPITAL = rf"(?:\.|[{_LO}]*(?:[{_UP}][{_LO}]+)?(?:['’-][{_UP}]?[{_LO}]+)*)"
FULL_NAME = re.compile(
    rf"[{_UP}](?<!\w[{_UP}]){_FIRST_WORD_AFTER_CAPITAL}(?:[ \t]+{NAME_WORD}){{0,5}}"
)


def person_key(run: str) -> str:
    """The key of a run of capitalised words: titles, nouns of one person and nationalities
    before a full name ("Driver John Smith", "Candidate Samuel Mutua", "Austrian Matthias
    Greiderer") and words that are no one's name at its start dropped; its first and last
    words (and a suffix); "" when nothing is left."""
    titles, suffixes, not_names = _vocabulary()
    words = run.split()
    if words and words[-1][-2:] in ("'s", "\u2019s"):  # "Sasha Obama's": her name
        words[-1] = words[-1][:-2]
    while len(words) > 1 and words[0][-2:] in ("'s", "\u2019s"):
        words.pop(0)  # "Austria's Greiderer", "Chelsea's John Terry": a possessor, no name
    while words and (
        words[0].lower() in titles
        or words[0].lower().rstrip(".") in titles
        or (len(words) > 2 and person_noun(words[0].lower()))  # "Candidate Samuel Mutua"
        or (len(words) > 2 and words[0].lower() in _nationalities())  # "Austrian Anna Berg"
    ):
        words.pop(0)
    # "State Treasurer Maria Ellison", "Labour Minister Sofia Marchetti", "Former President
    # Jimmy Carter": a title after words that qualify it, with a first name and a surname
    # after it, ends what stands before the name
    for i in range(len(words) - 3, 0, -1):
        if words[i].lower().rstrip(".") in titles:
            words = words[i + 1 :]
            break
    for i, word in enumerate(words):  # "Police said Smith": the name starts after them
        if word.lower().rstrip(".") in not_names:
            words = words[i + 1 :]
            return person_key(" ".join(words)) if words else ""
    suffix = ""
    if len(words) > 2 and words[-1].lower().rstrip(".") in suffixes:
        suffix = " " + words.pop().rstrip(".").capitalize()
    words = [w for w in words if len(w.rstrip(".")) > 1]  # middle initials
    if not words:
        return ""
    if len(words) == 1:
        return words[0]
    return f"{words[0]} {words[-1]}{suffix}"


def full_name(folded: str, surname: str) -> str:
    """The one full name ending in `surname` the text gives, or "" (none, or several). A
    name written with and without its accents ("Raúl Labrador", "Raul Labrador") is one:
    the accented spelling stands for it."""
    names = {n for n in full_names(folded) if n.endswith(" " + surname)}
    if len(names) > 1 and len({without_accents(n) for n in names}) == 1:
        return max(names)  # the accented letters sort after the plain ones
    return names.pop() if len(names) == 1 else ""


@lru_cache(maxsize=16)
def full_names(folded: str) -> frozenset[str]:
    """The keys of the full names (two words or more) a text gives. A run of one word (most
    runs: a sentence's first word, a place) has a key of one word at most, and is passed
    over before person_key."""
    return frozenset(
        name
        for m in FULL_NAME.finditer(folded)
        if " " in (run := m.group(0)) or "\t" in run
        if " " in (name := person_key(run))
    )


@cache
def _nationalities() -> frozenset[str]:
    """Words for a people or a nation (events.json parties nationalities): before a full
    name they tell where the person is from ("Austrian Matthias Greiderer")."""
    return frozenset(load_data("events")["parties"]["nationalities"])


@cache
def _vocabulary() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    data = load_data("people")
    return (
        frozenset(data["titles"]),
        frozenset(data["suffixes"]),
        frozenset(data["not_names"]),
    )


def resolved_name(folded: str, run: str) -> str:
    """The key of a name as written; a surname alone, the one full name of it the text
    gives ("" when none or several)."""
    key = person_key(run)
    return full_name(folded, key) if key and " " not in key else key


@cache
def institution_words() -> frozenset[str]:
    """Words that make a run of capitalised words the name of an institution, an outlet, a
    place or a company, never a person's (people.json institutions, events.json parties
    suffixes): "Kestrel Mining Group", "WMC Action News 5"."""
    suffixes = load_data("events")["parties"]["suffixes"]
    return frozenset(load_data("people")["institutions"]) | frozenset(suffixes)
