"""Group the claims of one story that measure the same thing.

Two claims align when they have the same kind of figure, the same event class, the same
broad entity (civilians and children are people), the same agent, place, period and scope
(a round-up of several incidents is not the toll of one). A place that most of the story's
documents mention ("Syria" in a story about Syria) restricts nothing and is dropped from
the key. Claims whose event is unknown never align.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from checker.extract.lexicons import measure_lexicon
from checker.model import Claim, ClaimGroup, Document, Measure

_STORY_WIDE_SHARE = 0.5
_ALIGNED_KINDS = frozenset({"count", "amount", "percent", "fraction"})


def story_places(documents: Iterable[Document], claims: Iterable[Claim]) -> frozenset[str]:
    """Places named in claims' scopes that at least half of the documents mention."""
    documents = tuple(documents)
    places = {c.measure.place for c in claims if c.measure.place}
    if not documents:
        return frozenset()
    wide = set()
    for place in places:
        pattern = re.compile(rf"\b{re.escape(place)}\b", re.I)
        mentions = sum(1 for d in documents if pattern.search(d.text))
        if mentions / len(documents) >= _STORY_WIDE_SHARE and mentions > 1:
            wide.add(place)
    return frozenset(wide)


def broad_entity(entity: str) -> str:
    lex = measure_lexicon()
    return lex.parents.get(entity, entity)


def alignment_key(claim: Claim, wide_places: frozenset[str]) -> tuple[str, ...] | None:
    """What must be equal for two claims to measure the same thing; None if unalignable."""
    measure = claim.measure
    if claim.kind == "date" and measure.event and claim.time is not None and claim.time.low:
        return ("date", "", measure.event, measure.entity, "", "", "", "", "")
    if not measure.event or claim.kind not in _ALIGNED_KINDS:
        return None
    unit = claim.unit if claim.kind in ("amount", "percent") else ""
    place = "" if measure.place in wide_places else measure.place
    return (
        claim.kind,
        unit + (f" ({claim.change})" if claim.change else ""),  # a rise is not a level
        measure.event,
        broad_entity(measure.entity),
        measure.agent,
        place,
        measure.since,
        measure.period,
        measure.scope,
    )


def align_claims(
    story: str, documents: Iterable[Document], claims: Iterable[Claim]
) -> tuple[ClaimGroup, ...]:
    """Groups of claims that measure the same thing, in a stable order (not input order)."""
    claims = tuple(claims)
    wide = story_places(documents, claims)
    buckets: dict[tuple[str, ...], list[Claim]] = defaultdict(list)
    for claim in claims:
        key = alignment_key(claim, wide)
        if key is not None:
            buckets[key].append(claim)
    groups = []
    for number, key in enumerate(sorted(buckets), start=1):
        members = tuple(sorted(buckets[key], key=lambda c: (c.document, c.start, c.end)))
        groups.append(
            ClaimGroup(
                f"{story + '/' if story else ''}g{number:03d}",
                story,
                _group_measure(key, members),
                members,
            )
        )
    return tuple(groups)


def _group_measure(key: tuple[str, ...], members: tuple[Claim, ...]) -> Measure:
    _, _, event, entity, agent, place, since, period, scope = key
    return Measure(
        event=event,
        entity=entity,
        agent=agent,
        place=place,
        since=since,
        period=period,
        scope=scope,
        cumulative=any(c.measure.cumulative for c in members),
    )
