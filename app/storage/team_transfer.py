"""A team's data as one JSON file, in and out of the database: :func:`export_team` writes a team's
whole history (without its private items unless asked), :func:`import_team` brings one in, all or
nothing, after :func:`~app.storage.team_file.check_team` checked the whole file.

:func:`export_meeting`, :func:`export_visit` and :func:`import_meeting` are one meeting or visit as
the file has it; sending what was made offline (:mod:`app.storage.offline`) uses them too.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.capture import (
    TRIED_SINCE_LAST,
    Capture,
    TextItem,
    capture_from_json,
    capture_to_json,
    clean_text,
    tried_since_last,
)
from app.record import course_from_json, course_to_json
from app.storage import models as m
from app.storage.store import Store
from app.storage.teams import TeamInfo, team_info
from app.storage.versions import sync_measures, sync_points
from app.storage.visits import write_visit
from app.visit import VisitData, visit_from_json, visit_to_json

TEAM_EXPORT_VERSION = 1
LEFT_OUT = ["confidential items", "unreleased observations", "observation drafts", "visit reflections"]


def shareable_capture(cap: Capture) -> Capture:
    """A capture without its confidential items: case, presenter's learning, own questions, round
    lines, measures, learning points, topic suggestions and feed-forward marked confidential,
    confidential notes, and what was tried since last time when marked confidential."""
    def open_items(items: tuple[TextItem, ...]) -> tuple[TextItem, ...]:
        return tuple(i for i in items if not i.confidential)
    extra = dict(cap.extra)
    if tried_since_last(cap)[1]:
        extra.pop(TRIED_SINCE_LAST, None)
    return replace(
        cap, extra=extra, case_title="" if cap.case_confidential else cap.case_title,
        presenter_learning="" if cap.presenter_learning_confidential else cap.presenter_learning,
        own_questions=open_items(cap.own_questions),
        round_lines=tuple(r for r in cap.round_lines if not r.confidential),
        measures=tuple(x for x in cap.measures if not x.confidential),
        learning_points=open_items(cap.learning_points), topic_suggestions=open_items(cap.topic_suggestions),
        feed_forward=tuple(f for f in cap.feed_forward if not f.confidential),
        notes="" if cap.notes_confidential else cap.notes)


def shareable_visit(data: VisitData) -> VisitData:
    """A visit without what stays between agent and colleague: the reflections, the observation being
    typed and confidential learning points (their slots stay, empty)."""
    return replace(data, observation_draft="", agent_saw="", agent_worked="", agent_differently="",
                   colleague_experience="", colleague_thoughts="",
                   learning_points=tuple(replace(p, text="", confidential=False) if p.confidential else p
                                         for p in data.learning_points))


def export_team(store: Store, team_id: int, *, include_private: bool = False) -> dict[str, Any]:
    """A team's whole history as plain JSON (to move it to another machine).

    Without ``include_private`` (the default) confidential items, unreleased observations, observation
    drafts and visit reflections are left out, and the file says so (``includes_private``,
    ``left_out``). With it, everything is written: only for moving one's own data to another computer.
    """
    def op(s: Session) -> dict[str, Any]:
        team = s.get(m.Team, team_id)
        if team is None:
            raise KeyError(team_id)
        meetings = [export_meeting(s, r, include_private=include_private) for r in s.scalars(
            select(m.Meeting).where(m.Meeting.team_id == team_id).order_by(m.Meeting.started))]
        team_visits = select(m.Visit).where(m.Visit.team_id == team_id).order_by(m.Visit.day, m.Visit.id)
        by_visit: dict[int, list[m.Observation]] = {}
        for o in s.scalars(select(m.Observation).join(m.Visit).where(m.Visit.team_id == team_id)
                           .order_by(m.Observation.at, m.Observation.id)):  # one query, not one per visit
            by_visit.setdefault(o.visit_id, []).append(o)
        visits = [export_visit(s, v, by_visit.get(v.id, []), include_private=include_private)
                  for v in s.scalars(team_visits)]
        formats = [dict(f.data or {}) for f in s.scalars(
            select(m.TeamFormat).where(m.TeamFormat.team_id == team_id).order_by(m.TeamFormat.format_id))]
        series = [{"id": r.id, "format_id": r.format_id, "rule": dict(r.rule or {})} for r in s.scalars(
            select(m.Series).where(m.Series.team_id == team_id).order_by(m.Series.id))]
        return {"runde_team_export": TEAM_EXPORT_VERSION, "includes_private": include_private,
                "left_out": [] if include_private else list(LEFT_OUT), "name": team.name,
                "people": [p.name for p in team.people], "formats": formats, "series": series,
                "meetings": meetings, "visits": visits}
    return store.read(op)


def export_meeting(s: Session, r: m.Meeting, *, include_private: bool = True) -> dict[str, Any]:
    """One meeting as a team file has it (:func:`export_team`, :func:`import_team`)."""
    cap = capture_from_json(dict(r.capture or {}))
    return {
        "format_id": r.format_id, "format_title": r.format_title,
        "started": r.started.isoformat(),
        "ended": r.ended.isoformat() if r.ended else None,
        "facilitator": r.facilitator, "participants": list(r.participants or []),
        "first_speaker": r.first_speaker, "series": r.series_id,
        "capture": capture_to_json(cap if include_private else shareable_capture(cap)),
        "course": course_to_json(course_from_json(r.course)) if r.course is not None else None,
        "timings": [[t.step_id, t.title, t.planned_s, t.actual_s] for t in s.scalars(
            select(m.StepTiming).where(m.StepTiming.meeting_id == r.id).order_by(m.StepTiming.position))],
        "turns": [[t.step_id, t.participant, t.status, t.spoken_s] for t in s.scalars(
            select(m.Turn).where(m.Turn.meeting_id == r.id).order_by(m.Turn.position))],
        "pauses": [[p.started.isoformat(), p.duration_s, p.step_id]
                   for p in s.scalars(select(m.Pause).where(m.Pause.meeting_id == r.id)
                                      .order_by(m.Pause.started, m.Pause.id))],
    }


def export_visit(s: Session, v: m.Visit, observations: list[m.Observation] | None = None, *,
                 include_private: bool = True) -> dict[str, Any]:
    """One learning visit as a team file has it (``observations``: read here when not given)."""
    if observations is None:
        observations = list(s.scalars(select(m.Observation).where(m.Observation.visit_id == v.id)
                                      .order_by(m.Observation.at, m.Observation.id)))
    return {
        "details": dict(v.details or {}) if include_private
        else visit_to_json(shareable_visit(visit_from_json(dict(v.details or {})))),
        "observations": [{"at": o.at.isoformat(), "text": o.text, "released": o.released}
                         for o in observations if include_private or o.released]}


def import_team(store: Store, data: dict[str, Any],
                check: Callable[[Session, int], None] | None = None, *, source: str = "") -> TeamInfo:
    """Bring in a team exported by :func:`export_team` (with or without private items), all or nothing:
    the whole file is checked first (:func:`~app.storage.team_file.check_team`), then written in one
    transaction, so a file with a mistake anywhere leaves nothing behind. A name already in use
    gets a number.

    Raises:
        TeamFileError: (a ValueError) the file is not a Runde team export, or breaks a rule; it names
            ``source``, the item and the problem, never the file's text (nothing is written).
        StorageError: the database could not be written (nothing is written).
    """
    from sqlalchemy.exc import IntegrityError

    from app.storage.team_file import CONFLICT, TeamFileError, check_team

    check_team(data, source)

    def op(s: Session) -> TeamInfo:
        names = set(s.scalars(select(m.Team.name)))
        name = base = clean_text(str(data.get("name") or "Team"))[:190] or "Team"
        n = 2
        while name in names:
            name, n = f"{base} ({n})", n + 1
        team = m.Team(name=name, created=store.now())
        team.people = [m.Person(name=str(p), position=i, active=True)
                       for i, p in enumerate(data.get("people", []))]
        s.add(team)
        s.flush()
        renamed = _import_formats(store, s, team, base, data.get("formats", []))
        series_ids = _import_series(s, team.id, data.get("series", []), renamed)
        for raw in data.get("meetings", []):
            import_meeting(s, team.id, raw, renamed, series_ids)
        for raw in data.get("visits", []):
            vdata = visit_from_json(dict(raw.get("details", {})))
            row = m.Visit(team_id=team.id, agent=vdata.agent, colleague=vdata.colleague, day=vdata.day)
            s.add(row)
            s.flush()
            write_visit(s, row, vdata)
            for o in raw.get("observations", []):
                s.add(m.Observation(visit_id=row.id, at=datetime.fromisoformat(o["at"]),
                                    text=clean_text(str(o["text"])), released=bool(o.get("released"))))
        s.flush()
        if check is not None:  # e.g. counts compared before anything is committed
            check(s, team.id)
        return team_info(team)
    try:
        return store.write(op)
    except TeamFileError:
        raise
    except IntegrityError:  # its text holds the rows' values: never passed on, not even as a cause
        raise TeamFileError(source, "", CONFLICT) from None
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise TeamFileError(source, "", f"is damaged ({type(exc).__name__})") from None


def _import_formats(store: Store, s: Session, team: m.Team, file_name: str, raws: list[Any]
                    ) -> dict[str, str]:
    """The team's own formats, each checked as a file is; an id already used here (or a built-in's)
    gets a new one (numbered after the team's name in the file, so a second copy of "Afsnit 3"'s
    ``slm-afsnit-3-1`` is ``slm-afsnit-3-2``). Returns the old ids that were given new ones."""
    from app.formats import FormatError, format_to_json, parse_format
    from app.storage.format_library import builtin_ids, copy_id

    taken = set(s.scalars(select(m.TeamFormat.format_id))) | builtin_ids(store.paths)
    renamed: dict[str, str] = {}
    for raw in raws:
        try:
            fmt = parse_format(raw, f"team file: {team.name}")
        except FormatError as exc:  # checked before: only a changed rule gets here
            raise ValueError(f"a format in it cannot be used ({exc.where})") from None
        data = format_to_json(fmt)
        if fmt.id in taken:
            new_id = copy_id(fmt.id, file_name, taken)
            renamed[fmt.id], data["id"] = new_id, new_id
        taken.add(str(data["id"]))
        s.add(m.TeamFormat(team_id=team.id, format_id=str(data["id"]), data=data, saved=store.now(),
                           version=1))
    return renamed


def _import_series(s: Session, team_id: int, raws: list[Any], renamed: dict[str, str]) -> dict[int, int]:
    """The team's series, checked as stored ones are; a parent circle outside the file is dropped,
    and a calendar uid already used here is replaced (two copies never share calendar events).
    Returns new row ids by the ids in the file."""
    from app.series import SeriesError
    from app.series_json import series_from_json

    uids = {r.get("uid") for r in s.scalars(select(m.Series.rule)) if isinstance(r, dict)}
    ids: dict[int, int] = {}
    rows: list[m.Series] = []
    for raw in raws:
        format_id = renamed.get(str(raw["format_id"]), str(raw["format_id"]))
        rule = dict(raw["rule"])
        try:
            series_from_json(format_id, rule)
        except SeriesError:  # checked before: only a changed rule gets here
            raise ValueError("a meeting series in it cannot be used") from None
        if rule.get("uid") in uids:
            rule["uid"] = uuid.uuid4().hex
        uids.add(rule.get("uid"))
        row = m.Series(team_id=team_id, format_id=format_id, rule=rule)
        s.add(row)
        s.flush()
        ids[int(raw["id"])] = row.id
        rows.append(row)
    for row in rows:
        parent = row.rule.get("parent")
        row.rule = {**row.rule, "parent": ids.get(parent) if isinstance(parent, int) else None}
    return ids


def import_meeting(s: Session, team_id: int | None, raw: dict[str, Any],
                   renamed: dict[str, str] | None = None, series_ids: dict[int, int] | None = None) -> None:
    """Write one meeting as a team file has it (:func:`export_meeting`) inside an open transaction:
    its capture (points and measures as rows too), timings, turns and pauses. ``renamed``: format
    ids given new ones in this import; ``series_ids``: new series row ids by the file's."""
    format_id = str(raw["format_id"])
    series = raw.get("series")
    row = m.Meeting(team_id=team_id, format_id=(renamed or {}).get(format_id, format_id),
                    series_id=(series_ids or {}).get(series) if isinstance(series, int) else None,
                    format_title=str(raw.get("format_title", "")),
                    started=datetime.fromisoformat(raw["started"]),
                    ended=datetime.fromisoformat(raw["ended"]) if raw.get("ended") else None,
                    facilitator=str(raw.get("facilitator", "")),
                    participants=[str(p) for p in raw.get("participants", [])],
                    first_speaker=str(raw.get("first_speaker", "")), case_title="", capture={},
                    # a file from before courses has none; a malformed one comes in empty
                    course=course_to_json(course_from_json(raw["course"])) if raw.get("course") is not None
                    else None)
    s.add(row)
    s.flush()
    cap = capture_from_json(dict(raw.get("capture", {})))
    row.capture, row.case_title = capture_to_json(cap), cap.case_title
    sync_points(s, row.id, cap, {})
    # opened on the meeting's day (not the day it was brought in: "open for N days" would be short)
    sync_measures(s, row, cap, {}, row.started.astimezone().date())
    for i, (step_id, title, planned, actual) in enumerate(raw.get("timings", [])):
        s.add(m.StepTiming(meeting_id=row.id, position=i, step_id=str(step_id), title=str(title),
                           planned_s=float(planned), actual_s=float(actual)))
    for i, (step_id, who, status, spoken) in enumerate(raw.get("turns", [])):
        s.add(m.Turn(meeting_id=row.id, position=i, step_id=str(step_id), participant=str(who),
                     status=str(status), spoken_s=float(spoken)))
    for started, duration, step_id in raw.get("pauses", []):
        s.add(m.Pause(meeting_id=row.id, started=datetime.fromisoformat(started), duration_s=float(duration),
                      step_id=str(step_id)))
