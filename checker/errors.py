"""Errors the library raises for bad user input; the CLI maps them to exit code 2."""

from __future__ import annotations


class CheckclaimsError(Exception):
    """Bad user input: the message says what is wrong and how to fix it."""

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} ({self.hint})" if self.hint else self.message


class InputError(CheckclaimsError):
    """A path that does not exist, cannot be read, or holds no documents."""


class UsageError(CheckclaimsError):
    """Options that conflict or have bad values."""
