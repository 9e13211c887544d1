"""Plain text: the decoded text is the document, exactly as decoded."""

from __future__ import annotations

from checker.readers import Part


def read_text(text: str) -> tuple[Part, ...]:
    return (Part(text),)
