"""The tables, as SQLAlchemy 2 ``Mapped[]`` models. Repositories turn rows into plain data."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Dialect,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator


class Clipped(TypeDecorator[str]):
    """A text of at most ``length`` characters, cut there when written, on both engines.

    PostgreSQL refuses a longer value (``varchar(n)``) and SQLite keeps it whole, so a team file or
    a history with a 250-character name imported fine into the local file and failed on the server
    ("value too long"). The DDL is ``String(length)`` as before: nothing to migrate.
    """

    impl = String
    cache_ok = True

    def __init__(self, length: int) -> None:
        super().__init__(length)
        self.limit = length

    def process_bind_param(self, value: str | None, dialect: Dialect) -> str | None:
        return value[:self.limit] if isinstance(value, str) else value


class UtcDateTime(TypeDecorator[datetime]):
    """A moment, written as UTC and read back as an aware UTC datetime, on both engines.

    SQLite has no time zones: SQLAlchemy writes an aware datetime's wall-clock digits and drops its
    offset, so 10:00+02:00 came back as 10:00 UTC (two hours late) from a team file written with
    offsets. PostgreSQL converts, but gives moments back in the session's time zone. Here every
    moment is turned into UTC before it is written; a naive one is taken as UTC (as Runde always
    wrote them). The column is ``DateTime(timezone=True)`` as before: nothing to migrate.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        moment: datetime = value  # the column holds moments: the driver gives a datetime
        return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


class Base(DeclarativeBase):
    """The declarative base of every Runde table."""


class Team(Base):
    """A team (or a circle) with its roster."""

    __tablename__ = "team"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(Clipped(200), unique=True)
    created: Mapped[datetime] = mapped_column(UtcDateTime)
    last_first_speaker: Mapped[str | None] = mapped_column(Clipped(200))
    last_facilitator: Mapped[str | None] = mapped_column(Clipped(200))
    people: Mapped[list[Person]] = relationship(back_populates="team", cascade="all, delete-orphan",
                                                order_by="Person.position")


class Person(Base):
    """Someone on a team's roster."""

    __tablename__ = "person"
    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("team.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(Clipped(200))
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    joined: Mapped[date | None] = mapped_column(Date)
    team: Mapped[Team] = relationship(back_populates="people")


class Meeting(Base):
    """One meeting: format, date, who, the capture, and (while running) the live engine state."""

    __tablename__ = "meeting"
    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int | None] = mapped_column(ForeignKey("team.id", ondelete="SET NULL"), index=True)
    format_id: Mapped[str] = mapped_column(Clipped(64))
    format_title: Mapped[str] = mapped_column(Clipped(300), default="")
    started: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    ended: Mapped[datetime | None] = mapped_column(UtcDateTime)
    facilitator: Mapped[str] = mapped_column(Clipped(200), default="")
    participants: Mapped[list[str]] = mapped_column(JSON, default=list)
    first_speaker: Mapped[str] = mapped_column(Clipped(200), default="")
    case_title: Mapped[str] = mapped_column(Text, default="")
    capture: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)
    live_state: Mapped[dict[str, object] | None] = mapped_column(JSON)
    live_saved: Mapped[datetime | None] = mapped_column(UtcDateTime)
    series_id: Mapped[int | None] = mapped_column(ForeignKey("series.id", ondelete="SET NULL"))
    course: Mapped[dict[str, object] | None] = mapped_column(JSON)  # app/record.py's Course


class StepTiming(Base):
    """Planned and actual seconds of one step of a meeting."""

    __tablename__ = "step_timing"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    step_id: Mapped[str] = mapped_column(Clipped(64))
    title: Mapped[str] = mapped_column(Clipped(300), default="")
    planned_s: Mapped[float] = mapped_column(Float)
    actual_s: Mapped[float] = mapped_column(Float)


class Turn(Base):
    """One turn of a round: spoken, passed or absent, and for how long."""

    __tablename__ = "turn"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    step_id: Mapped[str] = mapped_column(Clipped(64))
    participant: Mapped[str] = mapped_column(Clipped(200))
    status: Mapped[str] = mapped_column(Clipped(16))
    spoken_s: Mapped[float] = mapped_column(Float)


class Pause(Base):
    """A pause in a meeting."""

    __tablename__ = "pause"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    started: Mapped[datetime] = mapped_column(UtcDateTime)
    duration_s: Mapped[float] = mapped_column(Float)
    step_id: Mapped[str] = mapped_column(Clipped(64))


class LearningPoint(Base):
    """A learning point of a meeting or a learning visit."""

    __tablename__ = "learning_point"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(Clipped(40), unique=True)
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
    uid: Mapped[str] = mapped_column(Clipped(40), unique=True)
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    team_id: Mapped[int | None] = mapped_column(ForeignKey("team.id", ondelete="SET NULL"), index=True)
    text: Mapped[str] = mapped_column(Text, default="")
    search_text: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[str] = mapped_column(Clipped(16), default="procedure")
    owner: Mapped[str] = mapped_column(Clipped(200), default="")
    due: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(Clipped(16), default="open", index=True)
    opened: Mapped[date] = mapped_column(Date)
    closed: Mapped[date | None] = mapped_column(Date)
    confidential: Mapped[bool] = mapped_column(Boolean, default=False)
    version: Mapped[int] = mapped_column(Integer, default=1)
    # Every UPDATE and DELETE says WHERE version = <as read>; Runde sets the new version itself.
    __mapper_args__ = {"version_id_col": version, "version_id_generator": False}  # noqa: RUF012


class Visit(Base):
    """A learning visit: a day as learning agent (docs/FORMATS.md, F2)."""

    __tablename__ = "visit"
    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int | None] = mapped_column(ForeignKey("team.id", ondelete="SET NULL"), index=True)
    agent: Mapped[str] = mapped_column(Clipped(200))
    colleague: Mapped[str] = mapped_column(Clipped(200))
    day: Mapped[date] = mapped_column(Date, index=True)
    details: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)
    present_at: Mapped[date | None] = mapped_column(Date)


class Observation(Base):
    """A timestamped observation during a visit: private unless released one by one."""

    __tablename__ = "observation"
    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visit.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    text: Mapped[str] = mapped_column(Text, default="")
    released: Mapped[bool] = mapped_column(Boolean, default=False)


class Sheet(Base):
    """A staff-meeting sheet that was exported, so "since the last sheet" works."""

    __tablename__ = "sheet"
    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int | None] = mapped_column(ForeignKey("team.id", ondelete="SET NULL"), index=True)
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    exported: Mapped[datetime] = mapped_column(UtcDateTime)


class Series(Base):
    """A meeting series with its cadence (the circles issue fills in the rules)."""

    __tablename__ = "series"
    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int | None] = mapped_column(ForeignKey("team.id", ondelete="CASCADE"), index=True)
    format_id: Mapped[str] = mapped_column(Clipped(64))
    rule: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)


class TeamFormat(Base):
    """A team's own variant of a format (durations, questions, warning times), as the format file's
    JSON (checked by the rules of loading whenever it is read back)."""

    __tablename__ = "team_format"
    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("team.id", ondelete="CASCADE"), index=True)
    format_id: Mapped[str] = mapped_column(Clipped(64), unique=True)
    data: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)
    saved: Mapped[datetime] = mapped_column(UtcDateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)


class ChangeMark(Base):
    """One row: a counter every write adds one to (other instances poll it to refresh)."""

    __tablename__ = "change_mark"
    id: Mapped[int] = mapped_column(primary_key=True)
    counter: Mapped[int] = mapped_column(BigInteger)
