"""Errors a user or IT may see. Their message is already translated and safe to show as is.

Every layer raises these (never a bare `ValueError` for bad input) so the GUI shows the message
in a dialog and the CLI prints it and exits non-zero, without a traceback.
"""

from __future__ import annotations

from collections.abc import Iterable


class HospcrisisError(Exception):
    """Base class: `str(error)` is a complete sentence in the user's language."""

    exit_code = 1

    @property
    def message(self) -> str:
        return str(self.args[0]) if self.args else ""


class ValidationError(HospcrisisError):
    """Input refused; nothing was saved. `problems` lists (field, message) pairs."""

    exit_code = 2

    def __init__(self, message: str, problems: Iterable[tuple[str, str]] = ()) -> None:
        super().__init__(message)
        self.problems: list[tuple[str, str]] = list(problems)

    def __str__(self) -> str:
        if not self.problems:
            return self.message
        lines = [self.message] + [f"  - {msg}" for _field, msg in self.problems]
        return "\n".join(lines)

    @property
    def fields(self) -> set[str]:
        return {field for field, _msg in self.problems}


class PermissionDenied(HospcrisisError):
    """The current user's role may not do this."""

    exit_code = 3


class AuthenticationFailed(HospcrisisError):
    """Wrong user name or password, or a disabled account."""

    exit_code = 3


class NotFound(HospcrisisError):
    """A record, patient or file that was asked for does not exist."""

    exit_code = 4


class ConflictError(HospcrisisError):
    """Someone changed the record since it was read; reload and try again."""

    exit_code = 5


class StoreError(HospcrisisError):
    """The database cannot be used as asked (foreign, corrupt, busy, full, read-only…)."""

    exit_code = 6


class ForeignDatabase(StoreError):
    """The file is not a hospcrisis database; it was left untouched."""


class CorruptDatabase(StoreError):
    """The database failed its integrity check; offer the latest verified backup."""


class DatabaseInUse(StoreError):
    """Another hospcrisis window or command already has this database open."""


class DiskFull(StoreError):
    """The disk is full; the write was rolled back."""


class LocationNotWritable(StoreError):
    """The data folder cannot be created or written to."""


class NewerSchema(StoreError):
    """The database was written by a newer version of hospcrisis."""


class NotInitialised(StoreError):
    """The database exists but has no station yet (run `init` or the first-run wizard)."""
