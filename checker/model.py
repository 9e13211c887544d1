"""Plain data that flows between the pipeline stages.

documents -> claims -> aligned groups -> findings -> report.
Every value here is immutable; collections are tuples.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import MISSING, dataclass, field, fields
from decimal import Decimal
from typing import Any, TypeVar

_T = TypeVar("_T")


def _dict_init(cls: type[_T]) -> type[_T]:
    """Give a frozen dataclass an __init__ that stores its fields straight into the
    instance's __dict__, as checker.evolve copies one. The __init__ that dataclass writes
    for a frozen class calls object.__setattr__ once a field: a Claim of 23 fields took
    4.5 us against 1.7 us this way; with TimeExpr, Interval and Measure, 3.7 % of the
    instructions of extraction. The same parameters, defaults and default factories;
    assigning a field still raises FrozenInstanceError."""
    own = fields(cls)  # type: ignore[arg-type]
    if hasattr(cls, "__post_init__") or any(not f.init or f.kw_only for f in own):
        raise TypeError(f"{cls.__name__}: only plain fields set by __init__")
    params, body = [], []
    namespace: dict[str, Any] = {"_MISSING": MISSING}
    for f in own:
        value = f.name
        if f.default is not MISSING:
            namespace[f"_default_{f.name}"] = f.default
            params.append(f"{f.name}=_default_{f.name}")
        elif f.default_factory is not MISSING:
            namespace[f"_factory_{f.name}"] = f.default_factory
            params.append(f"{f.name}=_MISSING")
            value = f"_factory_{f.name}() if {f.name} is _MISSING else {f.name}"
        else:
            params.append(f.name)
        body.append(f"    fields[{f.name!r}] = {value}")
    source = f"def __init__(self, {', '.join(params)}):\n    fields = self.__dict__\n"
    exec(source + "\n".join(body), namespace)  # noqa: S102 (dataclass writes its own so)
    init: Callable[..., None] = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    cls.__init__ = init  # type: ignore[method-assign, misc]
    return cls


@dataclass(frozen=True)
class Document:
    """One checked text: a file, a record of a JSON file, or standard input."""

    doc_id: str  # the name used in reports (path relative to the story folder)
    text: str  # the text that was checked; all offsets refer to it
    story: str = ""
    path: str = ""  # the file it came from
    title: str = ""
    outlet: str = ""
    url: str = ""
    published: dt.date | None = None
    published_source: str = ""  # manifest, front matter, option, text: date line, ...
    published_confidence: str = ""  # high / medium / low / "" when unknown


@dataclass(frozen=True)
class InputStatus:
    """What happened to one input: checked, or skipped with the reason."""

    document: str
    story: str
    status: str  # checked / skipped / duplicate / missing
    reason: str = ""
    path: str = ""


@dataclass(frozen=True)
class Story:
    """A folder of documents about one event, reconciled on its own."""

    name: str
    documents: tuple[Document, ...]
    inputs: tuple[InputStatus, ...]


@_dict_init
@dataclass(frozen=True)
class TimeExpr:
    """A temporal expression normalised as a TIMEX3 value."""

    start: int
    end: int
    text: str
    type: str  # DATE / DURATION / TIME / SET
    value: str  # TIMEX3 value: 2015-11-24, 2015-11, 2015-W48, P5Y, PAST_REF ...
    low: dt.date | None = None  # first day the expression covers
    high: dt.date | None = None  # last day the expression covers
    mod: str = ""  # TIMEX3 mod: START, MID, END, APPROX, BEFORE, AFTER ...


@_dict_init
@dataclass(frozen=True)
class Interval:
    """The set of values a figure as written allows: low..high, each end open or closed."""

    low: Decimal | None
    high: Decimal | None
    low_open: bool = False
    high_open: bool = False

    def contains(self, value: Decimal) -> bool:
        above = self.low is None or value > self.low or (value == self.low and not self.low_open)
        below = (
            self.high is None or value < self.high or (value == self.high and not self.high_open)
        )
        return above and below

    def overlaps(self, other: Interval) -> bool:
        return _before(self, other) is False and _before(other, self) is False

    def gap_to(self, other: Interval) -> Decimal:
        """Distance between the nearest ends; zero when the intervals overlap."""
        if self.overlaps(other):
            return Decimal(0)
        if self.high is not None and other.low is not None and self.high <= other.low:
            return other.low - self.high
        if other.high is not None and self.low is not None:
            return self.low - other.high
        return Decimal(0)


def _before(a: Interval, b: Interval) -> bool:
    """True when every value of a lies below every value of b."""
    if a.high is None or b.low is None:
        return False
    if a.high < b.low:
        return True
    return a.high == b.low and (a.high_open or b.low_open)


# what a date claim's measure can date: "start of the offensive", "signing of the ceasefire"
DATED_EVENTS = frozenset(
    {"start", "end", "entry into force", "signing", "announcement", "date"}
    | {"building", "opening", "founding"}  # of a thing: "The dam, built in 1978"
    | {"confirmation"}  # of an outbreak's first case
    # acts done once to one named party (event_dates.json action_verbs): "arrest of the leader"
    | {"arrest", "charge", "conviction", "acquittal", "sentencing", "plea", "resignation"}
    | {"apology", "vote", "suspension", "foiling", "filing", "election", "appointment"}
    | {"extradition"}
)


@_dict_init
@dataclass(frozen=True)
class Measure:
    """What a figure counts: event class, counted entity and scope."""

    event: str = ""  # killed, injured, displaced, sorties, arrested ... "" when unknown
    entity: str = ""  # people, civilians, children ...
    agent: str = ""  # cause or agent: "russian airstrikes"
    place: str = ""  # a place restriction: "aleppo"
    since: str = ""  # TIMEX3 value of the period start: 2015-09
    period: str = ""  # TIMEX3 value of an event in the past the figure belongs to (background)
    cumulative: bool = False  # a toll that can only grow over time
    scope: str = ""  # a narrower count: "several incidents" (a round-up), "critical" ...

    def describe(self) -> str:
        if not self.event:
            return self.entity or "unknown"
        if self.event in DATED_EVENTS:
            return f"{self.event} of the {self.entity}"
        if self.event == "age":  # checker.extract.people.AGE: the entity is the person
            return f"age of {self.entity}"
        if self.event == "shots fired":  # "shots fired", "bullets", "casings": what was counted
            words = [self.event if self.entity in ("shots", "people", "") else self.entity]
        elif self.entity == self.event:
            words = [self.event]
        else:
            words = [self.entity or "people", self.event]
        if self.agent:
            words.append(f"by {self.agent}")
        if self.place:
            words.append(f"in {self.place}")
        if self.since:
            words.append(f"since {self.since}")
        if self.period:
            words.append(f"in {self.period}")
        if self.scope:
            words.append(f"({self.scope})")
        if not (self.agent or self.place or self.since or self.period or self.scope):
            words.append("(whole event)")
        return " ".join(words)


@_dict_init
@dataclass(frozen=True)
class Claim:
    """One figure a fact-checker might check, with the quote it came from."""

    claim_id: str
    document: str
    start: int
    end: int
    quote: str
    sentence: str
    kind: str  # count / amount / percent / fraction / date / duration
    value: str  # the figure as a plain number, or a TIMEX3 value for dates and durations
    interval: Interval
    unit: str = ""
    qualifier: str = ""
    change: str = ""  # up / down: a change ("rose nearly 50%"), not a level; "" otherwise
    precision: Decimal | None = None  # the rounding unit as written: 10000 for "250,000"
    measure: Measure = field(default_factory=Measure)
    attribution: str = ""
    as_of: str = ""  # ISO date or TIMEX3 value the figure refers to
    as_of_source: str = ""  # text / published / ""
    story: str = ""
    outlet: str = ""
    published: str = ""
    sentence_start: int = 0
    time: TimeExpr | None = None  # for date and duration claims: the normalised expression
    event: str = ""  # the event the figure belongs to: "main event", "the war as a whole" ...

    @property
    def span_in_sentence(self) -> tuple[int, int]:
        """Where the quote lies in `sentence`: offsets relative to the sentence's start."""
        start = self.start - self.sentence_start
        return start, start + (self.end - self.start)


@dataclass(frozen=True)
class Conflict:
    """Two claims of one group that cannot both be true, before they are explained."""

    first: Claim  # the earlier (or, at the same time, the lower) figure
    second: Claim
    relative_gap: Decimal
    reason: str  # disjoint / shrank / part exceeds whole / dates differ
    part: Claim | None = None  # for part-whole conflicts: the figure of the narrower frame
    how: str = ""  # "" (two documents' current figures), "stale", "same document"
    stale: Claim | None = None  # for "stale": the earlier state its own article updated


@dataclass(frozen=True)
class ClaimGroup:
    """Claims from the story that measure the same thing."""

    group_id: str
    story: str
    measure: Measure
    claims: tuple[Claim, ...]
    event: str = ""  # the event its figures belong to (checker.events.attach)

    def describe(self) -> str:
        if (
            not self.event
            or self.event == "main event"
            or self.measure.event == "age"  # a person's age, in every event
            or self.event.startswith(("since ", "period "))
        ):
            return self.measure.describe()  # the measure already names its period
        return f"{self.measure.describe()} [{self.event}]"


@dataclass(frozen=True)
class Finding:
    """The verdict on one aligned group."""

    group: ClaimGroup
    verdict: str  # consistent / discrepancy
    severity: str  # "" / low / medium / high
    explanation: str
    conflicting: tuple[tuple[str, str], ...] = ()  # pairs of claim ids that cannot both be true
    pairs: tuple[PairFinding, ...] = ()  # each conflicting pair with its own explanation
    # conflicting pairs beyond those listed (checker.findings.reconcile.MAX_PAIRS)
    more_pairs: int = 0

    def conflicts_with(self, claim_id: str) -> tuple[str, ...]:
        """The claim ids this claim conflicts with, in order."""
        found = {b for a, b in self.conflicting if a == claim_id}
        found |= {a for a, b in self.conflicting if b == claim_id}
        return tuple(sorted(found))


@dataclass(frozen=True)
class PairFinding:
    """Two claims that cannot both be true, and why."""

    first: str  # claim ids
    second: str
    severity: str
    reason: str  # disjoint / shrank / part exceeds whole / dates differ / stale
    explanation: str


@dataclass(frozen=True)
class StoryResult:
    story: Story
    claims: tuple[Claim, ...]
    groups: tuple[ClaimGroup, ...]
    findings: tuple[Finding, ...]


@dataclass(frozen=True)
class Report:
    """Everything one run found, ready to render or write."""

    stories: tuple[StoryResult, ...]

    @property
    def claims(self) -> tuple[Claim, ...]:
        return tuple(c for s in self.stories for c in s.claims)

    @property
    def findings(self) -> tuple[Finding, ...]:
        return tuple(f for s in self.stories for f in s.findings)

    @property
    def discrepancies(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.verdict != "consistent")

    @property
    def inputs(self) -> tuple[InputStatus, ...]:
        return tuple(i for s in self.stories for i in s.story.inputs)
