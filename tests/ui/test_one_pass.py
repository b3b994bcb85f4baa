"""One meaning of "pass": the capture's Pass button records the same pass as P on the clicker, on the
room's view, in the round's order and on the sheet; a line typed for someone is never thrown away."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.export.assemble import meeting_sheet
from app.export.sheet import round_of
from app.rotation import TurnStatus
from ui.application import RundeApp
from ui.cli import parse
from ui.meeting_controller import MeetingController


@pytest.fixture
def runde(qtbot: QtBot, tmp_path: Path) -> Iterator[RundeApp]:
    r = RundeApp(parse(["--data-dir", str(tmp_path / "d"), "--lang", "en"]))
    assert r.open_store()
    yield r
    r.quit()
    for w in (r.start_screen, r.controller and r.controller.room, r.controller and r.controller.console):
        if w is not None:
            w.close()


def _in_the_round(r: RundeApp, qtbot: QtBot) -> MeetingController:
    s = r.open_start_screen()
    qtbot.addWidget(s)
    s.select_format("systematic-learning-meeting")
    s.participants_edit.setPlainText("Anna\nBo\nCecilie\nDorte")
    s.facilitator_box.setCurrentIndex(1)  # the format requires a facilitator
    qtbot.keyClick(s.participants_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    ctl = r.controller
    assert ctl is not None
    qtbot.addWidget(ctl.room)
    qtbot.addWidget(ctl.console)
    ctl.keys.windows = []
    for key in (Qt.Key.Key_Space, Qt.Key.Key_PageDown, Qt.Key.Key_PageDown, Qt.Key.Key_PageDown):
        qtbot.keyClick(ctl.room, key)  # start, questions, the presenter's learning, the round
    assert ctl.meeting.view().round is not None
    return ctl


def test_the_capture_pass_button_passes_as_p_does(runde: RundeApp, qtbot: QtBot) -> None:
    ctl = _in_the_round(runde, qtbot)
    panel = runde.session.panel  # type: ignore[union-attr]
    first = ctl.meeting.view().round.speaker.name  # type: ignore[union-attr]
    panel.round_pass.click()  # the console's Pass
    turns = {t.name: t.status for t in ctl.meeting.view().round.turns}  # type: ignore[union-attr]
    assert turns[first] is TurnStatus.PASSED
    second = ctl.meeting.view().round.speaker.name  # type: ignore[union-attr]
    assert second != first  # the word went on, as with P
    qtbot.keyClick(ctl.room, Qt.Key.Key_P)  # the clicker's pass for the next one
    turns = {t.name: t.status for t in ctl.meeting.view().round.turns}  # type: ignore[union-attr]
    assert turns[second] is TurnStatus.PASSED
    runde.session.panel.flush()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: runde.session.waiting() == 0, timeout=3000)  # type: ignore[union-attr]
    line = {r.participant: r for r in panel.capture.round_lines}
    assert line[first].passed and line[second].passed  # the notes say the same for both
    # the name first, as the console says it ("pass Bo" read as an order; Danish "står over Bo" too)
    assert _room_chip(ctl, first) == f"{first} passed" and _room_chip(ctl, second) == f"{second} passed"
    ctl.console.show()
    ctl.ticker.refresh()
    rows = [ctl.console.round_list.item(i).text() for i in range(ctl.console.round_list.count())]
    assert f"{first} — passed" in rows and f"{second} — passed" in rows  # the console says the same


def _room_chip(ctl: MeetingController, name: str) -> str:
    """The room's chip for ``name`` as painted (its status mark and the name)."""
    ctl.ticker.refresh()
    ctl.room.view.resize(1920, 1080)
    ctl.room.view.grab()
    chips = [it.text for it in ctl.room.view.painted() if it.name.startswith("chip")]
    return next(text for text in chips if name in text)


def test_a_line_typed_after_a_pass_is_on_the_sheet(runde: RundeApp, qtbot: QtBot) -> None:
    ctl = _in_the_round(runde, qtbot)
    panel = runde.session.panel  # type: ignore[union-attr]
    who = ctl.meeting.view().round.speaker.name  # type: ignore[union-attr]
    qtbot.keyClicks(panel.round_line, "Then I said: listen longer")
    panel.round_pass.click()
    panel.flush()
    ctl.finish()
    store = runde.store
    assert store is not None
    qtbot.waitUntil(lambda: runde.session.waiting() == 0, timeout=3000)  # type: ignore[union-attr]
    sheet = meeting_sheet(store, store.meetings()[0].id, ctl.meeting.clock.wall())
    turn = next(t for t in round_of(sheet.entries[0]) if t.participant == who)
    assert (turn.status, turn.text) == ("spoken", "Then I said: listen longer")


def test_a_measures_due_date_calendar_opens_at_this_month(runde: RundeApp, qtbot: QtBot) -> None:
    from PySide6.QtCore import QDate, QPoint

    ctl = _in_the_round(runde, qtbot)
    panel = runde.session.panel  # type: ignore[union-attr]
    ctl.console.show()
    panel.add_measure.click()
    due = panel.measure_rows[0].due
    panel.ensureWidgetVisible(due)
    qtbot.mouseClick(due, Qt.MouseButton.LeftButton, pos=QPoint(due.width() - 6, due.height() // 2))
    calendar = due.calendarWidget()
    qtbot.waitUntil(calendar.isVisible, timeout=2000)
    today = QDate.currentDate()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())
    calendar.close()
