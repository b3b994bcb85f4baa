"""What an earlier run left behind, offered at start: edits that could not be saved and were kept in
a file (app.storage.rescue), of meetings and of learning visits alike, each brought back if the user
agrees through the one flow of :func:`offer_each`; and a meeting that was still running when Runde
stopped, resumed or ended there."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QMessageBox, QWidget

from app.recovery import meeting_from_state
from app.storage.api import RescuedVisit, StorageError, rescue
from ui.error_texts import rescue_not_brought_back_text, rescue_unreadable_text
from ui.i18n import tr
from ui.qt_dates import qdate
from ui.when_text import short_when

if TYPE_CHECKING:  # the Store (SQLAlchemy) loads after the first window is painted
    from app.storage.api import Rescued, Store
    from app.visit import VisitData
    from ui.app_state import AppState


class Kept(Protocol):
    """One file of edits that could not be saved, as :func:`offer_each` offers it."""

    path: Path

    def is_here(self) -> bool:
        """Its meeting or visit is in this database (another's, or one that is gone: left as it is)."""
        ...

    def ask(self) -> bool:
        """Whether the user wants the edits back."""
        ...

    def bring_back(self) -> None:
        """Write the edits into their meeting or visit (StorageError: told, the file stays)."""
        ...

    def discard(self) -> None:
        """The file is done with (brought back, or declined)."""
        ...


def offer_each(kept: Iterable[Kept], unreadable: Iterable[Path], parent: QWidget | None = None) -> int:
    """Offer each kept file: brought back if the user agrees, then its file goes (declined: it goes
    too); one that cannot be written now stays for the next start; one that cannot be read is told.
    Returns how many were brought back."""
    brought = 0
    for item in kept:
        try:
            if not item.is_here():
                continue
            if not item.ask():
                with contextlib.suppress(OSError):
                    item.discard()
                continue
            item.bring_back()
        except StorageError as exc:
            QMessageBox.warning(parent, tr("Edits that were not saved"),
                                rescue_not_brought_back_text(exc, item.path))
            continue
        brought += 1
        with contextlib.suppress(OSError):
            item.discard()
    for path in unreadable:
        QMessageBox.warning(parent, tr("Edits that were not saved"), rescue_unreadable_text(path))
    return brought


class _KeptMeeting:
    """A meeting's edits kept in a file: its capture, measures reviewed, and live state."""

    def __init__(self, rescued: Rescued, store: Store, here: bool, ask: Callable[[str, str], bool]) -> None:
        self.rescued, self.path, self._store, self._here, self._ask = rescued, rescued.path, store, here, ask

    def is_here(self) -> bool:
        return self._here

    def ask(self) -> bool:
        when = short_when(self.rescued.kept)
        return self._ask(when, self.rescued.capture.case_title)

    def bring_back(self) -> None:
        r, store = self.rescued, self._store
        store.save_capture(r.meeting_id, r.capture)
        for uid, status in r.measure_reviews.items():
            store.set_measure_status(uid, status)
        if r.live_state is not None and any(
                u.meeting_id == r.meeting_id for u in store.unfinished_meetings()):
            store.save_live_state(r.meeting_id, r.live_state)

    def discard(self) -> None:
        rescue.discard(self.rescued)


class _KeptVisit:
    """A learning visit's edits kept in a file."""

    def __init__(self, rescued: RescuedVisit, store: Store, ask: Callable[[RescuedVisit, VisitData], bool]
                 ) -> None:
        self.rescued, self.path, self._store, self._ask = rescued, rescued.path, store, ask
        self._stored: VisitData | None = None

    def is_here(self) -> bool:
        self._stored = rescue.visit_is_here(self._store, self.rescued)
        return self._stored is not None

    def ask(self) -> bool:
        visit = self.rescued.data or self._stored
        assert visit is not None
        return self._ask(self.rescued, visit)

    def bring_back(self) -> None:
        rescue.bring_back_visit(self._store, self.rescued)

    def discard(self) -> None:
        rescue.discard(self.rescued)


def offer_rescued(runde: AppState) -> int:
    """Edits of meetings, then of learning visits, kept because they could not be written: brought
    back if the user agrees (``runde.ask_rescued``). Not while the data is read-only: they could not
    be brought back, and stay for a later start. Returns how many were brought back."""
    store = runde.store
    if store is None or store.read_only:
        return 0
    good, bad = rescue.found(runde.paths)
    try:
        known = store.existing_meetings({r.meeting_id for r in good})
    except StorageError:  # cannot be read now: the files stay, offered at the next start
        known = set()
    here = rescue.database_of(store)
    meetings = [_KeptMeeting(r, store, r.database in (None, here) and r.meeting_id in known,
                             runde.ask_rescued) for r in good]
    return offer_each(meetings, bad) + offer_rescued_visits(store)


def offer_rescued_visits(store: Store, ask: Callable[[RescuedVisit, VisitData], bool] | None = None,
                         parent: QWidget | None = None) -> int:
    """A learning visit's edits kept in a file are brought back into the visit if the user agrees
    (``ask(rescued, visit)``, by default a question). A file of another database's visit, or of a
    visit that is gone, is left where it is. Returns how many were brought back."""
    good, bad = rescue.found_visits(store.paths)
    asking = ask if ask is not None else (lambda _r, visit: ask_rescued_visit(visit, parent))
    return offer_each([_KeptVisit(r, store, asking) for r in good], bad, parent)


def ask_rescued(when: str, case: str) -> bool:
    """Whether to bring back a meeting's edits found in a file."""
    text = tr("Some edits of the meeting of %1 could not be saved before Runde closed (%2). "
              "They were kept on this computer. Bring them back into that meeting now?").replace(
        "%1", when).replace("%2", case or tr("no case title"))
    answer = QMessageBox.question(None, tr("Edits that were not saved"), text)
    return answer == QMessageBox.StandardButton.Yes


def ask_rescued_visit(visit: VisitData, parent: QWidget | None) -> bool:
    """Whether to bring back a learning visit's edits found in a file."""
    day = QLocale().toString(qdate(visit.day),
                             QLocale.FormatType.ShortFormat)
    text = QCoreApplication.translate(
        "VisitWindow", "Some edits of the learning visit of %1 (%2 with %3) could not be saved before "
        "Runde closed. They were kept on this computer. Bring them back into that visit now?").replace(
        "%1", day).replace("%2", visit.agent or "–").replace("%3", visit.colleague or "–")
    answer = QMessageBox.question(parent, tr("Edits that were not saved"), text)
    return answer == QMessageBox.StandardButton.Yes


def offer_resume(runde: AppState) -> bool:
    """A meeting was running when Runde stopped: resume it, or end it there (not while the data
    is read-only: it could be neither saved nor ended; asked again once it is writable)."""
    store = runde.store
    if store is None or store.read_only:
        return False
    for unfinished in store.unfinished_meetings():
        fmt = runde.formats.get(unfinished.format_id)
        if fmt is None or store.runs_elsewhere(unfinished):
            continue  # on a server: going on in another room; not this Runde's to resume or end
        here = unfinished.runner in (None, store.computer_id)
        if here and _discard_unstarted(store, unfinished.meeting_id):
            continue  # never started, nothing typed (Runde stopped before Space): not offered
        saved = unfinished.saved or unfinished.started
        gap_min = max(0, round((runde.utc_now() - saved).total_seconds() / 60))
        choice = _ask_resume(here, gap_min)
        if choice == "resume":
            from ui.meeting_start import resume

            resume(runde, fmt, unfinished)
            return True
        if choice == "leave":
            continue  # left for the other computer: nothing changes
        meeting, _gap = meeting_from_state(fmt, unfinished.state, runde.clock)
        meeting.finish()
        titles = {s.id: s.title.get(runde.lang) for s in meeting.format.steps}
        store.finish_meeting(unfinished.meeting_id, meeting.record(), titles)
    return False


def _ask_resume(here: bool, gap_min: int) -> str:
    """"resume", "end" (there, when it stopped) or "leave" (another computer's: as it is)."""
    box = QMessageBox(QMessageBox.Icon.Question, tr("Resume the meeting?"), tr(
        "A meeting was still running when Runde stopped a moment ago. Resume it where it was "
        "(paused, with the time that passed shown), or end it there?") if here and gap_min == 0
        else tr(
        "A meeting was still running when Runde stopped, %n minute(s) ago. Resume it where "
        "it was (paused, with the time that passed shown), or end it there?", "", gap_min) if here
        else tr("A meeting started on another computer has not been saved there for %n minute(s): "
                "Runde there may have stopped. Resume it here (paused, with the time that passed "
                "shown), end it there, or leave it?", "", gap_min))
    resume = box.addButton(tr("Resume"), QMessageBox.ButtonRole.AcceptRole)
    end = box.addButton(tr("End it there"), QMessageBox.ButtonRole.RejectRole)
    box.setEscapeButton(end)  # (as before: Escape ends a meeting this computer left)
    if not here:  # another computer's: Escape leaves it as it is
        box.setEscapeButton(box.addButton(tr("Leave it"), QMessageBox.ButtonRole.NoRole))
    box.exec()
    clicked = box.clickedButton()
    return "resume" if clicked is resume else "end" if clicked is end else "leave"


def _discard_unstarted(store: Store, meeting_id: int) -> bool:
    """Remove a meeting that was never started and holds nothing typed (True: removed)."""
    try:
        return store.discard_unstarted(meeting_id)
    except StorageError:
        return False
