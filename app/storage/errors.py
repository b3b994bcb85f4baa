"""Storage problems, each with a plain message (``str()``) and what the UI needs to explain it.

``app/`` never imports Qt, so ``str()`` is English (for logs and the command line's last resort); the
``code`` says which problem it is, and ``ui/error_texts.py`` words each code in the user's language with
``folder``, ``path`` and ``reason`` filled in. An error without a code only has its English text.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path


def causes(exc: BaseException) -> Iterator[BaseException]:
    """``exc``, then what it wraps: SQLAlchemy's ``orig``, the cause and the context, breadth first,
    each once (the drivers' own errors sit inside SQLAlchemy's)."""
    seen: set[int] = set()
    todo: list[BaseException | None] = [exc]
    while todo:
        e = todo.pop(0)
        if e is None or id(e) in seen:
            continue
        seen.add(id(e))
        yield e
        todo += [getattr(e, "orig", None), e.__cause__, e.__context__]


class StorageError(RuntimeError):
    """Something could not be written or read; ``str()`` is a plain English message.

    ``code`` is one of the names below (or empty), for a translated message; ``folder``, ``path`` and
    ``reason`` are what that message names.
    """

    CLOSED = "closed"                      # the store was closed (after a restore, or at quit)
    DISK_FULL = "disk_full"                # a write found the disk full
    READ_ONLY = "read_only"                # a write found the data folder read-only
    FILE_READ_ONLY = "file_read_only"      # a write found the database file ``path`` read-only
    DATA_FOLDER_READ_ONLY = "data_folder_read_only"  # the data ``folder`` is read-only: opened to read
    BUSY = "busy"                          # a write found the database locked by another program
    WRITE_FAILED = "write_failed"          # any other failed write or read (``reason``: SQLite's words)
    NOT_A_BACKUP = "not_a_backup"          # ``path`` is not a good backup in ``folder`` (the backups')
    BACKUP_DAMAGED = "backup_damaged"      # ``path``, the backup chosen, failed its check (``reason``)
    OPEN_FAILED = "open_failed"            # the data in ``folder`` could not be opened (``reason``)
    IN_USE = "in_use"                      # DataInUseError: another program holds the data in ``folder``
    FOLDER_FULL = "folder_full"            # DataFolderError: the disk that holds ``folder`` is full
    FOLDER_READ_ONLY = "folder_read_only"  # DataFolderError: ``folder`` cannot be written
    FOLDER_ERROR = "folder_error"          # DataFolderError: a disk error in ``folder`` (``reason``)
    SERVER_UNREACHABLE = "server_unreachable"  # ServerUnreachableError: the server ``label`` is gone
    SERVER_LOGIN = "server_login"          # ServerLoginError: the server ``label`` refused the login
    SERVER_TLS = "server_tls"              # ServerTlsError: no secure connection to the server ``label``
    SERVER_RESTORE = "server_restore"      # a restore asked of a server (it keeps its own backups)
    SERVER_OPEN_FAILED = "server_open_failed"  # the server could not be opened (``reason``)
    SERVER_PART_MISSING = "server_part_missing"  # a server is set up, its driver (runde[server]) is not
    KEEPS_CHANGING = "keeps_changing"      # another computer kept changing the same items
    VISIT_GONE = "visit_gone"              # the learning visit being written is no longer stored
    OTHER_TEAMS_FORMAT = "other_teams_format"  # FormatOfOtherTeamError: ``format_id`` is ``team_name``'s

    def __init__(self, message: str, *, code: str = "", folder: Path | None = None,
                 path: Path | None = None, reason: str = "") -> None:
        super().__init__(message)
        self.code, self.folder, self.path, self.reason = code, folder, path, reason


class DataInUseError(StorageError):
    """Another program holds a lock on the database; nothing was moved or changed."""

    folder: Path

    def __init__(self, folder: Path, detail: str = "") -> None:
        super().__init__(
            f"Another program is using Runde's data in {folder}, so Runde cannot open it now. Nothing "
            "was moved or changed. Close the other program (a database tool, a backup or sync program) "
            "and start Runde again.", code=StorageError.IN_USE, folder=folder, reason=detail)
        self.detail = detail


class DataFolderError(StorageError):
    """The data folder cannot be written or read (read-only, full disk, disk error); nothing was moved."""

    folder: Path

    def __init__(self, folder: Path, reason: str, *, full: bool = False, read_only: bool = False) -> None:
        if full:
            code = StorageError.FOLDER_FULL
            text = (f"The disk that holds Runde's data folder {folder} is full ({reason}). Nothing was "
                    "moved or changed. Free some space there, or choose another folder with --data-dir.")
        elif read_only:
            code = StorageError.FOLDER_READ_ONLY
            text = (f"Runde cannot write in {folder} ({reason}): choose another folder with --data-dir "
                    "or make it writable. Nothing was moved or changed.")
        else:
            code = StorageError.FOLDER_ERROR
            text = (f"Runde cannot read or write its data in {folder} ({reason}). Nothing was moved or "
                    "changed. Check the disk, or choose another folder with --data-dir.")
        super().__init__(text, code=code, folder=folder, reason=reason)
        self.full, self.read_only = full, read_only


CODES = (StorageError.CLOSED, StorageError.DISK_FULL, StorageError.READ_ONLY, StorageError.FILE_READ_ONLY,
         StorageError.DATA_FOLDER_READ_ONLY, StorageError.BUSY,
         StorageError.WRITE_FAILED, StorageError.NOT_A_BACKUP, StorageError.BACKUP_DAMAGED,
         StorageError.OPEN_FAILED, StorageError.IN_USE, StorageError.FOLDER_FULL,
         StorageError.FOLDER_READ_ONLY, StorageError.FOLDER_ERROR,
         StorageError.OTHER_TEAMS_FORMAT, StorageError.SERVER_UNREACHABLE,
         StorageError.SERVER_LOGIN, StorageError.SERVER_TLS, StorageError.SERVER_RESTORE,
         StorageError.SERVER_OPEN_FAILED, StorageError.SERVER_PART_MISSING, StorageError.KEEPS_CHANGING,
         StorageError.VISIT_GONE)  # every code ui/error_texts.py words


class ServerUnreachableError(StorageError):
    """The database server cannot be reached (no network, the server stopped or restarting).

    The app keeps its edits and writes them when it is back; a command on the command line keeps
    nothing (so ``str()`` promises neither). ``label`` is ``user@host:port/database``.
    """

    def __init__(self, label: str, detail: str = "") -> None:
        super().__init__(f"The database server {label} cannot be reached (no network, or the server is "
                         "stopped or restarting).", code=StorageError.SERVER_UNREACHABLE, reason=detail)
        self.label, self.detail = label, detail


class ServerLoginError(StorageError):
    """The server refused the user name or password (nothing was read or changed)."""

    def __init__(self, label: str, detail: str = "") -> None:
        super().__init__(f"The database server {label} refused the user name or password. Set the password "
                         "in Settings…, in the keyring, or in the environment variable RUNDE_DB_PASSWORD.",
                         code=StorageError.SERVER_LOGIN, reason=detail)
        self.label, self.detail = label, detail


class ServerTlsError(StorageError):
    """The secure (TLS) connection to the server could not be set up: its certificate did not verify
    (a wrong or missing ``sslrootcert``, one for another host name), or the TLS settings do not fit the
    server (``sslmode=require`` and a server without TLS). Nothing was read or changed.

    ``detail`` is libpq's own words, for the IT department.
    """

    def __init__(self, label: str, detail: str = "") -> None:
        reason = _libpq_reason(detail)
        super().__init__(f"Runde could not set up a secure connection to the database server {label}: the "
                         "server's certificate or the TLS settings (sslmode, sslrootcert) do not fit. "
                         "Nothing was changed. Ask the IT department to check them"
                         + (f" ({reason})." if reason else "."), code=StorageError.SERVER_TLS,
                         reason=reason)
        self.label, self.detail = label, detail


def _libpq_reason(detail: str) -> str:
    """The last line's reason of libpq's message, without its "connection to server at … failed:"
    prefix and the wrapper's hint (``(Background on this error at: …)``)."""
    lines = [ln.strip() for ln in detail.splitlines() if ln.strip() and not ln.startswith("(Background")]
    reasons = [ln.rsplit(" failed: ", 1)[-1] for ln in lines if " failed: " in ln]
    return reasons[-1] if reasons else (lines[0] if lines else "")


class DatabaseReadOnlyError(StorageError):
    """The database file ``path`` can be read but not written (its permissions, or a file copied from
    a read-only medium): history and sheets can be read, nothing can be saved."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"Runde's database file {path} is read-only: history and sheets can be read, but "
                         "nothing can be saved. Make the file writable (its properties or permissions, or "
                         "ask the IT department) and start Runde again.",
                         code=StorageError.FILE_READ_ONLY, path=path)


class DataFolderReadOnlyError(StorageError):
    """The data folder ``folder`` cannot be written (its permissions, a read-only medium or share):
    Runde opened the database there to read only; history and sheets work, nothing can be saved."""

    def __init__(self, folder: Path) -> None:
        super().__init__(f"Runde's data folder {folder} is read-only: history and sheets can be read and "
                         "sheets saved elsewhere, but nothing can be saved there, so no meeting or "
                         "learning visit can start. Ask the IT department to make the folder writable, "
                         "make it writable yourself (its properties or permissions), or start Runde "
                         "with --data-dir and a folder you can write.",
                         code=StorageError.DATA_FOLDER_READ_ONLY, folder=folder)
