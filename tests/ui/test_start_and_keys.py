"""The start screen and the key table, driven as a facilitator would."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.formats import Format, LocalText, StepKind, StepSpec
from app.setup import MeetingSetup
from ui.keys import Action, action_for, help_rows
from ui.start_screen import StartScreen

NO_MOD = Qt.KeyboardModifier.NoModifier


def _formats() -> dict[str, Format]:
    f1 = Format("slm", 1, LocalText({"en": "Learning meeting", "da": "Læringsmøde"}), (
        StepSpec("case", LocalText.plain("Case"), duration_s=300),
        StepSpec("round", LocalText.plain("Round"), kind=StepKind.ROUND, duration_s=0, turn_s=60),
    ), target_total_s=600)
    return {"slm": f1}


def test_clicker_keys_map_to_actions() -> None:
    assert action_for(Qt.Key.Key_PageDown, NO_MOD, typing=False) is Action.NEXT
    assert action_for(Qt.Key.Key_PageUp, NO_MOD, typing=True) is Action.PREVIOUS
    assert action_for(Qt.Key.Key_F5, NO_MOD, typing=False) is Action.FULLSCREEN
    assert action_for(Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier, False) is Action.LEAVE_FULLSCREEN
    assert action_for(Qt.Key.Key_Period, NO_MOD, typing=False) is Action.BLACKOUT
    assert action_for(Qt.Key.Key_B, NO_MOD, typing=False) is Action.BLACKOUT
    assert action_for(Qt.Key.Key_Space, NO_MOD, typing=False) is Action.TOGGLE
    assert action_for(Qt.Key.Key_Question, NO_MOD, typing=False) is Action.HELP


def test_typing_keeps_its_characters() -> None:
    for key in (Qt.Key.Key_Space, Qt.Key.Key_B, Qt.Key.Key_Plus, Qt.Key.Key_Left, Qt.Key.Key_P):
        assert action_for(key, NO_MOD, typing=True) is None
    assert action_for(Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier, typing=False) is None


def test_help_lists_every_key(qtbot: QtBot) -> None:
    text = " ".join(k + " " + v for k, v in help_rows())
    for needle in ("Page Down", "Space", "F5", "Esc", "F1", "B"):
        assert needle in text


def test_start_screen_builds_the_setup(qtbot: QtBot) -> None:
    screen = StartScreen(_formats())
    qtbot.addWidget(screen)
    started: list[MeetingSetup] = []
    screen.start_requested.connect(started.append)
    screen.show()
    screen.activateWindow()
    qtbot.waitActive(screen)
    screen.participants_edit.setPlainText("Anna, Bo\nCecilie\nDorte")
    screen.facilitator_box.setCurrentIndex(1)
    screen.presenter_list.set_chosen(["Bo"])
    assert "9 min" in screen.plan_label.text() and "10 min" in screen.plan_label.text()
    screen.facilitator_turn.setChecked(False)
    assert "8 min" in screen.plan_label.text()
    qtbot.keyClick(screen.participants_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert len(started) == 1
    setup = started[0]
    assert setup.participants == ("Anna", "Bo", "Cecilie", "Dorte")
    assert setup.facilitator == 0 and setup.presenters == (1,)
    assert setup.round_turns() == 3


def test_start_screen_notes_without_blocking(qtbot: QtBot) -> None:
    screen = StartScreen(_formats())
    qtbot.addWidget(screen)
    assert "Nobody takes a turn" in screen.notes_label.text()
    screen.participants_edit.setPlainText("Anna\nanna\n" + "x" * 500)
    notes = screen.notes_label.text()
    assert "numbered" in notes and "shortened" in notes
    assert screen.start_button.isEnabled()


def test_round_starts_with_the_next_person(qtbot: QtBot) -> None:
    screen = StartScreen(_formats())
    qtbot.addWidget(screen)
    screen.remember_first_speaker("Bo")
    screen.participants_edit.setPlainText("Anna\nBo\nCecilie")
    assert screen.first_box.currentText() == "Cecilie"
    setup = screen.setup()
    assert setup is not None and setup.first_speaker == 2


def test_teams_saved_elsewhere_leave_the_users_choice_alone(qtbot: QtBot) -> None:
    """The lead's poll calls update_teams when another computer saved: a new team comes into the list,
    a team's new person shows when it is chosen next, but the team chosen, who is here (ticks and
    names typed by hand), the roles and a half-typed team name stay as the user left them."""
    from tests.ui.acting import choose

    screen = StartScreen(_formats())
    qtbot.addWidget(screen)
    rosters = {"Afsnit 3": (("Anna", "Bo", "Cecilie"), None, "Anna"),
               "Hjemmeplejen": (("Dorte",), None, None)}
    screen.set_teams(rosters, "Afsnit 3")
    screen.roster_list.item(1).setCheckState(Qt.CheckState.Unchecked)  # Bo is not here today
    screen.participants_edit.setPlainText(screen.participants_edit.toPlainText() + "\nElse (vikar)")
    screen.facilitator_box.setCurrentIndex(screen.facilitator_box.findText("Cecilie"))
    typed = screen.participants_edit.toPlainText()
    assert typed == "Anna\nCecilie\nElse (vikar)"
    changed: list[str] = []
    screen.team_changed.connect(changed.append)

    grown = (("Anna", "Bo", "Cecilie", "Frede"), "Bo", "Bo")  # Frede joined, on another computer
    screen.update_teams({**rosters, "Afsnit 3": grown, "Akut": (("Gitte",), None, None)})
    assert [screen.team_box.itemText(i) for i in range(screen.team_box.count())] == [
        "Afsnit 3", "Akut", "Hjemmeplejen"]
    assert screen.team_name() == "Afsnit 3" and screen.team_box.currentText() == "Afsnit 3"
    assert screen.participants_edit.toPlainText() == typed
    assert [screen.roster_list.item(i).text() for i in range(screen.roster_list.count())] == [
        "Anna", "Bo", "Cecilie"]
    assert screen.roster_list.item(1).checkState() == Qt.CheckState.Unchecked
    assert screen.facilitator_box.currentText() == "Cecilie" and changed == []

    line = screen.team_box.lineEdit()  # half typed, the cursor inside the name
    line.setText("Hjemme")
    line.setCursorPosition(3)
    screen.update_teams({"Afsnit 3": grown, "Hjemmeplejen": rosters["Hjemmeplejen"]})  # Akut gone
    assert line.text() == "Hjemme" and line.cursorPosition() == 3
    assert screen.participants_edit.toPlainText() == typed and changed == []
    assert [screen.team_box.itemText(i) for i in range(screen.team_box.count())] == [
        "Afsnit 3", "Hjemmeplejen"]

    choose(screen.team_box, 0)  # chosen afresh from the list: its people as they are now
    assert screen.participants_edit.toPlainText() == "Anna\nBo\nCecilie\nFrede"
