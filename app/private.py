"""Files only this user reads: on POSIX, Runde's folders are 0700 and its files 0600, whatever the
umask (notes may name citizens and patients). On Windows a user's folders are private already: these
functions do nothing there.

- :func:`private_dir` makes (or tightens) a folder, :func:`private_file` tightens a file;
- :func:`private_umask` is a 0077 umask for code that creates files it does not open itself
  (SQLite's database, ``-wal`` and ``-shm``; a rotating log);
- :func:`write_private` writes a small file atomically, 0600 from its first byte;
- :func:`tighten` takes group and other bits off what an older Runde left (never adds any).
"""

from __future__ import annotations

import contextlib
import os
import stat
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path

POSIX = os.name == "posix"
FOLDER_MODE = 0o700
FILE_MODE = 0o600
_OTHERS = 0o077  # group and other bits
_umask_lock = threading.Lock()
_depth = 0  # how many private_umask blocks are open (in any thread)
_saved = 0o022  # the umask to put back when the last one ends


@contextlib.contextmanager
def private_umask() -> Iterator[None]:
    """Files and folders created inside are private (0600/0700 at most); the umask is restored."""
    global _depth, _saved  # noqa: PLW0603 - the umask is the process's: one count for all threads
    if not POSIX:
        yield
        return
    with _umask_lock:
        if _depth == 0:
            _saved = os.umask(_OTHERS)
            os.umask(_saved | _OTHERS)  # a stricter umask stays as strict
        _depth += 1
    try:
        yield
    finally:
        with _umask_lock:
            _depth -= 1
            if _depth == 0:
                os.umask(_saved)


def private_dir(path: Path) -> Path:
    """Make ``path`` (and missing parents, which are left as the umask makes them) a private folder.

    Raises:
        OSError: it cannot be made (one whose mode cannot be changed is used as it is).
    """
    path.mkdir(parents=True, exist_ok=True, mode=FOLDER_MODE)
    with contextlib.suppress(OSError):  # a file system without modes (FAT on a USB stick): as it is
        _strip(path)
    return path


def private_file(path: Path) -> None:
    """Take group and other bits off a file Runde wrote (nothing when it is gone or not ours)."""
    with contextlib.suppress(OSError):
        _strip(path)


def _strip(path: Path) -> bool:
    """Take group and other bits off ``path`` (not through a link, only if this user owns it); True
    when something changed.

    Raises:
        OSError: it could not be changed.
    """
    if not POSIX:
        return False
    st = os.lstat(path)
    if stat.S_ISLNK(st.st_mode) or st.st_uid != os.getuid() or not st.st_mode & _OTHERS:
        return False
    os.chmod(path, stat.S_IMODE(st.st_mode) & ~_OTHERS)
    return True


def write_private(path: Path, data: bytes) -> None:
    """Write a small file whole (a temp file beside it, then a rename), readable by this user only.

    Raises:
        OSError: it could not be written (no temp file is left).
    """
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), FILE_MODE)
    try:
        try:
            if POSIX:
                with contextlib.suppress(OSError):  # (a file system without modes refuses it)
                    os.fchmod(fd, FILE_MODE)  # an older temp file could have had other bits
            os.write(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def tighten(folders: Iterable[Path]) -> list[tuple[Path, str]]:
    """Make every folder and file under ``folders`` (those this user owns; links are not followed)
    private. Returns what could not be changed, with the system's reason; never raises."""
    failed: list[tuple[Path, str]] = []
    if not POSIX:
        return failed
    for root in folders:
        if not root.is_dir() or root.is_symlink():
            continue
        def unreadable(exc: OSError, top: Path = root) -> None:
            failed.append((Path(exc.filename or top), exc.strerror or type(exc).__name__))

        for here, dirs, files in os.walk(root, onerror=unreadable):
            for name in (".", *dirs, *files):
                path = Path(here) / name if name != "." else Path(here)
                try:
                    _strip(path)
                except OSError as exc:
                    failed.append((path, exc.strerror or type(exc).__name__))
    return failed
