"""The Store: the one object the UI talks to for anything stored, opened once at start-up.

This module holds the connection (opening a local file or a server, the checks before and the
restore of a backup), the transactions (:meth:`Store.write`, :meth:`Store.read`, :meth:`Store.reading`)
and the Store's public surface. Each public method is one user verb in one short transaction and
returns plain frozen dataclasses, never ORM rows; its work is done by the module of its concern,
inside the transaction the Store opened:

- :mod:`app.storage.teams`: teams and rosters;
- :mod:`app.storage.meetings`: a meeting's start, live state, end and capture;
- :mod:`app.storage.meeting_history`: the history and what a staff-meeting sheet reads;
- :mod:`app.storage.measures`: open measures, their status, and search;
- :mod:`app.storage.erase_rows`: erasing a person's name.

Concerns that are functions taking the Store (not its methods) live beside it: learning visits
(:mod:`app.storage.visits`), the team file (:mod:`app.storage.team_transfer`), series
(:mod:`app.storage.series_store`) and team formats (:mod:`app.storage.format_store`). Writing
problems (disk full, read-only folder) become :class:`StorageError` with a plain message
(:mod:`app.storage.faults` words them); the UI keeps the edit and tries again (see
:class:`~app.storage.pending.PendingWrites`).
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine, select, update
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from app.capture import Capture, TextItem
from app.engine import MeetingRecord
from app.paths import AppPaths
from app.private import private_dir, private_file, private_umask
from app.record import Course
from app.storage import erase_rows, measures, meeting_history, meetings, teams
from app.storage import models as m
from app.storage.backup import BackupScheduler, backup_now, thin_backups
from app.storage.database import ServerDatabase
from app.storage.erase_rows import ERASED
from app.storage.errors import (
    DatabaseReadOnlyError,
    DataFolderReadOnlyError,
    ServerUnreachableError,
    StorageError,
)
from app.storage.faults import open_problem, plain_error, server_error
from app.storage.measures import MeasureInfo, SearchHit
from app.storage.meeting_history import MeetingDetail, MeetingSummary
from app.storage.meetings import Unfinished
from app.storage.migrate import current_revision
from app.storage.opening import (
    folder_read_only,
    local_engine,
    not_writable,
    read_only_engine,
    restore_from_backup,
    server_engine,
)
from app.storage.safety import InstanceLock, is_network_path
from app.storage.sqlite import checkpoint, classify
from app.storage.teams import TeamInfo
from app.storage.versions import Conflict, SaveResult, Seen, measure_fields, point_fields, search_key

T = TypeVar("T")


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
        self.now = now  # the injected clock: every reading of "now" for stored data
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
        # A store is used from the GUI thread and from one background thread (BackgroundWrites, in
        # app.storage.pending): :meth:`reading`'s session is per thread, and the two notes above
        # change under a lock.
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
        if folder_read_only(paths.data_dir):
            return cls._open_read_only(paths, now)
        try:
            private_dir(paths.data_dir)
        except OSError as exc:
            problem = classify(exc)
            raise open_problem(problem.kind, paths.data_dir, problem.detail) from None
        inst = InstanceLock(paths.data_dir) if lock else None
        if inst is not None:
            with private_umask():
                inst.acquire()
            private_file(inst.path)
        try:
            with private_umask():  # a new database, its -wal and -shm, a backup: 0600 (app.private)
                engine = local_engine(paths, now)
        except BaseException:
            if inst is not None:
                inst.release()
            raise
        store = cls(engine, paths, now, inst)
        store.read_only = not_writable(paths.db_path)
        store.changed_elsewhere()  # takes note of the counter
        return store

    @classmethod
    def _open_read_only(cls, paths: AppPaths, now: Callable[[], datetime]) -> Store:
        """The data folder cannot be written: its database opened to read only, without a lock
        (:func:`~app.storage.opening.read_only_engine` says why none is needed)."""
        store = cls(read_only_engine(paths), paths, now, None)
        store.read_only = store.read_only_folder = True
        store.changed_elsewhere()  # takes note of the counter
        return store

    @classmethod
    def open_server(cls, database: ServerDatabase, paths: AppPaths, now: Callable[[], datetime]) -> Store:
        """The Store of a PostgreSQL server, connected, migrated and opened by
        :func:`~app.storage.opening.server_engine` (which lists what it raises)."""
        store = cls(server_engine(database, paths, now), paths, now, None, database)
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
        return self._backup(self.now())

    def _backup(self, now: datetime) -> Path:
        """Back up and thin; a lock, a full disk or a read-only folder is a :class:`StorageError`."""
        try:
            path = backup_now(self.paths.db_path, self.paths.backup_dir, now)
            self.backups.done(now)
            thin_backups(self.paths.backup_dir, now)
        except (sqlite3.Error, OSError) as exc:
            problem = classify(exc)
            raise open_problem(problem.kind, self.paths.backup_dir, problem.detail) from exc
        return path

    def maybe_backup(self) -> Path | None:
        """A backup if data changed and the last one is 30 minutes old."""
        now = self.now()
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
            return restore_from_backup(self.paths, backup, self.now())
        finally:
            if self._lock is not None:
                self._lock.release()

    # -- the transaction wrapper -----------------------------------------------------------------
    def write(self, fn: Callable[[Session], T]) -> T:
        """Run ``fn`` in one write transaction and return its result; the change counter goes up.

        Raises:
            StorageError: the data is closed (after a restore), opened to read only, the server is
                out of reach, or the write failed (disk full, read-only, busy): nothing is written.
        """
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
            raise plain_error(exc) from exc
        self.backups.changed()
        with self._note_lock:
            if mark is not None and self._mark is not None and mark == self._mark + 1:
                self._mark = mark  # only our own write since we last looked: nothing to refresh
        return result

    def changed_elsewhere(self) -> bool:
        """True when another instance wrote since this one last looked (one row read: poll it every
        couple of seconds). The first call only takes note."""
        mark = self.read(lambda s: s.scalar(select(m.ChangeMark.counter).where(m.ChangeMark.id == 1)))
        with self._note_lock:
            if mark is None or mark == self._mark:
                return False
            first, self._mark = self._mark is None, mark
        return not first

    def read(self, fn: Callable[[Session], T]) -> T:
        """Run ``fn`` in a read session (the one of :meth:`reading` when inside it) and return its
        result.

        Raises:
            StorageError: the server is out of reach, or the read failed.
        """
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
            plain = plain_error(exc)
            if plain.code == StorageError.READ_ONLY and not_writable(self.paths.db_path):
                return DatabaseReadOnlyError(self.paths.db_path)  # the file, not the folder
            return plain
        told = server_error(self.server.label(), exc)  # (TLS: a reconnection after the server's
        if isinstance(told, ServerUnreachableError):  # certificate or TLS settings changed)
            self._go_offline()
        return told if told is not None else plain_error(exc)

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

    # -- teams (app.storage.teams) ---------------------------------------------------------------
    def teams(self) -> list[TeamInfo]:
        """Every team with its roster, by name."""
        return self.read(teams.all_teams)

    def team_ids(self) -> list[int]:
        """Every team's id (one query, no rosters)."""
        return self.read(teams.team_ids)

    def team_id(self, name: str) -> int | None:
        """The id of the team with this name."""
        return self.read(lambda s: teams.team_id(s, name))

    def join_team(self, name: str, people: list[str]) -> TeamInfo:
        """Those at a meeting: the team is made with them, or its list gains the names new to it and
        keeps everyone who was not there."""
        return self.write(lambda s: teams.join_team(s, name, people, self.now()))

    def save_team(self, name: str, people: list[str]) -> TeamInfo:
        """Create a team or replace its roster (people keep their order)."""
        return self.write(lambda s: teams.save_team(s, name, people, self.now()))

    # -- meetings and capture (app.storage.meetings) -----------------------------------------------
    def start_meeting(self, *, team_id: int | None, format_id: str, format_title: str,
                      participants: list[str], facilitator: str, first_speaker: str,
                      presenters: Sequence[str] = (), course: Course | None = None) -> int:
        """A meeting begins: it is in the history from now on, with the case presenters chosen at the
        start (in its capture) and its course so far (the language, the learning questions)."""
        mid, key = self.write(lambda s: meetings.start(
            s, team_id=team_id, format_id=format_id, format_title=format_title, participants=participants,
            facilitator=facilitator, first_speaker=first_speaker, presenters=presenters, course=course,
            now=self.now()))
        if self.on_made is not None:
            self.on_made("meeting", mid, key)
        return mid

    def save_live_state(self, meeting_id: int, state: dict[str, Any]) -> None:
        """The engine's state, for resuming after a crash."""
        runner = self.computer_id
        self.write(lambda s: meetings.save_live_state(s, meeting_id, state, runner, self.now()))

    def unfinished_meetings(self) -> list[Unfinished]:
        """Meetings not ended that have a live state: running when Runde stopped, or (on a server)
        running on another computer (:meth:`Unfinished.running_elsewhere`)."""
        return self.read(meetings.unfinished)

    @property
    def computer_id(self) -> str:
        """This data folder's id: names the computer that runs a meeting (several share a server).
        Read (or made) on first use, not at every open."""
        with self._note_lock:
            if self._computer is None:
                self._computer = meetings.read_computer_id(self.paths)
            return self._computer

    def runs_elsewhere(self, meeting: Unfinished) -> bool:
        """On a server: the meeting is going on on another computer right now (not to be resumed or
        ended here). A local file has one Runde at a time."""
        return self.server is not None and meeting.running_elsewhere(self.computer_id, self.now())

    def finish_meeting(self, meeting_id: int, record: MeetingRecord, titles: dict[str, str]) -> None:
        """Keep the actual course: step times, turns, pauses, who took part (late-comers too), and
        the course (:func:`app.record.course_from_record`); the meeting is no longer live."""
        self.write(lambda s: meetings.finish(s, meeting_id, record, titles, self.now()))

    def save_capture(self, meeting_id: int, cap: Capture) -> SaveResult:
        """Everything typed for a meeting; points and measures also as searchable rows.

        A point or measure changed on another computer since this store read it is not overwritten:
        if it was not changed here, the other content is taken; if it was, it is a :class:`Conflict`
        in the result (see :mod:`app.storage.versions`), and :meth:`keep_mine` lets the next save
        write this one's. ``stored`` in the result is what was written when it differs from ``cap``.
        """
        def op(s: Session) -> tuple[SaveResult, Seen, set[str]]:
            with self._note_lock:
                seen_here = dict(self._seen)
            return meetings.save_capture(s, meeting_id, cap, seen_here, self.now().date())
        for _attempt in range(5):
            try:
                result, seen, gone = self.write(op)
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
        return self.write(lambda s: meetings.discard_unstarted(s, meeting_id))

    def keep_mine(self, conflict: Conflict) -> None:
        """The user chose their own text over the other computer's: the next save writes it."""
        fields = (point_fields(conflict.theirs) if isinstance(conflict.theirs, TextItem)
                  else measure_fields(conflict.theirs))
        with self._note_lock:
            self._seen[conflict.uid] = (conflict.version, fields)

    def capture(self, meeting_id: int) -> Capture:
        """What was captured for a meeting (and, for later saves, which versions this store saw)."""
        cap, seen = self.read(lambda s: meetings.read_capture(s, meeting_id))
        with self._note_lock:
            self._seen.update(seen)
        return cap

    # -- history and sheets (app.storage.meeting_history) ------------------------------------------
    def meetings(self, team_id: int | None = None, limit: int = 200) -> list[MeetingSummary]:
        """A team's history, newest first."""
        return self.read(lambda s: meeting_history.summaries(s, team_id, limit))

    def meeting_details(self, team_id: int | None, start: datetime, end: datetime,
                        meeting_id: int | None = None) -> list[MeetingDetail]:
        """Finished or running meetings in a period (or one meeting), oldest first, with timings.

        One query however many meetings there are (each is a round trip on a server): the meetings
        with their team's name and their timings folded into one JSON value each
        (:mod:`app.storage.json_rows`). Only the columns a sheet shows are read, as plain rows (no
        ORM objects).
        """
        return self.read(lambda s: meeting_history.details(s, team_id, start, end, meeting_id))

    def existing_meetings(self, ids: set[int]) -> set[int]:
        """Which of these meeting ids are in the database (one query, however many there are)."""
        if not ids:
            return set()
        return self.read(lambda s: meeting_history.existing(s, ids))

    def last_sheet_end(self, team_id: int | None) -> datetime | None:
        """The moment the last staff-meeting sheet ended (UTC): "since the last sheet" starts there.

        A sheet covers meetings up to the moment it was made (``exported``) and never past the end of
        its last day (``period_end``, a local date; a sheet made later for an earlier period). The
        earlier of the two is taken, so no meeting is ever skipped. Rows written before moments were
        kept (``period_end`` then a UTC date, ``exported`` the saving time) stay safe: at worst a
        meeting held just after local midnight shows on the next sheet again.
        """
        return self.read(lambda s: meeting_history.last_sheet_end(s, team_id))

    def record_sheet(self, team_id: int | None, start: date, end: date,
                     made: datetime | None = None) -> None:
        """A staff-meeting sheet was exported, so the next one starts where this one ended.

        ``made`` is the moment its content was gathered (``Sheet.covers_until``), default now; it is
        kept as ``exported`` (UTC). ``start`` and ``end`` are the local days printed on it.
        """
        moment = (made or self.now()).astimezone(UTC)
        self.write(lambda s: meeting_history.record_sheet(s, team_id, start, end, moment))

    # -- measures and search (app.storage.measures) -------------------------------------------------
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
        return self.read(lambda s: measures.opened_before(s, team_id, utc))

    def open_measures(self, team_id: int | None = None) -> list[MeasureInfo]:
        """Measures not yet done or dropped, oldest first."""
        return self.read(lambda s: measures.open_measures(s, team_id))

    def set_measure_status(self, uid: str, status: str) -> None:
        """Mark a measure done, dropped or open again (also in its meeting's capture)."""
        self.write(lambda s: measures.set_status(s, uid, status, self.now().date()))

    def search(self, text: str, team_id: int | None = None, limit: int = 50) -> list[SearchHit]:
        """Learning points and measures containing ``text`` (any case, any script), newest first."""
        key = search_key(text.strip())
        if not key:
            return []
        return self.read(lambda s: measures.search(s, key, team_id, limit))

    # -- people (app.storage.erase_rows) --------------------------------------------------------------
    def erase_person(self, name: str, placeholder: str = ERASED) -> int:
        """Replace a person's name in every record (the right to erasure); returns rows changed.

        Every field that holds a name: rosters, meetings (participants, facilitator, first speaker,
        late-comers in the course, presenters, round lines, measure owners, feed-forward givers and
        receivers, a running meeting's saved state), turns, measures, learning visits (agent and
        colleague), series rosters (two people erased in one roster stay two entries). Not changed,
        and the user must be told (:data:`~app.storage.erase_rows.ERASE_LEAVES`): a name typed
        inside free text. The files Runde keeps beside the database (backups, rescue and offline
        notes) are :func:`app.storage.erasure.erase_everywhere`'s.
        """
        return self.write(lambda s: erase_rows.erase_person(s, name, placeholder))

