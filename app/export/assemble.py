"""Builds sheets from what is stored: one meeting, or a team's period for the staff meeting."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from app.capture import Measure, MeasureKind, MeasureStatus
from app.export.sheet import CarriedMeasure, Entry, Observation, Sheet, SheetKind, Timing
from app.storage.store import MeetingDetail, Store, list_visits, load_visit
from app.visit import VisitData, VisitObservation

VISIT_TITLE = "Learning visit"


def _entry(d: MeetingDetail) -> Entry:
    c = d.capture
    return Entry(kind="meeting", id=d.id, when=d.started, title=d.format_title, case_title=c.case_title,
                 case_confidential=c.case_confidential, people=c.presenters,
                 learning_points=c.filled_learning_points(),
                 measures=tuple(m for m in c.measures if m.text.strip()),
                 presenter_learning=c.presenter_learning, round_lines=c.round_lines,
                 timings=tuple(Timing(t, p, a) for t, p, a in d.timings))


def visit_entry(store: Store, visit_id: int, title: str = VISIT_TITLE) -> Entry:
    """One learning visit as a sheet entry: its points, and its observations (private unless
    released: :func:`app.export.sheet.prepare` leaves the others out)."""
    data, observations = load_visit(store, visit_id)
    return _visit_entry(visit_id, data, observations, title)


def _visit_entry(visit_id: int, data: VisitData, observations: list[VisitObservation], title: str) -> Entry:
    when = datetime.combine(data.day, data.start, tzinfo=UTC)
    return Entry(kind="visit", id=visit_id, when=when, title=title, people=(data.agent, data.colleague),
                 learning_points=data.filled_points(),
                 observations=tuple(Observation(f"obs{o.id}", o.at, o.text, o.released)
                                    for o in observations))


def visit_sheet(store: Store, visit_id: int, now: datetime, title: str = VISIT_TITLE) -> Sheet:
    """The sheet of one learning visit."""
    entry = visit_entry(store, visit_id, title)
    return Sheet(SheetKind.VISIT, "", entry.when.date(), entry.when.date(), (entry,), generated=now)


def meeting_sheet(store: Store, meeting_id: int, now: datetime) -> Sheet:
    """The sheet of one meeting."""
    details = store.meeting_details(None, now, now, meeting_id=meeting_id)
    if not details:
        raise KeyError(meeting_id)
    d = details[0]
    return Sheet(SheetKind.MEETING, d.team, d.started.date(), d.started.date(), (_entry(d),),
                 generated=now)


def _day_start(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=UTC)


def staff_sheet(store: Store, team_id: int | None, team_name: str, since: date | None, until: date,
                now: datetime, visit_title: str = VISIT_TITLE) -> Sheet:
    """Every meeting of a team from ``since`` (default: the day after the last sheet) to ``until``,
    with open measures from earlier carried forward."""
    if since is None:
        last = store.last_sheet_end(team_id)
        since = last + timedelta(days=1) if last else until - timedelta(days=30)
    details = store.meeting_details(team_id, _day_start(since), _day_start(until + timedelta(days=1)))
    kinds = {k.value for k in MeasureKind}
    carried = tuple(
        CarriedMeasure(Measure(x.uid, x.text, MeasureKind(x.kind) if x.kind in kinds else MeasureKind.OTHER,
                               x.owner, x.due, MeasureStatus.OPEN, x.confidential), x.opened)
        for x in store.measures_opened_before(team_id, since))
    entries = [_entry(d) for d in details]
    for v in list_visits(store, team_id, since, until):  # visits marked for the staff meeting
        data, observations = load_visit(store, v.id)
        if data.present_at_staff_meeting:
            entries.append(_visit_entry(v.id, data, observations, visit_title))
    entries.sort(key=lambda e: e.when)
    return Sheet(SheetKind.STAFF, team_name, since, until, tuple(entries), carried, generated=now)
