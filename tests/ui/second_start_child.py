"""The first Runde of the second-start tests: Runde itself (``runde --data-dir DIR``; ``runde run …`` or
``runde visit …`` with ``run`` or ``visit`` as the second argument; with ``settings``, Settings… is
opened first), offscreen, with a watcher that prints what a user would see:
``ready`` once Runde's data is open and another program's window is in front of Runde's (a plain
window of this process stands in for that program), then ``front: <class>`` each time another
window becomes the active one, and ``note: <text>`` for each new text on a window's status line.

Run: ``python -m tests.ui.second_start_child DIR [run|visit|settings]``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QPushButton, QWidget

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


class Watcher:
    """Polls what is on screen (nothing of Runde's is called: only what a user sees is read)."""

    def __init__(self, data: Path, settings: bool = False) -> None:
        self.data = data
        self.settings = "press" if settings else ""  # open Settings… first (a dialog waiting for an answer)
        self.other: QWidget | None = None
        self.front = ""
        self.notes: set[str] = set()
        self.timer = QTimer()
        self.timer.timeout.connect(self.look)
        self.timer.start(20)

    def look(self) -> None:
        active = QApplication.activeWindow()
        if self.other is None:
            runde_shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
            if not runde_shown or not (self.data / "data" / "runde.sqlite3").exists():
                return
            if self.settings == "press":
                self.settings = "wait"
                [button] = [b for b in QApplication.allWidgets()
                            if isinstance(b, QPushButton) and b.text() == "Settings…" and b.isVisible()]
                QTimer.singleShot(0, button.click)  # the dialog's own loop runs this watcher from then on
                return
            modal = QApplication.activeModalWidget()
            if self.settings == "wait" and (modal is None or active is not modal):
                return
            self.other = QWidget()
            self.other.setWindowTitle("another program")
            self.other.resize(300, 200)
            self.other.show()
            self.other.activateWindow()
            return
        name = type(active).__name__ if active is not None else ""
        if not self.front:
            if active is self.other:
                self.front = name
                say("ready")
            return
        if name != self.front:
            self.front = name
            say(f"front: {name}")
        for window in QApplication.topLevelWidgets():
            note = window.statusBar().currentMessage() if isinstance(window, QMainWindow) else ""
            if note and note not in self.notes and window.isVisible():
                self.notes.add(note)
                say(f"note: {note}")


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def main(data: str, what: str = "") -> int:
    from ui.main import main as runde

    QApplication(sys.argv[:1])
    watcher = Watcher(Path(data), settings=what == "settings")  # noqa: F841  (kept while Runde runs)
    if what == "visit":
        return runde(["--data-dir", data, "--lang", "en", "visit", "--agent", "Anna", "--colleague", "Bo"])
    if what == "run":
        return runde(["--data-dir", data, "--lang", "en", "run", "systematic-learning-meeting",
                      "--participants", "Anna,Bo,Cecilie", "--facilitator", "Anna"])
    return runde(["--data-dir", data, "--lang", "en"])


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
