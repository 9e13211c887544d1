"""One-line explanations of a discrepancy, checkable against the quotes."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

from checker.events.align import length_unit
from checker.events.frames import SECONDS_IN, duration_unit
from checker.events.physical import THOUSANDTH, dimension
from checker.extract.attribution import same_source
from checker.extract.people import AGE
from checker.extract.tallies import TALLY_OF_VOTERS
from checker.extract.timex_common import readable_time
from checker.extract.unit_forms import plural
from checker.findings.ages import AGES_DIFFER, age_note
from checker.model import Claim, ClaimGroup, Conflict, Interval, TimeExpr

_STEP_NAMES = {
    Decimal(10): "tens",
    Decimal(100): "hundreds",
    Decimal(1000): "thousands",
    Decimal(10000): "ten thousands",
    Decimal(100000): "hundred thousands",
    Decimal(1000000): "millions",
}


def number(value: Decimal) -> str:
    """A figure for people to read: thousands separators, no trailing zeros."""
    if value == value.to_integral_value():
        return f"{int(value):,}"
    return f"{value.normalize():,f}"


def reading(interval: Interval) -> str:
    """What an interval allows, in words: "250,000 to under 260,000"."""
    low, high = interval.low, interval.high
    if low is not None and high is not None and low == high:
        return f"exactly {number(low)}"
    if high is None:
        return f"{'over' if interval.low_open else 'at least'} {number(low or Decimal(0))}"
    if low is None or low == 0:
        return f"{'under' if interval.high_open else 'at most'} {number(high)}"
    start = f"over {number(low)}" if interval.low_open else number(low)
    end = f"under {number(high)}" if interval.high_open else number(high)
    return f"{start} to {end}"


def describe_claim(claim: Claim) -> str:
    where = [claim.document]
    if claim.attribution:
        where.append(claim.attribution)
    if claim.as_of:
        where.append(f"as of {readable_time(claim.as_of)}")
    if _bare(claim):
        # "seven" of "killing 14 people, seven of them children": say what it was read as
        where.append(f"read as {claim.measure.entity} {claim.measure.event}")
    return f'"{" ".join(claim.quote.split())}" ({", ".join(where)})'


def _bare(claim: Claim) -> bool:
    """A count of an event whose quote does not name what it counts, read from the words
    around it: a class of people after "of them" ("seven", children killed), or the people
    a bare toll counts ("14", people killed)."""
    entity = claim.measure.entity
    return (
        claim.kind == "count"
        and not claim.unit
        and bool(entity)
        and bool(claim.measure.event)
        and entity.split()[-1] not in claim.quote.lower()
    )


def rounding_note(claim: Claim) -> str:
    step = claim.precision
    if step is None or step <= 1 or claim.kind not in ("count", "amount"):
        return ""
    name = _STEP_NAMES.get(step, f"the nearest {number(step)}")
    return f"rounded to {name}, so {reading(claim.interval)}"


def _what(claim: Claim) -> str:
    """What a figure counts, as narrowly as its own words say: "civilians killed by airstrikes";
    one of them when the figure is exactly one ("exactly 1 person killed", not "1 people")."""
    described = claim.measure.describe().removesuffix(" (whole event)")
    interval = claim.interval
    entity = claim.measure.entity or "people"
    if interval.low == interval.high == 1 and described.startswith(entity + " "):
        return _one_of(entity) + described[len(entity) :]
    return described


# plurals that do not end in a plain -s
_ONE_OF = {"people": "person", "children": "child", "men": "man", "women": "woman"}


def _one_of(entity: str) -> str:
    """The singular of a counted plural's last word ("police officers" -> "police officer")."""
    *words, last = entity.split()
    if last in _ONE_OF:
        one = _ONE_OF[last]
    elif last.endswith("ies"):
        one = last[:-3] + "y"  # "casualties"
    elif last.endswith(("sses", "xes", "ches", "shes")):
        one = last[:-2]  # "witnesses"
    elif last.endswith("s") and not last.endswith("ss"):
        one = last[:-1]  # "civilians"
    else:
        one = last  # "police", "staff"
    return " ".join([*words, one])


_HOW = {
    "stale": "an earlier figure that its own article later updated, still read in it",
    "same document": "one article gives both, with nothing saying one replaced the other",
}


def explain_conflict(conflict: Conflict, group: ClaimGroup) -> str:
    first, second = conflict.first, conflict.second
    parts = [f"{describe_claim(first)} vs {describe_claim(second)}"]
    if conflict.how == "stale":
        stale = conflict.stale or first
        parts.append(f"{describe_claim(stale)} is {_HOW['stale']}")
    elif conflict.how:
        parts.append(_HOW[conflict.how])
    parts.append(_why(conflict))
    parts.extend(_likely_causes(first, second))
    return "; ".join(p for p in parts if p) + "."


def _why(conflict: Conflict) -> str:
    first, second = conflict.first, conflict.second
    if conflict.reason == "shrank":
        notes = [
            f"{c.qualifier + ' ' if c.qualifier else ''}{_number_of(c)} is {n}"
            for c in (first, second)
            if c.value and (n := rounding_note(c))
        ]
        rounding = f" (read as written: {'; '.join(notes)})" if notes else ""
        if rounding:
            dates = f"{first.as_of} and {second.as_of}"
            return f"a cumulative figure cannot fall between {dates}{rounding}"
        return (
            f"a cumulative figure cannot fall, yet the later report ({second.as_of}) allows "
            f"{reading(second.interval)} after {reading(first.interval)} ({first.as_of})"
        )
    if conflict.reason == "dates differ" and first.time and second.time:
        days = int(conflict.relative_gap)
        overlap = (
            "are different days"
            if None in (first.time.low, second.time.low)
            else ("do not overlap")
        )
        return (
            f"{date_span(first.time)} and {date_span(second.time)} {overlap}: "
            f"{days} day{'' if days == 1 else 's'} apart for the same event"
        )
    if conflict.reason == AGES_DIFFER:
        return age_note(first, second)
    if conflict.reason == "part exceeds whole":
        part = conflict.part or first
        whole = second if part is first else first
        return (
            f"{reading(part.interval)} {_what(part)} cannot outnumber "
            f"{reading(whole.interval)} {_what(whole)} in all"
        )
    notes = [n for n in (rounding_note(first), rounding_note(second)) if n]
    if notes and first.qualifier and second.qualifier:
        return (
            "read as written, "
            + " and ".join(
                f"{_as_written(c)} means {_reading(c)}{_unit(c)}"
                for c in (first, second)
                if c.value
            )
            + ": the ranges do not meet"
        )
    if dimension(first.unit) and first.unit == second.unit:
        # physical amounts in the unit their group compares them in: "exactly 10 and exactly
        # 19.312 kilometres" for "10 km" and "12 miles"
        readings = (_reading(c) for c in (first, second))
        return f"{' and '.join(readings)} {plural(first.unit)} do not overlap"
    if first.kind == second.kind == "duration" and (unit := _duration_unit(first, second)):
        # lengths of time in the unit their group compares them in: "exactly 450 and 648 to
        # under 720 minutes" for "a seven-and-a-half-hour siege" and "nearly 12 hours"
        return f"{reading(first.interval)} and {reading(second.interval)} {unit} do not overlap"
    return f"{reading(first.interval)} and {reading(second.interval)} do not overlap"


def _duration_unit(first: Claim, second: Claim) -> str:
    """The unit two durations are compared in (checker.events.align in_one_unit): the
    smaller of hours, minutes ..., or the one unit both are told in; "" when neither."""
    units = {duration_unit(c.value) for c in (first, second)}
    if units <= SECONDS_IN.keys():
        return length_unit((first, second))
    return units.pop() if len(units) == 1 and units <= _NAMED_UNITS else ""


_NAMED_UNITS = frozenset({"years", "months", "weeks", "days"})


def _as_written(claim: Claim) -> str:
    """A qualified figure as written: its quote for a physical amount, which may have been
    converted into its group's unit ("about 150 metres" read in feet)."""
    if dimension(claim.unit):
        return claim.quote
    return f"{claim.qualifier} {_number_of(claim)}"


def _number_of(claim: Claim) -> str:
    """A figure's number in words for people, or its quote when its value is no one number
    (a range, "6000-7000")."""
    try:
        return number(Decimal(claim.value))
    except ArithmeticError:
        return claim.quote


def _reading(claim: Claim) -> str:
    """What a figure allows, in words; a physical amount's bounds to three decimals at most
    (a converted amount's run on)."""
    if dimension(claim.unit):
        return reading(_to_thousandths(claim.interval))
    return reading(claim.interval)


def _unit(claim: Claim) -> str:
    """The unit a physical amount is read in, after its reading ("about 1,200 means 1,080
    to 1,320 kilograms" for "about 1.2 tonnes" in a group compared in kilograms)."""
    return f" {plural(claim.unit)}" if dimension(claim.unit) else ""


def _to_thousandths(interval: Interval) -> Interval:
    """An interval with its bounds to three decimals at most, for people to read."""

    def short(bound: Decimal | None) -> Decimal | None:
        if bound is None or bound == bound.to_integral_value():
            return bound
        return bound.quantize(THOUSANDTH) if abs(bound) >= THOUSANDTH else bound

    return dataclasses.replace(interval, low=short(interval.low), high=short(interval.high))


def _likely_causes(first: Claim, second: Claim) -> list[str]:
    causes = []
    if (
        first.attribution
        and second.attribution
        and not same_source(first.attribution, second.attribution)
    ):
        causes.append(f"different sources: {first.attribution} vs {second.attribution}")
    # the dates are the figures, or the ages' note names the days
    dated = first.kind == "date" or second.kind == "date" or first.measure.event == AGE
    if first.as_of and second.as_of and first.as_of != second.as_of and not dated:
        causes.append(
            f"different dates: {readable_time(first.as_of)} vs {readable_time(second.as_of)}"
        )
    scopes = [_scope(c) for c in (first, second)]
    if scopes[0] != scopes[1]:
        # a figure whose scope no word names ("$42 billion" in a headline) says so
        causes.append("different scope: {} vs {}".format(*(s or "not named" for s in scopes)))
    return causes


def _scope(claim: Claim) -> str:
    """What a figure counts, as the explanation names it: a chamber's members who voted one
    way are that way's votes ("127 deputies voted in favour" and a tally's "118 votes in
    favour" count one thing)."""
    votes = TALLY_OF_VOTERS.get(claim.measure.event)
    return votes if votes is not None else claim.measure.entity


def date_span(time: TimeExpr) -> str:
    """'2014-09-30' for one day; '2015-11 (2015-11-21 to 2015-11-30)' for a span; 'a
    Tuesday' for a weekday of no known week."""
    if time.low is None or time.high is None:
        return readable_time(time.value[: len("XXXX-WXX-1")]) if time.value else time.text
    if time.low == time.high and time.value == str(time.low):
        return time.value
    return f"{time.value} ({time.low} to {time.high})"


def figure_reading(claim: Claim) -> str:
    """What a figure allows, in words; a date's days."""
    if claim.kind == "date" and claim.time is not None:
        return date_span(claim.time)
    return reading(claim.interval)
