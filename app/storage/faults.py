"""The fault wording of storage: what a failure to open, read or write the data is for the user.

A damaged database (:class:`DatabaseCorruptError`), a folder or file that cannot be opened
(:func:`open_problem`), a read or write that failed (:func:`plain_error`) and a server's failure
(:func:`server_error`) become the plain errors of :mod:`app.storage.errors`, each with its ``code``
for the translated wording (``ui/error_texts.py``).
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from sqlalchemy.exc import OperationalError

from app.storage.backup import BackupInfo
from app.storage.errors import (
    DataFolderError,
    DataInUseError,
    ServerLoginError,
    ServerTlsError,
    ServerUnreachableError,
    StorageError,
)
from app.storage.postgres import LOGIN, TLS, UNREACHABLE, classify_server_error
from app.storage.sqlite import BUSY, DISK, FULL, READ_ONLY, classify


class DatabaseCorruptError(RuntimeError):
    """The database was damaged; it was moved aside whole and good backups are listed."""

    def __init__(self, moved_to: Path, backups: list[BackupInfo], detail: str) -> None:
        super().__init__(detail)
        self.moved_to, self.backups, self.detail = moved_to, backups, detail


def server_error(label: str, exc: BaseException) -> StorageError | None:
    """What a server's failure is for the user: a refused login, no secure connection, or a server
    out of reach; None for anything else."""
    kind = classify_server_error(exc)
    if kind == LOGIN:
        return ServerLoginError(label, str(exc))
    if kind == TLS:
        return ServerTlsError(label, str(exc))
    if kind == UNREACHABLE:
        return ServerUnreachableError(label, str(exc))
    return None


def open_problem(kind: str, folder: Path, detail: str) -> StorageError:
    """The plain error for a database that could not be opened for a reason other than damage."""
    if kind == BUSY:
        return DataInUseError(folder, detail)
    if kind == DISK and _nearly_full(folder):  # SQLite says "disk I/O error" when it cannot grow -shm
        kind = FULL
    if kind in {FULL, READ_ONLY, DISK}:
        return DataFolderError(folder, detail, full=kind == FULL, read_only=kind == READ_ONLY)
    return StorageError(f"Runde could not open its data in {folder} ({detail}). Nothing was moved or "
                        "changed.", code=StorageError.OPEN_FAILED, folder=folder, reason=detail)


def _nearly_full(folder: Path) -> bool:
    """Less than 2 MiB free where the folder (or its nearest existing parent) lives (a file system
    with no size at all, such as /proc, is not a full disk)."""
    for place in (folder, *folder.parents):
        try:
            usage = shutil.disk_usage(place)
        except OSError:
            continue
        return usage.total > 0 and usage.free < 2 * 1024 * 1024
    return False


def plain_error(exc: OperationalError | sqlite3.Error | OSError) -> StorageError:
    """The plain error for a write or read that failed (its ``code`` for the translated wording)."""
    orig = getattr(exc, "orig", None)
    text = str(orig) if orig is not None else str(exc)
    kind = classify(exc).kind
    if kind == FULL or "full" in text:
        return StorageError("The disk is full: nothing more can be saved until there is space again.",
                            code=StorageError.DISK_FULL, reason=text)
    if kind == READ_ONLY or "readonly" in text or "read-only" in text:
        return StorageError("The data folder is read-only: Runde cannot save there.",
                            code=StorageError.READ_ONLY, reason=text)
    if kind == BUSY or "locked" in text:
        return StorageError("The database is busy (another program holds it); Runde will try again.",
                            code=StorageError.BUSY, reason=text)
    return StorageError(f"The database could not be written: {text}", code=StorageError.WRITE_FAILED,
                        reason=text)

