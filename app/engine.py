"""The meeting engine: steps, countdowns, the round, pauses, ahead/behind. No Qt, no ``time``.

Every countdown is computed from a deadline-like state (time accrued up to a mark, plus the time since
the mark on the injected monotonic clock); nothing counts ticks, so a late or skipped repaint cannot
make it drift (docs/STACK.md, Time). The UI polls :meth:`Meeting.view` and sends commands.

:class:`Meeting` is the state machine; what it hands out lives beside it and is named here too, the
engine's vocabulary: the screens' snapshot (``app/meeting_view.py``), the record
(``app/meeting_record.py``), adaptive timing's outlook (``app/outlook.py``). Crash recovery is
``app/recovery.py``; times of day are ``app/time_of_day.py``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta, tzinfo

from app.clock import Clock, local_zone
from app.formats import Format, StepKind, planned_step_s
from app.limits import MAX_PAUSES, MAX_PEOPLE
from app.meeting_record import Event, MeetingRecord, PauseRecord, StepRecord, TurnRecord
from app.meeting_view import MeetingView, Phase, RoundView, RunState, StartCountdown, StepLine, TurnView
from app.outlook import Outlook, PlanChange, StepOutlook
from app.rotation import Round, Turn, TurnStatus, round_order
from app.step_state import StepState, phase_of, valid_seconds
from app.time_of_day import time_of_day_near, wall

__all__ = ["Event", "Meeting", "MeetingRecord", "MeetingView", "Outlook", "PauseRecord", "Phase",
           "PlanChange", "RoundView", "RunState", "StartCountdown", "StepLine", "StepOutlook",
           "StepRecord", "TurnRecord", "TurnView", "time_of_day_near"]

MINUTE = 60.0


class Meeting:
    """A running meeting of one format. All commands are safe to call in any state (no-ops if moot).

    Args:
        fmt: the format whose steps are run.
        participants: everyone present, in roster order.
        clock: the injected clock (``RoomClock`` in the app, ``FakeClock`` in tests).
        first_speaker: index into ``participants`` of who opens each round.
        excluded_from_round: indices of participants who take no turn (e.g. the facilitator).
        zone: the time zone of the meeting's wall-clock times (the computer's, see
            :func:`~app.clock.local_zone`, when not given).
    """

    def __init__(self, fmt: Format, participants: Sequence[str], clock: Clock, *,
                 first_speaker: int = 0, excluded_from_round: set[int] | None = None,
                 zone: tzinfo | None = None) -> None:
        self.format = fmt
        self.zone = zone or local_zone(clock.wall())
        self.participants: list[str] = list(participants)
        self._clock = clock
        self._first = first_speaker
        self._excluded = set(excluded_from_round or ())
        self._steps = [StepState(s) for s in fmt.steps]
        self._index = 0
        self.state = RunState.READY
        self._mark = clock.monotonic()
        self._started_mono: float | None = None
        self._started_wall: datetime | None = None
        self._ended_wall: datetime | None = None
        self._ended_mono: float | None = None
        self._pause_started: tuple[float, datetime] | None = None
        self._pauses: list[PauseRecord] = []
        self._paused_total = 0.0
        self.events: list[Event] = []
        self.planned_total_s = float(self._planned_total())
        self.planned_start: datetime | None = None  # wall time; only shown before the start

    @property
    def clock(self) -> Clock:
        """The clock the meeting runs on (for the dates around it, e.g. when its sheet is made)."""
        return self._clock

    # -- internal time bookkeeping ---------------------------------------------------------------
    def _now(self) -> float:
        return self._clock.monotonic()

    def _live(self, now: float) -> float:
        """Seconds since the mark that belong to the current step (0 unless running)."""
        return max(0.0, now - self._mark) if self.state is RunState.RUNNING else 0.0

    def _settle(self) -> float:
        """Move the time since the mark into the current step (and turn); return now."""
        now = self._now()
        live = self._live(now)
        if live:
            st = self._steps[self._index]
            st.elapsed_s += live
            if st.round is not None and st.round.current is not None:
                st.round.current.elapsed_s += live
        self._mark = now
        return now

    def _log(self, kind: str, now: float, turn: Turn | None = None, detail: str = "") -> None:
        self.events.append(Event(kind, now, self._clock.wall(), self._index,
                                 turn.id if turn else None, detail))

    def _round_names(self) -> list[tuple[int, str]]:
        return round_order(self.participants, self._first, self._excluded)

    def set_first_speaker(self, index: int) -> bool:
        """Who opens the rounds, until the meeting starts and no round has been touched; True if set."""
        if self.state is not RunState.READY or any(st.round is not None for st in self._steps):
            return False
        if not 0 <= index < max(1, len(self.participants)):
            return False
        self._first = index
        self.planned_total_s = float(self._planned_total())
        return True

    def replan(self, fmt: Format) -> bool:
        """Run ``fmt``'s steps instead (e.g. with "since last time" in front, once it is known that the
        team has met before), while the meeting has not started; True if done."""
        if self.state is not RunState.READY or any(st.round is not None for st in self._steps):
            return False
        self.format = fmt
        self._steps = [StepState(s) for s in fmt.steps]
        self._index = 0
        self.planned_total_s = float(self._planned_total())
        return True

    def _planned_total(self) -> int:
        turns = len(self._round_names())
        return sum(planned_step_s(st.spec, turns) for st in self._steps)

    def _enter(self, index: int, now: float) -> None:
        self._index = index
        st = self._steps[index]
        if st.spec.kind is StepKind.ROUND and st.round is None:
            st.round = Round(self._round_names())
        if st.round is not None:
            st.round.begin()
        if not st.entered:
            st.entered = True
        self._log("step", now, st.round.current if st.round else None, st.spec.id)

    # -- commands --------------------------------------------------------------------------------
    def start(self) -> None:
        """Start the meeting at its first step."""
        if self.state is not RunState.READY:
            return
        now = self._now()
        self._started_mono, self._started_wall = now, self._clock.wall()
        self.state = RunState.RUNNING
        self._mark = now
        self._enter(0, now)

    def pause(self) -> None:
        """Stop the clock; the room sees it is paused."""
        if self.state is not RunState.RUNNING:
            return
        now = self._settle()
        self.state = RunState.PAUSED
        self._pause_started = (now, self._clock.wall())
        self._log("pause", now)

    def resume(self) -> None:
        """Run the clock again after a pause."""
        if self.state is not RunState.PAUSED or self._pause_started is None:
            return
        now = self._now()
        start_mono, start_wall = self._pause_started
        self._paused_total += now - start_mono
        if len(self._pauses) < MAX_PAUSES:
            self._pauses.append(PauseRecord(start_wall, now - start_mono,
                                            self._steps[self._index].spec.id))
        else:  # kept within app/limits.py: the time paused stays right, in the last record
            last = self._pauses[-1]
            self._pauses[-1] = PauseRecord(last.started, last.duration_s + now - start_mono, last.step_id)
        self._pause_started = None
        self.state = RunState.RUNNING
        self._mark = now
        self._log("resume", now)

    def toggle(self) -> None:
        """Space: start, pause or resume."""
        {RunState.READY: self.start, RunState.RUNNING: self.pause,
         RunState.PAUSED: self.resume}.get(self.state, lambda: None)()

    def next(self) -> bool:
        """Next speaker during a round, else next step. False at the very end (nothing happens)."""
        if self.state is RunState.READY:
            self.start()
            return True
        if self.state is RunState.FINISHED:
            return False
        rnd = self._steps[self._index].round
        if rnd is not None and rnd.current is not None:
            now = self._settle()
            self._log("spoken", now, rnd.current)
            rnd.finish_current(TurnStatus.SPOKEN)
            return True
        if self._index + 1 >= len(self._steps):
            return False
        now = self._settle()
        self._enter(self._index + 1, now)
        return True

    def previous(self) -> bool:
        """Previous speaker during a round, else previous step. False before the first."""
        if self.state in (RunState.READY, RunState.FINISHED):
            return False
        rnd = self._steps[self._index].round
        if rnd is not None:
            now = self._settle()
            if rnd.back():
                self._log("back", now, rnd.current)
                return True
        if self._index == 0:
            return False
        now = self._settle()
        self._index -= 1
        self._log("step", now, detail=self._steps[self._index].spec.id)
        return True

    def pass_turn(self) -> None:
        """The current speaker passes; recorded as a pass, never as an empty reflection."""
        rnd = self._current_round()
        if rnd is None or rnd.current is None or self.state is RunState.FINISHED:
            return
        now = self._settle()
        self._log("pass", now, rnd.current)
        rnd.finish_current(TurnStatus.PASSED)

    def set_absent(self, pid: int) -> None:
        """Someone is not here (or stepped out): skipped until they rejoin."""
        rnd = self._round_for_edit()
        if rnd is None:
            return
        now = self._settle()
        self._log("absent", now, rnd.by_id(pid))
        rnd.set_absent(pid)

    def rejoin(self, pid: int) -> None:
        """An absent participant is back and will get the word."""
        rnd = self._round_for_edit()
        if rnd is None:
            return
        now = self._settle()
        rnd.rejoin(pid, round_active=self._current_round() is rnd)
        self._log("rejoin", now, rnd.by_id(pid))

    def can_add_participant(self) -> bool:
        """Another late-comer fits (at most MAX_PEOPLE people in a meeting, app/limits.py)."""
        return len(self.participants) < MAX_PEOPLE

    def add_participant(self, name: str) -> int | None:
        """A late-comer: joins the meeting and, if a round is running or to come, its end (None, and
        nothing changes, when the meeting already has MAX_PEOPLE people)."""
        if not self.can_add_participant():
            return None
        pid = len(self.participants)
        self.participants.append(name)
        now = self._settle()
        for st in self._steps:
            if st.round is not None:
                st.round.add(pid, name, round_active=st is self._steps[self._index])
        self._log("join", now, detail=name)
        return pid

    def move_in_round(self, pid: int, new_index: int) -> None:
        """Reorder: move a waiting participant to another place in the round."""
        rnd = self._round_for_edit()
        if rnd is not None:
            rnd.move(pid, new_index)

    def extend(self, minutes: float = 1.0) -> None:
        """A minute more (or less, with a negative number) for the current turn or step."""
        if self.state in (RunState.READY, RunState.FINISHED):
            return
        now = self._settle()
        st = self._steps[self._index]
        delta = minutes * MINUTE
        if st.spec.kind is StepKind.OPEN:
            return
        if st.round is not None and st.round.current is not None:
            turn = st.round.current
            turn.extra_s = max(turn.extra_s + delta, -float(st.spec.turn_s))
            self._log("extend", now, turn, f"{delta:+.0f}")
            return
        if st.round is not None:
            return
        st.extra_s = max(st.extra_s + delta, -float(st.spec.duration_s))
        self._log("extend", now, detail=f"{delta:+.0f}")

    def shorten(self, minutes: float = 1.0) -> None:
        """A minute less for the current turn or step (may move it into over time)."""
        self.extend(-minutes)

    def finish(self) -> None:
        """End the meeting; the record is complete."""
        if self.state is RunState.FINISHED:
            return
        if self.state is RunState.PAUSED:
            self.resume()
        now = self._settle()
        if self.state is RunState.READY:
            self._started_mono, self._started_wall = now, self._clock.wall()
        self.state = RunState.FINISHED
        self._ended_wall = self._clock.wall()
        self._ended_mono = now
        self._log("finish", now)

    def _current_round(self) -> Round | None:
        return self._steps[self._index].round

    def _round_for_edit(self) -> Round | None:
        """The round being run, or the next round to come (absences can be noted in advance)."""
        if self.state is RunState.FINISHED:
            return None
        for st in self._steps[self._index:]:
            if st.spec.kind is StepKind.ROUND:
                if st.round is None:
                    st.round = Round(self._round_names())
                return st.round
        return self._current_round()

    def upcoming_round(self) -> Round | None:
        """The round being run or the next one, to mark absences in advance (read only)."""
        return self._round_for_edit()

    # -- queries ---------------------------------------------------------------------------------
    def _allotted(self, st: StepState) -> float:
        spec = st.spec
        if spec.kind is StepKind.ROUND:
            turns = st.round.turns if st.round else [Turn(i, n) for i, n in self._round_names()]
            return sum(spec.turn_s + t.extra_s for t in turns if t.status is not TurnStatus.ABSENT)
        return max(0.0, spec.duration_s + st.extra_s)

    def _elapsed(self, st: StepState, live: float) -> float:
        return st.elapsed_s + (live if st is self._steps[self._index] else 0.0)

    def _remaining_after_current(self, st: StepState, live: float) -> float:
        """Planned seconds still to come in the current step (never negative)."""
        if st.round is not None:
            cur = st.round.current
            left = 0.0
            if cur is not None:
                left = max(0.0, st.spec.turn_s + cur.extra_s - cur.elapsed_s - live)
            left += sum(st.spec.turn_s + t.extra_s for t in st.round.turns
                        if t.status is TurnStatus.WAITING)
            return left
        if st.spec.kind is StepKind.OPEN:
            return 0.0
        return max(0.0, self._allotted(st) - self._elapsed(st, live))

    def meeting_elapsed_s(self) -> float:
        """Seconds since the start, pauses included (what the room lived)."""
        if self._started_mono is None:
            return 0.0
        end = self._ended_mono if self._ended_mono is not None else self._now()
        return end - self._started_mono

    @property
    def usual_total_s(self) -> float | None:
        """The format's usual length in seconds (the systematic learning meeting's half hour), or None."""
        target = self.format.target_total_s
        return None if target is None else float(target)

    def projected_total_s(self) -> float:
        """How long the meeting takes as it goes now: the time so far, and what is planned for the
        rest (a step running over adds to it); before the start, the plan."""
        return self.planned_total_s + self.behind_s()

    def usual_end(self) -> datetime | None:
        """Wall time the meeting ends if it keeps its usual length (else its planned end)."""
        planned = self.planned_end()
        if planned is None or self.usual_total_s is None:
            return planned
        return (planned.astimezone(UTC) + timedelta(seconds=self.usual_total_s - self.planned_total_s)
                ).astimezone(self.zone)

    def behind_s(self) -> float:
        """Projected end minus planned end, in seconds: positive behind, negative ahead."""
        if self.state is RunState.READY:
            return 0.0
        live = self._live(self._now())
        cur = self._steps[self._index]
        projected = self.meeting_elapsed_s()
        if self.state is not RunState.FINISHED:
            projected += self._remaining_after_current(cur, live)
            projected += sum(self._allotted(st) for st in self._steps[self._index + 1:])
        return projected - self.planned_total_s

    def view(self) -> MeetingView:
        """A snapshot for the screens."""
        now = self._now()
        live = self._live(now)
        st = self._steps[self._index]
        allotted = self._allotted(st)
        elapsed = self._elapsed(st, live)
        rview = self._round_view(st, live)
        if st.spec.kind is StepKind.OPEN or (st.spec.kind is StepKind.ROUND and allotted <= 0):
            # an open step, or a round with nobody in it (all absent, or no names): a clock that
            # counts up, never "over time" for a round nobody could take part in
            remaining, phase, warn, span = None, Phase.OPEN, 0.0, 0.0
        elif rview is not None and rview.turn_remaining_s is not None:
            remaining, warn = rview.turn_remaining_s, float(st.spec.turn_warning_s)
            span = rview.turn_allotted_s
            phase = phase_of(remaining, warn)
        else:
            remaining, warn, span = allotted - elapsed, float(st.spec.warning_s), allotted
            phase = phase_of(remaining, warn)
        frac = 0.0 if remaining is None or span <= 0 else min(1.0, max(0.0, remaining / span))
        return MeetingView(
            state=self.state, step_index=self._index, step=st.spec, phase=phase,
            remaining_s=remaining, step_elapsed_s=elapsed, step_allotted_s=allotted,
            fraction_left=frac, round=rview, planned_total_s=self.planned_total_s,
            meeting_elapsed_s=self.meeting_elapsed_s(), behind_s=(behind := self.behind_s()),
            agenda=self._agenda(live), is_last_step=self._index == len(self._steps) - 1,
            before_start=self.start_countdown(),
            projected_total_s=self.planned_total_s + behind, usual_total_s=self.usual_total_s,
        )

    def _round_view(self, st: StepState, live: float) -> RoundView | None:
        rnd = st.round
        if rnd is None:
            return None
        def tv(t: Turn) -> TurnView:
            extra = live if t is rnd.current and st is self._steps[self._index] else 0.0
            return TurnView(t.id, t.name, t.status, t.elapsed_s + extra)
        cur = rnd.current
        turn_allotted = float(st.spec.turn_s + (cur.extra_s if cur else 0.0))
        remaining = None
        if cur is not None:
            remaining = turn_allotted - tv(cur).spoken_s
        nxt = rnd.next_waiting()
        return RoundView(
            speaker=tv(cur) if cur else None, next=tv(nxt) if nxt else None,
            turns=tuple(tv(t) for t in rnd.turns), complete=rnd.complete,
            turn_remaining_s=remaining, turn_allotted_s=turn_allotted,
        )

    def _agenda(self, live: float) -> tuple[StepLine, ...]:
        turns = len(self._round_names())
        lines = []
        for i, st in enumerate(self._steps):
            where = "current" if i == self._index and self.state is not RunState.READY else (
                "done" if st.entered and i < self._index else "next")
            lines.append(StepLine(i, st.spec, float(planned_step_s(st.spec, turns)),
                                  self._allotted(st), self._elapsed(st, live), where))
        return tuple(lines)

    def record(self) -> MeetingRecord:
        """The actual course so far (complete once finished)."""
        live = self._live(self._now())
        turns_n = len(self._round_names())
        steps = tuple(StepRecord(st.spec.id, float(planned_step_s(st.spec, turns_n)),
                                 self._elapsed(st, live), st.extra_s) for st in self._steps)
        turns = tuple(
            TurnRecord(st.spec.id, t.name, t.status,
                       t.elapsed_s + (live if st.round and t is st.round.current
                                      and st is self._steps[self._index] else 0.0))
            for st in self._steps if st.round is not None for t in st.round.turns)
        return MeetingRecord(self.format.id, tuple(self.participants), self._started_wall,
                             self._ended_wall, steps, turns, tuple(self._pauses),
                             tuple(self.events))

    def total_paused_s(self) -> float:
        """All pause time so far, including a pause in progress."""
        extra = 0.0
        if self._pause_started is not None:
            extra = self._now() - self._pause_started[0]
        return self._paused_total + extra

    def planned_end(self) -> datetime | None:
        """Wall time the meeting was planned to end, in the meeting's zone (across a daylight-saving
        change the clock on the wall has moved: the seconds are added in UTC)."""
        if self._started_wall is None:
            return None
        return (self._started_wall.astimezone(UTC)
                + timedelta(seconds=self.planned_total_s)).astimezone(self.zone)

    # -- the countdown to the planned start ----------------------------------------------------------
    def set_planned_start(self, when: datetime | None) -> bool:
        """When the meeting is planned to start (wall time; None: no countdown). Only before the start.

        A time without a zone is taken in the injected clock's zone. The start time is only shown;
        the meeting never starts by itself. Recorded as a ``planned_start`` event.
        """
        if self.state is not RunState.READY:
            return False
        if when is not None and when.tzinfo is None:
            when = wall(when.date(), when.time(), self.zone)
        self.planned_start = when
        self._log("planned_start", self._now(), detail=when.isoformat() if when else "")
        return True

    def set_planned_start_at(self, hour: int, minute: int) -> bool:
        """The planned start as a time of day typed on the console (``time_of_day_near`` the clock)."""
        return self.set_planned_start(time_of_day_near(self._clock.wall(), hour, minute, self.zone))

    def start_countdown(self) -> StartCountdown | None:
        """The room's countdown to the planned start: only while READY with a planned start."""
        if self.state is not RunState.READY or self.planned_start is None:
            return None
        now = self._clock.wall()
        return StartCountdown(self.planned_start, now, (self.planned_start - now).total_seconds(),
                              self.format.title, tuple(self.participants))

    # -- adaptive timing -----------------------------------------------------------------------------
    def _waiting_turn_s(self, st: StepState) -> tuple[float, ...]:
        if st.spec.kind is not StepKind.ROUND:
            return ()
        if st.round is None:
            return tuple(float(st.spec.turn_s) for _ in self._round_names())
        return tuple(float(st.spec.turn_s + t.extra_s) for t in st.round.turns
                     if t.status is TurnStatus.WAITING)

    def outlook(self) -> Outlook:
        """The current step and those to come, with ahead/behind, for ``app/adaptive.py`` to plan."""
        live = self._live(self._now())
        steps: tuple[StepOutlook, ...] = ()
        if self.state in (RunState.RUNNING, RunState.PAUSED):
            steps = tuple(
                StepOutlook(i, st.spec, self._allotted(st), self._elapsed(st, live), i == self._index,
                            self._waiting_turn_s(st))
                for i, st in enumerate(self._steps) if i >= self._index)
        return Outlook(self.state, self._index, self.behind_s(), self.planned_total_s, steps,
                       self.usual_total_s)

    def _plan_refusal(self, changes: Sequence[PlanChange], live: float) -> str | None:
        """Why these changes cannot be applied now, or None."""
        if self.state not in (RunState.RUNNING, RunState.PAUSED):
            return "not running"
        if not changes or len({c.index for c in changes}) != len(changes):
            return "no changes, or one step twice"
        return next((why for c in changes if (why := self._change_refusal(c, live))), None)

    def _change_refusal(self, c: PlanChange, live: float) -> str | None:
        if not 0 <= c.index < len(self._steps):
            return "no such step"
        st = self._steps[c.index]
        if c.allotted_s is None and c.turn_s is None:
            return "nothing to change"
        if c.allotted_s is not None and (
                st.spec.kind is not StepKind.TIMED or c.index <= self._index
                or self._elapsed(st, live) > 0 or not valid_seconds(c.allotted_s)):
            return "a step that is running, over, or not timed"
        if c.turn_s is not None and (st.spec.kind is not StepKind.ROUND or c.index < self._index
                                     or not valid_seconds(c.turn_s)):
            return "a round that is over, or not a round"
        return None

    def apply_plan(self, changes: Sequence[PlanChange]) -> bool:
        """Give steps to come (and the waiting turns of a round) new times; all or nothing.

        Nothing that has happened changes: elapsed and spoken times stay, a step that is running
        keeps its time, and so does the turn being spoken. Recorded as an ``adapt`` event whose
        detail lists each change (``questions:600->420 round/turn:60->45``).

        ``planned_total_s`` stays the original plan on purpose: ahead/behind keeps comparing the
        projected end with the end the meeting was planned (and announced) to have, so after a
        plan that absorbs the overrun the room reads "On time", and any new overrun shows as
        behind again. Comparing with a re-planned total would hide the overrun for good (the
        shortened plan would always be "on time") and make "behind" mean different things before
        and after. The steps' planned times in the agenda and the record stay the format's too;
        the new times are their allotted times (a timed step's ``extra_s`` is its change).

        Returns False (and changes nothing) before the start, after the end, or when a change
        names a step that is running or over, is not of the right kind, or a negative time.
        """
        now = self._now()
        if self._plan_refusal(changes, self._live(now)) is not None:
            return False
        parts = []
        for c in sorted(changes, key=lambda c: c.index):
            st = self._steps[c.index]
            if c.allotted_s is not None:
                old = self._allotted(st)
                st.extra_s = c.allotted_s - st.spec.duration_s
                parts.append(f"{st.spec.id}:{old:.0f}->{c.allotted_s:.0f}")
            if c.turn_s is not None:
                if st.round is None:
                    st.round = Round(self._round_names())
                waiting = [t for t in st.round.turns if t.status is TurnStatus.WAITING]
                old_turn = sum(st.spec.turn_s + t.extra_s for t in waiting) / max(1, len(waiting))
                for t in waiting:
                    t.extra_s = c.turn_s - st.spec.turn_s
                parts.append(f"{st.spec.id}/turn:{old_turn:.0f}->{c.turn_s:.0f}")
        self._log("adapt", now, detail=" ".join(parts))
        return True
