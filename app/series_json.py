"""A series as the JSON of its stored ``rule`` column, and back: strict reading, where a wrong field
names itself, and the read series checked like a new one."""

from __future__ import annotations

import uuid
from datetime import date, time
from enum import StrEnum
from typing import Any

from app.series import (
    DEFAULT_ZONE,
    MAX_NAME,
    SCHEMA,
    Cadence,
    CadenceKind,
    Change,
    Choice,
    Decision,
    Member,
    Problem,
    Series,
    SeriesError,
    SeriesKind,
)
from app.series_checks import validate


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d is not None else None


def series_to_json(s: Series) -> dict[str, Any]:
    """Everything about a series except its team and format (those are columns of their own)."""
    return {
        "schema": SCHEMA, "uid": s.uid, "kind": s.kind.value, "name": s.name,
        "cadence": {"kind": s.cadence.kind.value, "interval": s.cadence.interval,
                    "weekday": s.cadence.weekday, "nth": s.cadence.nth,
                    "dates": [d.isoformat() for d in s.cadence.dates]},
        "start": s.start.isoformat(), "end": _iso(s.end),
        "time": s.time_of_day.isoformat(timespec="minutes"), "duration_min": s.duration_min,
        "zone": s.zone,
        "roster": [{"name": m.name, "joined": m.joined.isoformat(), "left": _iso(m.left)} for m in s.roster],
        "changes": [{"date": c.original.isoformat(), "cancelled": c.cancelled, "new_date": _iso(c.new_date),
                     "new_time": c.new_time.isoformat(timespec="minutes") if c.new_time else None}
                    for c in s.changes],
        "parent": s.parent_id,
        "decisions": [{"on": d.on.isoformat(), "choice": d.choice.value} for d in s.decisions],
        "revision": s.revision,
    }


class _Reader:
    """Strict reading of stored JSON: a wrong field names itself."""

    def fail(self, where: str, why: str) -> SeriesError:
        return SeriesError(Problem.DAMAGED, f"The stored series is damaged at '{where}': {why}",
                           where=where, why=why)

    def obj(self, value: object, where: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(where, "expected an object")
        return value

    def items(self, value: object, where: str) -> list[Any]:
        if value is None:
            return []
        if not isinstance(value, list):
            raise self.fail(where, "expected a list")
        return value

    def integer(self, value: object, where: str) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(where, "expected a whole number")
        return value

    def day(self, value: object, where: str) -> date:
        try:
            return date.fromisoformat(value) if isinstance(value, str) and len(value) == 10 else _no(value)
        except ValueError:
            raise self.fail(where, "expected a date like 2026-03-10") from None

    def maybe_day(self, value: object, where: str) -> date | None:
        return None if value is None else self.day(value, where)

    def clock(self, value: object, where: str) -> time:
        try:
            return time.fromisoformat(value) if isinstance(value, str) else _no(value)
        except ValueError:
            raise self.fail(where, "expected a time like 09:15") from None

    def enum(self, kind: type[StrEnum], value: object, where: str) -> Any:
        try:
            return kind(str(value)) if isinstance(value, str) else _no(value)
        except ValueError:
            raise self.fail(where, "expected one of " + ", ".join(k.value for k in kind)) from None

    def text(self, value: object, where: str) -> str:
        if not isinstance(value, str):
            raise self.fail(where, "expected text")
        return value[:MAX_NAME]


def _no(value: object) -> Any:
    raise ValueError(value)


def _cadence(r: _Reader, value: object) -> Cadence:
    c = r.obj(value, "cadence")
    return Cadence(r.enum(CadenceKind, c.get("kind"), "cadence.kind"),
                   interval=r.integer(c.get("interval", 1), "cadence.interval"),
                   weekday=r.integer(c.get("weekday", 1), "cadence.weekday"),
                   nth=r.integer(c.get("nth", 1), "cadence.nth"),
                   dates=tuple(sorted({r.day(x, f"cadence.dates[{i}]")
                                       for i, x in enumerate(r.items(c.get("dates"), "cadence.dates"))})))


def _roster(r: _Reader, value: object) -> tuple[Member, ...]:
    return tuple(Member(r.text(m.get("name"), f"roster[{i}].name"),
                        r.day(m.get("joined"), f"roster[{i}].joined"),
                        r.maybe_day(m.get("left"), f"roster[{i}].left"))
                 for i, m in ((i, r.obj(x, f"roster[{i}]")) for i, x in enumerate(r.items(value, "roster"))))


def _changes(r: _Reader, value: object) -> tuple[Change, ...]:
    return tuple(Change(r.day(x.get("date"), f"changes[{i}].date"), bool(x.get("cancelled")),
                        r.maybe_day(x.get("new_date"), f"changes[{i}].new_date"),
                        None if x.get("new_time") is None
                        else r.clock(x.get("new_time"), f"changes[{i}].new_time"))
                 for i, x in ((i, r.obj(y, f"changes[{i}]"))
                              for i, y in enumerate(r.items(value, "changes"))))


def _decisions(r: _Reader, value: object) -> tuple[Decision, ...]:
    return tuple(Decision(r.day(x.get("on"), f"decisions[{i}].on"),
                          r.enum(Choice, x.get("choice"), f"decisions[{i}].choice"))
                 for i, x in ((i, r.obj(y, f"decisions[{i}]"))
                              for i, y in enumerate(r.items(value, "decisions"))))


def series_from_json(format_id: str, data: object) -> Series:
    """A stored series back as data, checked like a new one.

    Raises:
        SeriesError: a field is missing or of the wrong kind (``Problem.DAMAGED``, naming the field), or
            the series breaks one of the rules :func:`problems` checks.
    """
    r = _Reader()
    d = r.obj(data, "rule")
    if d.get("schema") != SCHEMA:
        raise r.fail("schema", f"expected {SCHEMA} (written by a newer Runde?)")
    cadence = _cadence(r, d.get("cadence"))  # the fields in this order: the first wrong one is named
    roster = _roster(r, d.get("roster"))
    changes = _changes(r, d.get("changes"))
    decisions = _decisions(r, d.get("decisions"))
    parent = d.get("parent")
    uid = d.get("uid")
    revision = r.integer(d.get("revision", 0), "revision")
    series = Series(
        format_id=format_id, cadence=cadence, start=r.day(d.get("start"), "start"),
        end=r.maybe_day(d.get("end"), "end"), time_of_day=r.clock(d.get("time"), "time"),
        duration_min=r.integer(d.get("duration_min"), "duration_min"),
        zone=r.text(d.get("zone", DEFAULT_ZONE), "zone"), kind=r.enum(SeriesKind, d.get("kind"), "kind"),
        name=r.text(d.get("name", ""), "name"), roster=roster, changes=changes,
        parent_id=None if parent is None else r.integer(parent, "parent"), decisions=decisions,
        uid=r.text(uid, "uid") if uid else uuid.uuid4().hex, revision=max(0, revision))
    return validate(series)
