"""The language of a document: only English is checked.

A cheap test comes first: English prose is full of a few short words ("the", "of", "and",
"said"), and a text where they make up ENGLISH_SHARE of the words is English without
asking anything else (every GVA article but a handful). Other texts go to py3langid, a
small n-gram model (import and model load about 1.7 s on first use, then about 3 ms per
document on its first DETECT_CHARS characters), loaded only when such a text turns up.
A text is skipped only when py3langid is sure (MIN_CONFIDENCE) it is not English and it
is long enough to tell (MIN_LETTERS).
"""

from __future__ import annotations

import functools
import re
from typing import Any

ENGLISH_WORDS = frozenset(
    """
    the of and to in a is was for on that with by at from as it he she his her they said
    were are has have had be been an this who after not but police people will
    """.split()
)
ENGLISH_SHARE = 0.12  # share of the words that are ENGLISH_WORDS in English news prose
SAMPLE_CHARS = 3000  # the cheap test reads this much
DETECT_CHARS = 2000  # py3langid reads this much
MIN_LETTERS = 100  # shorter texts are too short to tell, and are read as English
MIN_CONFIDENCE = 0.9
_WORD = re.compile(r"[^\W\d_]+")


def language_of(text: str) -> str:
    """ "en" for English (or too short to tell), else the ISO 639-1 code py3langid finds."""
    words = _WORD.findall(text[:SAMPLE_CHARS])
    if sum(len(w) for w in words) < MIN_LETTERS:
        return "en"
    english = sum(1 for w in words if w.lower() in ENGLISH_WORDS)
    if english >= ENGLISH_SHARE * len(words):
        return "en"
    language, confidence = _identifier().classify(text[:DETECT_CHARS])
    return str(language) if confidence >= MIN_CONFIDENCE else "en"


@functools.cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
