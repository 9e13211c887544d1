"""The verdict on one claim of a draft, given the source claims that bear on it.

The rules are tried in order of precedence and the first that applies wins:

contradicted   no source figure for the same measure can be true with the draft's (rounding,
               qualifiers and part-whole honoured, dates ignored), and at least one cannot.
outdated       the draft's figure matches a source (the same figure, else a compatible one),
               but a later source (as_of) gives a higher figure for the same cumulative
               measure. A draft that dates the figure itself ("by September 2015") to the
               matching source's time is not outdated.
misattributed  the draft names a source for the figure, the matching source claims name
               others and none of the compatible ones names the draft's source. Unnamed
               attributions ("a war monitor", "reportedly") are never misattributed.
qualifier      a source states the same number, but none with the draft's qualifier rule:
               "250,000 killed" where the source says "more than 250,000" (dropped),
               "at least" where it says "about" (changed), or a qualifier the source lacks
               (added).
supported      a source states a compatible figure for the same measure (for a date: the
               same TIMEX3 value, or a day within the draft's month); disagreeing sources
               are named in the explanation.
unsourced      none of the above: no source states that measure (or that date).
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from checker.extract.intervals import qualifier_rule
from checker.findings.explain import describe_claim, reading
from checker.findings.reconcile import as_of_order, relative_gap
from checker.model import Claim
from checker.review.match import (
    FIGURE_KINDS,
    TIME_KINDS,
    Evidence,
    figure,
    named_source,
    qualifier_label,
    same_organisation,
)

Found = tuple[str, tuple[Claim, ...]]  # the explanation and the source claims it cites
Rule = Callable[[Claim, Evidence], "Found | None"]


def judge(claim: Claim, evidence: Evidence) -> tuple[str, str, tuple[Claim, ...]]:
    """(verdict, explanation, cited source claims) for one draft claim."""
    for verdict, rule in RULES:
        found = rule(claim, evidence)
        if found is not None:
            return verdict, found[0], found[1]
    return "unsourced", unsourced_explanation(claim, evidence), ()


def gap(claim: Claim, source: Claim) -> Decimal | None:
    """The relative gap between two figures; None for dates and durations."""
    if claim.kind in TIME_KINDS or figure(claim) is None or figure(source) is None:
        return None
    return relative_gap(claim, source)


def percent(value: Decimal | None) -> str:
    return "" if value is None else f"{value * 100:.1f}%"


def _quoted(claim: Claim) -> str:
    return '"' + " ".join(claim.quote.split()) + '"'


def _draft(claim: Claim) -> str:
    return f"the draft's {_quoted(claim)}"


def contradicted(claim: Claim, ev: Evidence) -> Found | None:
    if ev.compatible or not ev.conflicting:
        return None
    cited = tuple(sorted(ev.conflicting, key=lambda c: (gap(claim, c) or 0, c.document, c.start)))
    first = cited[0]
    text = (
        f"{_draft(claim)} allows {reading(claim.interval)}, but {describe_claim(first)}"
        f" allows {reading(first.interval)}: gap {percent(gap(claim, first))}"
    )
    if len(cited) > 1:
        text += f"; {len(cited) - 1} more source figure(s) disagree and none agrees"
    return text + ".", cited


def outdated(claim: Claim, ev: Evidence) -> Found | None:
    value = figure(claim)
    if claim.kind not in FIGURE_KINDS or not claim.measure.cumulative or value is None:
        return None
    dated = sorted((m for m in ev.equal or ev.compatible if m.as_of), key=lambda m: m.as_of)
    if not dated:
        return None
    matched = dated[-1]
    if claim.as_of_source == "text" and as_of_order(claim, matched) <= 0:
        return None  # the draft dates the figure itself: a past toll, not a stale one
    newer = sorted(
        (
            c
            for c in ev.candidates
            if c.measure.entity == claim.measure.entity
            and c.as_of
            and as_of_order(matched, c) < 0
            and (figure(c) or 0) > value
        ),
        key=lambda c: (c.as_of, c.document, c.start),
        reverse=True,
    )
    if not newer:
        return None
    latest = newer[0]
    text = (
        f"{_draft(claim)} matches {describe_claim(matched)}, but the later {describe_claim(latest)}"
        f" gives {reading(latest.interval)} for this cumulative toll"
    )
    return text + ".", (*newer, matched)


def misattributed(claim: Claim, ev: Evidence) -> Found | None:
    who = named_source(claim.attribution)
    if claim.kind not in FIGURE_KINDS or not who:
        return None
    if any(same_organisation(who, c.attribution) for c in ev.compatible):
        return None
    others = tuple(c for c in ev.equal or ev.compatible if named_source(c.attribution))
    if not others:
        return None
    text = (
        f"the draft credits {_quoted(claim)} to {who}, but {describe_claim(others[0])}"
        f" credits it to {others[0].attribution}"
    )
    return text + ".", others


def qualifier(claim: Claim, ev: Evidence) -> Found | None:
    if claim.kind not in FIGURE_KINDS or not ev.equal:
        return None
    rule = qualifier_rule(claim.qualifier)
    if any(qualifier_rule(c.qualifier) == rule for c in ev.equal):
        return None
    source = ev.equal[0]
    source_rule = qualifier_rule(source.qualifier)
    how = "dropped" if not rule else "added" if not source_rule else "changed"
    text = (
        f"qualifier {how}: {_draft(claim)} ({qualifier_label(rule)}: {reading(claim.interval)})"
        f" where {describe_claim(source)} has {qualifier_label(source_rule)}"
        f" ({reading(source.interval)})"
    )
    return text + ".", ev.equal


def supported(claim: Claim, ev: Evidence) -> Found | None:
    if not ev.compatible:
        return None
    best = ev.compatible[0]
    if claim.kind in TIME_KINDS:
        return f"{describe_claim(best)} gives the same date ({best.value}).", (best,)
    text = f"{describe_claim(best)} allows {reading(best.interval)}"
    if ev.by_wording:
        text += " (matched by figure and wording: the measure was not read)"
    if ev.conflicting:
        other = ev.conflicting[0]
        text += f"; but {describe_claim(other)} disagrees (gap {percent(gap(claim, other))})"
    return text + ".", (best, *ev.conflicting)


def unsourced_explanation(claim: Claim, ev: Evidence) -> str:
    if claim.kind in TIME_KINDS:
        if ev.allowing:
            return (
                f"{describe_claim(ev.allowing[0])} gives {ev.allowing[0].value}, which allows"
                f" the date {claim.value} but does not confirm it."
            )
        return f"no source gives the date {claim.value}."
    if claim.kind not in FIGURE_KINDS:
        return f"no check applies to a figure of kind {claim.kind}."
    if ev.by_wording:
        return (
            f"no source states {claim.value} {claim.unit} in a sentence on the same subject"
            " (the extractor could not read what the figure counts)."
        ).replace("  ", " ")
    if ev.candidates:
        entities = sorted({c.measure.entity for c in ev.candidates})
        if entities != [claim.measure.entity]:
            return (
                f"sources give figures for {claim.measure.describe()} only for "
                f"{', '.join(entities)}, not {claim.measure.entity}."
            )
        first = ev.candidates[0]
        more = f" and {len(ev.candidates) - 1} more" if len(ev.candidates) > 1 else ""
        verb = "measure" if more else "measures"
        return (
            f"{describe_claim(first)}{more} {verb} the same, but none states this figure"
            " or rules it out (a bare or vague count, a part or a whole)."
        )
    return f"no source gives a figure for {claim.measure.describe()}."


RULES: tuple[tuple[str, Rule], ...] = (
    ("contradicted", contradicted),
    ("outdated", outdated),
    ("misattributed", misattributed),
    ("qualifier", qualifier),
    ("supported", supported),
)
