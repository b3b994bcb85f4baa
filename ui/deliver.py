"""Hands work from a background thread back to the GUI thread (app.storage.pending's
BackgroundWrites calls ``deliver(fn)`` on its own thread; ``fn`` then runs in the event loop)."""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal, Slot


class Deliverer(QObject):
    """``deliver(fn)`` from any thread: ``fn()`` runs on this object's thread, in its event loop."""

    _call = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._call.connect(self._run, Qt.ConnectionType.QueuedConnection)

    def __call__(self, fn: Callable[[], None]) -> None:
        with contextlib.suppress(RuntimeError):  # the GUI is gone (quitting): nowhere to show it
            self._call.emit(fn)

    @Slot(object)
    def _run(self, fn: Callable[[], None]) -> None:
        fn()
