"""Storage problems, each with a plain message (``str()``) and what the UI needs to explain it."""

from __future__ import annotations

from pathlib import Path


class StorageError(RuntimeError):
    """Something could not be written or read; ``str()`` is a plain message."""


class DataInUseError(StorageError):
    """Another program holds a lock on the database; nothing was moved or changed."""

    def __init__(self, folder: Path, detail: str = "") -> None:
        super().__init__(
            f"Another program is using Runde's data in {folder}, so Runde cannot open it now. Nothing "
            "was moved or changed. Close the other program (a database tool, a backup or sync program) "
            "and start Runde again.")
        self.folder, self.detail = folder, detail


class DataFolderError(StorageError):
    """The data folder cannot be written or read (read-only, full disk, disk error); nothing was moved."""

    def __init__(self, folder: Path, reason: str, *, full: bool = False, read_only: bool = False) -> None:
        if full:
            text = (f"The disk that holds Runde's data folder {folder} is full ({reason}). Nothing was "
                    "moved or changed. Free some space there, or choose another folder with --data-dir.")
        elif read_only:
            text = (f"Runde cannot write in {folder} ({reason}): choose another folder with --data-dir "
                    "or make it writable. Nothing was moved or changed.")
        else:
            text = (f"Runde cannot read or write its data in {folder} ({reason}). Nothing was moved or "
                    "changed. Check the disk, or choose another folder with --data-dir.")
        super().__init__(text)
        self.folder, self.reason, self.full, self.read_only = folder, reason, full, read_only


class ServerUnreachableError(StorageError):
    """The database server cannot be reached (no network, the server stopped or restarting).

    Edits are kept in memory and written when it is back; ``label`` is ``user@host:port/database``.
    """

    def __init__(self, label: str, detail: str = "") -> None:
        super().__init__(f"The database server {label} cannot be reached; edits are kept on this computer "
                         "and written when it is back.")
        self.label, self.detail = label, detail


class ServerLoginError(StorageError):
    """The server refused the user name or password (nothing was read or changed)."""

    def __init__(self, label: str, detail: str = "") -> None:
        super().__init__(f"The database server {label} refused the user name or password. Set the password "
                         "in Settings…, in the keyring, or in the environment variable RUNDE_DB_PASSWORD.")
        self.label, self.detail = label, detail
