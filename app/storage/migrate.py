"""Schema migrations with Alembic, run from code at start-up.

A new database is built by running every migration (one path for new and old). An old one is backed
up, then upgraded in one transaction on a connection with foreign keys off (a batch migration that
rebuilds a parent table would otherwise cascade-delete its children: docs/STACK.md, Migrations), with
``PRAGMA foreign_key_check`` before the commit. A database from a newer Runde is refused untouched.

A PostgreSQL server runs the same migrations (:func:`upgrade_server`): in one transaction (its DDL is
transactional), under an advisory lock so two Runde starting at once do not both migrate; the
foreign-key trap is SQLite's alone.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from app.storage.postgres import take_migration_lock
from app.storage.sqlite import foreign_key_problems, make_migration_engine

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


class DatabaseTooNewError(RuntimeError):
    """The database was written by a newer Runde; it is left exactly as it is."""

    def __init__(self, revision: str) -> None:
        super().__init__(revision)
        self.revision = revision


class MigrationFailedError(RuntimeError):
    """A migration failed; everything was rolled back and the database is as before."""


def _config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    """The newest revision this build knows."""
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    """Every revision this build knows."""
    return {s.revision for s in ScriptDirectory.from_config(_config()).walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    """The database's revision, None for a new (empty) database."""
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def needs_upgrade(engine: Engine) -> bool:
    """True when the database exists with an older revision than this build's head.

    Raises:
        DatabaseTooNewError: the revision is unknown to this build.
    """
    rev = current_revision(engine)
    if rev is not None and rev not in known_revisions():
        raise DatabaseTooNewError(rev)
    return rev is not None and rev != head_revision()


def upgrade(db_url: str, target: str = "head") -> None:
    """Run migrations up to ``target`` in one transaction, foreign keys off, checked before commit."""
    engine = make_migration_engine(db_url)  # foreign keys off, BEGIN IMMEDIATE: sqlite.py
    try:
        with engine.begin() as conn:
            rev = MigrationContext.configure(conn).get_current_revision()
            if rev is not None and rev not in known_revisions():
                raise DatabaseTooNewError(rev)
            command.upgrade(_config(conn), target)
            bad = foreign_key_problems(conn)
            if bad:
                raise MigrationFailedError(f"foreign key check failed: {bad[:3]}")
    except DatabaseTooNewError:
        raise
    except Exception as exc:
        raise MigrationFailedError(str(exc)) from exc
    finally:
        engine.dispose()


def upgrade_server(engine: Engine, target: str = "head") -> None:
    """Run migrations on a PostgreSQL server up to ``target``, all or nothing.

    Raises:
        DatabaseTooNewError: a newer Runde migrated the server (nothing is changed).
        MigrationFailedError: a migration failed (rolled back).
    """
    try:
        with engine.begin() as conn:
            take_migration_lock(conn)
            rev = MigrationContext.configure(conn).get_current_revision()
            if rev is not None and rev not in known_revisions():
                raise DatabaseTooNewError(rev)
            command.upgrade(_config(conn), target)
    except DatabaseTooNewError:
        raise
    except Exception as exc:
        raise MigrationFailedError(str(exc)) from exc
