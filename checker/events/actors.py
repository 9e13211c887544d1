"""Who acts in a dated claim's words: the state, capital or force whose campaign a date
belongs to ("Russian airstrikes began on September 30"); two outlets' dates of one campaign's
start are compared only when their actors may be one (checker.findings.dates, sweep)."""

from __future__ import annotations

from functools import lru_cache

from checker.events.vocab import event_vocabulary
from checker.model import Claim


def actor_of(claim: Claim) -> str:
    """Who acts in a dated claim's words: the modifier of its agent ("russian airstrikes"),
    else the first state, capital or force its sentence names ("Moscow launched ..."), or
    "" when none."""
    vocabulary = event_vocabulary()
    words = claim.measure.agent.split()[:-1] if claim.measure.agent else []
    for word in words:
        if word in vocabulary.actor_of_word:
            return vocabulary.actor_of_word[word]
    return _first_actor(claim.sentence)


@lru_cache(maxsize=64)
def _first_actor(sentence: str) -> str:
    """The first state, capital or force a sentence names; once per sentence, not once per
    date in it."""
    vocabulary = event_vocabulary()
    match = vocabulary.actor.search(sentence)
    return (
        vocabulary.actor_of_word.get(" ".join(match.group(0).lower().split()), "") if match else ""
    )


def same_actor(first: str, second: str) -> bool:
    """Whether two dated claims whose actors (actor_of) are `first` and `second` may be of
    one actor's campaign: the same actor, or one unknown."""
    return not first or not second or first == second
