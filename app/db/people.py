"""Removing a person everywhere at once (the right to erasure).

Their name is replaced by a placeholder in every record that names them (meetings, attendance,
presenters, round lines, turns, owners of measures, feed-forward, visits, the live state of a running
meeting), and, as a whole word, inside every free text. They leave every roster. Backups taken before
the erasure still hold the name until thinning removes them (at most about nine months).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.db import models as m
from app.db.records import VisitField
from app.db.teams import name_of
from app.db.text import search_key

PLACEHOLDER = "(removed)"
NAME_COLUMNS: tuple[tuple[type[m.Base], str], ...] = (
    (m.Meeting, "facilitator"), (m.Meeting, "first_speaker"), (m.Attendance, "name"), (m.Presenter, "name"),
    (m.Turn, "participant"), (m.Measure, "owner"), (m.FeedForward, "giver"), (m.FeedForward, "receiver"),
    (m.Visit, "agent"), (m.Visit, "colleague"),
)
TEXT_COLUMNS: tuple[tuple[type[m.Base], str], ...] = (
    (m.Meeting, "case_title"), (m.Meeting, "presenter_learning"), (m.Meeting, "focus_area"),
    (m.Meeting, "notes"), (m.MeetingItem, "text"), (m.RoundLine, "text"), (m.FeedForward, "text"),
    (m.LearningPoint, "text"), (m.Measure, "text"), (m.Observation, "text"),
    *((m.Visit, f.value) for f in VisitField),
)


def _word(name: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)")


def _replace_names(s: Session, name: str, placeholder: str) -> int:
    changed = 0
    for model, column in NAME_COLUMNS:
        col = getattr(model, column)
        values: dict[str, Any] = {column: placeholder}
        if hasattr(model, "version_id"):
            values["version_id"] = model.version_id + 1
        result = s.execute(update(model).where(col == name).values(values)
                           .execution_options(synchronize_session=False))
        changed += int(getattr(result, "rowcount", 0) or 0)
    return changed


def _replace_round_lines(s: Session, name: str, placeholder: str) -> int:
    """Round lines are unique per person and meeting: a second erased person gets "(removed) 2"."""
    changed = 0
    for row in s.scalars(select(m.RoundLine).where(m.RoundLine.participant == name)):
        taken = set(s.scalars(select(m.RoundLine.participant)
                              .where(m.RoundLine.meeting_id == row.meeting_id)))
        label, k = placeholder, 1
        while label in taken:
            k += 1
            label = f"{placeholder} {k}"
        row.participant = label
        s.flush()
        changed += 1
    return changed


def _replace_in_texts(s: Session, name: str, placeholder: str) -> int:
    word = _word(name)
    changed = 0
    for model, column in TEXT_COLUMNS:
        col = getattr(model, column)
        for row in s.scalars(select(model).where(col.contains(name, autoescape=True))):
            old = getattr(row, column)
            new = word.sub(placeholder, old)
            if new != old:
                setattr(row, column, new)
                if hasattr(row, "search_text"):
                    row.search_text = search_key(new)
                changed += 1
    return changed


def _scrub(value: Any, name: str, placeholder: str) -> Any:
    if isinstance(value, str):
        return placeholder if value == name else value
    if isinstance(value, list):
        return [_scrub(v, name, placeholder) for v in value]
    if isinstance(value, dict):
        return {k: _scrub(v, name, placeholder) for k, v in value.items()}
    return value


def _replace_in_live_states(s: Session, name: str, placeholder: str) -> int:
    changed = 0
    for row in s.scalars(select(m.Meeting).where(m.Meeting.live_state.is_not(None))):
        new = _scrub(row.live_state, name, placeholder)
        if new != row.live_state:
            row.live_state = new
            changed += 1
    return changed


def _leave_rosters(s: Session, name: str) -> int:
    rows: Iterable[Any] = [*s.scalars(select(m.Person).where(m.Person.name == name)),
                           *s.scalars(select(m.SeriesMember).where(m.SeriesMember.name == name))]
    count = 0
    for row in rows:
        s.delete(row)
        count += 1
    return count


def erase_person(s: Session, name: str, placeholder: str = PLACEHOLDER, *, in_texts: bool = True) -> int:
    """Replace ``name`` everywhere; returns how many records changed.

    Raises:
        ValueError: an empty name, or a placeholder that is itself empty.
    """
    name, placeholder = name_of(name), placeholder.strip()
    if not name or not placeholder:
        raise ValueError("both the name and the placeholder must be given")
    changed = _leave_rosters(s, name) + _replace_round_lines(s, name, placeholder)
    changed += _replace_names(s, name, placeholder) + _replace_in_live_states(s, name, placeholder)
    if in_texts:
        changed += _replace_in_texts(s, name, placeholder)
    return changed
