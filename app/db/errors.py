"""The typed errors of the data layer. Each carries what the UI needs to say it in plain words.

``app/`` returns reasons, not sentences in the user's language (STYLE.md 11): :class:`Problem` tells the
UI which message to show; ``str()`` is a plain English fallback for logs and the command line.
"""

from __future__ import annotations

import errno
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.db.backup import BackupInfo


class Problem(StrEnum):
    """Why a read or write failed."""

    DISK_FULL = "disk_full"
    READ_ONLY = "read_only"
    BUSY = "busy"
    DAMAGED = "damaged"
    CONFLICT = "conflict"
    OTHER = "other"


PLAIN = {
    Problem.DISK_FULL: "The disk is full. Your edits are kept in memory and saved when there is space again.",
    Problem.READ_ONLY: "Runde may not write in its data folder (it is read-only). Your edits are kept in "
                       "memory and saved as soon as writing works again.",
    Problem.BUSY: "The database is busy. Runde will try again.",
    Problem.DAMAGED: "The database file is damaged. Restart Runde to restore the newest good backup.",
    Problem.CONFLICT: "Someone else changed this at the same time. Reload and try again.",
    Problem.OTHER: "Runde could not save.",
}


def problem_of(exc: BaseException) -> Problem:
    """Which plain message an operating-system or database error deserves."""
    if isinstance(exc, OSError) and exc.errno is not None:
        if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
            return Problem.DISK_FULL
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return Problem.READ_ONLY
    text = str(exc).lower()
    for words, problem in ((("full",), Problem.DISK_FULL),
                           (("readonly", "read-only", "read only"), Problem.READ_ONLY),
                           (("locked", "busy"), Problem.BUSY),
                           (("malformed", "not a database", "corrupt"), Problem.DAMAGED)):
        if any(w in text for w in words):
            return problem
    return Problem.OTHER


class StorageError(RuntimeError):
    """A read or write failed for a reason outside Runde (disk full, read-only folder, locked file)."""

    def __init__(self, problem: Problem, detail: str = "") -> None:
        super().__init__(PLAIN[problem] + (f" ({detail})" if detail else ""))
        self.problem = problem
        self.detail = detail


class DatabaseTooNewError(RuntimeError):
    """The database was written by a newer Runde (its revision is unknown here); it was not touched."""

    def __init__(self, revision: str) -> None:
        super().__init__(f"This database was written by a newer version of Runde (schema {revision}). "
                         "Install the newer Runde to open it; the file has not been changed.")
        self.revision = revision


class UnknownDatabaseError(RuntimeError):
    """The file is an SQLite database, but not one Runde wrote; it was not touched."""


class MigrationFailedError(RuntimeError):
    """Upgrading the database failed; everything was rolled back and it is as it was before."""

    def __init__(self, detail: str, backup: Path | None = None) -> None:
        super().__init__(f"The database could not be upgraded and was left as it was: {detail}")
        self.detail = detail
        self.backup = backup


class DatabaseCorruptError(RuntimeError):
    """The database was damaged. It was moved aside whole (with its -wal and -shm); good backups are
    listed newest first so the UI can offer the first one."""

    def __init__(self, moved_to: Path, backups: list[BackupInfo], detail: str) -> None:
        super().__init__(f"The database was damaged ({detail}). It was moved to {moved_to}; nothing was "
                         "deleted.")
        self.moved_to = moved_to
        self.backups = backups
        self.detail = detail


class AlreadyOpenError(RuntimeError):
    """Another Runde has this data folder open."""

    def __init__(self, lock_path: Path, holder: str = "") -> None:
        super().__init__(f"Runde is already open with this data ({lock_path.parent})"
                         + (f", process {holder}" if holder else ""))
        self.lock_path = lock_path
        self.holder = holder


class NotFoundError(LookupError):
    """The meeting, team or item asked for is not there (deleted, or never stored)."""
