"""Issue 18, items 2 and 3: what Runde keeps is readable by this user only (0700 folders, 0600 files,
whatever the umask; an older installation is tightened at start), and erasing a person reaches every
file Runde keeps: the database's own pages, backups, rescue files and offline notes."""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from app.capture import Capture, RoundLine, TextItem
from app.paths import AppPaths
from app.preferences import Preferences, save_preferences
from app.storage import offline, rescue
from app.storage.backup import good_backups
from app.storage.store import Store
from app.storage.visits import create_visit
from app.visit import VisitData
from tests.ui.acting import answer_modal
from ui import crash
from ui.application import RundeApp
from ui.cli import parse
from ui.history import HistoryWindow

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")


@pytest.fixture(autouse=True)
def hooks(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """crash.install (as at start-up) sets process-wide hooks: put back after each test."""
    import threading

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    yield
    crash.uninstall()


@pytest.fixture
def umask_022() -> Iterator[None]:
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def _modes(folder: Path) -> dict[str, int]:
    """Every file and folder under ``folder`` (itself too) with its permission bits."""
    out = {".": stat.S_IMODE(folder.stat().st_mode)}
    for p in folder.rglob("*"):
        out[str(p.relative_to(folder))] = stat.S_IMODE(p.lstat().st_mode)
    return out


def _open_to_others(folder: Path) -> dict[str, int]:
    return {name: oct(mode) for name, mode in _modes(folder).items() if mode & 0o077}  # type: ignore[misc]


def test_every_file_of_a_real_start_a_meeting_and_a_backup_is_private(
        qtbot: QtBot, tmp_path: Path, umask_022: None) -> None:
    base = tmp_path / "d"
    paths = AppPaths.create(base)
    crash.install(paths)  # as run_gui does first
    r = RundeApp(parse(["--data-dir", str(base), "--lang", "en"]))
    assert r.open_store() and r.store is not None
    try:
        s = r.open_start_screen()
        qtbot.addWidget(s)
        s.team_box.setCurrentText("Afsnit 3")
        s.participants_edit.setPlainText("Anna\nBo\nCecilie")
        s.facilitator_box.setCurrentIndex(1)
        s.presenter_list.set_chosen(["Bo"])
        s.start_button.click()
        assert r.session is not None and r.controller is not None
        qtbot.addWidget(r.controller.room)
        qtbot.addWidget(r.controller.console)
        qtbot.keyClicks(r.session.panel.point_rows[0].text, "Spørg fru Hansen først")
        r.session.panel.flush()
        assert r.store.computer_id
        r.startup_backup()
        save_preferences(Preferences(last_team="Afsnit 3"), paths.settings_path)
        rescue.keep(paths, r.session.meeting_id, Capture(notes="x"), None, datetime.now(UTC))
        offline.begin(paths, "u@h:5432/db", datetime.now(UTC))
        offline.sent(paths, "u@h:5432/db", datetime.now(UTC))
        crash.log.error("a test line")
        names = {p.name for p in paths.data_dir.rglob("*")}
        for expected in ("runde.sqlite3", "runde.sqlite3-wal", "runde.sqlite3-shm", "computer-id",
                         "backups", "unsaved", "logs", "runde.log"):
            assert expected in names, expected
        assert any(n.startswith("offline-sent-") for n in names)
        assert _open_to_others(paths.data_dir) == {}
        assert _open_to_others(paths.config_dir) == {}
        assert stat.S_IMODE(paths.data_dir.stat().st_mode) == 0o700
        assert stat.S_IMODE((paths.data_dir / "runde.sqlite3").stat().st_mode) == 0o600
    finally:
        r.quit()
        if r.controller is not None:
            r.controller.room.close()
            r.controller.console.close()
    assert os.umask(0o022) == 0o022  # put back as it was


def test_an_older_installation_is_tightened_at_start(tmp_path: Path, umask_022: None) -> None:
    base = tmp_path / "d"
    paths = AppPaths.create(base)
    s = Store.open(paths, lambda: datetime.now(UTC))
    s.startup_backup()
    s.close()
    for p in [paths.data_dir, *paths.data_dir.rglob("*")]:  # as an older Runde left them
        p.chmod(0o755 if p.is_dir() else 0o644)
    paths.config_dir.mkdir(parents=True, exist_ok=True, mode=0o755)
    (paths.config_dir / "settings.json").write_text("{}", encoding="utf-8")
    (paths.config_dir / "settings.json").chmod(0o644)
    assert _open_to_others(paths.data_dir)
    crash.install(paths)
    assert _open_to_others(paths.data_dir) == {} and _open_to_others(paths.config_dir) == {}


def test_a_read_only_file_stays_read_only_when_tightened(tmp_path: Path) -> None:
    from app.private import tighten

    (tmp_path / "f").write_text("x", encoding="utf-8")
    (tmp_path / "f").chmod(0o444)
    assert tighten([tmp_path]) == []
    assert stat.S_IMODE((tmp_path / "f").stat().st_mode) == 0o400  # bits are only taken away


# -- erasing a person reaches every file ----------------------------------------------------------------

NAME = "Zakarias Quist"  # ASCII, so a grep of the bytes finds it in any JSON (\\u escapes are not used)


def _files_with(folder: Path, needle: bytes) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*")
                  if p.is_file() and needle in p.read_bytes())


def test_erasing_a_person_leaves_the_name_in_no_file(qtbot: QtBot, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    base = tmp_path / "d"
    paths = AppPaths.create(base)
    s = Store.open(paths, lambda: datetime.now(UTC))
    try:
        team = s.save_team("Afsnit 3", ["Anna", NAME])
        mid = s.start_meeting(team_id=team.id, format_id="systematic-learning-meeting", format_title="SLM",
                              participants=["Anna", NAME], facilitator=NAME, first_speaker="Anna")
        s.save_capture(mid, Capture(presenters=(NAME,), learning_points=(TextItem("p", "Lyt først"),),
                                    round_lines=(RoundLine(NAME, "Godt"),)))
        visit = create_visit(s, VisitData(NAME, "Anna", date(2026, 3, 3)), team.id)
        server = "runde@db.example:5432/runde"
        offline.begin(paths, server, datetime.now(UTC))
        offline.record(paths, server, "visit", visit, f"{NAME}\x1fAnna\x1f2026-03-03")
        offline.sent(paths, server, datetime.now(UTC))  # the copy offline-sent-*.json
        offline.record(paths, server, "visit", visit, f"{NAME}\x1fAnna\x1f2026-03-03")  # one waits
        rescue.keep(paths, mid, Capture(presenters=(NAME,)), {"participants": ["Anna", NAME]},
                    datetime.now(UTC))
        s.startup_backup()
        held = _files_with(paths.data_dir, NAME.encode())
        assert {"offline.json", "unsaved/meeting-1.json"} <= set(held)
        assert any(h.startswith("backups/") for h in held)
        assert any(h.startswith("offline-sent-") for h in held)

        w = HistoryWindow(s)
        qtbot.addWidget(w)
        answer_modal(QInputDialog, lambda d: (d.setTextValue(NAME), d.accept()))  # type: ignore[attr-defined]
        w.erase_button.click()
        assert _files_with(paths.data_dir, NAME.encode()) == []
        said = w.status.text()
        assert w.status.isVisibleTo(w) and "1 backup" in said and "3 note file" in said, said
        assert len(good_backups(paths.backup_dir)) == 1  # rewritten, still a good backup
        [note] = offline.read_notes(paths).values()
        assert note.visits == ((visit, "—\x1fAnna\x1f2026-03-03"),)  # still matches the visit as stored
        assert [r.capture.presenters for r in rescue.found(paths)[0]] == [("—",)]
    finally:
        s.close()
    assert _files_with(paths.data_dir, NAME.encode()) == []


def test_settings_and_the_umask_inside_runde_s_own_blocks(tmp_path: Path, umask_022: None) -> None:
    from app.private import private_umask

    target = tmp_path / "config" / "settings.json"
    save_preferences(Preferences(), target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert stat.S_IMODE(target.parent.stat().st_mode) == 0o700
    with private_umask(), private_umask():  # nested (two threads): put back once, as it was
        (tmp_path / "new").write_text("x", encoding="utf-8")
    assert stat.S_IMODE((tmp_path / "new").stat().st_mode) == 0o600
    assert os.umask(0o022) == 0o022


def test_a_copy_that_cannot_be_rewritten_is_removed_after_asking(qtbot: QtBot, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    paths = AppPaths.create(tmp_path / "d")
    s = Store.open(paths, lambda: datetime.now(UTC))
    try:
        s.save_team("Afsnit 3", ["Anna", NAME])
        s.startup_backup()
        damaged = paths.backup_dir / "runde-20200101-000000.sqlite3"
        damaged.write_bytes(b"not a database " + NAME.encode() * 50)
        w = HistoryWindow(s)
        qtbot.addWidget(w)
        answer_modal(QInputDialog, lambda d: (d.setTextValue(NAME), d.accept()))  # type: ignore[attr-defined]
        asked: list[str] = []

        def answer() -> None:  # (after the name is given: the question about the copies)
            box = QApplication.activeModalWidget()
            if not isinstance(box, QMessageBox):
                QTimer.singleShot(20, answer)
                return
            asked.append(box.text())
            box.button(QMessageBox.StandardButton.Yes).click()
        QTimer.singleShot(0, answer)
        w.erase_button.click()
        assert asked and str(damaged) in asked[0]
        assert not damaged.exists() and _files_with(paths.data_dir, NAME.encode()) == []
        assert "were removed" in w.status.text()
    finally:
        s.close()
