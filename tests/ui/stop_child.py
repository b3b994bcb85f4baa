"""The child of the stopping tests: Runde itself (``runde --data-dir DIR run ...``, offscreen) with a
hand that types a learning point into the real capture panel and ticks it Confidential, then prints
``typed`` (the parent sends its signal at once, well inside the capture's save delay).

With ``visit`` as a third argument it is ``runde visit`` instead, and the text goes into the visit's
goals (its window saves after a pause in typing too).

With ``commit`` or ``quit`` as a fourth argument, the hand also ends the session itself once it has
typed, as the desktop does at logout or shutdown (on Windows: ``WM_QUERYENDSESSION``, then
``WM_ENDSESSION``):

- ``commit``: the handler connected to ``QGuiApplication.commitDataRequest`` is called as the signal
  calls it, with one session-manager argument, then ``committed`` is printed and the process waits
  (the parent kills it, as a session manager may). The signal itself cannot be emitted here: PySide
  crashes emitting it without a real session manager, and a QSessionManager cannot be constructed,
  so the argument is :class:`StandInManager`, which has the methods the handler uses.
- ``quit``: ``QApplication.quit()``, which emits ``aboutToQuit`` as Qt does after ``WM_ENDSESSION``.

Run: ``python -m tests.ui.stop_child DIR TEXT [meeting|visit] [commit|quit]``.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


class StandInManager:
    """In place of the QSessionManager that ``commitDataRequest`` sends (one cannot be made): the
    methods the handler uses, noting what it asked."""

    def __init__(self) -> None:
        self.hints: list[object] = []

    def setRestartHint(self, hint: object) -> None:  # noqa: N802 (Qt's name)
        self.hints.append(hint)


def end_session(then: str) -> None:
    """What the desktop does when the session ends (see the module's text)."""
    if then == "commit":
        from ui.shutdown import ShutdownGuard

        guard = QApplication.instance().findChild(ShutdownGuard)
        manager = StandInManager()
        guard.commit_data(manager)  # as commitDataRequest(manager) calls it
        sys.stdout.write(f"committed {len(manager.hints)}\n")
        sys.stdout.flush()
    elif then == "quit":
        QApplication.quit()


def type_when_ready(text: str, then: str = "") -> None:
    """Once the meeting's capture panel exists: type the point, tick Confidential, say so."""
    from ui.capture_panel import CapturePanel

    panels = [w for w in QApplication.allWidgets() if isinstance(w, CapturePanel)]
    if not panels:
        QTimer.singleShot(50, lambda: type_when_ready(text, then))
        return
    row = panels[0].point_rows[0]
    row.text.setFocus()
    QTest.keyClicks(row.text, text)
    row.secret.click()  # Confidential
    sys.stdout.write("typed\n")
    sys.stdout.flush()
    end_session(then)


def type_in_visit_when_ready(text: str, then: str = "") -> None:
    """Once the visit's window is open: type its goals, say so."""
    from ui.visit_window import VisitWindow

    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, VisitWindow) and w.isVisible()]
    if not windows:
        QTimer.singleShot(50, lambda: type_in_visit_when_ready(text, then))
        return
    windows[0].goals.setFocus()
    QTest.keyClicks(windows[0].goals, text)
    sys.stdout.write("typed\n")
    sys.stdout.flush()
    end_session(then)


def main(data: str, text: str, what: str = "meeting", then: str = "") -> int:
    """Runde as ``runde run`` (or ``runde visit``) starts it, with the typing hand."""
    from ui.main import main as runde

    QApplication(sys.argv[:1])
    if what == "visit":
        QTimer.singleShot(0, lambda: type_in_visit_when_ready(text, then))
        return runde(["--data-dir", data, "--lang", "en", "visit", "--agent", "Anna", "--colleague", "Bo"])
    QTimer.singleShot(0, lambda: type_when_ready(text, then))
    return runde(["--data-dir", data, "--lang", "en", "run", "systematic-learning-meeting",
                  "--participants", "Anna,Bo,Cecilie", "--facilitator", "Anna", "--presenter", "Bo"])


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:5]))
