"""The whole meeting on screen: keys, two emulated screens, a projector pulled out, screenshots."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.clock import FakeClock
from app.engine import Phase, RunState
from app.formats import load_format
from app.paths import builtin_formats_dir
from app.rotation import TurnStatus
from app.setup import MeetingSetup
from ui.meeting_controller import MeetingController

ROOT = Path(__file__).resolve().parents[2]
SHOTS = Path(os.environ.get("RUNDE_SHOTS", "/tmp/runde-shots"))
NAMES = ("Anna", "Bo", "Cecilie", "Dorte", "Eva", "Finn", "Máret Đuoŋŋa")


@pytest.fixture
def controller(qtbot: QtBot, fake_clock: FakeClock) -> MeetingController:
    fmt = load_format(builtin_formats_dir() / "systematic-learning-meeting.json")
    meeting = MeetingSetup(fmt, NAMES, facilitator=0, presenters=(1,)).create(fake_clock)
    ctl = MeetingController(meeting)
    qtbot.addWidget(ctl.room)
    qtbot.addWidget(ctl.console)
    ctl.show()
    ctl.room.activateWindow()
    qtbot.waitActive(ctl.room)
    return ctl


def painted(ctl: MeetingController) -> list[str]:
    """What the room's view shows now (a synchronous repaint first)."""
    ctl.ticker.refresh()
    QApplication.processEvents()
    ctl.room.view.repaint()
    return ctl.room.view.shown_texts()


def press(qtbot: QtBot, ctl: MeetingController, *keys: Qt.Key) -> None:
    for key in keys:
        qtbot.keyClick(ctl.room, key)


def test_a_whole_meeting_by_clicker_keys(qtbot: QtBot, controller: MeetingController,
                                         fake_clock: FakeClock) -> None:
    ctl = controller
    press(qtbot, ctl, Qt.Key.Key_Space)
    assert ctl.meeting.state is RunState.RUNNING
    fake_clock.advance(290)
    assert painted(ctl)[0].startswith("Step 1 of 5")
    assert "00:10" in painted(ctl)
    press(qtbot, ctl, Qt.Key.Key_PageDown, Qt.Key.Key_PageDown)
    fake_clock.advance(200)
    press(qtbot, ctl, Qt.Key.Key_Plus)  # a minute more for the presenter
    ctl.ticker.refresh()
    assert ctl.meeting.view().remaining_s == pytest.approx(-80 + 60)
    press(qtbot, ctl, Qt.Key.Key_Minus)
    view = ctl.meeting.view()
    assert view.phase is Phase.OVERTIME
    assert "+01:20" in painted(ctl)
    press(qtbot, ctl, Qt.Key.Key_PageDown)  # into the round
    view = ctl.meeting.view()
    assert view.round is not None and view.round.speaker is not None
    assert view.round.speaker.name == "Anna"
    press(qtbot, ctl, Qt.Key.Key_P)  # Anna passes
    for _ in NAMES[1:]:
        fake_clock.advance(50)
        press(qtbot, ctl, Qt.Key.Key_Right)
    view = ctl.meeting.view()
    assert view.round is not None and view.round.complete
    statuses = {t.name: t.status for t in view.round.turns}
    assert statuses["Anna"] is TurnStatus.PASSED
    assert statuses["Bo"] is TurnStatus.SPOKEN
    assert any("Round complete" in t for t in painted(ctl))
    press(qtbot, ctl, Qt.Key.Key_PageDown, Qt.Key.Key_PageDown, Qt.Key.Key_PageDown)  # past the end
    assert ctl.meeting.view().step.id == "measures"
    press(qtbot, ctl, Qt.Key.Key_Space)
    assert ctl.meeting.state is RunState.PAUSED
    record = ctl.meeting.record()
    assert [t.status for t in record.turns].count(TurnStatus.PASSED) == 1


def test_typing_in_the_console_does_not_drive_the_meeting(qtbot: QtBot,
                                                          controller: MeetingController) -> None:
    ctl = controller
    ctl.console.show()
    ctl.console.activateWindow()
    qtbot.waitActive(ctl.console)
    ctl.console.late_edit.setFocus()
    qtbot.keyClicks(ctl.console.late_edit, "Bo B.")
    assert ctl.meeting.state is RunState.READY
    assert ctl.console.late_edit.text() == "Bo B."
    qtbot.keyClick(ctl.console.late_edit, Qt.Key.Key_Return)
    assert ctl.meeting.participants[-1] == "Bo B."
    qtbot.keyClick(ctl.console.late_edit, Qt.Key.Key_PageDown)  # the clicker still works
    assert ctl.meeting.state is RunState.RUNNING


def test_blackout_and_help(qtbot: QtBot, controller: MeetingController) -> None:
    from ui.help_overlay import HelpOverlay

    ctl = controller
    press(qtbot, ctl, Qt.Key.Key_B)
    image = ctl.room.view.grab().toImage()
    assert {image.pixelColor(x, y).name() for x in (5, 300, 700) for y in (5, 200, 500)} == {"#000000"}
    press(qtbot, ctl, Qt.Key.Key_Period)
    assert ctl.blackout is False
    press(qtbot, ctl, Qt.Key.Key_F1)
    [overlay] = [h for h in ctl.room.findChildren(HelpOverlay) if h.isVisible()]  # over the room
    assert overlay.isVisible() and any("Space" in k for k, _ in overlay.rows())
    qtbot.keyClick(overlay, Qt.Key.Key_Escape)
    assert not overlay.isVisible()


def test_every_key_very_fast_never_breaks(qtbot: QtBot, controller: MeetingController,
                                          fake_clock: FakeClock) -> None:
    keys = [Qt.Key.Key_PageDown, Qt.Key.Key_PageUp, Qt.Key.Key_Space, Qt.Key.Key_Plus,
            Qt.Key.Key_Minus, Qt.Key.Key_P, Qt.Key.Key_Right, Qt.Key.Key_Left]
    for i in range(400):
        press(qtbot, controller, keys[(i * 7) % len(keys)])
        fake_clock.advance(0.37)
    view = controller.meeting.view()
    assert 0 <= view.step_index < 5
    assert sum(s.actual_s for s in controller.meeting.record().steps) <= 400 * 0.37 + 1e-6


def test_screenshots_mid_round_and_overtime(qtbot: QtBot, controller: MeetingController,
                                            fake_clock: FakeClock) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    ctl = controller
    ctl.room.view.set_flash_enabled(False)
    m = ctl.meeting
    m.start()
    for _ in range(3):
        m.next()
    m.pass_turn()
    m.next()
    m.set_absent(4)
    fake_clock.advance(50)
    for w, h in ((1920, 1080), (1280, 720)):
        ctl.room.view.resize(w, h)
        ctl.room.view.set_view(m.view())
        ctl.room.view.repaint()
        ctl.room.view.grab().save(str(SHOTS / f"room-round-{w}x{h}.png"))
        rects = ctl.room.view.layout_rects()
        assert rects["clock"].height() >= h * 0.2
        assert all(r.right() <= w + 1 and r.bottom() <= h + 1 for r in rects.values())
        assert "▶ Cecilie" in ctl.room.view.shown_texts()
    m.next()
    fake_clock.advance(140)
    for w, h in ((1920, 1080), (1280, 720)):
        ctl.room.view.resize(w, h)
        ctl.room.view.set_view(m.view())
        ctl.room.view.repaint()
        ctl.room.view.grab().save(str(SHOTS / f"room-overtime-{w}x{h}.png"))
        assert any(t.startswith("Over time") for t in ctl.room.view.shown_texts())
    ctl.console.resize(1366, 768)
    ctl.console.show_view(m.view())
    ctl.console.grab().save(str(SHOTS / "console-1366x768.png"))


def test_projector_plugged_and_pulled(tmp_path: Path) -> None:
    """Two emulated screens (offscreen config file): the room view goes to the projector, and
    survives the projector being removed mid-round."""
    config = tmp_path / "screens.json"
    config.write_text(json.dumps({"screens": [
        {"name": "Laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96, "dpr": 1},
        {"name": "Projector", "x": 1366, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96,
         "dpr": 1}]}))
    script = textwrap.dedent("""
        from PySide6.QtGui import QGuiApplication
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
        names = [s.name() for s in QGuiApplication.screens()]
        print("SCREENS", names)
        print("ROOM", ctl.router.current.name(), ctl.room.geometry().getRect(), ctl.room.isFullScreen())
        print("CONSOLE", ctl.console.isVisible())
        meeting.start(); meeting.next(); meeting.next(); meeting.next(); clock.advance(20)
        projector = ctl.router.current
        room = ctl.room
        app.screenRemoved.emit(projector)  # unplugged, as Qt tells it
        app.processEvents()
        print("AFTER", ctl.router.current.name(), ctl.room is room, room.isVisible(),
              room.geometry().getRect(), meeting.view().round.speaker.name,
              round(meeting.view().remaining_s))
        ctl.router.move_to_next_screen(); print("NEXT", ctl.router.current.name())
        ctl.router.move_to_next_screen(); print("NEXT", ctl.router.current.name())
    """)
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env,
                         cwd=ROOT, timeout=60, check=False)
    assert out.returncode == 0, out.stderr
    lines = {ln.split()[0]: ln for ln in out.stdout.splitlines()}
    assert "'Laptop', 'Projector'" in lines["SCREENS"]
    assert lines["ROOM"].startswith("ROOM Projector (1366, 0, 1920, 1080) True")
    assert lines["CONSOLE"] == "CONSOLE True"
    assert lines["AFTER"].startswith("AFTER Laptop True True (0, 0, 1366, 768) Anna 40")
    nexts = [ln.split()[1] for ln in out.stdout.splitlines() if ln.startswith("NEXT")]
    assert nexts == ["Projector", "Laptop"]


def test_one_screen_fills_it(controller: MeetingController) -> None:
    screens = QGuiApplication.screens()
    assert len(screens) == 1
    assert controller.room.isFullScreen()
    assert controller.room.geometry() == screens[0].geometry()
    assert not controller.console.isVisible()
    controller.room.view.repaint()
    assert "F1 keys · F2 console · Esc leave full screen" in controller.room.view.shown_texts()


def test_a_round_with_nobody_in_it_is_not_over_time(qtbot: QtBot, fake_clock: FakeClock) -> None:
    fmt = load_format(builtin_formats_dir() / "systematic-learning-meeting.json")
    ctl = MeetingController(MeetingSetup(fmt, ()).create(fake_clock))
    qtbot.addWidget(ctl.room)
    qtbot.addWidget(ctl.console)
    ctl.show()
    qtbot.waitExposed(ctl.room)
    ctl.meeting.start()
    for _ in range(3):
        ctl.meeting.next()
    fake_clock.advance(5)
    assert ctl.meeting.view().phase is not Phase.OVERTIME
    texts = painted(ctl)
    assert "Nobody takes a turn in this round" in texts and "+00:05" not in texts


def test_who_passed_stays_readable_when_the_word_is_long(qtbot: QtBot, fake_clock: FakeClock) -> None:
    from tests.ui.acting import language_as_before
    from ui.i18n import Translations

    fmt = load_format(builtin_formats_dir() / "systematic-learning-meeting.json")
    names = tuple(f"Person {i}" for i in range(10))
    ctl = MeetingController(MeetingSetup(fmt, names).create(fake_clock))
    qtbot.addWidget(ctl.room)
    qtbot.addWidget(ctl.console)
    ctl.show()
    qtbot.waitExposed(ctl.room)
    ctl.room.view.resize(1280, 720)
    ctl.meeting.start()
    for _ in range(3):
        ctl.meeting.next()
    ctl.meeting.pass_turn()  # the first in the round passes
    assert any(t in {"↷ Person 0", "Person 0 passed"} for t in painted(ctl)), painted(ctl)  # whole name
    with language_as_before():
        Translations().install("da")  # Danish says "passed" in more words: "%1 står over"
        ctl.set_language("da")
        assert any(t in {"↷ Person 0", "Person 0 står over"} for t in painted(ctl)), painted(ctl)
        ctl.set_language("en")
