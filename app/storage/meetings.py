"""Meetings and what is captured in them, in the database: starting, the live state kept for
resuming after a crash, finishing with the actual course, the capture and its searchable rows.

Each function works inside a transaction the :class:`~app.storage.store.Store` opened
(``Store.read`` / ``Store.write``) and takes the session and any moment it needs (the store's
clock), never the store; the Store's methods of the same names are the public surface. Also here:
what tells a meeting or visit from another (:func:`made_key`) and this computer's id
(:func:`read_computer_id`), which names the computer running a meeting.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from app.capture import Capture, capture_from_json, capture_to_json
from app.engine import MeetingRecord
from app.paths import AppPaths
from app.private import private_dir, write_private
from app.record import Course, course_from_json, course_from_record, course_to_json
from app.storage import models as m
from app.storage.versions import SaveResult, Seen, merged, seen_in, sync_measures, sync_points

RUNNING_ELSEWHERE = timedelta(seconds=90)  # a running meeting saves its live state every 5 s
RUNNER = "runde_runner"  # the key in a live state that names the computer that saved it


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


def read_computer_id(paths: AppPaths) -> str:
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


def made_key(row: m.Meeting | m.Visit) -> str:
    """What tells a meeting or visit from another given its id later (SQLite gives the id of a
    removed newest row again): a meeting's start (UTC, to the microsecond); a visit's people and day.
    Made from the row being written or a row read back alike (the names' first 40 characters: the
    column keeps 200)."""
    if isinstance(row, m.Meeting):
        return row.started.astimezone(UTC).isoformat()
    return f"{row.agent[:40]}\x1f{row.colleague[:40]}\x1f{row.day.isoformat()}"


def never_started(live_state: dict[str, Any] | None) -> bool:
    """A meeting's live state (or none saved yet) says it was never started (Space was not pressed)."""
    if live_state is None:
        return True
    return live_state.get("state") == "ready" and not live_state.get("started")


def start(s: Session, *, team_id: int | None, format_id: str, format_title: str,
          participants: list[str], facilitator: str, first_speaker: str, presenters: Sequence[str],
          course: Course | None, now: datetime) -> tuple[int, str]:
    """A new meeting row (started ``now``) with the presenters chosen at the start and its course so
    far; the team remembers who facilitated and spoke first. Returns its id and :func:`made_key`."""
    cap = Capture(presenters=tuple(presenters))
    row = m.Meeting(team_id=team_id, format_id=format_id, format_title=format_title,
                    started=now, facilitator=facilitator, participants=participants,
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


def save_live_state(s: Session, meeting_id: int, state: dict[str, Any], runner: str, now: datetime) -> None:
    """The engine's state, noting the computer that saved it (``runner``) and when."""
    row = s.get(m.Meeting, meeting_id)
    if row is not None:
        row.live_state, row.live_saved = {**state, RUNNER: runner}, now


def unfinished(s: Session) -> list[Unfinished]:
    """Meetings not ended that have a live state."""
    rows = s.scalars(select(m.Meeting).where(m.Meeting.ended.is_(None), m.Meeting.live_state.is_not(None)))
    out = []
    for r in rows:
        state = dict(r.live_state or {})
        runner = state.pop(RUNNER, None)
        out.append(Unfinished(r.id, r.format_id, r.started, r.live_saved,
                              state, runner if isinstance(runner, str) else None))
    return out


def finish(s: Session, meeting_id: int, record: MeetingRecord, titles: dict[str, str], now: datetime) -> None:
    """Keep the actual course of a meeting (see :meth:`Store.finish_meeting
    <app.storage.store.Store.finish_meeting>`); ``now`` is its end when the record has none."""
    row = s.get(m.Meeting, meeting_id)
    if row is None:
        return
    row.ended = record.ended or now
    row.live_state = None
    row.course = course_to_json(finished_course(row, record))
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


def finished_course(row: m.Meeting, record: MeetingRecord) -> Course:
    """The course as stored at the start, with what the record's events tell. A meeting resumed
    after a crash has no events from before it: its late-comers are then the names after those it
    started with (a late-comer is added at the end)."""
    course = course_from_record(record, course_from_json(row.course))
    began = [str(p) for p in row.participants or []]
    now = list(record.participants)
    if not course.late and len(now) > len(began) and now[:len(began)] == began:
        course = replace(course, late=tuple(now[len(began):]))
    return course


def save_capture(s: Session, meeting_id: int, cap: Capture, seen_here: Seen, today: date
                 ) -> tuple[SaveResult, Seen, set[str]]:
    """Write a meeting's capture and its points' and measures' rows (new measures opened ``today``),
    taking changes made elsewhere as :mod:`app.storage.versions` says. Returns the result, the
    versions now seen and the uids of rows gone."""
    row = s.get(m.Meeting, meeting_id)
    if row is None:
        return SaveResult(), {}, set()
    points = sync_points(s, meeting_id, cap, seen_here)
    measures = sync_measures(s, row, cap, seen_here, today)
    stored = merged(cap, points, measures)
    row.capture = capture_to_json(stored)
    row.case_title = cap.case_title
    result = SaveResult(tuple(points.conflicts + measures.conflicts), stored if stored != cap else None)
    return result, {**points.seen, **measures.seen}, points.gone | measures.gone


def discard_unstarted(s: Session, meeting_id: int) -> bool:
    """Remove a meeting never started with nothing captured (see :meth:`Store.discard_unstarted
    <app.storage.store.Store.discard_unstarted>`); False (nothing changed) for any other."""
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


def read_capture(s: Session, meeting_id: int) -> tuple[Capture, Seen]:
    """A meeting's capture and the versions of its points and measures as read now."""
    row = s.get(m.Meeting, meeting_id)
    cap = capture_from_json(dict(row.capture or {})) if row else Capture()
    return cap, seen_in(s, meeting_id)
