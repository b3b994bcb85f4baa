"""A read-only data folder or database file is found at start by trying to write (a file made and
removed in the folder, the database opened for writing), not by reading permission bits: on Windows
``os.access`` ignores the access control lists that decide there. On real files: the permissions of
a user whom they stop (root is not stopped by them, so the folder is tried by a child running as
``nobody``), the immutable attribute, and an access control list's refusal, which cannot be set up
here and is simulated by making the probe's own open fail as Windows would (PermissionError) while
``os.access`` still says "writable"."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.capture import Capture, TextItem
from app.paths import AppPaths
from app.storage import write_probe
from app.storage.store import Store
from app.storage.write_probe import PROBE_PREFIX, can_create_in, can_write_file
from ui.application import RundeApp
from ui.cli import parse

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


def _with_meeting(base: Path) -> AppPaths:
    paths = AppPaths.create(base)
    s = Store.open(paths, now)
    team = s.save_team("Afsnit 3", ["Anna", "Bo"])
    mid = s.start_meeting(team_id=team.id, format_id="systematic-learning-meeting", format_title="SLM",
                          participants=["Anna", "Bo"], facilitator="Anna", first_speaker="Bo")
    s.save_capture(mid, Capture(learning_points=(TextItem("p", "Keep me"),)))
    s.close()
    return paths


def _acl_refuses(*_: object) -> int:
    """What Windows does when an access control list refuses the write (ERROR_ACCESS_DENIED)."""
    raise PermissionError(13, "Access is denied")


def test_a_writable_folder_and_file_are_writable_and_the_probe_leaves_nothing(tmp_path: Path) -> None:
    db = tmp_path / "x.sqlite3"
    db.write_bytes(b"data")
    before = sorted(p.name for p in tmp_path.iterdir())
    assert can_create_in(tmp_path) and can_write_file(db)
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # the probe file is gone
    assert db.read_bytes() == b"data"  # opened for writing, not one byte written
    assert can_create_in(tmp_path / "not-there")  # made later by Store.open, or told why not
    assert can_write_file(tmp_path / "new.sqlite3")


def test_a_failure_that_is_not_a_refusal_is_left_to_the_open_that_follows(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def full(*_: object) -> int:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(write_probe, "_create", full)
    assert can_create_in(tmp_path)  # a full disk is told as a full disk, not as "read-only"


@pytest.fixture
def shared_folder() -> Iterator[Path]:
    """A folder another user can reach (pytest's own temp folder is 0700 for root)."""
    folder = Path(tempfile.mkdtemp(prefix="runde-probe-", dir="/tmp"))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        folder.chmod(0o700)
        shutil.rmtree(folder, ignore_errors=True)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_the_folder_and_file_permissions_are_what_the_probe_finds(shared_folder: Path) -> None:
    """chmod 0555 on the folder and 0444 on the file, tried as a user whom permissions stop."""
    writable, locked = shared_folder / "open", shared_folder / "locked"
    for folder in (writable, locked):
        folder.mkdir()
        (folder / "runde.sqlite3").write_bytes(b"x")
    writable.chmod(0o777)
    (writable / "runde.sqlite3").chmod(0o666)
    locked.chmod(0o555)
    (locked / "runde.sqlite3").chmod(0o444)
    script = ("import sys; from pathlib import Path; from app.storage.write_probe import can_create_in, "
              "can_write_file as w; print([(can_create_in(Path(p)), w(Path(p) / 'runde.sqlite3')) "
              "for p in sys.argv[1:]])")
    user = None
    if os.geteuid() == 0:  # root writes anywhere: the probe runs as nobody, as a care worker would
        import pwd

        user = pwd.getpwnam("nobody").pw_uid
    out = subprocess.run([sys.executable, "-c", script, str(writable), str(locked)], cwd=ROOT,
                         capture_output=True, text=True, check=True, user=user,
                         env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert out.stdout.strip() == "[(True, True), (False, False)]", out.stderr
    assert sorted(p.name for p in writable.iterdir()) == ["runde.sqlite3"]  # nothing left behind


@pytest.mark.skipif(not shutil.which("chattr") or os.geteuid() != 0, reason="chattr +i needs root")
def test_an_immutable_folder_stops_even_root_and_opens_read_only(tmp_path: Path) -> None:
    paths = _with_meeting(tmp_path / "runde")
    folder = paths.data_dir
    if subprocess.run(["chattr", "+i", str(folder)], check=False, capture_output=True).returncode:
        pytest.skip("this file system has no immutable attribute")
    try:
        assert not can_create_in(folder)
        s = Store.open(paths, now)
        try:
            assert s.read_only_folder and [t.name for t in s.teams()] == ["Afsnit 3"]
        finally:
            s.close()
    finally:
        subprocess.run(["chattr", "-i", str(folder)], check=False)


def test_a_folder_an_access_control_list_refuses_is_told_at_start_though_os_access_says_writable(
        qtbot: QtBot, tmp_path: Path, shown: Shown, monkeypatch: pytest.MonkeyPatch) -> None:
    """As on Windows: the mode bits (all os.access reads) allow writing, the ACL does not."""
    paths = _with_meeting(tmp_path / "runde")
    folder = paths.data_dir
    monkeypatch.setattr(write_probe, "_create", _acl_refuses)
    assert os.access(folder, os.W_OK | os.X_OK)  # the old check would have opened it to write
    before = sorted(p.name for p in folder.iterdir())
    r = RundeApp(parse(["--data-dir", str(tmp_path / "runde"), "--lang", "en"]))
    try:
        screen = r.open_start_screen()
        qtbot.addWidget(screen)
        r.finish_startup()
        assert r.exit_code == 0 and r.store is not None and r.store.read_only_folder
        [(title, text)] = shown  # told at start: where, and what to do
        assert title == "Runde's data is read-only"
        assert str(folder) in text and "--data-dir" in text and "writable" in text
        history = r.open_history()  # history and sheets are read
        assert history is not None
        qtbot.addWidget(history)
        screen.participants_edit.setPlainText("Anna\nBo")
        screen.start_button.click()  # a meeting is refused, with the reason
        assert r.controller is None and r.session is None
        assert shown[-1][0] == "The meeting cannot start" and str(folder) in shown[-1][1]
    finally:
        r.quit()
    # no lock, no backup, no probe file (SQLite's reader made its -shm: here the folder let it)
    assert sorted(p.name for p in folder.iterdir() if not p.name.endswith(("-shm", "-wal"))) == before
    assert not any(p.name.startswith(PROBE_PREFIX) for p in folder.iterdir())


def test_a_database_file_an_access_control_list_refuses_is_told_at_start_and_names_the_file(
        qtbot: QtBot, tmp_path: Path, shown: Shown, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = _with_meeting(tmp_path / "runde")
    monkeypatch.setattr(write_probe, "_open_existing", _acl_refuses)
    assert os.access(paths.db_path, os.W_OK)  # the mode bits allow it
    r = RundeApp(parse(["--data-dir", str(tmp_path / "runde"), "--lang", "en"]))
    try:
        screen = r.open_start_screen()
        qtbot.addWidget(screen)
        r.finish_startup()
        assert r.store is not None and r.store.read_only and not r.store.read_only_folder
        assert [t.name for t in r.store.teams()] == ["Afsnit 3"]  # history is read
        [(title, text)] = shown
        assert title == "Runde's data is read-only"
        assert str(paths.db_path) in text and "writable" in text and "folder" not in text
    finally:
        r.quit()
