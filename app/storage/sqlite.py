"""Everything SQLite-specific: pragmas, integrity checks, the backup API, moving a broken file aside,
and telling real damage apart from a busy database or a disk problem.

Measured traps (docs/STACK.md, SQLite): never copy a live database file (use the backup API); never delete a
``-wal`` or ``-journal`` left by a crash; move ``.db``, ``-wal`` and ``-shm`` aside together; only real
damage (not a database, malformed, failed checks) may move a file aside: "database is locked" or a
disk error says nothing about the file.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event

from app.private import private_dir, private_file, private_umask
from app.storage.errors import causes

SIDE_FILES = ("-wal", "-shm", "-journal")
BUSY_TIMEOUT_S = 5.0  # how long to wait for another program's lock before giving up

OK, CORRUPT, BUSY, FULL, READ_ONLY, DISK, OTHER = (
    "ok", "corrupt", "busy", "full", "read_only", "disk", "other")
_KIND_OF_CODE = {  # SQLite's primary result codes (the low byte of an extended code)
    sqlite3.SQLITE_CORRUPT: CORRUPT, sqlite3.SQLITE_NOTADB: CORRUPT,
    sqlite3.SQLITE_BUSY: BUSY, sqlite3.SQLITE_LOCKED: BUSY,
    sqlite3.SQLITE_FULL: FULL,
    sqlite3.SQLITE_READONLY: READ_ONLY, sqlite3.SQLITE_PERM: READ_ONLY, sqlite3.SQLITE_AUTH: READ_ONLY,
    sqlite3.SQLITE_IOERR: DISK, sqlite3.SQLITE_CANTOPEN: DISK, sqlite3.SQLITE_NOLFS: DISK,
    sqlite3.SQLITE_PROTOCOL: DISK,
}
_KIND_OF_MESSAGE = (  # when a driver gives no code: SQLite's fixed messages
    (("not a database", "malformed"), CORRUPT), (("locked", "busy"), BUSY), (("disk is full",), FULL),
    (("readonly", "read-only"), READ_ONLY), (("disk i/o", "unable to open"), DISK))


@dataclass(frozen=True)
class Health:
    """What a check found: ``kind`` is one of ok, corrupt, busy, full, read_only, disk, other."""

    kind: str
    detail: str


def classify(exc: BaseException) -> Health:
    """What kind of problem an exception is (looks through SQLAlchemy's wrapper and the cause chain).

    Only ``corrupt`` says anything about the file itself.
    """
    for e in causes(exc):
        if isinstance(e, sqlite3.Error):
            return _classify_sqlite(e)
        if isinstance(e, OSError):
            return _classify_os(e)
    return Health(OTHER, str(exc))


def _classify_sqlite(e: sqlite3.Error) -> Health:
    code = getattr(e, "sqlite_errorcode", None)
    text = str(e)
    if isinstance(code, int):
        return Health(_KIND_OF_CODE.get(code & 0xFF, OTHER), text)
    low = text.lower()
    kind = next((k for words, k in _KIND_OF_MESSAGE if any(w in low for w in words)), OTHER)
    return Health(kind, text)


def _classify_os(e: OSError) -> Health:
    text = e.strerror or str(e)
    if e.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return Health(FULL, text)
    if e.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return Health(READ_ONLY, text)
    return Health(DISK, text)


def make_engine(db_path: Path) -> Engine:
    """An engine with WAL, synchronous=FULL, foreign keys on and a busy timeout on every connection."""
    engine = create_engine(f"sqlite:///{db_path}", connect_args={"timeout": BUSY_TIMEOUT_S})

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_S * 1000)}")
        cur.close()

    return engine


def make_read_only_engine(db_path: Path) -> Engine:
    """An engine that only reads, for a database in a folder Runde cannot write (nothing is created
    there: no ``-wal``, ``-shm`` or ``-journal``; every write fails with SQLITE_READONLY).

    A WAL database (Runde's are) opened with ``mode=ro`` still needs its ``-shm``: SQLite can read
    one that is there, but cannot make one in a read-only folder (SQLITE_CANTOPEN). Then the file is
    opened ``immutable=1``: SQLite reads it without any locking or shared memory, and takes no notice
    of a ``-wal``. That is safe only while nobody writes the file or its ``-wal``: here nobody can
    through SQLite, since no writer can make its ``-wal``/``-shm`` in this folder either (someone
    with other permissions could, and then history could show stale or mixed pages until Runde
    starts again; it only reads, so the file itself cannot be harmed). A ``-wal`` with content and no
    ``-shm`` (a crash, then the folder made read-only) would be skipped by ``immutable``: refused
    (:class:`ReadOnlyOpenError`), so history never silently misses the last meetings.
    """
    uri = _read_only_uri(db_path)
    return create_engine("sqlite://", creator=lambda: sqlite3.connect(
        uri, uri=True, timeout=BUSY_TIMEOUT_S, check_same_thread=False))


class ReadOnlyOpenError(sqlite3.OperationalError):
    """The database cannot be read without writing in its folder (a ``-wal`` that needs a ``-shm``)."""


def _read_only_uri(db_path: Path) -> str:
    """``file:…?mode=ro``, or with ``immutable=1`` when SQLite cannot read it otherwise (see
    :func:`make_read_only_engine`)."""
    plain = f"{Path(db_path).resolve().as_uri()}?mode=ro"
    try:
        with contextlib.closing(sqlite3.connect(plain, uri=True, timeout=BUSY_TIMEOUT_S)) as con:
            con.execute("SELECT count(*) FROM sqlite_master").fetchall()
        return plain
    except sqlite3.OperationalError as exc:
        if (getattr(exc, "sqlite_errorcode", 0) & 0xFF) != sqlite3.SQLITE_CANTOPEN:
            raise
    wal = db_path.with_name(db_path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        raise ReadOnlyOpenError(f"{wal.name} holds changes that cannot be read without writing")
    return plain + "&immutable=1"


def make_migration_engine(db_url: str) -> Engine:
    """An engine for migrations: foreign keys off (set outside any transaction, so a batch rebuild of a
    parent table cannot cascade-delete its children) and DDL in one real transaction (the driver's own
    transaction handling is off; every ``begin`` emits ``BEGIN IMMEDIATE``). See docs/STACK.md, Migrations."""
    engine = create_engine(db_url, connect_args={"timeout": BUSY_TIMEOUT_S})

    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        dbapi_conn.isolation_level = None  # we emit BEGIN ourselves, so DDL is transactional
        dbapi_conn.execute("PRAGMA foreign_keys=OFF")

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def foreign_key_problems(conn: Connection) -> list[tuple[object, ...]]:
    """Rows of ``PRAGMA foreign_key_check`` (empty when every reference holds)."""
    return [tuple(r) for r in conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()]


def _run_quick_check(db_path: Path, mode: str) -> str:
    con = sqlite3.connect(f"file:{db_path}?mode={mode}", uri=True, timeout=BUSY_TIMEOUT_S)
    try:
        rows = con.execute("PRAGMA quick_check").fetchall()
    finally:
        con.close()
    return "; ".join(str(r[0]) for r in rows[:5]) or "empty result"


def check_health(db_path: Path) -> Health:
    """``PRAGMA quick_check`` on an existing file, and what kind of problem stopped it, if any.

    The check reads only. A file left mid-write by a crash (a hot ``-journal``, or a WAL that needs
    recovery) cannot be read by a read-only connection; then the check runs on a normal connection,
    which lets SQLite finish its own crash recovery first (it never deletes committed data).
    """
    try:
        try:
            result = _run_quick_check(db_path, "ro")
        except sqlite3.OperationalError as exc:
            if (getattr(exc, "sqlite_errorcode", 0) & 0xFF) != sqlite3.SQLITE_READONLY:
                raise
            result = _run_quick_check(db_path, "rw")
    except sqlite3.Error as exc:
        return classify(exc)
    except OSError as exc:
        return _classify_os(exc)
    return Health(OK, "ok") if result == "ok" else Health(CORRUPT, result)


def quick_check(db_path: Path) -> str:
    """``ok``, or what SQLite says is wrong (also for a file that is not a database at all)."""
    return check_health(db_path).detail


def integrity_check(db_path: Path) -> str:
    """The full ``PRAGMA integrity_check``."""
    con = sqlite3.connect(db_path, timeout=BUSY_TIMEOUT_S)
    try:
        return "; ".join(str(r[0]) for r in con.execute("PRAGMA integrity_check").fetchall()[:5])
    finally:
        con.close()


def backup_to(db_path: Path, target: Path) -> Path:
    """Copy a consistent snapshot with the sqlite3 backup API (includes what is still in ``-wal``)."""
    private_dir(target.parent)
    tmp = target.with_name(target.name + ".partial")
    src = sqlite3.connect(db_path, timeout=10)
    try:
        with private_umask():  # the copy is as private as the database (0600)
            dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    private_file(tmp)  # a .partial left by a crash could have had other bits
    os.replace(tmp, target)
    return target


def make_private(db_path: Path) -> None:
    """Take group and other bits off a database and its side files (SQLite gives ``-wal``, ``-shm``
    and ``-journal`` the database file's mode; a new database is made under ``private_umask``)."""
    for path in (db_path, *(db_path.with_name(db_path.name + s) for s in SIDE_FILES)):
        private_file(path)


def move_aside(db_path: Path, now: datetime, label: str = "corrupt") -> Path:
    """Move a database (broken, or about to be replaced) together with its side files to
    ``<name>.<label>-<time>``; nothing is deleted or overwritten."""
    stamp = now.strftime("%Y%m%d-%H%M%S")
    target = db_path.with_name(f"{db_path.name}.{label}-{stamp}")
    n = 2
    while target.exists():  # two moves in the same second: never overwrite the first
        target = db_path.with_name(f"{db_path.name}.{label}-{stamp}-{n}")
        n += 1
    os.replace(db_path, target)
    for suffix in SIDE_FILES:
        side = db_path.with_name(db_path.name + suffix)
        if side.exists():
            os.replace(side, target.with_name(target.name + suffix))
    return target


def checkpoint(engine: Engine) -> None:
    """Fold the WAL into the database on a clean exit."""
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
