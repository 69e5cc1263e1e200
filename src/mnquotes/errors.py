"""The project's exceptions: the library raises them, the CLI turns each into one line and an exit code."""
from __future__ import annotations


class MnquotesError(Exception):
    """Base class: anything mnquotes reports to the user as a one-line message."""


class InputError(MnquotesError):
    """One input (file, folder, glob, stdin) could not be read; the others are still processed."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class RulesError(MnquotesError):
    """A rules file is missing or malformed; the message names the file and the line."""


class ModelError(MnquotesError):
    """The spaCy pipeline asked for with --model is not installed or cannot be loaded."""
