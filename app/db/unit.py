"""The unit of work under every store verb: one short transaction, errors turned into plain ones,
and the backup scheduler told that data changed (the periodic backup then runs on a thread of its
own, so the window never stalls while a large history is copied)."""

from __future__ import annotations

import contextlib
import sqlite3
import threading
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
        self._backup_thread: threading.Thread | None = None

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
            self.maybe_backup(background=True)
        return result

    def _read(self, fn: Callable[[Session], T]) -> T:
        """Run ``fn`` in a read transaction (one consistent snapshot)."""
        try:
            with self._sessions() as s, s.begin():
                return fn(s)
        except (DBAPIError, sqlite3.Error, OSError) as exc:
            raise _translate(exc) from exc

    def maybe_backup(self, *, background: bool = False) -> Path | None:
        """A backup if data changed and the last one is at least 30 minutes old. Never raises: a failed
        backup is kept in ``backup_error`` and tried again at the next change. With ``background`` it
        runs on its own thread (one at a time) and returns None."""
        if not self.backups.due() or self.backup_running():
            return None
        self.backups.done()  # now: edits made while it copies make the next one due
        now = self._now()
        if background:
            self._backup_thread = threading.Thread(target=self._take_backup, args=(now,),
                                                   name="runde-backup", daemon=True)
            self._backup_thread.start()
            return None
        return self._take_backup(now)

    def _take_backup(self, now: datetime) -> Path | None:
        try:
            path = backup_now(self.paths.db_path, self.paths.backup_dir, now)
            thin_backups(self.paths.backup_dir, now)
        except (sqlite3.Error, OSError) as exc:
            self.backup_error = _translate(exc)
            self.backups.changed()  # still owed
            return None
        self.backup_error = None
        return path

    def backup_running(self) -> bool:
        """Whether a periodic backup is being taken right now."""
        return self._backup_thread is not None and self._backup_thread.is_alive()

    def wait_for_backup(self, timeout: float | None = None) -> None:
        """Let a running periodic backup finish (at quit, and in tests)."""
        if self._backup_thread is not None:
            self._backup_thread.join(timeout)

    def _backup_on_close(self) -> None:
        self.wait_for_backup()
        if self.backups.dirty:
            with contextlib.suppress(sqlite3.Error, OSError):
                backup_now(self.paths.db_path, self.paths.backup_dir, self._now())
                self.backups.done()
