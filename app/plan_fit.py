"""A plan longer than the format's usual length, handled before the start: the fixes that fit.

When the planned total is longer than the format's ``target_total_s`` (nine people in a systematic
learning meeting plan 31 of 30 minutes; a team's second meeting with "Since last time" plans 32), the
start screen offers each fix that makes the plan shorter, with the new total shown before it is
applied:

- leave the case presenters out of the round (docs/FORMATS.md, decision 1 allows it per meeting);
- shorten the presenter's step (docs/FORMATS.md: F1 step 3 is "1-2 min"; Runde plans 2, decision 5);
- shorter turns in the round, never below :data:`TURN_FLOOR_S`;
- leave "Since last time" out (``app/since_last.py``).

Pure data and arithmetic, no Qt. :func:`apply_fix` gives the setup the meeting then runs, so a fix's
``new_total_s`` is what the engine plans with it; :func:`app.formats.with_times` is how the start
screen keeps a shortened step or turn for this meeting only (the format itself is not changed).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from enum import StrEnum

from app.formats import Format, StepKind, StepSpec, with_times
from app.setup import MeetingSetup
from app.since_last import is_since_last, with_since_last

TURN_FLOOR_S = 40  # a turn in the round is never made shorter than this (also when behind, app/adaptive.py)
TURN_GRID_S = 5  # shorter turns are whole five seconds
STEP_FLOOR_S = 60  # the presenter's step keeps at least a minute (F1 step 3: "1-2 min")
STEP_GRID_S = 30  # ... and is shortened to whole half minutes
PRESENTER_CAPTURE = "presenter_learning"  # the capture that marks the presenter's own step


class FixKind(StrEnum):
    """One way to make a plan shorter, in the order the start screen offers them."""

    PRESENTER_OUT_OF_ROUND = "presenter_out_of_round"
    SHORTER_PRESENTER_STEP = "shorter_presenter_step"
    SHORTER_TURNS = "shorter_turns"
    NO_SINCE_LAST = "no_since_last"


@dataclass(frozen=True)
class Fix:
    """A fix and what it gives: the new planned total and, for a shortened step or turn, which step
    (``step_id``) and its time before (``old_s``) and after (``new_s``; per turn for a round)."""

    kind: FixKind
    new_total_s: int
    step_id: str = ""
    old_s: int = 0
    new_s: int = 0


def minutes_of_usual(seconds: float, usual_s: float | None) -> tuple[int, int | None]:
    """A length against the usual one as whole minutes for "31 of 30 min": (minutes, usual minutes),
    usual None when there is none. A length over the usual one is never shown as "30 of 30"."""
    minutes = round(seconds / 60)
    if usual_s is None:
        return minutes, None
    if seconds > usual_s + 0.5 and minutes * 60 <= usual_s:
        minutes = int(usual_s // 60) + 1
    return minutes, round(usual_s / 60)


def over_by_s(setup: MeetingSetup) -> int:
    """Seconds the plan is longer than the format's usual length (0: it fits, or there is none)."""
    target = setup.format.target_total_s
    return 0 if target is None else max(0, setup.planned_total_s() - target)


def spare_s(setup: MeetingSetup) -> int | None:
    """Seconds left before the usual length (0: the plan fills it exactly); None without one."""
    target = setup.format.target_total_s
    return None if target is None else target - setup.planned_total_s()


def presenter_step(fmt: Format) -> StepSpec | None:
    """The presenter's own timed step (what the presenter learned), if the format has one."""
    return next((s for s in fmt.steps if s.kind is StepKind.TIMED and PRESENTER_CAPTURE in s.capture), None)


def apply_fix(setup: MeetingSetup, fix: Fix) -> MeetingSetup:
    """The setup with ``fix`` applied (what the meeting then runs)."""
    if fix.kind is FixKind.PRESENTER_OUT_OF_ROUND:
        return replace(setup, presenter_in_round=False)
    if fix.kind is FixKind.NO_SINCE_LAST:
        return replace(setup, format=with_since_last(setup.format, False))
    if fix.kind is FixKind.SHORTER_PRESENTER_STEP:
        return replace(setup, format=with_times(setup.format, durations={fix.step_id: fix.new_s}))
    rounds = {s.id: fix.new_s for s in setup.format.steps
              if s.kind is StepKind.ROUND and s.turn_s > fix.new_s}
    return replace(setup, format=with_times(setup.format, turns=rounds))


def _presenter_out(setup: MeetingSetup) -> Fix | None:
    if not setup.presenters or not setup.presenter_in_round:
        return None
    new = replace(setup, presenter_in_round=False)
    has_round = any(s.kind is StepKind.ROUND for s in setup.format.steps)
    if has_round and new.round_turns() == 0:
        return None  # a round nobody takes part in is no fix
    return Fix(FixKind.PRESENTER_OUT_OF_ROUND, new.planned_total_s())


def _presenter_step(setup: MeetingSetup, over: int) -> Fix | None:
    step = presenter_step(setup.format)
    if step is None or step.duration_s <= STEP_FLOOR_S:
        return None
    new_s = max(STEP_FLOOR_S, math.floor((step.duration_s - over) / STEP_GRID_S) * STEP_GRID_S)
    if new_s >= step.duration_s:
        return None
    fix = Fix(FixKind.SHORTER_PRESENTER_STEP, 0, step.id, step.duration_s, new_s)
    return replace(fix, new_total_s=apply_fix(setup, fix).planned_total_s())


def _shorter_turns(setup: MeetingSetup, over: int) -> Fix | None:
    """One turn time for every round, the longest that brings the plan within its usual length (on
    the five-second grid), never below the floor."""
    turns_n = setup.round_turns()
    rounds = [s for s in setup.format.steps if s.kind is StepKind.ROUND and s.turn_s > TURN_FLOOR_S]
    if turns_n == 0 or not rounds:
        return None
    now = sum(s.turn_s for s in rounds) * turns_n
    longest = max(s.turn_s for s in rounds)
    per = math.ceil(longest / TURN_GRID_S) * TURN_GRID_S - TURN_GRID_S
    per = max(per, TURN_FLOOR_S)
    while per > TURN_FLOOR_S and now - sum(min(s.turn_s, per) for s in rounds) * turns_n < over:
        per -= TURN_GRID_S
    old = longest if all(s.turn_s == longest for s in rounds) else 0
    fix = Fix(FixKind.SHORTER_TURNS, 0, rounds[0].id, old, per)
    return replace(fix, new_total_s=apply_fix(setup, fix).planned_total_s())


def _no_since_last(setup: MeetingSetup) -> Fix | None:
    if not any(is_since_last(s) for s in setup.format.steps):
        return None
    step = next(s for s in setup.format.steps if is_since_last(s))
    fix = Fix(FixKind.NO_SINCE_LAST, 0, step.id, step.duration_s, 0)
    return replace(fix, new_total_s=apply_fix(setup, fix).planned_total_s())


def fixes(setup: MeetingSetup) -> tuple[Fix, ...]:
    """The fixes that make an over-long plan shorter (empty when it fits its usual length), each with
    its new total; only those that change the total."""
    over = over_by_s(setup)
    if over <= 0:
        return ()
    total = setup.planned_total_s()
    found = (_presenter_out(setup), _presenter_step(setup, over), _shorter_turns(setup, over),
             _no_since_last(setup))
    return tuple(f for f in found if f is not None and f.new_total_s < total)
