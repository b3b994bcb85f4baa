"""Measures and search in the database: open measures (for the lists and the sheet, carried forward
from before a period), a measure marked done, dropped or open again, and the search of learning
points and measures.

Each function works inside a transaction the :class:`~app.storage.store.Store` opened
(``Store.read`` / ``Store.write``): it takes the session, never the store; the Store's methods of
the same names are the public surface.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.capture import MeasureStatus, capture_from_json, capture_to_json
from app.storage import models as m
from app.storage.versions import row_uid


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
class SearchHit:
    """A learning point or measure matching a search."""

    kind: str  # "point" | "measure"
    text: str
    meeting_id: int | None
    started: datetime | None
    confidential: bool


def open_measures(s: Session, team_id: int | None) -> list[MeasureInfo]:
    """Measures not yet done or dropped, oldest first."""
    q = (select(*_MEASURE_INFO).where(m.Measure.status == "open")
         .order_by(m.Measure.opened, m.Measure.id))
    if team_id is not None:
        q = q.where(m.Measure.team_id == team_id)
    return [MeasureInfo(*r) for r in s.execute(q)]


def opened_before(s: Session, team_id: int | None, utc: datetime) -> list[MeasureInfo]:
    """Open measures of meetings started before ``utc`` (a measure without a meeting: opened on an
    earlier day), oldest first, in one query (each is a round trip on a server)."""
    q = (select(*_MEASURE_INFO).outerjoin(m.Meeting, m.Meeting.id == m.Measure.meeting_id)
         .where(m.Measure.status == "open",
                or_(m.Meeting.started < utc,
                    m.Measure.meeting_id.is_(None) & (m.Measure.opened < utc.date())))
         .order_by(m.Measure.opened, m.Measure.id))
    if team_id is not None:
        q = q.where(m.Measure.team_id == team_id)
    return [MeasureInfo(*r) for r in s.execute(q)]


def set_status(s: Session, uid: str, status: str, today: date) -> None:
    """Mark a measure done or dropped (closed ``today``) or open again, also in its meeting's capture."""
    row = s.scalar(select(m.Measure).where(m.Measure.uid == uid))
    if row is None:
        return
    row.status = status
    row.closed = None if status == "open" else today
    row.version += 1
    meeting = s.get(m.Meeting, row.meeting_id) if row.meeting_id else None
    if meeting is not None:
        cap = capture_from_json(dict(meeting.capture or {}))
        meeting.capture = capture_to_json(replace(cap, measures=tuple(
            replace(x, status=MeasureStatus(status)) if row_uid(meeting.id, x.id) == uid else x
            for x in cap.measures)))


def search(s: Session, key: str, team_id: int | None, limit: int) -> list[SearchHit]:
    """Learning points and measures whose search text holds ``key`` (a
    :func:`~app.storage.versions.search_key`), newest first."""
    pattern = "%" + key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
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
