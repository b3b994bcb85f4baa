"""Working offline: the team server cannot be reached at start, so Runde works in this computer's own
file, and what was made there is sent to the server the next time Runde reaches it.

A learning visit is often a day away from the office network, and a meeting-room PC may start while
the server is being restarted. Refusing to start would leave the agent with paper. Instead:

- :func:`begin` notes, in ``<data>/offline.json``, the server and the highest meeting and visit ids
  of the local file at that moment. Everything with a higher id was made while offline. A second
  offline start before anything was sent keeps the first note, so nothing made is ever skipped.
- :func:`waiting` says what would be sent; :func:`send` copies it to the server in one transaction,
  each meeting and visit to the team of the same name there (made if missing), and then sets the
  note aside (``offline-sent-<moment>.json``), never deleting it or anything in the local file.

Sending twice is harmless: a meeting already on the server (same team, format and start, to the
microsecond) is not copied again, nor a visit whose details and observations are all there already
(so skipping it loses nothing). Edits made offline to older local items are not sent: those were
never the server's.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.export.atomic import ExportError, write_atomic
from app.paths import AppPaths
from app.storage import models as m
from app.storage.store import Store, _import_meeting, _write_visit, export_meeting, export_visit
from app.visit import visit_from_json

FILE = "offline.json"
VERSION = 1


class OfflineNoteError(ValueError):
    """The note of what was made offline cannot be read (it is left where it is)."""


@dataclass(frozen=True)
class OfflineNote:
    """Which rows of the local file were made while offline: ids above these."""

    server: str  # the server's label (user@host:port/database)
    since_meeting: int
    since_visit: int
    began: datetime


@dataclass(frozen=True)
class Waiting:
    """What :func:`send` would send."""

    meetings: int
    visits: int

    def __bool__(self) -> bool:
        return bool(self.meetings or self.visits)


@dataclass(frozen=True)
class Sent:
    """What :func:`send` sent, and what was on the server already (not copied again)."""

    meetings: int
    visits: int
    already_there: int


def note_path(paths: AppPaths) -> Path:
    return paths.data_dir / FILE


def read_note(paths: AppPaths) -> OfflineNote | None:
    """The note, None when there is none (nothing made offline waits).

    Raises:
        OfflineNoteError: there is one, but it cannot be read or is damaged.
    """
    path = note_path(paths)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(raw, dict) or raw.get("runde_offline") != VERSION:
            raise ValueError("not a Runde offline note (or from a newer Runde)")
        began = datetime.fromisoformat(str(raw["began"]))
        return OfflineNote(str(raw["server"]), int(raw["since_meeting"]), int(raw["since_visit"]),
                           began if began.tzinfo else began.replace(tzinfo=UTC))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise OfflineNoteError(f"{path}: {exc}") from exc


def begin(local: Store, server: str, now: datetime) -> OfflineNote:
    """Note that Runde works offline from now on ``local`` (the earlier note, if one waits).

    Raises:
        OfflineNoteError: an earlier note cannot be read (it is left as it is).
        ExportError: the note cannot be written (a full disk, a read-only folder).
    """
    earlier = read_note(local.paths)
    if earlier is not None:
        return earlier

    def highest(s: Session) -> tuple[int, int]:
        return (int(s.scalar(select(func.max(m.Meeting.id))) or 0),
                int(s.scalar(select(func.max(m.Visit.id))) or 0))
    meeting, visit = local._read(highest)
    note = OfflineNote(server, meeting, visit, now.astimezone(UTC))
    write_atomic(note_path(local.paths), json.dumps({
        "runde_offline": VERSION, "server": note.server, "since_meeting": note.since_meeting,
        "since_visit": note.since_visit, "began": note.began.isoformat()}, indent=1).encode("utf-8"))
    return note


def waiting(local: Store, note: OfflineNote) -> Waiting:
    """How many meetings and visits were made offline (and wait to be sent)."""
    def op(s: Session) -> Waiting:
        return Waiting(int(s.scalar(select(func.count()).select_from(m.Meeting)
                                    .where(m.Meeting.id > note.since_meeting)) or 0),
                       int(s.scalar(select(func.count()).select_from(m.Visit)
                                    .where(m.Visit.id > note.since_visit)) or 0))
    return local._read(op)


def send(local: Store, server: Store, note: OfflineNote, now: datetime) -> Sent:
    """Copy what was made offline to the server (one transaction there: all or nothing), then set
    the note aside. The local file is not changed.

    Raises:
        StorageError: either database could not be read or written (nothing was sent; the note
            stays, so it is offered again).
        ExportError: sent, but the note could not be set aside (sending again is harmless).
    """
    meetings, visits = local._read(lambda s: _offline_rows(s, note))

    def op(s: Session) -> Sent:
        teams: dict[str, int] = {}
        sent_m = sent_v = there = 0
        for team, people, raw in meetings:
            team_id = _team_id(s, teams, team, people, now) if team is not None else None
            started = datetime.fromisoformat(raw["started"])
            if s.scalar(select(m.Meeting.id).where(m.Meeting.team_id.is_(None) if team_id is None
                                                   else m.Meeting.team_id == team_id,
                                                   m.Meeting.format_id == raw["format_id"],
                                                   m.Meeting.started == started)) is not None:
                there += 1
                continue
            _import_meeting(server, s, team_id, raw)
            sent_m += 1
        for team, people, raw in visits:
            team_id = _team_id(s, teams, team, people, now) if team is not None else None
            if _visit_there(s, team_id, raw):
                there += 1
                continue
            data = visit_from_json(dict(raw["details"]))
            row = m.Visit(team_id=team_id, agent=data.agent, colleague=data.colleague, day=data.day)
            s.add(row)
            s.flush()
            _write_visit(s, row, data)
            for o in raw["observations"]:
                s.add(m.Observation(visit_id=row.id, at=datetime.fromisoformat(o["at"]), text=o["text"],
                                    released=bool(o["released"])))
            sent_v += 1
        return Sent(sent_m, sent_v, there)
    sent = server._write(op)
    set_aside(local.paths, now)
    return sent


def set_aside(paths: AppPaths, now: datetime) -> Path | None:
    """Move the note aside (``offline-sent-<moment>.json``): what it named has been sent.

    Raises:
        ExportError: it could not be moved.
    """
    path = note_path(paths)
    if not path.exists():
        return None
    target = path.with_name(f"offline-sent-{now.astimezone(UTC):%Y%m%d-%H%M%S-%f}.json")
    try:
        path.replace(target)
    except OSError as exc:
        raise ExportError(f"{path}: {exc.strerror or exc}") from exc
    return target


Row = tuple[str | None, list[str], dict[str, Any]]  # team name (None: no team), its people, the item


def _offline_rows(s: Session, note: OfflineNote) -> tuple[list[Row], list[Row]]:
    """The meetings and visits made offline, oldest first, each as its team file entry."""
    teams = {t.id: (t.name, [p.name for p in t.people]) for t in s.scalars(select(m.Team))}
    meetings: list[Row] = []
    for row in s.scalars(select(m.Meeting).where(m.Meeting.id > note.since_meeting).order_by(m.Meeting.id)):
        name, people = teams.get(row.team_id, (None, [])) if row.team_id is not None else (None, [])
        raw = export_meeting(s, row)
        if raw["ended"] is None:  # still running when Runde stopped offline: ended at its last save
            raw["ended"] = (row.live_saved or row.started).astimezone(UTC).isoformat()
        meetings.append((name, people, raw))
    visits: list[Row] = []
    for v in s.scalars(select(m.Visit).where(m.Visit.id > note.since_visit).order_by(m.Visit.id)):
        name, people = teams.get(v.team_id, (None, [])) if v.team_id is not None else (None, [])
        visits.append((name, people, export_visit(s, v)))
    return meetings, visits


def _team_id(s: Session, teams: dict[str, int], name: str, people: list[str], now: datetime) -> int:
    """The server's team of that name, made (with the local roster) when it has none."""
    if name not in teams:
        found = s.scalar(select(m.Team.id).where(m.Team.name == name))
        if found is None:
            team = m.Team(name=name, created=now)
            team.people = [m.Person(name=p, position=i, active=True) for i, p in enumerate(people)]
            s.add(team)
            s.flush()
            found = team.id
        teams[name] = found
    return teams[name]


def _visit_there(s: Session, team_id: int | None, raw: dict[str, Any]) -> bool:
    """A visit with the same details whose observations include all of this one's: sent before."""
    data = visit_from_json(dict(raw["details"]))
    wanted = {(datetime.fromisoformat(o["at"]), o["text"]) for o in raw["observations"]}
    for row in s.scalars(select(m.Visit).where(
            m.Visit.team_id.is_(None) if team_id is None else m.Visit.team_id == team_id,
            m.Visit.agent == data.agent, m.Visit.colleague == data.colleague, m.Visit.day == data.day)):
        if visit_from_json(dict(row.details or {})) != data:
            continue
        have = {(o.at, o.text) for o in s.scalars(select(m.Observation)
                                                   .where(m.Observation.visit_id == row.id))}
        if wanted <= have:
            return True
    return False
