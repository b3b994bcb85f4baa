"""Messages to the room from the console (as Stagetimer and Ontime have them): the ready-made ones by a
click or the keys 1, 2 and 3, a typed one (a long paste is cut, and it says so), cleared by 0 or Clear;
translated; kept through a projector being pulled out; never written to the meeting's record."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.clock import FakeClock
from app.engine import RunState
from app.export.assemble import meeting_sheet
from app.export.sheet import all_text
from app.formats import load_format
from app.paths import builtin_formats_dir
from app.recovery import meeting_to_state
from app.setup import MeetingSetup
from tests.ui.acting import answer_modal
from ui.application import RundeApp
from ui.cli import parse
from ui.keys import Action, action_for, help_rows
from ui.meeting_controller import MeetingController
from ui.room_message import MAX_MESSAGE, clean_message

ROOT = Path(__file__).resolve().parents[2]
SHOTS = Path(os.environ.get("RUNDE_SHOTS", "/tmp/runde-shots"))
NAMES = ("Anna", "Bo", "Cecilie", "Dorte")


@pytest.fixture
def ctl(qtbot: QtBot, fake_clock: FakeClock) -> MeetingController:
    fmt = load_format(builtin_formats_dir() / "systematic-learning-meeting.json")
    c = MeetingController(MeetingSetup(fmt, NAMES, facilitator=0).create(fake_clock))
    qtbot.addWidget(c.room)
    qtbot.addWidget(c.console)
    c.show()
    c.room.view.set_flash_enabled(False)
    c.console.show()
    qtbot.waitExposed(c.console)
    return c


def room(c: MeetingController) -> dict[str, str]:
    """What the room's view shows now, by element (a message's lines joined by spaces)."""
    c.ticker.refresh()
    QApplication.processEvents()
    c.room.view.resize(1920, 1080)
    c.room.view.grab()
    return {it.name: it.text.replace("\n", " ") for it in c.room.view.painted()}


def preview(c: MeetingController) -> dict[str, str]:
    c.console.preview.grab()
    return {it.name: it.text.replace("\n", " ") for it in c.console.preview.painted()}


def test_ready_made_messages_by_a_click_and_by_keys(qtbot: QtBot, ctl: MeetingController) -> None:
    panel = ctl.console.message_panel
    assert [b.text() for b in panel.preset_buttons] == ["2 minutes left", "Please round off", "Short break"]
    assert not panel.clear_button.isEnabled()
    qtbot.mouseClick(panel.preset_buttons[0], Qt.MouseButton.LeftButton)
    assert room(ctl)["message"] == "2 minutes left" and preview(ctl)["message"] == "2 minutes left"
    assert panel.clear_button.isEnabled()
    assert ctl.meeting.state is RunState.READY  # a message moves no clock
    ctl.room.activateWindow()
    qtbot.waitActive(ctl.room)
    qtbot.keyClick(ctl.room, Qt.Key.Key_2)
    assert room(ctl)["message"] == "Please round off"
    qtbot.keyClick(ctl.room, Qt.Key.Key_0)
    assert "message" not in room(ctl) and "message" not in preview(ctl)
    assert not panel.clear_button.isEnabled()
    qtbot.keyClick(ctl.room, Qt.Key.Key_Space)  # the meeting runs, a break is called
    qtbot.keyClick(ctl.room, Qt.Key.Key_3)
    shown = room(ctl)
    assert shown["message"] == "Short break" and "clock" in shown and "instruction" not in shown
    ctl.console.activateWindow()
    qtbot.waitActive(ctl.console)
    qtbot.mouseClick(panel.clear_button, Qt.MouseButton.LeftButton)
    assert "message" not in room(ctl) and "instruction" in room(ctl)


def test_digits_typed_in_a_field_stay_in_the_field(qtbot: QtBot, ctl: MeetingController) -> None:
    ctl.console.activateWindow()
    qtbot.waitActive(ctl.console)
    ctl.console.late_edit.setFocus()
    qtbot.keyClicks(ctl.console.late_edit, "Bo 2")
    assert ctl.console.late_edit.text() == "Bo 2" and "message" not in room(ctl)
    assert action_for(Qt.Key.Key_1, Qt.KeyboardModifier.NoModifier, typing=False) is Action.MESSAGE_1
    assert action_for(Qt.Key.Key_0, Qt.KeyboardModifier.KeypadModifier, typing=False) is Action.CLEAR_MESSAGE
    assert action_for(Qt.Key.Key_3, Qt.KeyboardModifier.NoModifier, typing=True) is None
    rows = dict(help_rows())
    assert "1  /  2  /  3" in rows and "0" in rows  # F1 lists them


def test_a_typed_message_and_a_long_paste_cut_with_a_word(qtbot: QtBot, ctl: MeetingController) -> None:
    panel = ctl.console.message_panel
    ctl.console.activateWindow()
    qtbot.waitActive(ctl.console)
    panel.edit.setFocus()
    qtbot.keyClicks(panel.edit, "Kaffe i kantinen 3. sal")
    qtbot.keyClick(panel.edit, Qt.Key.Key_Return)
    assert room(ctl)["message"] == "Kaffe i kantinen 3. sal"
    assert ctl.meeting.state is RunState.READY  # the Space, 3 and . typed went to the field
    long = " ".join(f"ord{i}" for i in range(100))  # 489 characters
    QGuiApplication.clipboard().setText(long)
    panel.edit.clear()
    qtbot.keyClick(panel.edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    whole_words = long[:long.rfind(" ", 0, MAX_MESSAGE + 1)]
    assert panel.edit.text() == whole_words  # cut after the last whole word that fits
    assert panel.note.isVisible() and "200" in panel.note.text()  # and it says so
    qtbot.keyClick(panel.edit, Qt.Key.Key_X)
    qtbot.keyClick(panel.edit, Qt.Key.Key_X)
    assert panel.edit.text() == whole_words + "x"  # typing stops at the limit
    qtbot.keyClick(panel.edit, Qt.Key.Key_Backspace)
    qtbot.mouseClick(panel.show_button, Qt.MouseButton.LeftButton)
    assert room(ctl)["message"] == whole_words
    panel.edit.setText("kort")
    qtbot.keyClick(panel.edit, Qt.Key.Key_Backspace)
    assert not panel.note.isVisible()
    SHOTS.mkdir(parents=True, exist_ok=True)
    ctl.room.view.grab().save(str(SHOTS / "room-message-1920x1080.png"))


class Shouting(QTranslator):
    """A stand-in language: the ready-made messages in capitals."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return source.upper() if context == "RoomMessage" else ""

    def isEmpty(self) -> bool:
        return False


def test_ready_made_messages_follow_the_language_while_shown(qtbot: QtBot, ctl: MeetingController) -> None:
    ctl.on_action(Action.MESSAGE_3)
    assert room(ctl)["message"] == "Short break"
    shouting = Shouting()
    QCoreApplication.installTranslator(shouting)
    try:
        QApplication.processEvents()
        assert room(ctl)["message"] == "SHORT BREAK"
        assert ctl.console.message_panel.preset_buttons[2].text() == "SHORT BREAK"
    finally:
        QCoreApplication.removeTranslator(shouting)
    QApplication.processEvents()
    assert room(ctl)["message"] == "Short break"


def test_at_the_end_a_ready_made_message_goes_and_a_typed_one_stays(qtbot: QtBot,
                                                                     ctl: MeetingController) -> None:
    qtbot.keyClick(ctl.room, Qt.Key.Key_Space)
    qtbot.keyClick(ctl.room, Qt.Key.Key_1)
    ctl.finish()
    assert "message" not in room(ctl) and "Thank you" in room(ctl).values()
    panel = ctl.console.message_panel
    qtbot.keyClicks(panel.edit, "Kaffe i kantinen")
    qtbot.mouseClick(panel.show_button, Qt.MouseButton.LeftButton)
    assert room(ctl)["message"] == "Kaffe i kantinen"  # after the end too


@given(st.text(max_size=700))
def test_any_message_is_one_short_line(text: str) -> None:
    shown, cut = clean_message(text)
    assert len(shown) <= MAX_MESSAGE and "\n" not in shown and shown == shown.strip()
    assert cut == (len(" ".join(text.split())) > MAX_MESSAGE) or cut is False
    assert clean_message(shown) == (shown, False)


# -- never in the record --------------------------------------------------------------------------------

@pytest.fixture
def runde(qtbot: QtBot, tmp_path: Path) -> Iterator[RundeApp]:
    r = RundeApp(parse(["--data-dir", str(tmp_path / "d"), "--lang", "en"]))
    assert r.open_store()
    yield r
    r.quit()
    for w in (r.start_screen, r.controller and r.controller.room, r.controller and r.controller.console):
        if w is not None:
            w.close()


def test_a_message_is_never_written_to_the_record(runde: RundeApp, qtbot: QtBot, tmp_path: Path) -> None:
    secret = "Fru Hansen på stue 12 er død i nat"
    s = runde.open_start_screen()
    qtbot.addWidget(s)
    s.team_box.setCurrentText("Afsnit 3")
    s.participants_edit.setPlainText("Anna\nBo\nCecilie")
    s.facilitator_box.setCurrentIndex(s.facilitator_box.findText("Anna"))  # the format needs one
    qtbot.keyClick(s.participants_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    ctl = runde.controller
    assert ctl is not None and runde.session is not None
    qtbot.addWidget(ctl.room)
    qtbot.addWidget(ctl.console)
    ctl.console.show()
    panel = ctl.console.message_panel
    qtbot.keyClick(ctl.room, Qt.Key.Key_Space)
    qtbot.keyClicks(panel.edit, secret)
    qtbot.mouseClick(panel.show_button, Qt.MouseButton.LeftButton)
    assert room(ctl)["message"] == secret
    qtbot.keyClick(ctl.room, Qt.Key.Key_2)
    runde.session.save_live()
    assert secret not in json.dumps(meeting_to_state(ctl.meeting), ensure_ascii=False)
    answer_modal(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    ctl.console.finish_button.click()
    assert ctl.meeting.state is RunState.FINISHED
    qtbot.waitUntil(lambda: runde.session.waiting() == 0, timeout=3000)  # type: ignore[union-attr]
    store = runde.store
    assert store is not None
    sheet = meeting_sheet(store, store.meetings()[0].id, ctl.meeting.clock.wall())
    assert "Anna" in " ".join(all_text(sheet)) and secret not in " ".join(all_text(sheet))
    assert "Please round off" not in " ".join(all_text(sheet))
    files = [p for p in (tmp_path / "d").rglob("*") if p.is_file()]
    assert any(p.suffix in {".sqlite", ".db", ".sqlite3"} or "runde" in p.name for p in files)
    for path in files:  # the database, its journal, settings, rescue files: none holds the words
        data = path.read_bytes()
        assert secret.encode() not in data and secret.encode("utf-16-le") not in data, path


# -- the projector pulled out while a message is shown ----------------------------------------------------

def test_the_message_stays_when_the_projector_is_pulled_out(tmp_path: Path) -> None:
    config = tmp_path / "screens.json"
    config.write_text(json.dumps({"screens": [
        {"name": "Laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96, "dpr": 1},
        {"name": "Projector", "x": 1366, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96,
         "dpr": 1}]}))
    script = textwrap.dedent("""
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QApplication
        from app.clock import FakeClock
        from app.formats import load_format
        from app.paths import builtin_formats_dir
        from app.setup import MeetingSetup
        from ui.meeting_controller import MeetingController
        app = QApplication([])
        fmt = load_format(builtin_formats_dir() / "systematic-learning-meeting.json")
        clock = FakeClock()
        meeting = MeetingSetup(fmt, ("Anna", "Bo", "Cecilie")).create(clock)
        ctl = MeetingController(meeting)
        ctl.show()
        app.processEvents()
        QTest.mouseClick(ctl.console.message_panel.preset_buttons[2], Qt.MouseButton.LeftButton)
        def shown():
            ctl.ticker.refresh(); app.processEvents(); ctl.room.view.repaint()
            return [it.text for it in ctl.room.view.painted() if it.name == "message"]
        print("BEFORE", ctl.router.current.name(), shown())
        room = ctl.room
        app.screenRemoved.emit(ctl.router.current)  # the projector unplugged, as Qt tells it
        app.processEvents()
        print("AFTER", ctl.router.current.name(), ctl.room is room, room.isVisible(), shown())
        ctl.router.move_to_next_screen()
        app.processEvents()
        print("BACK", ctl.router.current.name(), shown())
    """)
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env,
                         cwd=ROOT, timeout=60, check=False)
    assert out.returncode == 0, out.stderr
    lines = {ln.split()[0]: ln for ln in out.stdout.splitlines()}
    assert lines["BEFORE"] == "BEFORE Projector ['Short break']"
    assert lines["AFTER"] == "AFTER Laptop True True ['Short break']"
    assert lines["BACK"] == "BACK Projector ['Short break']"
