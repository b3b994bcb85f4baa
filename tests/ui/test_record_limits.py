"""The windows hold a meeting and a learning visit within the limits a team file is checked against
(app/limits.py): the 101st learning point, measure or question and the 1,001st observation are
refused with a calm line saying why, the text in all is shown as it nears its limit and stops there,
and a meeting and a visit typed to every limit through the real widgets export to a team file that
a fresh data folder brings in."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QMessageBox, QPlainTextEdit
from pytestqt.qtbot import QtBot

from app.capture import typed_chars
from app.formats import load_format
from app.limits import MAX_LIST, MAX_MEETING_TYPED, MAX_OBSERVATIONS, MAX_TEXT, MAX_VISIT_TYPED
from app.paths import AppPaths
from app.storage.store import Store
from tests.ui.acting import answer_modal
from ui.application import RundeApp
from ui.capture_panel import CapturePanel
from ui.cli import parse

ROOT = Path(__file__).resolve().parents[2]


def paste(widget: QLineEdit | QPlainTextEdit, text: str) -> None:
    """What Ctrl+V does with ``text`` on the clipboard, at the end of what the field holds."""
    widget.setFocus()
    if isinstance(widget, QLineEdit):
        widget.end(False)
    else:
        widget.moveCursor(widget.textCursor().MoveOperation.End)
    QGuiApplication.clipboard().setText(text)
    QTest.keyClick(widget, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def enter(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def shown(label: object) -> str:
    """A label's text if it is on screen, else ""."""
    return label.text() if label.isVisible() else ""  # type: ignore[attr-defined]


def make_panel(qtbot: QtBot, name: str) -> CapturePanel:
    fmt = load_format(ROOT / "resources" / "formats" / f"{name}.json")
    p = CapturePanel(fmt, ["Anna", "Bo", "Cecilie"])
    qtbot.addWidget(p)
    p.resize(700, 900)
    p.show()
    qtbot.waitExposed(p)
    return p


@pytest.fixture
def panel(qtbot: QtBot) -> CapturePanel:
    """The systematic learning meeting's panel: learning questions, points and measures."""
    return make_panel(qtbot, "systematic-learning-meeting")


def fill_lists(qtbot: QtBot, panel: CapturePanel) -> None:
    """Every list of the panel at its limit, as a facilitator adds to it."""
    for _ in range(MAX_LIST + 5):  # (bounded: a test that can fail rather than hang)
        panel.add_point.click()
        panel.add_measure.click()
    for i in range(MAX_LIST):
        enter(qtbot, panel.own_question, f"Q{i}")


def test_the_101st_item_of_a_list_is_refused_and_the_panel_says_why(qtbot: QtBot,
                                                                     panel: CapturePanel) -> None:
    fill_lists(qtbot, panel)
    assert len(panel.point_rows) == len(panel.measure_rows) == MAX_LIST
    assert not panel.add_point.isEnabled() and not panel.add_measure.isEnabled()
    # (English plurals come from the translator, which a bare panel has not: "point(s)")
    assert panel.add_point.toolTip().startswith("A meeting holds at most 100 learning point")
    assert panel.add_measure.toolTip().startswith("A meeting holds at most 100 measure")
    assert shown(panel.points_note) == panel.add_point.toolTip()
    assert shown(panel.measures_note) == panel.add_measure.toolTip()
    last = panel.point_rows[-1].text
    last.setFocus()
    QTest.keyClick(last, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Enter adds a row
    assert len(panel.point_rows) == MAX_LIST and last.hasFocus()
    assert shown(panel.questions_note) == ""  # full, but nobody is adding: nothing to say
    enter(qtbot, panel.own_question, "One question more")
    assert len(panel.capture.own_questions) == MAX_LIST
    assert panel.own_question.text() == "One question more"  # kept in the field, not lost
    assert shown(panel.questions_note).startswith("A meeting holds at most 100 other question")
    assert shown(panel.questions_note).endswith(": this one is not added.")


def test_the_101st_topic_suggestion_is_not_saved_and_the_panel_says_so(qtbot: QtBot) -> None:
    panel = make_panel(qtbot, "learning-circle")  # (a format that asks for topics for next time)
    paste(panel.topics, "\n".join(f"Emne {i}" for i in range(MAX_LIST)))
    assert len(panel.capture.topic_suggestions) == MAX_LIST and shown(panel.topics_note) == ""
    paste(panel.topics, "\nEmne 100")
    assert len(panel.capture.topic_suggestions) == MAX_LIST
    assert shown(panel.topics_note).startswith("A meeting holds at most 100 topic suggestion")
    assert shown(panel.topics_note).endswith(": the lines after them are not saved.")
    assert panel.topics.toPlainText().endswith("Emne 100")  # still in the field, where it was typed


def test_the_meetings_text_in_all_is_shown_as_it_nears_its_limit_and_stops_there(
        qtbot: QtBot, panel: CapturePanel) -> None:
    for _ in range(MAX_LIST):
        panel.add_point.click()
    rows = iter(panel.point_rows)
    while typed_chars(panel.capture) + MAX_TEXT < 0.9 * MAX_MEETING_TYPED:
        paste(next(rows).text, "p" * MAX_TEXT)
    assert shown(panel.text_note) == ""
    paste(next(rows).text, "p" * MAX_TEXT)  # now past nine tenths
    used = typed_chars(panel.capture)
    loc = QLocale()  # (numbers as the user's language writes them)
    assert shown(panel.text_note) == \
        f"Text in all: {loc.toString(used)} of at most {loc.toString(180_000)} characters."
    note = panel.text_note.geometry()
    assert panel.rect().contains(note) and note.bottom() >= panel.height() - 4  # at the panel's foot
    panel.hide()  # on a tab not shown, the console is resized: the line follows when it is shown
    panel.resize(640, 600)
    panel.show()
    qtbot.waitExposed(panel)
    note = panel.text_note.geometry()
    assert panel.rect().contains(note) and note.bottom() >= panel.height() - 4 and note.top() > 500
    while typed_chars(panel.capture) < MAX_MEETING_TYPED:
        paste(next(rows).text, "p" * MAX_TEXT)
    assert typed_chars(panel.capture) == MAX_MEETING_TYPED  # the last paste was cut to fit
    assert shown(panel.text_note) == (f"The text in all has reached its limit of {loc.toString(180_000)} "
                                      "characters. Shorten something to write more.")
    for field in (next(rows).text, panel.case_title, panel.presenter_learning, panel.own_question):
        paste(field, "more")
        assert "more" not in (field.text() if isinstance(field, QLineEdit) else field.toPlainText())
    row = panel.point_rows[0].text  # shortening one field makes room in any other
    row.setFocus()
    row.end(False)
    for _ in range(5):
        QTest.keyClick(row, Qt.Key.Key_Backspace)
    paste(panel.case_title, "Faldet")
    assert panel.capture.case_title == "Falde" and typed_chars(panel.capture) == MAX_MEETING_TYPED


def runde_cli(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "ui.main", "--data-dir", str(data), *args],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=120, check=False)


def export_and_import(tmp_path: Path, data: Path) -> Path:
    """``runde team export`` from ``data`` (everything, for one's own move), then ``runde team import``
    into a new data folder; returns the new folder's database."""
    file = tmp_path / "team.json"
    out = runde_cli(data, "team", "export", "Afsnit 3", "--include-confidential", "-o", str(file))
    assert out.returncode == 0, out.stderr
    json.loads(file.read_text("utf-8"))
    fresh = tmp_path / "fresh"
    back = runde_cli(fresh, "team", "import", str(file))
    assert back.returncode == 0, back.stdout + back.stderr
    return AppPaths.create(fresh).db_path


def test_a_meeting_typed_to_every_limit_goes_out_and_comes_back_in(qtbot: QtBot, tmp_path: Path) -> None:
    data = tmp_path / "d"
    r = RundeApp(parse(["--data-dir", str(data), "--lang", "en"]))
    assert r.open_store()
    try:
        s = r.open_start_screen()
        qtbot.addWidget(s)
        s.team_box.setCurrentText("Afsnit 3")
        s.participants_edit.setPlainText("Anna\nBo\nCecilie")
        s.facilitator_box.setCurrentIndex(1)
        s.start_button.click()
        assert r.controller is not None and r.session is not None
        qtbot.addWidget(r.controller.room)
        qtbot.addWidget(r.controller.console)
        panel = r.session.panel
        fill_lists(qtbot, panel)
        for i, row in enumerate(panel.point_rows):
            row.text.setFocus()
            qtbot.keyClicks(row.text, f"Punkt {i}")
        for i, m in enumerate(panel.measure_rows):
            m.text.setFocus()
            qtbot.keyClicks(m.text, f"Tiltag {i}")
            qtbot.keyClicks(m.owner, "Bo")
        fields = [panel.case_title, panel.presenters, panel.presenter_learning, panel.focus_area]
        fields += [row.text for row in panel.point_rows] + [row.text for row in panel.measure_rows]
        for field in fields:
            if typed_chars(panel.capture) >= MAX_MEETING_TYPED:
                break
            paste(field, "Lyt til pårørende. " * (MAX_TEXT // 19))
        assert typed_chars(panel.capture) == MAX_MEETING_TYPED
        panel.flush()
        mid = r.session.meeting_id
    finally:
        r.quit()
    db = export_and_import(tmp_path, data)
    con = sqlite3.connect(db)
    try:
        [(points, text)] = con.execute("SELECT count(*), sum(length(text)) FROM learning_point").fetchall()
        [(measures,)] = con.execute("SELECT count(*) FROM measure").fetchall()
        [(questions,)] = con.execute("SELECT count(*) FROM meeting").fetchall()
    finally:
        con.close()
    assert (points, measures, questions, mid) == (MAX_LIST, MAX_LIST, 1, mid)
    assert text > MAX_LIST * 1_000  # the long texts came in whole


def test_a_learning_visit_at_its_limits_refuses_more_and_comes_back_in(qtbot: QtBot, tmp_path: Path) -> None:
    data = tmp_path / "d"
    store = Store.open(AppPaths.create(data), lambda: datetime.now(UTC))
    store.save_team("Afsnit 3", ["Anna", "Bo"])
    store.close()
    r = RundeApp(parse(["--data-dir", str(data), "--lang", "en", "visit", "--agent", "Anna",
                        "--colleague", "Bo"]))
    r.prefs = replace(r.prefs, last_team="Afsnit 3")  # the visit is the team's (as after its meeting)
    assert r.open_visit("Anna", "Bo") is None  # asked before the data is open, as ``runde visit`` does
    r.finish_startup()
    w = r.visit_window
    assert w is not None
    try:
        qtbot.addWidget(w)
        w.resize(1366, 768)
        w.show()
        qtbot.waitExposed(w)
        w.tabs.setCurrentIndex(1)
        for i in range(MAX_OBSERVATIONS):
            enter(qtbot, w.obs_edit, f"O{i}")
        enter(qtbot, w.obs_edit, "One more")
        assert len(w.shown_observations()) == MAX_OBSERVATIONS and w.obs_edit.text() == "One more"
        assert shown(w.list_note).startswith("A learning visit holds at most 1000 observation")
        assert shown(w.list_note).endswith(": this one is not added.")
        w.tabs.setCurrentIndex(2)
        for _ in range(MAX_LIST + 5):
            w.add_point_button.click()
        assert len(w.point_edits) == MAX_LIST
        assert w.add_point_button.toolTip().startswith("A learning visit holds at most 100 learning point")
        for field in [w.saw, w.worked, w.differently, w.experience, w.thoughts, *w.point_edits]:
            paste(field, "Ro smitter. " * (MAX_TEXT // 12))
        last = w.point_edits[-1]
        before = last.toPlainText() if isinstance(last, QPlainTextEdit) else last.text()
        paste(last, "x")  # the text in all is at its limit: one more character does not get in
        assert (last.toPlainText() if isinstance(last, QPlainTextEdit) else last.text()) == before
        assert shown(w.limit_note).startswith(
            f"The text in all has reached its limit of {QLocale().toString(MAX_VISIT_TYPED)}")
        w.obs_edit.clear()
        assert w.save(wait=True)
    finally:
        r.quit()
    db = export_and_import(tmp_path, data)
    con = sqlite3.connect(db)
    try:
        [(observations,)] = con.execute("SELECT count(*) FROM observation").fetchall()
    finally:
        con.close()
    assert observations == MAX_OBSERVATIONS


def test_late_comers_stop_at_the_meetings_limit_and_a_long_name_is_cut(qtbot: QtBot, tmp_path: Path) -> None:
    from app.limits import MAX_PEOPLE
    from app.participants import MAX_NAME as NAME_LENGTH

    r = RundeApp(parse(["--data-dir", str(tmp_path / "d"), "--lang", "en"]))
    assert r.open_store()
    try:
        s = r.open_start_screen()
        qtbot.addWidget(s)
        s.team_box.setCurrentText("Afsnit 3")
        s.participants_edit.setPlainText("\n".join(f"Deltager {i}" for i in range(MAX_PEOPLE - 2)))
        s.facilitator_box.setCurrentIndex(1)
        answer_modal(QMessageBox, lambda box: next(  # 198 people make a long round: started all the same
            b for b in box.buttons() if b.text() == "Start anyway").click())  # type: ignore[attr-defined]
        s.start_button.click()
        ctl = r.controller
        assert ctl is not None
        qtbot.addWidget(ctl.room)
        qtbot.addWidget(ctl.console)
        late = ctl.console.late_edit
        enter(qtbot, late, "Eva " + "x" * 300)
        assert len(ctl.meeting.participants[-1]) == NAME_LENGTH  # cut as the start screen cuts it
        assert late.isEnabled()
        enter(qtbot, late, "Finn")
        assert len(ctl.meeting.participants) == MAX_PEOPLE
        assert not late.isEnabled() and not ctl.console.late_button.isEnabled()
        assert late.toolTip().startswith("A meeting holds at most 200 people")
    finally:
        r.quit()
