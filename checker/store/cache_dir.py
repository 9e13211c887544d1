"""Where the store of extracted claims is kept by default (checker.store.database), in a module of
its own: the command finds the folder before it loads the store's modules, so that their
patterns are compiled through the folder's pattern file too (checker.pattern_cache)."""

from __future__ import annotations

import os
from pathlib import Path

ENV_CACHE_DIR = "CHECKCLAIMS_CACHE_DIR"  # overrides the default folder (tests use it)


def default_cache_dir() -> Path:
    """$CHECKCLAIMS_CACHE_DIR, else $XDG_CACHE_HOME/checkclaims, else ~/.cache/checkclaims."""
    if os.environ.get(ENV_CACHE_DIR):
        return Path(os.environ[ENV_CACHE_DIR])
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "checkclaims"
