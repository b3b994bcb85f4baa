"""Runde is offline by design: a whole meeting, storage and an export open no network socket."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from ui.application import RundeApp
from ui.cli import parse


def test_a_whole_session_opens_no_socket(qtbot: QtBot, tmp_path: Path, no_network: list[object]) -> None:
    r = RundeApp(parse(["--data-dir", str(tmp_path / "d"), "run", "systematic-learning-meeting",
                        "--participants", "Anna,Bo,Cecilie", "--facilitator", "Anna"]))
    ctl = r.run_command()
    assert ctl is not None
    qtbot.addWidget(ctl.room)
    qtbot.addWidget(ctl.console)
    r.finish_startup()
    ctl.meeting.start()
    for _ in range(8):
        ctl.meeting.next()
    ctl.finish()
    history = r.open_history()
    assert history is not None
    qtbot.addWidget(history)
    dialog = history.export_meeting()
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.save(tmp_path / "sheet.pdf")
    r.quit()
    assert no_network == []  # the guard in conftest records (and refuses) every Python-level attempt
    assert inet_sockets_open() == set()  # and Qt's C++ side holds no internet socket either
    assert not any(m.split(".")[0] in {"requests", "urllib3", "httpx"} for m in sys.modules)


def inet_sockets_open() -> set[str]:
    """Inodes of this process's open TCP/UDP sockets (Linux /proc; empty elsewhere)."""
    fd_dir = Path("/proc/self/fd")
    if not fd_dir.exists():
        return set()
    mine = set()
    for fd in fd_dir.iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith("socket:["):
            mine.add(target[8:-1])
    inet = set()
    for table in ("tcp", "tcp6", "udp", "udp6"):
        path = Path("/proc/net") / table
        if path.exists():
            for line in path.read_text().splitlines()[1:]:
                parts = line.split()
                if len(parts) > 9:
                    inet.add(parts[9])
    return mine & inet
