"""Loading the vocabularies in checker/data and turning word lists into regex alternations."""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from typing import Any


@cache
def load_data(name: str) -> dict[str, Any]:
    """A JSON vocabulary from checker/data, read once."""
    text = resources.files("checker").joinpath(f"data/{name}.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def alternation(words: list[str], gap: str = r"\s+") -> str:
    """Words as a regex alternation, longest first, with `gap` between the parts of a phrase."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", gap) for w in ordered)
