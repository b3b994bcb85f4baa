"""The format editor, driven as a team would: copy a built-in, change it, save it, share it; and the
bad input that must never crash it or write anything."""

from __future__ import annotations

import errno
import hashlib
import json
import os
import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.format_library import available_formats, copy_format, save_user_format
from app.formats import FormatError, LocalText, StepKind, format_to_json, load_format
from app.paths import AppPaths, builtin_formats_dir
from tests.ui.screen_checks import clipped, focusable, unnamed
from ui.application import RundeApp
from ui.cli import parse
from ui.format_editor import FormatEditor

SLM = "systematic-learning-meeting"
MARKUP = "<b>Fælles</b> &amp; <i>læring</i> ✓ Máret Ðuoŋŋa 日本語 🙂"
SHOTS = Path(os.environ.get("RUNDE_SHOTS", "/tmp/runde-shots"))
CTRL = Qt.KeyboardModifier.ControlModifier


def _hashes() -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in builtin_formats_dir().glob("*")}


def _user_files(paths: AppPaths) -> list[str]:
    return sorted(p.name for p in paths.formats_dir.iterdir()) if paths.formats_dir.is_dir() else []


@pytest.fixture(autouse=True)
def never_a_modal_question(monkeypatch: pytest.MonkeyPatch) -> None:
    """A test that forgets a change must not hang on the "Save the changes?" box."""
    monkeypatch.setattr(FormatEditor, "ask_unsaved", lambda self: QMessageBox.StandardButton.Discard)


@pytest.fixture
def editor(qtbot: QtBot, app_paths: AppPaths) -> Iterator[FormatEditor]:
    ed = FormatEditor(app_paths, "en", team="Afsnit 3", current_id=SLM, people=7)
    qtbot.addWidget(ed)
    ed.show()
    qtbot.waitExposed(ed)
    yield ed
    ed.dirty = False
    ed.close()


def _copy(ed: FormatEditor) -> None:
    assert ed.make_copy()
    assert ed.editable()


def _shot(widget: QWidget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / f"format-editor-{name}.png"))


# -- a built-in is never changed; the copy -----------------------------------------------------------

def test_a_built_in_is_shown_read_only_and_cannot_be_saved(editor: FormatEditor,
                                                           app_paths: AppPaths) -> None:
    assert editor.picker.currentData() == SLM and not editor.editable()
    assert editor.title_edit.isReadOnly() and editor.step_title.isReadOnly()
    assert not editor.save_button.isEnabled() and not editor.add_step_button.isEnabled()
    assert editor.add_step() is None
    assert not editor.save()
    assert "never changed" in editor.status.text()
    assert _user_files(app_paths) == []


def test_make_a_copy_gets_a_new_id_and_our_version_in_the_current_language(qtbot: QtBot,
                                                                            app_paths: AppPaths) -> None:
    before = _hashes()
    ed = FormatEditor(app_paths, "da", team="Afsnit 3", current_id=SLM)
    qtbot.addWidget(ed)
    _copy(ed)
    suffix = ed.tr("(our version)")
    assert ed.title_edit.text() == f"Systematisk læringsmøde {suffix}"
    assert ed.save()
    saved = available_formats(app_paths)[0][f"{SLM}-afsnit-3-1"]
    assert saved.title.get("da") == f"Systematisk læringsmøde {suffix}"
    assert saved.title.get("en") == "Systematic learning meeting"  # other languages kept
    assert saved.title.get("sv") == "Systematiskt lärandemöte"
    original = load_format(builtin_formats_dir() / f"{SLM}.json")
    assert [s.id for s in saved.steps] == [s.id for s in original.steps]
    assert saved.steps[1].questions == original.steps[1].questions
    assert _hashes() == before
    ed.reload(SLM)
    _copy(ed)  # a second copy does not take the first one's id
    assert ed.status.text().count(f"{SLM}-afsnit-3-2") == 1
    ed.dirty = False


def test_edit_every_field_live_preview_and_save(editor: FormatEditor, app_paths: AppPaths,
                                                qtbot: QtBot) -> None:
    _copy(editor)
    changed: list[str] = []
    editor.formats_changed.connect(changed.append)
    assert editor.preview.text() == ("Planned: 29 min with 7 people (the meeting's usual length is "
                                     "30 min)")
    editor.title_edit.selectAll()
    qtbot.keyClicks(editor.title_edit, "Afsnit 3s møde")
    editor.steps.setCurrentRow(1)  # learning questions, 10 min
    editor.duration.minutes.selectAll()
    qtbot.keyClicks(editor.duration.minutes, "12")
    assert "31 min with 7 people" in editor.preview.text()  # as you type
    editor.warning.seconds.setValue(30)
    editor.step_title.selectAll()
    qtbot.keyClicks(editor.step_title, "Spørgsmål")
    assert editor.steps.item(1).text() == "2. Spørgsmål (12:00)"
    editor.questions.setCurrentRow(0)
    editor.remove_question()
    editor.add_question()
    editor.questions.item(editor.questions.count() - 1).setText("Hvad nu?")
    editor.instruction.setPlainText("Stil spørgsmål.")
    editor.steps.setCurrentRow(3)  # the round
    assert editor.kind.currentData() == StepKind.ROUND and editor.turn.isVisibleTo(editor)
    assert not editor.duration.isVisibleTo(editor)
    editor.turn.minutes.setValue(2)
    editor.turn_warning.seconds.setValue(30)
    assert "38 min with 7 people" in editor.preview.text() and "⚠" in editor.preview.text()
    editor.people.setValue(3)
    assert "30 min with 3 people" in editor.preview.text()
    editor.steps.setCurrentRow(2)
    editor.kind.setCurrentIndex(editor.kind.findData(StepKind.OPEN))
    assert not editor.warning.isVisibleTo(editor) and editor.duration.isVisibleTo(editor)
    step = editor.add_step()
    assert step is not None and editor.steps.currentRow() == 3 and editor.steps.count() == 6
    editor.step_title.setText("Tjek ud")
    editor.duration.set_value(90)
    editor.warning.set_value(30)
    editor.duration.changed.emit()
    editor.move_step(-1)
    editor.move_step(-1)
    assert editor.steps.currentRow() == 1 and editor.steps.item(1).text() == "2. Tjek ud (01:30)"
    editor.steps.setCurrentRow(5)
    editor.remove_step()  # the measures
    assert editor.steps.count() == 5
    assert editor.save(), editor.last_error
    new_id = f"{SLM}-afsnit-3-1"
    assert changed == [new_id] and not editor.dirty
    fmt = available_formats(app_paths)[0][new_id]
    assert fmt.title.get("en") == "Afsnit 3s møde" and fmt.title.get("da") == "Systematisk læringsmøde"
    assert [s.id for s in fmt.steps] == ["case", "step-6", "questions", "presenter-learning", "round"]
    q = fmt.step("questions")
    assert (q.title.get("en"), q.duration_s, q.warning_s) == ("Spørgsmål", 720, 90)
    assert q.title.get("da") == "Læringsspørgsmål"  # other languages kept
    assert q.questions[-1].get("en") == "Hvad nu?" and len(q.questions) == 8
    assert q.instruction is not None and q.instruction.get("en") == "Stil spørgsmål."
    assert q.instruction.get("fi").startswith("Kollegat")
    new = fmt.step("step-6")
    assert (new.kind, new.duration_s, new.warning_s) == (StepKind.TIMED, 90, 30)
    assert new.title.texts == {"en": "Tjek ud"}
    assert fmt.step("presenter-learning").kind is StepKind.OPEN
    rnd = fmt.step("round")
    assert (rnd.turn_s, rnd.turn_warning_s, rnd.capture) == (120, 30, ("round_lines",))
    assert editor.picker.currentData() == new_id and editor.editable()
    _shot(editor, "saved")


def test_the_user_s_own_format_is_changed_in_place(editor: FormatEditor, app_paths: AppPaths) -> None:
    _copy(editor)
    assert editor.save()
    editor.steps.setCurrentRow(0)
    editor.duration.minutes.setValue(7)
    assert editor.dirty and editor.save()
    fmt = available_formats(app_paths)[0][f"{SLM}-afsnit-3-1"]
    assert fmt.steps[0].duration_s == 420 and fmt.version == 2
    assert _user_files(app_paths) == [f"{SLM}-afsnit-3-1.json"]


# -- bad input -------------------------------------------------------------------------------------

def _refused(ed: FormatEditor, app_paths: AppPaths, key: str) -> str:
    files = _user_files(app_paths)
    assert not ed.save()
    assert ed.last_error is not None and ed.last_error[0] == key, ed.last_error
    label = ed.errors[key]
    assert label.isVisibleTo(ed) and label.textFormat() == Qt.TextFormat.PlainText
    assert _user_files(app_paths) == files  # nothing written
    return label.text()


def test_an_empty_title_is_shown_next_to_the_title(editor: FormatEditor, app_paths: AppPaths) -> None:
    _copy(editor)
    editor.title_edit.setText("   ")
    text = _refused(editor, app_paths, "title")
    assert text == "⚠ Title: must not be empty"
    assert editor.title_edit.accessibleDescription() == "Title: must not be empty"  # for screen readers
    assert editor.title_edit.hasFocus() or QApplication.focusWidget() is editor.title_edit
    editor.title_edit.setText("Ok")
    assert editor.save() and not editor.errors["title"].isVisibleTo(editor)


def test_zero_absurd_and_too_long_warning_times(editor: FormatEditor, app_paths: AppPaths) -> None:
    _copy(editor)
    editor.steps.setCurrentRow(2)
    editor.duration.set_value(0)
    editor.warning.set_value(0)
    editor.duration.changed.emit()
    assert "must be between 00:01 and 12:00:00, not 00:00" in _refused(editor, app_paths, "step.duration_s")
    assert "Step 3" in editor.errors["step.duration_s"].text()
    editor.duration.set_value(10**9)  # the boxes stop at 720 min 59 s: still too long
    editor.duration.changed.emit()
    assert editor.duration.value() == 720 * 60 + 59
    assert "not 12:00:59" in _refused(editor, app_paths, "step.duration_s")
    editor.duration.minutes.setValue(-5)  # below the box: 0
    assert editor.duration.minutes.value() == 0
    editor.duration.set_value(120)
    editor.warning.set_value(121)
    editor.duration.changed.emit()
    assert "longer than the step" in _refused(editor, app_paths, "step.warning_s")
    editor.warning.set_value(120)
    editor.duration.changed.emit()
    editor.steps.setCurrentRow(3)
    editor.turn.set_value(0)
    editor.turn.changed.emit()
    assert "time per turn" in _refused(editor, app_paths, "step.turn_s")
    editor.turn.set_value(20)
    editor.turn_warning.set_value(21)
    editor.turn.changed.emit()
    assert "longer than the turn" in _refused(editor, app_paths, "step.turn_warning_s")
    editor.steps.setCurrentRow(0)
    editor.save()
    assert editor.steps.currentRow() == 3  # the error takes the list to its step
    editor.turn_warning.set_value(15)
    editor.turn.changed.emit()
    assert editor.save()
    assert editor.last_error is None and f"{SLM}-afsnit-3-1.json" in _user_files(app_paths)


def test_an_empty_step_title_and_question(editor: FormatEditor, app_paths: AppPaths) -> None:
    _copy(editor)
    editor.steps.setCurrentRow(1)
    editor.step_title.setText("")
    assert "Step 2" in _refused(editor, app_paths, "step.title")
    editor.step_title.setText("Ok")
    editor.add_question()
    editor.questions.currentItem().setText(" ")
    assert "prompt questions 9: must not be empty" in _refused(editor, app_paths, "step.questions")
    assert editor.questions.currentRow() == 8
    editor.remove_question()
    editor.steps.setCurrentRow(0)
    editor.instruction.setPlainText("   ")  # no instruction at all
    assert editor.save()
    fmt = available_formats(app_paths)[0][f"{SLM}-afsnit-3-1"]
    assert fmt.steps[0].instruction is None and len(fmt.steps[1].questions) == 8


def test_all_steps_removed_is_refused(editor: FormatEditor, app_paths: AppPaths) -> None:
    _copy(editor)
    for _ in range(5):
        editor.remove_step()
    assert editor.steps.count() == 0 and not editor.step_box.isEnabled()
    assert "Steps: must be a list with at least one step" in _refused(editor, app_paths, "steps")
    assert editor.preview.text().startswith("Planned: 0 min")


def test_500_steps_stay_responsive_and_are_refused_clearly(editor: FormatEditor, app_paths: AppPaths,
                                                          qtbot: QtBot) -> None:
    _copy(editor)
    t0 = time.perf_counter()
    for _ in range(495):
        editor.add_step()
    editor.steps.setCurrentRow(250)
    editor.move_step(1)
    editor.duration.minutes.setValue(9)
    QApplication.processEvents()
    elapsed = time.perf_counter() - t0
    assert editor.steps.count() == 500 and elapsed < 10, elapsed
    t0 = time.perf_counter()
    text = _refused(editor, app_paths, "steps")
    assert time.perf_counter() - t0 < 1
    assert "has 500 steps; at most 100 are allowed" in text
    assert editor.steps.item(499).text().startswith("500. ")
    _shot(editor, "500-steps")


def test_unicode_and_markup_are_kept_and_shown_as_typed(editor: FormatEditor, app_paths: AppPaths) -> None:
    _copy(editor)
    editor.title_edit.setText(MARKUP)
    editor.steps.setCurrentRow(0)
    editor.step_title.setText(MARKUP)
    editor.instruction.setPlainText(MARKUP + "\nline two")
    editor.add_question()
    editor.questions.currentItem().setText(MARKUP)
    assert editor.steps.item(0).text() == f"1. {MARKUP} (05:00)"
    assert editor.save()
    fmt = available_formats(app_paths)[0][f"{SLM}-afsnit-3-1"]
    s = fmt.steps[0]
    assert fmt.title.get("en") == MARKUP and s.title.get("en") == MARKUP
    assert s.instruction is not None and s.instruction.get("en") == MARKUP + "\nline two"
    assert s.questions[-1].get("en") == MARKUP
    assert MARKUP in editor.notice.text() and editor.notice.textFormat() == Qt.TextFormat.PlainText
    assert editor.picker.currentText().startswith(MARKUP)
    _shot(editor, "markup")


def test_a_read_only_folder_gives_a_clear_message(editor: FormatEditor, app_paths: AppPaths,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    def denied(*_a: object, **_k: object) -> tuple[int, str]:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr("app.atomic.tempfile.mkstemp", denied)
    _copy(editor)
    text = _refused(editor, app_paths, "general")
    assert "not saved" in text and "read-only" in text and str(app_paths.formats_dir) in text
    assert editor.dirty  # the changes are still there to save elsewhere
    _shot(editor, "read-only")


def test_a_user_file_with_a_built_in_id_is_not_changed_in_place(qtbot: QtBot, app_paths: AppPaths) -> None:
    app_paths.formats_dir.mkdir(parents=True)
    fmt = load_format(builtin_formats_dir() / f"{SLM}.json")
    doc = format_to_json(replace(fmt, title=LocalText({"en": "Shadow"})))
    (app_paths.formats_dir / "shadow.json").write_text(json.dumps(doc), encoding="utf-8")
    before = _hashes()
    ed = FormatEditor(app_paths, "en", current_id=SLM)
    qtbot.addWidget(ed)
    assert ed.title_edit.text() == "Shadow" and not ed.editable() and "built-in" in ed.status.text()
    _copy(ed)
    assert ed.save()
    assert _user_files(app_paths) == ["shadow.json", f"{SLM}-own-1.json"]
    assert _hashes() == before
    ed.dirty = False


# -- files to share --------------------------------------------------------------------------------

def test_save_as_file_and_open_it_on_another_pc(editor: FormatEditor, qtbot: QtBot, tmp_path: Path) -> None:
    _copy(editor)
    editor.steps.setCurrentRow(0)
    editor.duration.minutes.setValue(4)
    share = tmp_path / "share" / "ours.json"
    share.parent.mkdir()
    assert editor.save_as_file(share)
    assert json.loads(share.read_text(encoding="utf-8"))["steps"][0]["duration_s"] == 240
    other = AppPaths.create(tmp_path / "other-pc")
    ed2 = FormatEditor(other, "en", current_id=SLM)
    qtbot.addWidget(ed2)
    got: list[str] = []
    ed2.formats_changed.connect(got.append)
    assert ed2.open_file(share)
    assert got == [f"{SLM}-afsnit-3-1"] and ed2.editable()
    assert available_formats(other)[0][got[0]].steps[0].duration_s == 240
    assert ed2.picker.currentData() == got[0]
    editor.dirty = False


def test_a_built_in_can_be_saved_as_a_file(editor: FormatEditor, tmp_path: Path) -> None:
    assert editor.save_as_file(tmp_path / "slm.json")
    assert load_format(tmp_path / "slm.json") == replace(
        load_format(builtin_formats_dir() / f"{SLM}.json"), source=str(tmp_path / "slm.json"))


def test_opening_a_bad_file_names_the_field_and_copies_nothing(editor: FormatEditor, app_paths: AppPaths,
                                                               tmp_path: Path) -> None:
    fmt = load_format(builtin_formats_dir() / f"{SLM}.json")
    doc = format_to_json(replace(fmt, id="bad"))
    doc["steps"][0]["duration_s"] = 10**9
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc), encoding="utf-8")
    assert not editor.open_file(bad)
    text = editor.errors["general"].text()
    assert "bad.json" in text and "steps[0].duration_s" in text and "12:00:00" in text
    (tmp_path / "junk.json").write_bytes(b"\xff\xfe<b>")
    assert not editor.open_file(tmp_path / "junk.json")
    assert "junk.json" in editor.errors["general"].text()
    assert not editor.open_file(tmp_path / "missing.json")
    assert _user_files(app_paths) == []


def test_a_file_with_a_built_in_id_comes_in_as_a_copy(editor: FormatEditor, app_paths: AppPaths,
                                                     tmp_path: Path) -> None:
    before = _hashes()
    fmt = load_format(builtin_formats_dir() / f"{SLM}.json")
    path = tmp_path / "clash.json"
    path.write_text(json.dumps(format_to_json(replace(fmt, title=LocalText({"en": "Clash"})))),
                    encoding="utf-8")
    assert editor.open_file(path)
    assert _user_files(app_paths) == [f"{SLM}-afsnit-3-1.json"]
    assert "built-in format stays" in editor.notice.text()
    formats = available_formats(app_paths)[0]
    assert formats[SLM].title.get("en") == "Systematic learning meeting"
    assert formats[f"{SLM}-afsnit-3-1"].title.get("en") == "Clash"
    assert _hashes() == before


def test_unsaved_changes_are_asked_about(editor: FormatEditor, app_paths: AppPaths,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    _copy(editor)
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    monkeypatch.setattr(editor, "ask_unsaved", lambda: answers.pop(0))
    editor.picker.setCurrentIndex(editor.picker.findData("open"))
    editor._picked(editor.picker.currentIndex())
    assert editor.picker.currentData() == f"{SLM}-afsnit-3-1" and editor.editable()  # cancelled
    editor._picked(editor.picker.findData("open"))
    assert editor.picker.currentData() == "open" and editor.picker.findData(f"{SLM}-afsnit-3-1") < 0
    _copy(editor)
    monkeypatch.setattr(editor, "ask_unsaved", lambda: QMessageBox.StandardButton.Save)
    editor.reject()
    assert not editor.isVisible() and "open-afsnit-3-1.json" in _user_files(app_paths)


# -- keyboard, names, fit --------------------------------------------------------------------------

def test_keyboard_save_and_mnemonics(editor: FormatEditor, app_paths: AppPaths, qtbot: QtBot) -> None:
    editor.activateWindow()
    qtbot.waitActive(editor)
    qtbot.keyClick(editor.copy_button, Qt.Key.Key_Space)
    assert editor.editable()
    editor.title_edit.setFocus()
    qtbot.keyClick(editor.title_edit, Qt.Key.Key_S, CTRL)
    assert _user_files(app_paths) == [f"{SLM}-afsnit-3-1.json"]
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # a button's mnemonic
    qtbot.waitUntil(lambda: editor.steps.count() == 6)  # (a button clicks after its animation)
    assert editor.step_title.hasFocus()
    qtbot.keyClicks(editor.step_title, "Tjek ud")
    assert editor.steps.currentItem().text() == "2. Tjek ud (05:00)"
    qtbot.keyClick(editor, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: editor.steps.currentRow() == 0)
    qtbot.keyClick(editor, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    assert editor.duration.minutes.hasFocus()
    editor.save()


@pytest.mark.parametrize("lang", ["en", "da", "fi"])
def test_fits_1280x720_and_every_control_is_named(qtbot: QtBot, app_paths: AppPaths, lang: str) -> None:
    ed = FormatEditor(app_paths, lang, team="Afsnit 3", current_id="digital-learning-circle")
    qtbot.addWidget(ed)
    ed.resize(1280, 720)
    ed.show()
    qtbot.waitExposed(ed)
    _copy(ed)
    problems: list[str] = []
    for row in range(ed.steps.count()):
        ed.steps.setCurrentRow(row)
        ed.show_error(FormatError("x", f"steps[{row}].title.{lang}", "must be a non-empty text"))
        for _ in range(2):  # the error line asks for its height, then the form makes room
            QApplication.processEvents()
        assert ed.width() <= 1280 and ed.height() <= 720
        problems += clipped(ed, squashed=True)
        if row == 0:
            _shot(ed, f"{lang}-1280x720")
    missing = unnamed(focusable(ed))
    assert not problems, problems
    assert not missing, missing
    ed.dirty = False


# -- in the app: the start screen's button, and a running meeting ------------------------------------

@pytest.fixture
def runde(qtbot: QtBot, tmp_path: Path) -> Iterator[RundeApp]:
    r = RundeApp(parse(["--data-dir", str(tmp_path / "d"), "--lang", "en"]))
    assert r.open_store()
    yield r
    if r.format_editor is not None:
        r.format_editor.dirty = False
    r.quit()
    for w in QApplication.topLevelWidgets():
        w.close()


def test_edit_formats_from_the_start_screen_and_the_list_is_refreshed(runde: RundeApp, qtbot: QtBot) -> None:
    screen = runde.open_start_screen()
    qtbot.addWidget(screen)
    screen.team_box.setCurrentText("Afsnit 3")
    assert screen.formats_button.text() == "Edit formats…"
    screen.formats_button.click()
    ed = runde.format_editor
    assert ed is not None and ed.isVisible() and ed.picker.currentData() == SLM
    _copy(ed)
    ed.steps.setCurrentRow(0)
    ed.duration.minutes.setValue(6)
    assert ed.save()
    new_id = f"{SLM}-afsnit-3-1"
    assert new_id in runde.formats
    assert screen.format_box.findData(new_id) >= 0 and screen.current_format() is runde.formats[new_id]
    assert screen.plan_label.text() == "Planned: 23 min of 30 min – 7 min to spare."  # 6+10+2+5, no round
    ed.close()
    qtbot.waitUntil(lambda: runde.format_editor is None)


def test_editing_a_format_while_its_meeting_runs_does_not_change_the_meeting(runde: RundeApp,
                                                                            qtbot: QtBot) -> None:
    base = load_format(builtin_formats_dir() / f"{SLM}.json")
    mine = save_user_format(copy_format(base, "ours", "en", "(our version)"), runde.paths)
    runde.reload_formats()
    screen = runde.open_start_screen()
    qtbot.addWidget(screen)
    assert screen.select_format("ours")
    screen.participants_edit.setPlainText("Anna\nBo\nCecilie")
    screen.facilitator_box.setCurrentIndex(1)  # the format (a copy of F1) requires a facilitator
    screen._start()
    ctl = runde.controller
    assert ctl is not None and runde.session is not None
    qtbot.addWidget(ctl.room)
    qtbot.addWidget(ctl.console)
    ctl.meeting.start()
    running = ctl.meeting.format
    snapshot = format_to_json(running)
    planned = ctl.meeting.planned_total_s
    ed = runde.open_format_editor(screen)
    ed.reload("ours")
    assert ed.editable()
    ed.steps.setCurrentRow(0)
    ed.duration.minutes.setValue(1)
    ed.step_title.setText("Changed while running")
    ed.steps.setCurrentRow(4)
    ed.remove_step()
    assert ed.save()
    assert runde.formats["ours"].steps[0].duration_s == 60 and len(runde.formats["ours"].steps) == 4
    assert ctl.meeting.format is running and format_to_json(running) == snapshot
    assert ctl.meeting.planned_total_s == planned
    view = ctl.meeting.view()
    assert view.step.title.get("en") == "Case presentation" and view.step_allotted_s == 300
    assert len(view.agenda) == 5
    assert runde.session.panel is not None
    ctl.meeting.next()
    ctl.ticker.refresh()
    assert ctl.meeting.view().step.id == "questions"
    assert mine.steps[0].duration_s == 300


# -- a team's copy is the team's data ------------------------------------------------------------------

def test_a_copy_for_a_team_is_kept_with_the_teams_data_and_travels_in_its_file(
        runde: RundeApp, qtbot: QtBot, tmp_path: Path) -> None:
    from app.storage.format_store import team_formats
    from app.storage.store import export_team, import_team

    assert runde.store is not None
    screen = runde.open_start_screen()
    qtbot.addWidget(screen)
    screen.team_box.setCurrentText("Afsnit 3")
    ed = runde.open_format_editor(screen)
    _copy(ed)
    assert "team “Afsnit 3”" in ed.status.text()
    ed.steps.setCurrentRow(0)
    ed.duration.minutes.setValue(4)
    ed.warning.minutes.setValue(1)
    assert ed.save()
    new_id = f"{SLM}-afsnit-3-1"
    assert _user_files(runde.paths) == []  # in the database, not a loose file
    [rec] = team_formats(runde.store)
    assert rec.format_id == new_id and rec.team_name == "Afsnit 3"
    assert runde.formats[new_id].steps[0].duration_s == 240
    assert ed.picker.currentText().endswith("team “Afsnit 3”")
    _shot(ed, "team-copy-saved")
    ed.close()

    # Opened again (another day, another team chosen): still the team's, still editable, saved in place.
    ed2 = FormatEditor(runde.paths, "en", team="Afsnit 4", current_id=new_id, store=runde.store)
    qtbot.addWidget(ed2)
    assert ed2.editable() and "team “Afsnit 3”" in ed2.status.text()
    ed2.steps.setCurrentRow(0)
    ed2.duration.minutes.setValue(3)
    assert ed2.save()
    [rec] = team_formats(runde.store)
    assert rec.version == 2 and rec.team_name == "Afsnit 3" and rec.data["steps"][0]["duration_s"] == 180
    ed2.close()

    data = export_team(runde.store, runde.store.team_id("Afsnit 3") or -1)
    other = RundeApp(parse(["--data-dir", str(tmp_path / "other"), "--lang", "en"]))
    assert other.open_store() and other.store is not None
    try:
        import_team(other.store, data)
        other.reload_formats()
        assert other.formats[new_id].steps[0].duration_s == 180
    finally:
        other.quit()


def test_a_team_copy_that_cannot_be_stored_says_so_and_keeps_the_draft(runde: RundeApp, qtbot: QtBot) -> None:
    from app.storage.format_store import team_formats

    assert runde.store is not None
    ed = FormatEditor(runde.paths, "en", team="Afsnit 3", current_id=SLM, store=runde.store)
    qtbot.addWidget(ed)
    _copy(ed)
    ed.steps.setCurrentRow(0)
    ed.duration.minutes.setValue(4)
    runde.store.closed = True  # as after a restore: nothing more is written
    try:
        assert not ed.save()
        key, text = ed.last_error or ("", "")
        assert key == "general" and "not saved with the team's data" in text
        assert ed.dirty and ed.duration.minutes.value() == 4  # nothing typed is lost
    finally:
        runde.store.closed = False
    assert ed.save() and len(team_formats(runde.store)) == 1
    ed.close()


def test_without_a_team_a_copy_is_still_a_file_in_the_users_folder(runde: RundeApp, qtbot: QtBot) -> None:
    from app.storage.format_store import team_formats

    assert runde.store is not None
    ed = FormatEditor(runde.paths, "en", team="", current_id=SLM, store=runde.store)
    qtbot.addWidget(ed)
    _copy(ed)
    assert ed.save()
    assert _user_files(runde.paths) == [f"{SLM}-own-1.json"] and team_formats(runde.store) == []
    ed.close()


def test_runde_run_starts_a_teams_own_format_and_the_start_screen_lists_it(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from app.format_library import save_team_format
    from app.storage.store import Store

    paths = AppPaths.create(tmp_path / "d")
    store = Store.open(paths, lambda: datetime.now(UTC))
    base = load_format(builtin_formats_dir() / f"{SLM}.json")
    ours = copy_format(base, f"{SLM}-afsnit-3-1", "en", "(our version)")
    ours = replace(ours, steps=(replace(ours.steps[0], duration_s=180), *ours.steps[1:]))
    save_team_format(ours, store, "Afsnit 3", paths)
    store.close()

    r = RundeApp(parse(["--data-dir", str(tmp_path / "d"), "--lang", "en", "run", f"{SLM}-afsnit-3-1",
                        "--participants", "Anna,Bo", "--facilitator", "Anna", "--team", "Afsnit 3"]))
    ctl = r.run_command()
    assert ctl is not None and ctl.meeting.format.id == f"{SLM}-afsnit-3-1"
    qtbot.addWidget(ctl.room)
    qtbot.addWidget(ctl.console)
    assert ctl.meeting.view().step_allotted_s == 180
    r.finish_startup()  # the database was opened early for the format: opening again is harmless
    assert r.store is not None and r.store.meetings()[0].format_id == f"{SLM}-afsnit-3-1"
    r.quit()

    r2 = RundeApp(parse(["--data-dir", str(tmp_path / "d"), "--lang", "en"]))
    monkeypatch.setattr(r2, "offer_resume", lambda: False)  # the meeting above was left running
    screen = r2.open_start_screen()
    qtbot.addWidget(screen)
    assert screen.format_box.findData(f"{SLM}-afsnit-3-1") < 0  # the first paint: files only
    r2.finish_startup()
    assert screen.format_box.findData(f"{SLM}-afsnit-3-1") >= 0
    r2.quit()


def test_removing_ones_own_or_a_teams_format_keeps_the_file_and_the_history(
        runde: RundeApp, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    from app.storage.format_store import team_formats

    assert runde.store is not None
    asked: list[list[str]] = []
    monkeypatch.setattr(FormatEditor, "ask_remove", lambda self, fmt, series: asked.append(series) or True)
    ed = FormatEditor(runde.paths, "en", team="Afsnit 3", current_id=SLM, store=runde.store)
    qtbot.addWidget(ed)
    assert not ed.remove_button.isEnabled() and not ed.remove_format()  # a built-in stays
    _copy(ed)
    assert ed.save() and len(team_formats(runde.store)) == 1
    assert ed.remove_button.isEnabled() and ed.remove_format()
    assert team_formats(runde.store) == [] and f"{SLM}-afsnit-3-1" not in ed._entries
    assert asked == [[]]

    own = save_user_format(copy_format(load_format(builtin_formats_dir() / f"{SLM}.json"), "ours", "en",
                                       "(mine)"), runde.paths)
    ed.reload(own.id)
    assert ed.remove_format()
    assert _user_files(runde.paths) == ["removed"]
    assert (runde.paths.formats_dir / "removed" / "ours.json").is_file()  # moved aside, not deleted
    assert "ours" not in available_formats(runde.paths)[0]
    ed.close()


# -- where a format comes from ------------------------------------------------------------------------

def _source_lines(ed: FormatEditor) -> dict[str, str]:
    """The source's lines as the user reads them: each shown row's label and its text."""
    box = ed.source_box
    return {box.names[k].text(): box.values[k].text() for k in box.values if box.values[k].isVisible()}


def test_the_editor_shows_the_source_of_a_built_in_and_of_a_teams_copy(runde: RundeApp,
                                                                       qtbot: QtBot) -> None:
    from PySide6.QtTest import QTest

    from app.storage.format_store import team_formats

    screen = runde.open_start_screen()
    qtbot.addWidget(screen)
    screen.team_box.setCurrentText("Afsnit 3")
    ed = runde.open_format_editor(screen)
    assert ed.picker.currentData() == SLM
    assert ed.source_box.isVisible() and ed.source_box.title() == "Source"
    lines = _source_lines(ed)
    assert lines["Title"] == "Systematiske læringsmøder" and lines["Language"] == "Danish"
    assert "Publisher" not in lines and "Address" not in lines  # the Danish guidance names neither
    assert "word for word" in lines["Note"] and "Runde's proposal" in lines["Note"]
    ed.copy_button.click()
    assert ed.editable()
    ed.save_button.click()
    assert ed.picker.currentData() == f"{SLM}-afsnit-3-1" and not ed.dirty
    assert _source_lines(ed) == lines  # the team's copy keeps its source
    [rec] = team_formats(runde.store)
    assert rec.data["source"]["title"] == "Systematiske læringsmøder"

    ed.picker.setFocus()
    QTest.keyClick(ed.picker, Qt.Key.Key_Home)
    for _ in range(ed.picker.count()):
        if ed.picker.currentData() == "mini-circle":
            break
        QTest.keyClick(ed.picker, Qt.Key.Key_Down)
    assert ed.picker.currentData() == "mini-circle"
    lines = _source_lines(ed)
    assert lines["Publisher"].startswith("NK-ARR") and lines["Language"] == "Norwegian Bokmål"
    address = ed.source_box.values["address"]
    assert 'href="https://arbeidoghelse.no/laeringssirkler/"' in address.text()
    assert address.openExternalLinks() and "«Mini-sirkler»" in lines["Note"]
    ed.close()


def test_a_format_without_a_source_shows_no_source_box(editor: FormatEditor, app_paths: AppPaths,
                                                       tmp_path: Path) -> None:
    fmt = replace(load_format(builtin_formats_dir() / f"{SLM}.json"), provenance=None)
    path = tmp_path / "plain.json"
    path.write_text(json.dumps(format_to_json(replace(fmt, id="plain"))), encoding="utf-8")
    assert editor.source_box.isVisible()
    assert editor.open_file(path)
    assert editor.picker.currentData() == "plain" and not editor.source_box.isVisible()
