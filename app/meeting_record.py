"""The actual course of a meeting, for the sheet and the history: what happened (:class:`Event`), each
step, turn and pause as it went, and the whole (:class:`MeetingRecord`, from
:meth:`app.engine.Meeting.record`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from app.rotation import TurnStatus


@dataclass(frozen=True)
class Event:
    """One thing that happened, for the record and the history."""

    kind: str
    at_mono: float
    at_wall: datetime
    step: int
    turn: int | None = None
    detail: str = ""


@dataclass(frozen=True)
class StepRecord:
    """What actually happened in one step."""

    step_id: str
    planned_s: float
    actual_s: float
    extra_s: float


@dataclass(frozen=True)
class TurnRecord:
    """What actually happened in one turn of a round."""

    step_id: str
    participant: str
    status: TurnStatus
    spoken_s: float


@dataclass(frozen=True)
class PauseRecord:
    """A pause: when, how long, during which step."""

    started: datetime
    duration_s: float
    step_id: str


@dataclass(frozen=True)
class MeetingRecord:
    """The actual course of a meeting, for the sheet and the history."""

    format_id: str
    participants: tuple[str, ...]
    started: datetime | None
    ended: datetime | None
    steps: tuple[StepRecord, ...]
    turns: tuple[TurnRecord, ...]
    pauses: tuple[PauseRecord, ...]
    events: tuple[Event, ...] = field(default=())
