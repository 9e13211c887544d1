"""Who a figure is attributed to: "according to the Syrian Observatory for Human Rights",
"a war monitor said", "U.S. officials", "the Syrian Network for Human Rights asserted".
"""

from __future__ import annotations

import re
from functools import lru_cache

from checker.extract.lexicons import may_hold_any
from checker.vocab import trie_alternation

_SPEECH_VERBS = (
    r"said|says|say|told|reported|reports|report|asserted|asserts|estimated|estimates|stated|"
    r"states|announced|announces|confirmed|confirms|added|noted|wrote|counted|"
    r"documented|recorded|tallied|put\s+the\s+toll|puts\s+the\s+toll|according"
)

# A name: capitalised words, allowing "for", "of", "the", "and" inside and dotted initials.
# Bounded so that a long run of capitals costs each start a bounded look, not the rest of
# the run: a name does not start right after a capital, holds at most MAX_NAME_WORDS
# words of at most MAX_WORD_CHARS characters.
MAX_NAME_WORDS = 24
MAX_WORD_CHARS = 40
_WORD = rf"[A-Z][\w.&'-]{{0,{MAX_WORD_CHARS - 1}}}"
# The first word's capital comes before the look-behind that it is not inside a run of
# capitals: an alternative that opens with a character class is passed over at once where
# the text has none (the regex engine tries every position of a sentence with _SUBJECT_SAID).
_NAME = rf"""
    [A-Z](?<![A-Z][A-Z])                               # a capital not inside a run of them
    (?:[\w.&'-]{{0,{MAX_WORD_CHARS - 1}}}|(?<=U)\.S\.|(?<=U)\.N\.)  # first word, U.S., U.N.
    (?:\s+(?:(?:for|of|the|and|on|de|al)\s+){{0,3}}     # small words inside a name
       (?:{_WORD})){{0,{MAX_NAME_WORDS - 1}}}            # more capitalised words
"""

# "a war monitor", "the monitoring group", "officials", "police", "activists"
# Both word lists as tries: the regex engine follows one branch per letter instead of
# trying every word at every position. A describer is followed by a space that no longer
# describer has there, and a noun by a character that no longer noun goes on with but
# "monitor": the trie's longest first matches as the list's order did. "monitoring group"
# stays after "monitor", as in the list: _ACCORDING ends at the noun and takes "monitor".
_DESCRIBERS = [
    *("a", "an", "the", "local", "opposition", "government", "state", "medical", "hospital"),
    *("rescue", "security", "military", "police", "u.s.", "us", "western", "un", "rights"),
    *("monitoring", "war", "human rights"),
]
_DESCRIBED_NOUNS = [
    *("monitor", "group", "official", "officials", "source", "sources", "police"),
    *("authorities", "activist", "activists", "spokesman", "spokeswoman", "spokesperson"),
    *("witnesses", "doctors", "medics", "observer", "observers", "ministry", "agency"),
    *("coroner", "sheriff", "prosecutor", "prosecutors", "investigators", "organisation"),
    *("organization", "network", "observatory"),
]
_DESCRIBED = rf"""
    (?:{trie_alternation(_DESCRIBERS)}\s+){{0,3}}
    (?:{trie_alternation(_DESCRIBED_NOUNS)}|monitoring\s+group)
"""

_ACCORDING = re.compile(
    rf"""
    \b(?i:according)\s+to\s+(?:the\s+)?
    (?P<who>(?:[a-z-]+\s+){{0,3}}?{_NAME}(?:\s*\([A-Z]{{2,}}\))?   # the monitoring group X (SOHR)
      |{_DESCRIBED})
    """,
    re.VERBOSE,
)

_SUBJECT_SAID = re.compile(
    rf"""
    (?P<who>{_NAME}|(?<![\w.&'-]){_DESCRIBED})  # the Syrian Network ... / a war monitor, at a
    (?:\s*\([A-Z]{{2,}}\))?                 # word's start (not "Ghout|a the observatory"); (SNHR)
    (?:,[^,]{{1,60}},)?                     # an apposition: ", the NATO chief,"
    \s+(?:has\s+|have\s+|had\s+)?
    (?:{_SPEECH_VERBS})\b
    """,
    re.VERBOSE,
)

_SAID_SUBJECT = re.compile(
    rf"""
    [,"']\s*(?:said|says|told\s+\w+|reported|added)\s+   # ... 500 were killed, said
    (?P<who>{_NAME}|{_DESCRIBED})                       # Police Chief John Smith
    (?=\s*[,.;]|\s*$)                                   # and nothing more in the clause
    """,
    re.VERBOSE,
)

# Every speech verb contains one of these words; a sentence without any of them cannot
# match _SUBJECT_SAID or _SAID_SUBJECT, and a substring test is far cheaper than the scan.
_VERB_WORDS = [verb.split("\\")[0] for verb in _SPEECH_VERBS.split("|")]  # "put\s+the" -> "put"
_VERB_PREFIXES = tuple(w for w in _VERB_WORDS if not any(v != w and v in w for v in _VERB_WORDS))
# Both as tries: the engine follows one branch per character instead of trying every word
# (any match of the verbs is the only one at its position, as one verb followed by a word
# boundary cannot begin another that is).
_VERB_PREFIX = re.compile(trie_alternation(list(_VERB_PREFIXES)))
_VERB_PHRASES = [verb.replace(r"\s+", " ") for verb in _SPEECH_VERBS.split("|")]  # put the toll
_SPEECH_VERB = re.compile(rf"(?:{trie_alternation(_VERB_PHRASES)})\b")

_REPORTEDLY = re.compile(r"\b(?:reportedly|allegedly|is\s+said\s+to|are\s+said\s+to)\b", re.I)
# Words one of which any _REPORTEDLY match contains, lowercased ("is said to" has "said").
_REPORTEDLY_WORDS = ("said", "reportedly", "allegedly")
_LEADING = re.compile(r"^(?:the|a|an|in|on|but|and|while|as)\s+", re.I)
_DESCRIPTOR = re.compile(r"^(?:[a-z-]+\s+)+(?=[A-Z])")
_ACRONYM = re.compile(r"\s*\([A-Z]{2,}\)$")
_CAPITAL = re.compile(r"[A-Z]")
_NOT_SOURCES = frozenset({"he", "she", "it", "they", "we", "i", "in", "on", "but", "and"})


def attribution_of(sentence: str, position: int = 0) -> str:
    """The source a sentence gives for the figure at `position` (an offset in the sentence).

    When a sentence names several sources, the one nearest the figure wins:
    "Kerry said ... strikes which local opposition sources have said exceeded 100 sorties".
    """
    sources = sources_in(sentence)
    if sources:

        def distance(source: tuple[int, int, str]) -> int:
            start, end, _ = source
            return position - end if end <= position else abs(start - position)

        return min(sources, key=distance)[2]
    return _unsourced(sentence)


@lru_cache(maxsize=256)
def sources_in(sentence: str) -> tuple[tuple[int, int, str], ...]:
    """Every source a sentence names, as (start, end, name); sentences repeat per figure."""
    found = []
    for pattern, endpos in _scans(sentence):
        for match in pattern.finditer(sentence, 0, endpos):
            who = clean_source(match.group("who"))
            if who and who.lower() not in _NOT_SOURCES:
                found.append((match.start(), match.end(), who))
    return tuple(found)


def _scans(sentence: str) -> list[tuple[re.Pattern[str], int]]:
    """The patterns that can match in a sentence, each with the end of the text it needs.

    A _SUBJECT_SAID match ends with a speech verb and the character after a verb is never a
    word character, so scanning only up to the last verb (endpos) finds exactly the
    matches a scan of the whole sentence finds, without trying the many later positions.
    """
    scans = []
    if may_hold_any(sentence, ("according",)):
        scans.append((_ACCORDING, len(sentence)))
    if _VERB_PREFIX.search(sentence):
        last_verb_end = 0
        for verb in _SPEECH_VERB.finditer(sentence):
            last_verb_end = verb.end()
        if last_verb_end:
            scans += [(_SUBJECT_SAID, last_verb_end), (_SAID_SUBJECT, len(sentence))]
    return scans


@lru_cache(maxsize=256)
def _unsourced(sentence: str) -> str:
    """ "reportedly" without a named source, or ""; cached because sentences repeat per figure."""
    if not may_hold_any(sentence, _REPORTEDLY_WORDS):
        return ""
    return "reportedly (no source named)" if _REPORTEDLY.search(sentence) else ""


def clean_source(who: str) -> str:
    """ "the monitoring group Syrian Observatory for Human Rights (SOHR)" -> the name."""
    who = _without_time(" ".join(who.split()))
    who = _GLUED_STOP.split(who)[-1]  # "Montrell Burdine.Family said": the family
    who = _ACRONYM.sub("", who)
    who = _DESCRIPTOR.sub("", who) if _CAPITAL.search(who) else who
    who = _LEADING.sub("", who) if _CAPITAL.search(who, 4) else who
    return who.strip(" ,.")


# a full stop with no space after it, between two sentences a page ran together
_GLUED_STOP = re.compile(r"(?<=[a-z])\.(?=[A-Z][a-z])")
# a day's or a month's name inside a run of capitals, which no source's name holds: text
# without punctuation runs a place and a day into the source ("Idlib on Saturday the Syrian
# Observatory for Human Rights said"), and a day after its speaker ("President Trump on
# Saturday said"). Not the months that are also first or last names (April, May, June,
# August).
_TIME_IN_NAME = re.compile(
    r"\s*\b(?:on\s+|in\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|January|February|July|September|October|November|December)\b\s*"
)


def _without_time(who: str) -> str:
    """A source's name without the day run into it: the name after the last day's name,
    else the one before the first ("President Trump on Saturday"), else "" (a day alone)."""
    parts = _TIME_IN_NAME.split(who)
    if len(parts) == 1:
        return who
    after = parts[-1].strip(" ,.")
    if _CAPITAL.search(after):
        return after
    return parts[0].strip(" ,.")


def same_source(a: str, b: str) -> bool:
    """Whether two attributions name the same source, ignoring case and articles."""
    return _key(a) == _key(b)


def _key(source: str) -> str:
    return re.sub(r"\b(?:the|a|an)\b|\W", "", source.lower())
