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
