"""The start screen shows what the chosen format uses, and says plainly what each list is for
(issue #21): the team's people ticked, guests typed; presenters only where there is a case; the
role's rotation after the next in turn is chosen; no learning visit among the meetings."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from app.formats import Format, load_formats
from app.paths import builtin_formats_dir
from ui.start_screen import StartScreen

TEAM = ("Anna", "Bo", "Cecilie", "Dorthe", "Erik", "Frida", "Gunnar", "Hanne", "Máret")


def _screen(qtbot: QtBot) -> StartScreen:
    formats: dict[str, Format] = load_formats([builtin_formats_dir()])[0]
    screen = StartScreen(formats)
    qtbot.addWidget(screen)
    screen.set_teams({"Afsnit 3": (TEAM, None, "Bo")}, "Afsnit 3")
    screen.show()
    qtbot.waitExposed(screen)
    return screen


def _choose(screen: StartScreen, title: str) -> None:
    screen.format_box.setFocus()
    screen.format_box.setCurrentIndex(screen.format_box.findText(title))


def test_the_learning_visit_is_not_a_meeting_in_the_list(qtbot: QtBot) -> None:
    screen = _screen(qtbot)
    titles = [screen.format_box.itemText(i) for i in range(screen.format_box.count())]
    assert "Learning visit" not in titles and "Mini-circle" in titles
    assert screen.visit_button.isVisible()  # the visit has its own way in


def test_the_team_list_and_the_guests_are_labelled(qtbot: QtBot) -> None:
    screen = _screen(qtbot)
    assert screen.roster_label.isVisible() and screen.roster_label.text() == "The team: tick who is &here"
    assert screen.roster_label.buddy() is screen.roster_list
    assert screen.participants_label.text() == "E&veryone here, guests too"
    screen.roster_list.item(1).setCheckState(Qt.CheckState.Unchecked)  # Bo is not here
    screen.participants_edit.setFocus()
    screen.participants_edit.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(screen.participants_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(screen.participants_edit, "Else (vikar)")
    assert screen.setup() is not None and "Bo" not in screen.setup().participants  # type: ignore[union-attr]
    assert "Else (vikar)" in screen.setup().participants  # type: ignore[union-attr]


def test_without_a_team_the_names_are_who_is_here(qtbot: QtBot) -> None:
    formats: dict[str, Format] = load_formats([builtin_formats_dir()])[0]
    screen = StartScreen(formats)
    qtbot.addWidget(screen)
    screen.show()
    assert screen.roster_label.isHidden() and screen.participants_label.text() == "&Who is here"


def test_the_rotation_says_who_has_the_role_once_chosen(qtbot: QtBot) -> None:
    screen = _screen(qtbot)
    assert screen.rotate_button.text() == "Rotate the role: next in turn is Cecilie"
    screen.rotate_button.click()
    assert screen.facilitator_box.currentText() == "Cecilie"
    assert screen.rotate_button.text() == "Cecilie has the role this time; next time: Dorthe"
    assert not screen.rotate_button.isEnabled()
    screen.facilitator_box.setCurrentIndex(screen.facilitator_box.findText("Bo"))  # changed her mind
    assert screen.rotate_button.text() == "Rotate the role: next in turn is Cecilie"


def test_presenters_only_for_a_format_with_a_case(qtbot: QtBot) -> None:
    screen = _screen(qtbot)
    case_fields = (screen.presenter_label, screen.presenter_list, screen.presenter_turn)
    assert all(w.isVisible() for w in case_fields)
    screen.presenter_list.set_chosen(["Anna"])
    _choose(screen, "Mini-circle")
    assert not any(w.isVisible() for w in case_fields)
    setup = screen.setup()
    assert setup is not None and setup.presenters == ()  # a hidden choice does not change the round
    _choose(screen, "Challenge circle")  # the challenge is someone's case
    assert all(w.isVisible() for w in case_fields)
    _choose(screen, "Open meeting")
    assert not any(w.isVisible() for w in case_fields)
