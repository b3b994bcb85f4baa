"""What the open Runde does when it is started again on the same data (``ui.single_instance`` brings
the request). What a user expects, decided here:

- ``runde`` (the desktop icon clicked again): the open window comes to the front: the question that
  waits for an answer, else the meeting (its console; the room's view on one screen), the learning
  visit, the start screen.
- ``runde run FORMAT --participants …``: when only the start screen is open, the meeting opens from
  it, ready to start, as ``runde run`` opens it on a fresh start. What was typed on the start screen
  stays there, behind the meeting (it is not filled in over: that would lose it), and a meeting
  closed before it starts leaves nothing behind. When a meeting or a learning visit is open, or a
  question waits for an answer, nothing new is started: that window comes to the front and says so.
  A format id, a presenter or a facilitator that is not there is refused in words, as on a fresh start.
- ``runde visit …``: the same, with the learning visit's check-in.

The meeting opens in the open Runde's language and with its data: a second start's ``--lang`` is
its own for the words it prints, its ``--database`` is not used.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QWidget

from app.handover import Answer, Request
from app.participants import parse_participants
from ui.i18n import tr
from ui.single_instance import Reply, said

if TYPE_CHECKING:
    from ui.app_state import AppState

NOTE_MS = 30_000  # how long a console's status line shows what a second start asked




def answer(runde: AppState, request: Request) -> Reply:
    """What to answer a second start, and what to do once the answer is sent."""
    front = front_window(runde)
    if request.command == "open":
        return Answer.RAISED, lambda: bring_to_front(front)
    refused = _refusal(runde, request)
    if refused is not None:
        return refused, lambda: _refused(front, refused, request)
    if request.command == "visit":
        return Answer.OPENED, lambda: bring_to_front(runde.open_visit(request.agent, request.colleague))
    return Answer.OPENED, lambda: _run(runde, request)


def _refusal(runde: AppState, request: Request) -> Answer | None:
    """Why a new meeting or visit cannot start now (None: it can)."""
    return _occupied(runde) or (_unknown_in_run(runde, request) if request.command == "run" else None)


def _occupied(runde: AppState) -> Answer | None:
    """What is going on in Runde that a new meeting or visit must not push aside."""
    if QApplication.activeModalWidget() is not None:
        return Answer.BUSY
    if runde.store is None:
        return Answer.STARTING
    if runde.controller is not None:
        return Answer.MEETING_OPEN
    if runde.visit_window is not None and runde.visit_window.isVisible():
        return Answer.VISIT_OPEN
    return Answer.READ_ONLY if runde.store.read_only else None


def _unknown_in_run(runde: AppState, request: Request) -> Answer | None:
    """A format or a presenter that is not there (refused as a fresh ``runde run`` refuses it)."""
    from app.typed_names import presenter_indexes

    fmt = runde.formats.get(request.format)
    if fmt is None:
        return Answer.NO_FORMAT
    names = list(parse_participants(request.participants).names)
    if fmt.requires_facilitator and request.facilitator not in names:
        return Answer.NO_FACILITATOR
    return Answer.BAD_PRESENTER if presenter_indexes(request.presenter, names)[1] else None


def _run(runde: AppState, request: Request) -> None:
    """The meeting, as ``runde run`` with the second start's options opens it."""
    runde.args = argparse.Namespace(**{
        **vars(runde.args), "command": "run", "format": request.format,
        "participants": request.participants, "facilitator": request.facilitator,
        "presenter": request.presenter, "team": request.team, "screen": request.screen})
    ctl = runde.run_command()
    if ctl is not None:
        bring_to_front(ctl.console if ctl.console.isVisible() else ctl.room)


def _refused(front: QWidget | None, refused: Answer, request: Request) -> None:
    """Nothing new started: the window in front, saying why where it has room for it."""
    bring_to_front(front)
    if refused in (Answer.BUSY, Answer.STARTING) or front is None:
        return  # a question is open already; or nothing to say it in yet
    if refused in (Answer.MEETING_OPEN, Answer.VISIT_OPEN):
        if isinstance(front, QMainWindow):  # the console, the visit (never the room's view: projected)
            front.statusBar().showMessage(
                tr("Runde was started again: nothing new was started while this meeting is open.")
                if refused is Answer.MEETING_OPEN else
                tr("Runde was started again: nothing new was started while this learning visit is open."),
                NOTE_MS)
        return
    QMessageBox.warning(front, tr("Runde"), said(refused, request))


def front_window(runde: AppState) -> QWidget | None:
    """The window a user means by "Runde": a question waiting for an answer, else the meeting, the
    learning visit, the start screen, History, whatever else is open."""
    modal = QApplication.activeModalWidget()
    if modal is not None:
        return modal
    ctl = runde.controller
    if ctl is not None:
        return ctl.console if ctl.console.isVisible() else ctl.room
    for window in (runde.visit_window, runde.start_screen, runde.history, runde.format_editor,
                   runde.settings_dialog):
        if window is not None and window.isVisible():
            return window
    shown = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.isWindow()]
    return shown[0] if shown else runde.start_screen


def bring_to_front(window: QWidget | None) -> None:
    """Shown (a minimised window restored), raised and made the active window."""
    if window is None:
        return
    if window.isMinimized():
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()
