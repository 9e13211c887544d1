"""Counts of people joined in one phrase: "two men and a woman were shot", "five children
and three adults were found dead", "two police officers and three others were wounded",
"killed five soldiers and three civilians".

The phrase counts the people of all its parts: three were shot, eight found dead, five
wounded, eight killed. Read figure by figure, the last part took the verb and stood for the
whole ("three others were wounded" against another outlet's "five others, including two
officers"), and the whole was never counted. Each such phrase gives one more count, the
sum, over the whole phrase; a part read as the whole ("three others", the same people as
the sum) becomes a part of a list.

Parts are joined by "and" or commas, with nothing else between them; a part is a count of
people (a noun of measures.json's people under "people") or one person told without a
number ("a woman", measures.json's single_victims). The phrase needs a count among its
parts and one event for all of them: the event a part already has, or the harm right after
the phrase ("... were shot"). A phrase of parts of a figure told before it ("11 people,
including two children and three women") is not summed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache

from checker.extract.entities import SEVERITY_ADVERBS
from checker.extract.lexicons import measure_lexicon, normalise
from checker.model import Claim, Interval
from checker.vocab import alternation, load_data

LISTED = "part of a list"  # the scope of a part read as the whole before
_PEOPLE = "people"
_PERSON = "person"  # one person of no class the lexicon knows: "a driver"
# counted apart from civilians (measures.json people classes)
_NEVER_CIVILIANS = frozenset({"police officers", "soldiers", "fighters", "firefighters"})
_PLAIN = re.compile(r"\d+(?:\.\d+)?")
_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)", re.I)
# parts of one count told by how badly each was hurt: "three (were) seriously and 15
# slightly hurt": they never count the same people
_SEVERITY_JOIN = re.compile(
    rf"\s+(?:(?:were|are|was|is)\s+)?(?:{alternation(sorted(SEVERITY_ADVERBS))})\s+and\s+",
    re.I,
)
# a part listed among the parts of a figure told before it, or a share of one
_PARTS_BEFORE = re.compile(
    r"\b(?:including|includ(?:es|ed)|among\s+them|among|of\s+whom|of\s+them|such\s+as|"
    r"of\s+the|incl\.?)\s*$",
    re.I,
)
_AMONG_AFTER = re.compile(r"\s+(?:(?:were|are|was|is)\s+)?(?:also\s+)?among\b", re.I)
# between the phrase and its verb: auxiliaries and adverbs ("were also fatally shot")
_BEFORE_VERB = re.compile(
    r"\s*(?:--[^-]{1,60}--\s*|,[^,]{1,60},\s*)?"
    r"(?:(?:were|was|are|is|have|has|had|been|being|also|all|each|both|later|reportedly|"
    r"found|left|[a-z]+ly)\s+){0,4}",
    re.I,
)


# not frozen, as the other records extraction builds per figure (see numbers.NumberMention)
@dataclass
class _Part:
    start: int
    end: int
    entity: str
    value: Decimal
    claim: Claim | None  # None: one person told without a number ("a woman")


@cache
def _single() -> re.Pattern[str]:
    """One person without a number: "a woman", "an 18-year-old man", "one officer"."""
    nouns = alternation(load_data("measures")["single_victims"])
    return re.compile(rf"\b(?:an?|one)\s+(?:[\w'-]+\s+){{0,2}}?(?P<noun>{nouns})\b", re.I)


def _entity_of_noun(noun: str) -> str:
    """The entity class of a singular noun ("woman" -> women), "person" when the lexicon
    has no plural of it (a driver, a clerk)."""
    lexicon = measure_lexicon()
    form = lexicon.people_form(normalise(noun))
    return lexicon.people[form] if form else _PERSON


def _is_people(entity: str) -> bool:
    return entity == _PEOPLE or measure_lexicon().parents.get(entity) == _PEOPLE


def _counted(claim: Claim) -> bool:
    return (
        claim.kind == "count"
        and (not claim.unit or normalise(claim.unit) in measure_lexicon().people)
        and not claim.change
        and _is_people(claim.measure.entity or _PEOPLE)
        and claim.measure.event != "age"
        and _PLAIN.fullmatch(claim.value) is not None  # not a range ("20-30")
    )


def with_sums(folded: str, claims: list[Claim]) -> list[Claim]:
    """The claims (in text order) with one more count for each phrase of joined counts of
    people, and the parts that had stood for the whole made parts of the list."""
    out = list(claims)
    index = {id(c): i for i, c in enumerate(out)}
    added: list[Claim] = []
    i = 0
    while i < len(claims):
        chain = _chain(folded, claims, i)
        if chain is None:
            i += 1
            continue
        parts, used = chain
        i += max(1, used)
        total = _summed(folded, parts)
        if total is None:
            continue
        added.append(total)
        for part in parts:
            claim = part.claim
            if claim is not None and not claim.measure.event:
                # "Five people were seriously and 22 slightly hurt": the five were hurt
                # seriously, a part of its own (the 22's scope reads "slightly" after it)
                severity = _SEVERITY_JOIN.match(folded, claim.end)
                if severity is not None and total.measure.event == "injured":
                    scope = _severity_scope(severity.group(0))
                    measure = replace(total.measure, entity=claim.measure.entity or _PEOPLE)
                    claim = replace(claim, measure=replace(measure, scope=scope))
                    out[index[id(part.claim)]] = claim
            if (
                claim is not None
                and claim.measure.event
                and not claim.measure.scope
                and claim.measure.entity in (total.measure.entity, "others", "")
            ):
                out[index[id(claim)]] = replace(claim, measure=replace(claim.measure, scope=LISTED))
    if not added:
        return claims
    out.extend(added)
    out.sort(key=lambda c: (c.start, c.end))
    return out


_MINOR_ADVERBS = frozenset({"slightly", "lightly", "moderately"})


def _severity_scope(join: str) -> str:
    """The scope of a part by how badly it was hurt (as checker.extract.scopes reads it after
    a count): "minor" for "slightly", "critical" for "seriously"."""
    return "minor" if _MINOR_ADVERBS & set(join.lower().split()) else "critical"


def _chain(folded: str, claims: list[Claim], i: int) -> tuple[list[_Part], int] | None:
    """The parts of the phrase that starts with claims[i] (or with one person told just
    before it), and how many claims it takes; None when claims[i] starts none."""
    first = claims[i]
    if not _counted(first):
        return None
    headline = _in_headline(folded, first)
    before = _single_before(folded, first, headline)
    if before is None and not _joined_after(folded, first.end):
        return None  # one part and nothing joined after it: no list (most counts)
    parts = [_part_of(first)]
    if before is not None:
        parts.insert(0, before)
    used = 1
    by_severity = False
    while True:
        last = parts[-1]
        join = _JOIN.match(folded, last.end)
        if join is None:
            join = _SEVERITY_JOIN.match(folded, last.end)
            by_severity = by_severity or join is not None
        if join is None:
            break
        nxt = claims[i + used] if i + used < len(claims) else None
        if nxt is not None and nxt.start == join.end() and _counted(nxt):
            parts.append(_part_of(nxt))
            used += 1
            continue
        single = (_bare_single() if headline else _single()).match(folded, join.end())
        if single is not None and (nxt is None or nxt.start >= single.end()):
            parts.append(_single_part(single))
            continue
        break
    if len(parts) < 2 or _PARTS_BEFORE.search(folded, max(0, parts[0].start - 30), parts[0].start):
        return None
    if not (
        _headline_list(folded, parts) if headline else _joined_list(folded, parts, by_severity)
    ):
        return None
    if _AMONG_AFTER.match(folded, parts[-1].end):
        return None  # "76 children and 41 women were among those killed": a part of the dead
    return parts, used


def _joined_after(folded: str, end: int) -> bool:
    """Whether a join that can go on to another part follows `end` (as _chain's loop tests)."""
    return _JOIN.match(folded, end) is not None or _SEVERITY_JOIN.match(folded, end) is not None


def _headline_list(folded: str, parts: list[_Part]) -> bool:
    """A headline's list drops the "and" and names each group once ("Baby, 4 people
    injured": five): it needs only the harm right after it."""
    return bool(_event_after(folded, parts[-1].end))


def _joined_list(folded: str, parts: list[_Part], by_severity: bool) -> bool:
    """A list ends with "and" ("injuring 40, 15 of them on Qeshm" is no list), and its parts
    never count the same people twice (unless told by how badly each was hurt)."""
    if "and" not in folded[parts[-2].end : parts[-1].start].lower():
        return False
    return by_severity or not _may_overlap([p.entity for p in parts])


def _may_overlap(entities: list[str]) -> bool:
    """Whether the parts may count the same people twice: "16 civilians and three children"
    (children are most often civilians), "12 people and three children". Others are never
    the people before them; officers and soldiers are never civilians."""
    for i, entity in enumerate(entities):
        rest = entities[:i] + entities[i + 1 :]
        if entity == _PEOPLE:
            return True
        if entity == "civilians" and any(e not in _NEVER_CIVILIANS for e in rest):
            return True
    return False


def _part_of(claim: Claim) -> _Part:
    entity = "others" if normalise(claim.unit) == "others" else claim.measure.entity or _PEOPLE
    return _Part(claim.start, claim.end, entity, Decimal(claim.value), claim)


def _single_part(match: re.Match[str]) -> _Part:
    return _Part(match.start(), match.end(), _entity_of_noun(match["noun"]), Decimal(1), None)


@cache
def _bare_single() -> re.Pattern[str]:
    """One person named by a bare noun, as headlines do: "Man, toddler killed"."""
    nouns = alternation(load_data("measures")["single_victims"])
    return re.compile(rf"(?:an?\s+|one\s+)?(?:[\w'-]+\s+){{0,1}}?(?P<noun>{nouns})\b", re.I)


# a headline's list of victims starts it: "Woman, 2 children dead in fire", "7 adults, one
# child shot at party" (commas only, no "and", right before the harm)
_HEADLINE_START = re.compile(r"\s*(?:[\w'-]+\s+){0,1}?(?P<noun>[\w'-]+)\s*,\s*$")


def _in_headline(folded: str, claim: Claim) -> bool:
    """Whether the figure is in a headline: the text's first line, a line of its own that
    does not end as a sentence does."""
    if claim.sentence_start != 0:
        return False
    line_end = folded.find("\n", claim.end)
    if line_end < 0:
        return False
    line = folded[:line_end].rstrip()
    return "\n" not in line and not line.endswith((".", "!", "?"))


def _single_before(folded: str, claim: Claim, headline: bool = False) -> _Part | None:
    """ "a man and two women": one person joined to the count right after it; in a headline,
    a bare noun and a comma at its start ("Woman, 2 children dead")."""
    if headline:
        match = _HEADLINE_START.fullmatch(folded, 0, claim.start)
        if match is not None and _bare_single().fullmatch(
            folded, match.start("noun"), match.end("noun")
        ):
            return _Part(
                match.start("noun"),
                match.end("noun"),
                _entity_of_noun(match["noun"]),
                Decimal(1),
                None,
            )
        return None
    window = folded[max(0, claim.start - 60) : claim.start]
    if not _may_end_with_join(window):
        return None
    for match in _single().finditer(window):
        if _JOIN.fullmatch(window, match.end()):
            offset = claim.start - len(window)
            return _Part(
                offset + match.start(),
                offset + match.end(),
                _entity_of_noun(match["noun"]),
                Decimal(1),
                None,
            )
    return None


def _may_end_with_join(window: str) -> bool:
    """False only when no _JOIN match can end `window`: every one ends with a comma and
    spaces or with "and" and at least one space (re.I matches only "A", "N", "D" to those
    letters, and \\s what str.rstrip strips). A cheap test before the search for one
    person in the 60 characters before a count, which most counts have no join before."""
    stripped = window.rstrip()
    if stripped.endswith(","):
        return True
    return len(stripped) < len(window) and stripped[-3:].lower() == "and"


def _summed(folded: str, parts: list[_Part]) -> Claim | None:
    """The count of the whole phrase, or None when its parts tell no one event."""
    claims = [p.claim for p in parts if p.claim is not None]
    events = {c.measure.event for c in claims if c.measure.event}
    if len(events) > 1 or any(c.interval.low is None for c in claims):
        return None
    carrier = next((c for c in reversed(claims) if c.measure.event), None)
    event = next(iter(events)) if events else _event_after(folded, parts[-1].end)
    if not event:
        return None
    base = carrier or claims[-1]
    entities = {p.entity for p in parts}
    entity = entities.pop() if len(entities) == 1 else _PEOPLE
    if entity in ("others", _PERSON):
        entity = _PEOPLE
    measure = replace(base.measure, event=event, entity=entity, scope="")
    ones = Decimal(len(parts) - len(claims))  # the people told without a number
    lows = [c.interval.low for c in claims if c.interval.low is not None]
    highs = [c.interval.high for c in claims if c.interval.high is not None]
    low = sum(lows, ones)
    high = sum(highs, ones) if len(highs) == len(claims) else None
    interval = Interval(
        low,
        high,
        any(c.interval.low_open for c in claims),
        any(c.interval.high_open for c in claims),
    )
    start, end = parts[0].start, parts[-1].end
    qualifier = next((c.qualifier for c in claims if c.qualifier), "")
    return replace(
        base,
        claim_id=f"{base.document}:{start}-{end}",
        start=start,
        end=end,
        quote=_quote(base, start, end),
        value=str(sum((p.value for p in parts), Decimal(0))),
        interval=interval,
        qualifier=qualifier,
        # what the phrase counts, as a part names it: a phrase of bare counts ("three
        # seriously and 15 slightly") names nothing, like a bare count
        unit=next((c.unit for c in claims if c.unit), _PERSON if len(claims) < len(parts) else ""),
        change="",
        precision=Decimal(1),
        measure=measure,
    )


def _quote(claim: Claim, start: int, end: int) -> str:
    """The phrase as written: the claims' sentence holds it (the sentence starts at
    claim.sentence_start in the document)."""
    return claim.sentence[start - claim.sentence_start : end - claim.sentence_start]


def _event_after(folded: str, end: int) -> str:
    """The harm told right after the phrase: "... were shot", "... are dead"."""
    lex = measure_lexicon()
    gap = _BEFORE_VERB.match(folded, end)
    at = gap.end() if gap is not None else end
    match = lex.event_pattern.match(folded, at)
    if match is None:
        return ""
    return lex.event_of_word.get(normalise(match.group(0)), "")
