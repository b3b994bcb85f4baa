"""The tables, as SQLAlchemy 2 ``Mapped[]`` models. Repositories turn rows into plain data."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, BigInteger, Boolean, Date, DateTime, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    """The declarative base of every Runde table."""


class Team(Base):
    """A team (or a circle) with its roster."""

    __tablename__ = "team"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    created: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    last_first_speaker: Mapped[str | None] = mapped_column(String(200))
    last_facilitator: Mapped[str | None] = mapped_column(String(200))
    people: Mapped[list[Person]] = relationship(back_populates="team", cascade="all, delete-orphan",
                                                order_by="Person.position")


class Person(Base):
    """Someone on a team's roster."""

    __tablename__ = "person"
    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("team.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    joined: Mapped[date | None] = mapped_column(Date)
    team: Mapped[Team] = relationship(back_populates="people")


class Meeting(Base):
    """One meeting: format, date, who, the capture, and (while running) the live engine state."""

    __tablename__ = "meeting"
    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int | None] = mapped_column(ForeignKey("team.id", ondelete="SET NULL"), index=True)
    format_id: Mapped[str] = mapped_column(String(64))
    format_title: Mapped[str] = mapped_column(String(300), default="")
    started: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    ended: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    facilitator: Mapped[str] = mapped_column(String(200), default="")
    participants: Mapped[list[str]] = mapped_column(JSON, default=list)
    first_speaker: Mapped[str] = mapped_column(String(200), default="")
    case_title: Mapped[str] = mapped_column(Text, default="")
    capture: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)
    live_state: Mapped[dict[str, object] | None] = mapped_column(JSON)
    live_saved: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    series_id: Mapped[int | None] = mapped_column(ForeignKey("series.id", ondelete="SET NULL"))


class StepTiming(Base):
    """Planned and actual seconds of one step of a meeting."""

    __tablename__ = "step_timing"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    step_id: Mapped[str] = mapped_column(String(64))
    title: Mapped[str] = mapped_column(String(300), default="")
    planned_s: Mapped[float] = mapped_column(Float)
    actual_s: Mapped[float] = mapped_column(Float)


class Turn(Base):
    """One turn of a round: spoken, passed or absent, and for how long."""

    __tablename__ = "turn"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    step_id: Mapped[str] = mapped_column(String(64))
    participant: Mapped[str] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(16))
    spoken_s: Mapped[float] = mapped_column(Float)


class Pause(Base):
    """A pause in a meeting."""

    __tablename__ = "pause"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    started: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    duration_s: Mapped[float] = mapped_column(Float)
    step_id: Mapped[str] = mapped_column(String(64))


class LearningPoint(Base):
    """A learning point of a meeting or a learning visit."""

    __tablename__ = "learning_point"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(40), unique=True)
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("visit.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text, default="")
    search_text: Mapped[str] = mapped_column(Text, default="")
    confidential: Mapped[bool] = mapped_column(Boolean, default=False)
    version: Mapped[int] = mapped_column(Integer, default=1)
    # Every UPDATE and DELETE says WHERE version = <as read>; Runde sets the new version itself.
    __mapper_args__ = {"version_id_col": version, "version_id_generator": False}  # noqa: RUF012


class Measure(Base):
    """An organisational measure, open until marked done or dropped."""

    __tablename__ = "measure"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(40), unique=True)
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    team_id: Mapped[int | None] = mapped_column(ForeignKey("team.id", ondelete="SET NULL"), index=True)
    text: Mapped[str] = mapped_column(Text, default="")
    search_text: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[str] = mapped_column(String(16), default="procedure")
    owner: Mapped[str] = mapped_column(String(200), default="")
    due: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default="open", index=True)
    opened: Mapped[date] = mapped_column(Date)
    closed: Mapped[date | None] = mapped_column(Date)
    confidential: Mapped[bool] = mapped_column(Boolean, default=False)
    version: Mapped[int] = mapped_column(Integer, default=1)
    # Every UPDATE and DELETE says WHERE version = <as read>; Runde sets the new version itself.
    __mapper_args__ = {"version_id_col": version, "version_id_generator": False}  # noqa: RUF012


class Visit(Base):
    """A learning visit: a day as learning agent (DOMAIN.md F2)."""

    __tablename__ = "visit"
    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int | None] = mapped_column(ForeignKey("team.id", ondelete="SET NULL"), index=True)
    agent: Mapped[str] = mapped_column(String(200))
    colleague: Mapped[str] = mapped_column(String(200))
    day: Mapped[date] = mapped_column(Date, index=True)
    details: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)
    present_at: Mapped[date | None] = mapped_column(Date)


class Observation(Base):
    """A timestamped observation during a visit: private unless released one by one."""

    __tablename__ = "observation"
    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visit.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    text: Mapped[str] = mapped_column(Text, default="")
    released: Mapped[bool] = mapped_column(Boolean, default=False)


class Sheet(Base):
    """A staff-meeting sheet that was exported, so "since the last sheet" works."""

    __tablename__ = "sheet"
    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int | None] = mapped_column(ForeignKey("team.id", ondelete="SET NULL"), index=True)
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    exported: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class Series(Base):
    """A meeting series with its cadence (the circles issue fills in the rules)."""

    __tablename__ = "series"
    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int | None] = mapped_column(ForeignKey("team.id", ondelete="CASCADE"), index=True)
    format_id: Mapped[str] = mapped_column(String(64))
    rule: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)


class TeamFormat(Base):
    """A team's own variant of a format (durations, questions, warning times), as the format file's
    JSON (checked by the rules of loading whenever it is read back)."""

    __tablename__ = "team_format"
    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("team.id", ondelete="CASCADE"), index=True)
    format_id: Mapped[str] = mapped_column(String(64), unique=True)
    data: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)
    saved: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    version: Mapped[int] = mapped_column(Integer, default=1)


class ChangeMark(Base):
    """One row: a counter every write adds one to (other instances poll it to refresh)."""

    __tablename__ = "change_mark"
    id: Mapped[int] = mapped_column(primary_key=True)
    counter: Mapped[int] = mapped_column(BigInteger)
