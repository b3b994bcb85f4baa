"""Ending the meeting with the clicker alone: on the last step Page Down asks on the room's view ("Press
Page Down again to end the meeting") and a second Page Down ends it as Finish meeting… + Yes does; Page Up
or any other key takes the prompt away, and one press alone never ends the meeting. Keys pressed on the
real room window, the meeting's time moved by a fake clock, the result read on the room's view, the
console and in the database file."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.clock import FakeClock
from app.engine import RunState
from app.formats import StepKind, load_format
from app.paths import builtin_formats_dir
from app.setup import MeetingSetup
from ui.application import RundeApp
from ui.cli import parse
from ui.help_overlay import HelpOverlay
from ui.meeting_controller import END_CONFIRM_S, MeetingController
from ui.room_layout import Painted, overflows, overlaps

PROMPT = "Press Page Down again to end the meeting"
K = Qt.Key


@pytest.fixture
def runde(qtbot: QtBot, tmp_path: Path) -> Iterator[RundeApp]:
    r = RundeApp(parse(["--data-dir", str(tmp_path / "d"), "--lang", "en"]))
    r.translations.install(r.lang)
    assert r.open_store()
    r.clock = FakeClock()  # type: ignore[assignment]  (the meeting's time, moved by the test)
    yield r
    r.quit()
    for w in (r.start_screen, r.controller and r.controller.room, r.controller and r.controller.console):
        if w is not None:
            w.close()


def _start(r: RundeApp, qtbot: QtBot) -> MeetingController:
    s = r.open_start_screen()
    qtbot.addWidget(s)
    s.team_box.setCurrentText("Afsnit 3")
    s.participants_edit.setPlainText("Anna\nBo\nCecilie")
    s.facilitator_box.setCurrentIndex(1)
    s.presenter_list.set_chosen(["Bo"])
    qtbot.keyClick(s.participants_edit, K.Key_Return, Qt.KeyboardModifier.ControlModifier)
    ctl = r.controller
    assert ctl is not None and s.isHidden()
    qtbot.addWidget(ctl.room)
    qtbot.addWidget(ctl.console)
    ctl.keys.windows = []  # keys count whichever window the offscreen platform calls active
    qtbot.waitExposed(ctl.room)
    return ctl


def _press(ctl: MeetingController, qtbot: QtBot, key: Qt.Key, wait_s: float = 1.0) -> None:
    """The facilitator presses ``key`` on the room's window, ``wait_s`` after the last key."""
    r_clock = ctl.meeting.clock
    assert isinstance(r_clock, FakeClock)
    r_clock.advance(wait_s)
    qtbot.keyClick(ctl.room, key)


def _painted(ctl: MeetingController) -> list[Painted]:
    ctl.ticker.refresh()
    QApplication.processEvents()
    ctl.room.view.repaint()
    return ctl.room.view.painted()


def _texts(ctl: MeetingController) -> list[str]:
    """The texts on the room's view, a wrapped one as one line."""
    return [" ".join(p.text.split()) for p in _painted(ctl)]


def _to_the_last_step(ctl: MeetingController, qtbot: QtBot) -> None:
    """Start, the steps and the round with the clicker; Bo passes."""
    for key in (K.Key_Space, K.Key_PageDown, K.Key_PageDown, K.Key_PageDown, K.Key_P, K.Key_PageDown,
                K.Key_PageDown, K.Key_PageDown):
        _press(ctl, qtbot, key, 60.0)
    view = ctl.meeting.view()
    assert view.is_last_step and view.round is None and view.state is RunState.RUNNING


def _db_row(tmp_path: Path) -> tuple[object, object]:
    """The meeting's end and its live state (JSON; None once it has ended), as stored in the file."""
    with closing(sqlite3.connect(tmp_path / "d" / "data" / "runde.sqlite3")) as con:
        ended, live = con.execute("SELECT ended, live_state FROM meeting").fetchone()
    return ended, json.loads(live) if live is not None else None


def test_page_down_twice_on_the_last_step_ends_the_meeting(runde: RundeApp, qtbot: QtBot,
                                                           tmp_path: Path) -> None:
    ctl = _start(runde, qtbot)
    _to_the_last_step(ctl, qtbot)
    assert PROMPT not in _texts(ctl)
    _press(ctl, qtbot, K.Key_F2, 60.0)  # the console too: its preview shows what the room sees

    _press(ctl, qtbot, K.Key_PageDown, 60.0)  # the clicker's Page Down with nowhere to go: it asks
    assert ctl.meeting.state is RunState.RUNNING
    items = _painted(ctl)
    [prompt] = [p for p in items if p.name == "end_prompt"]
    assert " ".join(prompt.text.split()) == PROMPT
    h = ctl.room.view.height()
    assert prompt.font.pixelSize() >= h * 0.04, (prompt.font.pixelSize(), h)  # read from the back wall
    assert not list(overlaps(items)) and not overflows(items), (list(overlaps(items)), overflows(items))
    assert any(t.startswith("Step 5 of 5") for t in _texts(ctl))  # the step itself is still shown
    ctl.console.preview.repaint()
    assert PROMPT in [" ".join(t.split()) for t in ctl.console.preview.shown_texts()]
    assert ctl.last_announcement == PROMPT  # a screen reader says it

    _press(ctl, qtbot, K.Key_PageDown, 2.0)  # again: the meeting ends, as Finish meeting… + Yes
    assert ctl.meeting.state is RunState.FINISHED
    shown = _texts(ctl)
    assert "Thank you" in shown and PROMPT not in shown
    console = ctl.console
    assert console.isVisible() and not console.end_panel.isHidden() and not console.finish_button.isEnabled()
    record = ctl.meeting.record()
    assert record.ended is not None and [s.step_id for s in record.steps][-1] == "measures"
    assert record.steps[-1].actual_s == pytest.approx(122.0, abs=1.0)  # its times are kept

    runde.session.pending.flush()  # type: ignore[union-attr]
    ended, live = _db_row(tmp_path)
    assert ended is not None and live is None  # finished in the file, not offered for resuming
    assert runde.store is not None and runde.store.unfinished_meetings() == []
    assert runde.store.meetings()[0].ended is not None

    _press(ctl, qtbot, K.Key_PageDown)  # a key after the end changes nothing
    runde.session.pending.flush()  # type: ignore[union-attr]
    assert _db_row(tmp_path) == (ended, None) and ctl.meeting.state is RunState.FINISHED


def test_page_up_or_any_other_key_takes_the_prompt_away(runde: RundeApp, qtbot: QtBot) -> None:
    ctl = _start(runde, qtbot)
    _to_the_last_step(ctl, qtbot)
    step = ctl.meeting.view().step_index

    _press(ctl, qtbot, K.Key_PageDown)
    assert PROMPT in _texts(ctl)
    _press(ctl, qtbot, K.Key_PageUp)  # Page Up: the prompt goes, the meeting stays where it was
    assert PROMPT not in _texts(ctl)
    assert ctl.meeting.view().step_index == step and ctl.meeting.state is RunState.RUNNING
    _press(ctl, qtbot, K.Key_PageDown)  # asks afresh: a press after Page Up is a first press again
    assert PROMPT in _texts(ctl) and ctl.meeting.state is RunState.RUNNING

    _press(ctl, qtbot, K.Key_X)  # a key that does nothing in a meeting still takes the prompt away
    assert PROMPT not in _texts(ctl)
    _press(ctl, qtbot, K.Key_PageDown)
    _press(ctl, qtbot, K.Key_Space)  # Space: the prompt goes and the meeting pauses, as Space does
    assert PROMPT not in _texts(ctl) and ctl.meeting.state is RunState.PAUSED
    _press(ctl, qtbot, K.Key_PageDown)  # paused on the last step: it asks too
    assert PROMPT in _texts(ctl)
    _press(ctl, qtbot, K.Key_PageDown)
    assert ctl.meeting.state is RunState.FINISHED


def test_one_page_down_alone_never_ends_the_meeting(runde: RundeApp, qtbot: QtBot) -> None:
    ctl = _start(runde, qtbot)
    _to_the_last_step(ctl, qtbot)
    _press(ctl, qtbot, K.Key_PageDown)
    clock = ctl.meeting.clock
    assert isinstance(clock, FakeClock)
    for _ in range(int(END_CONFIRM_S) + 2):  # the prompt waits, then goes by itself
        clock.advance(1.0)
        texts = _texts(ctl)
    assert PROMPT not in texts and ctl.meeting.state is RunState.RUNNING
    _press(ctl, qtbot, K.Key_PageDown)  # too late for the first: this one only asks again
    assert PROMPT in _texts(ctl) and ctl.meeting.state is RunState.RUNNING

    _press(ctl, qtbot, K.Key_Escape)  # cancel
    _press(ctl, qtbot, K.Key_PageDown)
    _press(ctl, qtbot, K.Key_PageDown, 0.05)  # a clicker that bounces sends two at once: not a decision
    assert ctl.meeting.state is RunState.RUNNING and PROMPT in _texts(ctl)


def test_a_round_as_the_last_step_asks_only_after_its_last_speaker(qtbot: QtBot) -> None:
    fmt = load_format(builtin_formats_dir() / "systematic-learning-meeting.json")
    last_round = max(i for i, s in enumerate(fmt.steps) if s.kind is StepKind.ROUND)
    fmt = replace(fmt, steps=fmt.steps[:last_round + 1])  # the round is the last step
    clock = FakeClock()
    m = MeetingSetup(fmt, ("Anna", "Bo", "Cecilie"), facilitator=0).create(clock)
    ctl = MeetingController(m)
    qtbot.addWidget(ctl.room)
    qtbot.addWidget(ctl.console)
    ctl.keys.windows = []
    ctl.room.resize(1366, 768)
    ctl.room.show()
    qtbot.waitExposed(ctl.room)
    _press(ctl, qtbot, K.Key_Space)
    while not ctl.meeting.view().is_last_step:
        _press(ctl, qtbot, K.Key_PageDown)
    speakers = 0
    while ctl.meeting.view().round.speaker is not None:  # type: ignore[union-attr]
        assert PROMPT not in _texts(ctl)
        _press(ctl, qtbot, K.Key_PageDown)  # the next speaker, never the prompt
        speakers += 1
    assert speakers >= 2 and PROMPT not in _texts(ctl)
    _press(ctl, qtbot, K.Key_PageDown)  # after the last speaker: it asks
    items = _painted(ctl)
    assert PROMPT in [" ".join(p.text.split()) for p in items] and ctl.meeting.state is RunState.RUNNING
    assert not list(overlaps(items)) and not overflows(items), (list(overlaps(items)), overflows(items))
    _press(ctl, qtbot, K.Key_PageDown)
    assert ctl.meeting.state is RunState.FINISHED and "Thank you" in _texts(ctl)
    ctl.close()


def test_the_help_and_the_readme_tell_it(runde: RundeApp, qtbot: QtBot) -> None:
    ctl = _start(runde, qtbot)
    _press(ctl, qtbot, K.Key_F1)
    overlay = next(w for w in ctl.room.findChildren(HelpOverlay))
    assert overlay.isVisible()
    rows = dict(overlay.rows())
    assert "end the meeting" in rows["Page Down twice"]
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    assert "Page Down twice" in readme
