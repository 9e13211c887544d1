"""Everything extraction builds on first use, built at once.

Extraction compiles its patterns and tables the first time a document needs them (so that
`checkclaims --help` and a short run pay only for what they use). A process that extracts
many documents and wants each one's time to be its own (a benchmark, a long-running
service) calls `prepare_extraction()` first: the compiling is then done before the first
document instead of inside whichever document first needs a pattern.
"""

from __future__ import annotations

import datetime as dt
import importlib
import inspect
import pkgutil

import checker.extract
from checker.extract.claims import extract_claims
from checker.extract.timex_triggers import build_trigger_tables
from checker.model import Document

# Sentences (written for this purpose) that take extraction down its main paths: tolls with
# qualifiers and sources, dates of events, durations, ages, money and units, ranges, rates,
# a start of a period, places and causes, and a list of links.
_WARM_UP_TEXT = """\
Quake kills 12 in coastal town

March 3, 2019 - At least 12 people were killed and more than 40 others injured when a
magnitude 6.1 quake struck the town of Arden on Tuesday morning, officials said. The
death toll rose to 14 by Wednesday, according to the regional health ministry.

Since the fighting began in 2015, some 250,000 people have died, a monitor said. Two men,
aged 34 and 41, were shot dead near the market last week; police arrested a 19-year-old.
Repairs will cost $5.2 million, or about 3% of the budget, and take six to eight months.
Prices fell 2.5% to $58 per barrel. The 400-meter bridge carries 12,000 cars a day.
One in five homes lost power for 3 hours. Call 555-0100 or visit example.com.

Related stories
- Flood kills 3 in river valley (April 2018)
"""


def prepare_extraction() -> None:
    """Compile every pattern and table of extraction now rather than on first use."""
    for build in _cached_builders():
        build()
    build_trigger_tables()  # the time tagger's rules by trigger word
    extract_claims(Document("warm-up", _WARM_UP_TEXT, published=dt.date(2019, 3, 6)))


def _cached_builders() -> list:
    """The functions of checker.extract's modules that build a pattern or table once: cached
    (functools.cache or lru_cache) and called without arguments."""
    builders = []
    for info in pkgutil.iter_modules(checker.extract.__path__):
        module = importlib.import_module(f"checker.extract.{info.name}")
        for value in vars(module).values():
            if (
                hasattr(value, "cache_info")
                and getattr(value, "__module__", "") == module.__name__
                and all(
                    p.default is not p.empty for p in inspect.signature(value).parameters.values()
                )
            ):
                builders.append(value)
    return builders
