"""Everything SQLite-specific: pragmas, integrity checks, the backup API, moving a broken file aside.

Measured traps (FIELD-NOTES.md): never copy a live database file (use the backup API); never delete a
``-wal`` or ``-journal`` left by a crash; move ``.db``, ``-wal`` and ``-shm`` aside together.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, create_engine, event

SIDE_FILES = ("-wal", "-shm", "-journal")


def make_engine(db_path: Path) -> Engine:
    """An engine with WAL, synchronous=FULL, foreign keys on and a busy timeout on every connection."""
    engine = create_engine(f"sqlite:///{db_path}", connect_args={"timeout": 5})

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=5000")
        cur.close()

    return engine


def quick_check(db_path: Path) -> str:
    """``ok``, or what SQLite says is wrong (also for a file that is not a database at all)."""
    try:
        con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=5)
        try:
            rows = con.execute("PRAGMA quick_check").fetchall()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    result = "; ".join(str(r[0]) for r in rows[:5])
    return result or "empty result"


def integrity_check(db_path: Path) -> str:
    """The full ``PRAGMA integrity_check``."""
    con = sqlite3.connect(db_path, timeout=5)
    try:
        return "; ".join(str(r[0]) for r in con.execute("PRAGMA integrity_check").fetchall()[:5])
    finally:
        con.close()


def backup_to(db_path: Path, target: Path) -> Path:
    """Copy a consistent snapshot with the sqlite3 backup API (includes what is still in ``-wal``)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".partial")
    src = sqlite3.connect(db_path, timeout=10)
    try:
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    os.replace(tmp, target)
    return target


def move_aside(db_path: Path, now: datetime) -> Path:
    """Move a broken database together with its side files; nothing is deleted."""
    stamp = now.strftime("%Y%m%d-%H%M%S")
    target = db_path.with_name(f"{db_path.name}.corrupt-{stamp}")
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
