"""The database at start: an empty file starts new data (set aside, not deleted); a read-only database
file is told at start with where it is and what to do, history still opens and a meeting is refused
with the reason; a data folder that cannot be made is not called a full disk; a failure to open the
data ends Runde with a non-zero exit code."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.capture import Capture, TextItem
from app.paths import AppPaths
from app.storage.errors import DataFolderError, StorageError
from app.storage.store import Store
from ui.application import RundeApp
from ui.cli import parse
from ui.error_texts import storage_error_text

ROOT = Path(__file__).resolve().parents[2]
Shown = list[tuple[str, str]]


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


def _with_meeting(base: Path) -> Path:
    s = Store.open(AppPaths.create(base), now)
    team = s.save_team("Afsnit 3", ["Anna", "Bo"])
    mid = s.start_meeting(team_id=team.id, format_id="systematic-learning-meeting", format_title="SLM",
                          participants=["Anna", "Bo"], facilitator="Anna", first_speaker="Bo")
    s.save_capture(mid, Capture(learning_points=(TextItem("p", "Keep me"),)))
    s.close()
    return AppPaths.create(base).db_path


@contextlib.contextmanager
def read_only(path: Path) -> Iterator[None]:
    """The file cannot be written: its permissions, and as root (whom permissions do not stop) the
    immutable attribute; skipped where neither holds."""
    path.chmod(0o444)
    immutable = False
    try:
        try:
            os.close(os.open(path, os.O_RDWR))
            writable = True
        except OSError:
            writable = False
        if writable and shutil.which("chattr"):
            immutable = subprocess.run(["chattr", "+i", str(path)], check=False,
                                       capture_output=True).returncode == 0
        if writable and not immutable:
            pytest.skip("this user can write a read-only file, and chattr +i is not available")
        yield
    finally:
        if immutable:
            subprocess.run(["chattr", "-i", str(path)], check=False)
        path.chmod(0o644)


def test_an_empty_database_file_is_set_aside_and_runde_starts_with_new_data(
        qtbot: QtBot, tmp_path: Path, shown: Shown) -> None:
    db = AppPaths.create(tmp_path).db_path
    db.parent.mkdir(parents=True)
    db.write_bytes(b"")
    r = RundeApp(parse(["--data-dir", str(tmp_path)]))
    try:
        assert r.open_store() is True and r.store is not None
        r.store.save_team("Afsnit 3", ["Anna"])
        assert [t.name for t in r.store.teams()] == ["Afsnit 3"]
    finally:
        r.quit()
    assert shown == []
    [aside] = db.parent.glob("runde.sqlite3.empty-*")
    assert aside.stat().st_size == 0  # nothing is deleted, not even an empty file
    assert db.stat().st_size > 0


def test_a_read_only_database_file_is_told_at_start_and_history_opens_but_a_meeting_does_not(
        qtbot: QtBot, tmp_path: Path, shown: Shown) -> None:
    db = _with_meeting(tmp_path)
    with read_only(db):
        r = RundeApp(parse(["--data-dir", str(tmp_path), "--lang", "en"]))
        try:
            screen = r.open_start_screen()
            qtbot.addWidget(screen)
            r.finish_startup()
            [(title, text)] = shown
            assert title == "Runde's data is read-only"
            assert str(db) in text and "writable" in text and "folder" not in text
            history = r.open_history()  # history and sheets still read
            assert history is not None
            qtbot.addWidget(history)
            screen.participants_edit.setPlainText("Anna\nBo")
            screen.facilitator_box.setCurrentIndex(1)
            screen.start_button.click()
            assert r.controller is None and r.session is None and screen.isVisible()
            (title, text) = shown[-1]
            assert title == "The meeting cannot start" and str(db) in text and "writable" in text
        finally:
            r.quit()


def test_a_write_to_a_read_only_database_file_names_the_file_not_the_folder(tmp_path: Path) -> None:
    db = _with_meeting(tmp_path)
    with read_only(db):
        s = Store.open(AppPaths.create(tmp_path), now)
        try:
            assert s.read_only and [t.name for t in s.teams()] == ["Afsnit 3"]
            with pytest.raises(StorageError) as err:
                s.save_team("Afsnit 4", [])
        finally:
            s.close()
    assert err.value.code == StorageError.FILE_READ_ONLY and err.value.path == db
    text = storage_error_text(err.value)
    assert str(db) in text and "read-only" in text and "folder" not in text


@pytest.mark.skipif(not Path("/proc/self").exists(), reason="needs /proc")
def test_a_data_folder_that_cannot_be_made_is_not_called_a_full_disk() -> None:
    with pytest.raises(DataFolderError) as err:
        Store.open(AppPaths.create(Path("/proc/runde-test")), now)
    assert not err.value.full and err.value.code == StorageError.FOLDER_ERROR
    assert "full" not in storage_error_text(err.value) and "/proc/runde-test" in storage_error_text(err.value)


CHILD = """
import sys
from PySide6.QtWidgets import QMessageBox
def told(_parent, title, text, *a):
    sys.stdout.write("TOLD " + title + "\\n")
    return QMessageBox.StandardButton.Ok
QMessageBox.critical = told
QMessageBox.warning = told
from ui.main import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.skipif(not Path("/proc/self").exists(), reason="needs /proc")
def test_runde_ends_with_a_non_zero_code_when_its_data_cannot_be_opened(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", CHILD, "--data-dir", "/proc/runde-test", "--lang", "en"],
                         cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False)
    assert "TOLD Runde cannot open its data" in out.stdout, out.stderr
    assert out.returncode == 1
    assert "Traceback" not in out.stderr
