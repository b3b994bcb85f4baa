"""Schema migrations with Alembic, run from code at start-up (one path for new and old databases).

* A new database is made by running every migration, so the schema a user gets on day one and the one
  an old database is upgraded to come from the same scripts.
* An old database is first backed up with the sqlite3 backup API, then upgraded in one transaction on
  a connection with foreign keys off (set outside any transaction; a batch migration that rebuilds a
  parent table would otherwise cascade-delete its children), with ``PRAGMA foreign_key_check`` before
  the commit. Any failure rolls the whole upgrade back.
* A database whose revision this build does not know was written by a newer Runde: it is refused with
  :class:`DatabaseTooNewError` before anything opens it for writing, so its bytes stay as they are.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, inspect

from app.db.backup import backup_now
from app.db.engine import foreign_key_violations, migration_engine, read_revision, sqlite_file
from app.db.errors import DatabaseTooNewError, MigrationFailedError, UnknownDatabaseError

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


@dataclass(frozen=True)
class SchemaReport:
    """What :func:`ensure_schema` did."""

    before: str | None  # None: the database was new
    after: str
    backup: Path | None  # the backup taken before upgrading an old database


def alembic_config(script_location: Path = MIGRATIONS, connection: Connection | None = None) -> Config:
    """An Alembic config without an ini file, pointing at the bundled migrations."""
    cfg = Config()
    cfg.set_main_option("script_location", str(script_location).replace("%", "%%"))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


@functools.lru_cache(maxsize=8)
def _scripts(script_location: Path) -> tuple[str, frozenset[str]]:
    """(head, every revision) of a migrations folder; read once per run (they do not change)."""
    scripts = ScriptDirectory.from_config(alembic_config(script_location))
    head = scripts.get_current_head()
    if head is None:
        raise MigrationFailedError(f"no migrations in {script_location}")
    return head, frozenset(s.revision for s in scripts.walk_revisions())


def head_revision(script_location: Path = MIGRATIONS) -> str:
    """The newest revision this build knows."""
    return _scripts(script_location)[0]


def current_revision(engine: Engine) -> str | None:
    """The revision stored in the database (None for a new one)."""
    return _peek(engine)[0]


def _peek(engine: Engine) -> tuple[str | None, bool]:
    """(revision, has tables), read without writing a byte to a SQLite file."""
    path = sqlite_file(engine)
    if path is not None:
        return read_revision(path) if path.exists() else (None, False)
    with engine.connect() as conn:
        rev = MigrationContext.configure(conn).get_current_revision()
        return rev, bool(inspect(conn).get_table_names())


def needs_upgrade(engine: Engine, script_location: Path = MIGRATIONS) -> bool:
    """Whether :func:`ensure_schema` would upgrade an existing database (read-only).

    Raises:
        DatabaseTooNewError: a newer Runde wrote it.
    """
    head, known = _scripts(script_location)
    before, _ = _peek(engine)
    if before is not None and before not in known:
        raise DatabaseTooNewError(before)
    return before is not None and before != head


def ensure_schema(engine: Engine, backup_dir: Path, *, now: datetime | None = None,
                  script_location: Path = MIGRATIONS) -> SchemaReport:
    """Bring the database to this build's newest schema, safely.

    Raises:
        DatabaseTooNewError: a newer Runde wrote it (left untouched).
        UnknownDatabaseError: a database with tables but no Runde revision (left untouched).
        MigrationFailedError: an upgrade step failed (rolled back; the backup is on the error).
    """
    head, known = _scripts(script_location)
    before, has_tables = _peek(engine)
    if before is not None and before not in known:
        raise DatabaseTooNewError(before)
    if before is None and has_tables:
        raise UnknownDatabaseError("This SQLite file was not written by Runde; it was left as it is.")
    if before == head:
        return SchemaReport(before, head, None)
    path = sqlite_file(engine)
    backup = backup_now(path, backup_dir, now) if before is not None and path is not None else None
    engine.dispose()  # no pooled connection keeps an old view of the schema
    try:
        _upgrade(engine.url.render_as_string(hide_password=False), script_location, known)
    except MigrationFailedError as exc:
        raise MigrationFailedError(exc.detail, backup) from exc
    finally:
        engine.dispose()
    return SchemaReport(before, head, backup)


def _upgrade(url: str, script_location: Path, known: frozenset[str], target: str = "head") -> None:
    """Every pending migration in one transaction, foreign keys off, checked before the commit."""
    mig = migration_engine(url)
    try:
        with mig.begin() as conn:
            rev = MigrationContext.configure(conn).get_current_revision()
            if rev is not None and rev not in known:  # another process wrote it meanwhile
                raise DatabaseTooNewError(rev)
            command.upgrade(alembic_config(script_location, conn), target)
            bad = foreign_key_violations(conn)
            if bad:
                raise MigrationFailedError(f"{len(bad)} rows would point at nothing, e.g. {bad[:3]}")
    except (DatabaseTooNewError, MigrationFailedError):
        raise
    except Exception as exc:
        raise MigrationFailedError(f"{type(exc).__name__}: {exc}") from exc
    finally:
        mig.dispose()


def upgrade_to(engine: Engine, target: str, script_location: Path = MIGRATIONS) -> None:
    """Upgrade to one revision (for tests that build an old schema); same safety as the real path."""
    _, known = _scripts(script_location)
    engine.dispose()
    _upgrade(engine.url.render_as_string(hide_password=False), script_location, known, target)
