"""Every screen in the users' languages: nothing escapes translation, nothing is clipped, the language
changes mid-meeting without touching the meeting, settings are kept, and controls are named for screen
readers."""

from __future__ import annotations

import ast
import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.clock import FakeClock
from app.formats import load_format
from app.paths import builtin_formats_dir
from app.preferences import Preferences, load_preferences
from app.setup import MeetingSetup
from tests.ui.screen_checks import clipped, focusable, unnamed
from ui.application import RundeApp
from ui.cli import parse
from ui.i18n import Translations
from ui.meeting_controller import MeetingController
from ui.settings_dialog import SettingsDialog

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
TRANSLATED = ("da", "nb", "sv", "fi")
SHOTS = Path(os.environ.get("RUNDE_SHOTS", "/tmp/runde-shots"))
PLACEHOLDER = re.compile(r"%\d|%n|%\(\w+\)[sd]")


def _messages(lang: str) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(I18N / f"runde_{lang}.ts").getroot()
    return {(c.findtext("name") or "", m.findtext("source") or ""): m
            for c in root.findall("context") for m in c.findall("message")}


def _lupdate_sources(tmp: Path) -> set[tuple[str, str]]:
    """What pyside6-lupdate finds in ui/ now (into a scratch file, the sources are not touched)."""
    tool = Path(sys.executable).parent / "pyside6-lupdate"
    exe = str(tool) if tool.exists() else shutil.which("pyside6-lupdate")
    if exe is None:
        pytest.skip("pyside6-lupdate is not installed")
    out = tmp / "now.ts"
    sources = sorted(str(p) for p in (ROOT / "ui").glob("*.py"))
    subprocess.run([exe, "-silent", *sources, "-ts", str(out)], check=True, cwd=ROOT)
    root = ET.parse(out).getroot()
    return {(c.findtext("name") or "", m.findtext("source") or "")
            for c in root.findall("context") for m in c.findall("message")}


def test_every_string_in_the_code_is_in_the_translation_files(tmp_path: Path) -> None:
    found = _lupdate_sources(tmp_path)
    assert len(found) > 300
    for lang in ("en", *TRANSLATED):
        missing = found - set(_messages(lang))
        assert not missing, f"runde_{lang}.ts lacks {sorted(missing)[:5]}: run scripts/i18n.py update"


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_message_is_translated_with_its_placeholders(lang: str) -> None:
    problems = []
    for (ctx, source), msg in _messages(lang).items():
        tr = msg.find("translation")
        assert tr is not None
        forms = [f.text or "" for f in tr.findall("numerusform")] or [tr.text or ""]
        if tr.get("type") in {"unfinished", "vanished", "obsolete"} or not all(f.strip() for f in forms):
            problems.append(f"{ctx}: {source!r} is not translated")
            continue
        if msg.get("numerus") == "yes" and len(forms) != 2:
            problems.append(f"{ctx}: {source!r} needs two plural forms")
        want = sorted(PLACEHOLDER.findall(source))
        for form in forms:
            got = sorted(PLACEHOLDER.findall(form))
            if got != want and not (msg.get("numerus") == "yes" and set(got) <= set(want)):
                problems.append(f"{ctx}: {source!r} -> {form!r} changes the placeholders")
        if re.search(r"\bover(?:tid|tiden)\b|\bövertid", " ".join(forms), re.IGNORECASE):
            problems.append(f"{ctx}: {form!r} says paid overtime (use 'over tid')")
    assert not problems, "\n".join(problems[:20])


def test_finnish_is_marked_for_review_and_english_has_its_plurals() -> None:
    for msg in _messages("fi").values():
        assert "review" in (msg.findtext("translatorcomment") or ""), msg.findtext("source")
    for (_ctx, source), msg in _messages("en").items():
        if msg.get("numerus") == "yes":
            forms = [f.text or "" for f in msg.find("translation").findall("numerusform")]  # type: ignore[union-attr]
            assert len(forms) == 2 and all("(s)" not in f for f in forms), source


# Calls whose first argument a person reads; a plain string literal there escaped translation.
SHOWN = {"setText", "setWindowTitle", "setPlaceholderText", "setToolTip", "setTitle", "addTab",
         "setTabText", "setAccessibleName", "setAccessibleDescription", "addItem", "setStatusTip",
         "QLabel", "QPushButton", "QCheckBox", "QGroupBox", "QRadioButton", "information", "warning",
         "critical", "question"}


def test_no_plain_string_literal_reaches_a_widget() -> None:
    escaped = []
    for path in sorted((ROOT / "ui").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if name not in SHOWN:
                continue
            shown = node.args[1:3] if name in {"information", "warning", "critical", "question"} \
                else node.args[:1]
            for arg in shown:
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str) \
                        and re.search(r"[A-Za-z]{2}", arg.value):
                    escaped.append(f"{path.name}:{node.lineno} {arg.value!r}")
    assert not escaped, escaped


@pytest.mark.parametrize(("lang", "ok", "cancel", "save"), [
    ("da", "OK", "Annuller", "Gem"), ("nb", "OK", "Avbryt", "Lagre"), ("sv", "Ok", "Avbryt", "Spara"),
    ("fi", "OK", "Peru", "Tallenna")])
def test_qt_s_own_buttons_speak_the_language_bokmaal_too(qtbot: QtBot, lang: str, ok: str, cancel: str,
                                                         save: str) -> None:
    translations = Translations()
    try:
        translations.install(lang)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
                               | QDialogButtonBox.StandardButton.Save)
        qtbot.addWidget(box)
        texts = {b.text().replace("&", "") for b in box.buttons()}
        assert texts == {ok, cancel, save}
    finally:
        translations.install("en")


# -- the running app ---------------------------------------------------------------------------------

@pytest.fixture
def runde(qtbot: QtBot, tmp_path: Path):  # type: ignore[no-untyped-def]
    r = RundeApp(parse(["--data-dir", str(tmp_path / "d"), "--lang", "en"]))
    assert r.open_store()
    yield r
    r.set_language("en")
    r.appearance.apply("dark", 1.0)
    r.quit()
    for w in QApplication.topLevelWidgets():
        w.close()


def _start_round(r: RundeApp, qtbot: QtBot) -> None:
    s = r.open_start_screen()
    qtbot.addWidget(s)
    s.team_box.setCurrentText("Afsnit 3")
    s.participants_edit.setPlainText("Anna\nBo\nCecilie\nMáret Ðuoŋŋa")
    s.facilitator_box.setCurrentIndex(1)
    s._start()
    assert r.controller is not None
    qtbot.addWidget(r.controller.room)
    qtbot.addWidget(r.controller.console)
    qtbot.waitExposed(r.controller.room)
    m = r.controller.meeting
    m.start()
    for _ in range(3):
        m.next()
    m.next()  # the second speaker has the word
    r.controller.ticker.refresh()


def test_the_language_changes_mid_round_and_the_meeting_goes_on(runde: RundeApp, qtbot: QtBot) -> None:
    _start_round(runde, qtbot)
    ctl = runde.controller
    assert ctl is not None
    before = ctl.meeting.view()
    assert ctl.console.finish_button.text() == "Finish meeting…"
    runde.apply_preferences(Preferences(language="da"))
    after = ctl.meeting.view()
    assert (after.step.id, after.state, after.round.speaker.name) == (
        before.step.id, before.state, before.round.speaker.name)
    assert after.remaining_s == pytest.approx(before.remaining_s, abs=1.0)
    QApplication.processEvents()
    ctl.room.view.repaint()
    texts = " ".join(ctl.room.view.shown_texts())
    assert "Punkt 4 af 5" in texts and "Næste: Cecilie" in texts, texts
    assert ctl.console.finish_button.text() not in {"", "Finish meeting…"}
    assert runde.session is not None
    assert runde.session.panel.points_box.title() not in {"", "Learning points"}
    assert runde.start_screen is not None
    assert runde.start_screen.start_button.text() != "Start the meeting (Ctrl+Enter)"
    assert load_preferences(runde.paths.settings_path).language == "da"
    runde.apply_preferences(Preferences(language="fi"))
    assert ctl.console.finish_button.text() not in {"", "Finish meeting…"}
    assert ctl.meeting.view().round.speaker.name == before.round.speaker.name


def test_settings_round_trip_and_apply_to_the_running_meeting(runde: RundeApp, qtbot: QtBot) -> None:
    _start_round(runde, qtbot)
    dialog = SettingsDialog(runde.prefs)
    qtbot.addWidget(dialog)
    dialog.theme.setCurrentIndex(dialog.theme.findData("high_contrast"))
    dialog.text_size.setValue(150)
    dialog.flash.setChecked(False)
    dialog.warning.setCurrentIndex(dialog.warning.findData(120))
    dialog.volume.setValue(30)
    chosen = dialog.preferences()
    assert (chosen.theme, chosen.text_scale, chosen.flash, chosen.warning_s, chosen.volume) == (
        "high_contrast", 1.5, False, 120, 0.3)
    runde.apply_preferences(chosen)
    assert load_preferences(runde.paths.settings_path) == chosen
    ctl = runde.controller
    assert ctl is not None
    assert ctl.room.view._palette.background.name() == "#000000"
    assert not ctl.room.view._flash_enabled
    assert QApplication.font().pointSizeF() == pytest.approx(runde.appearance._font.pointSizeF() * 1.5)


def test_a_hand_edited_settings_file_is_brought_back_into_range(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"text_scale": 40, "volume": -3, "theme": "<b>", "warning_s": -50,
                                "language": "klingon", "chime": None}), encoding="utf-8")
    p = load_preferences(path)
    assert (p.text_scale, p.volume, p.theme, p.warning_s, p.language, p.chime) == (
        2.5, 0.0, "dark", -1, "", "soft")


def test_the_warning_time_setting_reaches_the_meeting(runde: RundeApp, qtbot: QtBot) -> None:
    runde.prefs = Preferences(warning_s=120)
    _start_round(runde, qtbot)
    ctl = runde.controller
    assert ctl is not None
    assert ctl.meeting.format.step("case").warning_s == 120


def test_a_phase_change_is_announced(qtbot: QtBot, fake_clock: FakeClock) -> None:
    fmt = load_format(builtin_formats_dir() / "systematic-learning-meeting.json")
    ctl = MeetingController(MeetingSetup(fmt, ("Anna", "Bo", "Cecilie")).create(fake_clock))
    qtbot.addWidget(ctl.room)
    qtbot.addWidget(ctl.console)
    ctl.meeting.start()
    ctl.ticker.refresh()
    assert ctl.last_announcement == ""
    fake_clock.advance(300 - 30)  # into the last minute of the case
    ctl.ticker.refresh()
    assert ctl.last_announcement == "Time is almost up: Case presentation"
    fake_clock.advance(40)
    ctl.ticker.refresh()
    assert ctl.last_announcement == "Time is up: Case presentation"


# -- every screen, every language, at 1280x720 -----------------------------------------------------

def _windows(r: RundeApp, qtbot: QtBot) -> dict[str, QWidget]:
    _start_round(r, qtbot)
    assert r.controller is not None and r.start_screen is not None
    history = r.open_history()
    assert history is not None
    qtbot.addWidget(history)
    settings = SettingsDialog(r.prefs)
    qtbot.addWidget(settings)
    r.controller.console.tabs.setCurrentIndex(1)
    r.controller.console.show_view(r.controller.meeting.view())  # every label has its text before layout
    return {"start": r.start_screen, "console": r.controller.console, "history": history,
            "settings": settings}


@pytest.mark.parametrize("lang", ("en", *TRANSLATED))
def test_every_screen_fits_1280x720_in_every_language(runde: RundeApp, qtbot: QtBot, lang: str) -> None:
    runde.set_language(lang)
    assert QCoreApplication.translate("Console", "Finish meeting…") != "" and (
        lang == "en" or QCoreApplication.translate("Console", "Finish meeting…") != "Finish meeting…")
    problems = []
    for name, window in _windows(runde, qtbot).items():
        if name == "settings":
            window.adjustSize()
        else:
            window.resize(1280, 720)
        window.show()
        qtbot.waitExposed(window)
        QApplication.processEvents()
        QApplication.processEvents()  # a label given its text on a tick lays out on the next pass
        assert window.width() <= 1280 and window.height() <= 720, (name, window.size())
        problems += [f"{lang} {name}: {p}" for p in clipped(window)]
        if lang in {"da", "fi"}:
            SHOTS.mkdir(parents=True, exist_ok=True)
            window.grab().save(str(SHOTS / f"{name}-{lang}-1280x720.png"))
    assert not problems, "\n".join(problems)


def test_every_control_has_a_name_for_screen_readers(runde: RundeApp, qtbot: QtBot) -> None:
    """What a screen reader would say for each control that takes the keyboard focus."""
    missing = []
    for name, window in _windows(runde, qtbot).items():
        window.show()
        missing += [f"{name}: {u}" for u in unnamed(focusable(window))]
    assert not missing, missing


def test_write_errors_from_app_are_worded_in_the_language(qtbot: QtBot) -> None:
    """app/ has no Qt: its write errors carry the errno name, and ui/ words them with tr()."""
    import errno as errno_names

    from app import atomic
    from app.atomic import ExportError
    from ui.error_texts import export_error_text, write_reason

    named = {name for name in dir(errno_names) if name.startswith("E")
             and getattr(errno_names, name) in atomic._REASONS}
    assert all(write_reason(code) for code in named | {"NOTREG", "ELOOP"})  # none escapes translation
    translations = Translations()
    try:
        translations.install("da")
        exc = ExportError("/tmp/x.pdf: the disk is full", path=Path("/tmp/x.pdf"), code="ENOSPC")
        text = export_error_text(exc)
        assert text.startswith("/tmp/x.pdf") and "the disk is full" not in text
        assert export_error_text(ExportError("odd", code="EWHAT")) == "odd"  # unknown: the English
    finally:
        translations.install("en")


# -- plural messages --------------------------------------------------------------------------------

def test_every_percent_n_text_is_a_plural_message(tmp_path: Path) -> None:
    """lupdate makes a plural message only of ``self.tr(text, "", n)`` or a module-level ``tr(text, "", n)``
    (three arguments); ``tr(text, n)`` or ``translate(ctx, text, None, n)`` give a plain message whose
    "(s)" English shows as it is."""
    tool = Path(sys.executable).parent / "pyside6-lupdate"
    exe = str(tool) if tool.exists() else shutil.which("pyside6-lupdate")
    if exe is None:
        pytest.skip("pyside6-lupdate is not installed")
    out = tmp_path / "now.ts"
    sources = sorted(str(p) for p in (ROOT / "ui").glob("*.py"))
    subprocess.run([exe, "-silent", *sources, "-ts", str(out)], check=True, cwd=ROOT)
    plain = [f"{m.find('location').get('filename')}: {m.findtext('source')!r}"  # type: ignore[union-attr]
             for m in ET.parse(out).getroot().iter("message")
             if "%n" in (m.findtext("source") or "") and m.get("numerus") != "yes"]
    assert not plain, plain
    for lang in ("en", *TRANSLATED):
        for (_ctx, source), msg in _messages(lang).items():
            if "%n" in source:
                assert msg.get("numerus") == "yes", (lang, source)


def _one_step_format(paths_dir: Path) -> None:
    paths_dir.mkdir(parents=True, exist_ok=True)
    (paths_dir / "one-step.json").write_text(json.dumps({
        "schema": 1, "id": "one-step", "title": {"en": "One step"},
        "steps": [{"id": "talk", "title": {"en": "Talk"}, "duration_s": 600}]}), encoding="utf-8")


@pytest.mark.parametrize(("lang", "one", "five", "weekly", "fortnightly", "dates"), [
    ("en", "1 step, about 10 min", "5 steps, about", "every week on Tuesday", "every 2 weeks on Tuesday",
     "1 date chosen by hand"),
    ("da", "1 punkt, ca. 10 min", "5 punkter, ca.", "hver tirsdag", "tirsdag hver 2. uge",
     "1 manuelt valgt dato"),
    ("fi", "1 vaihe, noin 10 min", "5 vaihetta, noin", "joka viikko, tiistaina", "2 viikon välein, tiistaina",
     "1 käsin valittu päivä")])
def test_a_number_picks_its_plural_form_on_the_screen_and_the_command_line(
        qapp: QApplication, tmp_path: Path, lang: str, one: str, five: str, weekly: str, fortnightly: str,
        dates: str) -> None:
    import io
    from datetime import date

    from app.paths import AppPaths
    from app.series import Cadence, Series
    from ui.cli.formats import _list_formats
    from ui.series_texts import rhythm_text

    paths = AppPaths.create(tmp_path / "d")
    _one_step_format(paths.formats_dir)
    translations = Translations()
    try:
        translations.install(lang)
        out, err = io.StringIO(), io.StringIO()
        assert _list_formats(paths, lang, out, err) == 0, err.getvalue()
        lines = dict(line.split("\t", 1) for line in out.getvalue().splitlines())
        assert lines["one-step"].endswith("\t" + one), lines["one-step"]
        assert five in lines["systematic-learning-meeting"], lines["systematic-learning-meeting"]
        assert "(s)" not in out.getvalue()
        start = date(2026, 3, 3)  # a Tuesday
        assert rhythm_text(Series("one-step", Cadence.weekly(1), start)) == weekly
        assert rhythm_text(Series("one-step", Cadence.weekly(1, every=2), start)) == fortnightly
        assert rhythm_text(Series("one-step", Cadence.by_hand([start]), start)) == dates
    finally:
        translations.install("en")


def test_settings_ok_keeps_the_language_given_with_lang(qtbot: QtBot, tmp_path: Path) -> None:
    """``runde --lang da``, then Settings… › OK with only the volume changed: still Danish (the
    saved choice "as the computer is set" must not switch this run back to the system's English)."""
    from dataclasses import replace

    r = RundeApp(parse(["--data-dir", str(tmp_path / "d"), "--lang", "da"]))
    r.translations.install(r.lang)
    try:
        assert r.open_store() and r.lang == "da"
        r.apply_preferences(replace(r.prefs, volume=0.3))
        assert r.lang == "da" and QCoreApplication.translate("", "Runde cannot open its data") != \
            "Runde cannot open its data"
        r.apply_preferences(replace(r.prefs, language="sv"))  # the language itself chosen: it changes
        assert r.lang == "sv"
    finally:
        r.set_language("en")
        r.quit()


def test_the_consoles_preview_shows_the_format_in_the_meetings_language(qtbot: QtBot, tmp_path: Path) -> None:
    """Found by looking at the Danish console: its small picture of the room said "Case
    presentation" while the room said "Præsentation af casen" (the preview started in English)."""
    r = RundeApp(parse(["--data-dir", str(tmp_path / "d"), "--lang", "da"]))
    try:
        assert r.open_store()
        s = r.open_start_screen()
        qtbot.addWidget(s)
        s.participants_edit.setPlainText("Anna\nBo")
        s.facilitator_box.setCurrentIndex(1)
        s._start()
        ctl = r.controller
        assert ctl is not None
        qtbot.addWidget(ctl.room)
        qtbot.addWidget(ctl.console)
        ctl.room.show()
        ctl.console.show()
        qtbot.waitExposed(ctl.console)
        ctl.meeting.start()
        ctl.ticker.refresh()
        QApplication.processEvents()
        for view in (ctl.room.view, ctl.console.preview):
            view.repaint()
            assert any("Læringsspørgsmål" in t for t in view.shown_texts()), view.shown_texts()  # next step
    finally:
        r.quit()
