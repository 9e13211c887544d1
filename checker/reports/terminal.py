"""Text from articles and file names made safe to print on a terminal.

A file name or an article may hold control characters (ESC [2J clears the screen, a
carriage return overwrites a line); printed as they are, they drive the terminal. They are
shown as escapes instead ("\\x1b"), so nothing is lost and nothing is run. Rich markup in
user strings is escaped where the strings meet rich (checker.reports.render).
"""

from __future__ import annotations

import re

# C0 controls but tab and newline, DEL, C1 controls, and the bidirectional overrides that
# reorder what a line shows; lone surrogates cannot be printed at all.
_UNPRINTABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def for_terminal(text: str) -> str:
    """The text with every control character written as a visible escape."""
    if not _UNPRINTABLE.search(text):
        return text
    return _UNPRINTABLE.sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
