"""Calm for a care worker: the database server is IT's business, behind "Organisation / IT…" in Settings;
long work shows that it is working (a busy cursor, a worded progress window) and never looks frozen."""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QProgressDialog, QWidget
from pytestqt.qtbot import QtBot

from app.paths import AppPaths
from app.storage.store import Store
from tests.ui.acting import answer_modal, save_to
from ui.application import RundeApp
from ui.cli import parse
from ui.history import HistoryWindow
from ui.settings_dialog import SettingsDialog

SLOW_S = 0.6


def busy_now() -> tuple[bool, str]:
    """What the user sees now: the busy cursor, and the text of a progress window shown ("": none)."""
    cursor = QApplication.overrideCursor()
    shown = [d.labelText() for d in QApplication.topLevelWidgets()
             if isinstance(d, QProgressDialog) and d.isVisible()]
    return (cursor is not None and cursor.shape() == Qt.CursorShape.WaitCursor), " ".join(shown)


def slow(real: Callable[..., Any], seen: list[tuple[bool, str]]) -> Callable[..., Any]:
    """``real``, taking :data:`SLOW_S` longer, noting what the user saw meanwhile."""
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        time.sleep(SLOW_S)
        seen.append(busy_now())
        return real(*args, **kwargs)
    return wrapper


@pytest.fixture
def runde(qtbot: QtBot, tmp_path: Path) -> Iterator[RundeApp]:
    r = RundeApp(parse(["--data-dir", str(tmp_path / "d"), "--lang", "en"]))
    r.translations.install("en")
    assert r.open_store()
    yield r
    r.quit()
    for w in QApplication.topLevelWidgets():
        w.close()


# -- Organisation / IT --------------------------------------------------------------------------------

def _open_settings(runde: RundeApp, qtbot: QtBot, look: Callable[[SettingsDialog], None]) -> None:
    """Settings… on the start screen, looked at (and answered with Cancel) as the user would."""
    screen = runde.open_start_screen()
    qtbot.addWidget(screen)
    seen: list[str] = []

    def answer(dialog: object) -> None:
        assert isinstance(dialog, SettingsDialog)
        try:
            look(dialog)
            seen.append("looked")
        finally:
            dialog.buttons.button(dialog.buttons.StandardButton.Cancel).click()
    answer_modal(SettingsDialog, answer)
    screen.settings_button.click()
    assert seen == ["looked"]


def test_the_server_fields_wait_behind_organisation_it(runde: RundeApp, qtbot: QtBot) -> None:
    def look(d: SettingsDialog) -> None:
        assert not d.server_url.isVisible() and not d.server_password.isVisible()  # nothing technical
        assert d.it_status.isVisible()
        assert d.it_status.text() == "Everything is kept in this computer's own file."
        assert d.it_button.isVisible() and d.it_button.text() == "Organisation / IT…"
        d.it_button.click()
        assert d.server_url.isVisible() and d.server_password.isVisible()
        assert "The IT department sets this up" in d.it_note.text()
        assert d.focusWidget() is d.server_url
        d.it_button.click()  # closed again
        assert not d.server_url.isVisible()
    _open_settings(runde, qtbot, look)


def test_an_address_that_is_no_postgresql_server_keeps_the_settings_open(
        runde: RundeApp, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    """OK with an address Runde cannot use: the dialog stays open with the address as typed and the
    reason in words under it (it used to close, lose the address and show an English sentence); a
    usable address then closes it and is kept."""
    from app.storage.database import configured_url

    if not SettingsDialog(runde.prefs).server_installed:
        pytest.skip("runde[server] is not installed")

    def look(d: SettingsDialog) -> None:
        d.it_button.click()
        qtbot.keyClicks(d.server_url, "mysql://anna@db.example/runde")
        d.buttons.button(d.buttons.StandardButton.Ok).click()
        assert d.isVisible() and d.server_url.text() == "mysql://anna@db.example/runde"
        assert d.it_error.isVisible()
        assert d.it_error.text() == "⚠ Runde works with PostgreSQL servers only, not “mysql”"
        d.server_url.clear()
        assert not d.it_error.isVisible()  # the reason goes with what it was about
        qtbot.keyClicks(d.server_url, "postgresql://anna@db.example")
        d.buttons.button(d.buttons.StandardButton.Ok).click()
        assert d.isVisible() and "names no database" in d.it_error.text()
        qtbot.keyClicks(d.server_url, "/runde")
        d.buttons.button(d.buttons.StandardButton.Ok).click()
        assert not d.isVisible()
        seen.append("answered")
    seen: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: seen.append("a warning box"))  # (never waits)
    screen = runde.open_start_screen()
    qtbot.addWidget(screen)
    answer_modal(SettingsDialog, look)  # (answered with OK inside, not Cancel as _open_settings does)
    screen.settings_button.click()
    assert seen == ["answered"]
    found = configured_url(runde.paths)
    assert found is not None and found[0].endswith("db.example/runde")


def test_a_server_in_use_is_said_without_opening_the_section(runde: RundeApp, qtbot: QtBot,
                                                              tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from app.storage.database import user_config_file

    site = tmp_path / "it" / "database.json"  # deployed by IT
    site.parent.mkdir()
    site.write_text(json.dumps({"url": "postgresql://anna@db.example:5433/runde?sslmode=verify-full"}))
    monkeypatch.setenv("RUNDE_DATABASE_CONFIG", str(site))
    user_config_file(runde.paths).unlink(missing_ok=True)

    def look(d: SettingsDialog) -> None:
        assert not d.server_url.isVisible()
        text = d.it_status.text()
        assert "A team database server is in use: db.example/runde" in text and "anna" not in text
        d.it_button.click()
        assert d.server_url.text() == "postgresql://anna@db.example:5433/runde?sslmode=verify-full"
    _open_settings(runde, qtbot, look)


@pytest.mark.parametrize("extras", [True, False], ids=["with-extras", "plain-install"])
def test_settings_show_everything_without_scrolling_where_the_screen_has_room(
        runde: RundeApp, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, extras: bool) -> None:
    """A plain ``pipx install runde`` (no extras) says in two wrapped sentences what is not installed:
    the dialog grows to them once laid out, instead of opening a few lines short with a scroll bar
    (seen under Xvfb at 1920x1080, a real pipx install)."""
    if not extras:  # not installed: the modules cannot be imported
        for module in ("PySide6.QtMultimedia", "psycopg", "keyring"):
            monkeypatch.setitem(sys.modules, module, None)

    def look(d: SettingsDialog) -> None:
        assert d.sound_missing.isVisible() is not extras
        bar = d.body.verticalScrollBar()
        qtbot.wait(50)  # a user looks after the window is laid out
        assert d.height() < QWidget.screen(d).availableGeometry().height() * 92 // 100  # room to grow
        assert bar.maximum() == 0, f"{bar.maximum()} px to scroll in a dialog {d.height()} px high"
        d.it_button.click()  # "Organisation / IT…": the section opens in view
        qtbot.wait(50)
        assert d.body.verticalScrollBar().maximum() == 0
        shown = "\n".join(label.text() for label in d.findChildren(QLabel) if label.isVisible())
        assert shown.count("The database server part is not installed") == (0 if extras else 1)  # once
        assert ("the password is kept in the computer's keyring" in shown) is extras
    _open_settings(runde, qtbot, look)


# -- busy ---------------------------------------------------------------------------------------------

@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store.open(AppPaths.create(tmp_path / "d"), lambda: datetime.now(UTC))
    team = s.save_team("Afsnit 3", ["Anna Berg", "Bo"])
    s.start_meeting(team_id=team.id, format_id="f", format_title="Læringsmøde",
                    participants=["Anna Berg", "Bo"], facilitator="Anna Berg", first_speaker="Bo")
    yield s
    s.close()


def test_a_slow_staff_sheet_shows_that_it_is_working(qtbot: QtBot, store: Store,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    import ui.history

    seen: list[tuple[bool, str]] = []
    monkeypatch.setattr(ui.history, "staff_sheet", slow(ui.history.staff_sheet, seen))
    w = HistoryWindow(store)
    qtbot.addWidget(w)
    w.show()
    w.staff_sheet_button.click()
    assert seen == [(True, "Gathering the meetings for the staff sheet…")]
    assert busy_now() == (False, "")  # and gone afterwards


def test_writing_a_slow_sheet_keeps_the_window_alive(qtbot: QtBot, store: Store, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """The file is written on a worker: meanwhile the window repaints (a timer fires), the cursor is
    busy, and the progress window appears once it takes longer than 300 ms."""
    import ui.export_dialog

    real = ui.export_dialog.render
    monkeypatch.setattr(ui.export_dialog, "render", lambda *a: (time.sleep(SLOW_S), real(*a))[1])
    w = HistoryWindow(store)
    qtbot.addWidget(w)
    w.meetings.setCurrentRow(0)
    dialog = w.export_meeting()
    assert dialog is not None
    qtbot.addWidget(dialog)
    save_to(monkeypatch, tmp_path / "sheet.pdf")
    seen: list[tuple[float, tuple[bool, str]]] = []
    began = time.monotonic()
    ticks = QTimer()
    ticks.setInterval(50)
    ticks.timeout.connect(lambda: seen.append((time.monotonic() - began, busy_now())))
    ticks.start()
    dialog.save_button.click()
    ticks.stop()
    assert (tmp_path / "sheet.pdf").read_bytes().startswith(b"%PDF")
    assert len(seen) >= 5  # the GUI thread went on while the sheet was written
    early = [s for t, s in seen if t < 0.2]
    late = [s for t, s in seen if 0.45 < t < SLOW_S - 0.05]
    assert early and all(s == (True, "") for s in early)  # quick work: the cursor only
    assert late and all(s == (True, "Writing the sheet…") for s in late)
    assert busy_now() == (False, "") and "Saved:" in dialog.note.text()


def test_connecting_to_the_server_shows_that_it_is_connecting(qtbot: QtBot, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """A server that takes its time to answer: the window says so while Runde waits (the server is
    stood in for by this computer's file, opened slowly)."""
    from app.storage.store import Store as RealStore

    real_open = RealStore.open
    seen: list[tuple[bool, str]] = []

    def slow_open(paths: AppPaths, now: Callable[[], datetime], database: object = None,
                  **kwargs: Any) -> Store:
        time.sleep(SLOW_S)
        seen.append(busy_now())
        return real_open(paths, now, **kwargs)
    monkeypatch.setattr(RealStore, "open", slow_open)
    monkeypatch.setenv("RUNDE_DB_PASSWORD", "hemmelig")
    r = RundeApp(parse(["--data-dir", str(tmp_path / "d"), "--lang", "en",
                        "--database", "postgresql://anna@db.example/runde"]))
    r.translations.install("en")
    screen = r.open_start_screen()
    qtbot.addWidget(screen)
    try:
        assert r.open_store()
    finally:
        r.quit()
    assert seen == [(True, "Connecting to the team's database server anna@db.example:5432/runde…")]
    assert busy_now() == (False, "")


def test_bringing_in_a_team_shows_that_it_is_working(qtbot: QtBot, store: Store, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    import ui.history

    w = HistoryWindow(store)
    qtbot.addWidget(w)
    w.show()
    w.team.setCurrentIndex(w.team.findText("Afsnit 3"))
    team_file = tmp_path / "afsnit3.runde-team.json"
    assert w.export_team(team_file, include_private=False)
    seen: list[tuple[bool, str]] = []
    monkeypatch.setattr(ui.history, "import_team", slow(ui.history.import_team, seen))
    monkeypatch.setattr(ui.history.QFileDialog, "getOpenFileName", lambda *a, **k: (str(team_file), ""))
    w.import_team_button.click()
    assert seen == [(True, "Bringing in the team's data…")]
    assert busy_now() == (False, "") and w.team.findText("Afsnit 3 (2)") >= 0


def test_restoring_a_backup_shows_that_it_is_working(qtbot: QtBot, store: Store,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from ui.data_dialogs import RestoreDialog

    store.startup_backup()
    seen: list[tuple[bool, str]] = []
    quits: list[int] = []
    monkeypatch.setattr(store, "restore", slow(store.restore, seen))
    monkeypatch.setattr(QApplication, "quit", lambda: quits.append(1))  # Runde closes after a restore
    w = HistoryWindow(store)
    qtbot.addWidget(w)
    w.show()

    def choose(dialog: object) -> None:
        assert isinstance(dialog, RestoreDialog)
        answer_modal(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    answer_modal(RestoreDialog, choose)
    w.restore_button.click()
    assert seen == [(True, "Restoring the backup…")] and quits == [1]
    assert busy_now() == (False, "")
