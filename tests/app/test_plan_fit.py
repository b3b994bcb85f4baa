"""A plan longer than its usual length (app/plan_fit.py): the fixes offered, their new totals and what
the engine then plans; and the facilitator a format can require (app/setup.py)."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from app.clock import FakeClock
from app.formats import Format, LocalText, StepKind, StepSpec, load_format
from app.paths import builtin_formats_dir
from app.plan_fit import (
    STEP_FLOOR_S,
    TURN_FLOOR_S,
    FixKind,
    apply_fix,
    fixes,
    over_by_s,
    spare_s,
    with_times,
)
from app.setup import MeetingSetup, SetupBlock, SetupNote
from app.since_last import SINCE_LAST_STEP, with_since_last

NINE = tuple(f"Person {i}" for i in range(1, 10))


def slm() -> Format:
    return load_format(builtin_formats_dir() / "systematic-learning-meeting.json")


def kinds_and_totals(setup: MeetingSetup) -> dict[FixKind, int]:
    return {f.kind: f.new_total_s for f in fixes(setup)}


def test_nine_people_plan_31_of_30_and_three_fixes_bring_it_back() -> None:
    s = MeetingSetup(slm(), NINE, facilitator=0, presenters=(1,))
    assert s.planned_total_s() == 31 * 60 and over_by_s(s) == 60
    assert kinds_and_totals(s) == {FixKind.PRESENTER_OUT_OF_ROUND: 30 * 60,
                                   FixKind.SHORTER_PRESENTER_STEP: 30 * 60,
                                   FixKind.SHORTER_TURNS: 29 * 60 + 30}
    turns = next(f for f in fixes(s) if f.kind is FixKind.SHORTER_TURNS)
    assert (turns.step_id, turns.old_s, turns.new_s) == ("round", 60, 50)
    step = next(f for f in fixes(s) if f.kind is FixKind.SHORTER_PRESENTER_STEP)
    assert (step.step_id, step.old_s, step.new_s) == ("presenter-learning", 120, 60)  # the source's "1-2 min"


def test_a_second_meeting_with_since_last_time_plans_32_and_can_leave_it_out() -> None:
    s = MeetingSetup(with_since_last(slm(), True), NINE[:7], facilitator=0, presenters=(1,))
    assert s.planned_total_s() == 32 * 60
    assert kinds_and_totals(s) == {FixKind.PRESENTER_OUT_OF_ROUND: 31 * 60,
                                   FixKind.SHORTER_PRESENTER_STEP: 31 * 60,
                                   FixKind.SHORTER_TURNS: 32 * 60 - 7 * 20,  # 40 s: the floor
                                   FixKind.NO_SINCE_LAST: 29 * 60}


def test_a_plan_that_fits_offers_nothing_and_a_full_one_has_no_spare_minute() -> None:
    eight = MeetingSetup(slm(), NINE[:8], facilitator=0, presenters=(1,))
    assert fixes(eight) == () and spare_s(eight) == 0 and SetupNote.OVER_TARGET not in eight.notes()
    seven = MeetingSetup(slm(), NINE[:7], facilitator=0)
    assert fixes(seven) == () and spare_s(seven) == 60
    assert spare_s(MeetingSetup(replace(slm(), target_total_s=None), NINE)) is None


def test_a_presenter_who_takes_no_turn_anyway_is_not_offered() -> None:
    s = MeetingSetup(slm(), NINE, facilitator=0, presenters=(0,), facilitator_in_round=False)
    assert FixKind.PRESENTER_OUT_OF_ROUND not in kinds_and_totals(s)
    alone = MeetingSetup(replace(slm(), target_total_s=600), ("Anna",), facilitator=0, presenters=(0,))
    assert FixKind.PRESENTER_OUT_OF_ROUND not in kinds_and_totals(alone)  # the round would be empty


def test_a_required_facilitator_blocks_the_start_until_one_is_chosen() -> None:
    s = MeetingSetup(slm(), NINE)
    assert s.blocks() == [SetupBlock.FACILITATOR_REQUIRED]
    assert SetupNote.NO_FACILITATOR not in s.notes()  # said once, as the block
    assert replace(s, facilitator=3).blocks() == []
    other = replace(slm(), requires_facilitator=False)
    assert MeetingSetup(other, NINE).blocks() == []
    assert SetupNote.NO_FACILITATOR in MeetingSetup(other, NINE).notes()


def test_times_for_one_meeting_keep_warnings_inside_their_step() -> None:
    fmt = with_times(slm(), durations={"presenter-learning": 20, "nope": 5, "case": 0}, turns={"round": 10})
    assert fmt.step("presenter-learning").duration_s == 20 and fmt.step("presenter-learning").warning_s <= 20
    assert fmt.step("round").turn_s == 10 and fmt.step("round").turn_warning_s <= 10
    assert fmt.step("case") == slm().step("case")
    assert with_times(slm()) is not None and with_times(slm()).steps == slm().steps


# -- property-based: any format, any group ------------------------------------------------------------

@st.composite
def setups(draw: st.DrawFn) -> MeetingSetup:
    steps: list[StepSpec] = []
    if draw(st.booleans()):
        steps.append(SINCE_LAST_STEP)
    for i in range(draw(st.integers(1, 5))):
        kind = draw(st.sampled_from([StepKind.TIMED, StepKind.TIMED, StepKind.ROUND, StepKind.OPEN]))
        capture = ("presenter_learning",) if kind is StepKind.TIMED and draw(st.booleans()) else ()
        steps.append(StepSpec(
            f"s{i}", LocalText.plain(f"S{i}"), kind=kind,
            duration_s=0 if kind is StepKind.ROUND else draw(st.integers(1, 1200)),
            warning_s=draw(st.integers(0, 120)), turn_s=draw(st.integers(1, 180)),
            turn_warning_s=draw(st.integers(0, 60)), capture=capture))
    fmt = Format("f", 1, LocalText.plain("F"), tuple(steps),
                 target_total_s=draw(st.none() | st.integers(60, 4000)))
    n = draw(st.integers(0, 14))
    names = tuple(f"P{i}" for i in range(n))
    presenters = tuple(draw(st.lists(st.integers(0, n - 1), max_size=3, unique=True))) if n else ()
    facilitator = draw(st.none() | st.integers(0, n - 1)) if n else None
    return MeetingSetup(fmt, names, facilitator=facilitator, presenters=presenters,
                        facilitator_in_round=draw(st.booleans()), presenter_in_round=draw(st.booleans()),
                        first_speaker=draw(st.integers(0, max(0, n - 1))))


def _positive_steps(before: MeetingSetup, after: MeetingSetup) -> None:
    for s in after.format.steps:
        if s.kind is StepKind.TIMED:
            assert s.duration_s > 0 and s.warning_s <= s.duration_s or s in before.format.steps
        if s.kind is StepKind.ROUND:
            assert s.turn_s > 0 and (s.turn_warning_s <= s.turn_s or s in before.format.steps)
    has_round = any(s.kind is StepKind.ROUND for s in before.format.steps)
    if has_round and before.round_turns() > 0:
        assert after.round_turns() > 0  # a round that had turns keeps some


@settings(max_examples=300, deadline=None)
@given(setups())
def test_each_fix_gives_the_total_the_engine_then_plans(setup: MeetingSetup) -> None:
    total = setup.planned_total_s()
    offered = fixes(setup)
    if over_by_s(setup) == 0:
        assert offered == ()
        return
    assert len({f.kind for f in offered}) == len(offered)
    for fix in offered:
        after = apply_fix(setup, fix)
        assert fix.new_total_s < total  # it changes the total, and only ever shortens it
        assert after.create(FakeClock()).planned_total_s == fix.new_total_s == after.planned_total_s()
        _positive_steps(setup, after)
        if fix.kind is FixKind.SHORTER_TURNS:
            assert fix.new_s >= TURN_FLOOR_S
        if fix.kind is FixKind.SHORTER_PRESENTER_STEP:
            assert STEP_FLOOR_S <= fix.new_s < fix.old_s


@settings(max_examples=300, deadline=None)
@given(setups())
def test_the_fixes_offered_are_exactly_those_that_change_the_total(setup: MeetingSetup) -> None:
    """Each fix not offered is checked the plain way: done by hand, it would not shorten the plan
    (or would need a step below its floor, or a round with nobody in it)."""
    if over_by_s(setup) == 0:
        return
    total = setup.planned_total_s()
    offered = {f.kind for f in fixes(setup)}
    out = replace(setup, presenter_in_round=False)
    has_round = any(s.kind is StepKind.ROUND for s in setup.format.steps)
    can_out = out.planned_total_s() < total and not (has_round and out.round_turns() == 0)
    assert (FixKind.PRESENTER_OUT_OF_ROUND in offered) == can_out
    no_since = replace(setup, format=with_since_last(setup.format, False))
    assert (FixKind.NO_SINCE_LAST in offered) == (no_since.planned_total_s() < total)
    floor_turns = replace(setup, format=with_times(setup.format, turns={
        s.id: TURN_FLOOR_S for s in setup.format.steps
        if s.kind is StepKind.ROUND and s.turn_s > TURN_FLOOR_S}))
    assert (FixKind.SHORTER_TURNS in offered) == (floor_turns.planned_total_s() < total)
    presenter = next((s for s in setup.format.steps
                      if s.kind is StepKind.TIMED and "presenter_learning" in s.capture), None)
    can_step = presenter is not None and presenter.duration_s > STEP_FLOOR_S
    assert (FixKind.SHORTER_PRESENTER_STEP in offered) == can_step


def test_times_set_for_one_meeting_survive_a_crash() -> None:
    from app.recovery import meeting_from_state, meeting_to_state

    s = MeetingSetup(slm(), NINE, facilitator=0, presenters=(1,))
    for fix in fixes(s):
        if fix.kind in (FixKind.SHORTER_TURNS, FixKind.SHORTER_PRESENTER_STEP):
            s = apply_fix(s, fix)
    clock = FakeClock()
    m = s.create(clock)
    m.start()
    state = meeting_to_state(m)
    back, _gap = meeting_from_state(slm(), state, clock)  # the library's format, as after a crash
    assert back.format.step("round").turn_s == 50 and back.format.step("presenter-learning").duration_s == 60
    assert back.planned_total_s == m.planned_total_s
    state["times"] = {"round": [0, -5], "case": ["x", 1], "nope": [1, 1], "questions": [True, 2]}
    assert meeting_from_state(slm(), state, clock)[0].format.steps == slm().steps  # nonsense is ignored


_LEAF = st.none() | st.booleans() | st.integers(-10**6, 10**9) | st.floats() | st.text(max_size=8)
_ANY = st.recursive(_LEAF,
                    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(
                        st.sampled_from(["round", "case", "presenter-learning", "x"]), inner, max_size=4),
                    max_leaves=12)


@settings(max_examples=200, deadline=None)
@given(_ANY)
def test_any_saved_times_in_a_rescue_file_give_a_meeting_with_positive_times(times: object) -> None:
    from app.recovery import meeting_from_state, meeting_to_state

    clock = FakeClock()
    m = MeetingSetup(slm(), NINE, facilitator=0).create(clock)
    m.start()
    state = meeting_to_state(m)
    state["times"] = times
    back, _gap = meeting_from_state(slm(), state, clock)
    for s in back.format.steps:
        assert s.turn_s > 0 and (s.duration_s > 0 or s.kind is not StepKind.TIMED)
        assert s.warning_s <= max(s.duration_s, slm().step(s.id).warning_s)
