"""Several case presenters, as the facilitator chooses them: on the real start screen by mouse and
keys, and on the command line; the meeting's whole record read back as the sheet reads it."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.clock import FakeClock
from app.record import learning_questions
from app.storage.meeting_history import MeetingDetail
from tests.ui.screen_checks import clipped
from ui.application import RundeApp
from ui.cli import parse
from ui.presenter_picker import PresenterPicker


@pytest.fixture
def runde(qtbot: QtBot, tmp_path: Path):  # type: ignore[no-untyped-def]
    r = RundeApp(parse(["--data-dir", str(tmp_path / "d"), "--lang", "da"]))
    assert r.open_store()
    r.clock = FakeClock()  # type: ignore[assignment]  (the meeting's time, moved by the test)
    yield r
    r.quit()
    for w in (r.start_screen, r.controller and r.controller.room, r.controller and r.controller.console):
        if w is not None:
            w.close()


def _click_name(picker: PresenterPicker, name: str, qtbot: QtBot) -> None:
    [item] = picker.findItems(name, Qt.MatchFlag.MatchExactly)
    qtbot.mouseClick(picker.viewport(), Qt.MouseButton.LeftButton, pos=picker.visualItemRect(item).center())


def _detail(r: RundeApp) -> MeetingDetail:
    assert r.store is not None and r.session is not None
    [d] = r.store.meeting_details(None, datetime.now(UTC), datetime.now(UTC), meeting_id=r.session.meeting_id)
    return d


def _answer_yes() -> None:
    """Answer the modal question the way a user does: its Yes button."""
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    box.button(QMessageBox.StandardButton.Yes).click()


def test_two_presenters_chosen_by_mouse_and_keys_are_stored_with_the_whole_record(
        runde: RundeApp, qtbot: QtBot) -> None:
    s = runde.open_start_screen()
    qtbot.addWidget(s)
    s.resize(1366, 768)
    with qtbot.waitActive(s):
        s.show()
        s.activateWindow()
    qtbot.keyClicks(s.team_box.lineEdit(), "Afsnit 3")
    s.participants_edit.setFocus()
    qtbot.keyClicks(s.participants_edit, "Anna, Bo, Cecilie, Dorte")
    picker = s.presenter_list
    assert [picker.item(i).text() for i in range(picker.count())] == ["Anna", "Bo", "Cecilie", "Dorte"]
    _click_name(picker, "Bo", qtbot)  # a click on the name ticks it
    qtbot.keyClick(s, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)  # Alt+P: to the presenters
    assert QApplication.focusWidget() is picker and picker.currentItem().text() == "Bo"
    qtbot.keyClick(picker, Qt.Key.Key_Right)
    qtbot.keyClick(picker, Qt.Key.Key_Space)  # Cecilie too
    assert picker.chosen_names() == ("Bo", "Cecilie")
    planned = s.plan_label.text()
    qtbot.mouseClick(s.presenter_turn, Qt.MouseButton.LeftButton,
                     pos=QPoint(8, s.presenter_turn.height() // 2))  # the presenters take no turn
    assert not s.presenter_turn.isChecked() and s.plan_label.text() != planned  # two turns fewer
    QApplication.processEvents()
    assert clipped(s) == []
    qtbot.keyClick(s, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # Alt+A: the facilitator, required
    qtbot.keyClick(s.facilitator_box, Qt.Key.Key_Down)
    qtbot.keyClick(picker, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # start
    ctl = runde.controller
    assert ctl is not None and runde.session is not None
    qtbot.addWidget(ctl.room)
    qtbot.addWidget(ctl.console)
    assert runde.session.panel.presenters.text() == "Bo, Cecilie"
    d = _detail(runde)  # stored at once, before anyone typed in the case fields
    assert d.capture.presenters == ("Bo", "Cecilie")
    fmt = ctl.meeting.format
    assert d.course.lang == "da" and d.course.questions == learning_questions(fmt, "da")
    assert d.course.questions and d.course.questions[0] == fmt.step("questions").questions[0].get("da")

    clock = runde.clock
    assert isinstance(clock, FakeClock)
    with qtbot.waitActive(ctl.room):
        ctl.room.activateWindow()
    qtbot.keyClick(ctl.room, Qt.Key.Key_Space)  # start
    clock.advance(200)
    qtbot.keyClick(ctl.room, Qt.Key.Key_Plus)  # a minute more for the case
    ctl.console.late_edit.setFocus()
    qtbot.keyClicks(ctl.console.late_edit, "Eva")
    qtbot.keyClick(ctl.console.late_edit, Qt.Key.Key_Return)  # Eva arrives late
    for _ in range(3):  # to the round
        qtbot.keyClick(ctl.room, Qt.Key.Key_PageDown)
    clock.advance(30)
    qtbot.keyClick(ctl.room, Qt.Key.Key_PageDown)  # Anna has spoken
    qtbot.keyClick(ctl.room, Qt.Key.Key_P)  # Dorte passes
    QTimer.singleShot(0, _answer_yes)
    qtbot.mouseClick(ctl.console.finish_button, Qt.MouseButton.LeftButton)
    runde.session.pending.flush()

    d = _detail(runde)
    assert d.ended is not None and d.capture.presenters == ("Bo", "Cecilie")
    assert d.participants == ("Anna", "Bo", "Cecilie", "Dorte", "Eva")
    assert d.course.late == ("Eva",) and d.course.added_s == (("case", 60.0),)
    assert [(t.participant, t.status) for t in d.turns] == [
        ("Anna", "spoken"), ("Dorte", "passed"), ("Eva", "speaking")]  # Bo and Cecilie presented
    assert d.turns[0].spoken_s == 30.0


def test_the_start_screen_with_a_team_still_fits_a_laptop(runde: RundeApp, qtbot: QtBot) -> None:
    assert runde.store is not None
    runde.store.save_team("Afsnit 3", [f"Kollega {i}" for i in range(1, 13)])
    s = runde.open_start_screen()
    qtbot.addWidget(s)
    s.set_teams({t.name: (t.people, t.last_first_speaker, t.last_facilitator) for t in runde.store.teams()},
                "Afsnit 3")
    s.resize(1366, 768)
    s.show()
    qtbot.waitExposed(s)
    assert s.presenter_list.count() == 12 and s.roster_list.isVisibleTo(s)
    assert s.minimumSizeHint().height() <= 768 - 60  # window frame and task bar
    assert clipped(s) == []
    shots = Path(os.environ.get("RUNDE_SHOTS", "/tmp/runde-shots"))  # as the other screen tests
    shots.mkdir(parents=True, exist_ok=True)
    s.grab().save(str(shots / "start-presenters-1366x768.png"))


def test_presenters_from_the_command_line(qtbot: QtBot, tmp_path: Path) -> None:
    r = RundeApp(parse(["--data-dir", str(tmp_path / "d"), "run", "systematic-learning-meeting",
                        "--participants", "Anna,Bo,Cecilie", "--facilitator", "Anna",
                        "--presenter", " cecilie , Bo"]))
    assert r.open_store()
    try:
        ctl = r.run_command()
        assert ctl is not None and r.session is not None
        qtbot.addWidget(ctl.room)
        qtbot.addWidget(ctl.console)
        assert _detail(r).capture.presenters == ("Cecilie", "Bo")
    finally:
        r.quit()


def test_an_unknown_presenter_on_the_command_line_is_refused_by_name(qtbot: QtBot, tmp_path: Path) -> None:
    r = RundeApp(parse(["--data-dir", str(tmp_path / "d"), "run", "systematic-learning-meeting",
                        "--participants", "Anna,Bo", "--facilitator", "Anna", "--presenter", "Bo,Åse"]))
    assert r.open_store()
    told: list[str] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        told.append(box.text())
        box.button(QMessageBox.StandardButton.Ok).click()
    try:
        QTimer.singleShot(0, read_and_close)
        assert r.run_command() is None
        assert told and "--presenter" in told[0] and "'Åse'" in told[0] and "--participants" in told[0]
        assert r.controller is None and r.start_screen is not None  # the start screen instead
        qtbot.addWidget(r.start_screen)
        assert r.store is not None and r.store.meetings() == []
    finally:
        r.quit()
    assert QGuiApplication.instance() is not None
