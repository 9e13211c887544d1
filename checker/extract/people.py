"""Whose age a figure is: the person named beside an age ("Esteban Santiago, 26,", "a
26-year-old Esteban Santiago", "Santiago, 26," once the article has named him in full).

An age is a fact about one person, whichever event the sentence tells: outlets that give
one person two ages that cannot both hold (checker.findings.reconcile) disagree, as surely as two
tolls. A person is keyed by checker.extract.names (the first and last words of the name,
without titles); a surname alone stands for the one full name of that surname its document
gives, and for no one when it gives several. Counts of someone's family ("a mother of 12")
are checker.extract.kin's."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from checker.extract.ages_written import LIST_JOIN, at_another_time, copular_age
from checker.extract.lexicons import measure_lexicon
from checker.extract.names import (
    FULL_NAME,
    NAME_RUN,
    NAME_SUFFIX,
    institution_words,
    resolved_name,
)
from checker.extract.person_nouns import names_one, plain_noun, role_noun, singular
from checker.extract.text import NAME_LETTERS, UPPER_LETTERS

if TYPE_CHECKING:
    from checker.model import Claim

AGE = "age"  # Measure.event of an age bound to a person


def unbound_age(claim: Claim) -> bool:
    """An age (in years, months, weeks or days) bound to no person's name: "a 20-year-old
    man", or an age after a surname the document never gives in full."""
    return claim.kind == "amount" and claim.unit.endswith(" of age") and claim.measure.event != AGE


_SUFFIX, _RUN = NAME_SUFFIX, NAME_RUN  # checker.extract.names
# a nickname between a name and its age, after a comma: "Ranito Allen, aka Nito, 35"
_ALIAS_WORDS = r"[ \t]+(?:aka|a\.k\.a\.)[ \t]+[^,;()\n]{1,25}"
_ALIAS = rf"(?:,{_ALIAS_WORDS})?"
# "Esteban Santiago, 26," / "Santiago (26)" / "Santiago, aged 26": the name ends right before
# (_name_before searches it and _BEFORE_ARTICLE only where they can match: change them
# together)
_BEFORE = re.compile(rf"(?P<name>{_RUN}){_SUFFIX}\.?{_ALIAS}(?:,[ \t]+(?:aged?[ \t]+)?|[ \t]+\()$")
# "Esteban Santiago, a 26-year-old Army veteran": before a year-old form, only with an article
_BEFORE_ARTICLE = re.compile(rf"(?P<name>{_RUN})\.?,[ \t]+(?:an?|the)[ \t]+$")
# "26-year-old Esteban Santiago", "a 52-year-old Kari Oehme": the name starts right after
_AFTER = re.compile(
    rf"(?:\d+|[A-Za-z]+(?:-[a-z]+)?)[\s-]+years?[\s-]+old[ \t]+(?P<name>{_RUN})"
)  # "Thirty-year-old Teqnika Marie Moultrie" too
# what every _AFTER match holds: "old" and spaces before the name's first capital
_OLD_THEN_CAPITAL = re.compile(rf"old[ \t]+[{UPPER_LETTERS}]")
# "identified the 21-year-old victim as Rene Soto", "the 13-year-old is Jordan Stewart"
_IDENTIFIED_AS = re.compile(
    rf"\w+[\s-]+years?[\s-]+old(?:[ \t]+[a-z]+){{0,2}}?[ \t]+"
    rf"(?:as|is|(?:has|had|have)[ \t]+been[ \t]+identified[ \t]+as|was[ \t]+identified[ \t]+as)"
    rf"[ \t]+(?P<name>{_RUN})"
)
_YEAR_OLD = re.compile(r"\w+[\s-]+years?[\s-]+old\b")  # "Kadeem Torres, a 17-year-old freshman"
# a title written short before a name, with its article: "the Rev. Samuel Okoro", "Sgt."
TITLED = r"(?:(?:the[ \t]+)?[A-Z][a-z]{1,4}\.[ \t]+)?"
# "his 11-year-old son, Devin Henderson,": a noun of a person, a comma and a full name that
# ends its phrase
# what may follow a full name that ends its phrase
_PHRASE_END = r"(?=[,.;:]|[ \t]+(?:and|was|were|is|who|had|has|died)\b)"
_AFTER_NOUN = re.compile(
    rf"\w+[\s-]+years?[\s-]+old[ \t]+(?:[a-z]+[ \t]+)?(?P<noun>[a-z]+),[ \t]+"
    rf"{TITLED}(?P<name>{_RUN}){_SUFFIX}{_PHRASE_END}"
)


def person_of_age(folded: str, start: int, end: int) -> str:
    """The person whose age the figure at start..end of the document's text is, as a key
    ("Esteban Santiago"), or "" when no name is bound to it. The ways an age is told with
    its person are tried in order (`_BINDERS`); the first that applies decides."""
    # "18-year-old Myrick Dodd, 23-year-old Richaad Dodd": an age written before a name is
    # that name's, even right after another name and its comma; not "a 26-year-old Army
    # veteran" (a capitalised word that is no one's full name)
    after = _name_after(folded, start, end)
    year_old = after is not None
    if after is not None and not _names_a_kind(folded, after.end("name")):
        named_after = resolved_name(folded, after.group("name"))
        if named_after:
            return named_after
    for binder in _BINDERS:
        if (name := binder(folded, start, end, year_old)) is not None:
            return name
    return ""


def _name_after(folded: str, start: int, end: int) -> re.Match[str] | None:
    """The name right after a year-old form that is the figure ("26-year-old Esteban
    Santiago"), or None. The match must start inside the figure: _AFTER is tried at each
    of its positions (a figure is a dozen characters) instead of searched through the 80
    characters after it as well, where its word alternative backtracks at every letter
    (10 -> 2.6 us a call)."""
    stop = min(len(folded), end + 80)
    if _OLD_THEN_CAPITAL.search(folded, start, stop) is None:
        return None  # every match holds "old", spaces and the name's capital: most ages lack it
    for pos in range(start, end):
        if (after := _AFTER.match(folded, pos, stop)) is not None:
            return after
    return None


def _noun_then_name(folded: str, start: int, end: int, year_old: bool) -> str | None:
    """ "his 11-year-old son, Devin Henderson,": a noun of one person, a comma, a full name;
    or with no comma, nouns only between ("43-year-old rigger Tomas Reyll", "his 9-year-old
    daughter Aniya Smith"): not "a 23-year-old man shot John Smith"."""
    noun = _AFTER_NOUN.match(folded, start)
    if noun is None and (noun := _AFTER_NOUNS.match(folded, start)) is not None:
        words = noun.group("words").split()
        if not all(plain_noun(w) for w in words):
            noun = None
    if noun is None and (noun := _AFTER_ROLE.match(folded, start)) is not None:
        words = noun.group("words").split()
        if not (all(plain_noun(w) for w in words) and names_one(noun["noun"])):
            noun = None
    if noun is not None and " " in noun.group("name").strip() and singular(noun["noun"]):
        return resolved_name(folded, named(noun)) or None
    return None


# "43-year-old rigger Tomas Reyll,", "his 9-year-old daughter Aniya Smith and": one to three
# lower-case words (`plain_noun` each), then a full name that ends its phrase
_AFTER_NOUNS = re.compile(
    rf"\w+[\s-]+years?[\s-]+old[ \t]+(?P<words>(?:[a-z]+[ \t]+){{0,2}}(?P<noun>[a-z]+))[ \t]+"
    rf"(?P<name>{_RUN}){_SUFFIX}{_PHRASE_END}"
)


# "the 46-year-old store manager Dario Fenzi described", "his 15-year-old son Tamar Harris
# on": a name after a noun that names one person (a role or a relation) is that person's,
# whatever word follows it
_AFTER_ROLE = re.compile(
    rf"\w+[\s-]+years?[\s-]+old[ \t]+(?P<words>(?:[a-z]+[ \t]+){{0,2}}(?P<noun>[a-z]+))[ \t]+"
    rf"(?P<name>{_RUN}){_SUFFIX}"
)


def _identified_as(folded: str, start: int, end: int, year_old: bool) -> str | None:
    """ "identified the 21-year-old victim as Rene Soto", "the 13-year-old is Jordan Stewart"."""
    told = _IDENTIFIED_AS.match(folded, start)
    if told is not None and " " in told.group("name").strip():
        return resolved_name(folded, told.group("name")) or None
    return None


def _name_right_before(folded: str, start: int, end: int, year_old: bool) -> str | None:
    """ "Santiago, 26,", "Harth (26)", "Summerfield, age 18,", "Lynch, Jr., 28"; before a
    year-old form, with an article: "Kadeem Torres, a 17-year-old freshman"."""
    article = year_old or _YEAR_OLD.match(folded, start) is not None
    before = _name_before(folded, start, _BEFORE_ARTICLE if article else _BEFORE)
    if before is None or _PLACE_BEFORE.search(folded, max(0, before.start() - 12), before.start()):
        return None  # "in front of a home crowd at Nakasi Bay Oval, the 20-year-old from
        # Nadroga": the name after a preposition of place is where, not who
    return resolved_name(folded, named(before)) or None


# a preposition of place right before a name: the name is a place or a venue
# (not "at" after a verb aimed at someone: "fired shots at Fabriccio Patti, 13")
_PLACE_BEFORE = re.compile(
    r"(?<!\bshots )(?<!\bshot )(?<!\bfired )(?<!\bfiring )(?<!\baimed )(?<!\bpointed )"
    r"(?<!\blunged )(?<!\bswung )(?<!\byelled )(?<!\bshouted )(?<!\bthrew )"
    r"\b(?:at|in|near|outside|inside|across)[ \t]+$"
)


def _copula_subject(folded: str, start: int, end: int, year_old: bool) -> str | None:
    """ "Lopez, who was 18,", a sentence "He was 77." (`_subject_of`); not a year-old form
    whose name follows it."""
    copula = None if year_old else copular_age(folded, start, end)
    return (_subject_of(folded, copula, end) or None) if copula is not None else None


# a list of ages ("16 and 13", "39, 34 and 7") and the list of names before it
_AGES_BEFORE = re.compile(rf"(?:\d{{1,3}}{LIST_JOIN})+$")
_AGES_AFTER = re.compile(rf"(?:{LIST_JOIN}\d{{1,3}}\b)+")
_NAMES_BEFORE = re.compile(
    rf"(?P<names>{_RUN}(?:(?:,[ \t]+|,?[ \t]+and[ \t]+){_RUN})+),[ \t]+(?:aged?[ \t]+|ages[ \t]+)?$"
)
_NAMES_JOIN = re.compile(r",[ \t]+(?:and[ \t]+)?|[ \t]+and[ \t]+")
_NUMBER = re.compile(r"\d{1,3}")


def _respective(folded: str, start: int, end: int, year_old: bool) -> str | None:
    """For an age in a list of ages after a list of names ("Malia and Sasha Obama, aged 16
    and 13"; "Stephen Stay and Katie Stay, ages 39 and 34"), the name in the same place
    of its list, a first name alone taking the surname the list ends with; "" when the
    lists differ in length; None when the age is in no such list (or is a year-old form
    whose name follows it)."""
    if year_old:
        return None
    before = (
        _AGES_BEFORE.search(folded, max(0, start - 40), start)
        if folded[max(0, start - 40) : start].rstrip().endswith((",", "and", "or", "&"))
        else None  # searched, _AGES_BEFORE is tried at every position: it ends with a join
    )
    after = _AGES_AFTER.match(folded, end)
    if before is None and after is None:
        return None
    begin = before.start() if before is not None else start
    stop = after.end() if after is not None else end
    ages = [m.start() for m in _NUMBER.finditer(folded, begin, stop)]
    names = _NAMES_BEFORE.search(folded, max(0, begin - 120), begin)
    if names is None or start not in ages:
        return None
    listed = _NAMES_JOIN.split(names.group("names"))
    if len(listed) != len(ages):
        return ""
    name = listed[ages.index(start)].strip()
    last = listed[-1].split()
    if " " not in name and len(last) > 1:
        name = f"{name} {last[-1]}"  # "Malia and Sasha Obama": Malia Obama
    return resolved_name(folded, name)


_SENTENCE_END = re.compile(r"[.!?][\"'’”)]?\s+(?=[\"'‘“(]?[A-Z])")


def _subject_of(folded: str, copula: re.Match[str], end: int) -> str:
    """Whose age "Lopez, who was 18" or "He was 77." tells: the name before ", who"; for
    a sentence that is only "He was 77." or "She is 13.", the one person the sentence before
    and the words before the pronoun name ("... died on Monday in prison. He was 77.").
    "" when they name none or several, for an age at another time ("when he was 14"), a
    pronoun inside a longer or quoted sentence ('"He was 10, but he was big," said his
    aunt'), and for a name or noun before "was": "Smith was 35" is as often an earlier
    report or a correction ("Earlier reports indicated that Smith was 35"; of four such
    ages of people the GVA archive lists, one agreed with it)."""
    if at_another_time(folded, copula, end) or copula.group("who") is None:
        return ""
    if copula.group("who").lower() == "who":
        before = _name_before(folded, copula.start(), _BEFORE)
        return resolved_name(folded, named(before)) if before is not None else ""
    low, ends = _sentence_ends(folded, copula.start())
    opens = copula.start() == (ends[-1] if ends else 0)
    if not opens or _CLOSES.match(folded, end) is None:
        return ""
    begin = ends[-2] if len(ends) >= 2 else low
    names = {key for _, key in _named(folded, begin, copula.start())}
    return names.pop() if len(names) == 1 else ""


_SENTENCES_REACH = 400  # characters before an age where the sentence before it is looked for


def _sentence_ends(folded: str, at: int) -> tuple[int, list[int]]:
    """Where the reach before `at` starts, and where each sentence in it ends (the next one
    starting there), a sentence that starts at `at` included."""
    low = max(0, at - _SENTENCES_REACH)
    return low, [m.end() for m in _SENTENCE_END.finditer(folded, low, at + 1)]


def _named(folded: str, begin: int, end: int) -> Iterator[tuple[str, str]]:
    """Each run of capitalised words between `begin` and `end` that resolves to a person's
    key (resolved_name: a full name, or a surname the text gives once in full), with its key."""
    for match in FULL_NAME.finditer(folded, begin, end):
        if key := resolved_name(folded, match.group(0)):
            yield match.group(0), key


_CLOSES = re.compile(r"\.(?:\s|$)|\s*$")  # the age closes its sentence


# the ways an age is told with its person, in the order they are tried; each is told
# whether the age is a year-old form a capitalised word follows ("a 26-year-old Army
# veteran"), which the list and "is"/"was" forms leave alone


# "The 61-year-old executive said", "Nine years later, the 53-year-old former professor is":
# a year-old form after "the" that opens its clause; the words after it are lower case, one
# noun of a person at most two words on, or none ("The 29-year-old was taken to hospital")
_THE_BEFORE = re.compile(r"(?:^|[.!?][\"'’”)]?\s+|,\s+)the\s+$", re.I)
_DEFINITE_AFTER = re.compile(r"\w+[\s-]+years?[\s-]+old[ \t]+(?P<next>[a-z]+(?:[ \t]+[a-z]+){0,2})")


def _definite_subject(folded: str, start: int, end: int, year_old: bool) -> str | None:
    """ "Dmitri Varga faced questions. The 61-year-old executive said ...": a definite
    year-old form of a role that opens its clause tells the one person the sentence before
    names (not a speaker: "..., police spokesman Sgt. Tim Gauerke said. The 31-year-old
    officer"), when the words before it in its own sentence name no one. Without a role
    ("The 16-year-old was taken to hospital") the form as often tells a person the article
    introduced without a name ("A 16-year-old male has been charged"), and GVA's
    participant lists disagreed with half such readings."""
    if year_old or _THE_BEFORE.search(folded, max(0, start - 8), start) is None:
        return None
    after = _DEFINITE_AFTER.match(folded, start)
    if after is None or not any(role_noun(w) for w in after.group("next").split()):
        return None
    low, ends = _sentence_ends(folded, start)
    if not ends:
        return None
    own = ends[-1]
    begin = ends[-2] if len(ends) >= 2 else low
    if _names_in(folded, own, start):
        return None
    names = _names_in(folded, begin, own)
    # from a little before the sentence: "said police spokesman Sgt. Tim Gauerke" splits at
    # "Sgt."
    if len(names) != 1 or _SPEAKER.search(folded, max(low, begin - 40), own):
        return None
    return names.pop()


# a name that says something: "police spokesman Sgt. Tim Gauerke said", "Hollenbeck said",
# "said Jana Horvath"
_SPEAKER = re.compile(
    rf"{_RUN}[ \t]+(?:said|says|told)\b|\b(?:said|says|told)[ \t]+(?:[a-z]+[ \t]+){{0,3}}{_RUN}"
)


def _names_in(folded: str, begin: int, end: int) -> set[str]:
    """The keys of the people's full names between `begin` and `end`: not a run that names
    an institution, a company or a place ("Kestrel Mining Group", people.json institutions)."""
    institutions = institution_words()
    return {
        key
        for run, key in _named(folded, begin, end)
        if institutions.isdisjoint(w.lower().rstrip("'’s") for w in run.split())
    }


_BINDERS = (
    _noun_then_name,
    _identified_as,
    _respective,
    _name_right_before,
    _copula_subject,
    _definite_subject,
)


_NEXT_WORD = re.compile(r"[ \t]+([a-z][a-z-]*)")


def _names_a_kind(folded: str, end: int) -> bool:
    """Whether the capitalised words before `end` qualify a noun of people ("a 35-year-old
    Chicago man", "a 20-year-old Army veteran"): a place or a group, not a name."""
    word = _NEXT_WORD.match(folded, end)
    if word is None:
        return False
    people = measure_lexicon().people
    return word.group(1) in people or word.group(1) + "s" in people


_NAME_CHARS = NAME_LETTERS | frozenset("'’.- \t")


def _name_before(folded: str, start: int, pattern: re.Pattern[str]) -> re.Match[str] | None:
    """pattern (_BEFORE or _BEFORE_ARTICLE) searched in the 80 characters before `start`,
    from where a match can begin. Tried at every position, its runs of capitalised words
    backtrack (58 us a figure): the text must end in ", ", ", aged " or " (" (_BEFORE), or in
    ", a ", ", an ", ", the " (_BEFORE_ARTICLE), a newline maybe after it (which `$` passes),
    and the name lies between the last character it cannot hold and that comma or bracket."""
    low = max(0, start - 80)
    end = start - 1 if start > low and folded[start - 1] == "\n" else start
    if pattern is _BEFORE and end > low and folded[end - 1] == "(":
        mark = end - 1
    else:
        mark = len(folded[low:end].rstrip(" \t")) + low  # after the last non-space
        last = ",de" if pattern is _BEFORE else "ane"  # "Smith, " "aged " "age "; "a" "an" "the"
        if mark in (end, low) or folded[mark - 1] not in last:
            return None
        mark = folded.rfind(",", low, end)
        if mark < 0:
            return None
    begin = mark
    while begin > low and folded[begin - 1] in _NAME_CHARS:
        begin -= 1
    if (
        begin > low
        and folded[begin - 1] == ","
        and (
            _APART_SUFFIX.fullmatch(folded, begin, mark)
            or _APART_ALIAS.fullmatch(folded, begin, mark)
        )
    ):
        # "Larry Lynch, Jr., 28", "Ranito Allen, aka Nito, 35": the name goes on before the
        # suffix's or the nickname's comma
        begin -= 1
        while begin > low and folded[begin - 1] in _NAME_CHARS:
            begin -= 1
    return pattern.search(folded, begin, start)


# what may stand between the suffix's comma and the mark: "Larry Lynch, Jr., 28", "John, Jr. (26)"
_APART_SUFFIX = re.compile(r"[ \t]+(?:[JS]r|I{2,3}|IV)\.?\.?[ \t]*")
_APART_ALIAS = re.compile(_ALIAS_WORDS)


def named(match: re.Match[str]) -> str:
    """The name a match of _BEFORE holds, with a suffix written apart ("Lynch, Jr.")."""
    suffix = match.groupdict().get("suffix")
    return f"{match.group('name')} {suffix}" if suffix else match.group("name")
