"""How a learning visit's window keeps what is typed (:class:`VisitSaving`, a part of
:class:`ui.visit_window.VisitWindow`): written a moment after typing stops, on the app's writes
thread when the data is on a server; what cannot be written waits in memory and in a file on this
computer (app.storage.rescue) and is tried again every :data:`RETRY_MS`; a visit closed with nothing
typed is removed.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QLabel
from shiboken6 import isValid

from app.clock import Clock
from app.storage.api import (
    KeptObservation,
    PendingWrites,
    RescuedVisit,
    ServerUnreachableError,
    StorageError,
    Store,
    discard_blank_visit,
    rescue,
)
from app.visit import VisitData, VisitObservation
from ui.visit_steps import WindowPart

SAVE_DELAY_MS = 600
RETRY_MS = 5000  # a save that failed is tried again after this long
translate = QCoreApplication.translate  # lupdate reads translate("VisitWindow", "...") calls


@dataclass(frozen=True)
class Written:
    """What one write of a visit sent, and how it went (made on the writes' thread, read on the GUI's)."""

    data: VisitData
    waiting: tuple[KeptObservation, ...]
    releases: dict[int, bool]
    stored: list[VisitObservation] | None = None  # the observations as stored now (read after it)
    error: StorageError | None = None


class VisitSaving(WindowPart):
    """The visit's writing: what waits, where it goes, and what the status line says about it.

    The window sets the state below in its ``__init__`` (from the store and from a rescue file)."""

    store: Store
    visit_id: int
    clock: Clock
    background: PendingWrites | None  # on a server: the app's writes thread (None: written here)
    data: VisitData  # what the window says (as last collected)
    observations: list[VisitObservation]  # as stored, with their ids
    saved_label: QLabel
    _save_timer: QTimer
    _tick: QTimer
    _sending: bool  # a write is on the writes' thread
    _again: bool  # something was typed while it was: saved again when it is back
    _unsaved: list[KeptObservation]  # typed, not written yet (shown, kept in the file)
    _releases: dict[int, bool]  # ticks of stored observations not written yet
    _rescue_file: Path | None  # where the waiting edits are kept on this computer
    _stale: bool  # the stored observations could not be read yet
    _closed: bool  # closed: no more tries (the file keeps what waits; opening tries again)
    _gone: bool  # closed with nothing typed: removed, never saved again
    _written_data: VisitData | None  # as last written

    if TYPE_CHECKING:  # the window's own (ui/visit_window.py, ui/visit_observations.py)
        def collect(self) -> VisitData: ...
        def _update_points_note(self) -> None: ...
        def _show_observations(self) -> None: ...

    def save(self, *, wait: bool = False) -> bool:
        """Store what was typed (and say so). What cannot be written now is kept, in memory and in a
        file on this computer, and tried again every :data:`RETRY_MS`; True when all is written.

        With ``background`` (a server) the writing runs there and this returns False at once (the
        status line says when it is written); ``wait``: here and now, as when the window closes.
        (Writing twice is harmless: an observation already stored is not written again.)"""
        self._save_timer.stop()
        if self._gone:
            return True  # removed as blank (closed with nothing typed): nothing to keep
        self.data = self.collect()
        self._update_points_note()
        write = self._write_job()
        if self.background is None:
            return self._written(write())
        if wait:
            return self._written_in_turn(write)
        if self._sending:
            self._again = True
            return False
        self._sending = True
        self.background.run(f"visit:{self.visit_id}", write, self._written_later)
        return False

    def unsaved(self) -> bool:
        """Whether edits wait to be written."""
        return self.data != self._written_data or bool(self._unsaved) or bool(self._releases)

    def _write_job(self) -> Callable[[], Written]:
        """The write of what waits now, to run on any thread (it touches no widget)."""
        data, waiting, releases = self.data, tuple(self._unsaved), dict(self._releases)
        new = data if data != self._written_data else None
        read_back = bool(waiting or releases or self._stale)
        store, visit_id = self.store, self.visit_id

        def write() -> Written:
            try:
                if new is not None or waiting or releases:
                    rescue.write_visit(store, visit_id, new, waiting, releases)
                stored = rescue.stored_observations(store, visit_id) if read_back else None  # with ids
            except StorageError as exc:
                return Written(data, waiting, releases, error=exc)
            return Written(data, waiting, releases, stored)
        return write

    def _written_in_turn(self, write: Callable[[], Written]) -> bool:
        """Write on the writes' thread after the write on its way there (so this, the newer, lands
        last) and wait for it: closing, or quitting."""
        assert self.background is not None
        done: list[Written] = []
        finished = threading.Event()

        def in_turn() -> None:
            try:
                done.append(write())
            finally:
                finished.set()
        # the same key: it takes the place of a write not started yet, else it runs after that one
        self.background.run(f"visit:{self.visit_id}", in_turn, lambda _r: None)
        finished.wait(10)
        self._sending = False
        if not done:  # the network keeps it: kept in the file (the write lands later, or next time)
            label = self.store.server.label() if self.store.server is not None else ""
            self._not_written(ServerUnreachableError(label))
            return False
        return self._written(done[0])

    def _written_later(self, done: Written) -> None:
        """A write on the writes' thread is back (on the GUI thread)."""
        if not isValid(self):
            return  # the window is gone: what waited is in the file
        self._sending = False
        self._written(done)
        if self._again:
            self._again = False
            self._save_timer.start(0)

    def _written(self, done: Written) -> bool:
        if done.error is not None:
            self._not_written(done.error)
            return False
        self._written_data = done.data
        if done.stored is not None:
            self.observations, self._stale = done.stored, False
            sent = {o.key for o in done.waiting}
            self._unsaved = [o for o in self._unsaved if o.key not in sent]
            self._releases = {k: v for k, v in self._releases.items() if done.releases.get(k) != v}
            self._show_observations()
        if self._rescue_file is not None:
            rescue.clear_visit(self.store.paths, self.visit_id)
            self._rescue_file = None
        if not self.unsaved():
            self.saved_label.setText(translate("VisitWindow", "✓ Everything is saved"))
        return True

    def _not_written(self, exc: StorageError) -> None:
        from ui.error_texts import storage_error_text

        if isinstance(exc, ServerUnreachableError):
            self.saved_label.setText(translate("VisitWindow", 
                "Server not reachable: edits are kept on this computer and saved when it is back."))
        else:
            self.saved_label.setText(translate("VisitWindow", "⚠ Not saved yet (%1); Runde keeps trying.")
                                     .replace("%1", storage_error_text(exc)))
        if self.unsaved():
            self._rescue_file = rescue.keep_visit(
                self.store.paths, self.visit_id, self.data if self.data != self._written_data else None,
                tuple(self._unsaved), dict(self._releases), self.clock.wall().astimezone(UTC),
                rescue.database_of(self.store))
        if exc.code == StorageError.VISIT_GONE:
            return  # trying again cannot help: the file keeps what was typed
        if not self._closed and not self.store.closed:  # else the file brings them back (reopened,
            self._save_timer.start(RETRY_MS)  # or at the next start); never two windows writing one visit

    def _kept_edits(self) -> RescuedVisit | None:
        """This visit's edits kept in a file on this computer, the newest copy (None: there is none)."""
        good, _bad = rescue.found_visits(self.store.paths)
        here = rescue.database_of(self.store)
        mine = [r for r in good if r.visit_id == self.visit_id and r.database == here]
        return mine[-1] if mine else None


    def discard_if_blank(self) -> bool:
        """Remove the visit if nothing was typed in it (no names, no plan, no observation, nothing
        waiting to be written): "Learning visit…" opened and closed leaves nothing behind, as a meeting
        closed before it started. True when it is gone (nothing is saved after that)."""
        if self._gone:
            return True
        self._save_timer.stop()
        self.data = self.collect()
        if (not self.data.is_blank() or self.observations or self._unsaved or self._releases
                or self._stale or self._rescue_file is not None):
            return False
        store, visit_id = self.store, self.visit_id

        def discard() -> bool:
            try:
                return discard_blank_visit(store, visit_id)
            except StorageError:
                return False  # an empty visit stays: nothing is lost
        if self.background is None:
            self._gone = discard()
        else:  # on the writes' thread, after a write on its way there
            self.background.run(f"visit:{visit_id}", discard, lambda _r: None)
            self._gone = True
        if self._gone:
            self._closed = True  # no more tries, and no save after it
            self._tick.stop()
            self.visit_id = 0  # no visit now (the database may give its id to the next one made)
        return self._gone
