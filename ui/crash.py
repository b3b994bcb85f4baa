"""Unexpected errors: written to a rotating log file (``AppPaths.log_dir``, at most a few MB, 0600)
with error types, error codes and where in Runde's code they happened, never the text people typed
(no exception's message is written: SQLAlchemy's carry the statement's parameters), and told to the
user in a calm dialog that says what still works and where the log is. Nothing private reaches
stderr: one line names the error's type and the log.

:func:`install` is called once, first thing at start-up (``ui.application.run_gui``): it starts the
log, makes Runde's folders private (app.private; what cannot be changed is logged, start-up goes on)
and sets ``sys.excepthook``, ``threading.excepthook`` and Qt's message handler.
"""

from __future__ import annotations

import contextlib
import errno
import io
import logging
import os
import sqlite3
import sys
import threading
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QObject,
    QtMsgType,
    Signal,
    qFormatLogMessage,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QMessageBox

from app.clock import Clock, SystemClock
from app.paths import AppPaths
from app.private import FILE_MODE, private_dir, private_file, tighten
from app.storage.api import causes
from ui.i18n import tr

LOG_NAME = "runde.log"
MAX_BYTES = 1_000_000  # then runde.log.1 .. .3: 4 MB at most
KEEP = 3
QUIET_S = 60.0  # after the dialog, further errors within this long are only logged
log = logging.getLogger("runde")




class PrivateLogFile(RotatingFileHandler):
    """A rotating log whose files are 0600 from their first byte, whatever the umask."""

    def _open(self) -> io.TextIOWrapper:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_APPEND | os.O_CREAT, FILE_MODE)
        private_file(Path(self.baseFilename))
        return os.fdopen(fd, "a", encoding=self.encoding or "utf-8")


def what(exc: BaseException) -> str:
    """An error without its message: each type in its chain, with a code where one says more
    (SQLite's error name, a server's SQLSTATE, an errno name)."""
    parts = []
    for e in causes(exc):
        code = ""
        if isinstance(e, sqlite3.Error):
            code = str(getattr(e, "sqlite_errorname", "") or "")
        elif isinstance(e, OSError) and e.errno:
            code = errno.errorcode.get(e.errno, str(e.errno))
        elif getattr(e, "sqlstate", None) or getattr(e, "pgcode", None):
            code = str(getattr(e, "sqlstate", None) or getattr(e, "pgcode", None))
        parts.append(f"{type(e).__module__}.{type(e).__qualname__}" + (f" [{code}]" if code else ""))
    return " <- ".join(parts)


def where(exc: BaseException) -> str:
    """Where it happened: file, line and function of each frame (no source, no values)."""
    frames = traceback.extract_tb(exc.__traceback__)
    return "\n".join(f"  {Path(f.filename).name}:{f.lineno} in {f.name}" for f in frames)


class SafeFormatter(logging.Formatter):
    """Log lines whose exceptions show only :func:`what` and :func:`where`."""

    def format(self, record: logging.LogRecord) -> str:
        """As logging does, but never with an exception's text another handler cached on the record."""
        clean = logging.makeLogRecord(record.__dict__)
        clean.exc_text = None
        return super().format(clean)

    def formatException(self, ei: Any) -> str:  # noqa: N802 - logging's name
        exc = ei[1] if isinstance(ei, tuple) else None
        if not isinstance(exc, BaseException):
            return ""
        return f"{what(exc)}\n{where(exc)}"

    def formatStack(self, stack_info: str) -> str:  # noqa: N802 - logging's name
        return ""


class _Notifier(QObject):
    """Shows the dialog on the GUI thread, whichever thread failed."""

    failed = Signal()

    def __init__(self, log_path: Path, clock: Clock | None = None) -> None:
        super().__init__()
        self.log_path = log_path
        self.clock: Clock = clock or SystemClock()
        self.showing = False
        self.last = -QUIET_S
        self.failed.connect(self.tell)

    def tell(self) -> None:
        """The calm dialog (one at a time, and not again within a minute: the log has every one)."""
        now = self.clock.monotonic()
        if self.showing or QApplication.instance() is None or now - self.last < QUIET_S:
            return
        self.showing, self.last = True, now
        try:
            QMessageBox.warning(None, tr("Something went wrong"), tell_text(self.log_path))
        finally:
            self.showing = False


def tell_text(log_path: Path) -> str:
    """What the dialog says."""
    return tr("Something unexpected went wrong inside Runde. What was typed is saved every second, and "
              "the meeting goes on: you can keep working. If something does not work as it should, "
              "close Runde and start it again.") + "\n\n" + tr(
        "A note of what went wrong (without names or notes) is in %1").replace("%1", str(log_path))


_notifier: _Notifier | None = None
_log_path: Path | None = None


def install(paths: AppPaths) -> Path:
    """Start the log, make Runde's folders private, and catch every unexpected error from now on.
    Returns the log file (never raises: without a log folder the errors are only told)."""
    global _notifier, _log_path  # noqa: PLW0603 - one hook per process
    path = paths.log_dir / LOG_NAME
    with contextlib.suppress(OSError):
        private_dir(paths.log_dir)
        handler = PrivateLogFile(path, maxBytes=MAX_BYTES, backupCount=KEEP, encoding="utf-8", delay=True)
        handler.setFormatter(SafeFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        handler.setLevel(logging.WARNING)
        root = logging.getLogger()  # every module's logger (app.storage.pending's...) reaches it
        for old in list(root.handlers):
            if isinstance(old, PrivateLogFile):
                root.removeHandler(old)
                old.close()
        root.addHandler(handler)
    for folder, reason in tighten(paths.private_folders()):
        log.warning("could not make %s readable by this user only: %s", folder, reason)
    _log_path = path
    _notifier = _Notifier(path) if QCoreApplication.instance() is not None else None
    sys.excepthook = on_exception
    threading.excepthook = on_thread_exception
    qInstallMessageHandler(on_qt_message)
    return path


def on_exception(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """``sys.excepthook``: log it, say one line on stderr, and tell the user calmly."""
    if issubclass(kind, KeyboardInterrupt):  # Ctrl+C in a terminal: not a failure
        sys.__excepthook__(kind, exc, None)
        return
    if exc.__traceback__ is None:
        exc = exc.with_traceback(tb)
    log.error("unexpected error: %s\n%s", what(exc), where(exc))  # never exc_info: another handler
    # (pytest's, a second one) would write the whole exception, its message and SQL parameters too
    _flush()
    with contextlib.suppress(Exception):
        sys.stderr.write(f"Runde: an unexpected error ({type(exc).__name__}); see {_log_path}\n")
    if _notifier is not None:
        _notifier.failed.emit()


def on_thread_exception(args: threading.ExceptHookArgs) -> None:
    """``threading.excepthook``: as :func:`on_exception` (the dialog shows on the GUI thread)."""
    if args.exc_value is not None:
        on_exception(args.exc_type, args.exc_value, args.exc_traceback)


def on_qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Qt's messages: critical and fatal ones go to the log too (Qt's own words, no user text); all
    go on to stderr as Qt would print them (``QT_MESSAGE_PATTERN`` honoured: the bundle's smoke test
    reads the time and category of the first paint from it)."""
    if kind in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
        log.error("Qt: %s", message[:300])
        _flush()
    with contextlib.suppress(Exception):
        sys.stderr.write(qFormatLogMessage(kind, context, message) + "\n")


def _flush() -> None:
    for h in logging.getLogger().handlers:
        with contextlib.suppress(Exception):
            h.flush()


def uninstall() -> None:
    """Put back Python's and Qt's own handling and close the log (tests; a second install)."""
    global _notifier  # noqa: PLW0603
    sys.excepthook = sys.__excepthook__
    threading.excepthook = threading.__excepthook__
    qInstallMessageHandler(None)
    root = logging.getLogger()
    for h in list(root.handlers):
        if isinstance(h, PrivateLogFile):
            root.removeHandler(h)
            h.close()
    _notifier = None
