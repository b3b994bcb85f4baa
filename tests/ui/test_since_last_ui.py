"""The second meeting of a team starts from the last: the start screen's tick, the room's first step
with its questions (screenshots at 1920x1080 and 1280x720), skipping it, leaving it out, the capture
field, and a crash in the middle of it. A real SQLite store in a temp folder."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.engine import RunState
from app.since_last import STEP_ID
from tests.ui.screen_checks import clipped
from ui.application import RundeApp
from ui.cli import parse
from ui.meeting_controller import MeetingController
from ui.start_screen import StartScreen

SHOTS = Path(os.environ.get("RUNDE_SHOTS", "/tmp/runde-shots"))
QUESTION = "What did you try since last time?"


@pytest.fixture
def runde(qtbot: QtBot, tmp_path: Path) -> Iterator[RundeApp]:
    r = RundeApp(parse(["--data-dir", str(tmp_path / "d"), "--lang", "en"]))
    assert r.open_store()
    yield r
    r.quit()
    for w in (r.start_screen, r.controller and r.controller.room, r.controller and r.controller.console):
        if w is not None:
            w.close()


def _screen(r: RundeApp, qtbot: QtBot, fmt: str = "systematic-learning-meeting") -> StartScreen:
    s = r.open_start_screen()
    qtbot.addWidget(s)
    s.team_box.setCurrentText("Afsnit 3")
    s.select_format(fmt)
    if not s.participants_edit.toPlainText():
        s.participants_edit.setPlainText("Anna\nBo\nCecilie\nDorte")
    s.facilitator_box.setCurrentIndex(1)
    s.presenter_list.set_chosen(["Bo"])
    return s


def _start(r: RundeApp, qtbot: QtBot, s: StartScreen) -> MeetingController:
    s.start_button.click()
    ctl = r.controller
    assert ctl is not None and r.session is not None
    qtbot.addWidget(ctl.room)
    qtbot.addWidget(ctl.console)
    return ctl


def painted(ctl: MeetingController) -> list[str]:
    ctl.ticker.refresh()
    QApplication.processEvents()
    ctl.room.view.repaint()
    return ctl.room.view.shown_texts()


def test_the_first_meeting_has_no_such_step_and_the_second_starts_with_it(runde: RundeApp,
                                                                          qtbot: QtBot) -> None:
    s = _screen(runde, qtbot)
    assert not s.has_last_time() and s.since_last_box.isHidden()  # a first meeting never gets it
    first_plan = s.setup()
    assert first_plan is not None and first_plan.format.steps[0].id == "case"
    first_total = first_plan.planned_total_s()
    ctl = _start(runde, qtbot, s)
    assert [st.id for st in ctl.meeting.format.steps][0] == "case"
    assert runde.session is not None
    runde.session.close()

    s = _screen(runde, qtbot)
    assert s.has_last_time() and not s.since_last_box.isHidden() and s.since_last_box.isChecked()
    s.resize(1280, 720)
    s.show()
    QApplication.processEvents()
    SHOTS.mkdir(parents=True, exist_ok=True)
    s.grab().save(str(SHOTS / "start-since-last-time-1280x720.png"))
    assert clipped(s) == []
    setup = s.setup()
    assert setup is not None and setup.format.steps[0].id == STEP_ID
    assert setup.planned_total_s() == first_total + 180  # the total grows, and the screen says so
    assert s.plan_label.text().startswith(f"Planned: {round((first_total + 180) / 60)} min of 30 min")
    ctl = _start(runde, qtbot, s)
    assert ctl.meeting.format.steps[0].id == STEP_ID
    assert ctl.meeting.planned_total_s == first_total + 180
    assert f"Planned {round((first_total + 180) / 60)} min" in painted(ctl)  # the room, before the start
    ctl.meeting.start()
    texts = painted(ctl)
    assert "Step 1 of 6 · Since last time" in texts
    assert f"1. {QUESTION}" in texts
    assert "3. The measures from last time: done, still open or dropped?" in texts
    assert "03:00" in texts
    # the capture has its field in view, and what is typed is kept with the meeting
    panel = runde.session.panel  # type: ignore[union-attr]
    assert not panel.last_box.isHidden() and panel.tried.isVisibleTo(panel)
    assert len(panel.question_ticks) == 8  # the learning questions only, numbered as the format's
    qtbot.keyClicks(panel.tried, "Vi prøvede <b>tjeklisten</b> & R&D")
    panel.flush()
    cap = runde.store.capture(runde.session.meeting_id)  # type: ignore[union-attr]
    assert cap.extra["tried_since_last"] == "Vi prøvede <b>tjeklisten</b> & R&D"
    # ticked confidential: kept with the meeting, left out of the team's file
    from app.storage.team_transfer import export_team

    assert not panel.tried_secret.isChecked() and panel.tried_secret.accessibleName()
    panel.tried_secret.setChecked(True)
    panel.flush()
    store, mid = runde.store, runde.session.meeting_id  # type: ignore[union-attr]
    assert store is not None and store.capture(mid).extra["tried_since_last_confidential"] == "1"
    team_id = store.team_id("Afsnit 3")
    assert team_id is not None
    shared = export_team(store, team_id)
    assert all("tjeklisten" not in str(m["capture"]) for m in shared["meetings"])
    assert any("tjeklisten" in str(m["capture"]) for m in export_team(store, team_id,
                                                                      include_private=True)["meetings"])
    panel.load(store.capture(mid))
    assert panel.tried_secret.isChecked()
    panel.tried_secret.setChecked(False)
    panel.flush()
    assert "tried_since_last_confidential" not in store.capture(mid).extra
    # skipped like any step: the clicker's next key
    ctl.keys.windows = []
    qtbot.keyClick(ctl.room, Qt.Key.Key_PageDown)
    assert ctl.meeting.view().step.id == "case"
    # three minutes ahead, less the real seconds the step ran while the test typed (over 1 s on a loaded
    # machine: this failed once at -178.9 beside a CI run)
    assert ctl.meeting.view().behind_s == pytest.approx(-180, abs=10)


def test_it_can_be_left_out(runde: RundeApp, qtbot: QtBot) -> None:
    _start(runde, qtbot, _screen(runde, qtbot))
    runde.session.close()  # type: ignore[union-attr]
    s = _screen(runde, qtbot)
    plain = s.setup()
    s.since_last_box.setChecked(False)
    setup = s.setup()
    assert plain is not None and setup is not None
    assert setup.format.steps[0].id == "case"
    assert setup.planned_total_s() == plain.planned_total_s() - 180
    ctl = _start(runde, qtbot, s)
    assert STEP_ID not in [st.id for st in ctl.meeting.format.steps]


def test_a_learning_circle_keeps_its_own_step_and_gets_no_second(runde: RundeApp, qtbot: QtBot) -> None:
    s = _screen(runde, qtbot, "learning-circle")
    # a first gathering: its own "Since last time" round is offered, not ticked
    assert not s.since_last_box.isHidden() and not s.since_last_box.isChecked()
    setup = s.setup()
    assert setup is not None and setup.format.steps[0].id == "topic"
    s.since_last_box.setChecked(True)
    setup = s.setup()
    assert setup is not None and [st.id for st in setup.format.steps][:2] == ["since-last-time", "topic"]
    _start(runde, qtbot, s)
    runde.session.close()  # type: ignore[union-attr]
    s = _screen(runde, qtbot, "learning-circle")
    assert s.since_last_box.isChecked()
    setup = s.setup()
    assert setup is not None
    assert [st.id for st in setup.format.steps].count("since-last-time") == 1
    assert STEP_ID not in [st.id for st in setup.format.steps]


def test_screenshots_of_the_room_at_the_step(runde: RundeApp, qtbot: QtBot) -> None:
    _start(runde, qtbot, _screen(runde, qtbot))
    runde.session.close()  # type: ignore[union-attr]
    ctl = _start(runde, qtbot, _screen(runde, qtbot))
    ctl.room.view.set_flash_enabled(False)
    ctl.meeting.start()
    SHOTS.mkdir(parents=True, exist_ok=True)
    view = ctl.room.view
    for w, h in ((1920, 1080), (1280, 720)):
        view.resize(w, h)
        view.set_view(ctl.meeting.view())
        view.repaint()
        view.grab().save(str(SHOTS / f"room-since-last-time-{w}x{h}.png"))
        rects = view.layout_rects()
        assert all(r.right() <= w + 1 and r.bottom() <= h + 1 for r in rects.values())
        assert rects["questions"].height() > 0 and rects["clock"].height() >= h * 0.2
        assert f"1. {QUESTION}" in view.shown_texts()
        assert "Next: Case presentation" in view.shown_texts()


def test_a_crash_in_the_step_resumes_in_it(qtbot: QtBot, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "d"
    first = RundeApp(parse(["--data-dir", str(data), "--lang", "en"]))
    assert first.open_store()
    _start(first, qtbot, _screen(first, qtbot)).finish()  # the team's first meeting, held
    ctl = _start(first, qtbot, _screen(first, qtbot))
    ctl.meeting.start()
    first.session.panel.tried.setPlainText("Halvvejs")  # type: ignore[union-attr]
    first.session.panel.flush()  # type: ignore[union-attr]
    first.session.save_live()  # type: ignore[union-attr]
    first.store.close()  # type: ignore[union-attr]  # as if killed
    second = RundeApp(parse(["--data-dir", str(data), "--lang", "en"]))
    assert second.open_store()
    monkeypatch.setattr(QMessageBox, "exec", lambda self: self.buttons()[0].click() or 0)
    assert second.offer_resume() is True
    back = second.controller
    assert back is not None
    qtbot.addWidget(back.room)
    qtbot.addWidget(back.console)
    assert back.meeting.state is RunState.PAUSED and back.meeting.view().step.id == STEP_ID
    panel = second.session.panel  # type: ignore[union-attr]
    assert not panel.last_box.isHidden() and panel.tried.toPlainText() == "Halvvejs"
    second.quit()


def test_runde_run_with_a_team_starts_from_the_last_too(qtbot: QtBot, tmp_path: Path) -> None:
    """The team's desktop shortcut: its second meeting also opens with "Since last time" (the
    database opens after the first paint, so the plan is set then, before anyone presses start)."""
    firsts: list[list[str]] = []
    for _ in range(2):
        r = RundeApp(parse(["--data-dir", str(tmp_path / "d"), "--lang", "en", "run",
                            "systematic-learning-meeting", "--participants", "Anna,Bo,Cecilie",
                            "--facilitator", "Anna", "--team", "Afsnit 3"]))
        ctl = r.run_command()
        assert ctl is not None
        qtbot.addWidget(ctl.room)
        qtbot.addWidget(ctl.console)
        r.finish_startup()
        firsts.append([s.id for s in ctl.meeting.format.steps])
        view = ctl.meeting.view()
        assert len(view.agenda) == len(ctl.meeting.format.steps)
        assert r.store is not None
        if len(firsts) == 2:
            assert ctl.meeting.planned_total_s == pytest.approx(
                ctl.meeting.format.planned_total_s(3), abs=1)
            ctl.meeting.start()
            assert "Step 1 of 6 · Since last time" in painted(ctl)
        else:  # the team's first meeting is held (one closed before it started is not kept)
            ctl.meeting.start()
        r.quit()
        ctl.room.close()
        ctl.console.close()
    assert firsts[0][0] == "case" and firsts[1][0] == STEP_ID and firsts[1][1:] == firsts[0]
