"""The meeting engine driven by a fake clock: examples for every command, and property-based runs of
random commands and clock jumps with the invariants the issue names."""

from __future__ import annotations

import math

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from app.clock import FakeClock, RoomClock
from app.engine import Meeting, Phase, RunState
from app.formats import Format, LocalText, StepKind, StepSpec
from app.rotation import TurnStatus, next_first_speaker
from app.timefmt import format_countdown

NAMES = ("Anna", "Bo", "Cecilie", "Dorte", "Eva", "Finn", "Gro")


def f1() -> Format:
    return Format("slm", 1, LocalText.plain("SLM"), (
        StepSpec("case", LocalText.plain("Case"), duration_s=300, warning_s=60),
        StepSpec("questions", LocalText.plain("Questions"), duration_s=600, warning_s=60),
        StepSpec("learning", LocalText.plain("Learning"), duration_s=120, warning_s=30),
        StepSpec("round", LocalText.plain("Round"), kind=StepKind.ROUND, duration_s=0, turn_s=60,
                 turn_warning_s=15),
        StepSpec("measures", LocalText.plain("Measures"), duration_s=300, warning_s=60),
    ), target_total_s=1800)


def to_round(m: Meeting) -> None:
    m.start()
    for _ in range(3):
        m.next()


def test_planned_total_with_seven_is_29_minutes() -> None:
    assert Meeting(f1(), NAMES, FakeClock()).planned_total_s == 29 * 60


def test_countdown_warning_overtime_and_text() -> None:
    clock = FakeClock()
    m = Meeting(f1(), NAMES, clock)
    m.start()
    clock.advance(239)
    assert m.view().phase is Phase.NORMAL and format_countdown(m.view().remaining_s or 0) == "01:01"
    clock.advance(2)
    assert m.view().phase is Phase.WARNING
    clock.advance(139)
    v = m.view()
    assert v.phase is Phase.OVERTIME and format_countdown(v.remaining_s or 0) == "+01:20"
    assert v.behind_s == pytest.approx(80)


def test_pause_freezes_the_clock_and_counts_as_behind() -> None:
    clock = FakeClock()
    m = Meeting(f1(), NAMES, clock)
    m.start()
    clock.advance(60)
    m.pause()
    clock.advance(600)
    assert m.view().remaining_s == 240 and m.view().state is RunState.PAUSED
    assert m.view().behind_s == pytest.approx(600)
    m.resume()
    clock.advance(10)
    assert m.view().remaining_s == 230
    assert m.record().pauses[0].duration_s == 600


def test_extend_and_shorten() -> None:
    clock = FakeClock()
    m = Meeting(f1(), NAMES, clock)
    m.start()
    m.extend()
    assert m.view().remaining_s == 360
    m.shorten()
    m.shorten()
    assert m.view().remaining_s == 240


def test_next_past_the_end_and_previous_before_the_start() -> None:
    m = Meeting(f1(), NAMES, FakeClock())
    assert m.previous() is False
    m.start()
    assert m.previous() is False
    for _ in range(30):
        m.next()
    assert m.view().step.id == "measures" and m.next() is False


def test_round_pass_absent_rejoin_latecomer_reorder() -> None:
    clock = FakeClock()
    m = Meeting(f1(), NAMES[:4], clock, first_speaker=1)
    to_round(m)
    r = m.view().round
    assert r is not None and r.speaker is not None and r.speaker.name == "Bo"
    assert r.next is not None and r.next.name == "Cecilie"
    m.pass_turn()
    m.set_absent(3)  # Dorte stepped out
    late = m.add_participant("Eva")
    m.move_in_round(late, 0)
    r = m.view().round
    assert r is not None
    assert [t.name for t in r.turns][0] == "Eva"
    clock.advance(30)
    m.next()  # Cecilie spoke
    m.rejoin(3)
    while not (m.view().round and m.view().round.complete):  # type: ignore[union-attr]
        m.next()
    statuses = {t.participant: t.status for t in m.record().turns}
    assert statuses == {"Bo": TurnStatus.PASSED, "Cecilie": TurnStatus.SPOKEN, "Dorte": TurnStatus.SPOKEN,
                        "Anna": TurnStatus.SPOKEN, "Eva": TurnStatus.SPOKEN}
    assert [e.kind for e in m.events].count("pass") == 1


def test_round_with_nobody_or_one_or_sixty() -> None:
    m = Meeting(f1(), (), FakeClock())
    to_round(m)
    assert m.view().round is not None and m.view().round.complete  # type: ignore[union-attr]
    assert m.next() and m.view().step.id == "measures"
    one = Meeting(f1(), ("Anna",), FakeClock())
    to_round(one)
    one.next()
    assert one.view().round.complete  # type: ignore[union-attr]
    many = Meeting(f1(), tuple(f"P{i}" for i in range(60)), FakeClock())
    assert many.planned_total_s == (5 + 10 + 2 + 60 + 5) * 60


def test_first_speaker_moves_each_meeting() -> None:
    assert next_first_speaker(NAMES, None) == 0
    assert next_first_speaker(NAMES, "Bo") == 2
    assert next_first_speaker(NAMES, "Gro") == 0
    assert next_first_speaker(NAMES, "Someone who left") == 0


def test_an_hour_on_a_fake_clock_has_no_drift() -> None:
    clock = FakeClock()
    long = Format("x", 1, LocalText.plain("X"), (StepSpec("a", LocalText.plain("A"), duration_s=7200),))
    m = Meeting(long, (), clock)
    m.start()
    passed = 0.0
    for i in range(3600):  # uneven steps, viewed at irregular moments, as repaints are
        step = 1.0 + (0.37 if i % 7 == 0 else 0) - (0.37 if i % 7 == 3 else 0)
        clock.advance(step)
        passed += step
        if i % 13 == 0:
            m.view()
    assert passed > 3600
    assert m.view().remaining_s == pytest.approx(7200 - passed, abs=1e-6)


def test_laptop_sleep_shows_in_the_countdown() -> None:
    fake = FakeClock()
    clock = RoomClock(fake)
    m = Meeting(f1(), NAMES, clock)
    m.start()
    fake.advance(10)
    fake.sleep(300)  # the lid was closed for five minutes; the room went on
    v = m.view()
    assert v.remaining_s == pytest.approx(-10) and v.phase is Phase.OVERTIME
    assert [round(g.seconds) for g in clock.gaps] == [300]
    fake.now -= __import__("datetime").timedelta(hours=1)  # the wall clock set back: ignored
    fake.advance(1)
    assert m.view().remaining_s == pytest.approx(-11)


class MeetingMachine(RuleBasedStateMachine):
    """Random commands and clock jumps; the invariants hold after every step."""

    def __init__(self) -> None:
        super().__init__()
        self.clock = FakeClock()
        self.meeting: Meeting | None = None

    @rule(names=st.lists(st.text(max_size=40), max_size=12), first=st.integers(0, 20))
    @precondition(lambda self: self.meeting is None)
    def create(self, names: list[str], first: int) -> None:
        self.meeting = Meeting(f1(), names, self.clock, first_speaker=first)

    @rule(seconds=st.floats(0, 600, allow_nan=False))
    @precondition(lambda self: self.meeting is not None)
    def time_passes(self, seconds: float) -> None:
        m = self.meeting
        assert m is not None
        before = m.view()
        self.clock.advance(seconds)
        after = m.view()
        if before.remaining_s is None or after.remaining_s is None:
            return
        if m.state is RunState.RUNNING:
            assert after.remaining_s == pytest.approx(before.remaining_s - seconds, abs=1e-6)
        else:
            assert after.remaining_s == before.remaining_s

    @rule(command=st.sampled_from(["start", "toggle", "pause", "resume", "next", "previous",
                                   "extend", "shorten", "finish"]))
    @precondition(lambda self: self.meeting is not None)
    def command(self, command: str) -> None:
        getattr(self.meeting, command)()

    @rule()
    @precondition(lambda self: self.meeting is not None)
    def pass_turn(self) -> None:
        m = self.meeting
        assert m is not None
        m.pass_turn()

    @rule(pick=st.integers(0, 30), absent=st.booleans())
    @precondition(lambda self: self.meeting is not None)
    def absence(self, pick: int, absent: bool) -> None:
        m = self.meeting
        assert m is not None
        rnd = m.upcoming_round()
        if rnd is None or not rnd.turns:
            return
        pid = rnd.turns[pick % len(rnd.turns)].id
        m.set_absent(pid) if absent else m.rejoin(pid)

    @rule(name=st.text(max_size=500))
    @precondition(lambda self: self.meeting is not None)
    def latecomer(self, name: str) -> None:
        assert self.meeting is not None
        self.meeting.add_participant(name)

    @invariant()
    def consistent(self) -> None:
        m = self.meeting
        if m is None:
            return
        v = m.view()
        assert math.isfinite(v.behind_s)
        if v.remaining_s is not None and v.state is not RunState.FINISHED:
            expected = Phase.OVERTIME if v.remaining_s <= 0 else None
            if expected:
                assert v.phase is expected
        if v.round is not None:
            assert sum(t.status is TurnStatus.SPEAKING for t in v.round.turns) <= 1
        if m.state is not RunState.READY:
            total = sum(s.actual_s for s in m.record().steps) + m.total_paused_s()
            assert total == pytest.approx(m.meeting_elapsed_s(), abs=1e-6)

    @invariant()
    def passes_are_kept(self) -> None:
        """A pass stays a pass, unless "back" gave that same person the word again afterwards."""
        m = self.meeting
        if m is None:
            return
        # (an engine unit test: the round's record, past turns included, is not in the view)
        rnd = next((st.round for st in m._steps if st.round is not None), None)
        if rnd is None:
            return
        for i, e in enumerate(m.events):
            if e.kind != "pass" or e.turn is None:
                continue
            undone = any(later.kind == "back" and later.turn == e.turn for later in m.events[i + 1:])
            if not undone:
                assert rnd.by_id(e.turn).status is TurnStatus.PASSED


MeetingMachine.TestCase.settings = settings(max_examples=60, stateful_step_count=40, deadline=None,
                                            suppress_health_check=[HealthCheck.too_slow])
TestMeetingMachine = MeetingMachine.TestCase
