"""Long work does not look frozen: a busy cursor at once and a worded progress window (connecting to the
team's server, restoring a backup, a year's sheet).

Two shapes, as the work allows:

- :func:`busy` for work that must run on the GUI thread (it reads the database, whose connections stay
  on their own thread): the cursor turns busy, and where the work may be long the progress window is
  shown and painted *before* it starts (nothing can be painted while it runs).
- :func:`run_busy` for work that touches no database (writing a sheet's file): it runs on a worker
  thread while the window stays alive, and the progress window appears only when it takes longer
  than :data:`SHOW_AFTER_MS`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

T = TypeVar("T")
SHOW_AFTER_MS = 300  # quicker work shows the busy cursor only: a window that flashes is worse
POLL_MS = 25


def progress_window(parent: QWidget | None, text: str) -> QProgressDialog:
    """A calm progress window with ``text`` and a moving bar (how long is not known), no Cancel."""
    dialog = QProgressDialog(text, "", 0, 0, parent)
    dialog.setCancelButton(None)  # (the work cannot be stopped half way)
    dialog.setWindowTitle(QApplication.applicationName() or "Runde")
    dialog.setWindowModality(Qt.WindowModality.WindowModal if parent is not None
                             else Qt.WindowModality.ApplicationModal)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setAccessibleName(text)
    return dialog


def finish(dialog: QProgressDialog) -> None:
    """Close the progress window for good (its own timer, which shows it, stopped first)."""
    dialog.reset()
    dialog.close()
    dialog.deleteLater()


@contextmanager
def busy(parent: QWidget | None, text: str, *, window: bool = True) -> Iterator[QProgressDialog | None]:
    """The busy cursor while the block runs on the GUI thread; with ``window``, the progress window
    with ``text`` shown and painted before it starts (without: the cursor alone, for work that is
    quick on this computer's own file)."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    dialog = progress_window(parent, text) if window else None
    try:
        if dialog is not None:  # shown and painted now (timers that are due fire too: only then)
            dialog.show()
            dialog.raise_()
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        yield dialog
    finally:
        if dialog is not None:
            finish(dialog)
        QApplication.restoreOverrideCursor()


def run_busy(parent: QWidget | None, text: str, work: Callable[[], T]) -> T:
    """Run ``work`` (which must not touch the database or any widget) on a worker thread; meanwhile
    the window repaints, the cursor is busy, and after :data:`SHOW_AFTER_MS` the progress window with
    ``text`` appears. Returns what ``work`` returned, or raises what it raised, here."""
    result: list[T] = []
    error: list[BaseException] = []

    def run() -> None:
        try:
            result.append(work())
        except BaseException as exc:  # noqa: BLE001  (raised again on the GUI thread, below)
            error.append(exc)

    worker = threading.Thread(target=run, name="runde-busy", daemon=True)
    dialog = progress_window(parent, text)
    loop = QEventLoop()
    poll = QTimer()
    poll.setObjectName("busy-poll")
    poll.setInterval(POLL_MS)
    poll.timeout.connect(lambda: loop.quit() if not worker.is_alive() else None)
    show = QTimer()
    show.setObjectName("busy-show")
    show.setSingleShot(True)
    show.timeout.connect(dialog.show)
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        worker.start()
        show.start(SHOW_AFTER_MS)
        poll.start()
        if worker.is_alive():
            loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)  # paints; no clicks meanwhile
        worker.join()
    finally:
        poll.stop()
        show.stop()
        finish(dialog)
        QApplication.restoreOverrideCursor()
    if error:
        raise error[0]
    return result[0]
