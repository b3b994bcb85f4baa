"""The start screen as the facilitator uses it: a facilitator required by the format (the button says
why it cannot start), a plan longer than the usual half hour (the bar, the fixes with their new totals,
starting anyway asks once), and a plan that fills the half hour exactly. Screenshots go to
/tmp/runde-shots (RUNDE_SHOTS)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.formats import Format, load_format
from app.paths import builtin_formats_dir
from app.plan_fit import FixKind
from app.setup import MeetingSetup
from tests.ui.acting import answer_modal
from tests.ui.screen_checks import clipped
from ui.appearance import Appearance
from ui.start_screen import StartScreen

SHOTS = Path(os.environ.get("RUNDE_SHOTS", "/tmp/runde-shots"))
SLM = "systematic-learning-meeting"
NINE = "Anna, Bo, Cecilie, Dorte, Eva, Finn, Gro, Hans, Ida"
CTRL = Qt.KeyboardModifier.ControlModifier


def formats() -> dict[str, Format]:
    return {SLM: load_format(builtin_formats_dir() / f"{SLM}.json")}


def screen(qtbot: QtBot, names: str, *, size: tuple[int, int] = (1366, 768)) -> tuple[StartScreen, list]:
    s = StartScreen(formats())
    qtbot.addWidget(s)
    started: list[MeetingSetup] = []
    s.start_requested.connect(started.append)
    s.resize(*size)
    with qtbot.waitActive(s):
        s.show()
        s.activateWindow()
    s.participants_edit.setFocus()
    qtbot.keyClicks(s.participants_edit, names)
    return s, started


def choose_facilitator(qtbot: QtBot, s: StartScreen) -> None:
    """Alt+A to the facilitator, then the arrow key to the first name."""
    qtbot.keyClick(s, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is s.facilitator_box
    qtbot.keyClick(s.facilitator_box, Qt.Key.Key_Down)


def ctrl_enter(qtbot: QtBot, s: StartScreen) -> None:
    qtbot.keyClick(s.participants_edit, Qt.Key.Key_Return, CTRL)


def test_no_start_without_a_facilitator_and_the_button_says_why(qtbot: QtBot) -> None:
    s, started = screen(qtbot, "Anna, Bo, Cecilie")
    reason = "Choose a facilitator first: this format needs one to lead the meeting."
    assert not s.start_button.isEnabled()
    assert s.start_reason.isVisible() and s.start_reason.text() == reason  # beside the button
    assert s.start_button.toolTip() == reason and s.start_button.accessibleDescription() == reason
    assert "Choose a facilitator: the meeting needs" not in s.notes_label.text()  # said once
    ctrl_enter(qtbot, s)
    assert started == [] and QApplication.focusWidget() is s.facilitator_box  # to what is missing
    s.start_button.click()
    qtbot.mouseClick(s.start_button, Qt.MouseButton.LeftButton)
    assert started == []
    SHOTS.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()
    s.grab().save(str(SHOTS / "start-facilitator-required-1366x768.png"))
    assert clipped(s) == []
    qtbot.keyClick(s.facilitator_box, Qt.Key.Key_Down)  # Anna leads
    assert s.facilitator_box.currentText() == "Anna"
    assert s.start_button.isEnabled() and not s.start_reason.isVisible() and s.start_button.toolTip() == ""
    ctrl_enter(qtbot, s)
    assert len(started) == 1 and started[0].facilitator == 0


def test_nine_people_see_the_bar_the_fixes_and_each_new_total(qtbot: QtBot) -> None:
    s, started = screen(qtbot, NINE)
    choose_facilitator(qtbot, s)
    s.presenter_list.set_chosen(["Bo"])
    assert s.plan_label.text() == "⚠ Planned: 31 min of the usual 30 min – 1 min too long."
    bar = s.plan_bar.text()
    assert bar.startswith("Case presentation: 5 min; Learning questions: 10 min; ")
    assert "Round: the word goes around: 9 turns of 1 min;" in bar and bar.endswith(s.plan_label.text())
    assert s.plan_bar.accessibleDescription() == bar
    shown = {k: b.text() for k, b in s.fix_buttons.items() if b.isVisible()}
    assert shown == {
        FixKind.PRESENTER_OUT_OF_ROUND: "Leave the presenter out of the round (30 min)",
        FixKind.SHORTER_PRESENTER_STEP: "“The presenter's learning” 1 min instead of 2 min (30 min)",
        FixKind.SHORTER_TURNS: "Turns of 50 s (29 min 30 s)",
    }
    assert s.fix_buttons[FixKind.SHORTER_TURNS].accessibleDescription() == (
        "Applies at once: the plan becomes 29 min 30 s of 30 min.")
    SHOTS.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()
    s.grab().save(str(SHOTS / "start-nine-over-1366x768.png"))
    assert clipped(s) == []
    for kind, total in ((FixKind.SHORTER_TURNS, 29 * 60 + 30), (FixKind.SHORTER_PRESENTER_STEP, 30 * 60),
                        (FixKind.PRESENTER_OUT_OF_ROUND, 30 * 60)):
        s.fix_buttons[kind].click()
        setup = s.setup()
        assert setup is not None and setup.planned_total_s() == total  # what the button said
        assert not any(b.isVisible() for b in s.fix_buttons.values())  # it fits now
        if kind is FixKind.PRESENTER_OUT_OF_ROUND:
            assert not s.presenter_turn.isChecked()
            s.presenter_turn.setChecked(True)
        else:
            assert s.adjusted_label.isVisible() and s.undo_button.isVisible()
            s.undo_button.click()
        assert s.setup().planned_total_s() == 31 * 60  # type: ignore[union-attr]
    s.fix_buttons[FixKind.SHORTER_TURNS].click()
    assert s.adjusted_label.text() == "For this meeting: turns of 50 s."
    assert s.plan_label.text() == "Planned: 29 min 30 s of 30 min – 30 s to spare."
    ctrl_enter(qtbot, s)  # it fits: no question
    assert len(started) == 1 and started[0].format.step("round").turn_s == 50
    assert started[0].create(__import__("app.clock").clock.FakeClock()).planned_total_s == 29 * 60 + 30


def test_starting_an_over_long_plan_anyway_asks_once(qtbot: QtBot) -> None:
    s, started = screen(qtbot, NINE)
    choose_facilitator(qtbot, s)
    asked: list[str] = []

    def answer(label: str):  # type: ignore[no-untyped-def]
        def click(box: object) -> None:
            assert isinstance(box, QMessageBox)
            asked.append(box.text())
            next(b for b in box.buttons() if b.text() == label).click()
        return click
    answer_modal(QMessageBox, answer("Back to the plan"))
    ctrl_enter(qtbot, s)
    assert asked == ["The plan is 31 min, longer than the meeting's usual 30 min. Start anyway?"]
    assert started == []
    answer_modal(QMessageBox, answer("Start anyway"))
    s.start_button.click()
    assert len(asked) == 2 and len(started) == 1  # one question, then it starts
    assert started[0].planned_total_s() == 31 * 60


def test_a_plan_that_fills_the_half_hour_says_there_is_no_spare_minute(qtbot: QtBot) -> None:
    s, started = screen(qtbot, "Anna, Bo, Cecilie, Dorte, Eva, Finn, Gro, Hans")
    choose_facilitator(qtbot, s)
    assert s.plan_label.text() == ("Planned: 30 min of 30 min – it fills the time exactly: there is no "
                                   "spare minute if a step runs over.")
    assert not any(b.isVisible() for b in s.fix_buttons.values())
    ctrl_enter(qtbot, s)
    assert len(started) == 1  # no question: it fits


def test_a_second_meeting_can_leave_since_last_time_out(qtbot: QtBot) -> None:
    s, started = screen(qtbot, "Anna, Bo, Cecilie, Dorte, Eva, Finn, Gro")
    s.set_last_time_lookup(lambda team: True)  # the team has met before
    choose_facilitator(qtbot, s)
    assert s.since_last_box.isChecked() and s.setup().planned_total_s() == 32 * 60  # type: ignore[union-attr]
    button = s.fix_buttons[FixKind.NO_SINCE_LAST]
    assert button.isVisible() and button.text() == "Leave out “Since last time” (29 min)"
    assert s.fix_buttons[FixKind.SHORTER_TURNS].text() == "Turns of 40 s (29 min 40 s)"  # the floor
    button.click()
    assert not s.since_last_box.isChecked() and s.setup().planned_total_s() == 29 * 60  # type: ignore[union-attr]
    assert s.plan_label.text() == "Planned: 29 min of 30 min – 1 min to spare."


def test_the_bar_reads_in_high_contrast(qtbot: QtBot) -> None:
    s, _started = screen(qtbot, NINE)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = (QPalette(app.palette()), app.styleSheet(), QFont(app.font()))
    Appearance(app).apply("high_contrast", 1.0)  # as Settings applies the theme: the whole application
    try:
        QApplication.processEvents()
        image = s.plan_bar.grab().toImage()
        colours = {QColor(image.pixel(x, y)).name() for x in range(0, image.width(), 3)
                   for y in range(0, image.height(), 2)}
        assert {"#ffff00", "#000000", "#ffffff"} <= colours  # yellow steps, black gaps, the white mark
        s.grab().save(str(SHOTS / "start-nine-high-contrast-1366x768.png"))
    finally:
        app.setPalette(before[0])
        app.setStyleSheet(before[1])
        app.setFont(before[2])


def test_runde_run_without_a_facilitator_refuses_and_names_the_option(tmp_path: Path) -> None:
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]

    def runde(*args: str) -> subprocess.CompletedProcess[str]:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", RUNDE_SMOKE_KEYS="")
        return subprocess.run([sys.executable, "-m", "ui.main", "--data-dir", str(tmp_path / "d"), "--lang",
                               "en", "run", SLM, "--participants", "Anna,Bo,Cecilie", *args],
                              capture_output=True, text=True, env=env, cwd=root, timeout=120, check=False)
    out = runde()
    assert out.returncode == 2 and "SMOKE" not in out.stdout
    assert out.stderr.strip() == (f"runde run: the format '{SLM}' needs a facilitator: name one of "
                                  "--participants with --facilitator NAME.")
    wrong = runde("--facilitator", "Åse")
    assert wrong.returncode == 2 and "--facilitator" in wrong.stderr and "Åse" not in wrong.stderr
    ok = runde("--facilitator", "Anna")  # opens, nothing pressed, quits (the bundle's smoke hook)
    assert ok.returncode == 0 and "SMOKE" in ok.stdout, ok.stderr


def test_a_roster_of_thirty_and_of_one(qtbot: QtBot) -> None:
    thirty = ", ".join(f"Kollega {i}" for i in range(1, 31))
    s, started = screen(qtbot, thirty)
    choose_facilitator(qtbot, s)
    s.presenter_list.set_chosen(["Kollega 2"])
    assert s.plan_label.text() == "⚠ Planned: 52 min of the usual 30 min – 22 min too long."
    assert s.fix_buttons[FixKind.SHORTER_TURNS].text() == "Turns of 40 s (42 min)"  # the floor: still over
    s.fix_buttons[FixKind.SHORTER_TURNS].click()
    assert s.plan_label.text().startswith("⚠ Planned: 42 min of the usual 30 min")
    assert not s.fix_buttons[FixKind.SHORTER_TURNS].isVisible()  # nothing shorter is offered
    assert s.fix_buttons[FixKind.PRESENTER_OUT_OF_ROUND].isVisible()
    QApplication.processEvents()
    s.grab().save(str(SHOTS / "start-thirty-1366x768.png"))
    assert clipped(s) == []
    s.close()
    one, _started = screen(qtbot, "Anna")
    one.presenter_list.set_chosen(["Anna"])
    assert not any(b.isVisible() for b in one.fix_buttons.values())  # 23 of 30: nothing to fix
