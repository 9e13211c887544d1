"""The configuration of a run: `checkclaims.toml`, `[tool.checkclaims]` in pyproject.toml, or
a file named with --config; the defaults come from checker/data.

Keys (all optional; an unknown key is an error naming it and the file):

    min_severity = "low"          # discrepancies below are left out (low, medium, high)
    fail_on = "low"               # the lowest severity that makes the exit status 1; or none
    [tolerances]                  # how far qualified figures stretch (checker/data/qualifiers.json)
    about_relative_margin, about_relative_margin_one_digit, nearly_max_relative,
    at_least_upper_ratio, at_least_bounded_from
    [severity]                    # severity thresholds (checker/data/severity.json)
    medium, high, date_days_medium, date_days_high
    [outlets]                     # outlet names: "bbc.co.uk" = "BBC News"
    [vocabulary.events] ...       # words added to the measure vocabulary (checker.vocabulary)

The loaded Config is frozen and passed down (checker.check(config=...)); nothing is global.
"""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from checker.errors import UsageError
from checker.findings.severity import parse_level
from checker.model import Document
from checker.vocab import load_data
from checker.vocabulary import Vocabulary, vocabulary_from

CONFIG_FILE = "checkclaims.toml"
PYPROJECT = "pyproject.toml"


@dataclass(frozen=True)
class Tolerances:
    """How far a qualified figure stretches (checker.extract.intervals)."""

    about_relative_margin: Decimal
    about_relative_margin_one_digit: Decimal
    nearly_max_relative: Decimal
    at_least_upper_ratio: Decimal
    at_least_bounded_from: Decimal


@dataclass(frozen=True)
class SeverityScale:
    """Relative gaps (figures) and days (dates) from which a discrepancy is medium or high."""

    medium: Decimal
    high: Decimal
    date_days_medium: Decimal
    date_days_high: Decimal


@cache
def default_tolerances() -> Tolerances:
    data = load_data("qualifiers")
    return Tolerances(*(Decimal(str(data[f.name])) for f in dataclasses.fields(Tolerances)))


@cache
def default_severity() -> SeverityScale:
    data = load_data("severity")
    return SeverityScale(*(Decimal(str(data[f.name])) for f in dataclasses.fields(SeverityScale)))


@dataclass(frozen=True)
class Config:
    tolerances: Tolerances = field(default_factory=default_tolerances)
    severity: SeverityScale = field(default_factory=default_severity)
    min_severity: str = "low"
    fail_on: str = "low"
    outlets: tuple[tuple[str, str], ...] = ()  # (outlet as read or web host, name to report)
    vocabulary: Vocabulary = field(default_factory=Vocabulary)  # words added to checker/data
    source: str = ""  # the file it was read from; "" for the defaults


def load_config(path: Path | None = None, folder: Path | None = None) -> Config:
    """The configuration at `path`, else checkclaims.toml or pyproject.toml's
    [tool.checkclaims] in `folder` (the working folder), else the defaults."""
    folder = folder if folder is not None else Path.cwd()
    if path is not None:
        table = _read_toml(path)
        if path.name == PYPROJECT:
            table = table.get("tool", {}).get("checkclaims", {})
        return config_from(table, str(path))
    if (folder / CONFIG_FILE).is_file():
        return config_from(_read_toml(folder / CONFIG_FILE), str(folder / CONFIG_FILE))
    if (folder / PYPROJECT).is_file():
        table = _read_toml(folder / PYPROJECT).get("tool", {}).get("checkclaims")
        if table is not None:
            return config_from(table, f"{folder / PYPROJECT} [tool.checkclaims]")
    return Config()


def _read_toml(path: Path) -> dict[str, Any]:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10
        import tomli as tomllib
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except OSError as error:
        raise UsageError(
            f"cannot read the configuration {path}: {error.strerror or error}",
            "check the path given to --config",
        ) from error
    except tomllib.TOMLDecodeError as error:
        raise UsageError(f"{path} is not valid TOML: {error}", "fix the line it names") from error


_SECTIONS = {"tolerances": Tolerances, "severity": SeverityScale}
_TOP = ("min_severity", "fail_on", "tolerances", "severity", "outlets", "vocabulary")


def config_from(table: Mapping[str, Any], source: str) -> Config:
    """A Config from a parsed TOML table; UsageError for an unknown key or a bad value."""
    _known(table, _TOP, "", source)
    defaults = Config()
    changes: dict[str, Any] = {"source": source}
    for name, kind in _SECTIONS.items():
        if name in table:
            changes[name] = _section(table[name], kind, getattr(defaults, name), name, source)
    for name in ("min_severity", "fail_on"):
        if name in table:
            option = "--" + name.replace("_", "-")
            changes[name] = parse_level(_text(table[name], name, source), option)
    if "outlets" in table:
        outlets = _table(table["outlets"], "outlets", source)
        changes["outlets"] = tuple(
            (key, _text(value, f"outlets.{key}", source)) for key, value in outlets.items()
        )
    if "vocabulary" in table:
        changes["vocabulary"] = vocabulary_from(table["vocabulary"], source)
    return dataclasses.replace(defaults, **changes)


def _section(value: Any, kind: type, default: Any, name: str, source: str) -> Any:
    table = _table(value, name, source)
    _known(table, tuple(f.name for f in dataclasses.fields(kind)), f"{name}.", source)
    numbers = {key: _number(item, f"{name}.{key}", source) for key, item in table.items()}
    return dataclasses.replace(default, **numbers)


def _known(table: Mapping[str, Any], keys: tuple[str, ...], prefix: str, source: str) -> None:
    for key in table:
        if key not in keys:
            raise UsageError(
                f"unknown key '{prefix}{key}' in {source}",
                f"the keys{' of [' + prefix[:-1] + ']' if prefix else ''} are {', '.join(keys)}",
            )


def _table(value: Any, name: str, source: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise UsageError(f"'{name}' in {source} must be a table", f"write it as [{name}]")
    return value


def _number(value: Any, name: str, source: str) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise UsageError(f"'{name}' in {source} must be a number", f"for example {name} = 0.1")
    return Decimal(str(value))


def _text(value: Any, name: str, source: str) -> str:
    if not isinstance(value, str):
        raise UsageError(f"'{name}' in {source} must be text", f'write it in quotes: "{value}"')
    return value


def outlet_name(document: Document, outlets: tuple[tuple[str, str], ...]) -> str:
    """The outlet name the configuration gives a document: matched on the outlet it names
    (any case) or on its web address's host ("bbc.co.uk" matches "www.bbc.co.uk")."""
    host = (urlsplit(document.url).hostname or "").lower() if document.url else ""
    for key, name in outlets:
        folded = key.lower()
        if document.outlet and document.outlet.lower() == folded:
            return name
        if host and (host == folded or host.endswith("." + folded)):
            return name
    return document.outlet
