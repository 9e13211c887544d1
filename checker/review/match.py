"""Find the source claims that bear on one claim of a draft.

The draft is read with its sources as one story (checker.events): every figure is attached
to the main event or a background event, and has a frame. A figure (count, amount, percent,
fraction) with a frame is matched to the source figures of the same event whose frames
relate (checker.events.frames.relation): "civilians killed by Russian air strikes since
September 2015" meets the sources' figures for that measure, for its whole ("people") or a
part ("civilians") of it, never a whole-war toll or another event's figure. A figure whose
measure the extractor could not read is matched by wording instead: a source claim of the
same kind with the same value in a sentence that shares at least two content words with
the draft's.
Dates and durations are matched by TIMEX3 value (equal values, or a month and a day in it)
among source dates of the same event that date the same thing: the same dated event, or
sentences sharing two content words.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from checker.events.frames import MAIN, UNIDENTIFIED, Frame, frame_of
from checker.events.parties import same_parties
from checker.events.relations import SAME, relation
from checker.events.roles import ROLES
from checker.events.story import StoryModel
from checker.extract.attribution import same_source
from checker.extract.intervals import qualifier_lexicon, qualifier_rule
from checker.findings.reconcile import can_conflict, find_conflict
from checker.model import Claim, ClaimGroup, Measure

FIGURE_KINDS = frozenset({"count", "amount", "percent", "fraction"})
TIME_KINDS = frozenset({"date", "duration"})
_SHARED_WORDS_NEEDED = 2
_MONTH_LENGTH = len("2015-09")
_MONTH_DAYS = 31  # the longest span a date may have and still be confirmed by a day in it
_WORD = re.compile(r"[^\W\d_]{4,}")
# Words too common in news prose to show that two sentences are about the same thing.
_STOP_WORDS = frozenset(
    """
    about after also been before being between both could from have into more most much
    only other over said says since some than that their them then there these they this
    those through under very were what when where which while will with would year years
    people according
    """.split()
)
_UNNAMED = "reportedly"


@dataclass(frozen=True)
class Evidence:
    """The source claims that bear on one draft claim, sorted best first within each set."""

    candidates: tuple[Claim, ...] = ()  # same measure (any part of it), or same wording
    equal: tuple[Claim, ...] = ()  # same measure and entity, the same figure as written
    compatible: tuple[Claim, ...] = ()  # same measure and entity, a figure that can be true too
    conflicting: tuple[Claim, ...] = ()  # figures that cannot be true with the draft's
    by_wording: bool = False  # matched by value and wording: the measure was not read
    # source dates of the same thing that allow the draft's date without confirming it (a
    # month for a day): the draft's date stays unsourced, and its explanation names them
    allowing: tuple[Claim, ...] = ()


def gather_evidence(claim: Claim, sources: tuple[Claim, ...], model: StoryModel) -> Evidence:
    """What the source claims say about `claim`, a claim of the draft; all of them carry
    their events (checker.events.attach_events over the draft and its sources)."""
    if claim.kind in TIME_KINDS:
        return _time_evidence(claim, tuple(c for c in sources if c.event == claim.event))
    if claim.kind not in FIGURE_KINDS:
        return Evidence()
    frame = frame_of(claim, model)
    if frame is None:
        return _wording_evidence(claim, tuple(c for c in sources if c.event == claim.event))
    evidence = _frame_evidence(claim, frame, sources, model)
    if not evidence.candidates and claim.measure.entity in ROLES:
        # the age of a person the draft does not name ("a 17-year-old boy has been
        # charged"), bound to their role, which no source's age is bound to: the sources
        # may name that person ("Anthony Mendoza, 17"), as for any age no name binds
        return _wording_evidence(claim, tuple(c for c in sources if c.event == claim.event))
    if evidence.candidates or frame.event != MAIN:
        return evidence
    return _background_evidence(claim, frame, sources, model)


def _background_evidence(
    claim: Claim, frame: Frame, sources: tuple[Claim, ...], model: StoryModel
) -> Evidence:
    """A draft figure told with no cue to its event, which no source figure of the main
    event bears on, may be a background figure told bare ("250,000 people have been killed
    in Syria" for the war's toll): source figures of a named background event can support
    it, but never contradict it, since it may as well be a figure no source gives."""
    for event in sorted({c.event for c in sources if c.event not in UNIDENTIFIED | {MAIN}}):
        moved = dataclasses.replace(frame, event=event)
        found = _frame_evidence(claim, moved, sources, model)
        if found.equal or found.compatible:
            return dataclasses.replace(found, conflicting=())
    return Evidence()


def _frame_evidence(
    claim: Claim, frame: Frame, sources: tuple[Claim, ...], model: StoryModel
) -> Evidence:
    related = [
        (c, rel)
        for c in sources
        if c.kind == claim.kind
        and (other := frame_of(c, model)) is not None
        and (rel := relation(frame, other)) is not None
        and _same_unit(claim, c)
        and same_parties(claim, c)
    ]
    candidates = tuple(c for c, _ in related)
    same = tuple(c for c, rel in related if rel == SAME)
    return Evidence(
        candidates=candidates,
        equal=rank(claim, (c for c in same if same_value(claim, c))),
        compatible=rank(claim, (c for c in same if claim.interval.overlaps(c.interval))),
        conflicting=rank(claim, (c for c, rel in related if conflicts(claim, c, rel))),
    )


def _same_unit(a: Claim, b: Claim) -> bool:
    """Amounts and percents compare only in one unit; counts by their frames."""
    return a.kind == "count" or a.unit.lower() == b.unit.lower()


def _wording_evidence(claim: Claim, sources: tuple[Claim, ...]) -> Evidence:
    words = content_words(claim.sentence, claim.quote)
    found = tuple(
        c
        for c in sources
        if c.kind == claim.kind
        and c.unit.lower() == claim.unit.lower()
        and same_value(claim, c)
        and _shared_words(words, c) >= _SHARED_WORDS_NEEDED
    )
    found = rank(claim, found)
    return Evidence(found, found, found, (), by_wording=True)


def _time_evidence(claim: Claim, sources: tuple[Claim, ...]) -> Evidence:
    """Source dates (durations) of the draft's value that date the same thing: the same
    dated event ("the offensive began on"), or sentences sharing words as for a figure whose
    measure was not read. A draft's "on Tuesday" is not supported by a source's Tuesday of
    another thing (an arrest, a funeral, another incident's shooting)."""
    words = content_words(claim.sentence, claim.quote)
    shared = {
        c.claim_id: _shared_words(words, c)
        for c in sources
        if c.kind == claim.kind and same_time(claim.value, c.value)
    }
    found = [
        c
        for c in sources
        if c.claim_id in shared
        and (
            _same_dated_event(claim.measure, c.measure)
            or shared[c.claim_id] >= _SHARED_WORDS_NEEDED
        )
    ]
    found.sort(key=lambda c: (c.value != claim.value, -shared[c.claim_id]))
    pinning = tuple(c for c in found if pins(claim, c))
    exact = tuple(c for c in pinning if c.value == claim.value)
    allowing = tuple(c for c in found if c not in pinning)
    return Evidence(pinning, exact, pinning, (), allowing=allowing)


def _shared_words(words: frozenset[str], claim: Claim) -> int:
    """How many of `words` (a draft sentence's content words) a source claim's sentence has."""
    return len(words & content_words(claim.sentence, claim.quote))


def _same_dated_event(a: Measure, b: Measure) -> bool:
    return bool(a.event) and (a.event, a.entity) == (b.event, b.entity)


def same_time(a: str, b: str) -> bool:
    """Equal TIMEX3 values, or a month and a day of it ("2015-09" and "2015-09-30")."""
    if a == b:
        return True
    shorter, longer = sorted((a, b), key=len)
    return len(shorter) >= _MONTH_LENGTH and longer.startswith(shorter + "-")


def pins(draft: Claim, source: Claim) -> bool:
    """Whether a source's date (or duration) confirms the draft's: the same value, or for
    dates, a source whose days all lie inside the draft's, a month at most ("2015-09-30"
    confirms a draft's "September 2015"). A coarser source allows the draft's date but does
    not confirm it ("early August" for a draft's "Thursday afternoon", "May 2016" for its
    "Sunday"), nor does a day outside the part of a month the draft names ("early Saturday"
    on the 25th for a draft's "mid-February")."""
    mine, theirs = draft.time, source.time
    if (
        draft.kind != "date"
        or mine is None
        or theirs is None
        or None in (mine.low, mine.high, theirs.low, theirs.high)
    ):
        return draft.value == source.value
    assert mine.low and mine.high and theirs.low and theirs.high  # for the type checker
    if (mine.high - mine.low).days > _MONTH_DAYS:
        return draft.value == source.value  # a year or a season: too coarse to confirm
    inside = mine.low <= theirs.low <= theirs.high <= mine.high
    return inside and same_time(draft.value, source.value)


def same_value(a: Claim, b: Claim) -> bool:
    """Whether two claims write the same number, whatever their qualifiers."""
    x, y = figure(a), figure(b)
    return x is not None and x == y


def figure(claim: Claim) -> Decimal | None:
    try:
        return Decimal(claim.value)
    except (InvalidOperation, ValueError):
        return None


def conflicts(draft: Claim, source: Claim, rel: str | None = SAME) -> bool:
    """Whether both figures cannot be true at one time (rounding, qualifiers, part and whole,
    as their frames relate by `rel`). A vague or bare figure is never contradicted.

    Dates are ignored on purpose: the draft relies on these sources, so a figure that none
    of them allows is not excused by a later publication date.
    """
    if not (can_conflict(draft) and can_conflict(source)):
        return False
    group = ClaimGroup("", "", Measure(event=draft.measure.event), ())
    undated_draft = dataclasses.replace(draft, document="<draft>", as_of="")
    undated_source = dataclasses.replace(source, as_of="")
    return find_conflict(undated_draft, undated_source, rel, group) is not None


def rank(claim: Claim, claims: Iterable[Claim]) -> tuple[Claim, ...]:
    """Best citation first: same qualifier, same source, then the nearest figure."""
    rule = qualifier_rule(claim.qualifier)
    value = figure(claim) or Decimal(0)

    def order(c: Claim) -> tuple[bool, bool, Decimal, str, int]:
        distance = abs((figure(c) or Decimal(0)) - value)
        credited = bool(claim.attribution) and same_organisation(claim.attribution, c.attribution)
        return (qualifier_rule(c.qualifier) != rule, not credited, distance, c.document, c.start)

    return tuple(sorted(claims, key=order))


def qualifier_label(rule: str) -> str:
    return str(qualifier_lexicon()["rules"].get(rule, {}).get("label", "")) or "no qualifier"


def named_source(attribution: str) -> str:
    """The attribution when it names someone ("a war monitor" and "reportedly" do not)."""
    if not attribution or attribution.startswith(_UNNAMED) or not re.search(r"[A-Z]", attribution):
        return ""
    return attribution


def same_organisation(a: str, b: str) -> bool:
    """Same source, allowing an acronym ("SOHR") or a shortened name ("Stoltenberg")."""
    if not a or not b:
        return False
    if same_source(a, b):
        return True
    words_a, words_b = _name_words(a), _name_words(b)
    if _acronym(words_a) == "".join(words_b) or _acronym(words_b) == "".join(words_a):
        return True
    shorter, longer = sorted((words_a, words_b), key=len)
    return bool(shorter) and _contains(longer, shorter)


def _name_words(name: str) -> tuple[str, ...]:
    return tuple(w for w in re.findall(r"[a-z0-9]+", name.lower()) if w not in ("the", "a", "an"))


def _acronym(words: tuple[str, ...]) -> str:
    return (
        "".join(w[0] for w in words if w not in ("for", "of", "and", "on"))
        if len(words) > 1
        else ""
    )


def _contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    size = len(shorter)
    return any(longer[i : i + size] == shorter for i in range(len(longer) - size + 1))


def content_words(sentence: str, quote: str = "") -> frozenset[str]:
    """Lower-case words of four letters or more, without stop words and the quote's own."""
    own = set(_WORD.findall(quote.lower()))
    return frozenset(
        w for w in _WORD.findall(sentence.lower()) if w not in _STOP_WORDS and w not in own
    )
