"""Builds sheets from what is stored: one meeting, or a team's period for the staff meeting.

Times are stored in UTC; every day and time on a sheet is local (``app.export.sheet.local``).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from app.capture import Measure, MeasureKind, MeasureStatus, tried_since_last
from app.export.sheet import (
    CarriedMeasure,
    Entry,
    Observation,
    PlanLine,
    RoundTurn,
    Sheet,
    SheetKind,
    Timing,
    VisitRecord,
    day_end,
    day_start,
    local_day,
)
from app.storage.meeting_history import MeetingDetail, TurnRow
from app.storage.store import Store
from app.storage.visits import load_visit, marked_visits
from app.visit import VisitData, VisitObservation

VISIT_TITLE = "Learning visit"
DEFAULT_DAYS = 30  # the first staff sheet of a team looks back this far


def _round(d: MeetingDetail) -> tuple[RoundTurn, ...]:
    """The round in speaking order: each turn with its typed line, pass or absence (the round with
    the most turns when a format has several); lines typed for someone without a turn follow."""
    steps: dict[str, list[TurnRow]] = {}
    for t in d.turns:
        steps.setdefault(t.step_id, []).append(t)
    turns = max(steps.values(), key=len, default=[])
    lines = {r.participant: r for r in d.capture.round_lines}
    out = []
    for t in turns:
        line = lines.pop(t.participant, None)
        text, secret = (line.text, line.confidential) if line is not None else ("", False)
        if t.status == "absent":
            status = "absent"
        elif text.strip():  # a line typed for them (after a pass too: they spoke after all)
            status = "spoken"
        elif t.status == "passed" or (line is not None and line.passed):
            status = "passed"
        elif t.status in ("waiting", "speaking") and not text.strip():
            status = "waiting" if t.status == "waiting" else "spoken"
        else:
            status = "spoken"
        out.append(RoundTurn(t.participant, text if status == "spoken" else "", status, secret))
    out += [RoundTurn(r.participant, r.text, "passed" if r.passed else "spoken", r.confidential)
            for r in lines.values()]
    return tuple(out)


def _people(d: MeetingDetail, turns: tuple[RoundTurn, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Who was there, in the round's order and then the others (the facilitator...), and who was not."""
    absent = tuple(t.participant for t in turns if t.status == "absent")
    everyone = d.participants or tuple(dict.fromkeys(t.participant for t in turns))
    in_round = [t.participant for t in turns if t.participant in everyone and t.status != "absent"]
    rest = [p for p in everyone if p not in in_round and p not in absent]
    return tuple(dict.fromkeys(in_round + rest)), absent


def _entry(d: MeetingDetail) -> Entry:
    c = d.capture
    tried, tried_confidential = tried_since_last(c)
    titles = dict(zip(d.step_ids, (t for t, _, _ in d.timings), strict=False))
    turns = _round(d)
    present, absent = _people(d, turns)
    course = d.course
    return Entry(kind="meeting", id=d.id, when=d.started, title=d.format_title, case_title=c.case_title,
                 case_confidential=c.case_confidential, people=c.presenters,
                 learning_points=c.filled_learning_points(),
                 measures=tuple(m for m in c.measures if m.text.strip()),
                 presenter_learning=c.presenter_learning,
                 presenter_learning_confidential=c.presenter_learning_confidential,
                 round_lines=c.round_lines,
                 timings=tuple(Timing(t, p, a) for t, p, a in d.timings),
                 tried_since_last=tried.strip(), tried_since_last_confidential=tried_confidential,
                 ended=d.ended, team=d.team, facilitator=d.facilitator, present=present,
                 late=course.late, absent=absent,
                 questions=tuple(course.questions[i] for i in sorted(c.questions_asked)
                                 if 0 <= i < len(course.questions)),
                 own_questions=tuple(q for q in c.own_questions if q.text.strip()), round=turns,
                 planned_s=sum(p for _, p, _ in d.timings), actual_s=sum(a for _, _, a in d.timings),
                 paused_s=d.paused_s,
                 added=tuple((titles.get(sid, sid), sec) for sid, sec in course.added_s),
                 plan_changes=tuple(PlanLine(titles.get(n.step_id, n.step_id), n.turn, n.old_s, n.new_s)
                                    for n in course.plan_changes))


def visit_entry(store: Store, visit_id: int, title: str = VISIT_TITLE) -> Entry:
    """One learning visit as a sheet entry: its points, and its observations (private unless
    released: :func:`app.export.sheet.prepare` leaves the others out)."""
    data, observations = load_visit(store, visit_id)
    return _visit_entry(visit_id, data, observations, title)


def _visit_start(data: VisitData) -> datetime:
    """The visit's planned start: its day and time are local wall-clock values, as typed."""
    return datetime.combine(data.day, data.start).astimezone()


def _visit_record(data: VisitData) -> VisitRecord:
    return VisitRecord(
        day=data.day, start=data.start, end=data.end, whole_day=data.whole_day, goals=data.goals,
        colleague_focus=data.colleague_focus, ground_rules=data.ground_rules, mode=data.mode.value,
        consent=data.consent, manager_informed=data.manager_informed, agent_saw=data.agent_saw,
        agent_worked=data.agent_worked, agent_differently=data.agent_differently,
        colleague_experience=data.colleague_experience, colleague_thoughts=data.colleague_thoughts,
        present_at_staff_meeting=data.present_at_staff_meeting, present_on=data.present_on)


def _visit_entry(visit_id: int, data: VisitData, observations: list[VisitObservation], title: str) -> Entry:
    return Entry(kind="visit", id=visit_id, when=_visit_start(data), title=title,
                 people=(data.agent, data.colleague), learning_points=data.filled_points(),
                 observations=tuple(Observation(f"obs{o.id}", o.at, o.text, o.released)
                                    for o in observations),
                 visit=_visit_record(data))


def visit_sheet(store: Store, visit_id: int, now: datetime, title: str = VISIT_TITLE) -> Sheet:
    """The sheet of one learning visit."""
    entry = visit_entry(store, visit_id, title)
    day = local_day(entry.when)
    return Sheet(SheetKind.VISIT, "", day, day, (entry,), generated=now)


def meeting_sheet(store: Store, meeting_id: int, now: datetime) -> Sheet:
    """The sheet of one meeting."""
    details = store.meeting_details(None, now, now, meeting_id=meeting_id)
    if not details:
        raise KeyError(meeting_id)
    d = details[0]
    day = local_day(d.started)
    return Sheet(SheetKind.MEETING, d.team, day, day, (_entry(d),), generated=now, lang=d.course.lang)


def presentation_moment(data: VisitData) -> datetime:
    """When a visit marked for the staff meeting is due on a sheet: the start of its chosen
    presentation day (``present_on``), so the sheet made on that day or the first one whose period
    contains it has it; without a day (or with one before the visit), the end of the visit, so the
    first sheet made after the visit has it (not one made while it is still going on)."""
    if data.present_on is not None and data.present_on >= data.day:
        return day_start(data.present_on)
    return _visit_start(data) + timedelta(seconds=data.planned_seconds())


def _visits(store: Store, team_id: int | None, start: datetime | None, end: datetime, until: date,
            title: str) -> list[Entry]:
    """The visits marked for presenting whose presentation moment is in [start, end) (``start``
    None: any time before ``end``). A visit without a team (an agent's laptop that never ran a
    meeting) goes on a sheet made without a team, and on the sheet of a team when that is the only
    team there is: with several teams it cannot tell whose it is."""
    only_team: bool | None = None  # is team_id the only team? Asked once, and only if it matters
    entries = []
    for v, data, observations in marked_visits(store, team_id, until, teamless=team_id is not None,
                                               due_from=None if start is None else local_day(start)):
        if team_id is not None and v.team_id is None:
            if only_team is None:
                only_team = store.team_ids() == [team_id]
            if not only_team:
                continue
        due = presentation_moment(data)
        if data.present_at_staff_meeting and (start is None or start <= due) and due < end:
            entries.append(_visit_entry(v.id, data, observations, title))
    return entries


def staff_sheet(store: Store, team_id: int | None, team_name: str, since: date | None, until: date,
                now: datetime, visit_title: str = VISIT_TITLE) -> Sheet:
    """The sheet for the next staff meeting, with open measures from earlier carried forward.

    ``since`` None ("since the last sheet"): every meeting held from the moment the last staff sheet
    of the team was made (:meth:`Store.last_sheet_end`) to now, or to the end of ``until`` if that
    is earlier; the first sheet of a team looks back ``DEFAULT_DAYS`` days. With a ``since`` day,
    the local days ``since`` to ``until``. Learning visits are on it when marked for presenting and
    their :func:`presentation_moment` is in the period (a team's first sheet also has the marked
    visits from before its period: they were on no sheet yet).
    """
    with store.reading():  # one transaction for every read of the sheet
        last = store.last_sheet_end(team_id) if since is None else None
        if since is not None:
            start, end = day_start(since), day_end(until)
        else:
            start = last or day_start(until - timedelta(days=DEFAULT_DAYS))
            end = min(now, day_end(until))
        period_start = local_day(start) if start < end else local_day(end)
        details = store.meeting_details(team_id, start, end)
        kinds = {k.value for k in MeasureKind}
        carried = tuple(
            CarriedMeasure(Measure(x.uid, x.text,
                                   MeasureKind(x.kind) if x.kind in kinds else MeasureKind.OTHER,
                                   x.owner, x.due, MeasureStatus.OPEN, x.confidential), x.opened)
            for x in store.measures_opened_before(team_id, start))
        entries = [_entry(d) for d in details]
        visits_from = None if since is None and last is None else start
        entries += _visits(store, team_id, visits_from, end, until, visit_title)
        entries.sort(key=lambda e: e.when)
        return Sheet(SheetKind.STAFF, team_name, period_start, until, tuple(entries), carried, generated=now,
                     covers_from=start, covers_until=min(now, end))
