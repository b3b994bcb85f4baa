"""Opening the database at start-up, in the order that keeps data safe:

1. take the data folder's lock (a second Runde is told, and touches nothing);
2. ``quick_check`` the file on a read-only connection; a damaged one is moved aside whole and the good
   backups are listed for the UI to offer;
3. refuse a database from a newer Runde before anything opens it for writing;
4. back up and migrate an old one (``ensure_schema``);
5. take the start-up backup if anything changed since the newest backup.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine

from app.db.backup import backup_now, good_backups, list_backups, thin_backups
from app.db.engine import make_engine
from app.db.errors import DatabaseCorruptError, StorageError, problem_of
from app.db.migrate import SchemaReport, ensure_schema
from app.db.safety import HealthState, InstanceLock, check_database, is_network_path, move_aside
from app.paths import AppPaths


@dataclass
class Opened:
    """What start-up found and did."""

    engine: Engine
    lock: InstanceLock | None
    schema: SchemaReport
    startup_backup: Path | None
    on_network_share: bool


def changed_since_backup(db_path: Path, backup_dir: Path) -> bool:
    """Whether the database (or a non-empty ``-wal``) was written after the newest backup."""
    newest = next(iter(list_backups(backup_dir, verify=False)), None)
    if newest is None:
        return True
    taken = newest.path.stat().st_mtime
    wal = Path(f"{db_path}-wal")
    wal_changed = wal.exists() and wal.stat().st_size > 0 and wal.stat().st_mtime > taken
    return db_path.stat().st_mtime > taken or wal_changed


def _check(paths: AppPaths, now: datetime) -> bool:
    """Steps 2: True if a database exists and is sound."""
    db = paths.db_path
    health = check_database(db)
    if health.state is HealthState.CORRUPT:
        moved = move_aside(db, now)
        raise DatabaseCorruptError(moved, good_backups(paths.backup_dir), health.detail)
    if health.state is HealthState.UNREADABLE:
        raise StorageError(problem_of(RuntimeError(health.detail)), health.detail)
    return health.state is HealthState.OK


def open_database(paths: AppPaths, now: datetime, *, lock: bool = True) -> Opened:
    """Run the start-up sequence; the caller owns the returned engine and lock.

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
        existed = _check(paths, now)
        changed = existed and changed_since_backup(paths.db_path, paths.backup_dir)
        network = is_network_path(paths.data_dir)
        engine = make_engine(paths.db_path, wal=not network)
        schema = ensure_schema(engine, paths.backup_dir, now=now)
        backup = None
        if changed and schema.backup is None:
            backup = backup_now(paths.db_path, paths.backup_dir, now)
        thin_backups(paths.backup_dir, now)
        return Opened(engine, inst, schema, backup or schema.backup, network)
    except (OSError, sqlite3.OperationalError) as exc:
        _abandon(engine, inst)
        raise StorageError(problem_of(exc), str(exc)) from exc
    except BaseException:
        _abandon(engine, inst)
        raise


def _abandon(engine: Engine | None, inst: InstanceLock | None) -> None:
    if engine is not None:
        engine.dispose()
    if inst is not None:
        inst.release()
