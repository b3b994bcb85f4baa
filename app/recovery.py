"""Crash recovery: a meeting as plain JSON (:func:`meeting_to_state`, saved while it runs) and back
(:func:`meeting_from_state`), paused where it was.

It is the engine's other half: it reads and sets :class:`app.engine.Meeting`'s own bookkeeping (the
steps, the marks of its clock, the pauses), so a change to that bookkeeping changes this module too.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from app.clock import Clock
from app.engine import Meeting
from app.formats import MAX_STEP_S, Format, with_times
from app.meeting_record import PauseRecord
from app.meeting_view import RunState
from app.rotation import round_from_state, round_to_state

STATE_VERSION = 1


def meeting_to_state(m: Meeting) -> dict[str, object]:
    """Everything needed to bring a meeting back after a crash, as plain JSON."""
    now = m._now()
    live = m._live(now)
    return {
        "version": STATE_VERSION, "format_id": m.format.id, "participants": list(m.participants),
        "step_ids": [st.spec.id for st in m._steps],  # the steps it runs (app/since_last.py)
        "times": {st.spec.id: [st.spec.duration_s, st.spec.turn_s] for st in m._steps},  # (app/plan_fit.py)
        "first": m._first, "excluded": sorted(m._excluded), "index": m._index, "state": m.state.value,
        "steps": [{"extra_s": st.extra_s, "elapsed_s": m._elapsed(st, live), "entered": st.entered,
                   "round": round_to_state(st.round) if st.round else None,
                   "current_turn_live": live if st.round and st is m._steps[m._index] else 0.0}
                  for st in m._steps],
        "started": m._started_wall.isoformat() if m._started_wall else None,
        "elapsed_s": m.meeting_elapsed_s(), "paused_total_s": m.total_paused_s(),
        "pauses": [{"started": p.started.isoformat(), "duration_s": p.duration_s, "step_id": p.step_id}
                   for p in m._pauses],
        "planned_total_s": m.planned_total_s, "saved": m._clock.wall().isoformat(),
    }


def _with_saved_times(fmt: Format, times: object) -> Format:
    """``fmt`` with the step and turn times the meeting was started with (shortened for this meeting on
    the start screen, ``app/plan_fit.py``); anything that is not a pair of whole seconds (a step's and
    a turn's) of a step the format has, or is not positive, is ignored."""
    if not isinstance(times, dict):
        return fmt
    durations: dict[str, int] = {}
    turns: dict[str, int] = {}
    for step_id, pair in times.items():
        if isinstance(pair, list) and len(pair) == 2 and all(
                isinstance(v, int) and not isinstance(v, bool) and 0 <= v <= MAX_STEP_S for v in pair):
            durations[str(step_id)], turns[str(step_id)] = pair[0], pair[1]
    return with_times(fmt, durations, turns)


def meeting_from_state(fmt: Format, state: dict[str, object], clock: Clock) -> tuple[Meeting, float]:
    """A meeting back from :func:`meeting_to_state`, paused where it was.

    The time between the save and now is what the room lived while Runde was gone: it is recorded as
    a pause (so ahead/behind shows it honestly) and returned in seconds. ``fmt`` is the format as the
    library has it; the meeting runs the steps it ran (with or without the since-last-time step).
    """
    from app.since_last import plan_from_step_ids

    ids = state.get("step_ids")
    fmt = plan_from_step_ids(fmt, [str(i) for i in ids] if isinstance(ids, list) else None)
    fmt = _with_saved_times(fmt, state.get("times"))
    s: Any = state  # meeting_to_state's own JSON: read as it was written, as the values it wrote

    parts = [str(p) for p in s["participants"]]
    excluded = {int(i) for i in s["excluded"]}
    m = Meeting(fmt, parts, clock, first_speaker=int(s["first"]),
                excluded_from_round=excluded)
    steps = s["steps"]
    for st, raw in zip(m._steps, steps, strict=False):
        st.extra_s, st.elapsed_s, st.entered = float(raw["extra_s"]), float(raw["elapsed_s"]), raw["entered"]
        if raw["round"] is not None:
            st.round = round_from_state(raw["round"])
            if st.round.current is not None:
                st.round.current.elapsed_s += float(raw.get("current_turn_live", 0.0))
    m._index = min(int(s["index"]), len(m._steps) - 1)
    saved = datetime.fromisoformat(str(s["saved"]))
    gap = max(0.0, (clock.wall() - saved).total_seconds())
    now = clock.monotonic()
    was = RunState(str(s["state"]))
    m.planned_total_s = float(s["planned_total_s"])
    if s.get("started"):
        m._started_wall = datetime.fromisoformat(str(s["started"]))
        m._started_mono = now - float(s["elapsed_s"]) - gap
    m._pauses = [PauseRecord(datetime.fromisoformat(p["started"]), float(p["duration_s"]), p["step_id"])
                 for p in s.get("pauses", [])]
    m._paused_total = float(s["paused_total_s"])
    if was is RunState.FINISHED:
        m.state = RunState.FINISHED
        m._ended_mono = now - gap
        return m, gap
    if was is not RunState.READY:
        m.state = RunState.PAUSED
        m._pause_started = (now - gap, saved)
    m._mark = now
    return m, gap
