"""Meeting series (circles over time, DOMAIN.md 4.9): cadence, lifetime, roster, moved or cancelled
dates. The scheduling rules themselves belong to the circles issue; this keeps what they need."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.db import models as m
from app.db.records import SeriesException, SeriesInfo, SeriesSpec
from app.db.teams import get, name_of

CADENCES = ("weekly_n", "monthly_nth_weekday", "manual")


def create_series(s: Session, spec: SeriesSpec, now: datetime) -> int:
    """A new series with its roster and exceptions.

    Raises:
        ValueError: an unknown cadence.
    """
    if spec.cadence not in CADENCES:
        raise ValueError(f"cadence must be one of {CADENCES}, not {spec.cadence!r}")
    get(s, m.Team, spec.team_id)
    row = m.Series(team_id=spec.team_id, format_id=spec.format_id, title=spec.title, cadence=spec.cadence,
                   every_n=spec.every_n, weekday=spec.weekday, nth=spec.nth, start_date=spec.start_date,
                   end_date=spec.end_date, time_of_day=spec.time_of_day, duration_s=spec.duration_s,
                   created_at=now)
    s.add(row)
    s.flush()
    set_roster(s, row.id, spec.members)
    for exc in spec.exceptions:
        add_exception(s, row.id, exc)
    return row.id


def set_roster(s: Session, series_id: int, members: Sequence[tuple[str, date | None]]) -> None:
    """The series' members in order, each with the day they joined."""
    get(s, m.Series, series_id)
    s.execute(delete(m.SeriesMember).where(m.SeriesMember.series_id == series_id))
    s.add_all(m.SeriesMember(series_id=series_id, position=i, name=name_of(n), joined=j)
              for i, (n, j) in enumerate(members) if name_of(n))


def add_exception(s: Session, series_id: int, exc: SeriesException) -> None:
    """One date moved or cancelled (replacing an earlier exception for the same date)."""
    get(s, m.Series, series_id)
    s.execute(delete(m.SeriesException).where(m.SeriesException.series_id == series_id,
                                              m.SeriesException.day == exc.day))
    s.add(m.SeriesException(series_id=series_id, day=exc.day, kind=exc.kind, moved_to=exc.moved_to))


def end_series(s: Session, series_id: int, end: date | None) -> None:
    """Set (or clear) the day a series ends, e.g. when a mini-circle is dissolved."""
    get(s, m.Series, series_id).end_date = end


def _info(s: Session, r: m.Series) -> SeriesInfo:
    members = tuple((x.name, x.joined) for x in s.scalars(
        select(m.SeriesMember).where(m.SeriesMember.series_id == r.id).order_by(m.SeriesMember.position)))
    exceptions = tuple(SeriesException(x.day, x.kind, x.moved_to) for x in s.scalars(
        select(m.SeriesException).where(m.SeriesException.series_id == r.id).order_by(m.SeriesException.day)))
    spec = SeriesSpec(r.team_id, r.format_id, r.cadence, r.start_date, r.title, r.every_n, r.weekday, r.nth,
                      r.end_date, r.time_of_day, r.duration_s, members, exceptions)
    return SeriesInfo(r.id, spec)


def series_of(s: Session, team_id: int) -> list[SeriesInfo]:
    """A team's series, oldest first."""
    rows = s.scalars(select(m.Series).where(m.Series.team_id == team_id).order_by(m.Series.start_date,
                                                                                  m.Series.id))
    return [_info(s, r) for r in rows]
