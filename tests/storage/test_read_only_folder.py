"""A data folder Runde cannot write (the database file itself may be writable, but no ``-wal``,
``-shm``, backup, lock or rescue file can be made there) opens to read only: the start warning names
the folder and what to do, History opens, sheets are made and saved elsewhere, a meeting or a learning
visit is refused with the reason, and not one file in the folder changes. On the real files."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.capture import Capture, Measure, TextItem
from app.paths import AppPaths
from app.storage.errors import DataFolderError, StorageError
from app.storage.store import Store
from tests.ui.acting import save_to
from ui.application import RundeApp
from ui.cli import parse
from ui.error_texts import storage_error_text
from ui.export_dialog import ExportDialog

ROOT = Path(__file__).resolve().parents[2]
Shown = list[tuple[str, str]]
Snapshot = list[tuple[str, int, int]]


def now() -> datetime:
    return datetime(2026, 3, 10, 14, 0, tzinfo=UTC)


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> Shown:
    """Every message box, answered Ok (and No to a question)."""
    seen: Shown = []

    def box(answer: QMessageBox.StandardButton):  # type: ignore[no-untyped-def]
        return lambda _parent, title, text, *a: seen.append((title, text)) or answer

    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, box(QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "question", box(QMessageBox.StandardButton.No))
    return seen


def _held_meeting(base: Path) -> AppPaths:
    """Runde started once on ``base`` and a meeting held and ended (through the store's API)."""
    paths = AppPaths.create(base)
    s = Store.open(paths, now)
    team = s.save_team("Afsnit 3", ["Anna", "Bo"])
    mid = s.start_meeting(team_id=team.id, format_id="systematic-learning-meeting", format_title="SLM",
                          participants=["Anna", "Bo"], facilitator="Anna", first_speaker="Bo")
    s.save_capture(mid, Capture(case_title="Handover", learning_points=(TextItem("p", "Keep me"),),
                                measures=(Measure("m1", "New checklist", owner="Bo"),)))
    s.close()
    return paths


def snapshot(folder: Path) -> Snapshot:
    """Every file and folder under ``folder``: its name, size and modification time."""
    return sorted((str(p.relative_to(folder)), p.stat().st_size, p.stat().st_mtime_ns)
                  for p in [folder, *folder.rglob("*")])


@contextlib.contextmanager
def read_only_folder(folder: Path) -> Iterator[None]:
    """The folder cannot be written: its permissions, and as root (whom permissions do not stop) the
    immutable attribute; skipped where neither holds."""
    folder.chmod(0o500)
    immutable = False
    try:
        writable = os.access(folder, os.W_OK)
        if writable and shutil.which("chattr"):
            immutable = subprocess.run(["chattr", "+i", str(folder)], check=False,
                                       capture_output=True).returncode == 0
        if writable and not immutable:
            pytest.skip("this user can write a read-only folder, and chattr +i is not available")
        yield
    finally:
        if immutable:
            subprocess.run(["chattr", "-i", str(folder)], check=False)
        folder.chmod(0o700)


def _modal_export(qtbot: QtBot) -> ExportDialog:
    qtbot.waitUntil(lambda: any(isinstance(w, ExportDialog) and w.isVisible()
                                for w in QApplication.topLevelWidgets()), timeout=3000)
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ExportDialog) and w.isVisible())
    qtbot.addWidget(dialog)
    return dialog


def test_a_read_only_data_folder_opens_for_history_and_sheets_and_nothing_in_it_changes(
        qtbot: QtBot, tmp_path: Path, shown: Shown, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = _held_meeting(tmp_path / "runde")
    folder = paths.data_dir
    elsewhere = tmp_path / "sheets"
    elsewhere.mkdir()
    before = snapshot(folder)
    with read_only_folder(folder):
        r = RundeApp(parse(["--data-dir", str(tmp_path / "runde"), "--lang", "en"]))
        try:
            screen = r.open_start_screen()
            qtbot.addWidget(screen)
            r.finish_startup()
            assert r.exit_code == 0 and r.store is not None
            [(title, text)] = shown  # the start warning: where, and what to do
            assert title == "Runde's data is read-only"
            assert str(folder) in text and "IT department" in text and "--data-dir" in text
            assert "writable" in text

            screen.history_button.click()  # History opens, with the meeting held before
            history = r.history
            assert history is not None
            qtbot.addWidget(history)
            assert history.meetings.count() == 1 and "Handover" in history.meetings.item(0).text()
            history.meetings.setCurrentRow(0)
            history.meeting_sheet_button.click()
            dialog = _modal_export(qtbot)
            target = elsewhere / "meeting.pdf"
            save_to(monkeypatch, target)
            dialog.save_button.click()  # saved where the user chose, not in the data folder
            pdf = PdfReader(BytesIO(target.read_bytes())).pages[0].extract_text()
            assert "Keep me" in pdf and "Handover" in pdf
            assert str(target) in dialog.note.text()
            dialog.close()

            history.team.setCurrentIndex(1)  # the staff-meeting sheet: saved too; its note cannot be
            history.staff_sheet_button.click()  # kept, and the window says why
            staff = _modal_export(qtbot)
            staff_pdf = elsewhere / "staff.pdf"
            save_to(monkeypatch, staff_pdf)
            staff.save_button.click()
            assert "New checklist" in PdfReader(BytesIO(staff_pdf.read_bytes())).pages[0].extract_text()
            assert str(folder) in history.status.text()
            staff.close()

            shown.clear()
            screen.participants_edit.setPlainText("Anna\nBo")
            screen.facilitator_box.setCurrentIndex(1)
            screen.start_button.click()  # refused, with the reason
            assert r.controller is None and r.session is None and screen.isVisible()
            [(title, text)] = shown
            assert title == "The meeting cannot start"
            assert str(folder) in text and "IT department" in text and "--data-dir" in text

            shown.clear()
            screen.visit_button.click()
            assert r.visit_window is None
            [(title, text)] = shown
            assert title == "The learning visit cannot start" and str(folder) in text
        finally:
            r.quit()
    assert snapshot(folder) == before
    assert sorted(p.name for p in elsewhere.iterdir()) == ["meeting.pdf", "staff.pdf"]


def test_writes_to_a_read_only_data_folder_name_the_folder_and_nothing_is_tried(tmp_path: Path) -> None:
    paths = _held_meeting(tmp_path)
    before = snapshot(paths.data_dir)
    with read_only_folder(paths.data_dir):
        s = Store.open(paths, now)
        try:
            assert s.read_only and s.read_only_folder
            assert [t.name for t in s.teams()] == ["Afsnit 3"]
            with pytest.raises(StorageError) as err:
                s.save_team("Afsnit 4", [])
            assert s.startup_backup() is None and s.maybe_backup() is None
        finally:
            s.close()
    assert snapshot(paths.data_dir) == before
    assert err.value.code == StorageError.DATA_FOLDER_READ_ONLY and err.value.folder == paths.data_dir
    assert str(paths.data_dir) in storage_error_text(err.value)


def test_a_read_only_data_folder_without_a_database_is_told_as_before(tmp_path: Path) -> None:
    folder = AppPaths.create(tmp_path).data_dir
    folder.mkdir(parents=True)
    with read_only_folder(folder), pytest.raises(DataFolderError) as err:
        Store.open(AppPaths.create(tmp_path), now)
    assert err.value.read_only and err.value.folder == folder
    assert list(folder.iterdir()) == []


def test_a_log_that_cannot_be_read_without_writing_is_not_skipped(tmp_path: Path) -> None:
    """A ``-wal`` with changes and no ``-shm`` (a crash, then the folder made read-only): reading it
    would need a ``-shm`` made here, and ``immutable`` would not see those changes: refused."""
    paths = _held_meeting(tmp_path)
    wal = paths.db_path.with_name(paths.db_path.name + "-wal")
    wal.write_bytes(b"\0" * 4096)
    with read_only_folder(paths.data_dir), pytest.raises(DataFolderError) as err:
        Store.open(paths, now)
    assert err.value.read_only and wal.name in err.value.reason


CHILD = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
def told(_parent, title, text, *a):
    sys.stdout.write("TOLD " + title + " | " + text + "\\n")
    sys.stdout.flush()
    QTimer.singleShot(500, QApplication.quit)  # the user reads it, then closes Runde
    return QMessageBox.StandardButton.Ok
QMessageBox.critical = told
QMessageBox.warning = told
from ui.main import main
sys.exit(main(sys.argv[1:]))
"""


def test_runde_starts_on_a_read_only_data_folder_and_ends_with_code_zero(tmp_path: Path) -> None:
    paths = _held_meeting(tmp_path)
    before = snapshot(paths.data_dir)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with read_only_folder(paths.data_dir):
        out = subprocess.run([sys.executable, "-c", CHILD, "--data-dir", str(tmp_path), "--lang", "en"],
                             cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False)
    told = f"TOLD Runde's data is read-only | Runde's data folder {paths.data_dir} is read-only"
    assert told in out.stdout, out.stdout + out.stderr
    assert "cannot open its data" not in out.stdout
    assert out.returncode == 0, out.stderr
    assert "Traceback" not in out.stderr
    assert snapshot(paths.data_dir) == before
