"""The service layer: the one object the UI talks to for anything stored.

Each public method is one user verb in one short transaction and returns plain frozen dataclasses,
never ORM rows. Writing problems (disk full, read-only folder) become :class:`StorageError` with a
plain message; the UI keeps the edit and tries again (see :class:`PendingWrites`).
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import threading
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine, delete, func, or_, select, update
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from app.capture import (
    TRIED_SINCE_LAST,
    Capture,
    MeasureStatus,
    TextItem,
    capture_from_json,
    capture_to_json,
    clean_text,
    tried_since_last,
)
from app.engine import MeetingRecord
from app.paths import AppPaths
from app.private import private_dir, private_file, private_umask, write_private
from app.record import Course, course_from_json, course_from_record, course_to_json
from app.storage import models as m
from app.storage.backup import (
    BackupInfo,
    BackupScheduler,
    backup_now,
    good_backups,
    restore_backup,
    thin_backups,
)
from app.storage.database import ServerDatabase
from app.storage.errors import (  # importable from here too
    DatabaseReadOnlyError,
    DataFolderError,
    DataFolderReadOnlyError,
    DataInUseError,
    ServerLoginError,
    ServerTlsError,
    ServerUnreachableError,
    StorageError,
)
from app.storage.json_rows import json_rows
from app.storage.json_rows import moment as json_moment
from app.storage.json_rows import rows as json_rows_of
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
from app.storage.postgres import (
    LOGIN,
    TLS,
    UNREACHABLE,
    classify_server_error,
    dump_tables,
    make_server_engine,
)
from app.storage.safety import InstanceLock, is_network_path
from app.storage.sqlite import (
    BUSY,
    CORRUPT,
    DISK,
    FULL,
    OK,
    READ_ONLY,
    ReadOnlyOpenError,
    check_health,
    checkpoint,
    classify,
    make_engine,
    make_private,
    make_read_only_engine,
    move_aside,
)
from app.storage.versions import (
    Conflict,
    SaveResult,
    Seen,
    measure_fields,
    merged,
    point_fields,
    row_uid,
    search_key,
    seen_in,
    sync_measures,
    sync_points,
)
from app.visit import VisitData, VisitObservation, visit_from_json, visit_to_json

T = TypeVar("T")
ERASED = "—"
ERASE_LEAVES = ("A name typed inside free text (notes, reflections, observations, learning points) is not "
                "changed. The backups and the notes kept on this computer are rewritten without the name "
                "(app.storage.erasure).")


class DatabaseCorruptError(RuntimeError):
    """The database was damaged; it was moved aside whole and good backups are listed."""

    def __init__(self, moved_to: Path, backups: list[BackupInfo], detail: str) -> None:
        super().__init__(detail)
        self.moved_to, self.backups, self.detail = moved_to, backups, detail


@dataclass(frozen=True)
class TeamInfo:
    """A team and its roster."""

    id: int
    name: str
    people: tuple[str, ...]
    last_first_speaker: str | None
    last_facilitator: str | None


@dataclass(frozen=True)
class MeetingSummary:
    """One line of a team's history."""

    id: int
    team_id: int | None
    format_id: str
    format_title: str
    started: datetime
    ended: datetime | None
    facilitator: str
    case_title: str
    learning_points: int
    open_measures: int


@dataclass(frozen=True)
class MeasureInfo:
    """A measure with where it came from (for open-measure lists and the sheet)."""

    uid: str
    text: str
    kind: str
    owner: str
    due: date | None
    status: str
    opened: date
    confidential: bool
    meeting_id: int | None


# A MeasureInfo's columns in its fields' order: ``MeasureInfo(*row)`` (plain rows, no ORM objects).
_MEASURE_INFO = (m.Measure.uid, m.Measure.text, m.Measure.kind, m.Measure.owner, m.Measure.due,
                 m.Measure.status, m.Measure.opened, m.Measure.confidential, m.Measure.meeting_id)


@dataclass(frozen=True)
class TurnRow:
    """One turn of a meeting's round as stored (in position order)."""

    step_id: str
    participant: str
    status: str  # app.rotation.TurnStatus's value: "spoken", "passed", "absent", "waiting", "speaking"
    spoken_s: float


@dataclass(frozen=True)
class MeetingDetail:
    """A meeting with everything captured, its step timings and its course (for sheets)."""

    id: int
    team: str
    format_title: str
    started: datetime
    facilitator: str
    capture: Capture
    timings: tuple[tuple[str, float, float], ...]
    ended: datetime | None = None
    participants: tuple[str, ...] = ()  # late-comers too, once the meeting has ended
    first_speaker: str = ""
    course: Course = Course()
    turns: tuple[TurnRow, ...] = ()
    paused_s: float = 0.0  # all the meeting's pauses together
    step_ids: tuple[str, ...] = ()  # the id of each step in ``timings``


@dataclass(frozen=True)
class SearchHit:
    """A learning point or measure matching a search."""

    kind: str  # "point" | "measure"
    text: str
    meeting_id: int | None
    started: datetime | None
    confidential: bool


@dataclass(frozen=True)
class Unfinished:
    """A meeting that was running when Runde stopped, or (on a server) is running on another computer.

    ``runner`` is the computer that last saved its live state (:attr:`Store.computer_id`; None from
    before Runde noted it)."""

    meeting_id: int
    format_id: str
    started: datetime
    saved: datetime | None
    state: dict[str, Any]
    runner: str | None = None

    def running_elsewhere(self, here: str, now: datetime) -> bool:
        """Another computer saved its live state lately: the meeting is going on there (it saves
        every few seconds), and is not this Runde's to resume or end."""
        return (self.runner is not None and self.runner != here and self.saved is not None
                and now - self.saved < RUNNING_ELSEWHERE)


RUNNING_ELSEWHERE = timedelta(seconds=90)  # a running meeting saves its live state every 5 s
_RUNNER = "runde_runner"  # the key in a live state that names the computer that saved it


def _computer_id(paths: AppPaths) -> str:
    """This computer's (this data folder's) id, made once; a folder that cannot be written gives one
    for this session only."""
    path = paths.data_dir / "computer-id"
    try:
        known = path.read_text(encoding="utf-8").strip()
        if 8 <= len(known) <= 64 and known.isalnum():
            return known
    except (OSError, UnicodeDecodeError):
        pass
    made = uuid.uuid4().hex
    try:
        private_dir(path.parent)
        write_private(path, (made + "\n").encode("utf-8"))
    except OSError:
        pass
    return made


def _server_error(label: str, exc: BaseException) -> StorageError | None:
    """What a server's failure is for the user: a refused login, no secure connection, or a server
    out of reach; None for anything else."""
    kind = classify_server_error(exc)
    if kind == LOGIN:
        return ServerLoginError(label, str(exc))
    if kind == TLS:
        return ServerTlsError(label, str(exc))
    if kind == UNREACHABLE:
        return ServerUnreachableError(label, str(exc))
    return None


class Store:
    """Opened once at start-up with :meth:`open`; closed at quit.

    On a server (``server`` set) there is no lock file, no SQLite backup and no restore: the server
    has its own. When it cannot be reached, reads and writes fail at once with
    :class:`ServerUnreachableError` (no waiting on the GUI thread) while a background thread tries to
    reach it every :attr:`RETRY_S` seconds; :attr:`offline` tells the state.
    """

    RETRY_S = 2.0

    def __init__(self, engine: Engine, paths: AppPaths, now: Callable[[], datetime],
                 lock: InstanceLock | None, server: ServerDatabase | None = None) -> None:
        self.engine = engine
        self.paths = paths
        self.server = server
        self._now = now
        self._lock = lock
        self._session = sessionmaker(engine, expire_on_commit=False)
        self._computer: str | None = None  # :attr:`computer_id`, read when first needed
        # Reads on a server run without a transaction: BEGIN and ROLLBACK are a round trip each, and
        # under PostgreSQL's READ COMMITTED every statement sees its own snapshot anyway.
        self._read_session = (sessionmaker(engine.execution_options(isolation_level="AUTOCOMMIT"),
                                           expire_on_commit=False) if server is not None else self._session)
        self.backups = BackupScheduler(last=now())
        self.on_network_share = server is None and is_network_path(paths.data_dir)
        self.closed = False
        self.offline = False
        # the local database file can be read but not written (told at start; every write fails
        # with DatabaseReadOnlyError): history and sheets work, a meeting cannot be started
        self.read_only = False
        # ... because the data folder cannot be written: opened to read only (:meth:`_open_read_only`),
        # nothing is written there (no lock, no backup, no -wal); a write is DataFolderReadOnlyError
        self.read_only_folder = False
        # told of each meeting and visit made here: kind ("meeting", "visit"), id, and what tells the
        # row from another that gets its id later (made_key); working offline notes them, to send
        # them to the server later (app.storage.offline)
        self.on_made: Callable[[str, int, str], None] | None = None
        self._probe: threading.Thread | None = None
        self._seen: Seen = {}  # versions of points and measures as last read or written here
        self._mark: int | None = None  # the change counter as this store last knew it
        # A store is used from the GUI thread and from one background thread (app.storage.worker):
        # :meth:`reading`'s session is per thread, and the two notes above change under a lock.
        self._local = threading.local()
        self._note_lock = threading.Lock()

    # -- opening and closing ---------------------------------------------------------------------
    @classmethod
    def open(cls, paths: AppPaths, now: Callable[[], datetime], *, lock: bool = True,
             database: ServerDatabase | None = None) -> Store:
        """Lock the folder, check, back up, migrate and open the database (or the server, if given:
        see :meth:`open_server`).

        Raises:
            AlreadyOpenError: another Runde has this data folder.
            DatabaseCorruptError: the file was damaged (it has been moved aside).
            DatabaseTooNewError: a newer Runde wrote it (left untouched).
            DataInUseError: another program holds the database (nothing moved or changed).
            DataFolderError: the folder cannot be written or read: read-only, full, a disk error
                (nothing moved or changed).
        """
        if database is not None:
            return cls.open_server(database, paths, now)
        if _folder_read_only(paths.data_dir):
            return cls._open_read_only(paths, now)
        try:
            private_dir(paths.data_dir)
        except OSError as exc:
            problem = classify(exc)
            raise _open_problem(problem.kind, paths.data_dir, problem.detail) from None
        inst = InstanceLock(paths.data_dir) if lock else None
        if inst is not None:
            with private_umask():
                inst.acquire()
            private_file(inst.path)
        try:
            with private_umask():  # a new database, its -wal and -shm, a backup: 0600 (app.private)
                return cls._open_locked(paths, now, inst)
        except BaseException:
            if inst is not None:
                inst.release()
            raise

    @classmethod
    def _open_locked(cls, paths: AppPaths, now: Callable[[], datetime],
                     inst: InstanceLock | None) -> Store:
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
                raise _open_problem(health.kind, paths.data_dir, health.detail)
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
            raise _open_problem(problem.kind, paths.data_dir, problem.detail) from exc
        except DatabaseTooNewError:
            if engine is not None:
                engine.dispose()
            raise
        assert engine is not None
        store = cls(engine, paths, now, inst)
        store.read_only = _not_writable(db)
        store.changed_elsewhere()  # takes note of the counter
        return store

    @classmethod
    def _open_read_only(cls, paths: AppPaths, now: Callable[[], datetime]) -> Store:
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
                raise _open_problem(CORRUPT, folder, checked)
            if needs_upgrade(engine):  # an older Runde's data: upgrading it is a write
                raise DataFolderError(folder, "read-only", read_only=True)
        except ReadOnlyOpenError as exc:
            _dispose(engine)
            raise DataFolderError(folder, str(exc), read_only=True) from None
        except (SQLAlchemyError, sqlite3.Error, OSError) as exc:
            _dispose(engine)
            problem = classify(exc)
            raise _open_problem(problem.kind, folder, problem.detail) from exc
        except BaseException:
            _dispose(engine)
            raise
        store = cls(engine, paths, now, None)
        store.read_only = store.read_only_folder = True
        store.changed_elsewhere()  # takes note of the counter
        return store

    @classmethod
    def open_server(cls, database: ServerDatabase, paths: AppPaths, now: Callable[[], datetime]) -> Store:
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
            told = _server_error(database.label(), exc)
            if told is not None:
                raise told from exc
            if isinstance(exc, DatabaseTooNewError | MigrationFailedError):
                raise
            reason = str(_plain(exc)) if isinstance(exc, OperationalError) else str(exc)
            raise StorageError(f"The database server {database.label()} could not be opened: {reason}",
                               code=StorageError.SERVER_OPEN_FAILED, reason=reason) from exc
        store = cls(engine, paths, now, None, database)
        store.changed_elsewhere()  # takes note of the counter
        return store

    def location(self) -> str:
        """Where the data is: the server's ``user@host:port/database`` or the SQLite file."""
        return self.server.label() if self.server is not None else str(self.paths.db_path)

    def revision(self) -> str | None:
        """The schema revision in use."""
        return current_revision(self.engine)

    def close(self) -> None:
        """Fold the WAL into the file and let go of the lock (a second call does nothing)."""
        if self.closed:
            return
        self.closed = True
        if self.server is None and not self.read_only_folder:
            with contextlib.suppress(SQLAlchemyError):
                checkpoint(self.engine)
        self.engine.dispose()
        if self._probe is not None:
            self._probe.join(timeout=5)
        if self._lock is not None:
            self._lock.release()

    def startup_backup(self) -> Path | None:
        """The start-up backup, taken once the first window shows (it costs ~25 ms per 10 MB)."""
        if (self.server is not None or self.closed or self.read_only_folder or not self.paths.db_path.exists()
                or self.paths.db_path.stat().st_size == 0):
            return None  # closed (quit, or a restore): nothing of this session to back up
        return self._backup(self._now())

    def _backup(self, now: datetime) -> Path:
        """Back up and thin; a lock, a full disk or a read-only folder is a :class:`StorageError`."""
        try:
            path = backup_now(self.paths.db_path, self.paths.backup_dir, now)
            self.backups.done(now)
            thin_backups(self.paths.backup_dir, now)
        except (sqlite3.Error, OSError) as exc:
            problem = classify(exc)
            raise _open_problem(problem.kind, self.paths.backup_dir, problem.detail) from exc
        return path

    def maybe_backup(self) -> Path | None:
        """A backup if data changed and the last one is 30 minutes old."""
        now = self._now()
        if self.server is not None or self.closed or self.read_only_folder or not self.backups.due(now):
            return None
        return self._backup(now)

    def restore(self, backup: Path) -> Path | None:
        """Close the database and put the chosen backup (one of :func:`restore_choices`) in its
        place. The current data is moved aside, never deleted; returns where it went. The store is
        closed afterwards (the app quits and is started again).

        Raises:
            StorageError: the backup is not a good backup of this folder, or the copy failed (then
                the current data is left where it was).
        """
        if self.closed:
            raise StorageError("Runde's data is closed.", code=StorageError.CLOSED)
        if self.server is not None:
            raise StorageError("A database server keeps its own backups; Runde restores only its own "
                               "local data.", code=StorageError.SERVER_RESTORE)
        self.closed = True
        with contextlib.suppress(SQLAlchemyError):
            checkpoint(self.engine)
        self.engine.dispose()
        try:
            return restore_from_backup(self.paths, backup, self._now())
        finally:
            if self._lock is not None:
                self._lock.release()

    # -- the transaction wrapper -----------------------------------------------------------------
    def _write(self, fn: Callable[[Session], T]) -> T:
        if self.closed:  # e.g. after a restore: never write into the restored file behind its back
            raise StorageError("Runde's data is closed; nothing more is saved until Runde starts again.",
                               code=StorageError.CLOSED)
        if self.read_only_folder:  # opened to read only: nothing is tried
            raise DataFolderReadOnlyError(self.paths.data_dir)
        self._check_online()

        def run() -> tuple[T, int | None]:
            with self._session.begin() as s:
                result = fn(s)
                return result, s.scalar(update(m.ChangeMark).where(m.ChangeMark.id == 1).values(
                    counter=m.ChangeMark.counter + 1).returning(m.ChangeMark.counter))
        try:
            result, mark = self._once_more_if_stale(run)
        except OperationalError as exc:
            raise self._storage_error(exc) from exc
        except (sqlite3.Error, OSError) as exc:
            raise _plain(exc) from exc
        self.backups.changed()
        with self._note_lock:
            if mark is not None and self._mark is not None and mark == self._mark + 1:
                self._mark = mark  # only our own write since we last looked: nothing to refresh
        return result

    def changed_elsewhere(self) -> bool:
        """True when another instance wrote since this one last looked (one row read: poll it every
        couple of seconds). The first call only takes note."""
        mark = self._read(lambda s: s.scalar(select(m.ChangeMark.counter).where(m.ChangeMark.id == 1)))
        with self._note_lock:
            if mark is None or mark == self._mark:
                return False
            first, self._mark = self._mark is None, mark
        return not first

    def _read(self, fn: Callable[[Session], T]) -> T:
        self._check_online()

        def run() -> T:
            shared: Session | None = getattr(self._local, "shared", None)
            if shared is None:
                with self._read_session() as s:
                    return fn(s)
            try:
                return fn(shared)
            except SQLAlchemyError:
                # A failed statement (a connection the server closed) leaves the shared session
                # unusable until it is rolled back: then the retry, and every later read of the
                # block, runs on a fresh connection.
                with contextlib.suppress(SQLAlchemyError):
                    shared.rollback()
                raise
        try:
            return self._once_more_if_stale(run)
        except OperationalError as exc:
            raise self._storage_error(exc) from exc

    @contextlib.contextmanager
    def reading(self) -> Iterator[None]:
        """Several reads in one session: one connection instead of one each (on a server each
        checkout costs; reads there run without a transaction, on SQLite in one). Writes inside
        still get their own transaction."""
        if getattr(self._local, "shared", None) is not None:
            yield
            return
        with self._read_session() as s:
            self._local.shared = s
            try:
                yield
            finally:
                self._local.shared = None

    def _once_more_if_stale(self, run: Callable[[], T]) -> T:
        """On a server, a pooled connection the server closed (it restarted) fails at its first
        statement and the pool drops them all: once more, on a fresh one. (Cheaper than checking
        every connection before use: each check is a round trip.)"""
        try:
            return run()
        except OperationalError as exc:
            if self.server is None or not exc.connection_invalidated:
                raise
        return run()

    # -- a server that cannot be reached ------------------------------------------------------------
    def _check_online(self) -> None:
        if self.offline and self.server is not None:
            raise ServerUnreachableError(self.server.label())

    def _storage_error(self, exc: OperationalError) -> StorageError:
        if self.read_only_folder:
            return DataFolderReadOnlyError(self.paths.data_dir)
        if self.server is None:
            plain = _plain(exc)
            if plain.code == StorageError.READ_ONLY and _not_writable(self.paths.db_path):
                return DatabaseReadOnlyError(self.paths.db_path)  # the file, not the folder
            return plain
        told = _server_error(self.server.label(), exc)  # (TLS: a reconnection after the server's
        if isinstance(told, ServerUnreachableError):  # certificate or TLS settings changed)
            self._go_offline()
        return told if told is not None else _plain(exc)

    def _go_offline(self) -> None:
        """Fail fast from now on and look for the server in the background."""
        self.offline = True
        if self._probe is None or not self._probe.is_alive():
            self._probe = threading.Thread(target=self._look_for_server, name="runde-server-probe",
                                           daemon=True)
            self._probe.start()

    def _look_for_server(self) -> None:
        stop = threading.Event()
        while not self.closed:
            try:
                with self.engine.connect() as conn:
                    conn.exec_driver_sql("SELECT 1")
            except (SQLAlchemyError, OSError):
                stop.wait(self.RETRY_S)
                continue
            self.offline = False
            return

    # -- teams -----------------------------------------------------------------------------------
    def teams(self) -> list[TeamInfo]:
        """Every team with its roster, by name."""
        return self._read(lambda s: [_team(t) for t in s.scalars(select(m.Team).order_by(m.Team.name))])

    def team_ids(self) -> list[int]:
        """Every team's id (one query, no rosters)."""
        return self._read(lambda s: list(s.scalars(select(m.Team.id).order_by(m.Team.id))))

    def save_team(self, name: str, people: list[str]) -> TeamInfo:
        """Create a team or replace its roster (people keep their order)."""
        name = clean_text(name)[:200] or "Team"

        def op(s: Session) -> TeamInfo:
            team = s.scalar(select(m.Team).where(m.Team.name == name))
            if team is None:
                team = m.Team(name=name, created=self._now())
                s.add(team)
            existing = {p.name: p for p in team.people}
            team.people = [existing.get(n) or m.Person(name=n, position=i, active=True)
                           for i, n in enumerate(people)]
            for i, p in enumerate(team.people):
                p.position = i
            s.flush()
            return _team(team)
        return self._write(op)

    # -- meetings --------------------------------------------------------------------------------
    def start_meeting(self, *, team_id: int | None, format_id: str, format_title: str,
                      participants: list[str], facilitator: str, first_speaker: str,
                      presenters: Sequence[str] = (), course: Course | None = None) -> int:
        """A meeting begins: it is in the history from now on, with the case presenters chosen at the
        start (in its capture) and its course so far (the language, the learning questions)."""
        cap = Capture(presenters=tuple(presenters))

        def op(s: Session) -> tuple[int, str]:
            row = m.Meeting(team_id=team_id, format_id=format_id, format_title=format_title,
                            started=self._now(), facilitator=facilitator, participants=participants,
                            first_speaker=first_speaker, case_title="",
                            capture=capture_to_json(cap) if cap.presenters else {},
                            course=course_to_json(course) if course is not None else None)
            s.add(row)
            if team_id is not None:
                team = s.get(m.Team, team_id)
                if team is not None:
                    team.last_first_speaker, team.last_facilitator = first_speaker, facilitator
            s.flush()
            return row.id, made_key(row)
        mid, key = self._write(op)
        if self.on_made is not None:
            self.on_made("meeting", mid, key)
        return mid

    def save_live_state(self, meeting_id: int, state: dict[str, Any]) -> None:
        """The engine's state, for resuming after a crash."""
        runner = self.computer_id

        def op(s: Session) -> None:
            row = s.get(m.Meeting, meeting_id)
            if row is not None:
                row.live_state, row.live_saved = {**state, _RUNNER: runner}, self._now()
        self._write(op)

    def unfinished_meetings(self) -> list[Unfinished]:
        """Meetings not ended that have a live state: running when Runde stopped, or (on a server)
        running on another computer (:meth:`Unfinished.running_elsewhere`)."""
        def op(s: Session) -> list[Unfinished]:
            rows = s.scalars(select(m.Meeting).where(m.Meeting.ended.is_(None),
                                                     m.Meeting.live_state.is_not(None)))
            out = []
            for r in rows:
                state = dict(r.live_state or {})
                runner = state.pop(_RUNNER, None)
                out.append(Unfinished(r.id, r.format_id, r.started, r.live_saved,
                                      state, runner if isinstance(runner, str) else None))
            return out
        return self._read(op)

    @property
    def computer_id(self) -> str:
        """This data folder's id: names the computer that runs a meeting (several share a server).
        Read (or made) on first use, not at every open."""
        with self._note_lock:
            if self._computer is None:
                self._computer = _computer_id(self.paths)
            return self._computer

    def runs_elsewhere(self, meeting: Unfinished) -> bool:
        """On a server: the meeting is going on on another computer right now (not to be resumed or
        ended here). A local file has one Runde at a time."""
        return self.server is not None and meeting.running_elsewhere(self.computer_id, self._now())

    def finish_meeting(self, meeting_id: int, record: MeetingRecord, titles: dict[str, str]) -> None:
        """Keep the actual course: step times, turns, pauses, who took part (late-comers too), and
        the course (:func:`app.record.course_from_record`); the meeting is no longer live."""
        def op(s: Session) -> None:
            row = s.get(m.Meeting, meeting_id)
            if row is None:
                return
            row.ended = record.ended or self._now()
            row.live_state = None
            row.course = course_to_json(_finished_course(row, record))
            if record.participants:
                row.participants = list(record.participants)
            for table in (m.StepTiming, m.Turn, m.Pause):
                s.execute(delete(table).where(table.meeting_id == meeting_id))
            for i, st in enumerate(record.steps):
                s.add(m.StepTiming(meeting_id=meeting_id, position=i, step_id=st.step_id,
                                   title=titles.get(st.step_id, st.step_id), planned_s=st.planned_s,
                                   actual_s=st.actual_s))
            for i, t in enumerate(record.turns):
                s.add(m.Turn(meeting_id=meeting_id, position=i, step_id=t.step_id,
                             participant=t.participant, status=t.status.value, spoken_s=t.spoken_s))
            for p in record.pauses:
                s.add(m.Pause(meeting_id=meeting_id, started=p.started, duration_s=p.duration_s,
                              step_id=p.step_id))
        self._write(op)

    def save_capture(self, meeting_id: int, cap: Capture) -> SaveResult:
        """Everything typed for a meeting; points and measures also as searchable rows.

        A point or measure changed on another computer since this store read it is not overwritten:
        if it was not changed here, the other content is taken; if it was, it is a :class:`Conflict`
        in the result (see :mod:`app.storage.versions`), and :meth:`keep_mine` lets the next save
        write this one's. ``stored`` in the result is what was written when it differs from ``cap``.
        """
        def op(s: Session) -> tuple[SaveResult, Seen, set[str]]:
            row = s.get(m.Meeting, meeting_id)
            if row is None:
                return SaveResult(), {}, set()
            with self._note_lock:
                seen_here = dict(self._seen)
            points = sync_points(s, meeting_id, cap, seen_here)
            measures = sync_measures(s, row, cap, seen_here, self._now().date())
            stored = merged(cap, points, measures)
            row.capture = capture_to_json(stored)
            row.case_title = cap.case_title
            result = SaveResult(tuple(points.conflicts + measures.conflicts),
                                stored if stored != cap else None)
            return result, {**points.seen, **measures.seen}, points.gone | measures.gone
        for _attempt in range(5):
            try:
                result, seen, gone = self._write(op)
            except StaleDataError:  # saved elsewhere in the same instant: read again, then decide
                continue
            with self._note_lock:
                self._seen.update(seen)
                for uid in gone:
                    self._seen.pop(uid, None)
            return result
        raise StorageError("Another computer keeps changing the same items; Runde will try again.",
                           code=StorageError.KEEPS_CHANGING)

    def discard_unstarted(self, meeting_id: int) -> bool:
        """Remove a meeting whose window closed before it started, when nothing was captured (the
        presenters chosen at the start aside) and nothing of it is a learning point or a measure:
        it never happened. False (nothing changed) for any other meeting."""
        def op(s: Session) -> bool:
            row = s.get(m.Meeting, meeting_id)
            if row is None or row.ended is not None or not never_started(row.live_state):
                return False
            cap = capture_from_json(dict(row.capture or {}))
            has_rows = any(s.scalar(select(func.count()).select_from(t).where(t.meeting_id == meeting_id))
                           for t in (m.LearningPoint, m.Measure))
            if replace(cap, presenters=()) != Capture() or has_rows:
                return False
            s.delete(row)
            return True
        return self._write(op)

    def keep_mine(self, conflict: Conflict) -> None:
        """The user chose their own text over the other computer's: the next save writes it."""
        fields = (point_fields(conflict.theirs) if isinstance(conflict.theirs, TextItem)
                  else measure_fields(conflict.theirs))
        with self._note_lock:
            self._seen[conflict.uid] = (conflict.version, fields)

    def capture(self, meeting_id: int) -> Capture:
        """What was captured for a meeting (and, for later saves, which versions this store saw)."""
        def op(s: Session) -> tuple[Capture, Seen]:
            row = s.get(m.Meeting, meeting_id)
            cap = capture_from_json(dict(row.capture or {})) if row else Capture()
            return cap, seen_in(s, meeting_id)
        cap, seen = self._read(op)
        with self._note_lock:
            self._seen.update(seen)
        return cap

    def meetings(self, team_id: int | None = None, limit: int = 200) -> list[MeetingSummary]:
        """A team's history, newest first."""
        def op(s: Session) -> list[MeetingSummary]:
            points = (select(func.count()).where(m.LearningPoint.meeting_id == m.Meeting.id)
                      .scalar_subquery())
            opened = (select(func.count()).where(m.Measure.meeting_id == m.Meeting.id,
                                                 m.Measure.status == "open").scalar_subquery())
            q = select(m.Meeting, points, opened).order_by(m.Meeting.started.desc()).limit(limit)
            if team_id is not None:
                q = q.where(m.Meeting.team_id == team_id)
            return [MeetingSummary(r.id, r.team_id, r.format_id, r.format_title,
                                   r.started, r.ended, r.facilitator,
                                   r.case_title, int(n_points), int(n_open))
                    for r, n_points, n_open in s.execute(q)]
        return self._read(op)

    def meeting_details(self, team_id: int | None, start: datetime, end: datetime,
                        meeting_id: int | None = None) -> list[MeetingDetail]:
        """Finished or running meetings in a period (or one meeting), oldest first, with timings.

        One query however many meetings there are (each is a round trip on a server): the meetings
        with their team's name and their timings folded into one JSON value each
        (:mod:`app.storage.json_rows`). Only the columns a sheet shows are read, as plain rows (no
        ORM objects).
        """
        if meeting_id is not None:
            which = [m.Meeting.id == meeting_id]
        else:  # stored as UTC: compare UTC (a local-time bound would be off by hours)
            which = [m.Meeting.started >= start.astimezone(UTC), m.Meeting.started < end.astimezone(UTC)]
            if team_id is not None:
                which.append(m.Meeting.team_id == team_id)
        q = (select(m.Meeting.id, m.Team.name, m.Meeting.format_title, m.Meeting.started,
                    m.Meeting.facilitator, m.Meeting.capture, _folded_timings(), m.Meeting.ended,
                    m.Meeting.participants, m.Meeting.first_speaker, m.Meeting.course, _folded_turns(),
                    _paused_total())
             .outerjoin(m.Team, m.Team.id == m.Meeting.team_id)
             .where(*which).order_by(m.Meeting.started, m.Meeting.id))
        return self._read(lambda s: [_detail(r) for r in s.execute(q)])

    def existing_meetings(self, ids: set[int]) -> set[int]:
        """Which of these meeting ids are in the database (one query, however many there are)."""
        if not ids:
            return set()
        return self._read(lambda s: set(s.scalars(select(m.Meeting.id).where(m.Meeting.id.in_(ids)))))

    def team_id(self, name: str) -> int | None:
        """The id of the team with this name."""
        return self._read(lambda s: s.scalar(select(m.Team.id).where(m.Team.name == name)))

    def last_sheet_end(self, team_id: int | None) -> datetime | None:
        """The moment the last staff-meeting sheet ended (UTC): "since the last sheet" starts there.

        A sheet covers meetings up to the moment it was made (``exported``) and never past the end of
        its last day (``period_end``, a local date; a sheet made later for an earlier period). The
        earlier of the two is taken, so no meeting is ever skipped. Rows written before moments were
        kept (``period_end`` then a UTC date, ``exported`` the saving time) stay safe: at worst a
        meeting held just after local midnight shows on the next sheet again.
        """
        from datetime import time, timedelta

        def op(s: Session) -> datetime | None:  # a sheet without a team continues the last such sheet
            q = select(m.Sheet.period_end, m.Sheet.exported).where(
                m.Sheet.team_id.is_(None) if team_id is None else m.Sheet.team_id == team_id)
            ends = []
            for period_end, exported in s.execute(q):
                day_end = datetime.combine(period_end + timedelta(days=1), time.min).astimezone()
                made = exported
                ends.append(min(made, day_end) if made is not None else day_end)
            return max(ends).astimezone(UTC) if ends else None
        return self._read(op)

    def record_sheet(self, team_id: int | None, start: date, end: date,
                     made: datetime | None = None) -> None:
        """A staff-meeting sheet was exported, so the next one starts where this one ended.

        ``made`` is the moment its content was gathered (``Sheet.covers_until``), default now; it is
        kept as ``exported`` (UTC). ``start`` and ``end`` are the local days printed on it.
        """
        moment = (made or self._now()).astimezone(UTC)
        self._write(lambda s: s.add(m.Sheet(team_id=team_id, period_start=start, period_end=end,
                                            exported=moment)))

    def measures_opened_before(self, team_id: int | None, before: date | datetime) -> list[MeasureInfo]:
        """Open measures from before a sheet's period: carried forward on it, oldest first.

        With a moment (a datetime), a measure is from before it if its meeting started before it: a
        measure of a meeting held earlier on the day of the last sheet is carried, one of a meeting
        in the period is on the sheet itself. A measure without a meeting counts by the day it was
        opened. With a day (a date), by the day it was opened.
        """
        if not isinstance(before, datetime):
            return [x for x in self.open_measures(team_id) if x.opened < before]
        utc = before.astimezone(UTC)

        def op(s: Session) -> list[MeasureInfo]:  # one query (each is a round trip on a server)
            q = (select(*_MEASURE_INFO).outerjoin(m.Meeting, m.Meeting.id == m.Measure.meeting_id)
                 .where(m.Measure.status == "open",
                        or_(m.Meeting.started < utc,
                            m.Measure.meeting_id.is_(None) & (m.Measure.opened < utc.date())))
                 .order_by(m.Measure.opened, m.Measure.id))
            if team_id is not None:
                q = q.where(m.Measure.team_id == team_id)
            return [MeasureInfo(*r) for r in s.execute(q)]
        return self._read(op)

    # -- measures and search ---------------------------------------------------------------------
    def open_measures(self, team_id: int | None = None) -> list[MeasureInfo]:
        """Measures not yet done or dropped, oldest first."""
        def op(s: Session) -> list[MeasureInfo]:
            q = (select(*_MEASURE_INFO).where(m.Measure.status == "open")
                 .order_by(m.Measure.opened, m.Measure.id))
            if team_id is not None:
                q = q.where(m.Measure.team_id == team_id)
            return [MeasureInfo(*r) for r in s.execute(q)]
        return self._read(op)

    def set_measure_status(self, uid: str, status: str) -> None:
        """Mark a measure done, dropped or open again (also in its meeting's capture)."""
        def op(s: Session) -> None:
            row = s.scalar(select(m.Measure).where(m.Measure.uid == uid))
            if row is None:
                return
            row.status = status
            row.closed = None if status == "open" else self._now().date()
            row.version += 1
            meeting = s.get(m.Meeting, row.meeting_id) if row.meeting_id else None
            if meeting is not None:
                cap = capture_from_json(dict(meeting.capture or {}))
                meeting.capture = capture_to_json(replace(cap, measures=tuple(
                    replace(x, status=MeasureStatus(status)) if row_uid(meeting.id, x.id) == uid else x
                    for x in cap.measures)))
        self._write(op)

    def search(self, text: str, team_id: int | None = None, limit: int = 50) -> list[SearchHit]:
        """Learning points and measures containing ``text`` (any case, any script), newest first."""
        key = search_key(text.strip())
        if not key:
            return []
        pattern = "%" + key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"

        def op(s: Session) -> list[SearchHit]:
            hits: list[SearchHit] = []
            for model, kind in ((m.LearningPoint, "point"), (m.Measure, "measure")):
                q = (select(model.text, model.meeting_id, m.Meeting.started, model.confidential)
                     .outerjoin(m.Meeting, m.Meeting.id == model.meeting_id)
                     .where(model.search_text.like(pattern, escape="\\"))
                     .order_by(m.Meeting.started.desc()).limit(limit))
                if team_id is not None:
                    q = q.where(or_(m.Meeting.team_id == team_id, model.meeting_id.is_(None)))
                hits += [SearchHit(kind, t, mid, st, bool(c)) for t, mid, st, c in s.execute(q)]
            oldest = datetime.min.replace(tzinfo=UTC)
            hits.sort(key=lambda h: h.started or oldest, reverse=True)
            return hits[:limit]
        return self._read(op)

    # -- people ----------------------------------------------------------------------------------
    def erase_person(self, name: str, placeholder: str = ERASED) -> int:
        """Replace a person's name in every record (the right to erasure); returns rows changed.

        Every field that holds a name: rosters, meetings (participants, facilitator, first speaker,
        late-comers in the course, presenters, round lines, measure owners, feed-forward givers and
        receivers, a running meeting's saved state), turns, measures, learning visits (agent and
        colleague), series rosters (two people erased in one roster stay two entries). Not changed,
        and the user must be told (:data:`ERASE_LEAVES`): a name typed inside free text. The files
        Runde keeps beside the database (backups, rescue and offline notes) are
        :func:`app.storage.erasure.erase_everywhere`'s.
        """
        def op(s: Session) -> int:
            changed = 0
            for p in s.scalars(select(m.Person).where(m.Person.name == name)):
                s.delete(p)
                changed += 1
            for row in s.scalars(select(m.Meeting)):
                new = _erase_in_meeting(row, name, placeholder)
                changed += new
            for v in s.scalars(select(m.Visit)):
                changed += _erase_in_visit(v, name, placeholder)
            for t in s.scalars(select(m.Turn).where(m.Turn.participant == name)):
                t.participant = placeholder
                changed += 1
            for ms in s.scalars(select(m.Measure).where(m.Measure.owner == name)):
                ms.owner = placeholder
                changed += 1
            for sr in s.scalars(select(m.Series)):
                changed += _erase_in_series(sr, name, placeholder)
            for team in s.scalars(select(m.Team)):
                if team.last_first_speaker == name:
                    team.last_first_speaker = None
                if team.last_facilitator == name:
                    team.last_facilitator = None
            return changed
        return self._write(op)


def _finished_course(row: m.Meeting, record: MeetingRecord) -> Course:
    """The course as stored at the start, with what the record's events tell. A meeting resumed
    after a crash has no events from before it: its late-comers are then the names after those it
    started with (a late-comer is added at the end)."""
    course = course_from_record(record, course_from_json(row.course))
    began = [str(p) for p in row.participants or []]
    now = list(record.participants)
    if not course.late and len(now) > len(began) and now[:len(began)] == began:
        course = replace(course, late=tuple(now[len(began):]))
    return course


# -- a meeting's sheet data in one statement (app.storage.json_rows) ----------------------------------

def _folded_timings() -> Any:
    return (select(json_rows(m.StepTiming.position, m.StepTiming.id, m.StepTiming.title,
                             m.StepTiming.planned_s, m.StepTiming.actual_s, m.StepTiming.step_id))
            .where(m.StepTiming.meeting_id == m.Meeting.id).correlate(m.Meeting).scalar_subquery())


def _folded_turns() -> Any:
    return (select(json_rows(m.Turn.position, m.Turn.id, m.Turn.step_id, m.Turn.participant,
                             m.Turn.status, m.Turn.spoken_s))
            .where(m.Turn.meeting_id == m.Meeting.id).correlate(m.Meeting).scalar_subquery())


def _paused_total() -> Any:
    return (select(func.coalesce(func.sum(m.Pause.duration_s), 0.0))
            .where(m.Pause.meeting_id == m.Meeting.id).correlate(m.Meeting).scalar_subquery())


def _detail(row: Sequence[Any]) -> MeetingDetail:
    """One row of :meth:`Store.meeting_details` as plain data (folded rows sorted by position, id)."""
    (mid, team, title, started, facilitator, capture, steps, ended, participants, first_speaker, course,
     turns, paused) = row
    timings = sorted(json_rows_of(steps), key=lambda r: (r[0], r[1]))
    turn_rows = sorted(json_rows_of(turns), key=lambda r: (r[0], r[1]))
    return MeetingDetail(
        mid, team or "", title, started, facilitator, capture_from_json(dict(capture or {})),
        tuple((str(t), float(p), float(a)) for _, _, t, p, a, _ in timings), ended,
        tuple(str(p) for p in participants) if isinstance(participants, list) else (),
        first_speaker or "", course_from_json(course),
        tuple(TurnRow(str(sid), str(who), str(status), float(spoken))
              for _, _, sid, who, status, spoken in turn_rows),
        float(paused or 0.0), tuple(str(sid) for *_, sid in timings))


def _erase_in_meeting(row: m.Meeting, name: str, placeholder: str) -> int:
    changed = 0
    if name in (row.participants or []):
        row.participants = [placeholder if p == name else p for p in row.participants]
        changed += 1
    if row.facilitator == name:
        row.facilitator = placeholder
        changed += 1
    if row.first_speaker == name:
        row.first_speaker = placeholder
    live = dict(row.live_state or {})
    people = live.get("participants")
    if isinstance(people, list) and name in people:  # a meeting still running (to resume)
        row.live_state = {**live, "participants": [placeholder if p == name else p for p in people]}
        changed += 1
    course = course_from_json(row.course)
    if name in course.late:
        row.course = course_to_json(replace(
            course, late=tuple(placeholder if p == name else p for p in course.late)))
        changed += 1
    data = dict(row.capture or {})
    if data:
        cap = capture_from_json(data)
        new = replace(
            cap, presenters=tuple(placeholder if p == name else p for p in cap.presenters),
            round_lines=tuple(replace(r, participant=placeholder) if r.participant == name else r
                              for r in cap.round_lines),
            measures=tuple(replace(x, owner=placeholder) if x.owner == name else x for x in cap.measures),
            feed_forward=tuple(replace(f, giver=placeholder if f.giver == name else f.giver,
                                       receiver=placeholder if f.receiver == name else f.receiver)
                               for f in cap.feed_forward))
        if new != cap:
            row.capture = capture_to_json(new)
            changed += 1
    return changed


def _erase_in_series(row: m.Series, name: str, placeholder: str) -> int:
    rule = dict(row.rule or {})
    roster = rule.get("roster")
    if not isinstance(roster, list) or not any(isinstance(e, dict) and e.get("name") == name
                                               for e in roster):
        return 0
    taken = {e.get("name") for e in roster if isinstance(e, dict)}
    new_roster = []
    for entry in roster:
        if isinstance(entry, dict) and entry.get("name") == name:
            stand_in, n = placeholder, 2
            while stand_in in taken:  # a roster's names are unique: a second erased person is "— 2"
                stand_in, n = f"{placeholder} {n}", n + 1
            taken.add(stand_in)
            entry = {**entry, "name": stand_in}  # noqa: PLW2901
        new_roster.append(entry)
    row.rule = {**rule, "roster": new_roster}
    return 1


def _erase_in_visit(row: m.Visit, name: str, placeholder: str) -> int:
    changed = 0
    if row.agent == name:
        row.agent = placeholder
        changed += 1
    if row.colleague == name:
        row.colleague = placeholder
        changed += 1
    details = dict(row.details or {})
    hit = [k for k in ("agent", "colleague") if details.get(k) == name]
    if hit:
        row.details = {**details, **dict.fromkeys(hit, placeholder)}
        changed += 0 if changed else 1
    return changed


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
        raise _open_problem(problem.kind, paths.data_dir, problem.detail) from exc


def made_key(row: m.Meeting | m.Visit) -> str:
    """What tells a meeting or visit from another given its id later (SQLite gives the id of a
    removed newest row again): a meeting's start (UTC, to the microsecond); a visit's people and day.
    Made from the row being written or a row read back alike (the names' first 40 characters: the
    column keeps 200)."""
    if isinstance(row, m.Meeting):
        return row.started.astimezone(UTC).isoformat()
    return f"{row.agent[:40]}\x1f{row.colleague[:40]}\x1f{row.day.isoformat()}"


def _team(t: m.Team) -> TeamInfo:
    return TeamInfo(t.id, t.name, tuple(p.name for p in t.people if p.active), t.last_first_speaker,
                    t.last_facilitator)


def never_started(live_state: dict[str, Any] | None) -> bool:
    """A meeting's live state (or none saved yet) says it was never started (Space was not pressed)."""
    if live_state is None:
        return True
    return live_state.get("state") == "ready" and not live_state.get("started")


def _open_problem(kind: str, folder: Path, detail: str) -> StorageError:
    """The plain error for a database that could not be opened for a reason other than damage."""
    if kind == BUSY:
        return DataInUseError(folder, detail)
    if kind == DISK and _nearly_full(folder):  # SQLite says "disk I/O error" when it cannot grow -shm
        kind = FULL
    if kind in {FULL, READ_ONLY, DISK}:
        return DataFolderError(folder, detail, full=kind == FULL, read_only=kind == READ_ONLY)
    return StorageError(f"Runde could not open its data in {folder} ({detail}). Nothing was moved or "
                        "changed.", code=StorageError.OPEN_FAILED, folder=folder, reason=detail)


def _nearly_full(folder: Path) -> bool:
    """Less than 2 MiB free where the folder (or its nearest existing parent) lives (a file system
    with no size at all, such as /proc, is not a full disk)."""
    for place in (folder, *folder.parents):
        try:
            usage = shutil.disk_usage(place)
        except OSError:
            continue
        return usage.total > 0 and usage.free < 2 * 1024 * 1024
    return False


def _folder_read_only(folder: Path) -> bool:
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


def _not_writable(db: Path) -> bool:
    """The database file exists and the OS refuses to open it for writing (read-only, immutable, a
    read-only mount, or on Windows an access control list; as root a permission alone does not stop
    it, as it does not stop SQLite): tried (:func:`~app.storage.write_probe.can_write_file`)."""
    from app.storage.write_probe import can_write_file

    return db.exists() and not can_write_file(db)


def _plain(exc: OperationalError | sqlite3.Error | OSError) -> StorageError:
    """The plain error for a write or read that failed (its ``code`` for the translated wording)."""
    orig = getattr(exc, "orig", None)
    text = str(orig) if orig is not None else str(exc)
    kind = classify(exc).kind
    if kind == FULL or "full" in text:
        return StorageError("The disk is full: nothing more can be saved until there is space again.",
                            code=StorageError.DISK_FULL, reason=text)
    if kind == READ_ONLY or "readonly" in text or "read-only" in text:
        return StorageError("The data folder is read-only: Runde cannot save there.",
                            code=StorageError.READ_ONLY, reason=text)
    if kind == BUSY or "locked" in text:
        return StorageError("The database is busy (another program holds it); Runde will try again.",
                            code=StorageError.BUSY, reason=text)
    return StorageError(f"The database could not be written: {text}", code=StorageError.WRITE_FAILED,
                        reason=text)


# -- a team's data as one JSON file -----------------------------------------------------------------

TEAM_EXPORT_VERSION = 1
LEFT_OUT = ["confidential items", "unreleased observations", "observation drafts", "visit reflections"]


def shareable_capture(cap: Capture) -> Capture:
    """A capture without its confidential items: case, presenter's learning, own questions, round
    lines, measures, learning points, topic suggestions and feed-forward marked confidential,
    confidential notes, and what was tried since last time when marked confidential."""
    def open_items(items: tuple[TextItem, ...]) -> tuple[TextItem, ...]:
        return tuple(i for i in items if not i.confidential)
    extra = dict(cap.extra)
    if tried_since_last(cap)[1]:
        extra.pop(TRIED_SINCE_LAST, None)
    return replace(
        cap, extra=extra, case_title="" if cap.case_confidential else cap.case_title,
        presenter_learning="" if cap.presenter_learning_confidential else cap.presenter_learning,
        own_questions=open_items(cap.own_questions),
        round_lines=tuple(r for r in cap.round_lines if not r.confidential),
        measures=tuple(x for x in cap.measures if not x.confidential),
        learning_points=open_items(cap.learning_points), topic_suggestions=open_items(cap.topic_suggestions),
        feed_forward=tuple(f for f in cap.feed_forward if not f.confidential),
        notes="" if cap.notes_confidential else cap.notes)


def shareable_visit(data: VisitData) -> VisitData:
    """A visit without what stays between agent and colleague: the reflections, the observation being
    typed and confidential learning points (their slots stay, empty)."""
    return replace(data, observation_draft="", agent_saw="", agent_worked="", agent_differently="",
                   colleague_experience="", colleague_thoughts="",
                   learning_points=tuple(replace(p, text="", confidential=False) if p.confidential else p
                                         for p in data.learning_points))


def export_team(store: Store, team_id: int, *, include_private: bool = False) -> dict[str, Any]:
    """A team's whole history as plain JSON (to move it to another machine).

    Without ``include_private`` (the default) confidential items, unreleased observations, observation
    drafts and visit reflections are left out, and the file says so (``includes_private``,
    ``left_out``). With it, everything is written: only for moving one's own data to another computer.
    """
    def op(s: Session) -> dict[str, Any]:
        team = s.get(m.Team, team_id)
        if team is None:
            raise KeyError(team_id)
        meetings = [export_meeting(s, r, include_private=include_private) for r in s.scalars(
            select(m.Meeting).where(m.Meeting.team_id == team_id).order_by(m.Meeting.started))]
        team_visits = select(m.Visit).where(m.Visit.team_id == team_id).order_by(m.Visit.day, m.Visit.id)
        by_visit: dict[int, list[m.Observation]] = {}
        for o in s.scalars(select(m.Observation).join(m.Visit).where(m.Visit.team_id == team_id)
                           .order_by(m.Observation.at, m.Observation.id)):  # one query, not one per visit
            by_visit.setdefault(o.visit_id, []).append(o)
        visits = [export_visit(s, v, by_visit.get(v.id, []), include_private=include_private)
                  for v in s.scalars(team_visits)]
        formats = [dict(f.data or {}) for f in s.scalars(
            select(m.TeamFormat).where(m.TeamFormat.team_id == team_id).order_by(m.TeamFormat.format_id))]
        series = [{"id": r.id, "format_id": r.format_id, "rule": dict(r.rule or {})} for r in s.scalars(
            select(m.Series).where(m.Series.team_id == team_id).order_by(m.Series.id))]
        return {"runde_team_export": TEAM_EXPORT_VERSION, "includes_private": include_private,
                "left_out": [] if include_private else list(LEFT_OUT), "name": team.name,
                "people": [p.name for p in team.people], "formats": formats, "series": series,
                "meetings": meetings, "visits": visits}
    return store._read(op)


def export_meeting(s: Session, r: m.Meeting, *, include_private: bool = True) -> dict[str, Any]:
    """One meeting as a team file has it (:func:`export_team`, :func:`import_team`)."""
    cap = capture_from_json(dict(r.capture or {}))
    return {
        "format_id": r.format_id, "format_title": r.format_title,
        "started": r.started.isoformat(),
        "ended": r.ended.isoformat() if r.ended else None,
        "facilitator": r.facilitator, "participants": list(r.participants or []),
        "first_speaker": r.first_speaker, "series": r.series_id,
        "capture": capture_to_json(cap if include_private else shareable_capture(cap)),
        "course": course_to_json(course_from_json(r.course)) if r.course is not None else None,
        "timings": [[t.step_id, t.title, t.planned_s, t.actual_s] for t in s.scalars(
            select(m.StepTiming).where(m.StepTiming.meeting_id == r.id).order_by(m.StepTiming.position))],
        "turns": [[t.step_id, t.participant, t.status, t.spoken_s] for t in s.scalars(
            select(m.Turn).where(m.Turn.meeting_id == r.id).order_by(m.Turn.position))],
        "pauses": [[p.started.isoformat(), p.duration_s, p.step_id]
                   for p in s.scalars(select(m.Pause).where(m.Pause.meeting_id == r.id)
                                      .order_by(m.Pause.started, m.Pause.id))],
    }


def export_visit(s: Session, v: m.Visit, observations: list[m.Observation] | None = None, *,
                 include_private: bool = True) -> dict[str, Any]:
    """One learning visit as a team file has it (``observations``: read here when not given)."""
    if observations is None:
        observations = list(s.scalars(select(m.Observation).where(m.Observation.visit_id == v.id)
                                      .order_by(m.Observation.at, m.Observation.id)))
    return {
        "details": dict(v.details or {}) if include_private
        else visit_to_json(shareable_visit(visit_from_json(dict(v.details or {})))),
        "observations": [{"at": o.at.isoformat(), "text": o.text, "released": o.released}
                         for o in observations if include_private or o.released]}


def import_team(store: Store, data: dict[str, Any],
                check: Callable[[Session, int], None] | None = None, *, source: str = "") -> TeamInfo:
    """Bring in a team exported by :func:`export_team` (with or without private items), all or nothing:
    the whole file is checked first (:func:`~app.storage.team_file.check_team`), then written in one
    transaction, so a file with a mistake anywhere leaves nothing behind. A name already in use
    gets a number.

    Raises:
        TeamFileError: (a ValueError) the file is not a Runde team export, or breaks a rule; it names
            ``source``, the item and the problem, never the file's text (nothing is written).
        StorageError: the database could not be written (nothing is written).
    """
    from sqlalchemy.exc import IntegrityError

    from app.storage.team_file import CONFLICT, TeamFileError, check_team

    check_team(data, source)

    def op(s: Session) -> TeamInfo:
        names = set(s.scalars(select(m.Team.name)))
        name = base = clean_text(str(data.get("name") or "Team"))[:190] or "Team"
        n = 2
        while name in names:
            name, n = f"{base} ({n})", n + 1
        team = m.Team(name=name, created=store._now())
        team.people = [m.Person(name=str(p), position=i, active=True)
                       for i, p in enumerate(data.get("people", []))]
        s.add(team)
        s.flush()
        renamed = _import_formats(store, s, team, base, data.get("formats", []))
        series_ids = _import_series(s, team.id, data.get("series", []), renamed)
        for raw in data.get("meetings", []):
            _import_meeting(store, s, team.id, raw, renamed, series_ids)
        for raw in data.get("visits", []):
            vdata = visit_from_json(dict(raw.get("details", {})))
            row = m.Visit(team_id=team.id, agent=vdata.agent, colleague=vdata.colleague, day=vdata.day)
            s.add(row)
            s.flush()
            _write_visit(s, row, vdata)
            for o in raw.get("observations", []):
                s.add(m.Observation(visit_id=row.id, at=datetime.fromisoformat(o["at"]),
                                    text=clean_text(str(o["text"])), released=bool(o.get("released"))))
        s.flush()
        if check is not None:  # e.g. counts compared before anything is committed
            check(s, team.id)
        return _team(team)
    try:
        return store._write(op)
    except TeamFileError:
        raise
    except IntegrityError:  # its text holds the rows' values: never passed on, not even as a cause
        raise TeamFileError(source, "", CONFLICT) from None
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise TeamFileError(source, "", f"is damaged ({type(exc).__name__})") from None


def _import_formats(store: Store, s: Session, team: m.Team, file_name: str, raws: list[Any]
                    ) -> dict[str, str]:
    """The team's own formats, each checked as a file is; an id already used here (or a built-in's)
    gets a new one (numbered after the team's name in the file, so a second copy of "Afsnit 3"'s
    ``slm-afsnit-3-1`` is ``slm-afsnit-3-2``). Returns the old ids that were given new ones."""
    from app.format_library import builtin_ids, copy_id
    from app.formats import FormatError, format_to_json, parse_format

    taken = set(s.scalars(select(m.TeamFormat.format_id))) | builtin_ids(store.paths)
    renamed: dict[str, str] = {}
    for raw in raws:
        try:
            fmt = parse_format(raw, f"team file: {team.name}")
        except FormatError as exc:  # checked before: only a changed rule gets here
            raise ValueError(f"a format in it cannot be used ({exc.where})") from None
        data = format_to_json(fmt)
        if fmt.id in taken:
            new_id = copy_id(fmt.id, file_name, taken)
            renamed[fmt.id], data["id"] = new_id, new_id
        taken.add(str(data["id"]))
        s.add(m.TeamFormat(team_id=team.id, format_id=str(data["id"]), data=data, saved=store._now(),
                           version=1))
    return renamed


def _import_series(s: Session, team_id: int, raws: list[Any], renamed: dict[str, str]) -> dict[int, int]:
    """The team's series, checked as stored ones are; a parent circle outside the file is dropped,
    and a calendar uid already used here is replaced (two copies never share calendar events).
    Returns new row ids by the ids in the file."""
    from app.series import SeriesError
    from app.series_json import series_from_json

    uids = {r.get("uid") for r in s.scalars(select(m.Series.rule)) if isinstance(r, dict)}
    ids: dict[int, int] = {}
    rows: list[m.Series] = []
    for raw in raws:
        format_id = renamed.get(str(raw["format_id"]), str(raw["format_id"]))
        rule = dict(raw["rule"])
        try:
            series_from_json(format_id, rule)
        except SeriesError:  # checked before: only a changed rule gets here
            raise ValueError("a meeting series in it cannot be used") from None
        if rule.get("uid") in uids:
            rule["uid"] = uuid.uuid4().hex
        uids.add(rule.get("uid"))
        row = m.Series(team_id=team_id, format_id=format_id, rule=rule)
        s.add(row)
        s.flush()
        ids[int(raw["id"])] = row.id
        rows.append(row)
    for row in rows:
        parent = row.rule.get("parent")
        row.rule = {**row.rule, "parent": ids.get(parent) if isinstance(parent, int) else None}
    return ids


def _import_meeting(store: Store, s: Session, team_id: int | None, raw: dict[str, Any],
                    renamed: dict[str, str] | None = None, series_ids: dict[int, int] | None = None) -> None:
    format_id = str(raw["format_id"])
    series = raw.get("series")
    row = m.Meeting(team_id=team_id, format_id=(renamed or {}).get(format_id, format_id),
                    series_id=(series_ids or {}).get(series) if isinstance(series, int) else None,
                    format_title=str(raw.get("format_title", "")),
                    started=datetime.fromisoformat(raw["started"]),
                    ended=datetime.fromisoformat(raw["ended"]) if raw.get("ended") else None,
                    facilitator=str(raw.get("facilitator", "")),
                    participants=[str(p) for p in raw.get("participants", [])],
                    first_speaker=str(raw.get("first_speaker", "")), case_title="", capture={},
                    # a file from before courses has none; a malformed one comes in empty
                    course=course_to_json(course_from_json(raw["course"])) if raw.get("course") is not None
                    else None)
    s.add(row)
    s.flush()
    cap = capture_from_json(dict(raw.get("capture", {})))
    row.capture, row.case_title = capture_to_json(cap), cap.case_title
    sync_points(s, row.id, cap, {})
    # opened on the meeting's day (not the day it was brought in: "open for N days" would be short)
    sync_measures(s, row, cap, {}, row.started.astimezone().date())
    for i, (step_id, title, planned, actual) in enumerate(raw.get("timings", [])):
        s.add(m.StepTiming(meeting_id=row.id, position=i, step_id=str(step_id), title=str(title),
                           planned_s=float(planned), actual_s=float(actual)))
    for i, (step_id, who, status, spoken) in enumerate(raw.get("turns", [])):
        s.add(m.Turn(meeting_id=row.id, position=i, step_id=str(step_id), participant=str(who),
                     status=str(status), spoken_s=float(spoken)))
    for started, duration, step_id in raw.get("pauses", []):
        s.add(m.Pause(meeting_id=row.id, started=datetime.fromisoformat(started), duration_s=float(duration),
                      step_id=str(step_id)))


# -- learning visits --------------------------------------------------------------------------------

@dataclass(frozen=True)
class VisitSummary:
    """One line of the visits list."""

    id: int
    team_id: int | None
    agent: str
    colleague: str
    day: date


def create_visit(store: Store, data: VisitData, team_id: int | None = None) -> int:
    """A new learning visit."""
    def op(s: Session) -> tuple[int, str]:
        row = m.Visit(team_id=team_id, agent=data.agent, colleague=data.colleague, day=data.day,
                      details=visit_to_json(data), present_at=data.present_on)
        s.add(row)
        s.flush()
        return row.id, made_key(row)
    vid, key = store._write(op)
    if store.on_made is not None:
        store.on_made("visit", vid, key)
    return vid


def save_visit(store: Store, visit_id: int, data: VisitData) -> bool:
    """Everything typed for a visit; its learning points also as searchable rows. False: there is no
    such visit (removed, e.g. on another computer), and nothing was written."""
    def op(s: Session) -> bool:
        row = s.get(m.Visit, visit_id)
        if row is not None:
            _write_visit(s, row, data)
        return row is not None
    return store._write(op)


def _write_visit(s: Session, row: m.Visit, data: VisitData) -> None:
    row.agent, row.colleague, row.day = data.agent, data.colleague, data.day
    row.details = visit_to_json(data)
    row.present_at = data.present_on if data.present_at_staff_meeting else None
    rows = {p.uid: p for p in s.scalars(select(m.LearningPoint).where(m.LearningPoint.visit_id == row.id))}
    keep = set()
    for i, item in enumerate(data.filled_points()):
        uid = f"v{row.id}/{item.id}"[:40]
        keep.add(uid)
        p = rows.get(uid) or m.LearningPoint(uid=uid, visit_id=row.id, version=0)
        p.text, p.search_text, p.confidential, p.position = (item.text, search_key(item.text),
                                                             item.confidential, i)
        p.version = (p.version or 0) + 1
        s.add(p)
    for uid, p in rows.items():
        if uid not in keep:
            s.delete(p)


def add_observation(store: Store, visit_id: int, at: datetime, text: str) -> int:
    """A timestamped observation, private."""
    def op(s: Session) -> int:
        row = m.Observation(visit_id=visit_id, at=at, text=clean_text(text), released=False)
        s.add(row)
        s.flush()
        return row.id
    return store._write(op)


def update_observation(store: Store, obs_id: int, *, text: str | None = None,
                       released: bool | None = None) -> None:
    """Edit an observation's text, or release it (one by one) for exports."""
    def op(s: Session) -> None:
        row = s.get(m.Observation, obs_id)
        if row is None:
            return
        if text is not None:
            row.text = clean_text(text)
        if released is not None:
            row.released = released
    store._write(op)


def load_visit(store: Store, visit_id: int) -> tuple[VisitData, list[VisitObservation]]:
    """A visit and its observations, oldest first."""
    def op(s: Session) -> tuple[VisitData, list[VisitObservation]]:
        row = s.get(m.Visit, visit_id)
        if row is None:
            raise KeyError(visit_id)
        obs = [VisitObservation(o.id, o.at, o.text, o.released) for o in s.scalars(
            select(m.Observation).where(m.Observation.visit_id == visit_id)
            .order_by(m.Observation.at, m.Observation.id))]
        return visit_from_json(dict(row.details or {})), obs
    return store._read(op)


def discard_blank_visit(store: Store, visit_id: int) -> bool:
    """Remove a visit closed with nothing in it (:meth:`VisitData.is_blank`, and no observation): it
    never happened, as a meeting closed before it started. False (nothing changed) for any other."""
    def op(s: Session) -> bool:
        row = s.get(m.Visit, visit_id)
        if row is None or not visit_from_json(dict(row.details or {})).is_blank():
            return False
        seen = select(func.count()).select_from(m.Observation).where(m.Observation.visit_id == visit_id)
        if s.scalar(seen):
            return False
        s.delete(row)
        return True
    return store._write(op)


def _visits_query(team_id: int | None, start: date | None, end: date | None, *, marked: bool,
                  teamless: bool) -> Any:
    q = select(m.Visit).order_by(m.Visit.day.desc())
    if team_id is not None:
        q = q.where(or_(m.Visit.team_id == team_id, m.Visit.team_id.is_(None)) if teamless
                    else m.Visit.team_id == team_id)
    if marked:
        q = q.where(m.Visit.details["present_at_staff_meeting"].as_boolean())
    if start is not None:
        q = q.where(m.Visit.day >= start)
    if end is not None:
        q = q.where(m.Visit.day <= end)
    return q


def list_visits(store: Store, team_id: int | None = None,
                start: date | None = None, end: date | None = None, *,
                marked: bool = False, teamless: bool = False) -> list[VisitSummary]:
    """Visits, newest first, optionally of a team and in a period of visit days (end inclusive).

    ``marked``: only visits marked "present at a staff meeting". ``teamless``: with a team, also the
    visits that have no team (made on a laptop that never ran a meeting).
    """
    q = _visits_query(team_id, start, end, marked=marked, teamless=teamless)
    return store._read(lambda s: [VisitSummary(r.id, r.team_id, r.agent, r.colleague, r.day)
                                  for r in s.scalars(q)])


Marked = tuple[VisitSummary, VisitData, list[VisitObservation]]


def marked_visits(store: Store, team_id: int | None, end: date, *, teamless: bool,
                  due_from: date | None = None) -> list[Marked]:
    """The visits marked "present at a staff meeting" up to ``end`` (a visit day, inclusive), newest
    first, each with its details and its observations, oldest first (:func:`list_visits` for the
    arguments). One query (each is a round trip on a server): the observations come folded into one
    JSON value per visit (:mod:`app.storage.json_rows`).

    ``due_from``: only visits that can be due on a sheet from that local day on, so a sheet does not
    read every visit of the team's years: the visit's day (its end may be the next day) or its chosen
    presentation day (``present_at``, kept with ``present_on``) from the day before on. A superset:
    the caller checks the exact moment."""
    observations = (select(json_rows(m.Observation.at, m.Observation.id, m.Observation.text,
                                     m.Observation.released))
                    .where(m.Observation.visit_id == m.Visit.id).correlate(m.Visit).scalar_subquery())
    q = _visits_query(team_id, None, end, marked=True, teamless=teamless)
    if due_from is not None:
        q = q.where(or_(m.Visit.day >= due_from - timedelta(days=2),
                        m.Visit.present_at >= due_from - timedelta(days=1)))
    q = q.with_only_columns(m.Visit.id, m.Visit.team_id, m.Visit.agent, m.Visit.colleague, m.Visit.day,
                            m.Visit.details, observations)

    def op(s: Session) -> list[Marked]:
        out = []
        for vid, team, agent, colleague, day, details, obs in s.execute(q):
            seen = sorted((json_moment(at), int(oid), str(text), bool(released))
                          for at, oid, text, released in json_rows_of(obs))
            out.append((VisitSummary(vid, team, agent, colleague, day), visit_from_json(dict(details or {})),
                        [VisitObservation(oid, at, text, released) for at, oid, text, released in seen]))
        return out
    return store._read(op)
