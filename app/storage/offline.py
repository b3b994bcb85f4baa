"""Working offline: the team server cannot be reached at start, so Runde works in this computer's own
file, and what was made there is sent to the server the next time Runde reaches it.

A learning visit is often a day away from the office network, and a meeting-room PC may start while
the server is being restarted. Refusing to start would leave the agent with paper. Instead:

- :func:`begin` starts a note, in ``<data>/offline.json``, for the server that could not be reached;
  :func:`record` adds each meeting and learning visit made while offline to it, by id (the store's
  ``on_made``). A second offline start before anything was sent goes on with the same note. Notes
  for other servers (another organisation's, another login) are kept apart and left alone.
- :func:`waiting` says what would be sent; :func:`send` copies it to the server in one transaction,
  each meeting and visit to the team of the same name there (made if missing); :func:`sent` then
  takes the note out of ``offline.json``, keeping a copy (``offline-sent-<moment>.json``). Nothing
  in the local file is removed.

Only what was made offline is sent: not the local file's older history, not a team brought in from a
file, not edits to older items. Sending twice is harmless: a meeting already on the server (same
team, format and start, to the microsecond) is not copied again, nor a visit whose details and
observations are all there already (so skipping it loses nothing). An id whose row is gone (a backup
restored) is skipped.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.atomic import ExportError, write_atomic
from app.clock import SystemClock
from app.paths import AppPaths
from app.private import private_dir
from app.storage import models as m
from app.storage.meetings import made_key
from app.storage.store import Store
from app.storage.team_transfer import export_meeting, export_visit, import_meeting
from app.storage.visits import write_visit
from app.visit import visit_from_json

FILE = "offline.json"
VERSION = 2
KINDS = ("meeting", "visit")
_SYSTEM_CLOCK = SystemClock()  # for a caller that gives no clock (app.clock: one clock for "now")


class OfflineNoteError(ValueError):
    """The note of what was made offline cannot be read (it is left where it is)."""


@dataclass(frozen=True)
class OfflineNote:
    """What was made offline for one server: meetings and visits of the local file, by id."""

    server: str  # the server's label (user@host:port/database)
    began: datetime
    meetings: tuple[tuple[int, str], ...] = ()  # (id, store.made_key)
    visits: tuple[tuple[int, str], ...] = ()


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


def read_notes(paths: AppPaths) -> dict[str, OfflineNote]:
    """Every server's note, by the server's label (empty when nothing made offline waits).

    Raises:
        OfflineNoteError: the file is there, but cannot be read or is damaged (left as it is).
    """
    path = note_path(paths)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(raw, dict) or raw.get("runde_offline") != VERSION:
            raise ValueError("not a Runde offline note (or from another Runde)")
        notes = {}
        for n in raw["servers"]:
            began = datetime.fromisoformat(str(n["began"]))
            note = OfflineNote(str(n["server"]), began if began.tzinfo else began.replace(tzinfo=UTC),
                               tuple((int(i), str(k)) for i, k in n["meetings"]),
                               tuple((int(i), str(k)) for i, k in n["visits"]))
            notes[note.server] = note
        return notes
    except FileNotFoundError:
        return {}
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise OfflineNoteError(f"{path}: {exc}") from exc


def read_note(paths: AppPaths, server: str) -> OfflineNote | None:
    """The note for this server, None when nothing made offline waits for it.

    Raises:
        OfflineNoteError: the file cannot be read or is damaged.
    """
    return read_notes(paths).get(server)


def _file(notes: list[OfflineNote]) -> bytes:
    servers = [{"server": n.server, "began": n.began.isoformat(), "meetings": [list(x) for x in n.meetings],
                "visits": [list(x) for x in n.visits]} for n in notes]
    return json.dumps({"runde_offline": VERSION, "servers": servers}, indent=1, ensure_ascii=False).encode()


def _write(paths: AppPaths, notes: dict[str, OfflineNote]) -> None:
    try:
        private_dir(paths.data_dir)
    except OSError as exc:
        raise ExportError(f"{paths.data_dir}: {exc.strerror or exc}") from exc
    write_atomic(note_path(paths), _file(list(notes.values())), private=True)


def begin(paths: AppPaths, server: str, now: datetime) -> OfflineNote:
    """Runde works offline from now on, for ``server``: its note (the earlier one, if one waits).

    Raises:
        OfflineNoteError: the file cannot be read (it is left as it is: what it names would be lost).
        ExportError: the note cannot be written (a full disk, a read-only folder).
    """
    notes = read_notes(paths)
    if server not in notes:
        notes[server] = OfflineNote(server, now.astimezone(UTC))
        _write(paths, notes)
    return notes[server]


def record(paths: AppPaths, server: str, kind: str, row_id: int, key: str,
           now: Callable[[], datetime] = _SYSTEM_CLOCK.wall) -> OfflineNote:
    """A meeting or a visit was made offline (its id and ``store.made_key``): noted for ``server``.
    ``now`` (the store's clock, :attr:`Store.now <app.storage.store.Store.now>`) dates a note begun
    here, when :func:`begin` made none.

    Raises:
        OfflineNoteError, ExportError: as :func:`begin`.
    """
    notes = read_notes(paths)
    note = notes.get(server) or OfflineNote(server, now().astimezone(UTC))
    made = (row_id, key)
    if kind == "meeting" and made not in note.meetings:
        note = OfflineNote(server, note.began, (*note.meetings, made), note.visits)
    elif kind == "visit" and made not in note.visits:
        note = OfflineNote(server, note.began, note.meetings, (*note.visits, made))
    notes[server] = note
    _write(paths, notes)
    return note


def waiting(local: Store, note: OfflineNote) -> Waiting:
    """How many of the meetings and visits noted are in the local file (and wait to be sent)."""
    def op(s: Session) -> Waiting:
        return Waiting(len(_made(s, m.Meeting, note.meetings)), len(_made(s, m.Visit, note.visits)))
    return local.read(op)


def _made(s: Session, model: Any, noted: tuple[tuple[int, str], ...]) -> list[Any]:
    """The rows (meetings or visits) noted by id that are still the ones made then (by key)."""
    keys = dict(noted)
    if not keys:
        return []
    rows = s.scalars(select(model).where(model.id.in_(keys)).order_by(model.id))
    return [r for r in rows if made_key(r) == keys[r.id]]


def send(local: Store, server: Store, note: OfflineNote, now: datetime) -> Sent:
    """Copy what was made offline to the server (one transaction there: all or nothing), then take
    the note out (:func:`sent`). The local file is not changed.

    Raises:
        StorageError: either database could not be read or written (nothing was sent; the note
            stays, so it is offered again).
        ExportError, OfflineNoteError: sent, but the note could not be taken out (sending again is
            harmless).
    """
    meetings, visits = local.read(lambda s: _offline_rows(s, note))

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
            import_meeting(s, team_id, raw)
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
            write_visit(s, row, data)
            for o in raw["observations"]:
                s.add(m.Observation(visit_id=row.id, at=datetime.fromisoformat(o["at"]), text=o["text"],
                                    released=bool(o["released"])))
            sent_v += 1
        return Sent(sent_m, sent_v, there)
    result = server.write(op)
    sent(local.paths, note.server, now)
    return result


def sent(paths: AppPaths, server: str, now: datetime) -> Path | None:
    """Take the server's note out of ``offline.json`` (what it named has been sent, or there was
    nothing), keeping a copy of it as ``offline-sent-<moment>.json``. Returns the copy.

    Raises:
        OfflineNoteError: the file cannot be read.
        ExportError: it could not be written.
    """
    notes = read_notes(paths)
    note = notes.pop(server, None)
    if note is None:
        return None
    copy = note_path(paths).with_name(f"offline-sent-{now.astimezone(UTC):%Y%m%d-%H%M%S-%f}.json")
    write_atomic(copy, _file([note]), private=True)
    if notes:
        _write(paths, notes)
    else:
        try:
            note_path(paths).unlink()
        except OSError as exc:
            raise ExportError(f"{note_path(paths)}: {exc.strerror or exc}") from exc
    return copy


Row = tuple[str | None, list[str], dict[str, Any]]  # team name (None: no team), its people, the item


def _offline_rows(s: Session, note: OfflineNote) -> tuple[list[Row], list[Row]]:
    """The meetings and visits made offline, oldest first, each as its team file entry."""
    teams = {t.id: (t.name, [p.name for p in t.people if p.active]) for t in s.scalars(select(m.Team))}
    meetings: list[Row] = []
    for row in _made(s, m.Meeting, note.meetings):
        name, people = teams.get(row.team_id, (None, [])) if row.team_id is not None else (None, [])
        raw = export_meeting(s, row)
        if raw["ended"] is None:  # still running when Runde stopped offline: ended at its last save
            raw["ended"] = (row.live_saved or row.started).astimezone(UTC).isoformat()
        meetings.append((name, people, raw))
    visits: list[Row] = []
    for v in _made(s, m.Visit, note.visits):
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


def erase_in_notes(paths: AppPaths, name: str, placeholder: str) -> int:
    """A person was erased (app.storage.erasure): their name leaves the visits' keys in
    ``offline.json`` and every ``offline-sent-*`` copy (a key holds a visit's people, see
    ``store.made_key``, and must match the visit as it is now stored). How many files changed;
    one that cannot be read or written is left as it is."""
    old, new = name[:40], placeholder[:40]
    changed = 0
    for path in [note_path(paths), *sorted(paths.data_dir.glob("offline-sent-*.json"))]:
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            servers = raw["servers"] if isinstance(raw, dict) else None
            if not isinstance(servers, list):
                continue
            before = json.dumps(raw)
            for note in servers:
                note["visits"] = [[i, _erased_key(str(k), old, new)] for i, k in note.get("visits", [])]
            if json.dumps(raw) != before:
                write_atomic(path, json.dumps(raw, indent=1, ensure_ascii=False).encode(), private=True)
                changed += 1
        except (OSError, ValueError, KeyError, TypeError, AttributeError, ExportError):
            continue
    return changed


def _erased_key(key: str, old: str, new: str) -> str:
    return "\x1f".join(new if part == old else part for part in key.split("\x1f"))
