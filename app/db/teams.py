"""Teams, rosters, each team's own variants of formats, roles in turn, and exported sheets.

Repository functions: each takes an open :class:`Session`, never commits, and returns plain data.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any, TypeVar

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.db import models as m
from app.db.base import Base
from app.db.errors import NotFoundError
from app.db.records import RoleSuggestion, SheetInfo, TeamInfo
from app.participants import clean_name

R = TypeVar("R", bound=Base)
MAX_NAME = 200


def get(s: Session, model: type[R], row_id: int) -> R:
    """The row with this id.

    Raises:
        NotFoundError: there is none (deleted, or never there).
    """
    row = s.get(model, row_id)
    if row is None:
        raise NotFoundError(f"{model.__tablename__} {row_id}")
    return row


def name_of(raw: str) -> str:
    """A person's or team's name as stored: cleaned like the start screen cleans it."""
    return clean_name(raw)[:MAX_NAME]


def team_info(t: m.Team) -> TeamInfo:
    """The plain form of a team row."""
    return TeamInfo(t.id, t.name, tuple(p.name for p in t.people if p.active), t.rotate_facilitator)


def team(s: Session, team_id: int) -> TeamInfo:
    """One team."""
    return team_info(get(s, m.Team, team_id))


def create_team(s: Session, name: str, people: Sequence[str], now: datetime) -> TeamInfo:
    """A new team with its roster.

    Raises:
        ValueError: the name is empty or another team has it.
    """
    clean = name_of(name)
    if not clean:
        raise ValueError("a team needs a name")
    if s.scalar(select(m.Team.id).where(m.Team.name == clean)) is not None:
        raise ValueError(f"there is already a team called {clean!r}")
    team = m.Team(name=clean, created_at=now, updated_at=now)
    s.add(team)
    s.flush()
    return set_roster(s, team.id, people, now)


def list_teams(s: Session) -> list[TeamInfo]:
    """Every team, by name."""
    return [team_info(t) for t in s.scalars(select(m.Team).order_by(m.Team.name))]


def update_team(s: Session, team_id: int, now: datetime, *, name: str | None = None,
                rotate_facilitator: bool | None = None) -> TeamInfo:
    """Rename a team or say whether it rotates the facilitator role."""
    team = get(s, m.Team, team_id)
    if name is not None and name_of(name):
        team.name = name_of(name)
    if rotate_facilitator is not None:
        team.rotate_facilitator = rotate_facilitator
    team.updated_at = now
    return team_info(team)


def set_roster(s: Session, team_id: int, people: Sequence[str], now: datetime) -> TeamInfo:
    """The team's people, in order. Someone left out stays on record as inactive (with their joined
    date) and comes back active when added again."""
    team = get(s, m.Team, team_id)
    wanted = list(dict.fromkeys(n for n in (name_of(p) for p in people) if n))
    rows = {p.name: p for p in team.people}
    for i, name in enumerate(wanted):
        row = rows.get(name)
        if row is None:
            row = m.Person(name=name, joined=now.date())
            team.people.append(row)
        row.position, row.active = i, True
    gone = [row for name, row in rows.items() if name not in wanted]
    for j, row in enumerate(sorted(gone, key=lambda r: r.position)):
        row.active, row.position = False, len(wanted) + j
    team.updated_at = now
    s.flush()
    s.expire(team, ["people"])
    return team_info(team)


def _next_after(order: Sequence[str], last: str | None, present: Sequence[str]) -> str | None:
    """The first present person after ``last`` in ``order`` (wrapping), or the first present one."""
    here = set(present)
    if not here:
        return None
    names = list(order) + [p for p in present if p not in order]
    start = names.index(last) + 1 if last in names else 0
    return next((n for n in names[start:] + names[:start] if n in here), None)


def suggest_roles(s: Session, team_id: int, present: Sequence[str] | None) -> RoleSuggestion:
    """Facilitator and first speaker for today, from the team's last meeting (DOMAIN.md 4.3).

    The round starts with the next person each meeting; the facilitator stays the same unless the
    team rotates the role (or last time's facilitator is not here), then it is the next person.
    """
    team = get(s, m.Team, team_id)
    roster = [p.name for p in team.people if p.active]
    here = list(present) if present is not None else roster
    last = s.execute(select(m.Meeting.facilitator, m.Meeting.first_speaker)
                     .where(m.Meeting.team_id == team_id)
                     .order_by(m.Meeting.started_at.desc(), m.Meeting.id.desc()).limit(1)).first()
    last_fac, last_first = (last[0] or None, last[1] or None) if last else (None, None)
    if last_fac is not None and last_fac in here and not team.rotate_facilitator:
        facilitator: str | None = last_fac
    else:
        facilitator = _next_after(roster, last_fac, here)
    return RoleSuggestion(facilitator, _next_after(roster, last_first, here), last_fac, last_first)


# -- the team's own variants of formats ---------------------------------------------------------------

def set_format_variant(s: Session, team_id: int, format_id: str, data: dict[str, Any],
                       now: datetime) -> None:
    """Keep the team's own version of a format (its JSON form)."""
    get(s, m.Team, team_id)
    row = s.scalar(select(m.FormatVariant).where(m.FormatVariant.team_id == team_id,
                                                 m.FormatVariant.format_id == format_id))
    if row is None:
        row = m.FormatVariant(team_id=team_id, format_id=format_id)
        s.add(row)
    row.data, row.updated_at = dict(data), now


def format_variants(s: Session, team_id: int) -> dict[str, dict[str, Any]]:
    """The team's own formats by id, as JSON."""
    rows = s.scalars(select(m.FormatVariant).where(m.FormatVariant.team_id == team_id))
    return {r.format_id: dict(r.data) for r in rows}


def delete_format_variant(s: Session, team_id: int, format_id: str) -> None:
    """Back to the built-in format."""
    s.execute(delete(m.FormatVariant).where(m.FormatVariant.team_id == team_id,
                                            m.FormatVariant.format_id == format_id))


# -- sheets -------------------------------------------------------------------------------------------

def _sheet(r: m.Sheet) -> SheetInfo:
    return SheetInfo(r.id, r.team_id, r.period_start, r.period_end, r.exported_at)


def record_sheet(s: Session, team_id: int | None, start: date, end: date, now: datetime) -> SheetInfo:
    """A staff-meeting sheet for ``start``..``end`` was exported."""
    row = m.Sheet(team_id=team_id, period_start=start, period_end=end, exported_at=now)
    s.add(row)
    s.flush()
    return _sheet(row)


def last_sheet(s: Session, team_id: int | None) -> SheetInfo | None:
    """The sheet with the latest period end (so the next one starts after it)."""
    q = select(m.Sheet).order_by(m.Sheet.period_end.desc(), m.Sheet.id.desc()).limit(1)
    q = q.where(m.Sheet.team_id == team_id) if team_id is not None else q.where(m.Sheet.team_id.is_(None))
    row = s.scalar(q)
    return _sheet(row) if row else None
