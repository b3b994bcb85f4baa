"""Can Runde write here? Asked of the operating system by trying, not by reading permission bits.

``os.access`` answers from the mode bits (and, on Windows, only from the read-only attribute: it
ignores the access control lists that decide there, so a folder an IT department locked looks
writable). Runde would then find out only when a meeting's first save fails. These probes do what
a write does, so the answer is what the OS actually allows, on every platform:

- :func:`can_create_in` makes a uniquely named empty file in the folder (``O_CREAT | O_EXCL``,
  0600, never following or reusing anything there) and removes it at once;
- :func:`can_write_file` opens an existing file for writing (read and write, appending, as SQLite
  asks for it) and closes it without writing a byte.

Only a refusal (permission denied, a read-only medium or mount) counts as "cannot write". Another
failure (a full disk, a vanished device) is left to the open that follows, which tells it in its
own words.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from pathlib import Path

PROBE_PREFIX = ".runde-write-probe-"
# a refusal to write: permission (EACCES, EPERM; Windows' ACLs arrive as EACCES) or a read-only medium
_REFUSED = frozenset({errno.EACCES, errno.EPERM, errno.EROFS})


def _create(path: Path) -> int:
    """Make ``path`` as a new, empty, private file (fails if anything is there already)."""
    return os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_BINARY", 0), 0o600)


def _open_existing(path: Path) -> int:
    """Open the existing ``path`` as SQLite will, for reading and writing (nothing is created,
    truncated or written: appending moves nothing)."""
    return os.open(path, os.O_RDWR | os.O_APPEND | getattr(os, "O_BINARY", 0))


def _refused(exc: OSError) -> bool:
    return isinstance(exc, PermissionError) or exc.errno in _REFUSED


def can_create_in(folder: Path) -> bool:
    """True unless the OS refuses to make a file in ``folder`` (tried, then removed).

    A folder that is not there, or a failure that is not a refusal (full disk, device gone), is
    True: whoever opens the folder next reports it.
    """
    probe = folder / f"{PROBE_PREFIX}{os.getpid()}-{secrets.token_hex(8)}"
    try:
        fd = _create(probe)
    except FileNotFoundError:
        return True
    except OSError as exc:
        return not _refused(exc)
    os.close(fd)
    try:
        probe.unlink()
    except OSError as exc:  # made, but cannot be removed: SQLite could not remove its journal either
        if _refused(exc):
            return False
    return True


def can_write_file(path: Path) -> bool:
    """True unless the OS refuses to open the existing file ``path`` for writing (a file that is
    not there is True: it will be made)."""
    try:
        fd = _open_existing(path)
    except FileNotFoundError:
        return True
    except OSError as exc:
        return not _refused(exc)
    with contextlib.suppress(OSError):
        os.close(fd)
    return True
