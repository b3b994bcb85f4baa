"""Files are written whole or not at all: a temp file beside the target, fsync, then a rename.

A symbolic link is written through (the file it points to is replaced, the link stays); a target that
exists and is not an ordinary file (a device such as ``/dev/full``, a pipe, a socket) is refused
before anything is touched, since a rename would replace the device node itself.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from pathlib import Path

NEW_FILE_MODE = 0o644  # mkstemp makes 0600; an exported sheet is meant to be shared
PRIVATE_FILE_MODE = 0o600  # Runde's own files (write_atomic(private=True))

_DENIED = "permission denied: the folder is read-only, or the file is open in another program"
_IN_USE = "the file is in use by another program"
_REASONS = {
    getattr(errno, name): reason for name, reason in (
        ("ENOSPC", "the disk is full"),
        ("EDQUOT", "the disk quota is used up"),
        ("EROFS", "the disk is read-only"),
        ("EACCES", _DENIED),
        ("EPERM", _DENIED),
        ("EBUSY", _IN_USE),
        ("ETXTBSY", _IN_USE),
        ("EISDIR", "that is a folder, not a file name"),
        ("ENOENT", "the folder does not exist"),
        ("ENOTDIR", "part of the path is a file, not a folder"),
        ("ENAMETOOLONG", "the file name is too long"),
        ("EINVAL", "the file name is not allowed there"),
        ("ENODEV", "the disk is gone (unplugged?)"),
        ("ENXIO", "the disk is gone (unplugged?)"),
        ("EIO", "the disk could not be written (unplugged, or failing?)"),
    ) if hasattr(errno, name)
}


class ExportError(RuntimeError):
    """The file could not be written; ``str()`` names the path and the reason in plain words.

    ``path`` is the file, ``code`` the errno name (``"ENOSPC"``...), for a translated message;
    ``"NOTREG"`` for a target that is not an ordinary file, ``"ELOOP"`` for a link that loops.
    """

    def __init__(self, message: str, *, path: Path | None = None, code: str = "") -> None:
        super().__init__(message)
        self.path = path
        self.code = code


def _reason(exc: OSError, path: Path) -> str:
    """A plain reason for ``exc`` (the system's own words if it is an unusual one)."""
    with contextlib.suppress(OSError):
        if exc.errno not in _REASONS and path.is_dir():
            return _REASONS[errno.EISDIR]
    return _REASONS.get(exc.errno or 0, exc.strerror or str(exc))


def _mode_for(path: Path) -> int:
    """Keep an existing file's permissions; a new file gets NEW_FILE_MODE."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        return NEW_FILE_MODE


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); where folders cannot be opened, skip it."""
    with contextlib.suppress(OSError, AttributeError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _real_target(path: Path) -> Path:
    """The file that writing ``path`` means: a symbolic link's target (through every link), else
    ``path``. Refuses a target that exists and is not an ordinary file, and a link that loops; a
    name the system refuses (too long, a folder that is gone) is an :class:`ExportError` too."""
    try:
        target = Path(os.path.realpath(path)) if path.is_symlink() else path
        looped = target.is_symlink()  # realpath gave up: the links point at each other
    except OSError as exc:  # a name too long, a path too long: said before anything is written
        raise ExportError(f"{path}: {_reason(exc, path)}", path=path,
                          code=errno.errorcode.get(exc.errno or 0, "")) from exc
    if looped:
        raise ExportError(f"{path}: the link points at itself (a loop of links)", path=path, code="ELOOP")
    try:
        mode = target.stat().st_mode
    except OSError:
        return target  # nothing there yet (a missing folder is reported when writing)
    if stat.S_ISDIR(mode):
        raise ExportError(f"{path}: {_REASONS[errno.EISDIR]}", path=path, code="EISDIR")
    if not stat.S_ISREG(mode):
        raise ExportError(f"{path}: that is not an ordinary file (it is a device, a pipe or a socket); "
                          "choose a file name", path=path, code="NOTREG")
    return target


def write_atomic(path: Path | str, data: bytes, *, private: bool = False) -> None:
    """Write ``data`` to ``path``; on failure the old file (if any) is untouched and no temp remains.

    Args:
        path: the file to write (created or replaced). A symbolic link is followed: its target is
            replaced and the link kept.
        data: the whole content.
        private: a file of Runde's own (a rescue or offline note, a format in the data folder): 0600,
            readable by this user only (the temp file is 0600 from the start either way).

    Raises:
        ExportError: with a plain message naming the path and the reason; also, before anything is
            written, for a path that is a folder or another thing that is not an ordinary file.
    """
    path = Path(path)
    target = _real_target(path)
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, PRIVATE_FILE_MODE if private else _mode_for(target))
        os.replace(tmp, target)
        tmp = None
    except OSError as exc:
        code = errno.errorcode.get(exc.errno or 0, "")
        raise ExportError(f"{path}: {_reason(exc, target)}", path=path, code=code) from exc
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
    _sync_folder(target.parent)
