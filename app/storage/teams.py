"""Teams and their rosters in the database: :class:`TeamInfo` and the reads and writes of one team.

Each function works inside a transaction the :class:`~app.storage.store.Store` opened
(``Store.read`` / ``Store.write``): it takes the session, never the store.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.capture import clean_text
from app.storage import models as m


@dataclass(frozen=True)
class TeamInfo:
    """A team and its roster."""

    id: int
    name: str
    people: tuple[str, ...]
    last_first_speaker: str | None
    last_facilitator: str | None


def team_info(t: m.Team) -> TeamInfo:
    """A team row as plain data (the active people of its roster, in order)."""
    return TeamInfo(t.id, t.name, tuple(p.name for p in t.people if p.active), t.last_first_speaker,
                    t.last_facilitator)


def all_teams(s: Session) -> list[TeamInfo]:
    """Every team with its roster, by name."""
    return [team_info(t) for t in s.scalars(select(m.Team).order_by(m.Team.name))]


def team_ids(s: Session) -> list[int]:
    """Every team's id (one query, no rosters)."""
    return list(s.scalars(select(m.Team.id).order_by(m.Team.id)))


def team_id(s: Session, name: str) -> int | None:
    """The id of the team with this name."""
    return s.scalar(select(m.Team.id).where(m.Team.name == name))


def join_team(s: Session, name: str, people: list[str], now: datetime) -> TeamInfo:
    """Those at a meeting, as the team's list keeps them: a team is made (``now``) with them; on an
    existing team, names new to it are added at the end, and nobody leaves the list for not being
    there (unticked on the start screen, or left out of ``runde run --participants``)."""
    team = s.scalar(select(m.Team).where(m.Team.name == (clean_text(name)[:200] or "Team")))
    known = [p.name for p in team.people if p.active] if team is not None else []
    return save_team(s, name, known + [n for n in people if n not in known], now)


def save_team(s: Session, name: str, people: list[str], now: datetime) -> TeamInfo:
    """Create a team (made ``now``) or replace its roster (people keep their order). The name is
    stored as clean text of at most 200 characters ("Team" when empty)."""
    name = clean_text(name)[:200] or "Team"
    team = s.scalar(select(m.Team).where(m.Team.name == name))
    if team is None:
        team = m.Team(name=name, created=now)
        s.add(team)
    existing = {p.name: p for p in team.people}
    team.people = [existing.get(n) or m.Person(name=n, position=i, active=True)
                   for i, n in enumerate(people)]
    for i, p in enumerate(team.people):
        p.position = i
    s.flush()
    return team_info(team)

