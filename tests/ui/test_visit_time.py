"""The learning visit keeps time like its format (resources/formats/learning-visit.json): the check-in and
the three learning points are timed and can be changed like the reflections; "Half day" and "Whole day"
set the end from the start; the day view speaks in hours and minutes in the visit's time zone, never in
thousands of hours; a visit opened and closed with nothing typed is not kept; the window fits a laptop
at 125 %. Clicked and typed as a user does, with a FakeClock."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt, QTime
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QScrollArea
from pytestqt.qtbot import QtBot

from app.clock import FakeClock
from app.formats import Format
from app.paths import AppPaths
from app.storage.format_library import available_formats
from app.storage.store import Store
from app.storage.visits import create_visit, list_visits, load_visit
from app.visit import NEAR_THE_DAY, VisitData, day_end, day_progress
from tests.ui.screen_checks import clipped
from ui.application import RundeApp
from ui.cli import parse
from ui.visit_window import VisitWindow, new_visit_data

CPH = ZoneInfo("Europe/Copenhagen")


def click(button: QAbstractButton) -> None:
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths.create(tmp_path / "d")


@pytest.fixture
def fmt(paths: AppPaths) -> Format:
    return available_formats(paths)[0]["learning-visit"]


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(now=datetime(2026, 9, 7, 7, 50, tzinfo=CPH))  # a Monday, ten to eight


@pytest.fixture
def store(paths: AppPaths, clock: FakeClock) -> Iterator[Store]:
    s = Store.open(paths, clock.wall)
    yield s
    s.close()


def _window(qtbot: QtBot, store: Store, fmt: Format, clock: FakeClock, data: VisitData | None = None,
            size: tuple[int, int] = (1366, 768)) -> VisitWindow:
    vid = create_visit(store, data or new_visit_data("Anna", "Bo", clock.now.date()))
    w = VisitWindow(store, vid, fmt, clock, "en")
    qtbot.addWidget(w)
    w.setMaximumSize(*size)  # the screen's free area: the window grows to its content only up to it
    w.resize(*size)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_the_check_in_is_timed_as_the_format_says_and_can_be_changed(
        qtbot: QtBot, store: Store, fmt: Format, clock: FakeClock) -> None:
    w = _window(qtbot, store, fmt, clock)
    t = w.checkin_timer
    assert w.tabs.currentIndex() == 0 and t.isVisible()
    assert t.step_label.text() == "Check-in" and t.step_clock.text() == "15:00"
    click(t.more_button)
    click(t.more_button)
    click(t.less_button)  # before the start: its planned time
    assert t.step_clock.text() == "16:00"
    click(t.step_button)
    assert t.step_button.text() == "Pause" and w.checkin.view().state.value == "running"
    clock.advance(60)
    qtbot.waitUntil(lambda: t.step_clock.text() == "15:00", timeout=2500)  # the window's own tick
    click(t.more_button)  # running: a minute more
    assert t.step_clock.text() == "16:00"
    clock.advance(17 * 60)
    qtbot.waitUntil(lambda: t.step_clock.text().startswith("+"), timeout=2500)  # over: counts on


def test_the_learning_meeting_times_both_reflections_and_the_three_points(
        qtbot: QtBot, store: Store, fmt: Format, clock: FakeClock) -> None:
    w = _window(qtbot, store, fmt, clock)
    w.tabs.setCurrentIndex(2)
    assert w.step_label.text() == "Reflections from the learning agent" and w.step_clock.text() == "15:00"
    assert "see and hear" in w.prompts.text()
    click(w.step_button)
    clock.advance(14 * 60)
    click(w.next_step_button)
    assert w.step_label.text() == "Reflections from the colleague" and w.step_clock.text() == "15:00"
    assert "learning agent along at work" in w.prompts.text()
    clock.advance(15 * 60)
    click(w.next_step_button)
    assert w.step_label.text() == "Three learning points" and w.step_clock.text() == "10:00"
    assert "three learning points" in w.prompts.text()  # what the format asks, as no questions are set
    assert w.focusWidget() is w.point_edits[0]  # its fields in sight, the cursor in the first
    assert not w.next_step_button.isEnabled()  # the last part
    click(w.more_button)
    assert w.step_clock.text() == "11:00"
    clock.advance(5 * 60)
    qtbot.waitUntil(lambda: w.step_clock.text() == "06:00", timeout=2500)
    for edit, text in zip(w.point_edits, ("Spørg først", "Vent på svar", "Sig hvad du gør"), strict=True):
        QTest.keyClicks(edit, text)
        QTest.keyClick(edit, Qt.Key.Key_Tab)
    click(w.finish_button)
    assert w.step_button.text() == "Done" and not w.step_button.isEnabled() and not w.more_button.isEnabled()
    clock.advance(600)
    qtbot.wait(1300)  # the window's clock ticks every second (at least once in this wait)
    assert w.step_clock.text() == "06:00"  # stopped with the visit


def test_half_day_and_whole_day_set_the_end_from_the_start(qtbot: QtBot, store: Store, fmt: Format,
                                                           clock: FakeClock) -> None:
    w = _window(qtbot, store, fmt, clock)
    assert (w.start.time(), w.end.time()) == (QTime(8, 0), QTime(15, 30))
    w.whole_day.setFocus()
    QTest.keyClick(w.whole_day, Qt.Key.Key_Down)  # "Half day"
    assert w.whole_day.currentText() == "Half day" and w.end.time() == QTime(11, 45)
    w.start.setFocus()
    w.start.setTime(QTime(9, 30))  # a later start: the end keeps the day's length
    assert w.end.time() == QTime(13, 15)
    QTest.keyClick(w.whole_day, Qt.Key.Key_Up)  # "Whole day"
    assert w.end.time() == QTime(17, 0)
    w.close()
    data, _obs = load_visit(store, w.visit_id)
    assert (data.whole_day, data.start, data.end) == (True, time(9, 30), time(17, 0))
    assert day_end(time(22, 0), False) == time(1, 45)  # a half night shift ends after midnight


def test_the_day_view_speaks_in_hours_and_minutes_in_the_visit_s_zone(
        qtbot: QtBot, store: Store, fmt: Format, clock: FakeClock) -> None:
    w = _window(qtbot, store, fmt, clock)

    def shows(window: VisitWindow, text: str) -> None:  # read when the window's own clock (1 s) shows it
        qtbot.waitUntil(lambda: window.day_progress.text() == text, timeout=2500)

    shows(w, "The day starts in 10 min")
    assert w.clock_label.text() == "07:50"  # Copenhagen's wall clock, whatever this computer's zone
    clock.advance(2 * 3600 + 25 * 60)  # 10:15
    shows(w, "2 h 15 min gone · 5 h 15 min left")
    clock.advance(5 * 3600 + 45 * 60)  # 16:00
    shows(w, "The planned day ended 30 min ago")
    clock.advance(234 * 24 * 3600)  # the visit opened again from the history, 234 days later
    shows(w, "The visit was on Monday, 7 September 2026.")
    assert ":" not in w.day_progress.text()
    ahead = _window(qtbot, store, fmt, clock, new_visit_data("Anna", "Bo", date(2027, 6, 1)))
    shows(ahead, "The visit is planned for Tuesday, 1 June 2027.")


@settings(max_examples=300, deadline=None)
@given(st.dates(date(2000, 1, 1), date(2100, 1, 1)), st.times(), st.times(),
       st.datetimes(datetime(1999, 1, 1), datetime(2101, 1, 1)),
       st.sampled_from(["Europe/Copenhagen", "Europe/Helsinki", "Atlantic/Reykjavik", "UTC"]))
def test_the_day_view_never_counts_thousands_of_hours(day: date, start: time, end: time, now: datetime,
                                                      zone_name: str) -> None:
    zone = ZoneInfo(zone_name)
    data = replace(VisitData("A", "B", day), start=start.replace(microsecond=0),
                   end=end.replace(microsecond=0))
    where = day_progress(data, now.replace(tzinfo=zone), zone)
    most = timedelta(days=1) + NEAR_THE_DAY + timedelta(hours=2)  # a day, the margin, a DST hour
    assert where.kind in ("before", "during", "after", "other_day")
    assert timedelta(0) <= where.first <= most and timedelta(0) <= where.second <= most


def test_a_visit_opened_and_closed_with_nothing_typed_is_not_kept(qtbot: QtBot, tmp_path: Path) -> None:
    runde = RundeApp(parse(["--data-dir", str(tmp_path / "d"), "--lang", "en"]))
    assert runde.open_store() and runde.store is not None
    try:
        screen = runde.open_start_screen()
        qtbot.addWidget(screen)
        click(screen.visit_button)
        w = runde.visit_window
        assert isinstance(w, VisitWindow)
        qtbot.addWidget(w)
        assert len(list_visits(runde.store)) == 1  # made when it opened
        w.close()
        assert list_visits(runde.store) == []  # closed untouched: nothing kept, as an unstarted meeting
        click(runde.start_screen.visit_button)  # type: ignore[union-attr]
        w = runde.visit_window
        assert isinstance(w, VisitWindow)
        qtbot.addWidget(w)
        w.agent.setFocus()
        QTest.keyClicks(w.agent, "Anna")
        w.close()
        assert [v.agent for v in list_visits(runde.store)] == ["Anna"]  # typed: kept
        click(runde.start_screen.visit_button)  # type: ignore[union-attr]
        w = runde.visit_window
        assert isinstance(w, VisitWindow)
        qtbot.addWidget(w)
        w.begin_observation()
        QTest.keyClicks(w.obs_edit, "Rolig overlevering")
        QTest.keyClick(w.obs_edit, Qt.Key.Key_Return)
        w.close()
        assert len(list_visits(runde.store)) == 2  # an observation, and nothing else: kept
        click(runde.start_screen.visit_button)  # type: ignore[union-attr]
        assert isinstance(runde.visit_window, VisitWindow)
        qtbot.addWidget(runde.visit_window)
    finally:
        runde.quit()  # quitting with an untouched visit open: it is not kept either
    store = Store.open(AppPaths.create(tmp_path / "d"), lambda: datetime.now(CPH))
    try:
        assert len(list_visits(store)) == 2
    finally:
        store.close()


@pytest.mark.parametrize("size", [(1024, 600), (2560, 1440)])
def test_the_window_fits_a_laptop_with_five_points(qtbot: QtBot, store: Store, fmt: Format, clock: FakeClock,
                                                   size: tuple[int, int]) -> None:
    """1366x768 at 125 % leaves 1024x600 or so: every page scrolls up and down, never sideways, and no
    label or button is cut."""
    w = _window(qtbot, store, fmt, clock, size=size)
    click(w.add_point_button)
    click(w.add_point_button)
    assert len(w.point_edits) == 5
    assert w.minimumSizeHint().height() <= 600 and w.minimumSizeHint().width() <= 1024
    for page in range(w.tabs.count()):
        w.tabs.setCurrentIndex(page)
        QApplication.processEvents()
        assert w.height() <= size[1]
        assert not clipped(w), clipped(w)
    area = w.tabs.currentWidget().findChild(QScrollArea)
    assert isinstance(area, QScrollArea)
    area.ensureWidgetVisible(w.finish_button)
    QApplication.processEvents()
    assert w.step_clock.visibleRegion().boundingRect().height() == w.step_clock.height()  # in sight
    assert w.finish_button.visibleRegion().boundingRect().height() == w.finish_button.height()
    click(w.finish_button)
    assert w.end_bar.isVisible()
