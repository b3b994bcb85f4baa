"""Automatic backups: at start-up after a quick check, at most every 30 minutes while data changes,
thinned like Anki's (everything of the last day, then 12 daily, 10 weekly, 9 monthly)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.storage.sqlite import backup_to, move_aside, quick_check

PREFIX = "runde-"
SUFFIX = ".sqlite3"
STAMP = "%Y%m%d-%H%M%S"
INTERVAL = timedelta(minutes=30)


def _utc(when: datetime) -> datetime:
    """An aware UTC time (a naive one is taken to be UTC already)."""
    return when.astimezone(UTC) if when.tzinfo else when.replace(tzinfo=UTC)


@dataclass(frozen=True)
class BackupInfo:
    """One backup file. ``taken`` is timezone-aware (UTC): show it with ``taken.astimezone()``."""

    path: Path
    taken: datetime
    size: int

    def local_time(self) -> datetime:
        """When it was taken, in this computer's local time (naive, for display)."""
        return _utc(self.taken).astimezone().replace(tzinfo=None)


def backup_now(db_path: Path, backup_dir: Path, now: datetime) -> Path:
    """Take a backup named by its time (in UTC: file names carry no offset)."""
    return backup_to(db_path, backup_dir / f"{PREFIX}{_utc(now).strftime(STAMP)}{SUFFIX}")


def list_backups(backup_dir: Path) -> list[BackupInfo]:
    """Backups, newest first."""
    out = []
    for p in backup_dir.glob(f"{PREFIX}*{SUFFIX}"):
        try:
            taken = datetime.strptime(p.name[len(PREFIX):-len(SUFFIX)], STAMP).replace(tzinfo=UTC)
            size = p.stat().st_size
        except (ValueError, OSError):
            continue
        out.append(BackupInfo(p, taken, size))
    return sorted(out, key=lambda b: b.taken, reverse=True)


def good_backups(backup_dir: Path) -> list[BackupInfo]:
    """Backups that pass ``quick_check``, newest first."""
    return [b for b in list_backups(backup_dir) if quick_check(b.path) == "ok"]


def to_keep(backups: list[BackupInfo], now: datetime) -> set[Path]:
    """Which backups thinning keeps: the last day, then one per day (12), week (10), month (9)."""
    now = _utc(now)
    keep: set[Path] = set()
    buckets: dict[tuple[str, object], BackupInfo] = {}
    limits = {"day": 12, "week": 10, "month": 9}
    for b in sorted(backups, key=lambda b: _utc(b.taken), reverse=True):
        taken = _utc(b.taken)
        if now - taken <= timedelta(days=1):
            keep.add(b.path)
            continue
        iso = taken.isocalendar()
        for kind, key in (("day", taken.date()), ("week", (iso.year, iso.week)),
                          ("month", (taken.year, taken.month))):
            bucket = (kind, key)
            if bucket not in buckets and sum(1 for k in buckets if k[0] == kind) < limits[kind]:
                buckets[bucket] = b
                keep.add(b.path)
    return keep


def thin_backups(backup_dir: Path, now: datetime) -> list[Path]:
    """Delete backups thinning does not keep; returns what was removed."""
    backups = list_backups(backup_dir)
    keep = to_keep(backups, now)
    removed = []
    for b in backups:
        if b.path not in keep:
            b.path.unlink(missing_ok=True)
            removed.append(b.path)
    return removed


def restore_backup(backup: Path, db_path: Path, now: datetime) -> Path | None:
    """Put a backup in place of the database; the current database is moved aside, never deleted.

    The backup is copied (and checked) first, so a failing copy leaves the current data in place.
    Returns where the replaced database went (None if there was none).

    Raises:
        ValueError: the backup does not pass ``quick_check`` (nothing was changed).
        sqlite3.Error, OSError: the copy failed (nothing was changed).
    """
    tmp = db_path.with_name(db_path.name + ".restoring")
    try:
        backup_to(backup, tmp)
        health = quick_check(tmp)
        if health != "ok":
            raise ValueError(f"the backup {backup.name} is damaged: {health}")
    except BaseException:
        tmp.unlink(missing_ok=True)  # only our own half-made copy of the backup
        raise
    moved = move_aside(db_path, now, label="replaced") if db_path.exists() else None
    os.replace(tmp, db_path)
    return moved


class BackupScheduler:
    """Decides when to back up: when data changed and the last backup is 30 minutes old."""

    def __init__(self, last: datetime | None = None) -> None:
        self.last = last
        self.dirty = False

    def changed(self) -> None:
        """Data was written."""
        self.dirty = True

    def due(self, now: datetime) -> bool:
        """Time for a backup?"""
        return self.dirty and (self.last is None or now - self.last >= INTERVAL)

    def done(self, now: datetime) -> None:
        """A backup was taken."""
        self.last, self.dirty = now, False
