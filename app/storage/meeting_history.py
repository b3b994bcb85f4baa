"""Reading meetings back for the history and the staff-meeting sheets: a team's history
(:class:`MeetingSummary`), meetings with everything a sheet shows (:class:`MeetingDetail`, in one
statement however many there are) and the sheets made so far ("since the last sheet").

Each function works inside a transaction the :class:`~app.storage.store.Store` opened
(``Store.read`` / ``Store.write``): it takes the session, never the store; the Store's methods of
the same names are the public surface.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.capture import Capture, capture_from_json
from app.record import Course, course_from_json
from app.storage import models as m
from app.storage.json_rows import json_rows
from app.storage.json_rows import rows as json_rows_of


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


def summaries(s: Session, team_id: int | None, limit: int) -> list[MeetingSummary]:
    """A team's history (every team's, without one), newest first."""
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


def details(s: Session, team_id: int | None, start: datetime, end: datetime,
            meeting_id: int | None) -> list[MeetingDetail]:
    """Meetings in a period (or one meeting), oldest first, with timings, in one query (see
    :meth:`Store.meeting_details <app.storage.store.Store.meeting_details>`)."""
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
    return [_detail(r) for r in s.execute(q)]


def existing(s: Session, ids: set[int]) -> set[int]:
    """Which of these meeting ids are in the database (one query)."""
    return set(s.scalars(select(m.Meeting.id).where(m.Meeting.id.in_(ids))))


def last_sheet_end(s: Session, team_id: int | None) -> datetime | None:
    """The moment the last staff-meeting sheet ended, UTC (see :meth:`Store.last_sheet_end
    <app.storage.store.Store.last_sheet_end>`); a sheet without a team continues the last such sheet."""
    q = select(m.Sheet.period_end, m.Sheet.exported).where(
        m.Sheet.team_id.is_(None) if team_id is None else m.Sheet.team_id == team_id)
    ends = []
    for period_end, exported in s.execute(q):
        day_end = datetime.combine(period_end + timedelta(days=1), time.min).astimezone()
        made = exported
        ends.append(min(made, day_end) if made is not None else day_end)
    return max(ends).astimezone(UTC) if ends else None


def record_sheet(s: Session, team_id: int | None, start: date, end: date, moment: datetime) -> None:
    """A sheet for the local days ``start`` to ``end``, its content gathered at ``moment`` (UTC)."""
    s.add(m.Sheet(team_id=team_id, period_start=start, period_end=end, exported=moment))


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

