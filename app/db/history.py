"""Using the history: search as you type over learning points and measures, open measures until
someone marks them done, and a team's measures for the staff-meeting sheet."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.capture import MeasureStatus
from app.db import models as m
from app.db.capture import set_status
from app.db.records import HitKind, MeasureInfo, SearchHit
from app.db.teams import get
from app.db.text import search_key, snippet


def _measure(r: m.Measure) -> MeasureInfo:
    return MeasureInfo(r.id, r.meeting_id, r.team_id, r.item_id, r.text, r.kind, r.owner, r.due, r.status,
                       r.closed_on, r.confidential, r.at)


def open_measures(s: Session, team_id: int | None) -> list[MeasureInfo]:
    """Measures still open (a team's, or everyone's), oldest first: listed until marked done."""
    q = select(m.Measure).where(m.Measure.status == MeasureStatus.OPEN.value, m.Measure.text != "")
    if team_id is not None:
        q = q.where(m.Measure.team_id == team_id)
    return [_measure(r) for r in s.scalars(q.order_by(m.Measure.at, m.Measure.position, m.Measure.id))]


def measures_between(s: Session, team_id: int | None, start: datetime, end: datetime) -> list[MeasureInfo]:
    """Measures from meetings in ``start`` <= time < ``end``, oldest first."""
    q = select(m.Measure).where(m.Measure.at >= start, m.Measure.at < end, m.Measure.text != "")
    if team_id is not None:
        q = q.where(m.Measure.team_id == team_id)
    return [_measure(r) for r in s.scalars(q.order_by(m.Measure.at, m.Measure.position, m.Measure.id))]


def set_measure_status(s: Session, measure_id: int, status: MeasureStatus, now: datetime) -> MeasureInfo:
    """Mark a measure done, dropped or open again."""
    row = get(s, m.Measure, measure_id)
    set_status(row, status, now)
    return _measure(row)


def _hits(s: Session, model: Any, kind: HitKind, team_id: int | None, needle: str, limit: int
          ) -> list[SearchHit]:
    cols = [model.id, model.text, model.search_text, model.meeting_id, model.team_id, model.at,
            model.confidential]
    cols.append(model.visit_id if kind is HitKind.LEARNING_POINT else model.status)
    # NOTE: a portable LIKE '%x%' (wildcards escaped); measured faster on SQLite than instr(), and both
    # sides are already case-folded, so LIKE's own ASCII-only case rules never matter.
    q = select(*cols).where(model.search_text.contains(needle, autoescape=True))
    if team_id is not None:
        q = q.where(model.team_id == team_id)
    rows = s.execute(q.order_by(model.at.desc(), model.id.desc()).limit(limit))
    out = []
    for row_id, text, key, meeting_id, team, at, confidential, last in rows:
        point = kind is HitKind.LEARNING_POINT
        out.append(SearchHit(kind, row_id, snippet(text, key, needle), meeting_id, last if point else None,
                             team, at, confidential, None if point else last))
    return out


def search(s: Session, team_id: int | None, text: str, limit: int) -> list[SearchHit]:
    """Learning points and measures containing ``text`` in any case and any script, newest first
    (within one meeting its learning points before its measures)."""
    needle = search_key(text.strip())
    if not needle or limit <= 0:
        return []
    hits = (_hits(s, m.LearningPoint, HitKind.LEARNING_POINT, team_id, needle, limit)
            + _hits(s, m.Measure, HitKind.MEASURE, team_id, needle, limit))
    hits.sort(key=lambda h: (h.at, h.kind is HitKind.LEARNING_POINT, h.id), reverse=True)
    return hits[:limit]
