"""The record end to end, one test per sheet kind, in English and in Danish: a meeting driven by the
clicker's keys and typing in the console, a learning visit typed in its window, and the staff-meeting
sheet from History; each sheet made and saved through its buttons and the file dialog, then the
whole text of the PDF compared with what was typed, item by item (pypdf)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.engine import RunState
from app.paths import builtin_formats_dir
from tests.ui.acting import answer_modal, save_to
from ui.application import RundeApp
from ui.cli import parse
from ui.export_dialog import ExportDialog
from ui.sheet_labels import sheet_labels

PEOPLE = ("Anna Berg", "Bo Ek", "Cecilie Dam", "Dorte Holm", "Erik Lund")
TYPED = {
    "en": {"case": "A hard talk with a relative", "own": "Did she know the plan?",
           "learning": "I had not asked what she expected",
           "points": ("Ask first", "Write it down", "Call back"), "measure": "A checklist for relatives"},
    "da": {"case": "En svær samtale med en pårørende", "own": "Kendte hun planen?",
           "learning": "Jeg havde ikke spurgt, hvad hun forventede",
           "points": ("Spørg først", "Skriv det ned", "Ring tilbage"),
           "measure": "En tjekliste til pårørende"},
}


def pdf_text(path: Path) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(BytesIO(path.read_bytes())).pages)


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def questions(lang: str) -> list[str]:
    """The systematic learning meeting's learning questions, word for word, in ``lang``."""
    fmt = json.loads((builtin_formats_dir() / "systematic-learning-meeting.json").read_text("utf-8"))
    return [q[lang] for step in fmt["steps"] for q in step.get("questions", [])]


@pytest.fixture(params=["en", "da"])
def runde(request: pytest.FixtureRequest, qtbot: QtBot, tmp_path: Path) -> Iterator[RundeApp]:
    r = RundeApp(parse(["--data-dir", str(tmp_path / "d"), "--lang", request.param]))
    r.translations.install(r.lang)
    assert r.open_store()
    yield r
    r.quit()
    r.translations.install("en")  # the language's translators leave with the test
    for w in (r.start_screen, r.visit_window, r.controller and r.controller.room,
              r.controller and r.controller.console):
        if w is not None:
            w.close()


def run_meeting(r: RundeApp, qtbot: QtBot) -> dict[str, str]:
    """A systematic learning meeting of five, by keys and typing; returns each round line by name."""
    t = TYPED[r.lang]
    s = r.open_start_screen()
    qtbot.addWidget(s)
    s.team_box.setCurrentText("Afsnit 3")
    s.select_format("systematic-learning-meeting")
    for name in PEOPLE:  # one a line, as typed
        qtbot.keyClicks(s.participants_edit, name)
        qtbot.keyClick(s.participants_edit, Qt.Key.Key_Return)
    s.facilitator_box.setCurrentIndex(1)  # Anna Berg
    s.presenter_list.set_chosen(["Bo Ek", "Cecilie Dam"])
    qtbot.keyClick(s.participants_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    ctl, session = r.controller, r.session
    assert ctl is not None and session is not None
    qtbot.addWidget(ctl.room)
    qtbot.addWidget(ctl.console)
    ctl.keys.windows = []  # keys count whichever window the offscreen platform calls active
    panel = session.panel
    qtbot.keyClick(ctl.room, Qt.Key.Key_Space)  # the case
    qtbot.keyClicks(panel.case_title, t["case"])
    qtbot.keyClick(ctl.room, Qt.Key.Key_PageDown)  # the learning questions
    panel.question_ticks[0].click()
    panel.question_ticks[2].click()
    qtbot.keyClicks(panel.own_question, t["own"])
    qtbot.keyClick(panel.own_question, Qt.Key.Key_Return)
    qtbot.keyClick(ctl.room, Qt.Key.Key_PageDown)  # what the questions taught the presenter
    qtbot.keyClicks(panel.presenter_learning, t["learning"])
    qtbot.keyClick(ctl.room, Qt.Key.Key_PageDown)  # the word goes around
    lines: dict[str, str] = {}
    for i in range(8):
        speaker = panel.round_who.text()
        view = ctl.meeting.view()
        if view.round is None or view.round.speaker is None:
            break
        if i == 1:
            qtbot.keyClick(ctl.room, Qt.Key.Key_P)  # this one passes
            lines[speaker] = ""
            continue
        lines[speaker] = f"{speaker.split()[0]} {'tager med' if r.lang == 'da' else 'takes away'} {i}"
        qtbot.keyClicks(panel.round_line, lines[speaker])
        qtbot.keyClick(ctl.room, Qt.Key.Key_PageDown)
    panel.add_measure.click()  # "Add a measure"
    qtbot.keyClicks(panel.measure_rows[0].text, t["measure"])
    qtbot.keyClicks(panel.measure_rows[0].owner, "Dorte Holm")
    for row, point in zip(panel.point_rows, t["points"], strict=False):
        qtbot.keyClicks(row.text, point)
    answer_modal(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    ctl.console.finish_button.click()
    assert ctl.meeting.state is RunState.FINISHED
    return lines


def test_a_meeting_driven_by_keys_gives_a_sheet_with_its_whole_record(
        runde: RundeApp, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lines = run_meeting(runde, qtbot)
    assert len(lines) >= 3 and "" in lines.values()
    t, labels = TYPED[runde.lang], sheet_labels(runde.lang)
    save_to(monkeypatch, tmp_path / "meeting.pdf")
    runde.controller.console.end_panel.sheet_button.click()  # type: ignore[union-attr]  # Make the sheet…
    dialog = runde.session.sheet_dialog  # type: ignore[union-attr]
    assert isinstance(dialog, ExportDialog)
    qtbot.addWidget(dialog)
    dialog.save_button.click()
    text = pdf_text(tmp_path / "meeting.pdf")
    asked = questions(runde.lang)
    expected = [t["case"], t["own"], t["learning"], t["measure"], "Dorte Holm", *t["points"], *PEOPLE,
                asked[0], asked[2], labels.facilitator, labels.presented_by, labels.present,
                labels.questions_asked, labels.round, labels.learning_points, labels.measures,
                labels.time_went, labels.passed]
    for item in expected:
        assert flat(item) in flat(text), item
    assert flat(asked[1]) not in flat(text)  # only what was ticked
    for name, line in lines.items():  # each line under the name that said it, in speaking order
        assert f"{name}\n{line or labels.passed}" in text, (name, line)
    order = [text.index(f"{name}\n{line or labels.passed}") for name, line in lines.items()]
    assert order == sorted(order)
    assert re.search(r"\d{2}:\d{2}–\d{2}:\d{2}", text)  # start and end time
    presenters = text[text.index(labels.presented_by):].split("\n")[1]
    assert presenters == "Bo Ek, Cecilie Dam"


def test_a_learning_visit_typed_in_its_window_gives_its_whole_sheet(
        runde: RundeApp, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    s = runde.open_start_screen()
    qtbot.addWidget(s)
    s.visit_button.click()
    w = runde.visit_window
    assert w is not None
    qtbot.addWidget(w)
    typed = {w.agent: "Anna Berg", w.colleague: "Bo Ek", w.goals: "See the morning round",
             w.focus: "The handover", w.saw: "Calm voices", w.worked: "The board",
             w.differently: "Fewer calls", w.experience: "Good to explain", w.thoughts: "Try the board"}
    for field, value in typed.items():
        qtbot.keyClicks(field, value)
    w.rules.moveCursor(w.rules.textCursor().MoveOperation.End)
    qtbot.keyClick(w.rules, Qt.Key.Key_Return)
    qtbot.keyClicks(w.rules, "Phones on silent")
    w.consent.click()
    w.tabs.setCurrentIndex(1)
    qtbot.keyClick(w, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(w.obs_edit, "A released note")
    qtbot.keyClick(w.obs_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(w.obs_edit, "A private note")
    qtbot.keyClick(w.obs_edit, Qt.Key.Key_Return)
    released = next(w.obs_list.item(i) for i in range(w.obs_list.count())
                    if "released" in w.obs_list.item(i).text())
    released.setCheckState(Qt.CheckState.Checked)  # the agent ticks it: released for sheets
    w.tabs.setCurrentIndex(2)
    for edit, point in zip(w.point_edits, ("A board at the handover", "Explain why"), strict=False):
        qtbot.keyClicks(edit, point)
    w.finish_button.click()
    save_to(monkeypatch, tmp_path / "visit.pdf")
    w.end_bar.sheet_button.click()
    assert isinstance(w.sheet_dialog, ExportDialog)
    qtbot.addWidget(w.sheet_dialog)
    w.sheet_dialog.save_button.click()
    text = pdf_text(tmp_path / "visit.pdf")
    labels = sheet_labels(runde.lang)
    for item in (*typed.values(), "Phones on silent", "A board at the handover", "Explain why",
                 "A released note", labels.confidentiality, labels.consent, labels.agent_reflection,
                 labels.colleague_reflection, labels.goals, labels.ground_rules):
        assert flat(item) in flat(text), item
    assert "private note" not in text


def test_the_staff_sheet_from_history_has_who_took_part_and_the_chart(
        runde: RundeApp, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lines = run_meeting(runde, qtbot)
    runde.controller.console.end_panel.new_button.click()  # type: ignore[union-attr]  # New meeting
    s = runde.start_screen
    assert s is not None
    s.history_button.click()
    history = runde.history
    assert history is not None
    qtbot.addWidget(history)
    save_to(monkeypatch, tmp_path / "staff.pdf")
    history.staff_sheet_button.click()  # the sheet for the next staff meeting
    dialog = history.findChild(ExportDialog)
    assert isinstance(dialog, ExportDialog) and dialog.isVisible()
    qtbot.addWidget(dialog)
    dialog.save_button.click()
    text = pdf_text(tmp_path / "staff.pdf")
    labels = sheet_labels(runde.lang)
    first = PdfReader(BytesIO((tmp_path / "staff.pdf").read_bytes())).pages[0].extract_text()
    for item in (labels.in_brief, labels.meetings_held, labels.chart, labels.held, labels.took_part):
        assert item in first, item
    for item in (*PEOPLE, *TYPED[runde.lang]["points"], *[x for x in lines.values() if x]):
        assert flat(item) in flat(text), item
