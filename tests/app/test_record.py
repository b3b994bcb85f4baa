"""A meeting's course (app/record.py): read from a real meeting's events, kept as tolerant JSON."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from app.clock import FakeClock
from app.engine import Meeting, PlanChange
from app.formats import load_format
from app.paths import builtin_formats_dir
from app.record import (
    Course,
    PlanNote,
    course_from_json,
    course_from_record,
    course_to_json,
    learning_questions,
    plan_notes,
)
from app.since_last import with_since_last
from tests.app.test_meeting_engine import NAMES, f1


def _meeting() -> tuple[Meeting, FakeClock]:
    clock = FakeClock()
    m = Meeting(f1(), NAMES[:3], clock)
    m.start()
    clock.advance(30)
    m.extend(1)  # case: +60
    m.extend(1)  # +60
    m.extend(-1)  # −60: +60 in all
    m.add_participant("Dorte")
    m.next()  # questions
    m.extend(1)
    m.extend(-1)  # questions: 0 in all, left out
    assert m.apply_plan([PlanChange(2, allotted_s=60), PlanChange(3, turn_s=45)])
    m.next()  # learning
    m.next()  # round: Anna speaks
    m.extend(-1)  # a turn's minute less counts for its step
    m.add_participant("Eva")
    m.finish()
    return m, clock


def test_the_course_is_read_from_a_real_meetings_events() -> None:
    m, _ = _meeting()
    start = Course("da", ("Hvad skete der?",))
    course = course_from_record(m.record(), start)
    assert course.lang == "da" and course.questions == ("Hvad skete der?",)
    assert course.late == ("Dorte", "Eva")
    assert course.added_s == (("case", 60.0), ("round", -60.0))
    assert course.plan_changes == (PlanNote("learning", False, 120.0, 60.0),
                                   PlanNote("round", True, 60.0, 45.0))


def test_course_round_trips_through_json() -> None:
    m, _ = _meeting()
    course = course_from_record(m.record(), Course("en", ("Why?", "What then?")))
    text = json.dumps(course_to_json(course))
    assert course_from_json(json.loads(text)) == course


def test_plan_details_that_do_not_read_are_left_out() -> None:
    assert plan_notes("questions:600->420 round/turn:60->45") == (
        PlanNote("questions", False, 600.0, 420.0), PlanNote("round", True, 60.0, 45.0))
    assert plan_notes("step:with:colons:10->5") == (PlanNote("step:with:colons", False, 10.0, 5.0),)
    assert plan_notes("") == ()
    assert plan_notes("nonsense questions:abc->1 :1->2 q:1->nan q:1e999->2 ok:1->2") == (
        PlanNote("ok", False, 1.0, 2.0),)


def test_events_that_do_not_read_are_left_out() -> None:
    from dataclasses import replace

    m, _ = _meeting()
    record = m.record()
    odd = tuple(replace(e, detail="a lot") if e.kind == "extend" else
                replace(e, step=99) if e.kind == "step" else e for e in record.events)
    bad = replace(record, events=(*odd, replace(record.events[0], kind="join", detail="")))
    course = course_from_record(bad, Course())
    assert course.added_s == () and course.late == ("Dorte", "Eva")


def test_malformed_json_is_dropped_piece_by_piece() -> None:
    raw = {"lang": 7, "questions": ["Q1", 2, None, "Q2"], "late": "Eva",
           "added_s": [["case", 60], ["x"], [1, 2], ["round", True], ["q", 0], ["m", "60"], ["n", -30.5]],
           "plan_changes": [{"step_id": "q", "turn": False, "old_s": 600, "new_s": 420},
                            {"step_id": "r", "turn": "yes", "old_s": 1, "new_s": 2},
                            {"step_id": "r", "turn": True, "old_s": 1}, "x", None]}
    assert course_from_json(raw) == Course("", ("Q1", "Q2"), (), (("case", 60.0), ("n", -30.5)),
                                           (PlanNote("q", False, 600.0, 420.0),))
    for nothing in (None, [], "course", 3, {"added_s": {"case": 60}}):
        assert course_from_json(nothing) == Course()


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
        st.sampled_from(["lang", "questions", "late", "added_s", "plan_changes", "step_id", "turn",
                         "old_s", "new_s", "x"]) | st.text(max_size=4), inner, max_size=6),
    max_leaves=25)


@settings(max_examples=300, deadline=None)
@given(JSON)
def test_course_from_json_never_raises(value: object) -> None:
    course = course_from_json(value)
    assert isinstance(course, Course)
    assert course_from_json(course_to_json(course)) == course  # and what it gives is kept as is


def test_learning_questions_follow_the_capture_panels_ticks() -> None:
    fmt = load_format(builtin_formats_dir() / "systematic-learning-meeting.json")
    asked = learning_questions(fmt, "da")
    assert asked and all(isinstance(q, str) and q for q in asked)
    assert asked == tuple(q.get("da") for s in fmt.steps for q in s.questions)
    # the since-last-time step's questions are prompts, not learning questions: the numbering stays
    assert learning_questions(with_since_last(fmt, True), "da") == asked
    assert learning_questions(fmt, "en") != asked
