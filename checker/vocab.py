"""Loading the vocabularies in checker/data and turning word lists into regex alternations."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from importlib import resources
from typing import Any, Generic, TypeVar

T = TypeVar("T")


@cache
def load_data(name: str) -> dict[str, Any]:
    """A JSON vocabulary from checker/data, read once."""
    text = resources.files("checker").joinpath(f"data/{name}.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def by_word(classes: dict[str, list[str]]) -> dict[str, str]:
    """word -> its class, from class -> words ("deal value": ["offer", "bid", ...])."""
    return {word: name for name, words in classes.items() for word in words}


def alternation(words: list[str], gap: str = r"\s+") -> str:
    """Words as a regex alternation, longest first, with `gap` between the parts of a phrase.
    Words of one length come in alphabetical order: it does not change what the pattern
    matches (two such words never both match at a place, or match the same span), and the
    pattern is then the same text in every process, which a set's order is not (string
    hashing changes from process to process), so its compiled form can be kept between
    runs (checker.pattern_cache)."""
    return _kept("alternation", words, gap, _alternation)


def _alternation(words: list[str], gap: str) -> str:
    ordered = sorted(set(words), key=lambda word: (-len(word), word))
    return "|".join(re.escape(w).replace(r"\ ", gap) for w in ordered)


def trie_alternation(words: list[str], gap: str = r"\s+") -> str:
    """The alternation of `words` as a trie: "t(?:w(?:o|elve)|en(?:s|))" for two, twelve, ten,
    tens. It matches as the alternation longest first does (a word before its prefixes),
    but the regex engine follows one branch per character instead of trying every word.
    A space in a word matches `gap`, any run of whitespace unless told."""
    return _kept("trie", words, gap, _trie_alternation)


def _trie_alternation(words: list[str], gap: str) -> str:
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here
    return _trie_branches(trie, gap)


def _trie_branches(node: dict[str, dict], gap: str) -> str:
    # branches start with different characters, so their order does not change what
    # matches: sorted, the pattern is the same text whatever order the words came in
    branches = [
        (gap if char == " " else re.escape(char)) + _trie_branches(node[char], gap)
        for char in sorted(node)
        if char
    ]
    if "" in node:
        branches.append("")  # the word that ends here comes after its longer ones
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"


def _kept(kind: str, words: Any, gap: str, build: Callable[[Any, str], str]) -> str:
    """build(words, gap), kept in the store's pattern file during a run (pattern_cache:
    a re-run's extraction modules made their 110 alternations in 0.035-0.04 s). Only for a
    list or tuple of strings, whose order is the same in every process (a set's is not)."""
    if not isinstance(words, (list, tuple)) or not all(type(w) is str for w in words):
        return build(words, gap)
    from checker.pattern_cache import remembered

    return remembered((kind, gap, tuple(words)), lambda: build(words, gap))


class InUse(Generic[T]):
    """A compiled vocabulary that a context (a thread, a task) may replace for a while: the
    shipped one unless `using` says otherwise (checker.vocabulary puts a configuration's in
    use for a run's extraction and alignment)."""

    def __init__(self, name: str, shipped: Callable[[], T]) -> None:
        self._var: ContextVar[T | None] = ContextVar(name, default=None)
        self._shipped = shipped

    def current(self) -> T:
        """The vocabulary in use."""
        value = self._var.get()
        return self._shipped() if value is None else value

    @contextmanager
    def using(self, value: T) -> Iterator[None]:
        """`value` is the vocabulary in use until the block ends."""
        token = self._var.set(value)
        try:
            yield
        finally:
            self._var.reset(token)
