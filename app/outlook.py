"""The plan as adaptive timing (``app/adaptive.py``) sees it while the meeting runs: the current step and
those to come (:class:`Outlook`, from :meth:`app.engine.Meeting.outlook`), and a new allotment for a
step (:class:`PlanChange`, applied by :meth:`app.engine.Meeting.apply_plan`)."""

from __future__ import annotations

from dataclasses import dataclass

from app.formats import StepSpec
from app.meeting_view import RunState


@dataclass(frozen=True)
class StepOutlook:
    """The current step or one to come, as adaptive timing sees it (``app/adaptive.py``)."""

    index: int
    spec: StepSpec
    allotted_s: float  # what it has now (a round: all its turns that are not absent)
    elapsed_s: float
    current: bool
    waiting_turn_s: tuple[float, ...] = ()  # a round: the time each waiting turn has now

    @property
    def started(self) -> bool:
        """The clock has run in this step (the current one, or one gone back from)."""
        return self.current or self.elapsed_s > 0


@dataclass(frozen=True)
class Outlook:
    """What is left of the plan while the meeting runs (empty before the start and at the end)."""

    state: RunState
    step_index: int
    behind_s: float
    planned_total_s: float
    steps: tuple[StepOutlook, ...]  # the current step and every step after it
    usual_total_s: float | None = None  # the format's usual length: what a new plan aims at

    @property
    def aim_s(self) -> float:
        """The length a new plan aims at: the usual length, else the plan's own."""
        return self.usual_total_s if self.usual_total_s is not None else self.planned_total_s

    @property
    def projected_total_s(self) -> float:
        """How long the meeting takes as it goes now."""
        return self.planned_total_s + self.behind_s


@dataclass(frozen=True)
class PlanChange:
    """A new allotment for one step, applied by :meth:`Meeting.apply_plan`.

    ``allotted_s``: the new length of a timed step that has not started yet. ``turn_s``: the new
    time of each waiting turn of a round that is running or still to come (the turn being spoken
    keeps its time, and so do turns already over).
    """

    index: int
    allotted_s: float | None = None
    turn_s: float | None = None
