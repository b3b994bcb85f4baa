"""Wall-clock times across both daylight-saving changes in Europe/Oslo, on a fake clock whose wall
time has a fixed UTC offset (as the system clock's has): the planned end and a typed start time are
read on the wall clock of the meeting's zone; countdowns stay on the monotonic clock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from app.clock import FakeClock, local_zone
from app.engine import Meeting, time_of_day_near
from app.formats import Format, LocalText, StepSpec
from ui.room_header import clock_time

CET, CEST = timezone(timedelta(hours=1), "CET"), timezone(timedelta(hours=2), "CEST")
LONG = Format("long", 1, LocalText.plain("Long"), (StepSpec("a", LocalText.plain("A"), duration_s=135 * 60),))


@pytest.fixture(autouse=True)
def oslo(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Europe/Oslo")


def test_the_computer_s_zone_is_the_named_one_that_agrees_with_the_clock() -> None:
    now = datetime(2026, 10, 24, 23, 0, tzinfo=UTC).astimezone(CEST)
    assert str(local_zone(now)) == "Europe/Oslo"
    assert local_zone(datetime(2026, 10, 24, 23, 0, tzinfo=timezone(timedelta(hours=5)))).utcoffset(
        None) == timedelta(hours=5)  # a clock in another zone keeps its own


def test_autumn_the_planned_end_is_on_the_wall_clock_after_the_change() -> None:
    clock = FakeClock(now=datetime(2026, 10, 25, 1, 0, tzinfo=CEST))  # the last Sunday of October
    m = Meeting(LONG, ["Anna", "Bo"], clock)
    m.start()
    end = m.planned_end()
    assert end is not None and end.astimezone(UTC) == datetime(2026, 10, 25, 1, 15, tzinfo=UTC)
    assert (end.hour, end.minute, end.utcoffset()) == (2, 15, timedelta(hours=1))
    assert clock_time(end) == "02:15" and clock_time(end, clock.wall()) == "02:15"
    clock.advance(135 * 60)  # the countdown is on the monotonic clock: it ends when the end is due
    assert m.view().remaining_s == 0 and clock.wall().astimezone(UTC) == end.astimezone(UTC)


def test_spring_a_start_typed_at_1_50_is_that_time_on_the_wall_clock() -> None:
    clock = FakeClock(now=datetime(2026, 3, 29, 1, 50, tzinfo=CET))  # the last Sunday of March
    m = Meeting(LONG, ["Anna", "Bo"], clock)
    assert m.set_planned_start_at(3, 30)
    assert m.planned_start == datetime(2026, 3, 29, 1, 30, tzinfo=UTC)  # 03:30 summer time
    c = m.view().before_start
    assert c is not None and c.seconds_left == 40 * 60
    assert clock_time(c.starts_at, c.now) == "03:30"


def test_spring_a_time_the_clocks_skip_is_the_moment_after_the_jump() -> None:
    now = datetime(2026, 3, 29, 1, 50, tzinfo=CET)
    when = time_of_day_near(now, 2, 30, local_zone(now))
    assert when == datetime(2026, 3, 29, 1, 30, tzinfo=UTC) and (when.hour, when.minute) == (3, 30)


def test_autumn_a_time_passed_twice_is_the_first_and_tomorrow_is_a_calendar_day() -> None:
    now = datetime(2026, 10, 25, 0, 30, tzinfo=CEST)
    first = time_of_day_near(now, 2, 30, local_zone(now))
    assert first.astimezone(UTC) == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)  # 02:30 summer time, the first
    late = datetime(2026, 10, 24, 23, 0, tzinfo=CEST)
    tomorrow = time_of_day_near(late, 8, 0, local_zone(late))  # 25 wall hours later, still 08:00
    assert (tomorrow.day, tomorrow.hour, tomorrow.utcoffset()) == (25, 8, timedelta(hours=1))
