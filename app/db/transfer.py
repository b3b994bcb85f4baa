"""A team's data as one JSON document, to move it to another machine: roster, format variants, series,
meetings with everything captured and how they went, learning visits, sheets.

The document holds no database ids, so exporting, importing elsewhere and exporting again gives the same
document (tested). Import always makes a new team; a name already in use gets " (2)".
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.capture import capture_from_json, capture_to_json
from app.db import models as m
from app.db.capture import load_capture, replace_capture
from app.db.records import TeamInfo
from app.db.teams import get, team_info
from app.db.text import search_key
from app.db.visits import visit_at

KIND = "runde-team"
VERSION = 1
VISIT_FIELDS = ("agent", "colleague", "length", "agent_goals", "colleague_focus", "observation_mode",
                "consent_given", "manager_informed", "agent_saw_heard", "agent_worked_well",
                "agent_differently", "colleague_experience", "colleague_thoughts",
                "present_at_staff_meeting")


class TeamImportError(ValueError):
    """The file is not a Runde team export this version can read; ``str()`` says why."""


def _iso(v: date | datetime | time | None) -> str | None:
    return v.isoformat() if v is not None else None


def _dt(v: Any) -> datetime | None:
    return datetime.fromisoformat(v) if isinstance(v, str) and v else None


def _d(v: Any) -> date | None:
    return date.fromisoformat(v) if isinstance(v, str) and v else None


def _t(v: Any) -> time | None:
    return time.fromisoformat(v) if isinstance(v, str) and v else None


def _rows(s: Session, model: Any, *where: Any) -> list[Any]:
    return list(s.scalars(select(model).where(*where).order_by(model.id)))


# -- export -------------------------------------------------------------------------------------------

def export_team(s: Session, team_id: int, now: datetime) -> dict[str, Any]:
    """Everything of one team as plain JSON."""
    team = get(s, m.Team, team_id)
    series = _rows(s, m.Series, m.Series.team_id == team_id)
    keys = {r.id: i for i, r in enumerate(series)}
    people = [{"name": p.name, "active": p.active, "joined": _iso(p.joined)} for p in team.people]
    variants = _rows(s, m.FormatVariant, m.FormatVariant.team_id == team_id)
    held = s.scalars(select(m.Meeting).where(m.Meeting.team_id == team_id)
                     .order_by(m.Meeting.started_at, m.Meeting.id))
    sheets = _rows(s, m.Sheet, m.Sheet.team_id == team_id)
    return {
        "kind": KIND, "version": VERSION, "exported_at": now.isoformat(),
        "team": {"name": team.name, "rotate_facilitator": team.rotate_facilitator, "people": people},
        "format_variants": {r.format_id: r.data for r in variants},
        "series": [_export_series(s, r) for r in series],
        "meetings": [_export_meeting(s, r, keys) for r in held],
        "visits": [_export_visit(s, r) for r in _rows(s, m.Visit, m.Visit.team_id == team_id)],
        "sheets": [{"period_start": _iso(r.period_start), "period_end": _iso(r.period_end),
                    "exported_at": _iso(r.exported_at)} for r in sheets],
    }


def _export_series(s: Session, r: m.Series) -> dict[str, Any]:
    members = s.scalars(select(m.SeriesMember).where(m.SeriesMember.series_id == r.id)
                        .order_by(m.SeriesMember.position))
    return {"format_id": r.format_id, "title": r.title, "cadence": r.cadence, "every_n": r.every_n,
            "weekday": r.weekday, "nth": r.nth, "start_date": _iso(r.start_date),
            "end_date": _iso(r.end_date), "time_of_day": _iso(r.time_of_day), "duration_s": r.duration_s,
            "created_at": _iso(r.created_at),
            "members": [{"name": x.name, "joined": _iso(x.joined)} for x in members],
            "exceptions": [{"day": _iso(x.day), "kind": x.kind, "moved_to": _iso(x.moved_to)}
                           for x in _rows(s, m.SeriesException, m.SeriesException.series_id == r.id)]}


def _export_meeting(s: Session, r: m.Meeting, series_keys: dict[int, int]) -> dict[str, Any]:
    def ordered(model: Any) -> list[Any]:
        return list(s.scalars(select(model).where(model.meeting_id == r.id).order_by(model.position)))

    closed = {x.item_id: _iso(x.closed_on) for x in ordered(m.Measure) if x.closed_on}
    return {
        "series": series_keys.get(r.series_id) if r.series_id else None,
        "format_id": r.format_id, "format_title": r.format_title, "started_at": _iso(r.started_at),
        "ended_at": _iso(r.ended_at), "facilitator": r.facilitator, "first_speaker": r.first_speaker,
        "present": [a.name for a in ordered(m.Attendance)], "live_state": r.live_state,
        "focus_area_confidential": r.focus_area_confidential,
        "capture": capture_to_json(load_capture(s, r.id)), "measures_closed_on": closed,
        "steps": [{"step_id": t.step_id, "title": t.title, "planned_s": t.planned_s, "actual_s": t.actual_s,
                   "extra_s": t.extra_s} for t in ordered(m.StepTiming)],
        "turns": [{"step_id": t.step_id, "participant": t.participant, "status": t.status,
                   "spoken_s": t.spoken_s} for t in ordered(m.Turn)],
        "pauses": [{"started_at": _iso(p.started_at), "duration_s": p.duration_s, "step_id": p.step_id}
                   for p in ordered(m.Pause)],
    }


def _export_visit(s: Session, r: m.Visit) -> dict[str, Any]:
    out: dict[str, Any] = {f: getattr(r, f) for f in VISIT_FIELDS}
    out.update(day=_iso(r.day), start_time=_iso(r.start_time), end_time=_iso(r.end_time),
               ground_rules=list(r.ground_rules or []), confidential_fields=list(r.confidential_fields or []),
               present_on=_iso(r.present_on), created_at=_iso(r.created_at),
               observations=[{"at": _iso(o.at), "text": o.text, "released": o.released}
                             for o in _rows(s, m.Observation, m.Observation.visit_id == r.id)],
               learning_points=[{"id": p.item_id, "text": p.text, "confidential": p.confidential}
                                for p in s.scalars(select(m.LearningPoint)
                                                   .where(m.LearningPoint.visit_id == r.id)
                                                   .order_by(m.LearningPoint.position))])
    return out


# -- import -------------------------------------------------------------------------------------------

def import_team(s: Session, doc: Any, now: datetime) -> TeamInfo:
    """Make a new team from an export.

    Raises:
        TeamImportError: not a Runde team export, or a newer version of one, or a broken one.
    """
    if not isinstance(doc, dict) or doc.get("kind") != KIND:
        raise TeamImportError("This file is not a team exported from Runde.")
    if doc.get("version") != VERSION:
        raise TeamImportError("This team was exported by a newer Runde; install it to import the file.")
    try:
        return _import(s, doc, now)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise TeamImportError(f"The file is damaged: {type(exc).__name__} {exc}") from exc


def _free_name(s: Session, name: str) -> str:
    taken = set(s.scalars(select(m.Team.name)))
    candidate, k = name, 1
    while candidate in taken:
        k += 1
        candidate = f"{name} ({k})"
    return candidate


def _import(s: Session, doc: dict[str, Any], now: datetime) -> TeamInfo:
    t = doc["team"]
    team = m.Team(name=_free_name(s, str(t["name"])), rotate_facilitator=bool(t["rotate_facilitator"]),
                  created_at=now, updated_at=now)
    team.people = [m.Person(name=p["name"], position=i, active=bool(p["active"]), joined=_d(p["joined"]))
                   for i, p in enumerate(t["people"])]
    s.add(team)
    s.flush()
    for format_id, data in doc["format_variants"].items():
        s.add(m.FormatVariant(team_id=team.id, format_id=format_id, data=data, updated_at=now))
    series_ids = [_import_series(s, team.id, x) for x in doc["series"]]
    for x in doc["meetings"]:
        _import_meeting(s, team.id, x, series_ids, now)
    for x in doc["visits"]:
        _import_visit(s, team.id, x, now)
    s.add_all(m.Sheet(team_id=team.id, period_start=_d(x["period_start"]), period_end=_d(x["period_end"]),
                      exported_at=_dt(x["exported_at"])) for x in doc["sheets"])
    s.flush()
    s.expire(team, ["people"])
    return team_info(team)


def _import_series(s: Session, team_id: int, x: dict[str, Any]) -> int:
    row = m.Series(team_id=team_id, format_id=x["format_id"], title=x["title"], cadence=x["cadence"],
                   every_n=x["every_n"], weekday=x["weekday"], nth=x["nth"], start_date=_d(x["start_date"]),
                   end_date=_d(x["end_date"]), time_of_day=_t(x["time_of_day"]), duration_s=x["duration_s"],
                   created_at=_dt(x["created_at"]))
    s.add(row)
    s.flush()
    s.add_all(m.SeriesMember(series_id=row.id, position=i, name=p["name"], joined=_d(p["joined"]))
              for i, p in enumerate(x["members"]))
    s.add_all(m.SeriesException(series_id=row.id, day=_d(e["day"]), kind=e["kind"],
                                moved_to=_dt(e["moved_to"])) for e in x["exceptions"])
    return row.id


def _import_meeting(s: Session, team_id: int, x: dict[str, Any], series_ids: list[int],
                    now: datetime) -> None:
    key = x["series"]
    row = m.Meeting(team_id=team_id, series_id=series_ids[key] if key is not None else None,
                    format_id=x["format_id"], format_title=x["format_title"],
                    started_at=_dt(x["started_at"]), ended_at=_dt(x["ended_at"]),
                    facilitator=x["facilitator"], first_speaker=x["first_speaker"],
                    live_state=x["live_state"], focus_area_confidential=bool(x["focus_area_confidential"]),
                    updated_at=now)
    s.add(row)
    s.flush()
    s.add_all(m.Attendance(meeting_id=row.id, position=i, name=n) for i, n in enumerate(x["present"]))
    replace_capture(s, row.id, capture_from_json(x["capture"]), now)
    for item_id, closed in x["measures_closed_on"].items():
        measure = s.scalar(select(m.Measure).where(m.Measure.meeting_id == row.id,
                                                   m.Measure.item_id == item_id))
        if measure is not None:
            measure.closed_on = _d(closed)
    s.add_all(m.StepTiming(meeting_id=row.id, position=i, **t) for i, t in enumerate(x["steps"]))
    s.add_all(m.Turn(meeting_id=row.id, position=i, **t) for i, t in enumerate(x["turns"]))
    s.add_all(m.Pause(meeting_id=row.id, position=i, started_at=_dt(p["started_at"]),
                      duration_s=p["duration_s"], step_id=p["step_id"]) for i, p in enumerate(x["pauses"]))


def _import_visit(s: Session, team_id: int, x: dict[str, Any], now: datetime) -> None:
    row = m.Visit(team_id=team_id, day=_d(x["day"]), start_time=_t(x["start_time"]),
                  end_time=_t(x["end_time"]), ground_rules=list(x["ground_rules"]),
                  confidential_fields=list(x["confidential_fields"]),
                  present_on=_d(x["present_on"]), created_at=_dt(x["created_at"]), updated_at=now,
                  **{f: x[f] for f in VISIT_FIELDS})
    s.add(row)
    s.flush()
    s.add_all(m.Observation(visit_id=row.id, at=_dt(o["at"]), text=o["text"], released=bool(o["released"]))
              for o in x["observations"])
    s.add_all(m.LearningPoint(visit_id=row.id, team_id=team_id, at=visit_at(row.day), item_id=p["id"],
                              position=i, text=p["text"], search_text=search_key(p["text"]),
                              confidential=bool(p["confidential"]), updated_at=now)
              for i, p in enumerate(x["learning_points"]))
