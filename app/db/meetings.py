"""Meetings: created when they start, the live engine state for crash recovery, the actual course
(step times, turns, pauses) when they finish, and the history read back."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from app.db import models as m
from app.db.capture import load_capture
from app.db.records import (
    MeetingDetail,
    MeetingSummary,
    PauseInfo,
    StepTime,
    TurnInfo,
    UnfinishedMeeting,
)
from app.db.teams import get, name_of
from app.engine import MeetingRecord


def start_meeting(s: Session, *, team_id: int | None, format_id: str, format_title: str,
                  present: Sequence[str], facilitator: str, first_speaker: str, series_id: int | None,
                  started_at: datetime, now: datetime) -> int:
    """A meeting begins: it is in the history from now on (and offered for resuming after a crash)."""
    if team_id is not None:
        get(s, m.Team, team_id)
    row = m.Meeting(team_id=team_id, series_id=series_id, format_id=format_id, format_title=format_title,
                    started_at=started_at, facilitator=name_of(facilitator),
                    first_speaker=name_of(first_speaker), updated_at=now)
    s.add(row)
    s.flush()
    _set_attendance(s, row.id, present)
    return row.id


def _set_attendance(s: Session, meeting_id: int, present: Sequence[str]) -> None:
    s.execute(delete(m.Attendance).where(m.Attendance.meeting_id == meeting_id))
    names = list(dict.fromkeys(n for n in (name_of(p) for p in present) if n))
    s.add_all(m.Attendance(meeting_id=meeting_id, position=i, name=n) for i, n in enumerate(names))


def save_live_state(s: Session, meeting_id: int, state: Mapping[str, Any], now: datetime) -> None:
    """The engine's state as JSON (``app.engine.meeting_to_state``), for resuming after a crash."""
    row = get(s, m.Meeting, meeting_id)
    row.live_state, row.live_saved_at, row.updated_at = dict(state), now, now


def unfinished(s: Session) -> list[UnfinishedMeeting]:
    """Meetings that never finished: Runde stopped (crash, kill, power) while they ran."""
    q = (select(m.Meeting, m.Team.name).outerjoin(m.Team, m.Team.id == m.Meeting.team_id)
         .where(m.Meeting.ended_at.is_(None)).order_by(m.Meeting.started_at.desc()))
    return [UnfinishedMeeting(r.id, r.team_id, name or "", r.format_id, r.format_title, r.started_at,
                              r.live_saved_at, dict(r.live_state or {})) for r, name in s.execute(q)]


def finish_meeting(s: Session, meeting_id: int, record: MeetingRecord, titles: Mapping[str, str],
                   now: datetime) -> None:
    """Keep how the meeting went: step times, every turn, pauses; it is no longer live."""
    row = get(s, m.Meeting, meeting_id)
    row.ended_at = record.ended or now
    row.live_state, row.updated_at = None, now
    if record.participants:
        _set_attendance(s, meeting_id, record.participants)
    for model in (m.StepTiming, m.Turn, m.Pause):
        s.execute(delete(model).where(model.meeting_id == meeting_id))
    s.add_all(m.StepTiming(meeting_id=meeting_id, position=i, step_id=st.step_id,
                           title=titles.get(st.step_id, st.step_id), planned_s=st.planned_s,
                           actual_s=st.actual_s, extra_s=st.extra_s) for i, st in enumerate(record.steps))
    s.add_all(m.Turn(meeting_id=meeting_id, position=i, step_id=t.step_id, participant=t.participant,
                     status=str(t.status.value), spoken_s=t.spoken_s) for i, t in enumerate(record.turns))
    s.add_all(m.Pause(meeting_id=meeting_id, position=i, started_at=p.started, duration_s=p.duration_s,
                      step_id=p.step_id) for i, p in enumerate(record.pauses))


def end_unfinished(s: Session, meeting_id: int, now: datetime) -> None:
    """Close a meeting that will not be resumed; it ended when its state was last saved."""
    row = get(s, m.Meeting, meeting_id)
    if row.ended_at is None:
        row.ended_at = row.live_saved_at or row.started_at
    row.live_state, row.updated_at = None, now


def delete_meeting(s: Session, meeting_id: int) -> None:
    """Remove a meeting with everything captured in it."""
    s.delete(get(s, m.Meeting, meeting_id))


def summaries(s: Session, team_id: int | None, limit: int, before: datetime | None = None
              ) -> list[MeetingSummary]:
    """A team's meetings (or everyone's), newest first; ``before`` pages further back."""
    points = (select(func.count(m.LearningPoint.id))
              .where(m.LearningPoint.meeting_id == m.Meeting.id, m.LearningPoint.text != "")
              .correlate(m.Meeting).scalar_subquery())
    still_open = (select(func.count(m.Measure.id))
                  .where(m.Measure.meeting_id == m.Meeting.id, m.Measure.status == "open")
                  .correlate(m.Meeting).scalar_subquery())
    q = select(m.Meeting, points, still_open).order_by(m.Meeting.started_at.desc(), m.Meeting.id.desc())
    if team_id is not None:
        q = q.where(m.Meeting.team_id == team_id)
    if before is not None:
        q = q.where(m.Meeting.started_at < before)
    return [_summary(r, int(n), int(k)) for r, n, k in s.execute(q.limit(limit))]


def _summary(r: m.Meeting, points: int, still_open: int) -> MeetingSummary:
    return MeetingSummary(r.id, r.team_id, r.format_id, r.format_title, r.started_at, r.ended_at,
                          r.facilitator, r.case_title, r.case_confidential, points, still_open)


def detail(s: Session, meeting_id: int) -> MeetingDetail:
    """One meeting with everything captured and how it went."""
    row = get(s, m.Meeting, meeting_id)
    cap = load_capture(s, meeting_id)
    still_open = sum(1 for x in cap.measures if x.status.value == "open")

    def rows(model: Any) -> Sequence[Any]:
        return s.scalars(select(model).where(model.meeting_id == meeting_id).order_by(model.position)).all()

    return MeetingDetail(
        summary=_summary(row, sum(1 for p in cap.learning_points if p.text), still_open),
        series_id=row.series_id,
        present=tuple(a.name for a in rows(m.Attendance)),
        first_speaker=row.first_speaker,
        capture=cap,
        focus_area_confidential=row.focus_area_confidential,
        steps=tuple(StepTime(t.step_id, t.title, t.planned_s, t.actual_s, t.extra_s)
                    for t in rows(m.StepTiming)),
        turns=tuple(TurnInfo(t.step_id, t.participant, t.status, t.spoken_s) for t in rows(m.Turn)),
        pauses=tuple(PauseInfo(p.started_at, p.duration_s, p.step_id) for p in rows(m.Pause)))
