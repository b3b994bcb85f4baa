"""Opening the database at start-up, in the order that keeps data safe:

1. take the data folder's lock (a second Runde is told, and touches nothing);
2. check the file: header, size and schema at once (the same cost for any size of file); a damaged file
   is moved aside whole and the good backups are listed for the UI to offer;
3. refuse a database from a newer Runde before anything opens it for writing;
4. an old database: full ``quick_check``, backup, migrate (``ensure_schema``);
5. then, in the background while the user picks a team: the full ``quick_check`` and the start-up
   backup if anything changed since the newest backup (:func:`startup_check`), so opening a ten-year
   history takes as long as opening an empty one.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine

from app.db.backup import backup_now, good_backups, newest_backup, thin_backups
from app.db.engine import make_engine
from app.db.errors import DatabaseCorruptError, StorageError, problem_of
from app.db.migrate import SchemaReport, ensure_schema, needs_upgrade
from app.db.safety import Health, HealthState, InstanceLock, check_database, is_network_path, move_aside
from app.paths import AppPaths


@dataclass
class Opened:
    """What the synchronous part of start-up found and did."""

    engine: Engine
    lock: InstanceLock | None
    schema: SchemaReport
    needs_check: bool  # an existing database whose full quick_check is still to run
    changed: bool  # written since the newest backup: the start-up backup is due
    on_network_share: bool


@dataclass(frozen=True)
class StartupResult:
    """What the background part of start-up found: the full check and the start-up backup."""

    health: Health
    backup: Path | None


def changed_since_backup(db_path: Path, backup_dir: Path) -> bool:
    """Whether the database (or a non-empty ``-wal``) was written after the newest backup."""
    newest = newest_backup(backup_dir)
    if newest is None:
        return True
    taken = newest.stat().st_mtime
    wal = Path(f"{db_path}-wal")
    wal_changed = wal.exists() and wal.stat().st_size > 0 and wal.stat().st_mtime > taken
    return db_path.stat().st_mtime > taken or wal_changed


def _check(paths: AppPaths, now: datetime, *, full: bool) -> bool:
    """Step 2 (or the full check of step 4): True if a database exists and is sound."""
    db = paths.db_path
    health = check_database(db, full=full)
    if health.state is HealthState.CORRUPT:
        moved = move_aside(db, now)
        raise DatabaseCorruptError(moved, good_backups(paths.backup_dir), health.detail)
    if health.state is HealthState.UNREADABLE:
        raise StorageError(problem_of(RuntimeError(health.detail)), health.detail)
    return health.state is HealthState.OK


def open_database(paths: AppPaths, now: datetime, *, lock: bool = True) -> Opened:
    """Run the synchronous part of start-up; the caller owns the returned engine and lock.

    Raises:
        AlreadyOpenError, DatabaseCorruptError, DatabaseTooNewError, UnknownDatabaseError,
        MigrationFailedError, StorageError (the folder cannot be written).
    """
    try:
        paths.data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(problem_of(exc), str(exc)) from exc
    inst = InstanceLock(paths.data_dir) if lock else None
    if inst is not None:
        inst.acquire()
    engine: Engine | None = None
    try:
        existed = _check(paths, now, full=False)
        changed = existed and changed_since_backup(paths.db_path, paths.backup_dir)
        network = is_network_path(paths.data_dir)
        engine = make_engine(paths.db_path, wal=not network)
        upgrading = existed and needs_upgrade(engine)
        if upgrading:  # rare: check every page before backing up and rebuilding tables
            _check(paths, now, full=True)
        schema = ensure_schema(engine, paths.backup_dir, now=now)
        return Opened(engine, inst, schema, existed and not upgrading, changed and not upgrading, network)
    except (OSError, sqlite3.OperationalError) as exc:
        _abandon(engine, inst)
        raise StorageError(problem_of(exc), str(exc)) from exc
    except BaseException:
        _abandon(engine, inst)
        raise


def startup_check(paths: AppPaths, now: datetime, *, check: bool, changed: bool) -> StartupResult:
    """The full ``quick_check`` of every page, then the start-up backup if the data changed since the
    newest backup, then thinning. Safe beside the app's own writes (WAL: readers never block). A
    damaged file is reported, not backed up."""
    health = check_database(paths.db_path) if check else Health(HealthState.OK)
    backup = None
    if health.state is HealthState.OK:
        try:
            backup = backup_now(paths.db_path, paths.backup_dir, now) if changed else None
            thin_backups(paths.backup_dir, now)
        except (OSError, sqlite3.Error) as exc:
            health = Health(HealthState.UNREADABLE, f"start-up backup failed: {exc}")
    return StartupResult(health, backup)


class StartupJob:
    """Runs :func:`startup_check` on a background thread (or at once), and hands over its result."""

    def __init__(self, job: Callable[[], StartupResult], *, background: bool) -> None:
        self._job = job
        self._result: StartupResult | None = None
        self._done = threading.Event()
        self._thread: threading.Thread | None = None
        if background:
            self._thread = threading.Thread(target=self._run, name="runde-startup-check", daemon=True)
            self._thread.start()
        else:
            self._run()

    def _run(self) -> None:
        try:
            self._result = self._job()
        except Exception as exc:  # a check that cannot run is reported, never raised on a thread
            self._result = StartupResult(Health(HealthState.UNREADABLE, str(exc)), None)
        finally:
            self._done.set()

    def result(self, timeout: float | None = None) -> StartupResult | None:
        """The result, waiting up to ``timeout`` seconds (None: until done; 0: only look)."""
        self._done.wait(timeout)
        return self._result


def _abandon(engine: Engine | None, inst: InstanceLock | None) -> None:
    if engine is not None:
        engine.dispose()
    if inst is not None:
        inst.release()
