"""One Runde at a time, politely: with Runde open on a data folder, starting it again brings the open
window to the front and hands over what the second start was asked; the second start says what
happened and ends at once. Two real processes: the first is Runde with a watcher that prints which
window is in front (tests/ui/second_start_child.py), the second is ``python -m ui.main``."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.handover import (
    MAX_BYTES,
    Answer,
    Request,
    decode,
    decode_answer,
    encode,
    encode_answer,
    instance_key,
)
from app.paths import AppPaths

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX processes and sockets")
QUICK_S = 20.0  # the second start's whole run, Python and Qt loading included, on a loaded machine


@pytest.fixture
def runtime() -> Iterator[dict[str, str]]:
    """The environment of both processes: offscreen, and a runtime folder of the test's own (short:
    a socket's path has a length limit)."""
    folder = tempfile.mkdtemp(prefix="rw")
    os.chmod(folder, 0o700)
    yield {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_RUNTIME_DIR": folder}
    shutil.rmtree(folder, ignore_errors=True)  # (the sound's PulseAudio puts a folder there too)


@dataclass
class First:
    """The first Runde, and the lines its watcher printed."""

    proc: subprocess.Popen[str]
    lines: list[str] = field(default_factory=list)

    def wait_for(self, line: str, timeout: float = 60) -> bool:
        deadline = time.monotonic() + timeout
        while line not in self.lines and time.monotonic() < deadline and self.proc.poll() is None:
            time.sleep(0.01)
        return line in self.lines


@contextmanager
def first_runde(data: Path, env: dict[str, str], what: str = "") -> Iterator[First]:
    with subprocess.Popen([sys.executable, "-m", "tests.ui.second_start_child", str(data), what], cwd=ROOT,
                          env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as proc:
        first = First(proc)
        reader = threading.Thread(target=lambda: first.lines.extend(ln.strip() for ln in proc.stdout or []))
        reader.start()
        try:
            assert first.wait_for("ready"), proc.stderr.read() if proc.stderr else ""
            yield first
        finally:
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
            reader.join()


def start_again(data: Path, env: dict[str, str], *argv: str) -> tuple[int, str, str, float]:
    """``runde --data-dir DATA ARGV``: its exit code, stdout, stderr and how long it ran."""
    began = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "ui.main", "--data-dir", str(data), *argv], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=60, check=False)
    return done.returncode, done.stdout, done.stderr, time.monotonic() - began


def meetings(data: Path) -> list[tuple[str]]:
    with closing(sqlite3.connect(data / "data" / "runde.sqlite3")) as con:
        return con.execute("SELECT participants FROM meeting ORDER BY id").fetchall()


def test_a_second_start_brings_the_open_runde_to_the_front_and_ends(
        tmp_path: Path, runtime: dict[str, str]) -> None:
    with first_runde(tmp_path, runtime) as first:
        code, out, err, took = start_again(tmp_path, runtime, "--lang", "en")
        assert (code, out.strip()) == (0, "Runde is already open; brought it to the front."), err
        assert took < QUICK_S
        assert first.wait_for("front: StartScreen", 10), first.lines
        assert "already open on this computer" not in err  # no second window, no old dialog's words
        code, out, _err, _took = start_again(tmp_path, runtime, "--lang", "da")
        assert (code, out.strip()) == (0, "Runde er allerede åben og er hentet frem forrest.")


def test_runde_run_with_only_the_start_screen_open_opens_the_meeting_there(
        tmp_path: Path, runtime: dict[str, str]) -> None:
    with first_runde(tmp_path, runtime) as first:
        code, out, err, _took = start_again(tmp_path, runtime, "--lang", "en", "run",
                                            "systematic-learning-meeting", "--participants", "Dina,Eik",
                                            "--facilitator", "Dina")
        assert code == 0, err
        assert out.strip() == "Runde is already open; the meeting was opened there, ready to start."
        assert first.wait_for("front: RoomWindow", 10), first.lines  # one screen: the room's view
        assert meetings(tmp_path) == [('["Dina", "Eik"]',)]  # (closed before it starts, it is gone)


def test_runde_run_while_a_meeting_is_open_starts_no_second_meeting(
        tmp_path: Path, runtime: dict[str, str]) -> None:
    with first_runde(tmp_path, runtime, "run") as first:
        code, out, err, took = start_again(tmp_path, runtime, "--lang", "en", "run",
                                           "systematic-learning-meeting", "--participants", "Dina,Eik",
                                           "--facilitator", "Dina")
        assert (code, out) == (1, "")
        assert err.strip() == ("A meeting is open in Runde; the new one was not started. Runde was brought "
                               "to the front.")
        assert took < QUICK_S
        assert first.wait_for("front: RoomWindow", 10), first.lines
        assert meetings(tmp_path) == [('["Anna", "Bo", "Cecilie"]',)]


def test_with_a_projector_the_console_comes_to_the_front_and_says_why_nothing_started(
        tmp_path: Path, runtime: dict[str, str]) -> None:
    screens = tmp_path / "screens.json"
    screens.write_text(json.dumps({"screens": [
        {"name": "Laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96, "dpr": 1},
        {"name": "Projector", "x": 1366, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96,
         "dpr": 1}]}))
    env = {**runtime, "QT_QPA_PLATFORM": f"offscreen:configfile={screens}"}
    with first_runde(tmp_path, env, "run") as first:
        code, _out, _err, _took = start_again(tmp_path, runtime, "--lang", "en", "visit")
        assert code == 1
        assert first.wait_for("front: Console", 10), first.lines
        assert first.wait_for("note: Runde was started again: nothing new was started while this meeting is "
                              "open.", 10), first.lines


def test_runde_run_while_a_learning_visit_is_open_leaves_the_visit_be(
        tmp_path: Path, runtime: dict[str, str]) -> None:
    with first_runde(tmp_path, runtime, "visit") as first:
        code, out, err, _took = start_again(tmp_path, runtime, "--lang", "en", "run",
                                            "systematic-learning-meeting", "--participants", "Dina,Eik",
                                            "--facilitator", "Dina")
        assert (code, out) == (1, "")
        assert err.strip() == ("A learning visit is open in Runde; nothing new was started. Runde was "
                               "brought to the front.")
        assert first.wait_for("front: VisitWindow", 10), first.lines
        assert first.wait_for("note: Runde was started again: nothing new was started while this learning "
                              "visit is open.", 10), first.lines
        assert meetings(tmp_path) == []


def test_while_a_dialog_waits_for_an_answer_nothing_new_starts(
        tmp_path: Path, runtime: dict[str, str]) -> None:
    with first_runde(tmp_path, runtime, "settings") as first:
        code, out, err, _took = start_again(tmp_path, runtime, "--lang", "en", "run",
                                            "systematic-learning-meeting", "--participants", "Dina,Eik",
                                            "--facilitator", "Dina")
        assert (code, out) == (1, "")
        assert err.strip() == ("Runde is open and waits for an answer in one of its windows; nothing new was "
                               "started. Runde was brought to the front.")
        code, out, _err, _took = start_again(tmp_path, runtime, "--lang", "en")
        assert (code, out.strip()) == (0, "Runde is already open; brought it to the front.")
        assert first.wait_for("front: SettingsDialog", 10), first.lines  # the question, not the start screen
        assert meetings(tmp_path) == []


def test_runde_run_without_the_facilitator_its_format_needs_is_refused_as_on_a_fresh_start(
        tmp_path: Path, runtime: dict[str, str]) -> None:
    with first_runde(tmp_path, runtime) as first:
        code, out, err, _took = start_again(tmp_path, runtime, "--lang", "en", "run",
                                            "systematic-learning-meeting", "--participants", "Dina,Eik")
        assert (code, out) == (1, "")
        assert err.strip() == ("runde run: the format 'systematic-learning-meeting' needs a facilitator: "
                               "name one of --participants with --facilitator NAME.")
        assert first.wait_for("front: QMessageBox", 10), first.lines  # the open Runde says it too
        assert meetings(tmp_path) == []
    assert first.proc.returncode == 0  # the open Runde's own end is not touched by the refusal


def test_a_format_that_is_not_there_is_refused_in_words(tmp_path: Path, runtime: dict[str, str]) -> None:
    with first_runde(tmp_path, runtime):
        code, _out, err, _took = start_again(tmp_path, runtime, "--lang", "en", "run", "no-such-format",
                                             "--participants", "Dina,Eik",
                                             "--facilitator", "Dina")
        assert code == 1
        assert "There is no format with the id 'no-such-format'." in err
    assert meetings(tmp_path) == []


def test_a_crashed_runde_leaves_nothing_that_blocks_the_next(tmp_path: Path, runtime: dict[str, str]) -> None:
    with first_runde(tmp_path, runtime) as crashed:
        crashed.proc.kill()  # SIGKILL: its lock file and its socket stay behind
        crashed.proc.wait()
    left = sorted(p.suffix for p in Path(runtime["XDG_RUNTIME_DIR"]).glob("runde-*"))
    assert left == [".lock", ".sock"]
    with first_runde(tmp_path, runtime) as first:
        code, out, err, _took = start_again(tmp_path, runtime, "--lang", "en")
        assert (code, out.strip()) == (0, "Runde is already open; brought it to the front."), err
        assert first.wait_for("front: StartScreen", 10), first.lines


def test_the_socket_is_this_users_only_and_named_for_the_data_folder(
        tmp_path: Path, runtime: dict[str, str]) -> None:
    with first_runde(tmp_path, runtime):
        [sock] = Path(runtime["XDG_RUNTIME_DIR"]).glob("runde-*.sock")
        mode = os.stat(sock).st_mode
        assert stat.S_ISSOCK(mode) and not mode & 0o077
        other = tmp_path / "other"
        code, out, err, _took = start_again(other, runtime, "--lang", "en", "formats", "list")
        assert code == 0 and "systematic-learning-meeting" in out, err  # a headless command: untouched
    mine = instance_key("anna", str(AppPaths.create(tmp_path).data_dir))
    assert mine != instance_key("bo", str(AppPaths.create(tmp_path).data_dir))
    assert mine != instance_key("anna", str(AppPaths.create(tmp_path / "other").data_dir))


@given(st.binary(max_size=300))
def test_any_bytes_read_as_a_request_or_an_answer_never_raise(data: bytes) -> None:
    decode(data)
    decode_answer(data)


@given(st.builds(Request, command=st.sampled_from(["open", "run", "visit"]), format=st.text(),
                 participants=st.text(), facilitator=st.none() | st.text(), presenter=st.none() | st.text(),
                 team=st.none() | st.text(), screen=st.none() | st.integers(1, 999), agent=st.text(),
                 colleague=st.text()))
def test_a_request_arrives_as_it_was_sent(request_: Request) -> None:
    line = encode(request_)
    assert line.endswith(b"\n") and line.count(b"\n") == 1
    assert decode(line[:-1]) == request_


@pytest.mark.parametrize("line", [
    b"", b"[]", b'{"command": "format-disk"}', b'{"command": "run", "screen": "1"}',
    b'{"command": "run", "participants": 7}', b'{"command": "run", "screen": true}', b"\xff\xfe",
    b'{"command": "open", "team": "' + b"x" * MAX_BYTES + b'"}'])
def test_what_is_not_a_request_is_refused(line: bytes) -> None:
    assert decode(line) is None


def test_every_answer_goes_over_and_back() -> None:
    for answer in Answer:
        assert decode_answer(encode_answer(answer)) is answer
