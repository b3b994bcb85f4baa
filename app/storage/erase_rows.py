"""Erasing a person in the database's rows (the right to erasure): every field that holds a name.

:func:`erase_person` works inside a transaction the :class:`~app.storage.store.Store` opened
(:meth:`Store.erase_person <app.storage.store.Store.erase_person>` is the public surface). The files
Runde keeps beside the database (backups, rescue and offline notes) are :mod:`app.storage.erasure`'s.
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.capture import capture_from_json, capture_to_json
from app.record import course_from_json, course_to_json
from app.storage import models as m

ERASED = "—"
ERASE_LEAVES = ("A name typed inside free text (notes, reflections, observations, learning points) is not "
                "changed. The backups and the notes kept on this computer are rewritten without the name "
                "(app.storage.erasure).")


def erase_person(s: Session, name: str, placeholder: str) -> int:
    """Replace ``name`` by ``placeholder`` in every row that holds it; returns rows changed (see
    :meth:`Store.erase_person <app.storage.store.Store.erase_person>` for what is and is not changed)."""
    changed = 0
    for p in s.scalars(select(m.Person).where(m.Person.name == name)):
        s.delete(p)
        changed += 1
    for row in s.scalars(select(m.Meeting)):
        new = _erase_in_meeting(row, name, placeholder)
        changed += new
    for v in s.scalars(select(m.Visit)):
        changed += _erase_in_visit(v, name, placeholder)
    for t in s.scalars(select(m.Turn).where(m.Turn.participant == name)):
        t.participant = placeholder
        changed += 1
    for ms in s.scalars(select(m.Measure).where(m.Measure.owner == name)):
        ms.owner = placeholder
        changed += 1
    for sr in s.scalars(select(m.Series)):
        changed += _erase_in_series(sr, name, placeholder)
    for team in s.scalars(select(m.Team)):
        if team.last_first_speaker == name:
            team.last_first_speaker = None
        if team.last_facilitator == name:
            team.last_facilitator = None
    return changed


def _erase_in_meeting(row: m.Meeting, name: str, placeholder: str) -> int:
    changed = 0
    if name in (row.participants or []):
        row.participants = [placeholder if p == name else p for p in row.participants]
        changed += 1
    if row.facilitator == name:
        row.facilitator = placeholder
        changed += 1
    if row.first_speaker == name:
        row.first_speaker = placeholder
    live = dict(row.live_state or {})
    people = live.get("participants")
    if isinstance(people, list) and name in people:  # a meeting still running (to resume)
        row.live_state = {**live, "participants": [placeholder if p == name else p for p in people]}
        changed += 1
    course = course_from_json(row.course)
    if name in course.late:
        row.course = course_to_json(replace(
            course, late=tuple(placeholder if p == name else p for p in course.late)))
        changed += 1
    data = dict(row.capture or {})
    if data:
        cap = capture_from_json(data)
        new = replace(
            cap, presenters=tuple(placeholder if p == name else p for p in cap.presenters),
            round_lines=tuple(replace(r, participant=placeholder) if r.participant == name else r
                              for r in cap.round_lines),
            measures=tuple(replace(x, owner=placeholder) if x.owner == name else x for x in cap.measures),
            feed_forward=tuple(replace(f, giver=placeholder if f.giver == name else f.giver,
                                       receiver=placeholder if f.receiver == name else f.receiver)
                               for f in cap.feed_forward))
        if new != cap:
            row.capture = capture_to_json(new)
            changed += 1
    return changed


def _erase_in_series(row: m.Series, name: str, placeholder: str) -> int:
    rule = dict(row.rule or {})
    roster = rule.get("roster")
    if not isinstance(roster, list) or not any(isinstance(e, dict) and e.get("name") == name
                                               for e in roster):
        return 0
    taken = {e.get("name") for e in roster if isinstance(e, dict)}
    new_roster = []
    for entry in roster:
        if isinstance(entry, dict) and entry.get("name") == name:
            stand_in, n = placeholder, 2
            while stand_in in taken:  # a roster's names are unique: a second erased person is "— 2"
                stand_in, n = f"{placeholder} {n}", n + 1
            taken.add(stand_in)
            entry = {**entry, "name": stand_in}  # noqa: PLW2901
        new_roster.append(entry)
    row.rule = {**rule, "roster": new_roster}
    return 1


def _erase_in_visit(row: m.Visit, name: str, placeholder: str) -> int:
    changed = 0
    if row.agent == name:
        row.agent = placeholder
        changed += 1
    if row.colleague == name:
        row.colleague = placeholder
        changed += 1
    details = dict(row.details or {})
    hit = [k for k in ("agent", "colleague") if details.get(k) == name]
    if hit:
        row.details = {**details, **dict.fromkeys(hit, placeholder)}
        changed += 0 if changed else 1
    return changed

