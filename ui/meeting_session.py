"""Keeps a running meeting stored: the live state for crash recovery, the capture as it is typed,
and the actual course when it ends. Writes that fail are kept and retried (nothing typed is lost)."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QObject, QTimer

from app.capture import Capture
from app.engine import MeetingRecord, MeetingView, meeting_to_state
from app.rotation import TurnStatus
from app.since_last import is_since_last
from app.storage.pending import PendingWrites
from app.storage.store import StorageError, Store
from ui.capture_panel import CapturePanel
from ui.error_texts import storage_error_text
from ui.meeting_controller import MeetingController

LIVE_SAVE_MS = 5000


class MeetingSession(QObject):
    """Connects one meeting's controller and capture panel to the store."""

    def __init__(self, ctl: MeetingController, store: Store, meeting_id: int, panel: CapturePanel,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctl, self.store, self.meeting_id, self.panel = ctl, store, meeting_id, panel
        self.pending = PendingWrites()
        self._passes_seen: set[str] = set()
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
        ctl.console.add_capture(panel)
        panel.set_since_last_step(any(is_since_last(s) for s in ctl.meeting.format.steps))
        self._show_state()

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
        self.pending.put("capture", lambda: self.store.save_capture(self.meeting_id, cap))
        self._show_state()

    def save_live(self) -> None:
        """Store the engine's state so a crash or kill can be resumed."""
        state = meeting_to_state(self.ctl.meeting)
        self.pending.put("live", lambda: self.store.save_live_state(self.meeting_id, state))
        self.pending.flush()
        with contextlib.suppress(StorageError, OSError):
            self.store.maybe_backup()
        self._show_state()

    def finish(self, record: MeetingRecord) -> None:
        """Keep the actual course; the meeting is no longer live."""
        self.panel.flush()
        titles = {s.id: s.title.get(self.ctl.lang) for s in self.ctl.meeting.format.steps}
        self.pending.put("finish", lambda: self.store.finish_meeting(self.meeting_id, record, titles))
        self._timer.stop()
        self._show_state()

    def close(self) -> None:
        """At quit: everything typed is written, or the user is told it could not be."""
        self.panel.flush()
        if self.ctl.meeting.state.value != "finished":
            self.save_live()
        self.pending.flush()

    def _show_state(self) -> None:
        if len(self.pending) == 0:
            self.ctl.console.set_save_text(self.tr("✓ Everything is saved"))
        else:
            self.ctl.console.set_save_text(self.tr(
                "⚠ Not saved yet (%1). Kept in memory; Runde keeps trying.").replace(
                "%1", storage_error_text(self.pending.last_exception) if self.pending.last_exception
                else self.pending.last_error or ""))
