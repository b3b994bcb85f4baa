"""From the last step to the sheet: a meeting ended by keys on the real windows, the room's view and
the console at the end, Make the sheet… → Save… → the file, New meeting, closing the room's window;
and a learning visit finished, to its sheet and back to the start screen."""

from __future__ import annotations

import os
from collections.abc import Iterator
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.engine import RunState
from tests.ui.acting import answer_modal, save_to
from ui.application import RundeApp
from ui.cli import parse
from ui.export_dialog import ExportDialog
from ui.keys import Action
from ui.meeting_controller import MeetingController

SHOTS = Path(os.environ.get("RUNDE_SHOTS", "/tmp"))
POINT = "Spørg til borgerens egne ord"


@pytest.fixture
def runde(qtbot: QtBot, tmp_path: Path) -> Iterator[RundeApp]:
    r = RundeApp(parse(["--data-dir", str(tmp_path / "d"), "--lang", "en"]))
    r.translations.install(r.lang)
    assert r.open_store()
    yield r
    r.quit()
    for w in (r.start_screen, r.visit_window, r.controller and r.controller.room,
              r.controller and r.controller.console):
        if w is not None:
            w.close()


def _start_meeting(r: RundeApp, qtbot: QtBot) -> MeetingController:
    """The start screen, as a facilitator fills it in; Ctrl+Enter."""
    s = r.open_start_screen()
    qtbot.addWidget(s)
    s.team_box.setCurrentText("Afsnit 3")
    s.participants_edit.setPlainText("Anna\nBo\nCecilie")
    s.facilitator_box.setCurrentIndex(1)
    s.presenter_list.set_chosen(["Bo"])
    qtbot.keyClick(s.participants_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    ctl = r.controller
    assert ctl is not None and r.session is not None and s.isHidden()
    qtbot.addWidget(ctl.room)
    qtbot.addWidget(ctl.console)
    ctl.keys.windows = []  # keys count whichever window the offscreen platform calls active
    qtbot.waitExposed(ctl.room)
    return ctl


def _painted(ctl: MeetingController) -> list[str]:
    ctl.ticker.refresh()
    QApplication.processEvents()
    ctl.room.view.repaint()
    return ctl.room.view.shown_texts()


def test_from_the_last_step_to_the_sheet(runde: RundeApp, qtbot: QtBot, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    ctl = _start_meeting(runde, qtbot)
    for key in (Qt.Key.Key_Space, Qt.Key.Key_PageDown, Qt.Key.Key_PageDown, Qt.Key.Key_PageDown,
                Qt.Key.Key_P, Qt.Key.Key_PageDown, Qt.Key.Key_PageDown, Qt.Key.Key_PageDown):
        qtbot.keyClick(ctl.room, key)  # start, into the round, Bo passes, the others speak, measures
    assert ctl.meeting.view().is_last_step
    assert any(t.startswith("Step 5 of 5") for t in _painted(ctl)), _painted(ctl)
    qtbot.keyClick(ctl.room, Qt.Key.Key_F2)  # the console
    console = ctl.console
    assert console.isVisible() and console.end_panel.isHidden()
    answer_modal(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    console.finish_button.click()  # "Finish the meeting?" – Yes
    assert ctl.meeting.state is RunState.FINISHED

    shown = _painted(ctl)  # the room: thanks, no stale step, no ahead or behind
    assert "Thank you" in shown and "The meeting has ended" in shown
    assert not any(t.startswith("Step") or "ahead" in t or "behind" in t or "On time" in t for t in shown)
    rects = ctl.room.view.layout_rects()
    assert rects["thanks"].height() > ctl.room.view.height() * 0.25  # large, for the back wall

    panel = runde.session.panel  # type: ignore[union-attr]
    assert console.isVisible() and not console.end_panel.isHidden() and not console.finish_button.isEnabled()
    moves = (Action.PREVIOUS, Action.NEXT, Action.PASS, Action.MORE)
    assert not any(console.buttons[a].isEnabled() for a in moves)  # nothing left to move or pass
    lines = console.end_panel.shown_lines()
    assert "⚠ No learning points yet" in lines and "⚠ No measures yet" in lines
    assert "✓ No lines from the round · 1 passed" in lines
    console.resize(1100, 720)
    console.grab().save(str(SHOTS / "h1-console-ended.png"))
    ctl.room.view.grab().save(str(SHOTS / "h1-room-ended.png"))

    console.end_panel.fill_buttons["learning_points"].click()  # the way back to fill it in
    assert console.tabs.currentIndex() == 1 and console.focusWidget() is panel.point_rows[0].text
    qtbot.keyClicks(panel.point_rows[0].text, POINT)
    qtbot.waitUntil(lambda: any("1 learning point" in x for x in console.end_panel.shown_lines()),
                    timeout=3000)
    assert console.end_panel.fill_buttons["learning_points"].isHidden()

    offered = save_to(monkeypatch, tmp_path / "sheet.pdf")
    console.end_panel.sheet_button.click()  # Make the sheet…
    dialog = runde.session.sheet_dialog  # type: ignore[union-attr]
    assert isinstance(dialog, ExportDialog) and dialog.isVisible()
    qtbot.addWidget(dialog)
    assert POINT in dialog.preview.toPlainText()
    dialog.save_button.click()
    day = ctl.meeting.record().started.astimezone().date().isoformat()  # type: ignore[union-attr]
    assert offered == [f"Learning meeting – Afsnit 3 – {day}.pdf"]
    text = PdfReader(BytesIO((tmp_path / "sheet.pdf").read_bytes())).pages[0].extract_text()
    assert POINT in text

    ctl.room.close()  # the room's window closed: Runde goes on, the console stays
    QApplication.processEvents()
    assert console.isVisible() and QApplication.quitOnLastWindowClosed()

    console.end_panel.new_button.click()  # New meeting
    screen = runde.start_screen
    assert screen is not None and screen.isVisible() and screen.team_name() == "Afsnit 3"
    assert screen.presenter_list.chosen() == ()  # the next case has its own presenters
    assert not console.isVisible() and runde.controller is None and runde.session is None
    assert runde.store is not None and runde.store.meetings()[0].learning_points == 1


def test_closing_the_room_on_one_screen_leaves_runde_running(runde: RundeApp, qtbot: QtBot) -> None:
    """One screen: the console waits behind F2, so the room's window is the only one shown. Closing
    it (Alt+F4) must not quit Runde mid-meeting: the console takes over. (Run in Qt's own event
    loop, which is what quits when the last window closes.)"""
    ctl = _start_meeting(runde, qtbot)
    qtbot.keyClick(ctl.room, Qt.Key.Key_Space)
    visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert visible == [ctl.room]
    QTimer.singleShot(0, ctl.room.close)
    QTimer.singleShot(600, lambda: QApplication.exit(7))  # still running after the close
    assert QApplication.exec() == 7
    assert ctl.console.isVisible() and ctl.meeting.state is RunState.RUNNING
    assert QApplication.quitOnLastWindowClosed()


def test_a_finished_learning_visit_leads_to_its_sheet_and_back(runde: RundeApp, qtbot: QtBot,
                                                               tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    s = runde.open_start_screen()
    qtbot.addWidget(s)
    s.visit_button.click()
    w = runde.visit_window
    assert w is not None and s.isHidden()
    qtbot.addWidget(w)
    qtbot.keyClicks(w.agent, "Anna")
    qtbot.keyClicks(w.colleague, "Bo")
    w.tabs.setCurrentIndex(2)
    w.finish_button.click()
    assert not w.end_bar.isHidden() and "No learning points yet" in w.end_bar.label.text()
    assert not w.finish_button.isEnabled() and w.reflection.state is RunState.FINISHED  # its clock stops
    w.end_bar.fill_button.click()  # the way back to write them
    assert w.tabs.currentIndex() == 2 and w.focusWidget() is w.point_edits[0]
    qtbot.keyClicks(w.point_edits[0], POINT)
    qtbot.waitUntil(lambda: "1 learning point" in w.end_bar.label.text(), timeout=3000)
    offered = save_to(monkeypatch, tmp_path / "visit.pdf")
    w.end_bar.sheet_button.click()
    assert isinstance(w.sheet_dialog, ExportDialog)
    qtbot.addWidget(w.sheet_dialog)
    w.sheet_dialog.save_button.click()
    assert offered[0].startswith("Learning visit – ") and offered[0].endswith(".pdf")
    assert POINT in PdfReader(BytesIO((tmp_path / "visit.pdf").read_bytes())).pages[0].extract_text()
    w.end_bar.start_button.click()  # back to the start screen
    assert s.isVisible() and not w.isVisible()
