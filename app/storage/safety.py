"""Guards around the data folder: one Runde per folder, and a warning for network shares."""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import IO

from app.storage.errors import DataFolderError
from app.storage.sqlite import FULL, classify

NETWORK_FS = {"nfs", "nfs4", "cifs", "smbfs", "smb3", "fuse.sshfs", "afpfs", "9p", "fuse.gvfsd-fuse"}


class AlreadyOpenError(RuntimeError):
    """Another Runde has this data folder open."""


class InstanceLock:
    """An exclusive lock on ``<data>/runde.lock``, released when the process ends (even if killed)."""

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / "runde.lock"
        self._fh: IO[str] | None = None

    def acquire(self) -> None:
        """Take the lock.

        Raises:
            AlreadyOpenError: another process holds it.
            DataFolderError: the folder cannot be written (read-only, write-protected, full).
        """
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fh = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held for the app's lifetime
        except OSError as exc:
            raise self._folder_error(exc) from None
        try:
            if sys.platform == "win32":
                import msvcrt

                fh.seek(0)
                msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            fh.close()
            raise AlreadyOpenError(str(self.path)) from None
        try:  # unbuffered, so a full disk shows here and not again when closing
            fh.truncate(0)
            os.write(fh.fileno(), str(os.getpid()).encode("ascii"))
        except OSError as exc:  # a full disk or a failing one: the folder cannot be used
            with contextlib.suppress(OSError):
                fh.close()
            raise self._folder_error(exc) from None
        self._fh = fh

    def _folder_error(self, exc: OSError) -> DataFolderError:
        kind = classify(exc).kind
        return DataFolderError(self.path.parent, exc.strerror or str(exc), full=kind == FULL,
                               read_only=kind != FULL)

    def release(self) -> None:
        """Let go (at quit)."""
        if self._fh is not None:
            self._fh.close()
            self._fh = None


def is_network_path(path: Path, mounts: str | None = None) -> bool:
    """True for a UNC path or a folder on a network file system (SQLite's locking breaks there)."""
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return True
    if mounts is None:
        try:
            mounts = Path("/proc/mounts").read_text(encoding="utf-8")
        except OSError:
            return False
    resolved = str(path.resolve())
    best, best_fs = "", ""
    for line in mounts.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        point, fs = parts[1], parts[2]
        inside = resolved == point or resolved.startswith(point.rstrip("/") + "/")
        if inside and len(point) > len(best):
            best, best_fs = point, fs
    return best_fs in NETWORK_FS
