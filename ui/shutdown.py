"""Every way of stopping keeps every edit: SIGTERM, SIGINT (Ctrl+C in the terminal), SIGHUP (the terminal
closed) and the end of the desktop session all go through the app's normal quit, which writes what is
pending (the capture being typed, a visit's window, the live state) before the process exits.

Python runs a signal handler only when the interpreter gets control, and Qt's event loop may sleep in C++
for a long time. ``signal.set_wakeup_fd`` writes a byte to a socket when a signal arrives; a
``QSocketNotifier`` on the other end wakes the loop and lets Python run the handler at once. The handler
asks the app to quit (never raising ``KeyboardInterrupt`` into a Qt callback).

The session ending (logout, shutdown; on Windows the end-session message) is Qt's
``commitDataRequest``: what is pending is written then, while the app still runs (the session manager
may end the process right after it).
"""

from __future__ import annotations

import contextlib
import signal
import socket
from collections.abc import Callable
from types import FrameType

from PySide6.QtCore import QObject, QSocketNotifier, QTimer
from PySide6.QtGui import QGuiApplication, QSessionManager

STOP_SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGINT", "SIGHUP")
                     if hasattr(signal, name))  # (Windows has no SIGHUP)


class ShutdownGuard(QObject):
    """Installed once for the life of the app (:func:`install`); :meth:`uninstall` gives back the
    signal handlers that were there before."""

    def __init__(self, qapp: QGuiApplication, save: Callable[[], None]) -> None:
        super().__init__(qapp)
        self._qapp, self._save = qapp, save
        self.received: list[int] = []  # the stop signals that came, in order
        self._previous: dict[int, object] = {}
        self._old_fd: int | None = None
        self._reader, self._writer = socket.socketpair()
        for end in (self._reader, self._writer):
            end.setblocking(False)
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)
        qapp.commitDataRequest.connect(self._commit_data)

    def install(self) -> None:
        """Handle the stop signals (from the main thread only, as Python requires)."""
        with contextlib.suppress(ValueError, OSError):  # not the main thread: nothing to install
            self._old_fd = signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
            for sig in STOP_SIGNALS:
                self._previous[sig] = signal.signal(sig, self._on_signal)

    def uninstall(self) -> None:
        """The handlers and the wake-up descriptor from before :meth:`install`."""
        with contextlib.suppress(ValueError, OSError, TypeError):
            for sig, old in self._previous.items():
                signal.signal(sig, old)  # type: ignore[arg-type]
            signal.set_wakeup_fd(self._old_fd if self._old_fd is not None else -1)
        self._previous.clear()
        self._notifier.setEnabled(False)
        self._reader.close()
        self._writer.close()

    def _on_signal(self, signum: int, _frame: FrameType | None) -> None:
        """A stop signal: the app's normal quit, from the event loop (safe even before it runs)."""
        self.received.append(signum)
        QTimer.singleShot(0, self._qapp.quit)

    def _drain(self) -> None:
        """The wake-up bytes are read (Python has run the handler by the time this slot runs)."""
        with contextlib.suppress(OSError):
            while self._reader.recv(64):
                pass

    def _commit_data(self, _manager: QSessionManager) -> None:
        """The desktop session ends: write what is pending now."""
        self._save()


def install(qapp: QGuiApplication, save: Callable[[], None]) -> ShutdownGuard:
    """Make SIGTERM, SIGINT and SIGHUP quit the app normally, and the session's end save ``save``."""
    guard = ShutdownGuard(qapp, save)
    guard.install()
    return guard
