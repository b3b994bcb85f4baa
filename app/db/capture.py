"""What a meeting captures, saved one field or one item at a time (each edit is a tiny transaction).

Texts are stored exactly as given: any Unicode, any length the UI allows (100,000 characters), names
with quotes or markup, all bound as parameters and never formatted into SQL.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, delete, func, select
from sqlalchemy.orm import Session

from app.capture import Capture, FeedForward, Measure, MeasureKind, MeasureStatus, RoundLine, TextItem
from app.db import models as m
from app.db.records import ItemKind, MeetingField
from app.db.teams import get, name_of
from app.db.text import search_key

MAX_ID = 64
FIELDS = {
    MeetingField.CASE_TITLE: ("case_title", "case_confidential"),
    MeetingField.PRESENTER_LEARNING: ("presenter_learning", "presenter_learning_confidential"),
    MeetingField.FOCUS_AREA: ("focus_area", "focus_area_confidential"),
    MeetingField.NOTES: ("notes", "notes_confidential"),
}


def _check_id(item_id: str) -> str:
    if not item_id or len(item_id) > MAX_ID:
        raise ValueError(f"an item needs an id of 1 to {MAX_ID} characters, not {item_id!r}")
    return item_id


def _next_position(s: Session, column: Any, *where: ColumnElement[bool]) -> int:
    top = s.scalar(select(func.max(column)).where(*where))
    return 0 if top is None else int(top) + 1


def set_text(s: Session, meeting_id: int, field: MeetingField, text: str, confidential: bool | None,
             now: datetime) -> None:
    """One single text of the capture (case title, presenter's learning, focus area, notes)."""
    row = get(s, m.Meeting, meeting_id)
    column, flag = FIELDS[field]
    setattr(row, column, text)
    if confidential is not None:
        setattr(row, flag, confidential)
    row.updated_at = now


def set_extra(s: Session, meeting_id: int, key: str, value: str | None, now: datetime) -> None:
    """One of a format's own free fields (None removes it)."""
    row = get(s, m.Meeting, meeting_id)
    extra = dict(row.extra or {})
    if value is None:
        extra.pop(key, None)
    else:
        extra[key] = value
    row.extra, row.updated_at = extra, now


def set_presenters(s: Session, meeting_id: int, names: Sequence[str]) -> None:
    """Who presents the case (one or more)."""
    get(s, m.Meeting, meeting_id)
    s.execute(delete(m.Presenter).where(m.Presenter.meeting_id == meeting_id))
    clean = list(dict.fromkeys(n for n in (name_of(x) for x in names) if n))
    s.add_all(m.Presenter(meeting_id=meeting_id, position=i, name=n) for i, n in enumerate(clean))


def set_question(s: Session, meeting_id: int, index: int, asked: bool) -> None:
    """Tick or untick one of the format's learning questions."""
    get(s, m.Meeting, meeting_id)
    row = s.scalar(select(m.QuestionTick).where(m.QuestionTick.meeting_id == meeting_id,
                                                m.QuestionTick.question == index))
    if asked and row is None:
        s.add(m.QuestionTick(meeting_id=meeting_id, question=index))
    elif not asked and row is not None:
        s.delete(row)


def save_item(s: Session, meeting_id: int, kind: ItemKind, item: TextItem, position: int | None,
              now: datetime) -> None:
    """Add or update a learning point, an own question or a topic suggestion."""
    _check_id(item.id)
    meeting = get(s, m.Meeting, meeting_id)
    if kind is ItemKind.LEARNING_POINT:
        point = s.scalar(select(m.LearningPoint).where(m.LearningPoint.meeting_id == meeting_id,
                                                       m.LearningPoint.item_id == item.id))
        if point is None:
            top = _next_position(s, m.LearningPoint.position, m.LearningPoint.meeting_id == meeting_id)
            point = m.LearningPoint(meeting_id=meeting_id, team_id=meeting.team_id, at=meeting.started_at,
                                    item_id=item.id, position=top)
            s.add(point)
        point.text, point.search_text = item.text, search_key(item.text)
        point.confidential, point.updated_at = item.confidential, now
        if position is not None:
            point.position = position
        return
    row = s.scalar(select(m.MeetingItem).where(m.MeetingItem.meeting_id == meeting_id,
                                               m.MeetingItem.kind == kind.value,
                                               m.MeetingItem.item_id == item.id))
    if row is None:
        row = m.MeetingItem(meeting_id=meeting_id, kind=kind.value, item_id=item.id, position=_next_position(
            s, m.MeetingItem.position, m.MeetingItem.meeting_id == meeting_id,
            m.MeetingItem.kind == kind.value))
        s.add(row)
    row.text, row.confidential = item.text, item.confidential
    if position is not None:
        row.position = position


def delete_item(s: Session, meeting_id: int, kind: ItemKind, item_id: str) -> None:
    """Remove a learning point, an own question or a topic suggestion."""
    if kind is ItemKind.LEARNING_POINT:
        s.execute(delete(m.LearningPoint).where(m.LearningPoint.meeting_id == meeting_id,
                                                m.LearningPoint.item_id == item_id))
    else:
        s.execute(delete(m.MeetingItem).where(m.MeetingItem.meeting_id == meeting_id,
                                              m.MeetingItem.kind == kind.value,
                                              m.MeetingItem.item_id == item_id))


def save_round_line(s: Session, meeting_id: int, line: RoundLine) -> None:
    """One person's line in the round, or their pass (a pass keeps any text typed before it)."""
    get(s, m.Meeting, meeting_id)
    row = s.scalar(select(m.RoundLine).where(m.RoundLine.meeting_id == meeting_id,
                                             m.RoundLine.participant == line.participant))
    if row is None:
        row = m.RoundLine(meeting_id=meeting_id, participant=line.participant, position=_next_position(
            s, m.RoundLine.position, m.RoundLine.meeting_id == meeting_id))
        s.add(row)
    row.text, row.passed, row.confidential = line.text, line.passed, line.confidential


def delete_round_line(s: Session, meeting_id: int, participant: str) -> None:
    """Remove one person's round line."""
    s.execute(delete(m.RoundLine).where(m.RoundLine.meeting_id == meeting_id,
                                        m.RoundLine.participant == participant))


def save_measure(s: Session, meeting_id: int, item: Measure, position: int | None, now: datetime) -> int:
    """Add or update an organisational measure of a meeting; returns its id."""
    _check_id(item.id)
    meeting = get(s, m.Meeting, meeting_id)
    row = s.scalar(select(m.Measure).where(m.Measure.meeting_id == meeting_id, m.Measure.item_id == item.id))
    if row is None:
        row = m.Measure(meeting_id=meeting_id, team_id=meeting.team_id, at=meeting.started_at,
                        item_id=item.id, status=MeasureStatus.OPEN.value, position=_next_position(
                            s, m.Measure.position, m.Measure.meeting_id == meeting_id))
        s.add(row)
    row.text, row.search_text = item.text, search_key(item.text)
    row.kind, row.owner, row.due, row.confidential = item.kind.value, item.owner, item.due, item.confidential
    set_status(row, item.status, now)
    if position is not None:
        row.position = position
    s.flush()
    return row.id


def set_status(row: m.Measure, status: MeasureStatus, now: datetime) -> None:
    """Open, done or dropped; the day it was closed is kept."""
    if row.status != status.value:
        row.closed_on = None if status is MeasureStatus.OPEN else now.date()
    row.status, row.updated_at = status.value, now


def delete_measure(s: Session, meeting_id: int, item_id: str) -> None:
    """Remove a measure."""
    s.execute(delete(m.Measure).where(m.Measure.meeting_id == meeting_id, m.Measure.item_id == item_id))


def save_feed_forward(s: Session, meeting_id: int, ff: FeedForward, position: int | None) -> None:
    """Add or update a feed-forward suggestion."""
    _check_id(ff.id)
    get(s, m.Meeting, meeting_id)
    row = s.scalar(select(m.FeedForward).where(m.FeedForward.meeting_id == meeting_id,
                                               m.FeedForward.item_id == ff.id))
    if row is None:
        row = m.FeedForward(meeting_id=meeting_id, item_id=ff.id, position=_next_position(
            s, m.FeedForward.position, m.FeedForward.meeting_id == meeting_id))
        s.add(row)
    row.text, row.giver, row.receiver, row.confidential = ff.text, ff.giver, ff.receiver, ff.confidential
    if position is not None:
        row.position = position


def delete_feed_forward(s: Session, meeting_id: int, item_id: str) -> None:
    """Remove a feed-forward suggestion."""
    s.execute(delete(m.FeedForward).where(m.FeedForward.meeting_id == meeting_id,
                                          m.FeedForward.item_id == item_id))


def _kind(value: str) -> MeasureKind:
    return MeasureKind(value) if value in set(MeasureKind) else MeasureKind.OTHER


def _status(value: str) -> MeasureStatus:
    return MeasureStatus(value) if value in set(MeasureStatus) else MeasureStatus.OPEN


def measure_of(r: m.Measure) -> Measure:
    """The capture form of a measure row."""
    return Measure(r.item_id, r.text, _kind(r.kind), r.owner, r.due, _status(r.status), r.confidential)


def load_capture(s: Session, meeting_id: int) -> Capture:
    """Everything captured for a meeting, in the order it was written."""
    row = get(s, m.Meeting, meeting_id)
    mid = meeting_id
    items = s.scalars(select(m.MeetingItem).where(m.MeetingItem.meeting_id == mid)
                      .order_by(m.MeetingItem.position, m.MeetingItem.id)).all()
    return Capture(
        case_title=row.case_title, case_confidential=row.case_confidential,
        presenters=tuple(s.scalars(select(m.Presenter.name).where(m.Presenter.meeting_id == mid)
                                   .order_by(m.Presenter.position))),
        questions_asked=frozenset(s.scalars(select(m.QuestionTick.question)
                                            .where(m.QuestionTick.meeting_id == mid))),
        own_questions=tuple(TextItem(i.item_id, i.text, i.confidential) for i in items
                            if i.kind == ItemKind.OWN_QUESTION.value),
        presenter_learning=row.presenter_learning,
        presenter_learning_confidential=row.presenter_learning_confidential,
        round_lines=tuple(RoundLine(r.participant, r.text, r.passed, r.confidential) for r in s.scalars(
            select(m.RoundLine).where(m.RoundLine.meeting_id == mid).order_by(m.RoundLine.position))),
        measures=tuple(measure_of(r) for r in s.scalars(
            select(m.Measure).where(m.Measure.meeting_id == mid).order_by(m.Measure.position, m.Measure.id))),
        learning_points=tuple(TextItem(p.item_id, p.text, p.confidential) for p in s.scalars(
            select(m.LearningPoint).where(m.LearningPoint.meeting_id == mid)
            .order_by(m.LearningPoint.position, m.LearningPoint.id))),
        focus_area=row.focus_area,
        topic_suggestions=tuple(TextItem(i.item_id, i.text, i.confidential) for i in items
                                if i.kind == ItemKind.TOPIC_SUGGESTION.value),
        feed_forward=tuple(FeedForward(f.item_id, f.text, f.giver, f.receiver, f.confidential)
                           for f in s.scalars(select(m.FeedForward).where(m.FeedForward.meeting_id == mid)
                                              .order_by(m.FeedForward.position))),
        notes=row.notes, notes_confidential=row.notes_confidential, extra=dict(row.extra or {}))


def replace_capture(s: Session, meeting_id: int, cap: Capture, now: datetime) -> None:
    """Make the stored capture equal ``cap`` (import, or a UI that saves it whole); points and
    measures that stay keep their ids."""
    for field, (column, flag) in FIELDS.items():  # Capture has no flag for the focus area: kept as is
        set_text(s, meeting_id, field, getattr(cap, column), getattr(cap, flag, None), now)
    get(s, m.Meeting, meeting_id).extra = dict(cap.extra)
    set_presenters(s, meeting_id, cap.presenters)
    s.execute(delete(m.QuestionTick).where(m.QuestionTick.meeting_id == meeting_id))
    s.add_all(m.QuestionTick(meeting_id=meeting_id, question=q) for q in sorted(cap.questions_asked))
    for model in (m.MeetingItem, m.RoundLine, m.FeedForward):
        s.execute(delete(model).where(model.meeting_id == meeting_id))
    points, measures = [p.id for p in cap.learning_points], [x.id for x in cap.measures]
    s.execute(delete(m.LearningPoint).where(m.LearningPoint.meeting_id == meeting_id,
                                            m.LearningPoint.item_id.not_in(points)))
    s.execute(delete(m.Measure).where(m.Measure.meeting_id == meeting_id, m.Measure.item_id.not_in(measures)))
    for kind, texts in ((ItemKind.OWN_QUESTION, cap.own_questions),
                        (ItemKind.LEARNING_POINT, cap.learning_points),
                        (ItemKind.TOPIC_SUGGESTION, cap.topic_suggestions)):
        for i, item in enumerate(texts):
            save_item(s, meeting_id, kind, item, i, now)
    for line in cap.round_lines:
        save_round_line(s, meeting_id, line)
    for i, measure in enumerate(cap.measures):
        save_measure(s, meeting_id, measure, i, now)
    for i, ff in enumerate(cap.feed_forward):
        save_feed_forward(s, meeting_id, ff, i)
