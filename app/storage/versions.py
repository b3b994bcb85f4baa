"""Saving a meeting's learning points and measures without overwriting another computer's edit.

Each row has a ``version``. A store remembers, per row, the version and the content it last read or
wrote (:data:`Seen`). On saving, a row whose version moved on since then was changed elsewhere:

- not changed here either: the other computer's content is taken (and shown here);
- changed here too: a :class:`Conflict`; the row keeps the other content until the user chooses;
- a row this computer never saw (added elsewhere) is kept, not deleted, and added to the capture.

Every UPDATE and DELETE carries ``WHERE version = <as read>`` (the models' ``version_id_col``), so two
saves in the same instant cannot both pass: the later one fails with ``StaleDataError`` and is tried
again, and then sees the change.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.capture import Capture, MeasureKind, MeasureStatus, TextItem
from app.capture import Measure as CaptureMeasure
from app.storage import models as m

OWNER_MAX = 200  # measure.owner is VARCHAR(200): PostgreSQL refuses longer (SQLite would not care)
Fields = tuple[object, ...]
Seen = dict[str, tuple[int, Fields]]  # row uid -> (version, content) as this store last knew it


@dataclass(frozen=True)
class Conflict:
    """A learning point or measure changed on another computer and here since this one read it.

    ``version`` is the other computer's; :meth:`app.storage.store.Store.keep_mine` lets the next save
    write ``mine`` over it.
    """

    kind: str  # "point" | "measure"
    uid: str
    item_id: str
    mine: TextItem | CaptureMeasure
    theirs: TextItem | CaptureMeasure
    version: int


@dataclass(frozen=True)
class SaveResult:
    """What a save did: conflicts to ask about, and what was stored if it differs from what was given
    (edits from elsewhere taken in); the UI shows ``stored`` instead of its own."""

    conflicts: tuple[Conflict, ...] = ()
    stored: Capture | None = None


@dataclass
class Synced:
    """One kind of rows after syncing: the capture's items as stored, and what the store now knows."""

    items: list[TextItem | CaptureMeasure] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    seen: Seen = field(default_factory=dict)
    gone: set[str] = field(default_factory=set)


def row_uid(meeting_id: int, item_id: str) -> str:
    """Item ids are unique within a meeting; rows are unique across the database."""
    return f"{meeting_id}/{item_id or uuid.uuid4().hex}"[:40]


def _item_id(uid: str) -> str:
    return uid.split("/", 1)[1] if "/" in uid else uid


def point_fields(x: TextItem | m.LearningPoint) -> Fields:
    """What a learning point's conflict is about."""
    return (x.text, bool(x.confidential))


def measure_fields(x: CaptureMeasure | m.Measure) -> Fields:
    """What a measure's conflict is about."""
    if isinstance(x, CaptureMeasure):
        return (x.text, x.kind.value, x.owner[:OWNER_MAX], x.due, x.status.value, bool(x.confidential))
    return (x.text, x.kind, x.owner, x.due, x.status, bool(x.confidential))


def point_item(uid: str, row: m.LearningPoint) -> TextItem:
    """A stored learning point as a capture item."""
    return TextItem(_item_id(uid), row.text, bool(row.confidential))


def measure_item(uid: str, row: m.Measure) -> CaptureMeasure:
    """A stored measure as a capture item."""
    return CaptureMeasure(_item_id(uid), row.text, MeasureKind(row.kind), row.owner, row.due,
                          MeasureStatus(row.status), bool(row.confidential))


def _changed_elsewhere(uid: str, version: int, theirs: Fields, mine: Fields, seen: Seen) -> str:
    """``same`` (write ours), ``take`` (theirs: not changed here) or ``conflict``."""
    was = seen.get(uid)
    if was is None or was[0] == version or theirs == mine:
        return "same"
    return "take" if mine == was[1] else "conflict"


def _removed_elsewhere(uid: str, mine: Fields, seen: Seen, out: Synced) -> bool:
    """A row this store saw is gone and the item was not changed here: removed on another computer
    (remembered as version -1, so the item is not brought back by the next save either)."""
    was = seen.get(uid)
    if was is None or was[1] != mine:
        return False  # new here, or edited here after the removal: the edit is kept
    out.seen[uid] = (-1, was[1])
    return True


def sync_points(s: Session, meeting_id: int, cap: Capture, seen: Seen) -> Synced:
    """Write the capture's learning points as rows, version-checked."""
    query = select(m.LearningPoint).where(m.LearningPoint.meeting_id == meeting_id)
    rows = {p.uid: p for p in s.scalars(query)}
    out = Synced()
    ours = set()
    by_id: dict[str, TextItem] = {}
    dropped: set[str] = set()
    for i, item in enumerate(cap.filled_learning_points()):
        uid = row_uid(meeting_id, item.id)
        ours.add(uid)
        row = rows.get(uid)
        if row is not None:
            verdict = _changed_elsewhere(uid, row.version, point_fields(row), point_fields(item), seen)
            if verdict != "same":
                theirs = point_item(uid, row)
                by_id[item.id] = theirs
                if verdict == "conflict":
                    out.conflicts.append(Conflict("point", uid, item.id, item, theirs, row.version))
                else:
                    out.seen[uid] = (row.version, point_fields(row))
                continue
        else:
            if _removed_elsewhere(uid, point_fields(item), seen, out):
                dropped.add(item.id)
                continue
            row = m.LearningPoint(uid=uid, meeting_id=meeting_id, version=0)
            s.add(row)
        if (row.text, row.confidential, row.position) != (item.text, item.confidential, i):
            row.text, row.search_text = item.text, search_key(item.text)
            row.confidential, row.position = item.confidential, i
            row.version = (row.version or 0) + 1
        out.seen[uid] = (row.version, point_fields(item))
    out.items = [by_id.get(p.id, p) for p in cap.learning_points if p.id not in dropped]
    for uid, row in sorted(rows.items(), key=lambda kv: kv[1].position):
        if uid in ours:
            continue
        was = seen.get(uid)
        if was is not None and was[0] == row.version:  # removed here, untouched elsewhere
            s.delete(row)
            out.gone.add(uid)
        else:  # added (or changed) elsewhere: kept, and shown here
            out.items.append(point_item(uid, row))
            out.seen[uid] = (row.version, point_fields(row))
    return out


def sync_measures(s: Session, meeting: m.Meeting, cap: Capture, seen: Seen, today: date) -> Synced:
    """Write the capture's measures as rows, version-checked."""
    rows = {r.uid: r for r in s.scalars(select(m.Measure).where(m.Measure.meeting_id == meeting.id))}
    out = Synced()
    ours = set()
    by_id: dict[str, CaptureMeasure] = {}
    dropped: set[str] = set()
    for item in cap.measures:
        if not item.text.strip():
            continue
        uid = row_uid(meeting.id, item.id)
        ours.add(uid)
        row = rows.get(uid)
        if row is not None:
            verdict = _changed_elsewhere(uid, row.version, measure_fields(row), measure_fields(item), seen)
            if verdict != "same":
                theirs = measure_item(uid, row)
                by_id[item.id] = theirs
                if verdict == "conflict":
                    out.conflicts.append(Conflict("measure", uid, item.id, item, theirs, row.version))
                else:
                    out.seen[uid] = (row.version, measure_fields(row))
                continue
        else:
            if _removed_elsewhere(uid, measure_fields(item), seen, out):
                dropped.add(item.id)
                continue
            row = m.Measure(uid=uid, meeting_id=meeting.id, team_id=meeting.team_id, opened=today, version=0,
                            status="open")
            s.add(row)
        if measure_fields(row) != measure_fields(item):
            if row.status != item.status.value:
                row.closed = None if item.status is MeasureStatus.OPEN else today
            row.text, row.search_text = item.text, search_key(item.text)
            row.kind, row.owner, row.due = item.kind.value, item.owner[:OWNER_MAX], item.due
            row.status, row.confidential = item.status.value, item.confidential
            row.version = (row.version or 0) + 1
        out.seen[uid] = (row.version, measure_fields(item))
    out.items = [by_id.get(x.id, x) for x in cap.measures if x.id not in dropped]
    for uid, row in rows.items():
        if uid in ours:
            continue
        was = seen.get(uid)
        if was is not None and was[0] == row.version:
            s.delete(row)
            out.gone.add(uid)
        else:
            out.items.append(measure_item(uid, row))
            out.seen[uid] = (row.version, measure_fields(row))
    return out


def merged(cap: Capture, points: Synced, measures: Synced) -> Capture:
    """The capture as stored: with the other computer's content where it was taken or kept."""
    return replace(cap, learning_points=tuple(x for x in points.items if isinstance(x, TextItem)),
                   measures=tuple(x for x in measures.items if isinstance(x, CaptureMeasure)))


def seen_in(s: Session, meeting_id: int) -> Seen:
    """What a store knows after reading a meeting: every point's and measure's version and content."""
    out: Seen = {}
    for p in s.scalars(select(m.LearningPoint).where(m.LearningPoint.meeting_id == meeting_id)):
        out[p.uid] = (p.version, point_fields(p))
    for r in s.scalars(select(m.Measure).where(m.Measure.meeting_id == meeting_id)):
        out[r.uid] = (r.version, measure_fields(r))
    return out


def search_key(text: str) -> str:
    """What search compares: case-folded, NFKC, accents kept (ø is not o)."""
    import unicodedata

    return unicodedata.normalize("NFKC", text).casefold()
