"""Files are written whole or not at all: a temp file beside the target, fsync, then a rename."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path


class ExportError(RuntimeError):
    """The file could not be written; ``str()`` names the path and the reason in plain words."""


def _reason(exc: OSError, path: Path) -> str:
    if exc.errno == errno.ENOSPC:
        return "the disk is full"
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "Runde may not write there (read-only, or the file is open in another program)"
    if exc.errno == errno.EISDIR or path.is_dir():
        return "that is a folder, not a file name"
    if exc.errno == errno.ENOENT:
        return "the folder does not exist"
    return exc.strerror or str(exc)


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path``; on failure the old file (if any) is untouched and no temp remains.

    Raises:
        ExportError: with a plain message.
    """
    if path.is_dir():
        raise ExportError(f"{path}: that is a folder, not a file name")
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        tmp = None
    except OSError as exc:
        raise ExportError(f"{path}: {_reason(exc, path)}") from exc
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
