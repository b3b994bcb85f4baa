"""The right to erasure, in every file Runde keeps: the database (:meth:`Store.erase_person`, then
vacuumed so the old pages go too), the rescue files (``unsaved/``, the temp-folder fallback), the
offline notes and their ``offline-sent-*`` copies, the backups and the copies set aside (each SQLite
copy is rewritten: a copy of it is brought to the current schema, the name replaced, vacuumed, and put
in its place atomically; a server's gzip'd dump likewise). What cannot be rewritten (a damaged copy)
is listed, for the user to remove (:func:`remove`).

Only whole values are replaced (a roster entry, a presenter, an agent...): a name typed inside free
text stays, as in the database (:data:`app.storage.erase_rows.ERASE_LEAVES`).
"""

from __future__ import annotations

import contextlib
import gzip
import json
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine

from app.atomic import ExportError, write_atomic
from app.paths import AppPaths
from app.private import private_file, private_umask
from app.storage import offline, rescue
from app.storage.backup import PREFIX, SUFFIX
from app.storage.erase_rows import ERASED
from app.storage.migrate import upgrade
from app.storage.sqlite import backup_to
from app.storage.store import Store


@dataclass(frozen=True)
class Erased:
    """What erasing a name did: rows changed in the database, note files (rescue and offline) and
    copies of the database (backups, files set aside) rewritten, and the copies that could not be
    rewritten and still hold the name (``left``)."""

    rows: int
    notes: int
    copies: int
    left: tuple[Path, ...] = ()


def erase_everywhere(store: Store, name: str, placeholder: str = ERASED) -> Erased:
    """Replace ``name`` in the database and in every file Runde keeps for it.

    Raises:
        StorageError: the database could not be changed (no file was touched).
    """
    rows = store.erase_person(name, placeholder)
    if store.server is None:
        scrub(store)
    paths = store.paths
    notes, left = 0, []
    for path in rescue.files(paths):
        done = _rewrite_json(path, name, placeholder)
        notes += done is True
        if done is None:
            left.append(path)
    notes += offline.erase_in_notes(paths, name, placeholder)
    copies = 0
    for path in database_copies(paths):
        if _rewrite_copy(path, paths, store, name, placeholder):
            copies += 1
        else:
            left.append(path)
    return Erased(rows, notes, copies, tuple(left))


def scrub(store: Store) -> None:
    """Rebuild the local database file (VACUUM) and empty its WAL, so the pages that held what was
    replaced are gone from the disk's copy too. Best effort: a busy database keeps them until the next
    checkpoint."""
    with contextlib.suppress(Exception), store.engine.connect().execution_options(
            isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("VACUUM")
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def database_copies(paths: AppPaths) -> list[Path]:
    """The backups and the database files set aside (``runde.sqlite3.<why>-<when>``), and a server's
    dumps taken before a migration."""
    found = [*sorted(paths.backup_dir.glob(f"{PREFIX}*{SUFFIX}")),
             *sorted(paths.backup_dir.glob("server-*.json.gz"))]
    aside = [p for p in paths.data_dir.glob(f"{paths.db_path.name}.*")
             if not p.name.endswith(("-wal", "-shm", "-journal", ".partial", ".erasing", ".restoring"))]
    return [p for p in found + sorted(aside) if p.is_file()]


def remove(copies: tuple[Path, ...]) -> int:
    """Delete copies that could not be rewritten (after asking); how many went."""
    gone = 0
    for path in copies:
        with contextlib.suppress(OSError):
            for side in ("-wal", "-shm", "-journal"):
                path.with_name(path.name + side).unlink(missing_ok=True)
            path.unlink()
            gone += 1
    return gone


def replaced(value: Any, name: str, placeholder: str) -> Any:
    """``value`` (parsed JSON) with every string equal to ``name`` replaced."""
    if isinstance(value, str):
        return placeholder if value == name else value
    if isinstance(value, list):
        return [replaced(v, name, placeholder) for v in value]
    if isinstance(value, dict):
        return {k: replaced(v, name, placeholder) for k, v in value.items()}
    return value


def _rewrite_json(path: Path, name: str, placeholder: str) -> bool | None:
    """Rewrite a rescue file without the name: True when changed, False when it did not hold it, None
    when it could not be read or written."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        new = replaced(raw, name, placeholder)
        if new == raw:
            return False
        write_atomic(path, json.dumps(new, ensure_ascii=False).encode("utf-8"), private=True)
    except (OSError, ValueError, ExportError):
        return None
    return True


def _rewrite_copy(path: Path, paths: AppPaths, store: Store, name: str, placeholder: str) -> bool:
    """Rewrite one copy of the database (or a server's dump) without the name; False when it could not
    be (a damaged copy, a newer Runde's, a full disk): then it is as it was."""
    if path.name.endswith(".json.gz"):
        return _rewrite_dump(path, name, placeholder)
    work = path.with_name(path.name + ".erasing")
    try:
        with private_umask():
            backup_to(path, work)
            upgrade(f"sqlite:///{work}")
            engine = create_engine(f"sqlite:///{work}")
            try:
                Store(engine, paths, store.now, None).erase_person(name, placeholder)
            finally:
                engine.dispose()
            _compact(work)
        private_file(work)
        os.replace(work, path)
    except Exception:  # noqa: BLE001 - whatever stopped it, the copy stays as it was and is listed
        for leftover in _with_sides(work):
            with contextlib.suppress(OSError):
                leftover.unlink()
        return False
    return True


def _compact(db: Path) -> None:
    """One file, no journal, no free pages left holding old text."""
    con = sqlite3.connect(db, isolation_level=None)
    try:
        con.execute("PRAGMA journal_mode=DELETE")
        con.execute("VACUUM")
    finally:
        con.close()


def _with_sides(db: Path) -> Iterator[Path]:
    yield db
    for side in ("-wal", "-shm", "-journal"):
        yield db.with_name(db.name + side)


def _rewrite_dump(path: Path, name: str, placeholder: str) -> bool:
    try:
        with gzip.open(path, "rt", encoding="utf-8") as f:
            raw = json.load(f)
        new = replaced(raw, name, placeholder)
        if new != raw:
            work = path.with_name(path.name + ".erasing")
            with private_umask(), gzip.open(work, "wt", encoding="utf-8") as f:
                json.dump(new, f, ensure_ascii=False)
            os.replace(work, path)
    except (OSError, ValueError, EOFError):
        return False
    return True
