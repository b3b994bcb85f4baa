"""The unit of work under every store verb: one short transaction, errors turned into plain ones,
and the backup scheduler told that data changed."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TypeVar

from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from app.clock import Clock
from app.db.backup import BackupScheduler, backup_now, thin_backups
from app.db.errors import Problem, StorageError, problem_of
from app.paths import AppPaths

T = TypeVar("T")


def _translate(exc: BaseException) -> StorageError:
    if isinstance(exc, StaleDataError):
        return StorageError(Problem.CONFLICT, str(exc))
    cause = exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc
    return StorageError(problem_of(cause), str(cause))


class UnitOfWork:
    """Runs store verbs: ``_write`` for one user verb in one transaction, ``_read`` for queries."""

    def __init__(self, sessions: sessionmaker[Session], clock: Clock, paths: AppPaths) -> None:
        self._sessions = sessions
        self._clock = clock
        self.paths = paths
        self.backups = BackupScheduler(self._now, last=self._now())
        self.backup_error: StorageError | None = None

    def _now(self) -> datetime:
        return self._clock.wall()

    def _write(self, fn: Callable[[Session], T]) -> T:
        """Run ``fn`` in one transaction and commit it.

        Raises:
            StorageError: the disk is full, the folder read-only, the file locked or damaged.
        """
        try:
            with self._sessions.begin() as s:
                result = fn(s)
        except IntegrityError:
            raise
        except (DBAPIError, StaleDataError, sqlite3.Error, OSError) as exc:
            raise _translate(exc) from exc
        self.backups.changed()
        if self.backups.due():
            self.maybe_backup()
        return result

    def _read(self, fn: Callable[[Session], T]) -> T:
        """Run ``fn`` in a read transaction (one consistent snapshot)."""
        try:
            with self._sessions() as s, s.begin():
                return fn(s)
        except (DBAPIError, sqlite3.Error, OSError) as exc:
            raise _translate(exc) from exc

    def maybe_backup(self) -> Path | None:
        """A backup if data changed and the last one is at least 30 minutes old (never raises: a
        failed backup is kept in ``backup_error`` and tried again at the next change)."""
        if not self.backups.due():
            return None
        try:
            path = backup_now(self.paths.db_path, self.paths.backup_dir, self._now())
            thin_backups(self.paths.backup_dir, self._now())
        except (sqlite3.Error, OSError) as exc:
            self.backup_error = _translate(exc)
            return None
        self.backups.done()
        self.backup_error = None
        return path

    def _backup_on_close(self) -> None:
        if self.backups.dirty:
            with contextlib.suppress(sqlite3.Error, OSError):
                backup_now(self.paths.db_path, self.paths.backup_dir, self._now())
                self.backups.done()
