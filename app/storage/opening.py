"""Opening the database and putting a backup back: the checks before anything is opened (an empty
file, a damaged one, a folder or file the OS will not let Runde write), the schema upgrade (after a
backup, or on a server a dump of every table), and the restore of a chosen backup.

Each opener returns an engine; :class:`~app.storage.store.Store` (``Store.open``, ``Store.open_server``)
takes the folder's lock around them and makes the Store. Every failure is a plain error of
:mod:`app.storage.faults` / :mod:`app.storage.errors`; nothing is ever deleted.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from app.paths import AppPaths
from app.storage.backup import BackupInfo, backup_now, good_backups, restore_backup
from app.storage.database import ServerDatabase
from app.storage.errors import DataFolderError, StorageError
from app.storage.faults import DatabaseCorruptError, open_problem, plain_error, server_error
from app.storage.migrate import (
    DatabaseTooNewError,
    MigrationFailedError,
    current_revision,
    head_revision,
    known_revisions,
    needs_upgrade,
    upgrade,
    upgrade_server,
)
from app.storage.postgres import dump_tables, make_server_engine
from app.storage.sqlite import (
    BUSY,
    CORRUPT,
    DISK,
    FULL,
    OK,
    READ_ONLY,
    ReadOnlyOpenError,
    check_health,
    classify,
    make_engine,
    make_private,
    make_read_only_engine,
    move_aside,
)


def local_engine(paths: AppPaths, now: Callable[[], datetime]) -> Engine:
    """Check, back up, migrate and open the data folder's database (the folder locked by the caller).

    Raises:
        DatabaseCorruptError: the file was damaged (it has been moved aside).
        DatabaseTooNewError: a newer Runde wrote it (left untouched).
        DataInUseError, DataFolderError, StorageError: as :meth:`Store.open
            <app.storage.store.Store.open>` says (nothing moved or changed).
        MigrationFailedError: a migration failed (rolled back).
    """
    db = paths.db_path
    if _empty_file(db):  # 0 bytes (a copy that failed, a full disk): nothing to keep but the file
        move_aside(db, now(), label="empty")  # (set aside all the same: nothing is ever deleted)
    make_private(db)
    if db.exists():
        health = check_health(db)
        if health.kind == CORRUPT:  # only real damage moves the file aside
            moved = move_aside(db, now())
            raise DatabaseCorruptError(moved, good_backups(paths.backup_dir), health.detail)
        if health.kind != OK:  # locked, a disk problem: the file may be perfectly fine
            raise open_problem(health.kind, paths.data_dir, health.detail)
    engine: Engine | None = None
    try:
        if db.exists():
            engine = make_engine(db)
            if needs_upgrade(engine):  # raises DatabaseTooNewError before anything is written
                backup_now(db, paths.backup_dir, now())
                engine.dispose()
                upgrade(f"sqlite:///{db}")
        else:
            upgrade(f"sqlite:///{db}")
            engine = make_engine(db)
        with engine.connect():  # the pragmas run now: a lock or a disk problem shows here
            pass
    except (MigrationFailedError, SQLAlchemyError, sqlite3.Error, OSError) as exc:
        if engine is not None:
            engine.dispose()
        problem = classify(exc)
        if isinstance(exc, MigrationFailedError) and problem.kind not in {BUSY, FULL, READ_ONLY, DISK}:
            raise  # a real migration failure: rolled back, reported as such
        raise open_problem(problem.kind, paths.data_dir, problem.detail) from exc
    except DatabaseTooNewError:
        if engine is not None:
            engine.dispose()
        raise
    assert engine is not None
    return engine


def read_only_engine(paths: AppPaths) -> Engine:
    """The data folder cannot be written: its database opened to read only (history and sheets),
    nothing made, moved, tightened or backed up there.

    No lock (``runde.lock``): it cannot be made in this folder, and opening one that is there
    for writing would be a write. None is needed: this Runde writes nothing, so neither a second
    Runde here (read-only too) nor anyone writing from elsewhere can lose anything by it.

    Raises:
        DataFolderError: there is no database to read (none, or 0 bytes: new data cannot be made
            here), it needs an upgrade (a write), or it cannot be read without writing.
        DatabaseTooNewError: a newer Runde wrote it.
    """
    db, folder = paths.db_path, paths.data_dir
    if not db.is_file() or db.stat().st_size == 0:
        raise DataFolderError(folder, "read-only", read_only=True)
    engine: Engine | None = None
    try:
        engine = make_read_only_engine(db)
        with engine.connect() as conn:
            rows = conn.exec_driver_sql("PRAGMA quick_check").fetchall()
        checked = "; ".join(str(r[0]) for r in rows[:5])
        if checked != "ok":  # damaged, but it cannot be set aside here: told, nothing moved
            raise open_problem(CORRUPT, folder, checked)
        if needs_upgrade(engine):  # an older Runde's data: upgrading it is a write
            raise DataFolderError(folder, "read-only", read_only=True)
    except ReadOnlyOpenError as exc:
        _dispose(engine)
        raise DataFolderError(folder, str(exc), read_only=True) from None
    except (SQLAlchemyError, sqlite3.Error, OSError) as exc:
        _dispose(engine)
        problem = classify(exc)
        raise open_problem(problem.kind, folder, problem.detail) from exc
    except BaseException:
        _dispose(engine)
        raise
    return engine


def server_engine(database: ServerDatabase, paths: AppPaths, now: Callable[[], datetime]) -> Engine:
    """Connect to a PostgreSQL server, migrate its schema if it is older (after a dump of every
    table into the backup folder) and open it.

    Raises:
        ServerUnreachableError: no server answers there.
        ServerLoginError: the user name or password was refused.
        ServerTlsError: the secure connection could not be set up (the certificate, or TLS
            settings that do not fit the server).
        DatabaseTooNewError: a newer Runde migrated the server (left untouched).
        MigrationFailedError: a migration failed (rolled back, the server is as it was).
    """
    try:
        engine = make_server_engine(database.full_url())  # imports the driver, psycopg
    except ImportError as exc:  # installed without the optional server part (runde[server])
        raise StorageError(f"The database server {database.label()} is set up, but the server part "
                           "of Runde (runde[server]) is not installed on this computer",
                           code=StorageError.SERVER_PART_MISSING) from exc
    try:
        rev = current_revision(engine)
        if rev is not None and rev not in known_revisions():
            raise DatabaseTooNewError(rev)
        if rev != head_revision():
            if rev is not None:  # an older schema: keep every row before touching it
                stamp = now().strftime("%Y%m%d-%H%M%S")
                dump_tables(engine, paths.backup_dir / f"server-{rev}-{stamp}.json.gz")
            upgrade_server(engine)
    except (DatabaseTooNewError, MigrationFailedError, SQLAlchemyError, OSError) as exc:
        engine.dispose()
        told = server_error(database.label(), exc)
        if told is not None:
            raise told from exc
        if isinstance(exc, DatabaseTooNewError | MigrationFailedError):
            raise
        reason = str(plain_error(exc)) if isinstance(exc, OperationalError) else str(exc)
        raise StorageError(f"The database server {database.label()} could not be opened: {reason}",
                           code=StorageError.SERVER_OPEN_FAILED, reason=reason) from exc
    return engine


def restore_choices(paths: AppPaths) -> list[BackupInfo]:
    """The backups one can restore: those that pass ``quick_check``, newest first (times are UTC-aware;
    :meth:`BackupInfo.local_time` gives the local time to show)."""
    return good_backups(paths.backup_dir)


def restore_from_backup(paths: AppPaths, backup: Path, now: datetime) -> Path | None:
    """Put a chosen backup in place of the database (which must not be open); the current database is
    moved aside, never deleted. Returns where it went (None if there was none).

    Raises:
        StorageError: not a good backup in this data folder, or the copy failed (nothing changed).
    """
    chosen = next((b for b in restore_choices(paths) if b.path.resolve() == backup.resolve()), None)
    if chosen is None:
        raise StorageError(f"{backup} is not a good backup in {paths.backup_dir}; nothing was changed.",
                           code=StorageError.NOT_A_BACKUP, path=backup, folder=paths.backup_dir)
    try:
        return restore_backup(chosen.path, paths.db_path, now)
    except ValueError as exc:
        raise StorageError(f"{exc}; nothing was changed.", code=StorageError.BACKUP_DAMAGED,
                           path=chosen.path, reason=str(exc)) from exc
    except (sqlite3.Error, OSError) as exc:
        problem = classify(exc)
        raise open_problem(problem.kind, paths.data_dir, problem.detail) from exc


def folder_read_only(folder: Path) -> bool:
    """The data folder is there and the OS refuses to make a file in it (its permissions or, on
    Windows, its access control lists, which ``os.access`` does not read; the immutable attribute; a
    read-only medium, mount or share). Tried by making and removing a file
    (:func:`~app.storage.write_probe.can_create_in`), so root, whom a permission alone does not stop,
    is not stopped here either, just as SQLite is not. A folder that is not there yet is made by
    :meth:`Store.open` (or told why not)."""
    from app.storage.write_probe import can_create_in

    return folder.is_dir() and not can_create_in(folder)


def _dispose(engine: Engine | None) -> None:
    if engine is not None:
        engine.dispose()


def _empty_file(db: Path) -> bool:
    """The database file is there with 0 bytes and no write-ahead log that could hold its data."""
    wal = db.with_name(db.name + "-wal")
    try:
        return db.is_file() and db.stat().st_size == 0 and not (wal.exists() and wal.stat().st_size > 0)
    except OSError:
        return False


def not_writable(db: Path) -> bool:
    """The database file exists and the OS refuses to open it for writing (read-only, immutable, a
    read-only mount, or on Windows an access control list; as root a permission alone does not stop
    it, as it does not stop SQLite): tried (:func:`~app.storage.write_probe.can_write_file`)."""
    from app.storage.write_probe import can_write_file

    return db.exists() and not can_write_file(db)

