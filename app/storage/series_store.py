"""Meeting series in the database: one ``series`` row each, everything but the team and the format in
its ``rule`` JSON (see :func:`app.series_json.series_to_json`), checked whenever it is read back.

Functions take the :class:`~app.storage.store.Store` (like the learning-visit functions) and use its
transactions, so writing problems are :class:`StorageError` as everywhere else.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.series import Problem, Series, SeriesError
from app.series_checks import validate
from app.series_json import series_from_json, series_to_json
from app.storage import models as m
from app.storage.store import Store


@dataclass(frozen=True)
class SeriesRecord:
    """A stored series and its row id."""

    id: int
    team_id: int | None
    series: Series


@dataclass(frozen=True)
class DamagedSeries:
    """A stored series that could not be read back (it is kept, not deleted)."""

    id: int
    team_id: int | None
    error: SeriesError


def _check_parent(s: Session, series_id: int | None, series: Series) -> None:
    """The parent series must exist, and no series may be its own ancestor."""
    parent_id = series.parent_id
    seen = {series_id} if series_id is not None else set()
    while parent_id is not None:
        if parent_id in seen:
            raise SeriesError(Problem.BAD_PARENT, "A series cannot be its own parent circle",
                              parent=parent_id)
        seen.add(parent_id)
        row = s.get(m.Series, parent_id)
        if row is None:
            raise SeriesError(Problem.BAD_PARENT, f"There is no series {parent_id} to be the parent "
                              "circle", parent=parent_id)
        raw = row.rule.get("parent") if isinstance(row.rule, dict) else None
        parent_id = raw if isinstance(raw, int) and not isinstance(raw, bool) else None


def create_series(store: Store, team_id: int | None, series: Series) -> int:
    """Store a new series for a team; returns its id.

    Raises:
        SeriesError: the series breaks a rule, or its parent circle does not exist (nothing written).
        StorageError: the database could not be written.
    """
    validate(series)

    def op(s: Session) -> int:
        _check_parent(s, None, series)
        row = m.Series(team_id=team_id, format_id=series.format_id, rule=series_to_json(series))
        s.add(row)
        s.flush()
        return row.id
    return store._write(op)


def update_series(store: Store, series_id: int, series: Series, team_id: int | None = None) -> Series:
    """Replace a stored series (and, if given, move it to another team); its revision goes up by one.
    Returns the series as stored (with that revision).

    Raises:
        KeyError: there is no such series.
        SeriesError: the series breaks a rule (nothing written).
    """
    validate(series)

    def op(s: Session) -> Series:
        row = s.get(m.Series, series_id)
        if row is None:
            raise KeyError(series_id)
        _check_parent(s, series_id, series)
        row.format_id = series.format_id
        stored = row.rule.get("revision") if isinstance(row.rule, dict) else None
        before = stored if isinstance(stored, int) and not isinstance(stored, bool) else 0
        # every stored change raises the revision: a calendar that imported the file takes the next
        # one's events (moved, cancelled) as newer (the SEQUENCE of app/calendar_ics.py)
        kept = replace(series, revision=max(before, series.revision) + 1)
        row.rule = series_to_json(kept)
        if team_id is not None:
            row.team_id = team_id
        return kept
    return store._write(op)


def delete_series(store: Store, series_id: int) -> None:
    """Remove a series. Its meetings stay (no longer linked); circles that named it as their parent
    no longer have one."""
    def op(s: Session) -> None:
        row = s.get(m.Series, series_id)
        if row is None:
            return
        for meeting in s.scalars(select(m.Meeting).where(m.Meeting.series_id == series_id)):
            meeting.series_id = None
        for child in s.scalars(select(m.Series).where(m.Series.id != series_id)):
            if isinstance(child.rule, dict) and child.rule.get("parent") == series_id:
                child.rule = {**child.rule, "parent": None}
        s.delete(row)
    store._write(op)


def _record(row: m.Series) -> SeriesRecord:
    return SeriesRecord(row.id, row.team_id, series_from_json(row.format_id, row.rule))


def load_series(store: Store, series_id: int) -> SeriesRecord:
    """One stored series.

    Raises:
        KeyError: there is no such series.
        SeriesError: it is damaged (``str()`` names the field).
    """
    def op(s: Session) -> SeriesRecord:
        row = s.get(m.Series, series_id)
        if row is None:
            raise KeyError(series_id)
        return _record(row)
    return store._read(op)


def list_series(store: Store, team_id: int | None = None, *,
                all_teams: bool = False) -> tuple[list[SeriesRecord], list[DamagedSeries]]:
    """A team's series (``team_id`` None: those of no team; ``all_teams``: every series), oldest
    first, and those that could not be read back (reported, kept in the database)."""
    def op(s: Session) -> tuple[list[SeriesRecord], list[DamagedSeries]]:
        q = select(m.Series).order_by(m.Series.id)
        if not all_teams:
            q = q.where(m.Series.team_id.is_(None) if team_id is None else m.Series.team_id == team_id)
        good: list[SeriesRecord] = []
        bad: list[DamagedSeries] = []
        for row in s.scalars(q):
            try:
                good.append(_record(row))
            except SeriesError as exc:
                bad.append(DamagedSeries(row.id, row.team_id, exc))
        return good, bad
    return store._read(op)


def link_meeting(store: Store, meeting_id: int, series_id: int | None) -> None:
    """Mark a stored meeting as one of a series' meetings (None: of no series)."""
    def op(s: Session) -> None:
        meeting = s.get(m.Meeting, meeting_id)
        if meeting is not None and (series_id is None or s.get(m.Series, series_id) is not None):
            meeting.series_id = series_id
    store._write(op)


def series_meetings(store: Store, series_id: int) -> list[int]:
    """The ids of the meetings held as part of a series, oldest first."""
    return store._read(lambda s: list(s.scalars(
        select(m.Meeting.id).where(m.Meeting.series_id == series_id).order_by(m.Meeting.started))))


def child_series(store: Store, series_id: int) -> list[SeriesRecord]:
    """The circles (mini-circles) whose parent is this series, oldest first."""
    good, _bad = list_series(store, all_teams=True)
    return [r for r in good if r.series.parent_id == series_id]
