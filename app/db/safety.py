"""Guards around the database file and its folder: a health check, moving a damaged file aside whole,
one Runde per data folder, and a warning for network shares (where SQLite's locking breaks).
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import IO

from app.db.engine import header_check, quick_check
from app.db.errors import AlreadyOpenError

SIDE_FILES = ("-wal", "-shm", "-journal")
NETWORK_FS = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smbfs", "smb2", "smb3", "afpfs", "webdav", "davfs", "ncpfs", "9p",
    "fuse.sshfs", "sshfs", "fuse.davfs2", "fuse.rclone", "fuse.gvfsd-fuse", "glusterfs", "ceph", "lustre",
})


class HealthState(StrEnum):
    """What the check at start-up found."""

    MISSING = "missing"  # no database yet: a new one will be made
    OK = "ok"
    CORRUPT = "corrupt"  # damaged, or not a database at all
    UNREADABLE = "unreadable"  # cannot be opened (permissions, locked by another program): not damage


@dataclass(frozen=True)
class Health:
    """The result of :func:`check_database`; ``detail`` is SQLite's own words."""

    state: HealthState
    detail: str = ""


def check_database(db_path: Path, *, full: bool = True) -> Health:
    """``PRAGMA quick_check`` on a read-only connection ("file is not a database" counts as corrupt),
    or with ``full=False`` only the checks that cost the same on any size of file (header, size,
    schema)."""
    if not db_path.exists():
        return Health(HealthState.MISSING)
    try:
        result = quick_check(db_path) if full else header_check(db_path)
    except (sqlite3.OperationalError, OSError) as exc:
        return Health(HealthState.UNREADABLE, str(exc))
    return Health(HealthState.OK) if result == "ok" else Health(HealthState.CORRUPT, result)


def move_aside(db_path: Path, now: datetime | None = None, *, reason: str = "corrupt") -> Path:
    """Move a database with its ``-wal``, ``-shm`` and ``-journal`` to ``<name>.<reason>-<time>``.

    Nothing is deleted: a ``-wal`` or ``-journal`` left by a crash holds committed data. The side files
    go first, so a new database made in the old place never meets a ``-wal`` that is not its own. The
    moved set keeps SQLite's naming, so the moved file still opens with its ``-wal``.
    """
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%d-%H%M%S")
    target = db_path.with_name(f"{db_path.name}.{reason}-{stamp}")
    n = 1
    while any(Path(f"{target}{s}").exists() for s in ("", *SIDE_FILES)):
        n += 1
        target = db_path.with_name(f"{db_path.name}.{reason}-{stamp}-{n}")
    for suffix in SIDE_FILES:
        side = Path(f"{db_path}{suffix}")
        if side.exists():
            os.replace(side, Path(f"{target}{suffix}"))
    if db_path.exists():
        os.replace(db_path, target)
    return target


# -- network shares ----------------------------------------------------------------------------------

def _unescape(field: str) -> str:
    """``/proc/mounts`` writes a space as ``\\040``."""
    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), field)


def parse_mounts(text: str) -> list[tuple[str, str]]:
    """(mount point, file system type) from ``/proc/mounts`` or from macOS ``mount`` output."""
    found = []
    for line in text.splitlines():
        mac = re.match(r"^.+? on (.+) \(([^,)]+)", line)
        if mac:
            found.append((mac.group(1), mac.group(2).strip()))
            continue
        parts = line.split()
        if len(parts) >= 3:
            found.append((_unescape(parts[1]), parts[2]))
    return found


def _mount_table() -> str:
    with contextlib.suppress(OSError):
        return Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
    with contextlib.suppress(OSError, subprocess.SubprocessError):
        return subprocess.run(["/sbin/mount"], capture_output=True, text=True, timeout=5, check=False).stdout
    return ""


def _windows_remote(path: Path) -> bool:
    if sys.platform == "win32":
        import ctypes

        drive = path.resolve().drive
        return bool(drive) and ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == 4  # DRIVE_REMOTE
    return False


def is_network_path(path: Path, mounts: str | None = None) -> bool:
    """True for a UNC path, a mapped network drive, or a folder on nfs, cifs/smb, sshfs and the like."""
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return True
    if sys.platform == "win32" and mounts is None:
        return _windows_remote(path)
    resolved = str(path.resolve())
    best, best_fs = "", ""
    for point, fs in parse_mounts(_mount_table() if mounts is None else mounts):
        inside = resolved == point or resolved.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, best_fs = point, fs
    return best_fs.lower() in NETWORK_FS


# -- one Runde per data folder -----------------------------------------------------------------------

class InstanceLock:
    """An exclusive lock on ``<data>/runde.lock`` (``flock`` on POSIX, ``msvcrt`` on Windows).

    The operating system drops it when the process ends, even when killed, so a crash never leaves a
    stale lock. The file stays; only the lock on it matters.
    """

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / "runde.lock"
        self._fh: IO[str] | None = None

    @property
    def held(self) -> bool:
        """Whether this object holds the lock."""
        return self._fh is not None

    def try_acquire(self) -> bool:
        """Take the lock if free; False when another Runde holds it."""
        if self._fh is not None:
            return True
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fh = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held for the app's lifetime
        try:
            _lock(fh)
        except OSError:
            fh.close()
            return False
        fh.seek(0)
        fh.truncate()
        fh.write(str(os.getpid()))
        fh.flush()
        self._fh = fh
        return True

    def acquire(self) -> None:
        """Take the lock.

        Raises:
            AlreadyOpenError: another Runde has this data folder.
        """
        if not self.try_acquire():
            raise AlreadyOpenError(self.path, self.holder())

    def holder(self) -> str:
        """The process id written by whoever holds the lock ("" if unknown)."""
        try:
            return self.path.read_text(encoding="utf-8").strip()[:20]
        except OSError:
            return ""

    def release(self) -> None:
        """Let go (at quit)."""
        if self._fh is not None:
            self._fh.close()
            self._fh = None


def _lock(fh: IO[str]) -> None:
    if sys.platform == "win32":
        import msvcrt

        fh.seek(0)
        msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
    else:
        import fcntl

        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
