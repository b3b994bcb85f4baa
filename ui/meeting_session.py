"""Keeps a running meeting stored: the live state for crash recovery, the capture as it is typed,
and the actual course when it ends. Writes that fail are kept and retried (nothing typed is lost)."""

from __future__ import annotations

import contextlib
from dataclasses import replace
from datetime import UTC
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from app.capture import Capture, Measure, TextItem
from app.clock import Clock
from app.engine import MeetingRecord, MeetingView, RunState
from app.formats import StepKind
from app.recovery import meeting_to_state
from app.rotation import TurnStatus
from app.since_last import is_since_last
from app.storage.api import Conflict, PendingWrites, SaveResult, ServerUnreachableError, StorageError, Store
from ui.capture_panel import CapturePanel
from ui.error_texts import storage_error_text
from ui.keys import Action
from ui.meeting_controller import MeetingController
from ui.meeting_end import count_captured

LIVE_SAVE_MS = 5000


class MeetingSession(QObject):
    """Connects one meeting's controller and capture panel to the store."""

    def __init__(self, ctl: MeetingController, store: Store, meeting_id: int, panel: CapturePanel,
                 parent: QObject | None = None, pending: PendingWrites | None = None) -> None:
        super().__init__(parent)
        self.ctl, self.store, self.meeting_id, self.panel = ctl, store, meeting_id, panel
        # on a server the app's BackgroundWrites: written off the GUI thread, so the room's countdown
        # never waits for the network; on the local file written at once
        self.pending = pending if pending is not None else PendingWrites()
        self._keys = {k: f"{k}:{meeting_id}" for k in ("capture", "live", "finish")}
        self._puts = 0  # captures sent to be written: a read from before the last one is stale
        self._rescue_file: Path | None = None  # where the waiting edits are kept on this computer
        self._reviews: dict[str, str] = {}  # last time's measures marked done or dropped, not written yet
        self._kept: object = None  # what the rescue file holds (not written again while unchanged,
        self._kept_at = 0.0  # except to keep its live state as fresh as the store's: every 5 s)
        self._conflicts: list[Conflict] = []
        self._asking = False
        self.ask_conflict = self._ask_conflict  # how a conflict is put to the user (tests answer it)
        self._passes_seen: set[str] = set()
        self.sheet_dialog: QWidget | None = None  # the last sheet's preview (Make the sheet…)
        self._timer = QTimer(self)
        self._timer.setObjectName("live-save-timer")
        self._timer.setInterval(LIVE_SAVE_MS)
        self._timer.timeout.connect(self.save_live)
        self._timer.start()
        ctl.console.destroyed.connect(self._timer.stop)
        panel.changed.connect(self.save_capture)
        panel.save_now.connect(panel.flush)
        ctl.ticker.view_changed.connect(self._follow)
        ctl.keys.triggered.connect(lambda _a: self.save_live())
        ctl.console.action.connect(lambda _a: self.save_live())
        ctl.finished.connect(self.finish)
        panel.changed.connect(lambda _cap: self.show_captured())
        ctl.console.fill_requested.connect(panel.focus_field)
        panel.pass_requested.connect(lambda: ctl.on_action(Action.PASS))  # the same pass as P
        panel.pass_requested.connect(self.save_live)
        ctl.console.sheet_requested.connect(self.make_sheet)
        ctl.console.add_capture(panel)
        panel.set_since_last_step(any(is_since_last(s) for s in ctl.meeting.format.steps))
        self.show_state()

    @property
    def clock(self) -> Clock:
        """The meeting's clock (the app's: a laptop's sleep counts), for every reading of "now"."""
        return self.ctl.meeting.clock

    def _follow(self, view: MeetingView) -> None:
        self.panel.follow_step(view.step)
        rnd = view.round
        self.panel.set_speaker(rnd.speaker.name if rnd and rnd.speaker else None)
        if rnd is not None:
            for t in rnd.turns:
                if t.status is TurnStatus.PASSED and t.name not in self._passes_seen:
                    self._passes_seen.add(t.name)
                    self.panel.record_pass(t.name)

    def save_capture(self, cap: Capture) -> None:
        """Store what was typed (or keep it until writing works again)."""
        self.pending.put(self._keys["capture"], lambda: self.store.save_capture(self.meeting_id, cap),
                         lambda result: self._saved(cap, result))
        self._puts += 1  # after the put: a poll's read (on the writes' thread) sees one or the other
        self.show_state()

    def _saved(self, sent: Capture, result: SaveResult) -> None:
        """Show what came from another computer; ask about what was changed on both."""
        if result.stored is not None:  # the user's own text stays shown until they choose
            asking = {c.item_id for c in result.conflicts}
            before_p = {p.id: p for p in sent.learning_points}
            before_m = {x.id: x for x in sent.measures}
            self.panel.show_items(
                [p for p in result.stored.learning_points if before_p.get(p.id) != p and p.id not in asking],
                [x for x in result.stored.measures if before_m.get(x.id) != x and x.id not in asking])
        if result.conflicts:
            self._conflicts += [c for c in result.conflicts if c.uid not in {k.uid for k in self._conflicts}]
            QTimer.singleShot(0, self._resolve_conflicts)

    def review_measure(self, uid: str, status: str) -> None:
        """Last time's measure marked done or dropped: written like the meeting's own edits (kept,
        in the meeting's rescue file too, and tried again while it cannot be written)."""
        self._reviews[uid] = status
        self.pending.put(f"measure:{uid}", lambda: self.store.set_measure_status(uid, status),
                         lambda _r: self._reviewed(uid, status))
        self.show_state()

    def _reviewed(self, uid: str, status: str) -> None:
        if self._reviews.get(uid) == status:  # (not changed again meanwhile)
            del self._reviews[uid]
        self.show_state()

    def retry(self) -> None:
        """Try the waiting writes again (a server that is back), and say how it stands."""
        if self.waiting():
            self.pending.retry()
            self.show_state()

    def read_for_refresh(self) -> tuple[int, Capture] | None:
        """What :meth:`show_from_store` shows, read on the background thread of a poll (after the
        writes sent before it); None while edits of this meeting wait to be written."""
        puts = self._puts
        if any(k in self.pending for k in self._keys.values()):  # (not waiting(): its reviews are
            return None  # the GUI thread's; show_from_store checks everything again there)
        try:
            return puts, self.store.capture(self.meeting_id)
        except StorageError:
            return None

    def show_from_store(self, read: tuple[int, Capture] | None) -> None:
        """Show the points and measures stored (``read`` by :meth:`read_for_refresh`) that differ
        from what is shown; not when something was typed since the read (its save shows the rest)."""
        if read is None:
            return
        self.panel.flush()
        puts, cap = read
        if puts != self._puts or self.waiting():
            return
        shown_p = {p.id: p for p in self.panel.capture.learning_points}
        shown_m = {x.id: x for x in self.panel.capture.measures}
        self.panel.show_items([p for p in cap.learning_points if p.text.strip() and shown_p.get(p.id) != p],
                              [x for x in cap.measures if x.text.strip() and shown_m.get(x.id) != x])

    def _resolve_conflicts(self) -> None:
        if self._asking:
            return
        self._asking = True
        try:
            while self._conflicts:
                conflict = self._conflicts.pop(0)
                if self.ask_conflict(conflict):
                    self.store.keep_mine(conflict)
                else:
                    self._take_theirs(conflict)
            self.panel.flush()
            self.save_capture(self.panel.capture)
        finally:
            self._asking = False

    def _take_theirs(self, conflict: Conflict) -> None:
        theirs = conflict.theirs
        if isinstance(theirs, TextItem):
            self.panel.show_items([theirs], [])
        elif isinstance(theirs, Measure):
            self.panel.show_items([], [theirs])

    def _ask_conflict(self, conflict: Conflict) -> bool:
        """True: keep mine."""
        box = QMessageBox(self.ctl.console)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Changed elsewhere"))
        what = (self.tr("This learning point was changed on another computer while you were editing it.")
                if conflict.kind == "point" else
                self.tr("This measure was changed on another computer while you were editing it."))
        box.setText(what)
        box.setInformativeText(self.tr("On the other computer: %1\nHere: %2").replace(
            "%1", conflict.theirs.text).replace("%2", conflict.mine.text))
        mine = box.addButton(self.tr("Keep mine"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Take theirs"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is mine

    def save_live(self) -> None:
        """Store the engine's state so a crash or kill can be resumed (not once it has ended: the key that
        ended it must not make the finished meeting live again)."""
        if self.ctl.meeting.state is RunState.FINISHED:
            self.show_state()
            return
        state = meeting_to_state(self.ctl.meeting)
        self.pending.put(self._keys["live"], lambda: self.store.save_live_state(self.meeting_id, state))
        with contextlib.suppress(StorageError, OSError):
            self.store.maybe_backup()
        self.show_state()

    def finish(self, record: MeetingRecord) -> None:
        """Keep the actual course; the meeting is no longer live."""
        self.panel.flush()
        titles = {s.id: s.title.get(self.ctl.lang) for s in self.ctl.meeting.format.steps}
        self.pending.put(self._keys["finish"],
                         lambda: self.store.finish_meeting(self.meeting_id, record, titles))
        self._timer.stop()
        self.show_state()
        self.show_captured()

    def show_captured(self) -> None:
        """Once the meeting has ended, the console counts what was captured (again as it is typed)."""
        if self.ctl.meeting.state is not RunState.FINISHED:
            return
        has_round = any(s.kind is StepKind.ROUND for s in self.ctl.meeting.format.steps)
        self.ctl.console.show_captured(count_captured(self.panel.capture, len(self.panel.question_ticks),
                                                      has_round))

    def make_sheet(self) -> QWidget | None:
        """Make the sheet… : the export preview of this meeting, from what is stored (everything typed
        is written first), as History makes it. None: it cannot be read now (said in a message)."""
        from app.export.assemble import meeting_sheet
        from ui.export_dialog import ExportDialog

        self.panel.flush()
        self.pending.flush()
        try:
            sheet = meeting_sheet(self.store, self.meeting_id, self.clock.wall().astimezone(UTC))
        except (StorageError, KeyError) as exc:
            QMessageBox.warning(self.ctl.console, self.tr("The sheet cannot be made now"), self.tr(
                "The meeting cannot be read to make its sheet: %1 Everything typed is kept; try again "
                "in a moment.").replace("%1", storage_error_text(exc) if isinstance(exc, StorageError)
                                        else self.tr("it is not in the database.")))
            return None
        dialog = ExportDialog(sheet, self.ctl.console)
        dialog.show()
        self.sheet_dialog = dialog
        return dialog

    def discard_if_untouched(self) -> bool:
        """At quit, a meeting that was never started and where nothing was typed is removed (it is not
        offered to resume nor exported as the latest meeting). True when removed: nothing is left
        to write."""
        if (self.ctl.meeting.state is not RunState.READY or self._reviews
                or replace(self.panel.capture, presenters=()) != Capture()):
            return False
        try:
            gone = self.store.discard_unstarted(self.meeting_id)
        except StorageError:
            return False  # kept (and saved as usual): the next start removes it
        if gone:
            self._timer.stop()
            with contextlib.suppress(OSError):
                from app.storage.api import rescue

                rescue.clear(self.store.paths, self.meeting_id)
        return gone

    def close(self) -> None:
        """At quit: everything typed is written, or the user is told it could not be."""
        self.panel.flush()
        if self.ctl.meeting.state.value != "finished":
            self.save_live()
        self.pending.flush()  # on a server: waits (a few seconds at most) for them to be written
        self._keep_on_disk(everything=True)  # not written: the next start offers them back from the file

    def waiting(self) -> int:
        """This meeting's writes not yet written (on their way, or kept after a failure)."""
        return (sum(k in self.pending for k in self._keys.values())
                + sum(f"measure:{uid}" in self.pending for uid in self._reviews))

    def _keep_on_disk(self, everything: bool = False) -> None:
        """Edits waiting in memory are also kept in a file (app.storage.rescue), so quitting or a
        kill before they are written loses nothing; the file goes once they are written."""
        from app.storage.api import rescue

        if self.waiting() == 0:
            if self._rescue_file is not None:
                rescue.clear(self.store.paths, self.meeting_id)
                self._rescue_file = None
            return
        if not (self.pending.failed or everything):
            return  # on its way to the server, not kept back by a failure
        live = None if self.ctl.meeting.state.value == "finished" else meeting_to_state(self.ctl.meeting)
        reviews = {uid: st for uid, st in self._reviews.items() if f"measure:{uid}" in self.pending}
        content = (self.panel.capture, reviews)
        if (self._rescue_file is not None and content == self._kept
                and self.clock.monotonic() - self._kept_at < LIVE_SAVE_MS / 1000):
            return  # the file holds it, with a live state fresh enough (show_state runs at every poll)
        now = self.clock.wall().astimezone(UTC)
        self._rescue_file = rescue.keep(self.store.paths, self.meeting_id, self.panel.capture, live, now,
                                        reviews, rescue.database_of(self.store))
        self._kept, self._kept_at = content, self.clock.monotonic()

    def show_state(self) -> None:
        self._keep_on_disk()
        if len(self.pending) == 0:
            self.ctl.console.set_save_text(self.tr("✓ Everything is saved"))
        elif not self.pending.failed:
            return  # on its way to the server: the line changes when it is written, or fails
        elif isinstance(self.pending.last_exception, ServerUnreachableError):
            self.ctl.console.set_save_text(self.tr(
                "Server not reachable: edits are kept on this computer and saved when it is back."))
        else:
            self.ctl.console.set_save_text(self.tr(
                "⚠ Not saved yet (%1). Kept in memory; Runde keeps trying.").replace(
                "%1", storage_error_text(self.pending.last_exception) if self.pending.last_exception
                else self.pending.last_error or ""))
