"""Issue 18: an unexpected error is logged (types and codes, never what people typed: no SQL
parameters), told in a calm dialog that says what still works and where the log is, and no traceback
with private text reaches stderr."""

from __future__ import annotations

import os
import stat
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import create_engine, text

from app.paths import AppPaths
from ui import crash

SECRET = "patient 1234"


@pytest.fixture
def installed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    path = crash.install(AppPaths.create(tmp_path / "d"))
    try:
        yield path
    finally:
        crash.uninstall()


def _insert_twice() -> None:
    """What a team file with a duplicate id did: an IntegrityError carrying the typed text."""
    engine = create_engine("sqlite://")
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE point (id INTEGER PRIMARY KEY, text TEXT)"))
        for _ in range(2):
            conn.execute(text("INSERT INTO point VALUES (1, :t)"), {"t": SECRET})


def _answer_dialog(seen: list[str]) -> None:
    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.accept()
        else:
            QTimer.singleShot(20, answer)
    QTimer.singleShot(0, answer)


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_click_is_logged_without_what_was_typed_and_told_calmly(
        qtbot: QtBot, installed: Path, capfd: pytest.CaptureFixture[str]) -> None:
    button = QPushButton("Bring in")
    qtbot.addWidget(button)
    button.clicked.connect(_insert_twice)
    seen: list[str] = []
    _answer_dialog(seen)
    button.click()
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    logged = installed.read_text(encoding="utf-8")
    out, err = capfd.readouterr()
    assert "IntegrityError" in logged and "SQLITE_CONSTRAINT" in logged and "_insert_twice" in logged
    assert SECRET not in logged and SECRET not in err and SECRET not in out
    assert "Traceback" not in err and "IntegrityError" in err and str(installed) in err
    assert "saved every second" in seen[0] and "the meeting goes on" in seen[0] and str(installed) in seen[0]
    if os.name == "posix":
        assert stat.S_IMODE(installed.stat().st_mode) == 0o600
        assert stat.S_IMODE(installed.parent.stat().st_mode) == 0o700
    assert installed.parent == tmp_path_of(installed) / "d" / "data" / "logs"  # --data-dir keeps it inside


def tmp_path_of(log: Path) -> Path:
    return log.parents[3]


@pytest.mark.qt_no_exception_capture
def test_an_error_in_another_thread_is_logged_and_told_on_the_window_s_thread(
        qtbot: QtBot, installed: Path, capfd: pytest.CaptureFixture[str]) -> None:
    seen: list[str] = []
    _answer_dialog(seen)
    worker = threading.Thread(target=lambda: (_ for _ in ()).throw(ValueError(f"bad {SECRET}")))
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    logged = installed.read_text(encoding="utf-8")
    _, err = capfd.readouterr()
    assert "ValueError" in logged and SECRET not in logged and SECRET not in err


def test_the_log_rotates_and_stays_small(installed: Path) -> None:
    for i in range(6000):
        crash.log.warning("line %d of a long day %s", i, "x" * 200)
    sizes = [p.stat().st_size for p in installed.parent.iterdir()]
    assert len(sizes) <= crash.KEEP + 1 and sum(sizes) <= (crash.KEEP + 1) * crash.MAX_BYTES
    if os.name == "posix":
        assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in installed.parent.iterdir())


def test_the_platform_log_folder_is_used_without_data_dir() -> None:
    import platformdirs

    assert AppPaths.create().log_dir == Path(platformdirs.user_log_dir("Runde", appauthor=False))
