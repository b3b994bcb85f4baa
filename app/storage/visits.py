"""Learning visits in the database: a visit's details and learning points (also as searchable rows),
its timestamped private observations, the visits list and the visits due on a staff-meeting sheet.

Functions take the :class:`~app.storage.store.Store` and use its transactions, so writing problems
are :class:`~app.storage.errors.StorageError` as everywhere else (as :mod:`app.storage.series_store`);
:func:`write_visit` works inside a transaction already open (a team file's import, sending what was
made offline).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.capture import clean_text
from app.storage import models as m
from app.storage.json_rows import json_rows
from app.storage.json_rows import moment as json_moment
from app.storage.json_rows import rows as json_rows_of
from app.storage.meetings import made_key
from app.storage.store import Store
from app.storage.versions import search_key
from app.visit import VisitData, VisitObservation, visit_from_json, visit_to_json


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
    vid, key = store.write(op)
    if store.on_made is not None:
        store.on_made("visit", vid, key)
    return vid


def save_visit(store: Store, visit_id: int, data: VisitData) -> bool:
    """Everything typed for a visit; its learning points also as searchable rows. False: there is no
    such visit (removed, e.g. on another computer), and nothing was written."""
    def op(s: Session) -> bool:
        row = s.get(m.Visit, visit_id)
        if row is not None:
            write_visit(s, row, data)
        return row is not None
    return store.write(op)


def write_visit(s: Session, row: m.Visit, data: VisitData) -> None:
    """Write ``data`` into a visit's row inside an open transaction: its people, day, details and
    presentation day, and its learning points as searchable rows (those no longer there removed)."""
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
    return store.write(op)


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
    store.write(op)


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
    return store.read(op)


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
    return store.write(op)


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
    return store.read(lambda s: [VisitSummary(r.id, r.team_id, r.agent, r.colleague, r.day)
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
    return store.read(op)
