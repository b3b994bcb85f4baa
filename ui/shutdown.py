"""Every way of stopping keeps every edit: SIGTERM, SIGINT (Ctrl+C in the terminal), SIGHUP (the terminal
closed) and the end of the desktop session all go through the app's normal quit, which writes what is
pending (the capture being typed, a visit's window, the live state) before the process exits.

Python runs a signal handler only when the interpreter gets control, and Qt's event loop may sleep in C++
for a long time. ``signal.set_wakeup_fd`` writes a byte to a socket when a signal arrives; a
``QSocketNotifier`` on the other end wakes the loop and lets Python run the handler at once. The handler
asks the app to quit (never raising ``KeyboardInterrupt`` into a Qt callback).

The session ending (logout, shutdown) is Qt's ``commitDataRequest``: what is pending is written then,
while the app still runs (the session manager may end the process right after it, without a quit).
Qt documents it as the signal "emitted when the QSessionManager wants the application to commit all
its data", in which the application must not exit and may not interact with the user unless the
manager allows it (https://doc.qt.io/qt-6/qguiapplication.html#commitDataRequest,
https://doc.qt.io/qt-6/qsessionmanager.html). The handler connected to it is :func:`commit_data`.

On Windows the end-session messages arrive the same way, so no Windows code is needed here: Qt's
Windows platform plugin (``qwindowscontext.cpp``) answers ``WM_QUERYENDSESSION`` by emitting
``commitDataRequest`` (through ``QGuiApplicationPrivate::commitData``) and ``WM_ENDSESSION`` by
emitting ``aboutToQuit`` and calling ``QGuiApplication::quit()``. ``aboutToQuit`` is connected to the
app's normal quit (``ui/application.py``), which writes what is pending again and closes the
database; the process may be ended right after either message, and each has written everything.
"""

from __future__ import annotations

import contextlib
import signal
import socket
from collections.abc import Callable
from types import FrameType
from typing import Protocol

from PySide6.QtCore import QObject, QSocketNotifier, QTimer
from PySide6.QtGui import QGuiApplication, QSessionManager

STOP_SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGINT", "SIGHUP")
                     if hasattr(signal, name))  # (Windows has no SIGHUP)


class SessionManagerLike(Protocol):
    """What :func:`commit_data` uses of the QSessionManager that ``commitDataRequest`` sends."""

    def setRestartHint(self, hint: QSessionManager.RestartHint) -> None: ...  # noqa: N802 (Qt's name)


def commit_data(manager: SessionManagerLike, save: Callable[[], None]) -> None:
    """The desktop session ends (``commitDataRequest``): write what is pending, now.

    Nothing is asked (no interaction: the manager may not allow it, and nothing is left to ask
    about) and nothing is closed: another program may still cancel the logout, and Runde then goes
    on as before. The session is asked not to start Runde again at the next login: it opens when
    someone starts a meeting, and a restored Runde would open unasked, on a shared computer even for
    whoever logs in next.
    """
    save()
    manager.setRestartHint(QSessionManager.RestartHint.RestartNever)


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
        qapp.commitDataRequest.connect(self.commit_data)

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

    def commit_data(self, manager: SessionManagerLike) -> None:
        """Connected to ``commitDataRequest`` (one QSessionManager argument): :func:`commit_data`."""
        commit_data(manager, self._save)


def install(qapp: QGuiApplication, save: Callable[[], None]) -> ShutdownGuard:
    """Make SIGTERM, SIGINT and SIGHUP quit the app normally, and the session's end save ``save``."""
    guard = ShutdownGuard(qapp, save)
    guard.install()
    return guard
