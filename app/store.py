"""The store: the one object the UI talks to for anything kept on disk.

Every method is one user verb in one short transaction (``with session_factory.begin()``) and returns
plain frozen dataclasses (:mod:`app.db.records`), never ORM rows. A write that fails because the disk is
full, the folder is read-only or the file is locked raises :class:`StorageError` with a plain message;
the UI keeps the edit in :class:`PendingWrites` and saves it when writing works again.

Start-up (:meth:`Store.open`) locks the data folder, checks the file, refuses a newer one, backs up and
migrates an old one; the full ``quick_check`` and the start-up backup then run in the background
(:meth:`Store.startup_result`), so a long history opens as fast as an empty one (:mod:`app.db.opening`).
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from app.capture import Capture, FeedForward, Measure, MeasureStatus, RoundLine, TextItem
from app.clock import Clock
from app.db import capture as cap
from app.db import history, meetings, people, teams, transfer
from app.db.backup import BackupInfo, list_backups, restore_backup
from app.db.engine import checkpoint, make_engine, make_session_factory
from app.db.errors import (
    AlreadyOpenError,
    DatabaseCorruptError,
    DatabaseTooNewError,
    MigrationFailedError,
    NotFoundError,
    Problem,
    StorageError,
    UnknownDatabaseError,
    problem_of,
)
from app.db.migrate import ensure_schema
from app.db.opening import Opened, StartupJob, StartupResult, open_database, startup_check
from app.db.pending import PendingWrites
from app.db.records import (
    ItemKind,
    MeasureInfo,
    MeetingDetail,
    MeetingField,
    MeetingSummary,
    RoleSuggestion,
    SearchHit,
    TeamInfo,
    UnfinishedMeeting,
)
from app.db.transfer import TeamImportError
from app.db.visit_verbs import VisitVerbs
from app.engine import MeetingRecord
from app.formats import Format, FormatError, format_to_json, parse_format
from app.paths import AppPaths

__all__ = [
    "AlreadyOpenError", "DatabaseCorruptError", "DatabaseTooNewError", "MigrationFailedError",
    "NotFoundError", "PendingWrites", "Problem", "StorageError", "Store", "TeamImportError",
    "UnknownDatabaseError",
]


class Store(VisitVerbs):
    """Opened once at start-up with :meth:`open`, closed at quit with :meth:`close`."""

    def __init__(self, paths: AppPaths, clock: Clock, opened: Opened, *, background: bool) -> None:
        super().__init__(make_session_factory(opened.engine), clock, paths)
        self.engine = opened.engine
        self._lock = opened.lock
        self.schema = opened.schema
        self.on_network_share = opened.on_network_share
        self._startup = StartupJob(lambda: startup_check(paths, self._now(), check=opened.needs_check,
                                                         changed=opened.changed), background=background)

    # -- opening, closing, backups ---------------------------------------------------------------------
    @classmethod
    def open(cls, paths: AppPaths, clock: Clock, *, lock: bool = True, background: bool = True) -> Store:
        """Lock the data folder, check, back up, migrate and open the database. The full check and the
        start-up backup run on a background thread (or before returning, with ``background=False``).

        Raises:
            AlreadyOpenError: another Runde has this data folder (nothing was touched).
            DatabaseCorruptError: the file was damaged; moved aside, good backups listed newest first.
            DatabaseTooNewError: a newer Runde wrote it (left untouched).
            UnknownDatabaseError: an SQLite file Runde did not write (left untouched).
            MigrationFailedError: upgrading failed and was rolled back.
            StorageError: the data folder cannot be created or written.
        """
        return cls(paths, clock, open_database(paths, clock.wall(), lock=lock), background=background)

    def startup_result(self, timeout: float | None = None) -> StartupResult | None:
        """The background start-up check: its health (``CORRUPT`` means offer :meth:`restore` with the
        newest of :meth:`list_backups`) and the start-up backup. Waits up to ``timeout`` seconds; the
        UI polls with ``timeout=0``."""
        return self._startup.result(timeout)

    def close(self) -> None:
        """Fold the WAL into the file, back up if anything changed, and let go of the lock."""
        self._startup.result()
        try:
            checkpoint(self.engine)
            self._backup_on_close()
        finally:
            self.engine.dispose()
            if self._lock is not None:
                self._lock.release()

    def list_backups(self) -> list[BackupInfo]:
        """Backups newest first, each with its size, date and whether it passes ``quick_check``."""
        return list_backups(self.paths.backup_dir)

    def restore(self, backup: Path, *, reason: str = "replaced") -> Path | None:
        """Replace the database with a backup ("Restore a backup"); the current file is moved aside as
        ``<name>.<reason>-<time>``, never deleted. Returns where it went."""
        self._startup.result()
        self.wait_for_backup()
        self.engine.dispose()
        moved = restore_backup(backup, self.paths.db_path, self._now(), reason=reason)
        self.engine = make_engine(self.paths.db_path, wal=not self.on_network_share)
        self.schema = ensure_schema(self.engine, self.paths.backup_dir, now=self._now())
        self._sessions = make_session_factory(self.engine)
        return moved

    # -- teams and rosters ----------------------------------------------------------------------------
    def create_team(self, name: str, people: Sequence[str] = ()) -> TeamInfo:
        """A new team with its roster (ValueError if the name is taken)."""
        return self._write(lambda s: teams.create_team(s, name, people, self._now()))

    def teams(self) -> list[TeamInfo]:
        """Every team with its roster, by name."""
        return self._read(teams.list_teams)

    def team(self, team_id: int) -> TeamInfo:
        """One team."""
        return self._read(lambda s: teams.team(s, team_id))

    def update_team(self, team_id: int, *, name: str | None = None,
                    rotate_facilitator: bool | None = None) -> TeamInfo:
        """Rename a team, or say whether it rotates the facilitator role."""
        return self._write(lambda s: teams.update_team(s, team_id, self._now(), name=name,
                                                       rotate_facilitator=rotate_facilitator))

    def set_roster(self, team_id: int, people: Sequence[str]) -> TeamInfo:
        """The team's people in order (remembered for next time)."""
        return self._write(lambda s: teams.set_roster(s, team_id, people, self._now()))

    def suggest_roles(self, team_id: int, present: Sequence[str] | None = None) -> RoleSuggestion:
        """Whose turn it is to facilitate and to open the round, given who is here."""
        return self._read(lambda s: teams.suggest_roles(s, team_id, present))

    def set_format_variant(self, team_id: int, fmt: Format) -> None:
        """Keep the team's own version of a format (durations, questions, warning times)."""
        self._write(lambda s: teams.set_format_variant(s, team_id, fmt.id, format_to_json(fmt), self._now()))

    def format_variants(self, team_id: int) -> dict[str, Format]:
        """The team's own formats by id (a variant that no longer reads is left out)."""
        out = {}
        for format_id, data in self._read(lambda s: teams.format_variants(s, team_id)).items():
            try:
                out[format_id] = parse_format(data, f"team {team_id} variant {format_id}")
            except FormatError:
                continue
        return out

    def delete_format_variant(self, team_id: int, format_id: str) -> None:
        """Go back to the built-in format."""
        self._write(lambda s: teams.delete_format_variant(s, team_id, format_id))

    # -- meetings ---------------------------------------------------------------------------------------
    def start_meeting(self, *, team_id: int | None, format_id: str, format_title: str, present: Sequence[str],
                      facilitator: str, first_speaker: str, series_id: int | None = None,
                      started_at: datetime | None = None) -> int:
        """A meeting starts; returns its id. From now on it survives a crash."""
        return self._write(lambda s: meetings.start_meeting(
            s, team_id=team_id, format_id=format_id, format_title=format_title, present=present,
            facilitator=facilitator, first_speaker=first_speaker, series_id=series_id,
            started_at=started_at or self._now(), now=self._now()))

    def save_live_state(self, meeting_id: int, state: Mapping[str, Any]) -> None:
        """The running engine's state (``meeting_to_state``), for resuming after a crash."""
        self._write(lambda s: meetings.save_live_state(s, meeting_id, state, self._now()))

    def unfinished_meetings(self) -> list[UnfinishedMeeting]:
        """Meetings that were running when Runde stopped: offer to resume them."""
        return self._read(meetings.unfinished)

    def finish_meeting(self, meeting_id: int, record: MeetingRecord,
                       titles: Mapping[str, str] | None = None) -> None:
        """Keep how the meeting went: planned and actual step times, every turn, pauses."""
        self._write(lambda s: meetings.finish_meeting(s, meeting_id, record, titles or {}, self._now()))

    def end_unfinished(self, meeting_id: int) -> None:
        """Close an unfinished meeting without resuming it (everything captured stays)."""
        self._write(lambda s: meetings.end_unfinished(s, meeting_id, self._now()))

    def delete_meeting(self, meeting_id: int) -> None:
        """Remove a meeting with everything captured in it."""
        self._write(lambda s: meetings.delete_meeting(s, meeting_id))

    def meetings(self, team_id: int | None = None, limit: int = 200,
                 before: datetime | None = None) -> list[MeetingSummary]:
        """A team's history (or everyone's), newest first; ``before`` pages back."""
        return self._read(lambda s: meetings.summaries(s, team_id, limit, before))

    def meeting(self, meeting_id: int) -> MeetingDetail:
        """One meeting with everything captured and how it went."""
        return self._read(lambda s: meetings.detail(s, meeting_id))

    def capture(self, meeting_id: int) -> Capture:
        """What was captured in a meeting."""
        return self._read(lambda s: cap.load_capture(s, meeting_id))

    # -- capture edits: each saves one field or one item -------------------------------------------------
    def set_text(self, meeting_id: int, field: MeetingField, text: str,
                 confidential: bool | None = None) -> None:
        """Save the case title, the presenter's learning, the focus area or the notes."""
        self._write(lambda s: cap.set_text(s, meeting_id, field, text, confidential, self._now()))

    def set_extra(self, meeting_id: int, key: str, value: str | None) -> None:
        """Save one of a format's own free fields (None removes it)."""
        self._write(lambda s: cap.set_extra(s, meeting_id, key, value, self._now()))

    def set_presenters(self, meeting_id: int, names: Sequence[str]) -> None:
        """Who presents the case."""
        self._write(lambda s: cap.set_presenters(s, meeting_id, names))

    def set_question_asked(self, meeting_id: int, index: int, asked: bool) -> None:
        """Tick or untick one of the format's learning questions."""
        self._write(lambda s: cap.set_question(s, meeting_id, index, asked))

    def save_item(self, meeting_id: int, kind: ItemKind, item: TextItem, position: int | None = None) -> None:
        """Add or update a learning point, an own question or a topic suggestion."""
        self._write(lambda s: cap.save_item(s, meeting_id, kind, item, position, self._now()))

    def delete_item(self, meeting_id: int, kind: ItemKind, item_id: str) -> None:
        """Remove a learning point, an own question or a topic suggestion."""
        self._write(lambda s: cap.delete_item(s, meeting_id, kind, item_id))

    def save_round_line(self, meeting_id: int, line: RoundLine) -> None:
        """One person's line in the round, or their pass."""
        self._write(lambda s: cap.save_round_line(s, meeting_id, line))

    def delete_round_line(self, meeting_id: int, participant: str) -> None:
        """Remove one person's round line."""
        self._write(lambda s: cap.delete_round_line(s, meeting_id, participant))

    def save_measure(self, meeting_id: int, measure: Measure, position: int | None = None) -> int:
        """Add or update an organisational measure; returns its id (for marking it done later)."""
        return self._write(lambda s: cap.save_measure(s, meeting_id, measure, position, self._now()))

    def delete_measure(self, meeting_id: int, item_id: str) -> None:
        """Remove a measure."""
        self._write(lambda s: cap.delete_measure(s, meeting_id, item_id))

    def save_feed_forward(self, meeting_id: int, ff: FeedForward, position: int | None = None) -> None:
        """Add or update a feed-forward suggestion."""
        self._write(lambda s: cap.save_feed_forward(s, meeting_id, ff, position))

    def delete_feed_forward(self, meeting_id: int, item_id: str) -> None:
        """Remove a feed-forward suggestion."""
        self._write(lambda s: cap.delete_feed_forward(s, meeting_id, item_id))

    def save_capture(self, meeting_id: int, capture: Capture) -> None:
        """Save a whole capture at once (points and measures that stay keep their ids)."""
        self._write(lambda s: cap.replace_capture(s, meeting_id, capture, self._now()))

    # -- measures and search -----------------------------------------------------------------------------
    def open_measures(self, team_id: int | None = None) -> list[MeasureInfo]:
        """Measures not yet done or dropped, oldest first."""
        return self._read(lambda s: history.open_measures(s, team_id))

    def measures_between(self, team_id: int | None, start: datetime, end: datetime) -> list[MeasureInfo]:
        """Measures from meetings in a period (for the staff-meeting sheet)."""
        return self._read(lambda s: history.measures_between(s, team_id, start, end))

    def set_measure_status(self, measure_id: int, status: MeasureStatus) -> MeasureInfo:
        """Mark a measure done, dropped or open again."""
        return self._write(lambda s: history.set_measure_status(s, measure_id, status, self._now()))

    def search(self, team_id: int | None, text: str, limit: int = 50) -> list[SearchHit]:
        """Learning points and measures containing ``text`` (any case, any script), newest first."""
        return self._read(lambda s: history.search(s, team_id, text, limit))

    # -- people and moving a team ---------------------------------------------------------------------
    def erase_person(self, name: str, placeholder: str = people.PLACEHOLDER, *, in_texts: bool = True) -> int:
        """Remove a person everywhere at once; returns how many records changed."""
        return self._write(lambda s: people.erase_person(s, name, placeholder, in_texts=in_texts))

    def export_team(self, team_id: int) -> dict[str, Any]:
        """Everything of one team as plain JSON."""
        return self._read(lambda s: transfer.export_team(s, team_id, self._now()))

    def export_team_file(self, team_id: int, target: Path) -> None:
        """Write a team's export to ``target`` whole or not at all.

        Raises:
            StorageError: the file could not be written.
        """
        data = json.dumps(self.export_team(team_id), ensure_ascii=False, indent=1).encode("utf-8")
        partial = target.with_name(f".{target.name}.partial")
        try:
            with open(partial, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(partial, target)
        except OSError as exc:
            partial.unlink(missing_ok=True)
            raise StorageError(problem_of(exc), f"{target}: {exc.strerror or exc}") from exc

    def import_team(self, doc: Mapping[str, Any]) -> TeamInfo:
        """A new team from an export (TeamImportError if the document cannot be read)."""
        return self._write(lambda s: transfer.import_team(s, dict(doc), self._now()))

    def import_team_file(self, source: Path) -> TeamInfo:
        """A new team from an export file."""
        try:
            doc = json.loads(source.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise TeamImportError(f"{source} cannot be read as a Runde team export: {exc}") from exc
        return self.import_team(doc)
