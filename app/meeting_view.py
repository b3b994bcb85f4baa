"""What a screen sees of a meeting at one instant: where the meeting is (:class:`RunState`), the phase of
the countdown (:class:`Phase`), and the snapshot :meth:`app.engine.Meeting.view` returns
(:class:`MeetingView`, with the round, the agenda and the countdown to the planned start). Plain data,
safe to keep; no Qt."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from app.formats import LocalText, StepSpec
from app.rotation import TurnStatus


class RunState(StrEnum):
    """Where the meeting as a whole is."""

    READY = "ready"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"


class Phase(StrEnum):
    """The phase of the countdown on screen."""

    NORMAL = "normal"
    WARNING = "warning"
    OVERTIME = "overtime"
    OPEN = "open"  # a step with no fixed length: the clock counts up


@dataclass(frozen=True)
class TurnView:
    """One participant in the round, as shown."""

    id: int
    name: str
    status: TurnStatus
    spoken_s: float


@dataclass(frozen=True)
class RoundView:
    """The round as shown: who has the word, who is next, everyone's status."""

    speaker: TurnView | None
    next: TurnView | None
    turns: tuple[TurnView, ...]
    complete: bool
    turn_remaining_s: float | None
    turn_allotted_s: float


@dataclass(frozen=True)
class StepLine:
    """One line of the agenda: planned, actual so far, and whether it is done, current or to come."""

    index: int
    spec: StepSpec
    planned_s: float
    allotted_s: float
    actual_s: float
    where: str  # "done" | "current" | "next"


@dataclass(frozen=True)
class StartCountdown:
    """Before the start: the room's countdown to the planned start while people gather.

    ``seconds_left`` is positive before the planned start and zero or negative from it on: the
    meeting never starts by itself (people may still be arriving), the facilitator starts it.
    """

    starts_at: datetime  # the planned start, on the wall clock
    now: datetime  # the injected clock's wall time when the view was taken
    seconds_left: float
    title: LocalText  # the format's title
    expected: tuple[str, ...]  # who is expected, in roster order


@dataclass(frozen=True)
class MeetingView:
    """Everything a screen needs at one instant; plain data, safe to keep."""

    state: RunState
    step_index: int
    step: StepSpec
    phase: Phase
    remaining_s: float | None  # None for an open step (counting up)
    step_elapsed_s: float
    step_allotted_s: float
    fraction_left: float  # 1.0 full disc .. 0.0 empty (0.0 in overtime)
    round: RoundView | None
    planned_total_s: float
    meeting_elapsed_s: float
    behind_s: float  # projected end minus planned end: > 0 behind, < 0 ahead
    agenda: tuple[StepLine, ...]
    is_last_step: bool
    before_start: StartCountdown | None = None  # READY with a planned start: the room's countdown
    projected_total_s: float = 0.0  # how long the meeting will take as it goes (planned + behind)
    usual_total_s: float | None = None  # the format's usual length ("31 of 30 min"), None: none

