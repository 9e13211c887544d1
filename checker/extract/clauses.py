"""Each figure's clause: the stretch of its sentence between its neighbours, which the
readers of what a figure measures, where, when and by whom look in (checker.extract.measures
Clause). A figure taken from a group ("two of the four victims") reads past the group's own
figure, and a whole reads past the parts named in it ("killed, including five children, in
air strikes on X")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Protocol

from checker.extract.figures import Figure
from checker.extract.lexicons import may_hold_any
from checker.extract.measures import Clause


class SentenceOf(Protocol):
    """Where the sentence holding a position starts and ends."""

    def of(self, pos: int) -> tuple[int, int]: ...


# "two of the [four] victims", "14 of the [62] cars", "six of its [eight] carriages": a figure
# and the group it is taken from, which holds a figure of its own
_GROUP_OF = re.compile(
    r"\s+of\s+(?:the|its|their|these|those|all|his|her)\s+(?:[\w-]+['\u2019]s\s+)?", re.I
)


# a whole and the first part named in it: "10 civilians were killed, including five
# children", "killed 20, among them six children"
_PART_NAMED = re.compile(
    r"[^,;:()\n]{0,40}?(?:\s*,|\s*\(|\s*\u2014|\s*--)?\s+"
    r"(?:including|among\s+them|among\s+whom)\s+(?:at\s+least\s+|some\s+|about\s+)?",
    re.I,
)
# the end of the list of parts: a few words of the last part's noun, then a comma, a bracket
# or a dash ("including two police officers, were shot"); no preposition ("including three
# from 2017,") nor figure
_PARTS_CLOSED = re.compile(
    r"(?:\s+(?!(?:on|in|at|from|since|during|by|near|outside|for|after|before|of|to|with)\b)"
    r"[a-z][\w'-]*){0,3}\s*(?:,|\)|\u2014|--)",
    re.I,
)
# words one of which every _PART_NAMED match holds, lower case (lexicons.may_hold_any)
_PART_NAMED_WORDS = ("including", "among")


def _part_named(folded: str, end: int, start: int) -> bool:
    """Whether the text between a figure's end and the next figure's start names that
    figure as the first part of the one before ("10 civilians were killed, including").
    Most gaps hold neither word of _PART_NAMED_WORDS: a substring test first, cheaper than
    the lazy scan of the pattern (throughput.py's sample: 2.0 -> 0.45 us a gap)."""
    return (
        may_hold_any(folded[end:start], _PART_NAMED_WORDS)
        and _PART_NAMED.fullmatch(folded, end, start) is not None
    )


# one part of such a list and the next: "five children and two women", "two women, three men"
_PART_LIST = re.compile(r"[^,;:()\n\d]{0,25}?(?:,\s*(?:and\s+)?|\s+and\s+)", re.I)


def _parts_named(folded: str, figures: list[Figure]) -> dict[int, int]:
    """For a whole that names its parts right after it, and for each of those parts but the
    last: the index of the last part."""
    last_part: dict[int, int] = {}
    for i in range(len(figures) - 1):
        if i in last_part or not _part_named(folded, figures[i].end, figures[i + 1].start):
            continue
        last = i + 1
        while last + 1 < len(figures) and _PART_LIST.fullmatch(
            folded, figures[last].end, figures[last + 1].start
        ):
            last += 1
        if not _PARTS_CLOSED.match(folded, figures[last].end):
            # "arrested seven suspects, including two on Thursday": what follows a part
            # its list does not close is the part's
            continue
        for j in range(i, last):
            last_part[j] = last
    return last_part


def figure_clauses(
    folded: str, figures: list[Figure], sentences: SentenceOf
) -> Iterator[tuple[Figure, tuple[int, int], Clause]]:
    """Each figure with its sentence and its clause: the stretch between its neighbours. A
    figure inside another (the age of "a 23-year-old man was killed", one victim) bounds
    neither: the neighbours are the figures wholly before and wholly after it."""
    last_part = _parts_named(folded, figures)
    for i, figure in enumerate(figures):
        sentence = sentences.of(figure.start)
        j = i - 1
        while j >= 0 and figures[j].end > figure.start:
            j -= 1
        before = figures[j] if j >= 0 else None
        k = i + 1
        while k < len(figures) and figures[k].start < figure.end:
            k += 1
        after = figures[k] if k < len(figures) else None
        if after is not None and _GROUP_OF.fullmatch(folded, figure.end, after.start):
            # "two of the four victims died", "14 of the 62 cars derailed": the group holds a
            # figure of its own, and the predicate after it is the first figure's too
            after = figures[k + 1] if k + 1 < len(figures) else None
        elif k == i + 1 and i in last_part:
            # "At least 10 civilians were killed, including five children and two women, in
            # air strikes on the town of Atareb": the parts named in a whole interrupt its
            # clause, and what follows them (where, when, by what) is the whole's and every
            # part's
            k = last_part[i] + 1
            after = figures[k] if k < len(figures) else None
        start = max(sentence[0], before.end if before else sentence[0])
        end = min(sentence[1], after.start if after else sentence[1])
        yield (
            figure,
            sentence,
            Clause(start, max(end, figure.end), figure.start, figure.end, *sentence),
        )
