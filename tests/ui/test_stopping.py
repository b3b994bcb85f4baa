"""Every way of stopping keeps every edit: a real Runde process gets SIGTERM, SIGINT (Ctrl+C) or SIGHUP
within a second of typing a learning point and ticking it Confidential; the database then holds the
point, confidential, and the process ended cleanly (no traceback)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from contextlib import closing
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX signals")


def stop_while_typing(tmp_path: Path, sig: int, text: str, what: str = "meeting") -> tuple[int | None, str]:
    """Start Runde, let the child type, send ``sig`` at once; the exit code (None: still running after
    30 s, then killed) and what it wrote to stderr."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    lines: list[str] = []
    with subprocess.Popen([sys.executable, "-m", "tests.ui.stop_child", str(tmp_path), text, what], cwd=ROOT,
                          env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as child:
        reader = threading.Thread(target=lambda: lines.extend(ln.strip() for ln in child.stdout or []))
        reader.start()
        deadline = time.monotonic() + 60
        while "typed" not in lines and time.monotonic() < deadline and child.poll() is None:
            time.sleep(0.005)
        assert "typed" in lines, child.stderr.read() if child.stderr else ""
        child.send_signal(sig)
        try:
            code: int | None = child.wait(timeout=30)
        except subprocess.TimeoutExpired:
            code = None
            child.kill()
            child.wait()
        reader.join()
        err = child.stderr.read() if child.stderr else ""
    return code, err


@pytest.mark.parametrize("name", ["SIGTERM", "SIGINT", "SIGHUP"])
def test_a_stop_signal_right_after_typing_keeps_the_point_and_its_confidential_tick(
        tmp_path: Path, name: str) -> None:
    code, err = stop_while_typing(tmp_path, getattr(signal, name), "Ring the ward before noon")
    assert code == 0, err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err, err
    assert "Ring the ward" not in err  # nothing typed is printed
    with closing(sqlite3.connect(tmp_path / "data" / "runde.sqlite3")) as con:
        rows = con.execute("SELECT text, confidential FROM learning_point").fetchall()
        live = con.execute("SELECT live_state IS NOT NULL FROM meeting").fetchall()
    assert rows == [("Ring the ward before noon", 1)]
    assert live == [(1,)]  # the live state too: the next start offers the meeting to resume


def test_a_stop_signal_right_after_typing_in_a_learning_visit_keeps_it(tmp_path: Path) -> None:
    code, err = stop_while_typing(tmp_path, signal.SIGTERM, "Learn the evening round", "visit")
    assert code == 0, err
    with closing(sqlite3.connect(tmp_path / "data" / "runde.sqlite3")) as con:
        [(details,)] = con.execute("SELECT details FROM visit").fetchall()
    assert "Learn the evening round" in details


def end_session_while_typing(tmp_path: Path, then: str, text: str, what: str = "meeting") -> tuple[int, str]:
    """Start Runde, let the child type and then end the session itself (``tests/ui/stop_child.py``):
    ``commit`` calls the commitDataRequest handler and is then killed (SIGKILL, as a session
    manager may end it: no quit, no handler of ours runs after it); ``quit`` quits through
    ``aboutToQuit``. The exit code and stderr."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    lines: list[str] = []
    with subprocess.Popen([sys.executable, "-m", "tests.ui.stop_child", str(tmp_path), text, what, then],
                          cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          text=True) as child:
        reader = threading.Thread(target=lambda: lines.extend(ln.strip() for ln in child.stdout or []))
        reader.start()
        deadline = time.monotonic() + 60
        while not any(ln.startswith("committed") for ln in lines) and then == "commit" \
                and time.monotonic() < deadline and child.poll() is None:
            time.sleep(0.005)
        if then == "commit":
            assert "committed 1" in lines, child.stderr.read() if child.stderr else ""  # RestartNever asked
            child.kill()  # the session manager ends it: nothing more of Runde runs
        code = child.wait(timeout=60)
        reader.join()
        err = child.stderr.read() if child.stderr else ""
    assert "typed" in lines, err
    return code, err


def test_the_session_ending_writes_the_point_and_its_tick_before_the_process_is_ended(tmp_path: Path) -> None:
    """commitDataRequest (logout, shutdown; on Windows WM_QUERYENDSESSION): everything is written
    by the handler itself, so a session manager that kills Runde right after loses nothing."""
    code, err = end_session_while_typing(tmp_path, "commit", "Call the family after rounds")
    assert code == -signal.SIGKILL, err
    assert "Call the family" not in err
    with closing(sqlite3.connect(tmp_path / "data" / "runde.sqlite3")) as con:
        rows = con.execute("SELECT text, confidential FROM learning_point").fetchall()
        live = con.execute("SELECT live_state IS NOT NULL FROM meeting").fetchall()
    assert rows == [("Call the family after rounds", 1)]
    assert live == [(1,)]  # and the meeting can be resumed at the next start


def test_the_session_ending_writes_a_learning_visit_before_the_process_is_ended(tmp_path: Path) -> None:
    code, err = end_session_while_typing(tmp_path, "commit", "Watch the night handover", "visit")
    assert code == -signal.SIGKILL, err
    with closing(sqlite3.connect(tmp_path / "data" / "runde.sqlite3")) as con:
        [(details,)] = con.execute("SELECT details FROM visit").fetchall()
    assert "Watch the night handover" in details


def test_about_to_quit_right_after_typing_writes_the_point_and_ends_cleanly(tmp_path: Path) -> None:
    """aboutToQuit (QApplication.quit(); on Windows WM_ENDSESSION) within the capture's save delay."""
    code, err = end_session_while_typing(tmp_path, "quit", "Ask before moving the bed")
    assert code == 0, err
    assert "Traceback" not in err, err
    with closing(sqlite3.connect(tmp_path / "data" / "runde.sqlite3")) as con:
        rows = con.execute("SELECT text, confidential FROM learning_point").fetchall()
    assert rows == [("Ask before moving the bed", 1)]


def test_the_handler_is_what_commit_data_request_calls_and_it_asks_for_no_restart(qapp: object) -> None:
    """The guard connects its handler to QGuiApplication.commitDataRequest (Qt counts one receiver
    more), and the handler, called as the signal calls it with one session manager, saves and asks
    the session not to start Runde again. (A QSessionManager cannot be constructed, and emitting the
    signal without a session manager crashes PySide: the stand-in has the methods the handler uses.)"""
    from PySide6.QtCore import SIGNAL
    from PySide6.QtGui import QSessionManager
    from PySide6.QtWidgets import QApplication

    from tests.ui.stop_child import StandInManager
    from ui import shutdown

    app = QApplication.instance()
    assert app is not None
    signature = SIGNAL("commitDataRequest(QSessionManager&)")
    before = app.receivers(signature)
    saved: list[str] = []
    guard = shutdown.install(app, lambda: saved.append("saved"))
    try:
        assert app.receivers(signature) == before + 1
        manager = StandInManager()
        guard.commit_data(manager)
        assert saved == ["saved"] and manager.hints == [QSessionManager.RestartHint.RestartNever]
    finally:
        guard.uninstall()
