"""The child of the stopping tests: Runde itself (``runde --data-dir DIR run ...``, offscreen) with a
hand that types a learning point into the real capture panel and ticks it Confidential, then prints
``typed`` (the parent sends its signal at once, well inside the capture's save delay).

With ``visit`` as a third argument it is ``runde visit`` instead, and the text goes into the visit's
goals (its window saves after a pause in typing too).

Run: ``python -m tests.ui.stop_child DIR TEXT [visit]``.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def type_when_ready(text: str) -> None:
    """Once the meeting's capture panel exists: type the point, tick Confidential, say so."""
    from ui.capture_panel import CapturePanel

    panels = [w for w in QApplication.allWidgets() if isinstance(w, CapturePanel)]
    if not panels:
        QTimer.singleShot(50, lambda: type_when_ready(text))
        return
    row = panels[0].point_rows[0]
    row.text.setFocus()
    QTest.keyClicks(row.text, text)
    row.secret.click()  # Confidential
    sys.stdout.write("typed\n")
    sys.stdout.flush()


def type_in_visit_when_ready(text: str) -> None:
    """Once the visit's window is open: type its goals, say so."""
    from ui.visit_window import VisitWindow

    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, VisitWindow) and w.isVisible()]
    if not windows:
        QTimer.singleShot(50, lambda: type_in_visit_when_ready(text))
        return
    windows[0].goals.setFocus()
    QTest.keyClicks(windows[0].goals, text)
    sys.stdout.write("typed\n")
    sys.stdout.flush()


def main(data: str, text: str, what: str = "meeting") -> int:
    """Runde as ``runde run`` (or ``runde visit``) starts it, with the typing hand."""
    from ui.main import main as runde

    QApplication(sys.argv[:1])
    if what == "visit":
        QTimer.singleShot(0, lambda: type_in_visit_when_ready(text))
        return runde(["--data-dir", data, "--lang", "en", "visit", "--agent", "Anna", "--colleague", "Bo"])
    QTimer.singleShot(0, lambda: type_when_ready(text))
    return runde(["--data-dir", data, "--lang", "en", "run", "systematic-learning-meeting",
                  "--participants", "Anna,Bo,Cecilie", "--facilitator", "Anna", "--presenter", "Bo"])


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
