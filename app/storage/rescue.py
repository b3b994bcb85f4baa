"""Edits that could not be written yet, kept in a file on this computer until they are.

While a meeting's edits wait in memory (a full disk, a read-only folder, a database server that
cannot be reached), the meeting's capture and its engine state are also written to
``<data folder>/unsaved/meeting-<id>.json`` (or, when that folder cannot be written either, the same
name in the system's temp folder). The file goes when the edits are written; if Runde is quit or
killed first, the next start finds it and offers to bring the edits back, and deletes it once they
are back (a temp folder left empty goes too). Plain JSON, written atomically, 0600 in a 0700
folder; a damaged file is reported and left where it is, never deleted.

A learning visit's edits are kept the same way in ``visit-<id>.json`` (:func:`keep_visit`): what was
typed for the visit, the observations not written yet and the releases ticked meanwhile;
:func:`write_visit` writes them (an observation already there is not written twice).
"""

from __future__ import annotations

import contextlib
import json
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from app.atomic import ExportError, write_atomic
from app.capture import Capture, MeasureStatus, capture_from_json, capture_to_json, clean_text
from app.paths import AppPaths
from app.visit import VisitData, VisitObservation, visit_from_json, visit_to_json

if TYPE_CHECKING:
    from app.storage.errors import StorageError
    from app.storage.store import Store

SCHEMA = 1
REVIEW_STATUSES = tuple(x.value for x in MeasureStatus)  # what a measure's review may set


@dataclass(frozen=True)
class Rescued:
    """Edits found in a rescue file: for which meeting, when kept, the capture and the live state,
    and last time's measures marked done or dropped (uid -> status) that were not written."""

    path: Path
    meeting_id: int
    kept: datetime
    capture: Capture
    live_state: dict[str, Any] | None
    measure_reviews: dict[str, str] = field(default_factory=dict)
    database: str | None = None  # :func:`database_of` the store it was kept for (None: an older file)


def _folders(paths: AppPaths) -> list[Path]:
    return [paths.data_dir / "unsaved", Path(tempfile.gettempdir()) / f"runde-unsaved-{_tag(paths)}"]


def _tag(paths: AppPaths) -> str:
    """Which data folder a temp-folder rescue belongs to (two data folders never mix)."""
    import hashlib

    return hashlib.sha256(str(paths.data_dir.resolve()).encode("utf-8")).hexdigest()[:12]


def keep(paths: AppPaths, meeting_id: int, cap: Capture, live_state: dict[str, Any] | None,
         now: datetime, measure_reviews: dict[str, str] | None = None,
         database: str | None = None) -> Path | None:
    """Write the waiting edits of a meeting to its rescue file; where it went, or None when neither
    folder could be written (then they are in memory only)."""
    return _keep_file(paths, f"meeting-{meeting_id}.json", {
        "runde_unsaved": SCHEMA, "meeting_id": meeting_id, "kept": now.isoformat(),
        "capture": capture_to_json(cap), "live_state": live_state,
        "measure_reviews": dict(measure_reviews or {}), "database": database})


def _keep_file(paths: AppPaths, name: str, content: dict[str, Any]) -> Path | None:
    data = json.dumps(content, ensure_ascii=False).encode("utf-8")
    for folder in _folders(paths):
        try:
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)  # notes may name citizens:
            folder.chmod(0o700)  # only this user reads them (the temp folder is shared)
            target = folder / name
            write_atomic(target, data, private=True)
        except (OSError, ExportError):
            continue
        return target
    return None


def clear(paths: AppPaths, meeting_id: int) -> None:
    """The edits were written: the meeting's rescue files go."""
    _clear_file(paths, f"meeting-{meeting_id}.json")


def _clear_file(paths: AppPaths, name: str) -> None:
    for folder in _folders(paths):
        with contextlib.suppress(OSError):
            (folder / name).unlink(missing_ok=True)
        if folder.is_dir():
            _empty_folder(folder)


def found(paths: AppPaths) -> tuple[list[Rescued], list[Path]]:
    """Every rescue file of this data folder (oldest first), and those that could not be read."""
    return _read_files(paths, "meeting-*.json", _meeting_file)


def _meeting_file(path: Path, raw: dict[str, Any]) -> Rescued:
    live = raw.get("live_state")
    reviews = raw.get("measure_reviews")
    database = raw.get("database")
    return Rescued(path, int(raw["meeting_id"]), datetime.fromisoformat(raw["kept"]),
                   capture_from_json(dict(raw["capture"])), dict(live) if isinstance(live, dict) else None,
                   {str(k): str(v) for k, v in reviews.items() if str(v) in REVIEW_STATUSES}
                   if isinstance(reviews, dict) else {},
                   str(database) if database is not None else None)


_R = TypeVar("_R", "Rescued", "RescuedVisit")


def _read_files(paths: AppPaths, pattern: str,
                parse: Callable[[Path, dict[str, Any]], _R]) -> tuple[list[_R], list[Path]]:
    """The rescue files of one kind in both folders, oldest first, and those that could not be read
    (left where they are)."""
    good: list[_R] = []
    bad: list[Path] = []
    for folder in _folders(paths):
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob(pattern)):
            try:
                raw = json.loads(path.read_text(encoding="utf-8"))
                if not isinstance(raw, dict) or raw.get("runde_unsaved") != SCHEMA:
                    raise ValueError("not a Runde rescue file")
                good.append(parse(path, raw))
            except (OSError, ValueError, KeyError, TypeError, AttributeError):
                bad.append(path)
    good.sort(key=lambda r: r.kept)
    return good, bad


def discard(rescued: Rescued | RescuedVisit) -> None:
    """Brought back (or declined): the file is deleted (its notes are in the database now, or were
    declined; none stays behind on this computer), with what an older Runde set aside in ``done/``
    there. A temp-folder fallback left empty goes too.

    Raises:
        OSError: the file could not be deleted.
    """
    rescued.path.unlink(missing_ok=True)
    _empty_folder(rescued.path.parent)


def _empty_folder(folder: Path) -> None:
    """Delete an older Runde's ``done/`` copies in ``folder``, and ``folder`` itself when it is the
    temp-folder fallback and nothing else waits there."""
    done = folder / "done"
    if done.is_dir():
        for old in done.glob("*.json"):
            with contextlib.suppress(OSError):
                old.unlink()
        with contextlib.suppress(OSError):
            done.rmdir()
    if folder.name.startswith("runde-unsaved-"):
        with contextlib.suppress(OSError):
            folder.rmdir()  # only when empty


def files(paths: AppPaths) -> list[Path]:
    """Every rescue file of this data folder, read or not (``done/`` copies of an older Runde too)."""
    out: list[Path] = []
    for folder in _folders(paths):
        if folder.is_dir():
            out += sorted(p for p in folder.rglob("*.json") if p.is_file())
    return out


# -- learning visits --------------------------------------------------------------------------------

@dataclass(frozen=True)
class KeptObservation:
    """An observation typed while it could not be written; ``key`` tells it apart until it is."""

    key: str
    at: datetime
    text: str
    released: bool = False


@dataclass(frozen=True)
class RescuedVisit:
    """A visit's edits found in a rescue file.

    ``data``: what was typed for the visit (None: nothing but observations waited);
    ``observations``: those not written yet; ``releases``: observation id -> released, ticked or
    unticked meanwhile; ``database``: which database the visit is in (:func:`database_of`).
    """

    path: Path
    visit_id: int
    kept: datetime
    database: str
    data: VisitData | None
    observations: tuple[KeptObservation, ...]
    releases: dict[int, bool]


def database_of(store: Store) -> str:
    """Which database a visit id belongs to: a server's ``user@host:port/database``, or ``local``
    (the data folder's own file; its rescue files are in that folder or tagged with it)."""
    return f"server:{store.server.label()}" if store.server is not None else "local"


def keep_visit(paths: AppPaths, visit_id: int, data: VisitData | None,
               observations: tuple[KeptObservation, ...], releases: dict[int, bool], now: datetime,
               database: str) -> Path | None:
    """Write a visit's waiting edits to its rescue file (``visit-<id>.json``), replacing an older
    copy; where it went, or None when neither folder could be written (then they are in memory only)."""
    return _keep_file(paths, f"visit-{visit_id}.json", {
        "runde_unsaved": SCHEMA, "kind": "visit", "visit_id": visit_id, "kept": now.isoformat(),
        "database": database, "visit": visit_to_json(data) if data is not None else None,
        "observations": [{"key": o.key, "at": o.at.isoformat(), "text": o.text, "released": o.released}
                         for o in observations],
        "releases": {str(k): bool(v) for k, v in releases.items()}})


def clear_visit(paths: AppPaths, visit_id: int) -> None:
    """The visit's edits were written: its rescue files go."""
    _clear_file(paths, f"visit-{visit_id}.json")


def found_visits(paths: AppPaths) -> tuple[list[RescuedVisit], list[Path]]:
    """Every visit rescue file of this data folder (oldest first), and those that could not be read."""
    return _read_files(paths, "visit-*.json", _visit_file)


def _visit_file(path: Path, raw: dict[str, Any]) -> RescuedVisit:
    if raw.get("kind") != "visit":
        raise ValueError("not a Runde rescue file of a visit")
    visit = raw.get("visit")
    observations = tuple(
        KeptObservation(str(o["key"]), _zoned(datetime.fromisoformat(o["at"])), str(o["text"]),
                        bool(o.get("released")))
        for o in raw.get("observations", []))
    return RescuedVisit(
        path, int(raw["visit_id"]), datetime.fromisoformat(raw["kept"]), str(raw["database"]),
        visit_from_json(dict(visit)) if visit is not None else None, observations,
        {int(k): bool(v) for k, v in dict(raw.get("releases", {})).items()})


def _zoned(at: datetime) -> datetime:
    if at.tzinfo is None:
        raise ValueError("an observation's time without its zone")
    return at


def write_visit(store: Store, visit_id: int, data: VisitData | None,
                observations: tuple[KeptObservation, ...], releases: dict[int, bool]) -> None:
    """Write a visit's waiting edits: the observations (one already stored with the same time and text
    is not written again, only its release: a write that failed may have reached the database), the
    releases, then what was typed for the visit.

    Raises:
        StorageError: it could not all be written (what was written stays; calling again finishes it);
            code ``VISIT_GONE`` when there is no such visit any more (removed on another computer).
    """
    from app.storage.visits import add_observation, save_visit, update_observation

    if observations:
        there: dict[tuple[datetime, str], list[VisitObservation]] = {}
        for o in stored_observations(store, visit_id):
            there.setdefault((o.at, o.text), []).append(o)
        for k in observations:
            same = there.get((k.at, clean_text(k.text)))
            if same:
                stored = same.pop(0)
                if stored.released != k.released:
                    update_observation(store, stored.id, released=k.released)
                continue
            new_id = add_observation(store, visit_id, k.at, k.text)
            if k.released:
                update_observation(store, new_id, released=True)
    for obs_id, released in releases.items():
        update_observation(store, obs_id, released=released)
    if data is not None and not save_visit(store, visit_id, data):
        raise _visit_gone()


def _visit_gone() -> StorageError:
    from app.storage.errors import StorageError

    return StorageError("This learning visit is no longer in the database.", code=StorageError.VISIT_GONE)


def stored_observations(store: Store, visit_id: int) -> list[VisitObservation]:
    """A visit's observations as stored, oldest first.

    Raises:
        StorageError: the store cannot be read now; code ``VISIT_GONE``: there is no such visit.
    """
    from app.storage.visits import load_visit

    try:
        return load_visit(store, visit_id)[1]
    except KeyError as exc:
        raise _visit_gone() from exc


def visit_is_here(store: Store, rescued: RescuedVisit) -> VisitData | None:
    """The visit as stored, when the file's visit is in this store's database; None when it is another
    database's (a server set up since) or the visit is gone.

    Raises:
        StorageError: the store cannot be read now.
    """
    from app.storage.visits import load_visit

    if rescued.database != database_of(store):
        return None
    try:
        return load_visit(store, rescued.visit_id)[0]
    except KeyError:
        return None


def bring_back_visit(store: Store, rescued: RescuedVisit) -> bool:
    """Write a rescued visit's edits into its visit (safe to repeat: nothing is written twice). False,
    and nothing written, when the visit is not in this store (see :func:`visit_is_here`); the file
    stays where it is either way (:func:`discard` deletes it).

    Raises:
        StorageError: it could not be written now.
    """
    if visit_is_here(store, rescued) is None:
        return False
    write_visit(store, rescued.visit_id, rescued.data, rescued.observations, rescued.releases)
    return True
