"""Learning visits (DOMAIN.md F2): the check-in, private observations, both sides' reflections, the
three learning points, and whether to present them at a staff meeting."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from app.capture import TextItem
from app.db import models as m
from app.db.capture import MAX_ID
from app.db.records import ObservationInfo, VisitDetail, VisitField, VisitPlan, VisitSummary
from app.db.teams import get, name_of
from app.db.text import search_key


def visit_at(day: date) -> datetime:
    """Where a visit's learning points sort in the history: the visit's day."""
    return datetime.combine(day, time(12, 0), tzinfo=UTC)


def create_visit(s: Session, team_id: int | None, agent: str, colleague: str, plan: VisitPlan,
                 now: datetime) -> int:
    """A learning visit is planned."""
    if team_id is not None:
        get(s, m.Team, team_id)
    row = m.Visit(team_id=team_id, agent=name_of(agent), colleague=name_of(colleague), day=plan.day,
                  created_at=now, updated_at=now)
    s.add(row)
    _apply_plan(row, plan)
    s.flush()
    return row.id


def _apply_plan(row: m.Visit, plan: VisitPlan) -> None:
    row.day, row.length, row.start_time, row.end_time = plan.day, plan.length, plan.start_time, plan.end_time
    row.ground_rules, row.observation_mode = list(plan.ground_rules), plan.observation_mode
    row.consent_given, row.manager_informed = plan.consent_given, plan.manager_informed


def set_plan(s: Session, visit_id: int, plan: VisitPlan, now: datetime) -> None:
    """The check-in form: day, length, times, ground rules, mode, consent, manager informed."""
    row = get(s, m.Visit, visit_id)
    _apply_plan(row, plan)
    row.updated_at = now
    for p in s.scalars(select(m.LearningPoint).where(m.LearningPoint.visit_id == visit_id)):
        p.at = visit_at(plan.day)


def set_people(s: Session, visit_id: int, agent: str, colleague: str, now: datetime) -> None:
    """Who is the learning agent and who the colleague."""
    row = get(s, m.Visit, visit_id)
    row.agent, row.colleague, row.updated_at = name_of(agent), name_of(colleague), now


def set_text(s: Session, visit_id: int, field: VisitField, text: str, confidential: bool | None,
             now: datetime) -> None:
    """One free text of the visit (goals, focus, reflections)."""
    row = get(s, m.Visit, visit_id)
    setattr(row, field.value, text)
    if confidential is not None:
        marked = set(row.confidential_fields or [])
        marked = marked | {field.value} if confidential else marked - {field.value}
        row.confidential_fields = sorted(marked)
    row.updated_at = now


def set_presentation(s: Session, visit_id: int, present: bool, on: date | None, now: datetime) -> None:
    """Present the learning points at a staff meeting (off by default), and when."""
    row = get(s, m.Visit, visit_id)
    row.present_at_staff_meeting, row.present_on, row.updated_at = present, on, now


def add_observation(s: Session, visit_id: int, at: datetime, text: str) -> int:
    """A timestamped observation, private until released."""
    get(s, m.Visit, visit_id)
    row = m.Observation(visit_id=visit_id, at=at, text=text, released=False)
    s.add(row)
    s.flush()
    return row.id


def update_observation(s: Session, observation_id: int, *, text: str | None = None,
                       released: bool | None = None) -> None:
    """Change an observation's text, or release it (or take it back)."""
    row = get(s, m.Observation, observation_id)
    if text is not None:
        row.text = text
    if released is not None:
        row.released = released


def delete_observation(s: Session, observation_id: int) -> None:
    """Remove an observation."""
    s.delete(get(s, m.Observation, observation_id))


def save_point(s: Session, visit_id: int, item: TextItem, position: int | None, now: datetime) -> None:
    """Add or update one of the visit's learning points."""
    if not item.id or len(item.id) > MAX_ID:
        raise ValueError(f"a learning point needs an id of 1 to {MAX_ID} characters")
    visit = get(s, m.Visit, visit_id)
    row = s.scalar(select(m.LearningPoint).where(m.LearningPoint.visit_id == visit_id,
                                                 m.LearningPoint.item_id == item.id))
    if row is None:
        top = s.scalar(select(func.max(m.LearningPoint.position)).where(m.LearningPoint.visit_id == visit_id))
        row = m.LearningPoint(visit_id=visit_id, team_id=visit.team_id, at=visit_at(visit.day),
                              item_id=item.id, position=0 if top is None else top + 1)
        s.add(row)
    row.text, row.search_text = item.text, search_key(item.text)
    row.confidential, row.updated_at = item.confidential, now
    if position is not None:
        row.position = position


def delete_point(s: Session, visit_id: int, item_id: str) -> None:
    """Remove one of the visit's learning points."""
    s.execute(delete(m.LearningPoint).where(m.LearningPoint.visit_id == visit_id,
                                            m.LearningPoint.item_id == item_id))


def _summary(r: m.Visit, points: int) -> VisitSummary:
    return VisitSummary(r.id, r.team_id, r.agent, r.colleague, r.day, points)


def summaries(s: Session, team_id: int | None) -> list[VisitSummary]:
    """A team's learning visits (or everyone's), newest first."""
    points = (select(func.count(m.LearningPoint.id))
              .where(m.LearningPoint.visit_id == m.Visit.id, m.LearningPoint.text != "")
              .correlate(m.Visit).scalar_subquery())
    q = select(m.Visit, points).order_by(m.Visit.day.desc(), m.Visit.id.desc())
    if team_id is not None:
        q = q.where(m.Visit.team_id == team_id)
    return [_summary(r, int(n)) for r, n in s.execute(q)]


def detail(s: Session, visit_id: int) -> VisitDetail:
    """A visit with everything written down."""
    r = get(s, m.Visit, visit_id)
    points = tuple(TextItem(p.item_id, p.text, p.confidential) for p in s.scalars(
        select(m.LearningPoint).where(m.LearningPoint.visit_id == visit_id)
        .order_by(m.LearningPoint.position, m.LearningPoint.id)))
    observations = tuple(ObservationInfo(o.id, o.at, o.text, o.released) for o in s.scalars(
        select(m.Observation).where(m.Observation.visit_id == visit_id).order_by(m.Observation.at,
                                                                                 m.Observation.id)))
    plan = VisitPlan(r.day, r.length, r.start_time, r.end_time, tuple(r.ground_rules or ()),
                     r.observation_mode, r.consent_given, r.manager_informed)
    return VisitDetail(
        summary=_summary(r, sum(1 for p in points if p.text)), plan=plan,
        texts={f: str(getattr(r, f.value)) for f in VisitField},
        confidential=frozenset(VisitField(f) for f in r.confidential_fields or () if f in set(VisitField)),
        present_at_staff_meeting=r.present_at_staff_meeting, present_on=r.present_on,
        observations=observations, learning_points=points)
