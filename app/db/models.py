"""The tables, as SQLAlchemy 2 ``Mapped[]`` models (the schema at the newest migration).

Names of people are stored as text where they appear (rosters, meetings, turns, owners), so erasing a
person is a replacement of that text everywhere (:mod:`app.db.people`). Rows users edit carry a
``version_id`` (the mapper's optimistic lock) and ``updated_at``, for a later multi-user PostgreSQL.
Learning points and measures carry ``team_id``, ``at`` and a normalised ``search_text`` so the history
and search-as-you-type read one table each with an index.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, MappedColumn, mapped_column, relationship

from app.db.base import Base

NAME = String(200)
IDENT = String(64)
WORD = String(16)


def _team_fk(nullable: bool = True, index: bool = True) -> MappedColumn[Any]:
    return mapped_column(ForeignKey("team.id", ondelete="CASCADE"), index=index, nullable=nullable)


def _meeting_fk() -> MappedColumn[Any]:
    return mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)


class Team(Base):
    """A team (or a circle) with its roster and its own variants of formats."""

    __tablename__ = "team"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(NAME, unique=True)
    rotate_facilitator: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    version_id: Mapped[int] = mapped_column(default=1)
    people: Mapped[list[Person]] = relationship(cascade="all, delete-orphan", order_by="Person.position")
    __mapper_args__ = {"version_id_col": version_id}


class Person(Base):
    """Someone on a team's roster; ``active`` is False once they left (kept for their joined date)."""

    __tablename__ = "person"
    __table_args__ = (UniqueConstraint("team_id", "name"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int] = _team_fk(nullable=False)
    name: Mapped[str] = mapped_column(NAME)
    position: Mapped[int] = mapped_column(default=0)
    active: Mapped[bool] = mapped_column(default=True)
    joined: Mapped[date | None]


class FormatVariant(Base):
    """A team's own version of a format (durations, questions, warning times), as format JSON."""

    __tablename__ = "format_variant"
    __table_args__ = (UniqueConstraint("team_id", "format_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int] = _team_fk(nullable=False)
    format_id: Mapped[str] = mapped_column(IDENT)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    updated_at: Mapped[datetime]


class Series(Base):
    """Meetings that recur: a cadence, a lifetime, a roster (circles, DOMAIN.md 4.9)."""

    __tablename__ = "series"
    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int] = _team_fk(nullable=False)
    format_id: Mapped[str] = mapped_column(IDENT)
    title: Mapped[str] = mapped_column(String(300), default="")
    cadence: Mapped[str] = mapped_column(WORD)  # weekly_n | monthly_nth_weekday | manual
    every_n: Mapped[int] = mapped_column(default=1)
    weekday: Mapped[int | None]  # 0 = Monday
    nth: Mapped[int | None]  # 1..5, -1 = last
    start_date: Mapped[date]
    end_date: Mapped[date | None]
    time_of_day: Mapped[time | None]
    duration_s: Mapped[int] = mapped_column(default=1800)
    created_at: Mapped[datetime]
    version_id: Mapped[int] = mapped_column(default=1)
    __mapper_args__ = {"version_id_col": version_id}


class SeriesException(Base):
    """One date of a series moved or cancelled."""

    __tablename__ = "series_exception"
    id: Mapped[int] = mapped_column(primary_key=True)
    series_id: Mapped[int] = mapped_column(ForeignKey("series.id", ondelete="CASCADE"), index=True)
    day: Mapped[date]
    kind: Mapped[str] = mapped_column(WORD)  # moved | cancelled
    moved_to: Mapped[datetime | None]


class SeriesMember(Base):
    """Someone in a series' roster, with the date they joined."""

    __tablename__ = "series_member"
    id: Mapped[int] = mapped_column(primary_key=True)
    series_id: Mapped[int] = mapped_column(ForeignKey("series.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    name: Mapped[str] = mapped_column(NAME)
    joined: Mapped[date | None]


class Meeting(Base):
    """One meeting: who, when, the capture's single fields, and (while running) the live engine state."""

    __tablename__ = "meeting"
    __table_args__ = (Index("ix_meeting_team_started", "team_id", "started_at"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int | None] = _team_fk(index=False)  # ix_meeting_team_started
    series_id: Mapped[int | None] = mapped_column(ForeignKey("series.id", ondelete="SET NULL"), index=True)
    format_id: Mapped[str] = mapped_column(IDENT)
    format_title: Mapped[str] = mapped_column(String(300), default="")
    started_at: Mapped[datetime] = mapped_column(index=True)
    ended_at: Mapped[datetime | None]
    facilitator: Mapped[str] = mapped_column(NAME, default="")
    first_speaker: Mapped[str] = mapped_column(NAME, default="")
    case_title: Mapped[str] = mapped_column(Text, default="")
    case_confidential: Mapped[bool] = mapped_column(default=False)
    presenter_learning: Mapped[str] = mapped_column(Text, default="")
    presenter_learning_confidential: Mapped[bool] = mapped_column(default=False)
    focus_area: Mapped[str] = mapped_column(Text, default="")
    focus_area_confidential: Mapped[bool] = mapped_column(default=False)
    notes: Mapped[str] = mapped_column(Text, default="")
    notes_confidential: Mapped[bool] = mapped_column(default=True)
    extra: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)  # a format's own free fields
    live_state: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    live_saved_at: Mapped[datetime | None]
    updated_at: Mapped[datetime]
    version_id: Mapped[int] = mapped_column(default=1)
    __mapper_args__ = {"version_id_col": version_id}


class Attendance(Base):
    """Who was present at a meeting, in round order."""

    __tablename__ = "attendance"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = _meeting_fk()
    position: Mapped[int]
    name: Mapped[str] = mapped_column(NAME)


class Presenter(Base):
    """A case presenter (one or more per meeting)."""

    __tablename__ = "presenter"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = _meeting_fk()
    position: Mapped[int]
    name: Mapped[str] = mapped_column(NAME)


class QuestionTick(Base):
    """One of the format's learning questions was asked (by its index)."""

    __tablename__ = "question_tick"
    __table_args__ = (UniqueConstraint("meeting_id", "question"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = _meeting_fk()
    question: Mapped[int]


class MeetingItem(Base):
    """A listed text of a meeting that is not a learning point: an own question or a topic suggestion."""

    __tablename__ = "meeting_item"
    __table_args__ = (UniqueConstraint("meeting_id", "kind", "item_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = _meeting_fk()
    kind: Mapped[str] = mapped_column(WORD)  # question | topic
    item_id: Mapped[str] = mapped_column(IDENT)
    position: Mapped[int] = mapped_column(default=0)
    text: Mapped[str] = mapped_column(Text, default="")
    confidential: Mapped[bool] = mapped_column(default=False)


class RoundLine(Base):
    """One person's line in the round, or their pass."""

    __tablename__ = "round_line"
    __table_args__ = (UniqueConstraint("meeting_id", "participant"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = _meeting_fk()
    position: Mapped[int] = mapped_column(default=0)
    participant: Mapped[str] = mapped_column(NAME)
    text: Mapped[str] = mapped_column(Text, default="")
    passed: Mapped[bool] = mapped_column(default=False)
    confidential: Mapped[bool] = mapped_column(default=False)


class FeedForward(Base):
    """A suggestion for next time from one member to another (private to the receiver by default)."""

    __tablename__ = "feed_forward"
    __table_args__ = (UniqueConstraint("meeting_id", "item_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = _meeting_fk()
    item_id: Mapped[str] = mapped_column(IDENT)
    position: Mapped[int] = mapped_column(default=0)
    text: Mapped[str] = mapped_column(Text, default="")
    giver: Mapped[str] = mapped_column(NAME, default="")
    receiver: Mapped[str] = mapped_column(NAME, default="")
    confidential: Mapped[bool] = mapped_column(default=True)


class LearningPoint(Base):
    """A learning point of a meeting or of a learning visit."""

    __tablename__ = "learning_point"
    __table_args__ = (UniqueConstraint("meeting_id", "item_id"), UniqueConstraint("visit_id", "item_id"),
                      Index("ix_learning_point_team_at", "team_id", "at"))
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int | None] = _meeting_fk()
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("visit.id", ondelete="CASCADE"), index=True)
    team_id: Mapped[int | None] = _team_fk(index=False)
    at: Mapped[datetime] = mapped_column(index=True)  # when its meeting or visit took place
    item_id: Mapped[str] = mapped_column(IDENT)
    position: Mapped[int] = mapped_column(default=0)
    text: Mapped[str] = mapped_column(Text, default="")
    search_text: Mapped[str] = mapped_column(Text, default="")
    confidential: Mapped[bool] = mapped_column(default=False)
    updated_at: Mapped[datetime]
    version_id: Mapped[int] = mapped_column(default=1)
    __mapper_args__ = {"version_id_col": version_id}


class Measure(Base):
    """An organisational measure, open until someone marks it done (or dropped)."""

    __tablename__ = "measure"
    __table_args__ = (UniqueConstraint("meeting_id", "item_id"),
                      Index("ix_measure_team_status", "team_id", "status"),
                      Index("ix_measure_team_at", "team_id", "at"))
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int | None] = _meeting_fk()
    team_id: Mapped[int | None] = _team_fk(index=False)
    at: Mapped[datetime] = mapped_column(index=True)  # when its meeting took place
    item_id: Mapped[str] = mapped_column(IDENT)
    position: Mapped[int] = mapped_column(default=0)
    text: Mapped[str] = mapped_column(Text, default="")
    search_text: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[str] = mapped_column(WORD, default="procedure")  # procedure | standard | other
    owner: Mapped[str] = mapped_column(NAME, default="")
    due: Mapped[date | None]
    status: Mapped[str] = mapped_column(WORD, default="open")  # open | done | dropped
    closed_on: Mapped[date | None]
    confidential: Mapped[bool] = mapped_column(default=False)
    updated_at: Mapped[datetime]
    version_id: Mapped[int] = mapped_column(default=1)
    __mapper_args__ = {"version_id_col": version_id}


class StepTiming(Base):
    """Planned and actual seconds of one step of a finished meeting."""

    __tablename__ = "step_timing"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = _meeting_fk()
    position: Mapped[int]
    step_id: Mapped[str] = mapped_column(IDENT)
    title: Mapped[str] = mapped_column(String(300), default="")
    planned_s: Mapped[float]
    actual_s: Mapped[float]
    extra_s: Mapped[float] = mapped_column(default=0.0)


class Turn(Base):
    """One turn of a round: spoken, passed or absent, and for how long."""

    __tablename__ = "turn"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = _meeting_fk()
    position: Mapped[int]
    step_id: Mapped[str] = mapped_column(IDENT)
    participant: Mapped[str] = mapped_column(NAME)
    status: Mapped[str] = mapped_column(WORD)
    spoken_s: Mapped[float]


class Pause(Base):
    """A pause in a meeting."""

    __tablename__ = "pause"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = _meeting_fk()
    position: Mapped[int]
    started_at: Mapped[datetime]
    duration_s: Mapped[float]
    step_id: Mapped[str] = mapped_column(IDENT)


class Visit(Base):
    """A learning visit: a half or whole day as learning agent (DOMAIN.md F2)."""

    __tablename__ = "visit"
    __table_args__ = (Index("ix_visit_team_day", "team_id", "day"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int | None] = _team_fk(index=False)
    agent: Mapped[str] = mapped_column(NAME)
    colleague: Mapped[str] = mapped_column(NAME)
    day: Mapped[date]
    length: Mapped[str] = mapped_column(WORD, default="whole")  # half | whole
    start_time: Mapped[time | None]
    end_time: Mapped[time | None]
    agent_goals: Mapped[str] = mapped_column(Text, default="")
    colleague_focus: Mapped[str] = mapped_column(Text, default="")
    ground_rules: Mapped[list[str]] = mapped_column(JSON, default=list)
    observation_mode: Mapped[str] = mapped_column(WORD, default="fly_on_wall")  # fly_on_wall | intern
    consent_given: Mapped[bool] = mapped_column(default=False)
    manager_informed: Mapped[bool] = mapped_column(default=False)
    agent_saw_heard: Mapped[str] = mapped_column(Text, default="")
    agent_worked_well: Mapped[str] = mapped_column(Text, default="")
    agent_differently: Mapped[str] = mapped_column(Text, default="")
    colleague_experience: Mapped[str] = mapped_column(Text, default="")
    colleague_thoughts: Mapped[str] = mapped_column(Text, default="")
    confidential_fields: Mapped[list[str]] = mapped_column(JSON, default=list)
    present_at_staff_meeting: Mapped[bool] = mapped_column(default=False)
    present_on: Mapped[date | None]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    version_id: Mapped[int] = mapped_column(default=1)
    __mapper_args__ = {"version_id_col": version_id}


class Observation(Base):
    """A timestamped observation during a visit: private unless released one by one."""

    __tablename__ = "observation"
    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visit.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime]
    text: Mapped[str] = mapped_column(Text, default="")
    released: Mapped[bool] = mapped_column(default=False)


class Sheet(Base):
    """A staff-meeting sheet that was exported, so "since the last sheet" works."""

    __tablename__ = "sheet"
    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int | None] = _team_fk()
    period_start: Mapped[date]
    period_end: Mapped[date]
    exported_at: Mapped[datetime]
