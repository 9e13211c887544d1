"""checkclaims: numeric claims across news sources, aligned and reconciled.

The front door is :func:`checker.check` (documents to findings) and :func:`checker.find_claims`
(documents to claims); :func:`checker.check_iter` gives check()'s stories one at a time, so
an archive is never held in memory whole. The command line in :mod:`checker.cli.app` is a thin
adapter over them. They are loaded on first use so that importing the package stays cheap.
"""

from __future__ import annotations

from typing import Any

__all__ = ["check", "check_iter", "find_claims"]

# the one place the version is written (pyproject.toml reads it): the command and every JSON
# report say it without importlib.metadata, whose import costs 30 ms a run
__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    if name in __all__:
        from checker import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'checker' has no attribute {name!r}")
