"""Every test runs with the store of extracted claims in a temporary folder of its session,
never in the user's cache folder (the command line uses a store by default)."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from checker.store.database import ENV_CACHE_DIR


@pytest.fixture(scope="session", autouse=True)
def _cache_in_a_temporary_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    before = os.environ.get(ENV_CACHE_DIR)
    os.environ[ENV_CACHE_DIR] = str(tmp_path_factory.mktemp("cache"))
    yield
    if before is None:
        os.environ.pop(ENV_CACHE_DIR, None)
    else:
        os.environ[ENV_CACHE_DIR] = before
