"""Engines and sessions, and the one place for SQLite-only SQL: pragmas, checks, the backup API.

Measured traps this module handles (FIELD-NOTES.md, "Keeping data safe in SQLite"):

* The app runs with WAL, ``synchronous=FULL`` (a commit that returned survives a kill or power loss),
  ``foreign_keys=ON`` and a busy timeout, set on every new connection.
* The pysqlite driver commits DDL at once and starts no transaction before a SELECT. SQLAlchemy's
  documented recipe (``isolation_level=None`` on the DBAPI connection, ``BEGIN`` emitted in a ``begin``
  event) makes every transaction real, so a failing migration rolls back whole.
* Never copy a live database file: :func:`copy_database` uses ``sqlite3.Connection.backup``.

Everything else in :mod:`app.db` is portable SQL through SQLAlchemy.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

BUSY_TIMEOUT_MS = 5000


def sqlite_url(path: Path) -> str:
    """The SQLAlchemy URL of a SQLite file."""
    return f"sqlite:///{path}"


def _as_url(url_or_path: str | Path) -> str:
    text = str(url_or_path)
    return text if "://" in text else sqlite_url(Path(text))


def _own_transactions(engine: Engine, begin: str) -> None:
    """SQLAlchemy's recipe for pysqlite: we emit BEGIN ourselves, so DDL and reads are transactional."""

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        conn.exec_driver_sql(begin)


def make_engine(url_or_path: str | Path, *, wal: bool = True) -> Engine:
    """An engine for Runde's database: a SQLite file path, or any SQLAlchemy URL (PostgreSQL later).

    For SQLite every connection gets WAL (or a rollback journal with ``wal=False``, for network
    shares where WAL cannot work), ``synchronous=FULL``, ``foreign_keys=ON`` and a busy timeout.
    """
    url = _as_url(url_or_path)
    if not url.startswith("sqlite"):
        return create_engine(url, pool_pre_ping=True)
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
    journal = "WAL" if wal else "DELETE"

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        dbapi_conn.isolation_level = None
        for pragma in (f"journal_mode={journal}", "synchronous=FULL", "foreign_keys=ON",
                       f"busy_timeout={BUSY_TIMEOUT_MS}"):
            dbapi_conn.execute(f"PRAGMA {pragma}").close()

    _own_transactions(engine, "BEGIN")
    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions for the service layer; objects stay readable after commit (they never leave it)."""
    return sessionmaker(engine, expire_on_commit=False)


def migration_engine(url: str) -> Engine:
    """An engine for running migrations: one connection, and on SQLite foreign keys OFF (set outside
    any transaction) and ``BEGIN IMMEDIATE`` so the whole upgrade is one write transaction.

    With ``foreign_keys=ON`` a batch migration's ``DROP TABLE parent`` fires ``ON DELETE CASCADE`` and
    silently empties the children (FIELD-NOTES.md); :func:`foreign_key_violations` checks instead.
    """
    if not url.startswith("sqlite"):
        return create_engine(url, poolclass=NullPool)
    engine = create_engine(url, poolclass=NullPool, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        dbapi_conn.isolation_level = None
        dbapi_conn.execute("PRAGMA foreign_keys=OFF").close()
        dbapi_conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}").close()

    _own_transactions(engine, "BEGIN IMMEDIATE")
    return engine


def foreign_key_violations(conn: Connection) -> list[tuple[Any, ...]]:
    """Rows whose foreign key points nowhere (SQLite); other databases enforce keys themselves."""
    if conn.dialect.name != "sqlite":
        return []
    return [tuple(r) for r in conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()]


def sqlite_file(engine: Engine) -> Path | None:
    """The file behind a SQLite engine, None for other databases or in-memory ones."""
    if engine.dialect.name != "sqlite" or not engine.url.database or engine.url.database == ":memory:":
        return None
    return Path(engine.url.database)


# -- checks on the file, without changing a byte of it ------------------------------------------------

def _read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection: no journal-mode change, no checkpoint, nothing written."""
    return sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)


def quick_check(path: Path) -> str:
    """``"ok"``, or what SQLite says is wrong (also "file is not a database").

    Raises:
        sqlite3.OperationalError: the file cannot be opened or is locked (not a sign of damage).
    """
    try:
        with closing(_read_only(path)) as con:
            rows = con.execute("PRAGMA quick_check").fetchall()
    except sqlite3.OperationalError:
        raise
    except sqlite3.DatabaseError as exc:
        return str(exc)
    return "; ".join(str(r[0]) for r in rows[:5]) or "no answer"


HEADER = b"SQLite format 3\x00"


def header_check(path: Path) -> str:
    """A check that costs the same on any size of file: ``"ok"``, or what is wrong.

    Catches a file that is not a database (text, random bytes), one truncated below the size its header
    records, and a schema SQLite cannot read. ``PRAGMA quick_check`` (which reads every page) then runs
    in the background at start-up.
    """
    size = path.stat().st_size
    if size == 0:
        return "ok"  # a new, empty database
    with path.open("rb") as fh:
        head = fh.read(100)
    if len(head) < 100 or not head.startswith(HEADER):
        return "file is not a database"
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(head[28:32], "big")
    if head[24:28] == head[92:96] and pages * page_size > size:  # the recorded size is valid
        return f"file is truncated: {size} of {pages * page_size} bytes"
    try:
        with closing(_read_only(path)) as con:
            con.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    except sqlite3.OperationalError:
        raise
    except sqlite3.DatabaseError as exc:
        return str(exc)
    return "ok"


def integrity_check(path: Path) -> str:
    """The full ``PRAGMA integrity_check`` (slow on big files: for tests and the kill test)."""
    with closing(_read_only(path)) as con:
        return "; ".join(str(r[0]) for r in con.execute("PRAGMA integrity_check").fetchall()[:5])


def read_revision(path: Path) -> tuple[str | None, bool]:
    """The Alembic revision stored in a SQLite file, and whether it has any tables at all.

    Read-only, so a database from a newer Runde is refused with its bytes unchanged.
    """
    with closing(_read_only(path)) as con:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "alembic_version" not in tables:
            return None, bool(tables - {"sqlite_sequence"})
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
    return (str(row[0]) if row else None), True


def copy_database(source: Path, target: Path) -> None:
    """A consistent snapshot of ``source`` (including what still sits in its ``-wal``) into ``target``.

    Uses the sqlite3 backup API while the app keeps running; ``target`` must not be open elsewhere.
    """
    with closing(sqlite3.connect(source, timeout=BUSY_TIMEOUT_MS / 1000)) as src, \
            closing(sqlite3.connect(target)) as dst:
        src.backup(dst)
        dst.execute("PRAGMA journal_mode=DELETE").close()


def checkpoint(engine: Engine) -> None:
    """Fold the WAL into the database file (on a clean exit), if this is SQLite."""
    if engine.dialect.name != "sqlite":
        return
    raw = engine.raw_connection()  # outside any transaction, or the checkpoint cannot finish
    try:
        raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").close()  # type: ignore[union-attr]
    finally:
        raw.close()
