"""Metadata fields shared by front matter, JSON records and manifests.

The field names each format may use are data (FIELD_ALIASES); a publication date is
accepted when it starts with an ISO 8601 date (2015-11-24, 2015-11-24T08:00:00Z) or is
written the way news sites write it (November 24, 2015 / 24 Nov 2015).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass

# Our field -> the keys a record, front matter block or manifest header may use for it.
FIELD_ALIASES: Mapping[str, tuple[str, ...]] = {
    "text": ("text", "content", "body", "article"),
    "title": ("title", "headline"),
    "outlet": ("outlet", "source", "site_name", "sitename", "publisher"),
    "published": ("published", "date", "published_at", "publication_date", "dct", "pubdate"),
    "url": ("url", "uri", "link", "canonical_url"),
}

ISO_DATE = re.compile(
    r"""
    \s*
    (?P<year>\d{4}) [-/]        # year, then - or /
    (?P<month>\d{1,2}) [-/]     # month
    (?P<day>\d{1,2})            # day
    (?![\d])                    # not the start of a longer number
    """,
    re.VERBOSE,
)

MONTHS: Mapping[str, int] = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}

WRITTEN_DATE = re.compile(
    r"""
    ^\s*(?:[A-Za-z]+,?\s+)?                          # optional weekday: "Tuesday,"
    (?:
        (?P<month1>[A-Za-z]+)\.?\s+(?P<day1>\d{1,2}),?\s+   # November 24,
      | (?P<day2>\d{1,2})\s+(?P<month2>[A-Za-z]+)\.?,?\s+   # 24 Nov
    )
    (?P<year>\d{4})\b                                # 2015
    """,
    re.VERBOSE,
)


@dataclass(frozen=True)
class Meta:
    """Metadata one source gives for a document; empty strings when it says nothing."""

    title: str = ""
    outlet: str = ""
    url: str = ""
    published: str = ""  # as written; parse_date turns it into a date


def pick(record: Mapping[str, object], field: str) -> str:
    """The first non-empty value among the field's aliases, as a stripped string."""
    lowered = {str(key).strip().lower(): value for key, value in record.items()}
    for alias in FIELD_ALIASES[field]:
        value = lowered.get(alias)
        if isinstance(value, (str, int, float)) and str(value).strip():
            return str(value).strip()
    return ""


def meta_from(record: Mapping[str, object]) -> Meta:
    return Meta(
        title=pick(record, "title"),
        outlet=pick(record, "outlet"),
        url=pick(record, "url"),
        published=pick(record, "published"),
    )


def parse_date(value: str) -> dt.date | None:
    """The calendar date a publication field gives, or None when it gives none."""
    match = ISO_DATE.match(value)
    if match:
        return _date(match["year"], match["month"], match["day"])
    match = WRITTEN_DATE.match(value)
    if match:
        month = MONTHS.get((match["month1"] or match["month2"]).lower())
        day = match["day1"] or match["day2"]
        return _date(match["year"], str(month), day) if month else None
    return None


def _date(year: str, month: str, day: str) -> dt.date | None:
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None
