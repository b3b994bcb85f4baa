"""On screen: the console's calm offer to shorten what is left when the meeting is behind (the plan
shown before it is applied, by keyboard, named for screen readers), and the room's countdown to the
planned start while people gather (it never starts the meeting by itself). Screenshots go to
/tmp/runde-shots (RUNDE_SHOTS)."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.clock import FakeClock
from app.engine import RunState
from app.formats import load_format
from app.paths import builtin_formats_dir
from app.setup import MeetingSetup
from tests.ui.screen_checks import clipped, unnamed
from ui.keys import Action
from ui.meeting_controller import MeetingController

SHOTS = Path(os.environ.get("RUNDE_SHOTS", "/tmp/runde-shots"))
NAMES = ("Anna", "Bo", "Cecilie", "Dorte", "Eva", "Finn", "Máret Đuoŋŋa")
OFFER = "2 min behind: shorten what is left so we end on time?"


def make(qtbot: QtBot, clock: FakeClock, names: tuple[str, ...] = NAMES) -> MeetingController:
    fmt = load_format(builtin_formats_dir() / "systematic-learning-meeting.json")
    ctl = MeetingController(MeetingSetup(fmt, names, facilitator=0, presenters=(1,)).create(clock))
    qtbot.addWidget(ctl.room)
    qtbot.addWidget(ctl.console)
    ctl.show()
    ctl.room.view.set_flash_enabled(False)
    return ctl


def with_console(qtbot: QtBot, ctl: MeetingController) -> None:
    ctl.console.resize(1366, 768)
    ctl.console.show()
    ctl.console.activateWindow()
    qtbot.waitActive(ctl.console)
    ctl.ticker.refresh()


def room_texts(ctl: MeetingController, size: tuple[int, int] | None = None) -> list[str]:
    ctl.ticker.refresh()
    QApplication.processEvents()
    if size is not None:
        ctl.room.view.resize(*size)
    ctl.room.view.repaint()
    return ctl.room.view.shown_texts()


# -- adaptive timing on the console -----------------------------------------------------------------

def test_a_calm_offer_at_two_minutes_behind_opened_and_applied_by_keyboard(
        qtbot: QtBot, fake_clock: FakeClock) -> None:
    ctl = make(qtbot, fake_clock)
    with_console(qtbot, ctl)
    c, m = ctl.console, ctl.meeting
    m.start()
    fake_clock.advance(300 + 119)  # the case: 1 min 59 s over
    ctl.ticker.refresh()
    assert not c.adapt_bar.isVisible()
    fake_clock.advance(1)
    ctl.ticker.refresh()
    assert c.adapt_bar.isVisible() and c.adapt_label.text() == OFFER
    assert not any("shorten" in t for t in room_texts(ctl))  # the room is not told
    c.adapt_button.setFocus()  # Tab reaches it; Space on it opens the plan
    qtbot.keyClick(c.adapt_button, Qt.Key.Key_Space)
    assert m.state is RunState.RUNNING  # the key opened the plan, it did not pause the meeting
    assert c.adapt_panel.isVisible() and not c.adapt_bar.isVisible()
    assert c.adapt_table.hasFocus()  # a screen reader reads the plan first
    table = [[c.adapt_table.item(r, col).text() for col in range(3)] for r in range(c.adapt_table.rowCount())]
    assert [row[0] for row in table] == ["Learning questions", "The presenter's learning",
                                         "Round: the word goes around (7 turns to come)",
                                         "Shared organisational measures"]
    # 31 of 30 min: the spare minute takes one, shorter turns the other; nothing else is cut
    assert table[0][1:] == ["10:00", "10:00"] and table[1][1:] == ["02:00", "02:00"]
    assert table[2][1:] == ["01:00 per turn", "00:50 per turn"] and table[3][1:] == ["05:00", "05:00"]
    assert "ends on time, at 14:30" in c.adapt_summary.text()  # the usual half hour
    assert "Now: 31 of 30 min. With this plan: 30 of 30 min." in c.adapt_summary.text()
    assert [line.allotted_s for line in m.view().agenda][1] == 600  # nothing changes before Apply
    qtbot.keyClick(c.adapt_table, Qt.Key.Key_Tab)
    assert c.apply_button.hasFocus()
    qtbot.keyClick(c.apply_button, Qt.Key.Key_Space)
    assert m.record().events[-1].kind == "adapt"
    assert [line.allotted_s for line in m.view().agenda] == [300, 600, 120, 350, 300]  # 7 turns of 50 s
    assert m.projected_total_s() <= 30 * 60 and m.planned_total_s == 29 * 60  # the original plan stays
    assert not c.adapt_panel.isVisible() and not c.adapt_bar.isVisible()
    assert c.buttons[Action.TOGGLE].hasFocus()  # back to the meeting's own controls
    assert m.state is RunState.RUNNING and m.view().step_index == 0  # the running step goes on


def test_not_now_keeps_quiet_until_a_further_two_minutes(qtbot: QtBot, fake_clock: FakeClock) -> None:
    ctl = make(qtbot, fake_clock)
    with_console(qtbot, ctl)
    c, m = ctl.console, ctl.meeting
    m.start()
    fake_clock.advance(300 + 150)
    ctl.ticker.refresh()
    assert c.adapt_bar.isVisible()
    c.adapt_later_button.click()
    assert not c.adapt_bar.isVisible() and m.behind_s() == 150
    fake_clock.advance(119)
    ctl.ticker.refresh()
    assert not c.adapt_bar.isVisible()
    fake_clock.advance(1)  # 270 s behind: two minutes further than when it was dismissed
    ctl.ticker.refresh()
    assert c.adapt_bar.isVisible() and c.adapt_label.text().startswith("4 min behind")
    c.adapt_button.click()
    c.dismiss_button.click()  # "Not now" on the plan itself does the same
    assert not c.adapt_panel.isVisible() and not c.adapt_bar.isVisible()
    assert m.record().events[-1].kind != "adapt"
    fake_clock.advance(100)
    ctl.ticker.refresh()
    assert not c.adapt_bar.isVisible()


def test_the_open_plan_follows_the_meeting_and_a_stale_plan_is_not_applied(
        qtbot: QtBot, fake_clock: FakeClock) -> None:
    ctl = make(qtbot, fake_clock)
    with_console(qtbot, ctl)
    c, m = ctl.console, ctl.meeting
    m.start()
    fake_clock.advance(300 + 180)
    ctl.ticker.refresh()
    c.adapt_button.click()
    first = c.adapt_table.item(0, 2).text()
    fake_clock.advance(120)  # the case keeps running over: the plan shown cuts more
    ctl.ticker.refresh()
    assert c.adapt_table.item(0, 2).text() < first
    m.next()  # the questions start before anyone presses Apply (no repaint in between)
    assert ctl.proposal is not None and ctl.proposal.rows[0].spec.id == "questions"
    c.apply_button.click()
    assert m.record().events[-1].kind != "adapt"  # not applied: it would cut a running step
    assert c.adapt_panel.isVisible() and c.adapt_table.item(0, 0).text() == "The presenter's learning"
    c.apply_button.click()
    assert m.record().events[-1].kind == "adapt" and m.projected_total_s() <= 30 * 60
    assert m.view().agenda[1].allotted_s == 600  # the running questions kept their time


def test_when_the_meeting_cannot_end_on_time_it_says_so(qtbot: QtBot, fake_clock: FakeClock) -> None:
    ctl = make(qtbot, fake_clock)
    with_console(qtbot, ctl)
    c, m = ctl.console, ctl.meeting
    m.start()
    fake_clock.advance(300 + 1800)
    ctl.ticker.refresh()
    c.adapt_button.click()
    assert "the meeting ends about" in c.adapt_summary.text() and "min late" in c.adapt_summary.text()
    assert c.apply_button.isEnabled()
    for _ in range(4):
        m.next()
    while m.view().round is not None and not m.view().round.complete:  # type: ignore[union-attr]
        m.next()
    m.next()  # the last step: nothing is left to shorten, so nothing is offered
    c.dismiss_button.click()
    fake_clock.advance(600)
    ctl.ticker.refresh()
    assert not c.adapt_bar.isVisible()
    ctl.open_adaptive()
    assert "Nothing left can be shortened" in c.adapt_summary.text() and not c.apply_button.isEnabled()


def test_the_plan_fits_the_laptop_and_every_control_is_named(qtbot: QtBot, fake_clock: FakeClock) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    ctl = make(qtbot, fake_clock)
    with_console(qtbot, ctl)
    c, m = ctl.console, ctl.meeting
    m.start()
    fake_clock.advance(300 + 200)
    ctl.ticker.refresh()
    QApplication.processEvents()
    c.grab().save(str(SHOTS / "console-adaptive-offer-1366x768.png"))
    assert clipped(c) == []
    assert unnamed([c.adapt_button, c.adapt_later_button]) == []
    c.adapt_button.click()
    QApplication.processEvents()
    c.grab().save(str(SHOTS / "console-adaptive-1366x768.png"))
    assert clipped(c) == []
    assert not c.adapt_table.horizontalScrollBar().isVisible()
    assert not c.adapt_table.verticalScrollBar().isVisible()  # every step of the plan in view
    assert unnamed([c.adapt_table, c.apply_button, c.dismiss_button]) == []
    assert all(b.focusPolicy() == Qt.FocusPolicy.TabFocus for b in (c.apply_button, c.dismiss_button))
    assert c.adapt_table.height() < c.height() / 2


# -- the room's countdown to the planned start ------------------------------------------------------

def test_the_room_counts_down_to_the_planned_start_and_never_starts_by_itself(qtbot: QtBot) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    clock = FakeClock(now=datetime(2026, 3, 10, 13, 55, 28, tzinfo=UTC))
    ctl = make(qtbot, clock)
    ctl.set_start_text("14:00")
    texts = room_texts(ctl)
    assert "The meeting starts in 04:32" in texts and "Starts at 14:00" in texts
    assert "Systematic learning meeting" in texts
    assert "Expected: " + ", ".join(NAMES) in texts
    for w, h in ((1920, 1080), (1280, 720)):
        room_texts(ctl, (w, h))
        ctl.room.view.grab().save(str(SHOTS / f"room-before-start-{w}x{h}.png"))
        rects = ctl.room.view.layout_rects()
        assert rects["clock"].height() >= h * 0.3  # the minutes left, big enough for the back wall
        assert rects["starts_before"].height() >= h * 0.1 and rects["expected"].height() >= h * 0.04
        assert all(r.left() >= -1 and r.top() >= -1 and r.right() <= w + 1 and r.bottom() <= h + 1
                   for r in rects.values())
        assert rects["expected"].bottom() <= rects["hint"].top() + 1  # clear of the one-screen hint
    clock.advance(272)
    texts = room_texts(ctl, (1920, 1080))
    assert "It is 14:00 – press Space to start" in texts and ctl.meeting.state is RunState.READY
    ctl.room.view.grab().save(str(SHOTS / "room-start-time-1920x1080.png"))
    clock.advance(3 * 60 + 30)
    texts = room_texts(ctl, (1280, 720))
    assert "It is 14:03 – press Space to start" in texts and ctl.meeting.state is RunState.READY
    ctl.room.view.grab().save(str(SHOTS / "room-start-time-1280x720.png"))
    ctl.room.activateWindow()
    qtbot.waitActive(ctl.room)
    qtbot.keyClick(ctl.room, Qt.Key.Key_Space)
    assert ctl.meeting.state is RunState.RUNNING
    assert not any("press Space" in t for t in room_texts(ctl))
    assert any(t.startswith("Step 1 of 5") for t in room_texts(ctl))


def test_without_a_planned_start_the_ready_view_is_as_before(qtbot: QtBot, fake_clock: FakeClock) -> None:
    from PySide6.QtCore import QTimer

    ctl = make(qtbot, fake_clock)
    texts = room_texts(ctl)
    assert "Ready – press Space to start" in texts
    assert not any("starts in" in t for t in texts)
    # (no user action shows a timer that is not running: it is found by its object name)
    assert not ctl.findChild(QTimer, "start-countdown-timer").isActive()


def test_the_countdown_repaints_on_its_second_boundary(qtbot: QtBot) -> None:
    from PySide6.QtCore import QTimer

    clock = FakeClock(now=datetime(2026, 3, 10, 13, 55, 27, 600_000, tzinfo=UTC))
    ctl = make(qtbot, clock)
    ctl.set_start_text("14:00")
    # (when the next repaint is due is the countdown timer's own business: found by its object name)
    timer = ctl.findChild(QTimer, "start-countdown-timer")
    assert timer.isActive() and 400 <= timer.interval() <= 405  # 04:33 for 0.4 s
    clock.advance(272.4)
    ctl.ticker.refresh()
    assert not timer.isActive()  # from the start time on nothing counts down


def test_the_start_time_is_typed_on_the_console(qtbot: QtBot, fake_clock: FakeClock) -> None:
    ctl = make(qtbot, fake_clock)
    with_console(qtbot, ctl)
    c = ctl.console
    assert c.start_row.isVisible() and c.start_label.text() == "Starts at"
    assert unnamed([c.start_edit]) == []
    c.start_edit.setFocus()
    qtbot.keyClicks(c.start_edit, "14.30")
    qtbot.keyClick(c.start_edit, Qt.Key.Key_Return)
    assert ctl.meeting.planned_start == datetime(2026, 3, 10, 14, 30, tzinfo=UTC)
    assert c.start_edit.text() == "14:30" and ctl.meeting.state is RunState.READY
    assert "The meeting starts in 30:00" in room_texts(ctl)
    c.start_edit.clear()
    qtbot.keyClicks(c.start_edit, "noon")
    qtbot.keyClick(c.start_edit, Qt.Key.Key_Return)
    assert c.start_note.text() == "Type a time such as 14:00"
    assert ctl.meeting.planned_start == datetime(2026, 3, 10, 14, 30, tzinfo=UTC)  # kept
    c.start_edit.clear()
    qtbot.keyClick(c.start_edit, Qt.Key.Key_Return)
    assert ctl.meeting.planned_start is None and "Ready – press Space to start" in room_texts(ctl)
    assert clipped(c) == []
    ctl.on_action(Action.TOGGLE)
    ctl.console.show_view(ctl.meeting.view())
    assert not c.start_row.isVisible()  # once the meeting runs, the start time is history


def test_the_start_time_row_is_gone_once_the_meeting_runs_even_if_the_console_was_hidden(
        qtbot: QtBot, fake_clock: FakeClock) -> None:
    ctl = make(qtbot, fake_clock)
    assert not ctl.console.isVisible()  # one screen: the console waits behind F2
    ctl.meeting.start()
    ctl.ticker.refresh()
    with_console(qtbot, ctl)
    assert not ctl.console.start_row.isVisible()


def test_a_series_can_set_the_planned_start(qtbot: QtBot, fake_clock: FakeClock) -> None:
    ctl = make(qtbot, fake_clock)
    assert ctl.set_planned_start(datetime(2026, 3, 10, 15, 0, tzinfo=UTC))
    assert ctl.console.start_edit.text() == "15:00"
    assert "The meeting starts in 1:00:00" in room_texts(ctl)
    ctl.meeting.start()
    assert not ctl.set_planned_start(None)


@pytest.mark.parametrize("high_contrast", [False, True])
def test_the_countdown_is_painted_in_both_themes(qtbot: QtBot, high_contrast: bool) -> None:
    clock = FakeClock(now=datetime(2026, 3, 10, 13, 55, 28, tzinfo=UTC))
    ctl = make(qtbot, clock, names=tuple(f"Person {i}" for i in range(40)))
    ctl.set_high_contrast(high_contrast)
    ctl.set_start_text("14:00")
    room_texts(ctl, (1280, 720))
    rects = ctl.room.view.layout_rects()
    assert rects["expected"].bottom() <= 720 * 0.95  # forty names still fit above the hint
    image = ctl.room.view.grab().toImage()
    assert image.pixelColor(5, 5).name() == ("#000000" if high_contrast else "#14181f")


def test_behind_time_by_the_keys_the_console_shows_the_projection_and_the_new_plan_keeps_the_half_hour(
        qtbot: QtBot, fake_clock: FakeClock) -> None:
    """Seven people plan 29 of 30 minutes. The case runs three minutes over (keys only: Space, Page
    Down); the console says 32 of 30, offers a plan, and the plan applied through its button keeps the
    half hour with shorter turns alone: the presenter's step and the measures keep their time."""
    ctl = make(qtbot, fake_clock)
    c, m = ctl.console, ctl.meeting
    c.resize(1366, 768)
    with qtbot.waitActive(c):  # the keys work on the console as on the room (a clicker sends them)
        c.show()
        c.activateWindow()
    c.buttons[Action.TOGGLE].setFocus()
    qtbot.keyClick(c.buttons[Action.TOGGLE], Qt.Key.Key_Space)  # start
    assert m.state is RunState.RUNNING
    ctl.ticker.refresh()
    assert c.projected_label.text() == "Projected: 29 of 30 min"
    fake_clock.advance(300 + 180)  # the case: three minutes over
    qtbot.keyClick(c.buttons[Action.TOGGLE], Qt.Key.Key_PageDown)  # on to the questions
    assert m.view().step_index == 1
    ctl.ticker.refresh()
    assert c.projected_label.text() == "⚠ Projected: 32 of 30 min" and c.projected_label.font().bold()
    assert any(t.endswith("3 min behind · 32 of 30 min") for t in room_texts(ctl, (1366, 768)))  # room too
    assert c.adapt_bar.isVisible() and c.adapt_label.text().startswith("3 min behind")
    c.adapt_button.click()
    table = [[c.adapt_table.item(r, col).text() for col in range(3)] for r in range(c.adapt_table.rowCount())]
    assert table == [["The presenter's learning", "02:00", "02:00"],
                     ["Round: the word goes around (7 turns to come)", "01:00 per turn", "00:40 per turn"],
                     ["Shared organisational measures", "05:00", "05:00"]]  # before and after
    assert "Now: 32 of 30 min. With this plan: 30 of 30 min." in c.adapt_summary.text()
    SHOTS.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()
    c.grab().save(str(SHOTS / "console-replan-half-hour-1366x768.png"))
    c.apply_button.click()
    assert not c.adapt_panel.isVisible()
    ctl.ticker.refresh()
    planned = {c.agenda.item(r, 0).text().strip(" ▶✓"): c.agenda.item(r, 1).text()
               for r in range(c.agenda.rowCount())}
    assert planned == {"Case presentation": "05:00", "Learning questions": "10:00",
                       "The presenter's learning": "02:00", "Round: the word goes around": "04:40",
                       "Shared organisational measures": "05:00"}  # the new plan, on the console
    assert c.projected_label.text() == "Projected: 30 of 30 min" and not c.projected_label.font().bold()
    assert clipped(c) == []
    assert not any("of 30 min" in t for t in room_texts(ctl, (1366, 768)))  # back within the half hour
