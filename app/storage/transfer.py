"""Moving a team's history between two databases (the local SQLite file and a server, either way),
with the rows of every table counted on both sides before anything is committed.

What moves: the roster, the team's own formats and meeting series, meetings with their capture and
course, step timings, turns and pauses, learning points, measures, learning visits with their
observations: everything, confidential and private items too. What does not: the list of staff-meeting sheets
already made (the next sheet there starts from the team's first meeting).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import ColumnElement, delete, func, or_, select
from sqlalchemy.orm import Session

from app.storage import models as m
from app.storage.errors import StorageError
from app.storage.store import Store
from app.storage.team_transfer import export_team, import_team

COUNTED = ("person", "team_format", "series", "meeting", "step_timing", "turn", "pause",
           "learning_point", "measure", "visit", "observation")


class CountsDifferError(StorageError):
    """The copy's row counts differ from the source's: nothing was written to the target."""

    def __init__(self, source: dict[str, int], target: dict[str, int]) -> None:
        differ = ", ".join(f"{t} {source[t]} → {target.get(t)}" for t in COUNTED
                           if source[t] != target.get(t))
        super().__init__(f"The copy does not match the original ({differ}); nothing was written.")
        self.source, self.target = source, target


class TeamExistsError(StorageError):
    """The target already has a team of that name (nothing was written)."""


@dataclass(frozen=True)
class MoveReport:
    """What was moved: the team's name and the rows per table (the same on both sides)."""

    team: str
    counts: dict[str, int]
    removed_from_source: bool


def team_counts(s: Session, team_id: int) -> dict[str, int]:
    """Rows per table that belong to a team."""
    meetings = select(m.Meeting.id).where(m.Meeting.team_id == team_id)
    visits = select(m.Visit.id).where(m.Visit.team_id == team_id)

    def count(model: type[m.Base], where: ColumnElement[bool]) -> int:
        return int(s.scalar(select(func.count()).select_from(model).where(where)) or 0)
    return {
        "person": count(m.Person, m.Person.team_id == team_id),
        "team_format": count(m.TeamFormat, m.TeamFormat.team_id == team_id),
        "series": count(m.Series, m.Series.team_id == team_id),
        "meeting": count(m.Meeting, m.Meeting.team_id == team_id),
        "step_timing": count(m.StepTiming, m.StepTiming.meeting_id.in_(meetings)),
        "turn": count(m.Turn, m.Turn.meeting_id.in_(meetings)),
        "pause": count(m.Pause, m.Pause.meeting_id.in_(meetings)),
        "learning_point": count(m.LearningPoint, or_(m.LearningPoint.meeting_id.in_(meetings),
                                                     m.LearningPoint.visit_id.in_(visits))),
        "measure": count(m.Measure, m.Measure.meeting_id.in_(meetings)),
        "visit": count(m.Visit, m.Visit.team_id == team_id),
        "observation": count(m.Observation, m.Observation.visit_id.in_(visits)),
    }


def move_team(source: Store, target: Store, name: str, *, remove_from_source: bool = False) -> MoveReport:
    """Copy a team's whole history from ``source`` to ``target`` in one transaction there, checked
    table by table before it is committed; then, if asked, remove it from ``source``.

    Raises:
        KeyError: no team of that name in ``source``.
        TeamExistsError: ``target`` has a team of that name already (nothing written).
        CountsDifferError: the copy did not match (nothing written).
        StorageError: either database could not be read or written.
    """
    team_id = source.team_id(name)
    if team_id is None:
        raise KeyError(name)
    if target.team_id(name) is not None:
        raise TeamExistsError(f"{target.location()} already has a team called {name!r}; nothing was written.")
    before = source.read(lambda s: team_counts(s, team_id))
    data = export_team(source, team_id, include_private=True)

    def check(s: Session, new_id: int) -> None:
        after = team_counts(s, new_id)
        if after != before:
            raise CountsDifferError(before, after)
    import_team(target, data, check=check)
    if remove_from_source:
        source.write(lambda s: _remove_team(s, team_id))
    return MoveReport(name, before, remove_from_source)


def _remove_team(s: Session, team_id: int) -> None:
    """A team and everything of it (its children go with their meetings and visits)."""
    for table in (m.Measure, m.Sheet, m.Series, m.TeamFormat):
        s.execute(delete(table).where(table.team_id == team_id))
    s.execute(delete(m.Meeting).where(m.Meeting.team_id == team_id))
    s.execute(delete(m.Visit).where(m.Visit.team_id == team_id))
    team = s.get(m.Team, team_id)
    if team is not None:
        s.delete(team)
