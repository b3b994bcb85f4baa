"""One Runde at a time, politely: a second start on the same data hands what it was asked to the Runde
that is open, which comes to the front, and ends, instead of opening a second window.

The first start takes a lock file (``QLockFile``) in a folder only this user can enter; holding it, it
listens on a local socket there once its first window is painted (QtNetwork loads after the first
paint). A later start finds the lock held, connects, sends its request (:mod:`app.handover`), prints
the answer in words and exits. The lock's and the socket's name comes from the user and the data
folder, so another data folder (``--data-dir``) or another user's Runde is a Runde of its own. The
socket is the messenger only: the data folder's own lock (``app.storage.safety.InstanceLock``) stays
what keeps two processes from writing one database. When no answer comes (an older Runde, one that
hangs) the start goes on as before, and that lock tells the user that Runde is already open.

A crash leaves the lock file and the socket behind: ``QLockFile`` sees that its process is gone, and
the socket is removed before listening (``QLocalServer.removeServer``)."""

from __future__ import annotations

import argparse
import contextlib
import getpass
import logging
import os
import stat
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from PySide6.QtCore import QLockFile, QObject, QTimer

from app.clock import Clock, SystemClock
from app.handover import (
    MAX_BYTES,
    Answer,
    Request,
    decode,
    decode_answer,
    encode,
    encode_answer,
    instance_key,
)
from app.paths import AppPaths
from ui.i18n import tr

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)
CONNECT_WAIT_S = 8.0  # the open Runde may still be before its first paint (not yet listening)
ANSWER_WAIT_MS = 5000  # it answers at once, also while a dialog of its own is open
IDLE_CLIENT_MS = 5000  # a connection that sends no request is let go after this long

Reply = tuple[Answer, Callable[[], None] | None]  # the answer, and what is done once it is sent




@dataclass(frozen=True)
class Place:
    """Where one user's Runde on one data folder keeps its lock file and listens."""

    lock_path: Path
    server_name: str  # a socket's full path (POSIX) or a pipe's name (Windows)


def private_folder() -> Path | None:
    """A folder only this user can enter: the session's runtime folder, else one of Runde's own in the
    temporary folder (made 0700, refused when it is someone else's or others may enter it). Windows:
    the user's own temporary folder. None: none to be had (then every start is a first one)."""
    if sys.platform == "win32":
        return Path(tempfile.gettempdir())
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime and _only_mine(Path(runtime)):
        return Path(runtime)
    own = Path(tempfile.gettempdir()) / f"runde-{os.getuid()}"
    with contextlib.suppress(FileExistsError, OSError):
        own.mkdir(mode=0o700)
    return own if _only_mine(own) else None


def _only_mine(folder: Path) -> bool:
    try:
        st = os.lstat(folder)  # a symbolic link is not followed: it is refused
    except OSError:
        return False
    return stat.S_ISDIR(st.st_mode) and st.st_uid == os.getuid() and not st.st_mode & 0o077


def place_for(paths: AppPaths) -> Place | None:
    """The lock file and the socket of this user's Runde on ``paths``' data folder."""
    folder = private_folder()
    if folder is None:
        return None
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no name for this user id (a container): the folder is the user's own
        user = ""
    name = "runde-" + instance_key(user, os.path.normcase(str(paths.data_dir)))
    return Place(folder / f"{name}.lock", name if sys.platform == "win32" else str(folder / f"{name}.sock"))


def request_of(args: argparse.Namespace) -> Request:
    """What this start was asked, as the open Runde is told it."""
    if args.command == "run":
        return Request("run", format=args.format, participants=args.participants,
                       facilitator=args.facilitator, presenter=args.presenter, team=args.team,
                       screen=args.screen)
    if args.command == "visit":
        return Request("visit", agent=args.agent, colleague=args.colleague)
    return Request("open")


def said(answer: Answer, request: Request) -> str:
    """What a second start prints: what the open Runde did, in words."""
    if answer is Answer.OPENED:
        if request.command == "visit":
            return tr("Runde is already open; the learning visit was opened there.")
        return tr("Runde is already open; the meeting was opened there, ready to start.")
    if answer in (Answer.NO_FORMAT, Answer.NO_FACILITATOR, Answer.BAD_PRESENTER):
        return _refused_run(answer, request)
    return {
        Answer.RAISED: tr("Runde is already open; brought it to the front."),
        Answer.MEETING_OPEN: tr("A meeting is open in Runde; the new one was not started. Runde was "
                                "brought to the front."),
        Answer.VISIT_OPEN: tr("A learning visit is open in Runde; nothing new was started. Runde was "
                              "brought to the front."),
        Answer.BUSY: tr("Runde is open and waits for an answer in one of its windows; nothing new was "
                        "started. Runde was brought to the front."),
        Answer.STARTING: tr("Runde is still starting; nothing new was started. Try again in a moment."),
        Answer.READ_ONLY: tr("Runde is open, but its data is read-only: nothing new can be started. Runde "
                             "was brought to the front."),
    }[answer]


def _refused_run(answer: Answer, request: Request) -> str:
    """Why ``runde run`` was refused, as a fresh ``runde run`` says it."""
    if answer is Answer.NO_FORMAT:
        return tr("There is no format with the id '%1'. Choose one on the start screen.").replace(
            "%1", request.format)
    if answer is Answer.NO_FACILITATOR:
        if request.facilitator:
            return tr("runde run: --facilitator must be one of the names in --participants.")
        return tr("runde run: the format '%1' needs a facilitator: name one of --participants with "
                  "--facilitator NAME.").replace("%1", request.format)
    from app.participants import parse_participants
    from app.typed_names import presenter_indexes

    names = list(parse_participants(request.participants).names)
    return tr("--presenter: '%1' is not one of --participants. Choose the presenters on the start "
              "screen.").replace("%1", presenter_indexes(request.presenter, names)[1] or "")


class SingleInstance(QObject):
    """This start's part: the first one (holds the lock; :meth:`serve` listens), or a later one that
    handed its request over (:attr:`exit_code` is then what this process ends with)."""

    def __init__(self, place: Place | None, lock: QLockFile | None) -> None:
        super().__init__()
        self.place = place
        self._lock = lock
        self.exit_code: int | None = None
        self._server: QLocalServer | None = None
        self._answer: Callable[[Request], Reply] | None = None
        self._buffers: dict[QLocalSocket, bytes] = {}

    @classmethod
    def begin(cls, args: argparse.Namespace, out: TextIO = sys.stdout, err: TextIO = sys.stderr,
              clock: Clock | None = None) -> SingleInstance:
        """Claim this data folder's messenger, or hand this start's request to the Runde that holds it
        and say what it did (``exit_code`` set). Without a private folder, or when the open Runde does
        not answer, this start goes on as a first one (the data folder's lock decides then)."""
        clock = clock if clock is not None else SystemClock()
        place = place_for(AppPaths.create(args.data_dir))
        if place is None:
            return cls(None, None)
        lock = QLockFile(str(place.lock_path))
        lock.setStaleLockTime(0)  # stale only when its process is gone (a meeting lasts for hours)
        deadline = clock.monotonic() + CONNECT_WAIT_S
        while not lock.tryLock(0):
            if lock.error() != QLockFile.LockError.LockFailedError:  # cannot be written: no messenger
                return cls(None, None)
            answer = _ask(place, request_of(args), clock)
            if answer is not None:
                done = cls(place, None)
                done.exit_code = _tell(answer, request_of(args), args, out, err)
                return done
            if clock.monotonic() > deadline:
                log.warning("the open Runde did not answer a second start")
                return cls(None, None)
            time.sleep(0.1)
        return cls(place, lock)

    def serve(self, answer: Callable[[Request], Reply]) -> bool:
        """Listen for later starts (after the first paint); ``answer`` is asked what to do with each.
        False: cannot listen (a later start then goes on as before)."""
        if self.place is None or self._lock is None:
            return False
        from PySide6.QtNetwork import QLocalServer

        self._answer = answer
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)  # this user only
        QLocalServer.removeServer(self.place.server_name)  # a crashed Runde's (the lock is ours)
        if not server.listen(self.place.server_name):
            log.warning("a second start cannot be answered: %s", server.serverError().name)
            return False
        server.newConnection.connect(self._arrived)
        self._server = server
        return True

    def close(self) -> None:
        """Stop listening and let the lock go (at quit)."""
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    def _arrived(self) -> None:
        server = self._server
        while server is not None and server.hasPendingConnections():
            sock = server.nextPendingConnection()
            self._buffers[sock] = b""
            sock.readyRead.connect(lambda s=sock: self._read(s))
            sock.disconnected.connect(lambda s=sock: self._forget(s))
            QTimer.singleShot(IDLE_CLIENT_MS, sock, sock.abort)  # one that never asks is let go
            self._read(sock)  # what came with the connection

    def _forget(self, sock: QLocalSocket) -> None:
        self._buffers.pop(sock, None)
        sock.deleteLater()

    def _read(self, sock: QLocalSocket) -> None:
        if sock not in self._buffers:
            return
        data = self._buffers[sock] + bytes(sock.readAll().data())
        self._buffers[sock] = data
        line, newline, _rest = data.partition(b"\n")
        if not newline:
            if len(data) > MAX_BYTES:
                sock.abort()
            return
        del self._buffers[sock]
        request = decode(line)
        if request is None or self._answer is None:
            sock.abort()
            return
        reply, then = self._answer(request)
        sock.write(encode_answer(reply))
        sock.flush()
        sock.disconnectFromServer()
        if then is not None:
            QTimer.singleShot(0, then)  # after the answer is on its way (``then`` may open a dialog)


def _ask(place: Place, request: Request, clock: Clock) -> Answer | None:
    """Send ``request`` to the Runde listening at ``place``; its answer (None: none listens there yet,
    or no answer came in time)."""
    from PySide6.QtNetwork import QLocalSocket

    if sys.platform == "win32":  # let the open Runde come to the front (Windows allows it the user's app)
        import ctypes

        with contextlib.suppress(AttributeError, OSError):
            ctypes.windll.user32.AllowSetForegroundWindow(-1)  # type: ignore[attr-defined]  # ASFW_ANY
    sock = QLocalSocket()
    sock.connectToServer(place.server_name)
    if not sock.waitForConnected(1000):
        return None
    sock.write(encode(request))
    sock.flush()
    data = b""
    end = clock.monotonic() + ANSWER_WAIT_MS / 1000
    while b"\n" not in data and clock.monotonic() < end:
        if sock.bytesAvailable() or sock.waitForReadyRead(100):
            data += bytes(sock.readAll().data())
        elif sock.state() == QLocalSocket.LocalSocketState.UnconnectedState:
            break
    sock.abort()
    return decode_answer(data.partition(b"\n")[0]) if b"\n" in data else None


def _tell(answer: Answer, request: Request, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Print what the open Runde did, in this start's language; the exit code (0: done as asked)."""
    from app.preferences import load_preferences
    from ui.i18n import install_for_command_line

    translations = install_for_command_line(  # noqa: F841  (kept while the words are made)
        args.lang, load_preferences(AppPaths.create(args.data_dir).settings_path))
    print(said(answer, request), file=out if answer.done else err)
    return 0 if answer.done else 1
