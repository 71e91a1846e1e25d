"""Typed errors. They carry a code and details, never a sentence: the layer that shows an error
(the command line, a dialog) words it for the person in front of it."""

from __future__ import annotations

from typing import Any


class HoinghiError(Exception):
    """Base of every error a user can cause. `code` names the situation; `details` fill it in."""

    code = "error"

    def __init__(self, error_code: str | None = None, /, **details: Any) -> None:
        self.code = error_code or type(self).code
        self.details = details
        super().__init__(self.code, details)

    def __str__(self) -> str:  # for logs and developers, not for users
        if not self.details:
            return self.code
        inner = ", ".join(f"{k}={v!r}" for k, v in self.details.items())
        return f"{self.code} ({inner})"


class DatabaseError(HoinghiError):
    """The database file cannot be used as it is."""

    code = "database"


class NotADatabase(DatabaseError):
    code = "not_a_database"


class DatabaseTooNew(DatabaseError):
    """Written by a newer version of the program: refused and left untouched."""

    code = "database_too_new"


class DatabaseCorrupt(DatabaseError):
    code = "database_corrupt"


class DatabaseLocked(DatabaseError):
    code = "database_locked"


class DatabaseReadOnly(DatabaseError):
    code = "database_read_only"


class DatabaseMissing(DatabaseError):
    code = "database_missing"


class DatabaseFull(DatabaseError):
    """The disk (or the file's size limit) left no room for a change; it was rolled back."""

    code = "database_full"


class DatabaseIOError(DatabaseError):
    """The operating system reported a read or write error for the file (a failing disk, a USB
    stick or network drive gone). Not a verdict on the file's content."""

    code = "database_io_error"


class DatabaseCannotOpen(DatabaseError):
    """SQLite could not open the file or a file it needs beside it (-wal, -shm, -journal)."""

    code = "database_cannot_open"


class NotFound(HoinghiError):
    """A conference, attendee, topic, section or unit that is not (or no longer) there."""

    code = "not_found"


class ValidationError(HoinghiError):
    """A value a person entered is not acceptable. `field` says which; `code` says why."""

    code = "invalid"

    def __init__(self, error_code: str, /, *, field: str, **details: Any) -> None:
        super().__init__(error_code, field=field, **details)
        self.field = field


class Conflict(HoinghiError):
    """The change clashes with what is already stored (a duplicate code, a person twice)."""

    code = "conflict"


class AmbiguousCode(HoinghiError):
    """A scan that an input method changed reads back as the codes of several people: nobody is
    checked in on a guess. `text` is what arrived, `codes` the people's codes."""

    code = "ambiguous_code"


class NothingToUndo(HoinghiError):
    code = "nothing_to_undo"


class FileProblem(HoinghiError):
    """A file to read or write is missing, unreadable, of the wrong kind or damaged."""

    code = "file_problem"


class Cancelled(HoinghiError):
    """The person cancelled a long operation; nothing was written."""

    code = "cancelled"


class ServerProblem(HoinghiError):
    """A database server for several desks could not be set up, started, stopped or found."""

    code = "server"


# A server that answered and said no (a wrong or changed password, no such database, one written by
# a newer program or by another program), as against one that could not be reached: a desk waits
# for the second, and says why for the first.
_REFUSALS = frozenset({"server_login_refused", "server_no_database", "database_too_new", "not_a_database"})


def refused_by_server(error: BaseException) -> bool:
    """Whether `error` is a server's answered no (see _REFUSALS), not its silence."""
    return isinstance(error, HoinghiError) and error.code in _REFUSALS


def server_upgrading(error: BaseException | None) -> bool:
    """Whether `error` says the server's database is being upgraded (server_database.open_server_within)."""
    return isinstance(error, HoinghiError) and error.code == "server_upgrading"
