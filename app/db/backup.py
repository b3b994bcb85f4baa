"""Automatic backups: at start-up after a quick check, at most every 30 minutes while data changes,
thinned the way Anki does it (everything from today and yesterday, then 12 daily, 10 weekly and
9 monthly), and restored without ever deleting the database that was in place.

Backups are taken with the sqlite3 backup API, never by copying the live file (its newest commits can
sit in ``-wal``; FIELD-NOTES.md). A backup is written beside its final name and renamed when whole.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.db.engine import copy_database, quick_check
from app.db.safety import move_aside

PREFIX = "runde-"
SUFFIX = ".sqlite3"
STAMP = "%Y%m%d-%H%M%S"
INTERVAL = timedelta(minutes=30)
LIMITS = {"daily": 12, "weekly": 10, "monthly": 9}


@dataclass(frozen=True)
class BackupInfo:
    """One backup file; ``ok`` is the result of ``quick_check`` (None when not verified)."""

    path: Path
    taken: datetime
    size: int
    ok: bool | None = None


def _utc_now(now: datetime | None) -> datetime:
    return (now or datetime.now(UTC)).astimezone(UTC)


def backup_now(db_path: Path, backup_dir: Path, now: datetime | None = None) -> Path:
    """Take a backup of ``db_path`` into ``backup_dir``, named by its UTC time; returns its path."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    stem = f"{PREFIX}{_utc_now(now).strftime(STAMP)}"
    target = backup_dir / f"{stem}{SUFFIX}"
    n = 1
    while target.exists():
        n += 1
        target = backup_dir / f"{stem}-{n}{SUFFIX}"
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        copy_database(db_path, partial)
        os.replace(partial, target)
    finally:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
    return target


def taken_at(path: Path) -> datetime | None:
    """When a backup was taken, from its name (None for files that are not backups)."""
    name = path.name
    if not (name.startswith(PREFIX) and name.endswith(SUFFIX)):
        return None
    day, _, clock = name[len(PREFIX):len(PREFIX) + 15].partition("-")
    if len(day) != 8 or len(clock) != 6 or not (day + clock).isdigit():
        return None
    try:  # by hand: strptime is slow enough to matter at every start with many backups
        return datetime(int(day[:4]), int(day[4:6]), int(day[6:]), int(clock[:2]), int(clock[2:4]),
                        int(clock[4:]), tzinfo=UTC)
    except ValueError:
        return None


def list_backups(backup_dir: Path, *, verify: bool = True) -> list[BackupInfo]:
    """Backups, newest first, each with its size and (if ``verify``) whether ``quick_check`` passes."""
    found: list[BackupInfo] = []
    if not backup_dir.is_dir():
        return found
    for path in backup_dir.iterdir():
        taken = taken_at(path)
        if taken is None or not path.is_file():
            continue
        found.append(BackupInfo(path, taken, path.stat().st_size, _verify(path) if verify else None))
    return sorted(found, key=lambda b: (b.taken, _serial(b.path)), reverse=True)


def _serial(path: Path) -> int:
    """The n of a second backup in the same second (``runde-<time>-<n>.sqlite3``), else 1."""
    parts = path.name[len(PREFIX):-len(SUFFIX)].split("-")
    return int(parts[2]) if len(parts) > 2 and parts[2].isdigit() else 1


def _verify(path: Path) -> bool:
    try:
        return quick_check(path) == "ok"
    except Exception:  # any failure to read it means it is not a good backup
        return False


def newest_backup(backup_dir: Path) -> Path | None:
    """The newest backup by its name, looking at names only (cheap at every start-up)."""
    best: tuple[datetime, int, str] | None = None
    with contextlib.suppress(OSError), os.scandir(backup_dir) as entries:
        for entry in entries:
            taken = taken_at(Path(entry.name))
            if taken is not None and (best is None or (taken, _serial(Path(entry.name))) > best[:2]):
                best = (taken, _serial(Path(entry.name)), entry.path)
    return Path(best[2]) if best else None


def good_backups(backup_dir: Path) -> list[BackupInfo]:
    """Backups that pass ``quick_check``, newest first."""
    return [b for b in list_backups(backup_dir) if b.ok]


def obsolete(taken: Iterable[datetime], now: datetime) -> set[datetime]:
    """Which backup times thinning removes (Anki's rule, in the local days of ``now``).

    Walking from newest to oldest: keep everything from today and yesterday; then keep a backup only
    if it is from an earlier day (12 times), then an earlier week (10), then an earlier month (9) than
    the last one kept; everything older goes.
    """
    tz = now.tzinfo
    yesterday = now.date().toordinal() - 1
    left = dict(LIMITS)
    last = {"daily": 1 << 40, "weekly": 1 << 40, "monthly": 1 << 40}
    gone: set[datetime] = set()
    for t in sorted(taken, reverse=True):
        local = t.astimezone(tz)
        key = {"daily": local.date().toordinal(), "weekly": (local.date().toordinal() - 1) // 7,
               "monthly": local.year * 12 + local.month}
        if key["daily"] >= yesterday:  # today and yesterday: always kept
            last = key
            continue
        stage = next((s for s in ("daily", "weekly", "monthly") if left[s] > 0), None)
        if stage is None or key[stage] >= last[stage]:
            gone.add(t)
            continue
        left[stage] -= 1
        last = key
    return gone


def thin_backups(backup_dir: Path, now: datetime) -> list[Path]:
    """Delete the backups :func:`obsolete` names, and half-written ones a crash left behind (only
    the process holding the data folder's lock writes backups); returns what was removed."""
    if backup_dir.is_dir():
        for partial in backup_dir.glob(f"{PREFIX}*.partial*"):
            with contextlib.suppress(OSError):
                partial.unlink()
    backups = list_backups(backup_dir, verify=False)
    gone = obsolete({b.taken for b in backups}, now)
    removed = []
    for b in backups:
        if b.taken in gone:
            with contextlib.suppress(OSError):
                b.path.unlink()
                removed.append(b.path)
    return removed


def restore_backup(backup: Path, db_path: Path, now: datetime | None = None, *,
                   reason: str = "replaced") -> Path | None:
    """Put a backup in place of the database (Runde's store must be closed).

    The current database, with its ``-wal`` and ``-shm``, is moved aside first, never deleted.
    Returns where it went (None if there was none).

    Raises:
        ValueError: the backup does not pass ``quick_check``.
    """
    if quick_check(backup) != "ok":
        raise ValueError(f"{backup} is damaged; choose another backup")
    moved = move_aside(db_path, now, reason=reason) if db_path.exists() else None
    partial = db_path.with_name(db_path.name + ".restoring")
    partial.unlink(missing_ok=True)
    copy_database(backup, partial)
    os.replace(partial, db_path)
    return moved


class BackupScheduler:
    """Decides when to back up: data changed and the last backup is at least 30 minutes old."""

    def __init__(self, now: Callable[[], datetime], last: datetime | None = None,
                 interval: timedelta = INTERVAL) -> None:
        self._now = now
        self.last = last
        self.interval = interval
        self.dirty = False

    def changed(self) -> None:
        """Data was written."""
        self.dirty = True

    def due(self) -> bool:
        """Time for a backup?"""
        return self.dirty and (self.last is None or self._now() - self.last >= self.interval)

    def done(self) -> None:
        """A backup was taken now."""
        self.last, self.dirty = self._now(), False
