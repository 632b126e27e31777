"""Errors that name the file and the cause in one line, for users rather than tracebacks."""

from pathlib import Path


class InputError(Exception):
    """A document that cannot be read; the message is the one line the user sees."""

    def __init__(self, path: Path | str, cause: str):
        self.path = Path(path)
        self.cause = cause
        super().__init__(f"{self.path}: {cause}")
