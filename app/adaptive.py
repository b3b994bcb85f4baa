"""Adaptive timing: when the meeting is behind, shorten what is left so it keeps its usual length.

What users of OnlyT (a meeting timer) praise, for a meeting with a round: pure planning, no Qt and no clock.
:func:`propose` takes the engine's :meth:`~app.engine.Meeting.outlook` (the current step and those to
come, with ahead/behind) and returns a :class:`Proposal` that aims at the format's **usual length** (the
systematic learning meeting's half hour; the plan's own length when the format has none), so a spare
minute in the plan is used before anything is cut. Then what costs least goes first: the waiting turns
of the round (running or to come) are shortened, down to :data:`~app.plan_fit.TURN_FLOOR_S` a turn;
only if that is not enough are the timed steps that have not started shortened, in proportion to their
length, never below a minute. Nothing is made longer. A step that is running keeps its time (nothing is
shortened retroactively), and so does the turn being spoken; open steps count up and are not touched.
When even the floors cannot absorb the overrun the proposal says so: ``late_s``.

The facilitator sees the proposal and applies it (:meth:`Proposal.plan` to
:meth:`~app.engine.Meeting.apply_plan`) or dismisses it; :class:`Nudge` decides when to offer it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from app.engine import Outlook, PlanChange
from app.formats import StepKind, StepSpec
from app.plan_fit import TURN_FLOOR_S

OFFER_BEHIND_S = 120.0  # offer a plan from two minutes behind
MIN_SAVING_S = 60.0  # a plan that saves less than a minute is not worth interrupting for
_EPS = 1e-6
_GRID_EPS = 1e-9  # float noise only: with 1e-6, 34.999997 s "rounded down" to 35 and saved nothing


@dataclass(frozen=True)
class Floors:
    """How short a proposal may make things, and the steps it rounds to.

    A step or turn that already has less than its floor keeps what it has (never lengthened).
    """

    step_s: float = 60.0  # one minute per timed step
    turn_s: float = float(TURN_FLOOR_S)  # forty seconds per turn (the start screen's floor too)
    step_grid_s: float = 30.0  # new step times are whole half minutes ...
    turn_grid_s: float = 5.0  # ... and new turn times whole five seconds (or their old time)


@dataclass(frozen=True)
class Change:
    """One remaining step in a proposal: its time now and in the new plan.

    For a round, ``turns`` waiting turns of ``old_turn_s`` each become ``new_turn_s`` each, and
    ``old_s``/``new_s`` are their totals.
    """

    index: int
    spec: StepSpec
    old_s: float
    new_s: float
    turns: int = 0
    old_turn_s: float = 0.0
    new_turn_s: float = 0.0
    adjustable: bool = True  # False: shown for the whole picture, never changed (an open step,
    # a step that is running or has run, one already at its floor)

    @property
    def is_round(self) -> bool:
        """The waiting turns of a round (times per turn)."""
        return self.spec.kind is StepKind.ROUND

    @property
    def changed(self) -> bool:
        """The new plan gives it less time."""
        return self.new_s < self.old_s - _EPS


@dataclass(frozen=True)
class Proposal:
    """A new plan for what is left of the meeting.

    ``rows`` lists every remaining step (the step running now only if it is a round, for its
    waiting turns), changed or not, in agenda order. ``saved_s`` is what the plan takes off the
    projected end; ``late_s`` is how far past the length it aims at (``aim_s``: the usual length)
    the meeting still ends with it (0: on time). ``projected_s`` is the meeting's length as it goes
    now, before the plan; :attr:`projected_after_s` with it.
    """

    behind_s: float
    rows: tuple[Change, ...]
    saved_s: float
    late_s: float
    projected_s: float = 0.0
    aim_s: float = 0.0

    @property
    def projected_after_s(self) -> float:
        """The meeting's length with this plan."""
        return self.projected_s - self.saved_s

    @property
    def changes(self) -> tuple[Change, ...]:
        """Only the rows that get less time."""
        return tuple(r for r in self.rows if r.changed)

    @property
    def on_time(self) -> bool:
        """With this plan the meeting ends on its planned end (or a little before)."""
        return self.late_s <= _EPS

    def late_minutes(self) -> int:
        """Whole minutes still late, rounded up (honest: 10 s late is "1 min late")."""
        return 0 if self.on_time else math.ceil(self.late_s / 60.0 - _EPS)

    def plan(self) -> tuple[PlanChange, ...]:
        """The changes for :meth:`app.engine.Meeting.apply_plan`."""
        return tuple(PlanChange(r.index, turn_s=r.new_turn_s) if r.is_round
                     else PlanChange(r.index, allotted_s=r.new_s) for r in self.changes)


@dataclass
class _Item:
    """One adjustable thing: ``units`` equal parts (1 for a step, n turns for a round)."""

    row: int
    units: int
    old: float  # per unit
    floor: float  # per unit
    grid: float
    new: float = 0.0

    @property
    def total(self) -> float:
        return self.units * self.new


def _scale(items: list[_Item], target: float) -> None:
    """Continuous proportional shortening: ``new = max(floor, k * old)`` with totals summing to
    ``target`` (water-filling: items that would go below their floor are held at it)."""
    free = [it for it in items if it.old > it.floor]
    fixed = sum(it.units * it.old for it in items if it.old <= it.floor)
    for it in items:
        it.new = it.old
    held: list[_Item] = []
    while free:
        k = (target - fixed - sum(it.units * it.floor for it in held)) / sum(it.units * it.old for it in free)
        low = [it for it in free if k * it.old < it.floor]
        if not low:
            for it in free:
                it.new = k * it.old
            break
        held += low
        free = [it for it in free if it not in low]
    for it in held:
        it.new = it.floor


def _round_to_grid(items: list[_Item], target: float) -> None:
    """Whole grid values (or the old value), total at most ``target``, as close to it as the grid
    allows: each rounded down (never below the floor), then the largest remainders given one grid
    step back while the total stays within ``target``."""
    exact = {id(it): it.new for it in items}
    for it in items:
        down = math.floor(it.new / it.grid + _GRID_EPS) * it.grid
        it.new = min(it.old, max(it.floor, down))
    total = sum(it.total for it in items)
    for it in sorted(items, key=lambda it: (-(exact[id(it)] - it.new), it.row)):
        up = min(it.old, (math.floor(it.new / it.grid + _GRID_EPS) + 1) * it.grid)
        if up > it.new and total + it.units * (up - it.new) <= target + _EPS:
            total += it.units * (up - it.new)
            it.new = up


def _shorten(items: list[_Item], need: float) -> float:
    """Take ``need`` seconds off ``items`` (proportionally, on their grid, never below their floor);
    all of them at their floor when that is not enough. Returns what was taken off."""
    if not items or need <= _EPS:
        return 0.0
    now_total = sum(it.units * it.old for it in items)
    target = now_total - need
    if sum(it.units * it.floor for it in items) >= target:
        for it in items:  # even everything at its floor is not enough: as short as allowed
            it.new = it.floor
    else:
        _scale(items, target)
        _round_to_grid(items, target)
    return now_total - sum(it.total for it in items)


def propose(outlook: Outlook, floors: Floors | None = None, *, steps: bool = True,
            turns: bool = True) -> Proposal:
    """A plan that ends the meeting within its usual length, or as close to it as the floors allow:
    the spare time of the plan first, then the round's waiting turns, then the timed steps to come.

    Args:
        outlook: the engine's :meth:`~app.engine.Meeting.outlook`.
        floors: the shortest times and the rounding (default :class:`Floors`).
        steps: shorten the timed steps that have not started.
        turns: shorten the waiting turns of the round (running or to come).
    """
    fl = floors or Floors()
    rows: list[Change] = []
    turn_items: list[_Item] = []
    step_items: list[_Item] = []
    for so in outlook.steps:
        if so.spec.kind is StepKind.ROUND:
            n = len(so.waiting_turn_s)
            if n == 0:
                continue
            per = sum(so.waiting_turn_s) / n
            can = turns and per > fl.turn_s
            rows.append(Change(so.index, so.spec, n * per, n * per, n, per, per, adjustable=can))
            if can:
                turn_items.append(_Item(len(rows) - 1, n, per, fl.turn_s, fl.turn_grid_s))
        elif not so.current:
            can = (steps and so.spec.kind is StepKind.TIMED and not so.started
                   and so.allotted_s > fl.step_s)
            rows.append(Change(so.index, so.spec, so.allotted_s, so.allotted_s, adjustable=can))
            if can:
                step_items.append(_Item(len(rows) - 1, 1, so.allotted_s, fl.step_s, fl.step_grid_s))
    projected, aim = outlook.projected_total_s, outlook.aim_s
    need = max(0.0, projected - aim)  # past the usual length: the plan's spare time is used first
    if need <= _EPS or not (turn_items or step_items):
        return Proposal(outlook.behind_s, tuple(rows), 0.0, need, projected, aim)
    for it in turn_items + step_items:
        it.new = it.old
    saved = _shorten(turn_items, need)  # the turns cost least: they go first ...
    saved += _shorten(step_items, need - saved)  # ... and the other steps only if that is not enough
    for it in turn_items + step_items:
        r = rows[it.row]
        rows[it.row] = Change(r.index, r.spec, r.old_s, it.units * it.new, r.turns, r.old_turn_s,
                              it.new if r.is_round else 0.0)
    late = need - saved
    return Proposal(outlook.behind_s, tuple(rows), saved, late if late > _EPS else 0.0, projected, aim)


class Nudge:
    """When to offer a plan: from ``OFFER_BEHIND_S`` behind, if the plan saves at least a minute.

    Dismissed, it keeps quiet until the meeting is a further ``OFFER_BEHIND_S`` behind than when
    it was dismissed; applied, it offers again once the meeting falls that far behind anew.
    """

    def __init__(self, step_s: float = OFFER_BEHIND_S) -> None:
        self._step = step_s
        self._quiet_below = step_s

    @property
    def quiet_below_s(self) -> float:
        """Behind by less than this: no offer."""
        return self._quiet_below

    def wants(self, behind_s: float, proposal: Proposal | None = None) -> bool:
        """Offer now? (``proposal``: only if it would save at least ``MIN_SAVING_S``.)"""
        if behind_s < self._quiet_below - _EPS:
            return False
        return proposal is None or proposal.saved_s >= MIN_SAVING_S - _EPS

    def dismiss(self, behind_s: float) -> None:
        """"Not now": quiet until a further step behind."""
        self._quiet_below = max(self._quiet_below, behind_s + self._step)

    def applied(self) -> None:
        """A plan was applied: offer again from one step behind the new plan."""
        self._quiet_below = self._step
