"""The next meeting starts from the last: the "since last time" step in the plan, the total and
ahead/behind that include it, skipping it, crash recovery, and whether a team has met (a real SQLite
store in a temp folder)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.clock import FakeClock
from app.engine import Meeting, RunState
from app.formats import LANGS, Format, format_to_json, load_format, parse_format
from app.paths import AppPaths, builtin_formats_dir
from app.recovery import meeting_from_state, meeting_to_state
from app.setup import MeetingSetup, SetupNote
from app.since_last import (
    DURATION_S,
    SINCE_LAST_STEP,
    STEP_ID,
    has_own_step,
    plan_from_step_ids,
    team_has_met,
    with_since_last,
)
from app.storage.store import Store

NAMES = ("Anna", "Bo", "Cecilie", "Dorte", "Eva")


def _builtin(format_id: str) -> Format:
    return load_format(builtin_formats_dir() / f"{format_id}.json")


@pytest.fixture
def slm() -> Format:
    return _builtin("systematic-learning-meeting")


def test_the_step_is_short_timed_and_in_five_languages() -> None:
    step = SINCE_LAST_STEP
    assert step.kind.value == "timed" and step.duration_s == DURATION_S == 180
    assert 0 < step.warning_s < step.duration_s
    assert step.questions[0].get("en") == "What did you try since last time?"
    assert step.capture == ("tried_since",)
    for text in (step.title, step.instruction, *step.questions):
        assert text is not None
        assert set(text.texts) == set(LANGS), text
        assert all(v.strip() for v in text.texts.values())
    assert step.title.get("da") == "Siden sidst" and step.title.get("nb") == "Siden sist"  # as F3's step
    # it passes the format validator like any built-in step
    fmt = with_since_last(_builtin("systematic-learning-meeting"), True)
    assert parse_format(format_to_json(fmt)).steps[0] == SINCE_LAST_STEP


def test_a_following_meeting_starts_with_it_and_the_total_grows(slm: Format) -> None:
    plan = with_since_last(slm, True)
    assert [s.id for s in plan.steps] == [STEP_ID] + [s.id for s in slm.steps]
    assert (plan.id, plan.title, plan.version, plan.target_total_s) == (
        slm.id, slm.title, slm.version, slm.target_total_s)
    for turns in (0, 5, 7):
        assert plan.planned_total_s(turns) == slm.planned_total_s(turns) + 180
    assert with_since_last(slm, False) == slm  # left out: the format as it is


def test_a_format_with_its_own_step_gets_no_second_one() -> None:
    for fid in ("learning-circle", "challenge-circle", "mini-circle"):
        fmt = _builtin(fid)
        assert has_own_step(fmt)
        assert with_since_last(fmt, True) == fmt
        without = with_since_last(fmt, False)  # a first meeting, or left out: its own step goes too
        assert len(without.steps) == len(fmt.steps) - 1
        assert not has_own_step(without)
    for fid in ("systematic-learning-meeting", "after-action-review", "digital-learning-circle", "open"):
        assert not has_own_step(_builtin(fid))


def test_setup_notes_and_total_follow_the_plan(slm: Format) -> None:
    names = NAMES + ("Finn", "Gro", "Hans")  # 8 turns: 30 min, exactly the usual length
    plain = MeetingSetup(slm, names, facilitator=0)
    assert plain.planned_total_s() == 30 * 60 and SetupNote.OVER_TARGET not in plain.notes()
    setup = MeetingSetup(with_since_last(slm, True), names, facilitator=0)
    assert setup.planned_total_s() == 33 * 60
    assert SetupNote.OVER_TARGET in setup.notes()  # the facilitator is told before the start


def test_the_engine_counts_it_and_it_can_be_skipped(slm: Format) -> None:
    clock = FakeClock()
    m = MeetingSetup(with_since_last(slm, True), NAMES, facilitator=0).create(clock)
    assert m.planned_total_s == slm.planned_total_s(5) + 180
    m.start()
    v = m.view()
    assert v.step.id == STEP_ID and v.step_index == 0 and v.remaining_s == 180
    assert v.step.questions and v.agenda[0].planned_s == 180
    clock.advance(60)
    assert m.next()  # skipped after a minute, like any step
    v = m.view()
    assert v.step.id == "case"
    assert v.behind_s == pytest.approx(-120)  # two minutes ahead
    assert m.view().planned_total_s == slm.planned_total_s(5) + 180


def test_overrunning_it_makes_the_meeting_behind(slm: Format) -> None:
    clock = FakeClock()
    m = Meeting(with_since_last(slm, True), NAMES, clock)
    m.start()
    clock.advance(180)
    assert m.view().behind_s == pytest.approx(0)  # on time at its end: it is in the plan
    clock.advance(90)
    assert m.view().behind_s == pytest.approx(90)
    m.next()
    rec = m.record()
    assert rec.steps[0].step_id == STEP_ID and rec.steps[0].planned_s == 180
    assert rec.steps[0].actual_s == pytest.approx(270)


def test_crash_recovery_brings_the_same_plan_back(slm: Format) -> None:
    clock = FakeClock()
    m = Meeting(with_since_last(slm, True), NAMES, clock)
    m.start()
    clock.advance(200)
    m.next()
    state = meeting_to_state(m)
    back, _gap = meeting_from_state(slm, state, clock)  # the library's format, as at resume
    assert [s.id for s in back.format.steps] == [STEP_ID] + [s.id for s in slm.steps]
    assert back.view().step.id == "case" and back.state is RunState.PAUSED
    assert back.planned_total_s == m.planned_total_s
    # a meeting without the step, and a state from before step ids were kept, stay as they were
    plain = Meeting(slm, NAMES, clock)
    assert meeting_from_state(slm, meeting_to_state(plain), clock)[0].format == slm
    old = dict(meeting_to_state(plain))
    del old["step_ids"]
    assert meeting_from_state(slm, old, clock)[0].format == slm


def test_a_learning_circle_left_out_comes_back_without_its_step() -> None:
    fmt = _builtin("learning-circle")
    clock = FakeClock()
    m = Meeting(with_since_last(fmt, False), NAMES, clock)
    back, _ = meeting_from_state(fmt, meeting_to_state(m), clock)
    assert [s.id for s in back.format.steps] == [s.id for s in fmt.steps[1:]]


def test_step_ids_that_do_not_fit_give_the_format(slm: Format) -> None:
    assert plan_from_step_ids(slm, ["case", "nope"]) == slm
    assert plan_from_step_ids(slm, []) == slm
    assert plan_from_step_ids(slm, ["case", "case"]) == slm
    assert plan_from_step_ids(slm, None) == slm


class _Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store.open(AppPaths.create(tmp_path / "d"), _Clock(), lock=False)
    yield s
    s.close()


def test_a_team_has_met_once_it_has_a_stored_meeting(store: Store) -> None:
    assert not team_has_met(None, "Afsnit 3")
    assert not team_has_met(store, "")
    assert not team_has_met(store, "Afsnit 3")  # no such team yet
    team = store.save_team("Afsnit 3", ["Anna", "Bo"])
    assert not team_has_met(store, "Afsnit 3")  # a team with people but no meeting: a first meeting
    store.start_meeting(team_id=team.id, format_id="systematic-learning-meeting", format_title="x",
                        participants=["Anna", "Bo"], facilitator="Anna", first_speaker="Bo")
    assert team_has_met(store, "Afsnit 3")
    assert team_has_met(store, "  Afsnit   3 ")  # as the start screen writes the name
    assert not team_has_met(store, "Afsnit 4")


def test_storage_that_cannot_be_read_is_a_first_meeting() -> None:
    class Broken:
        def team_id(self, name: str) -> int | None:
            raise RuntimeError("database is locked")

        def meetings(self, team_id: int | None = None, limit: int = 200) -> list[object]:
            return []

    assert not team_has_met(Broken(), "Afsnit 3")
