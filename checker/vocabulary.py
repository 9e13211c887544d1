"""Vocabulary additions: words a configuration adds to the classes of the shipped
vocabularies, validated, merged with checker/data and compiled once per vocabulary.

In the configuration file each section names existing classes and the words to add:

    [vocabulary.events]   # what happened (measures.json "events"): killed = ["butchered"]
    [vocabulary.people]   # counted nouns of people (measures.json "people"): people = ["villagers"]
    [vocabulary.things]   # counted nouns of things (measures.json "thing_entities")
    [vocabulary.agents]   # causes (measures.json "agents"): shelling = ["mortar fire"]
    [vocabulary.money]    # what an amount of money is (events.json "money")

A word added to a class is that class's even where the shipped data put it in another. The
empty Vocabulary is the shipped one: extraction then uses the lexicons compiled once per
process, and no store key changes. Classes whose words feed per-sentence caches (places,
actors, cues of background events) are not offered.
"""

from __future__ import annotations

import copy
import hashlib
import json
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from checker.errors import UsageError
from checker.vocab import load_data

if TYPE_CHECKING:
    from checker.events.vocab import EventVocabulary
    from checker.extract.lexicons import MeasureLexicon

# section -> (data file, its table, whether the table maps a class to its words (else a word
# to its class))
_SECTIONS: dict[str, tuple[str, str, bool]] = {
    "events": ("measures", "events", True),
    "people": ("measures", "people", False),
    "things": ("measures", "thing_entities", False),
    "agents": ("measures", "agents", True),
    "money": ("events", "money", True),
}


@dataclass(frozen=True)
class Vocabulary:
    """Words added to the shipped vocabularies: (section, class, words), in file order."""

    additions: tuple[tuple[str, str, tuple[str, ...]], ...] = ()

    @property
    def fingerprint(self) -> str:
        """What of the vocabulary changes extraction, for the store's keys; "" when shipped."""
        if not self.additions:
            return ""
        text = json.dumps(self.additions, ensure_ascii=False)
        return hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()


SHIPPED = Vocabulary()


def vocabulary_from(value: Any, source: str) -> Vocabulary:
    """The [vocabulary] table of a configuration; UsageError naming an unknown section or
    class, or a value that is not a list of words."""
    sections = _table(value, "vocabulary", source)
    additions = []
    for section, classes in sections.items():
        if section not in _SECTIONS:
            raise UsageError(
                f"unknown key 'vocabulary.{section}' in {source}",
                f"the sections of [vocabulary] are {', '.join(_SECTIONS)}",
            )
        name = f"vocabulary.{section}"
        known = classes_of(section)
        for cls, words in _table(classes, name, source).items():
            if cls not in known:
                raise UsageError(
                    f"unknown class '{cls}' in [{name}] of {source}",
                    f"the classes of [{name}] are {', '.join(sorted(known))}",
                )
            additions.append((section, cls, _words(words, f"{name}.{cls}", source)))
    return Vocabulary(tuple(additions))


def classes_of(section: str) -> frozenset[str]:
    """The classes a section's words may be added to."""
    data, table, by_class = _SECTIONS[section]
    entries = load_data(data)[table]
    classes = set(entries) if by_class else set(entries.values())
    if section == "people":  # the hierarchy's classes: "officers" within people
        parents = load_data("measures")["entity_parents"]
        classes |= set(parents) | set(parents.values())
    return frozenset(c for c in classes if c)


def _table(value: Any, name: str, source: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise UsageError(f"'{name}' in {source} must be a table", f"write it as [{name}]")
    return value


def _words(value: Any, name: str, source: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if (
        not isinstance(value, list)
        or not value
        or not all(isinstance(w, str) and w.split() for w in value)
    ):
        raise UsageError(
            f"'{name}' in {source} must be a list of words", f'for example {name} = ["word"]'
        )
    return tuple(" ".join(w.lower().split()) for w in value)


def merged_data(vocabulary: Vocabulary, data: str) -> dict[str, Any]:
    """The shipped data file `data` ("measures", "events") with the vocabulary's words added."""
    merged = copy.deepcopy(load_data(data))
    for section, cls, words in vocabulary.additions:
        file, table, by_class = _SECTIONS[section]
        if file != data:
            continue
        entries = merged[table]
        if by_class:
            for other in entries.values():  # a word belongs to one class: the one added to
                other[:] = [w for w in other if w not in words]
            entries[cls] = [*entries[cls], *words]
        else:
            entries.update(dict.fromkeys(words, cls))
    return merged


@lru_cache(maxsize=4)
def compiled(vocabulary: Vocabulary) -> tuple[MeasureLexicon, EventVocabulary]:
    """The vocabulary's measure lexicon and event vocabulary, compiled once per process."""
    from checker.events.vocab import compile_event_vocabulary
    from checker.extract.lexicons import compile_measure_lexicon

    return (
        compile_measure_lexicon(merged_data(vocabulary, "measures")),
        compile_event_vocabulary(merged_data(vocabulary, "events")),
    )


@contextmanager
def vocabulary_in_use(vocabulary: Vocabulary | None) -> Iterator[None]:
    """Extraction and alignment in the block use `vocabulary` (None or SHIPPED: the shipped
    lexicons, with nothing to compile or set)."""
    if vocabulary is None or not vocabulary.additions:
        yield
        return
    from checker.events import vocab
    from checker.extract import lexicons

    measures, events = compiled(vocabulary)
    with lexicons.IN_USE.using(measures), vocab.IN_USE.using(events):
        yield
