"""The part of a turn in progress (app/turn_parts.py) and the format field it reads (turn_parts)."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.formats import FormatError, format_to_json, load_format, parse_format
from app.paths import builtin_formats_dir
from app.turn_parts import part_now

PARTS = st.lists(st.integers(1, 600), min_size=1, max_size=12)


def test_the_mini_circle_turn_is_three_minutes_then_two_times_two_then_one() -> None:
    fmt = load_format(builtin_formats_dir() / "mini-circle.json")
    step = next(s for s in fmt.steps if s.id == "feed-forward")
    assert [p.seconds for p in step.turn_parts] == [180, 120, 120, 60]
    assert sum(p.seconds for p in step.turn_parts) == step.turn_s
    secs = [p.seconds for p in step.turn_parts]
    assert part_now(secs, 480, 0) is not None and part_now(secs, 480, 0).index == 0  # type: ignore[union-attr]
    now = part_now(secs, 480, 180 + 120 + 40)  # 40 s into the second person's suggestions
    assert now is not None and (now.index, now.count, now.left_s) == (2, 4, 80)
    assert parse_format(format_to_json(fmt)) == fmt  # written and read back unchanged


@given(PARTS, st.floats(1, 7200), st.floats(-10, 10000))
def test_the_part_is_one_of_them_and_its_time_left_fits_in_it(parts: list[int], allotted: float,
                                                             elapsed: float) -> None:
    now = part_now(parts, allotted, elapsed)
    assert now is not None and now.count == len(parts) and 0 <= now.index < len(parts)
    scaled = parts[now.index] * allotted / sum(parts)
    assert 0 <= now.left_s <= scaled + 1e-6
    if elapsed >= allotted:
        assert now.index == len(parts) - 1 and now.left_s == 0


@given(PARTS, st.floats(1, 7200), st.floats(0, 7200), st.floats(0, 7200))
def test_the_parts_follow_each_other_as_the_turn_goes(parts: list[int], allotted: float, a: float,
                                                     b: float) -> None:
    early, late = sorted((a, b))
    x, y = part_now(parts, allotted, early), part_now(parts, allotted, late)
    assert x is not None and y is not None and x.index <= y.index
    if x.index == y.index:
        assert y.left_s == pytest.approx(x.left_s - (late - early), abs=1e-6) or y.left_s == 0


def test_no_parts_no_time_nothing() -> None:
    assert part_now([], 480, 10) is None and part_now([60], 0, 10) is None


def _with_parts(parts: object, kind: str = "round", turn_s: int = 480) -> dict[str, object]:
    step: dict[str, object] = {"id": "r", "title": "Round", "kind": kind, "turn_s": turn_s,
                               "turn_parts": parts}
    if kind == "timed":
        step["duration_s"] = 60
    return {"schema": 1, "id": "x", "version": 1, "title": "X", "steps": [step]}


@pytest.mark.parametrize(("parts", "kind", "says"), [
    ([{"title": "A", "duration_s": 480}], "timed", "only a round's turns have parts"),
    ("3 min", "round", "must be a list"),
    ([{"title": "A"}], "round", "needs a title and duration_s"),
    ([{"title": "A", "duration_s": 480, "colour": "red"}], "round", "colour"),
])
def test_a_wrong_turn_part_is_named(parts: object, kind: str, says: str) -> None:
    with pytest.raises(FormatError) as err:
        parse_format(_with_parts(parts, kind))
    assert "turn_parts" in str(err.value) and says in str(err.value)


@given(st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=5),
                    lambda c: st.lists(c, max_size=3) | st.dictionaries(st.text(max_size=8), c, max_size=3),
                    max_leaves=8))
def test_any_turn_parts_value_is_read_or_refused_with_a_format_error(raw: object) -> None:
    try:
        fmt = parse_format(json.loads(json.dumps(_with_parts(raw))))
    except FormatError:
        return
    assert all(1 <= p.seconds <= 3600 for p in fmt.steps[0].turn_parts)


def test_a_turn_changed_in_the_editor_keeps_its_parts_scaled() -> None:
    fmt = parse_format(_with_parts([{"title": "A", "duration_s": 300}, {"title": "B", "duration_s": 180}],
                                   turn_s=240))
    step = fmt.steps[0]
    assert parse_format(format_to_json(fmt)) == fmt
    now = part_now([p.seconds for p in step.turn_parts], step.turn_s, 150)
    assert now is not None and (now.index, now.left_s) == (1, 90)
