"""Each team's own variants of formats, in the database: one ``team_format`` row each, holding the
format file's JSON (``app.formats.format_to_json``). The JSON is checked by the rules of loading
whenever it is read back (:func:`app.storage.format_library.team_formats`), so a damaged row is reported and
kept, never used and never deleted.

Functions take the :class:`~app.storage.store.Store` and use its transactions, so writing problems
are :class:`~app.storage.errors.StorageError` as everywhere else.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.capture import clean_text
from app.storage import models as m
from app.storage.errors import StorageError
from app.storage.store import Store


@dataclass(frozen=True)
class TeamFormatRecord:
    """A stored team format: whose it is, its id, its JSON, and when it was last saved."""

    format_id: str
    team_id: int
    team_name: str
    data: dict[str, Any]
    saved: datetime
    version: int


class FormatOfOtherTeamError(StorageError):
    """The format id already belongs to another team's format (nothing was written)."""

    def __init__(self, format_id: str, team_name: str) -> None:
        super().__init__(f"The format id {format_id} already belongs to the team {team_name}.",
                         code=StorageError.OTHER_TEAMS_FORMAT)
        self.format_id, self.team_name = format_id, team_name


def _record(row: m.TeamFormat, team_name: str) -> TeamFormatRecord:
    return TeamFormatRecord(row.format_id, row.team_id, team_name, dict(row.data or {}),
                            row.saved, row.version)


def team_formats(store: Store, team_id: int | None = None) -> list[TeamFormatRecord]:
    """Every team's formats (or one team's), by team name and id."""
    def op(s: Session) -> list[TeamFormatRecord]:
        q = select(m.TeamFormat, m.Team.name).join(m.Team, m.Team.id == m.TeamFormat.team_id)
        if team_id is not None:
            q = q.where(m.TeamFormat.team_id == team_id)
        rows = s.execute(q.order_by(m.Team.name, m.TeamFormat.format_id)).all()
        return [_record(row, name) for row, name in rows]
    return store.read(op)


def team_format_ids(store: Store) -> set[str]:
    """Every format id a team's format uses (a new copy takes none of them)."""
    return store.read(lambda s: set(s.scalars(select(m.TeamFormat.format_id))))


def ensure_team(store: Store, name: str) -> int:
    """The id of the team called ``name``, created with an empty roster if it is new (a team can
    have its own format before its first meeting)."""
    name = clean_text(name)[:200] or "Team"

    def op(s: Session) -> int:
        team = s.scalar(select(m.Team).where(m.Team.name == name))
        if team is None:
            team = m.Team(name=name, created=store.now())
            s.add(team)
            s.flush()
        return team.id
    return store.write(op)


def put_team_format(s: Session, team_id: int, data: dict[str, Any], now: datetime) -> None:
    """Insert or replace a team's format inside an open transaction (also used by the team import)."""
    format_id = str(data["id"])
    row = s.scalar(select(m.TeamFormat).where(m.TeamFormat.format_id == format_id))
    if row is not None and row.team_id != team_id:
        owner = s.get(m.Team, row.team_id)
        raise FormatOfOtherTeamError(format_id, owner.name if owner else "?")
    if row is None:
        s.add(m.TeamFormat(team_id=team_id, format_id=format_id, data=data, saved=now, version=1))
    else:
        row.data, row.saved, row.version = data, now, row.version + 1


def save_team_format(store: Store, team_id: int, data: dict[str, Any]) -> None:
    """Store (or replace) a team's format, ``data`` being its file JSON with an ``id``. Check it
    first (:func:`app.storage.format_library.save_team_format` does).

    Raises:
        FormatOfOtherTeamError: another team has a format with this id (nothing written).
        StorageError: the database could not be written (nothing written).
    """
    store.write(lambda s: put_team_format(s, team_id, data, store.now()))


def delete_team_format(store: Store, format_id: str) -> bool:
    """Remove a team's format; True if there was one. Past meetings keep their format's title."""
    def op(s: Session) -> bool:
        row = s.scalar(select(m.TeamFormat).where(m.TeamFormat.format_id == format_id))
        if row is None:
            return False
        s.delete(row)
        return True
    return store.write(op)
