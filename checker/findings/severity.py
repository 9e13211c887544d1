"""Severity levels of discrepancies: which findings a run shows and which make it fail.

`--min-severity` leaves the discrepancies below a level out of everything a run produces
(table, rows on stdout, discrepancies report, exit status); `--fail-on` names the lowest
severity that makes the exit status 1 ("none": never).
"""

from __future__ import annotations

import dataclasses

from checker.errors import UsageError
from checker.model import Finding, Report

SEVERITIES = ("low", "medium", "high")  # in order; a finding's severity is one of them
NEVER = "none"  # a --fail-on level no finding reaches


def parse_level(text: str, option: str = "--fail-on") -> str:
    """A severity level given as an option's value; "none" only for --fail-on."""
    level = text.strip().lower()
    allowed = SEVERITIES + ((NEVER,) if option == "--fail-on" else ())
    if level not in allowed:
        raise UsageError(f"{option} {text!r} is not a severity", f"choose {', '.join(allowed)}")
    return level


def rank(severity: str) -> int:
    """0 for "" (a consistent group), 1 low, 2 medium, 3 high, 4 for "none"."""
    if severity == NEVER:
        return len(SEVERITIES) + 1
    return SEVERITIES.index(severity) + 1 if severity in SEVERITIES else 0


def shown(finding: Finding, min_severity: str) -> bool:
    return finding.verdict == "consistent" or rank(finding.severity) >= rank(min_severity)


def at_least(report: Report, min_severity: str) -> Report:
    """The report without the discrepancies below `min_severity` ("low" keeps them all)."""
    if rank(min_severity) <= 1:
        return report
    return Report(
        tuple(
            dataclasses.replace(
                result, findings=tuple(f for f in result.findings if shown(f, min_severity))
            )
            for result in report.stories
        )
    )


def fails(report: Report, fail_on: str) -> bool:
    """Whether a discrepancy of the report reaches the severity `fail_on`."""
    return any(rank(f.severity) >= rank(fail_on) for f in report.discrepancies)
