"""What the user sees of storage problems, offscreen with pytest-qt, on real SQLite files: a damaged
database really starts a new one, a locked or read-only one is explained (nothing moved), backups are
chosen in local time, and a team file asks before taking private things along."""

from __future__ import annotations

import builtins
import json
import os
import sqlite3
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from app.capture import Capture, TextItem
from app.paths import AppPaths
from app.storage import sqlite as sq
from app.storage.migrate import head_revision
from app.storage.opening import restore_choices
from app.storage.store import Store
from app.storage.visits import add_observation, create_visit
from app.visit import VisitData
from tests.ui.acting import answer_modal
from ui.application import RundeApp
from ui.cli import parse
from ui.data_dialogs import RestoreDialog, TeamExportDialog
from ui.history import HistoryWindow

Shown = list[tuple[str, str]]


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> Shown:
    """Every message box, answered like a user who says no to restoring."""
    seen: Shown = []

    def box(answer: QMessageBox.StandardButton):  # type: ignore[no-untyped-def]
        return lambda _parent, title, text, *a: seen.append((title, text)) or answer

    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, box(QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "question", box(QMessageBox.StandardButton.No))
    return seen


@pytest.fixture
def oslo() -> Iterator[None]:
    old = os.environ.get("TZ")
    os.environ["TZ"] = "Europe/Oslo"
    time.tzset()
    yield
    if old is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = old
    time.tzset()


def _app(base: Path) -> RundeApp:
    return RundeApp(parse(["--data-dir", str(base)]))


def _with_data(base: Path, text: str = "Keep me", backup: bool = False) -> None:
    s = Store.open(AppPaths.create(base), lambda: datetime.now(UTC))
    team = s.save_team("Afsnit 3", ["Anna", "Bo"])
    mid = s.start_meeting(team_id=team.id, format_id="systematic-learning-meeting", format_title="SLM",
                          participants=["Anna", "Bo"], facilitator="Anna", first_speaker="Bo")
    s.save_capture(mid, Capture(learning_points=(TextItem("p", text),)))
    if backup:
        s.startup_backup()
    s.close()


def _damage(base: Path) -> None:
    AppPaths.create(base).db_path.write_text("this is not a database\n" * 100)


# -- 2. a damaged database with no backup: really a new, empty database ---------------------------------

def test_a_damaged_database_without_backup_starts_a_new_empty_one(qtbot: QtBot, tmp_path: Path,
                                                                  shown: Shown) -> None:
    base = tmp_path / "d"
    _with_data(base)
    _damage(base)
    r = _app(base)
    try:
        assert r.open_store() is True
        assert r.store is not None, "Runde must not run without a database"
        assert r.store.revision() == head_revision() and r.store.teams() == []
        r.store.save_team("Afsnit 3", ["Anna"])  # and it saves
        assert [t.name for t in r.store.teams()] == ["Afsnit 3"]
        history = r.open_history()
        assert history is not None
        qtbot.addWidget(history)
    finally:
        r.quit()
    [(_title, text)] = shown
    assert "empty data" in text
    assert list(AppPaths.create(base).data_dir.glob("runde.sqlite3.corrupt-*")), "kept aside"


def test_declining_the_backup_also_starts_a_new_database(tmp_path: Path, shown: Shown) -> None:
    base = tmp_path / "d"
    _with_data(base, backup=True)
    _damage(base)
    r = _app(base)
    try:
        assert r.open_store() is True and r.store is not None and r.store.teams() == []
    finally:
        r.quit()
    assert len(shown) == 1 and "Restore the newest good backup" in shown[0][1]


def test_accepting_the_backup_restores_it(tmp_path: Path, shown: Shown, monkeypatch: pytest.MonkeyPatch,
                                          oslo: None) -> None:
    base = tmp_path / "d"
    _with_data(base, backup=True)
    _damage(base)
    monkeypatch.setattr(QMessageBox, "question", lambda _p, title, text, *a: shown.append((title, text))
                        or QMessageBox.StandardButton.Yes)
    r = _app(base)
    try:
        assert r.open_store() is True and r.store is not None
        assert [h.text for h in r.store.search("keep")] == ["Keep me"]
        [b] = restore_choices(r.paths)
        assert QLocale().toString(b.local_time(), QLocale.FormatType.ShortFormat) in shown[0][1]
    finally:
        r.quit()


# -- 1 and 3. locked, read-only: explained, nothing moved -------------------------------------------------

def test_a_locked_database_is_explained_and_left_alone(tmp_path: Path, shown: Shown,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sq, "BUSY_TIMEOUT_S", 0.2)
    base = tmp_path / "d"
    _with_data(base)
    db = AppPaths.create(base).db_path
    with sqlite3.connect(db) as con:
        con.execute("PRAGMA journal_mode=DELETE")
    con.close()
    other = sqlite3.connect(db, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        r = _app(base)
        assert r.open_store() is False and r.store is None
    finally:
        other.close()
    [(title, text)] = shown
    assert title == "Runde cannot open its data"
    assert "Another program is using Runde's data" in text and str(db.parent) in text
    assert db.exists() and not list(db.parent.glob("*.corrupt-*"))


def test_a_write_protected_data_folder_is_explained(tmp_path: Path, shown: Shown,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    base = tmp_path / "usb"
    _with_data(base)
    folder = AppPaths.create(base).data_dir
    (folder / "runde.lock").unlink()
    real_open = builtins.open
    reached: list[str] = []

    def write_protected(file, mode="r", *args, **kwargs):  # type: ignore[no-untyped-def]
        if Path(file).name == "runde.lock":  # as root a chmod does not stop us: refuse like the stick
            reached.append(mode)
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, mode, *args, **kwargs)

    from app.storage import safety

    monkeypatch.setattr(safety, "open", write_protected, raising=False)
    folder.chmod(0o555)
    try:
        r = _app(base)
        assert r.open_store() is False and r.store is None  # no traceback
    finally:
        folder.chmod(0o755)
    assert reached
    [(_title, text)] = shown
    assert f"Runde cannot write in {folder}" in text and "--data-dir" in text and "writable" in text


# -- 6. choosing a backup --------------------------------------------------------------------------------

def _three_backups(base: Path) -> Store:
    clock = {"t": datetime(2026, 3, 10, 14, 0, tzinfo=UTC)}
    s = Store.open(AppPaths.create(base), lambda: clock["t"])
    team = s.save_team("Afsnit 3", ["Anna"])
    mid = s.start_meeting(team_id=team.id, format_id="f", format_title="F", participants=["Anna"],
                          facilitator="Anna", first_speaker="Anna")
    for i in range(3):
        s.save_capture(mid, Capture(learning_points=(TextItem("p", f"Version {i}"),)))
        clock["t"] = datetime(2026, 3, 10, 14, 0, tzinfo=UTC) + timedelta(days=i)
        s.startup_backup()
    s.save_capture(mid, Capture(learning_points=(TextItem("p", "Current"),)))
    return s


def test_the_restore_dialog_lists_good_backups_newest_first_in_local_time(qtbot: QtBot, tmp_path: Path,
                                                                          oslo: None) -> None:
    s = _three_backups(tmp_path / "d")
    try:
        backups = restore_choices(s.paths)
        dialog = RestoreDialog(list(reversed(backups)), "Restore a backup")
        qtbot.addWidget(dialog)
        loc = QLocale()
        texts = [dialog.list.item(i).text() for i in range(dialog.list.count())]
        short = QLocale.FormatType.ShortFormat
        assert texts == [f"{loc.toString(datetime(2026, 3, d, 15, 0), short)} · "
                         f"{loc.formattedDataSize(b.size)}"
                         for d, b in zip((12, 11, 10), backups, strict=True)]
        assert dialog.chosen() == backups[0]  # the newest is preselected
        dialog.list.setCurrentRow(2)
        assert dialog.chosen() == backups[2]
    finally:
        s.close()


def test_history_restores_the_backup_the_user_chose(qtbot: QtBot, tmp_path: Path, shown: Shown,
                                                    monkeypatch: pytest.MonkeyPatch, oslo: None) -> None:
    s = _three_backups(tmp_path / "d")
    w = HistoryWindow(s)
    qtbot.addWidget(w)

    def choose_the_middle(dialog: RestoreDialog) -> int:
        dialog.list.setCurrentRow(1)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RestoreDialog, "exec", choose_the_middle)
    monkeypatch.setattr(QMessageBox, "question", lambda _p, title, text, *a: shown.append((title, text))
                        or QMessageBox.StandardButton.Yes)
    quits: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", lambda: quits.append(True))
    assert w.restore() is True and quits == [True]
    assert s.closed
    local = QLocale().toString(datetime(2026, 3, 11, 15, 0), QLocale.FormatType.ShortFormat)
    assert local in shown[0][1]  # the confirmation names the chosen backup in local time
    again = Store.open(AppPaths.create(tmp_path / "d"), lambda: datetime.now(UTC))
    try:
        assert [h.text for h in again.search("version")] == ["Version 1"]
    finally:
        again.close()
    [aside] = AppPaths.create(tmp_path / "d").data_dir.glob("runde.sqlite3.replaced-*")
    with sqlite3.connect(aside) as con:
        assert con.execute("SELECT text FROM learning_point").fetchone()[0] == "Current"
    con.close()


# -- 7. the team file asks -------------------------------------------------------------------------------

def _team_with_private(s: Store) -> None:
    team = s.save_team("Afsnit 3", ["Anna", "Bo"])
    vid = create_visit(s, VisitData("Anna", "Bo", date(2026, 3, 3)), team.id)
    add_observation(s, vid, datetime.now(UTC), "Private note")


def test_saving_a_team_asks_with_the_box_unticked(qtbot: QtBot, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    ask = TeamExportDialog("Save the team's data")
    qtbot.addWidget(ask)
    assert not ask.include_private.isChecked()
    assert ask.include_private.text() == ("Include confidential items and private observations (only for "
                                          "moving your own data to another computer)")
    s = Store.open(AppPaths.create(tmp_path / "d"), lambda: datetime.now(UTC))
    try:
        _team_with_private(s)
        w = HistoryWindow(s)
        qtbot.addWidget(w)
        w.team.setCurrentIndex(1)
        plain, full = tmp_path / "plain.json", tmp_path / "full.json"
        assert w.export_team(plain)  # a given file: the safe default
        assert "Private note" not in plain.read_text(encoding="utf-8")
        assert json.loads(plain.read_text(encoding="utf-8"))["includes_private"] is False

        def tick_and_ok(dialog: TeamExportDialog) -> int:
            assert not dialog.include_private.isChecked()
            dialog.include_private.setChecked(True)
            return QDialog.DialogCode.Accepted

        monkeypatch.setattr(TeamExportDialog, "exec", tick_and_ok)
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(full), ""))
        assert w.export_team()
        assert "Private note" in full.read_text(encoding="utf-8")
        monkeypatch.setattr(TeamExportDialog, "exec", lambda _d: QDialog.DialogCode.Rejected)
        assert w.export_team() is False  # cancelled: nothing written
    finally:
        s.close()


# -- 4. what erasing does not change is said before it is done -------------------------------------------

def test_erasing_tells_that_free_text_stays_and_backups_are_rewritten(qtbot: QtBot, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    s = Store.open(AppPaths.create(tmp_path / "d"), lambda: datetime.now(UTC))
    try:
        s.save_team("Afsnit 3", ["Anna", "Bo"])
        w = HistoryWindow(s)
        qtbot.addWidget(w)
        asked: list[str] = []

        def answer(dialog: object) -> None:
            assert isinstance(dialog, QInputDialog)
            asked.append(dialog.labelText())
            dialog.setTextValue("Bo")
            dialog.accept()
        answer_modal(QInputDialog, answer)
        assert w.erase_person() >= 1
        assert "free text" in asked[0] and "backups" in asked[0] and "rewritten" in asked[0]
        assert "Bo" not in s.teams()[0].people
    finally:
        s.close()
