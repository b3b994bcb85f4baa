"""Working offline: the team server could not be reached at start, so Runde works in this computer's
own file, notes what is made there (app.storage.offline), and offers to send it to the server at a
later start that reaches it. Whatever goes wrong is told; start-up never stops for it."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from ui.error_texts import storage_error_text
from ui.i18n import tr
from ui.when_text import short_when

if TYPE_CHECKING:
    from app.storage.api import OfflineNote, Store
    from ui.app_state import AppState

log = logging.getLogger(__name__)


def made_offline(runde: AppState, kind: str, row_id: int, key: str) -> None:
    """A meeting or visit was made while offline: noted, to be sent to the server later."""
    from app.atomic import ExportError
    from app.storage.api import offline

    if runde.offline is None:
        return
    try:
        runde.offline = offline.record(runde.paths, runde.offline.server, kind, row_id, key,
                                       now=runde.utc_now)  # the app's one clock, in UTC as stored
    except (offline.OfflineNoteError, ExportError) as exc:
        QMessageBox.warning(None, tr("Work done offline"), tr(
            "Runde cannot note this for sending to the team server later: %1. It is kept in this "
            "computer's own file; “runde move-team” can bring a team's history to the server.").replace(
            "%1", str(exc)))


def offline_text(note: OfflineNote | None) -> str:
    """The line shown while working offline ("" when not)."""
    if note is None:
        return ""
    return tr("Working offline, in this computer's own file: the team server %1 could not be reached. "
              "What you do now is sent to it the next time Runde starts and reaches it.").replace(
        "%1", note.server)


def offer_offline_sent(runde: AppState) -> int:
    """On the server again: what was made offline on this computer is offered for sending (asked
    at every start until sent). Returns how many meetings and visits were sent. Never stops
    start-up: whatever goes wrong is told, and the note stays for the next start."""
    from app.storage.api import Store, offline

    store = runde.store
    if store is None or store.server is None:
        return 0
    try:
        note = offline.read_note(runde.paths, store.server.label())
    except offline.OfflineNoteError as exc:
        QMessageBox.warning(None, tr("Work done offline"), tr(
            "Runde cannot read its note of what was done offline on this computer (%1). Nothing "
            "was sent; the note is left as it is.").replace("%1", str(exc)))
        return 0
    if note is None:
        return 0  # nothing waits for this server (a note for another one stays for that one)
    try:
        local = Store.open(runde.paths, runde.utc_now, lock=False)
    except Exception as exc:  # noqa: BLE001  (damaged, too new, unreadable: told, never fatal here)
        return _failed(exc, tr(
            "The work done offline cannot be read from this computer's own file: %1. Nothing was "
            "sent; Runde asks again at the next start."))
    try:
        return _send(runde, local, store, note)
    except Exception as exc:  # noqa: BLE001  (a bug or a surprise must not stop start-up)
        return _failed(exc, tr(
            "The work done offline could not be sent: %1. Nothing was sent; Runde asks again "
            "at the next start."))
    finally:
        local.close()


def _failed(exc: BaseException, text: str) -> int:
    """Tell why the work done offline was not sent (and log it): nothing was sent."""
    log.warning("the work done offline was not sent", exc_info=exc)
    QMessageBox.warning(None, tr("Work done offline"), text.replace("%1", storage_error_text(exc)))
    return 0


def _send(runde: AppState, local: Store, store: Store, note: OfflineNote) -> int:
    """Ask, send, tell (:func:`offer_offline_sent` catches the rest)."""
    from app.atomic import ExportError
    from app.storage.api import offline

    count = offline.waiting(local, note)
    if not count:  # offline, but nothing was made (or it is gone): nothing to send
        offline.sent(runde.paths, note.server, runde.utc_now())
        return 0
    what = offline_counts(count.meetings, count.visits)
    when = short_when(note.began)
    if not runde.ask_send_offline(what, when):
        return 0
    try:
        sent = offline.send(local, store, note, runde.utc_now())
    except (ExportError, offline.OfflineNoteError) as exc:  # sent; the note stays (harmless again)
        QMessageBox.warning(None, tr("Work done offline"), tr(
            "The work done offline was sent, but its note could not be set aside (%1). Runde "
            "will offer it again; sending it again changes nothing.").replace("%1", str(exc)))
        return 0
    QMessageBox.information(None, tr("Work done offline"), tr(
        "Sent to the team server: %1. It is in the team's history there now; this computer "
        "keeps its own copy.").replace("%1", offline_counts(sent.meetings, sent.visits)))
    return sent.meetings + sent.visits


def offline_counts(meetings: int, visits: int) -> str:
    """"2 meetings and 1 learning visit", "1 learning visit" (no part that is none)."""
    parts = ([tr("%n meeting(s)", "", meetings)] if meetings else []) + (
        [tr("%n learning visit(s)", "", visits)] if visits else [])
    if len(parts) == 2:
        return tr("%1 and %2").replace("%1", parts[0]).replace("%2", parts[1])
    return parts[0] if parts else tr("nothing new")


def ask_send_offline(what: str, when: str) -> bool:
    """Send what was made offline now (True) or at a later start."""
    box = QMessageBox(QMessageBox.Icon.Question, tr("Send the work done offline?"), tr(
        "While the team server could not be reached (from %1), Runde worked in this computer's own "
        "file: %2. Send it to the team server now? Nothing is removed from this computer.").replace(
        "%1", when).replace("%2", what))
    send = box.addButton(tr("Send now"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(tr("Later"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(send)
    box.exec()
    return box.clickedButton() is send
