"""Store verbs for learning visits, meeting series and staff-meeting sheets (mixed into ``Store``)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from app.capture import TextItem
from app.db import series, teams, visits
from app.db.records import (
    SeriesException,
    SeriesInfo,
    SeriesSpec,
    SheetInfo,
    VisitDetail,
    VisitField,
    VisitPlan,
    VisitSummary,
)
from app.db.unit import UnitOfWork


class VisitVerbs(UnitOfWork):
    """Visits, series and sheets: each method one user verb in one short transaction."""

    # -- learning visits -------------------------------------------------------------------------------
    def create_visit(self, team_id: int | None, agent: str, colleague: str, plan: VisitPlan) -> int:
        """Plan a learning visit; returns its id."""
        return self._write(lambda s: visits.create_visit(s, team_id, agent, colleague, plan, self._now()))

    def set_visit_plan(self, visit_id: int, plan: VisitPlan) -> None:
        """Save the check-in form (day, length, times, ground rules, mode, consent, manager informed)."""
        self._write(lambda s: visits.set_plan(s, visit_id, plan, self._now()))

    def set_visit_people(self, visit_id: int, agent: str, colleague: str) -> None:
        """Who is the learning agent and who the colleague."""
        self._write(lambda s: visits.set_people(s, visit_id, agent, colleague, self._now()))

    def set_visit_text(self, visit_id: int, field: VisitField, text: str,
                       confidential: bool | None = None) -> None:
        """Save one free text of a visit (goals, focus, a reflection)."""
        self._write(lambda s: visits.set_text(s, visit_id, field, text, confidential, self._now()))

    def set_visit_presentation(self, visit_id: int, present: bool, on: date | None = None) -> None:
        """Present the visit's learning points at a staff meeting, and when."""
        self._write(lambda s: visits.set_presentation(s, visit_id, present, on, self._now()))

    def add_observation(self, visit_id: int, text: str, at: datetime | None = None) -> int:
        """Note an observation (private until released); returns its id."""
        return self._write(lambda s: visits.add_observation(s, visit_id, at or self._now(), text))

    def update_observation(self, observation_id: int, *, text: str | None = None,
                           released: bool | None = None) -> None:
        """Change an observation's text, or release it one by one."""
        self._write(lambda s: visits.update_observation(s, observation_id, text=text, released=released))

    def delete_observation(self, observation_id: int) -> None:
        """Remove an observation."""
        self._write(lambda s: visits.delete_observation(s, observation_id))

    def save_visit_point(self, visit_id: int, item: TextItem, position: int | None = None) -> None:
        """Add or update one of the visit's (three) learning points."""
        self._write(lambda s: visits.save_point(s, visit_id, item, position, self._now()))

    def delete_visit_point(self, visit_id: int, item_id: str) -> None:
        """Remove one of the visit's learning points."""
        self._write(lambda s: visits.delete_point(s, visit_id, item_id))

    def visits(self, team_id: int | None = None) -> list[VisitSummary]:
        """A team's learning visits (or everyone's), newest first."""
        return self._read(lambda s: visits.summaries(s, team_id))

    def visit(self, visit_id: int) -> VisitDetail:
        """One visit with everything written down."""
        return self._read(lambda s: visits.detail(s, visit_id))

    # -- series ----------------------------------------------------------------------------------------
    def create_series(self, spec: SeriesSpec) -> int:
        """Start a meeting series; returns its id."""
        return self._write(lambda s: series.create_series(s, spec, self._now()))

    def series(self, team_id: int) -> list[SeriesInfo]:
        """A team's series."""
        return self._read(lambda s: series.series_of(s, team_id))

    def set_series_roster(self, series_id: int, members: Sequence[tuple[str, date | None]]) -> None:
        """Who is in a series, each with the day they joined."""
        self._write(lambda s: series.set_roster(s, series_id, members))

    def add_series_exception(self, series_id: int, exception: SeriesException) -> None:
        """Move or cancel one date of a series."""
        self._write(lambda s: series.add_exception(s, series_id, exception))

    def end_series(self, series_id: int, end: date | None) -> None:
        """Set or clear the day a series ends."""
        self._write(lambda s: series.end_series(s, series_id, end))

    # -- staff-meeting sheets --------------------------------------------------------------------------
    def record_sheet(self, team_id: int | None, start: date, end: date) -> SheetInfo:
        """A staff-meeting sheet for ``start``..``end`` was exported."""
        return self._write(lambda s: teams.record_sheet(s, team_id, start, end, self._now()))

    def last_sheet(self, team_id: int | None) -> SheetInfo | None:
        """The last exported sheet, so the next one covers "since the last sheet"."""
        return self._read(lambda s: teams.last_sheet(s, team_id))
