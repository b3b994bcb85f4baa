"""Repaints on the second boundary: a precise single-shot QTimer aimed at the next change.

The engine computes the time; this only decides *when* to look again. It emits
``view_changed`` when the shown second, the phase or anything else on screen may have changed.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from app.engine import Meeting, MeetingView, RunState
from app.timefmt import seconds_to_next_change

SLACK_MS = 4  # land just after the boundary, never just before it


class Ticker(QObject):
    """Polls a :class:`Meeting` exactly when its display changes.

    Signals:
        view_changed(MeetingView): a fresh snapshot to paint.
    """

    view_changed = Signal(object)

    def __init__(self, meeting: Meeting, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.meeting = meeting
        self._timer = QTimer(self)
        self._timer.setObjectName("repaint-timer")
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.refresh)
        self.last_view: MeetingView | None = None
        self._stopped = False

    def set_meeting(self, meeting: Meeting) -> None:
        """Follow another meeting."""
        self.meeting = meeting
        self.refresh()

    def refresh(self) -> MeetingView:
        """Take a snapshot now, emit it, and aim the timer at the next visible change."""
        view = self.meeting.view()
        self.last_view = view
        if self._stopped:  # the windows are gone: a late refresh (a key, a message) paints nothing
            return view
        self.view_changed.emit(view)
        self._timer.start(self._next_delay_ms(view))
        return view

    def stop(self) -> None:
        """No more repaints, for good (the meeting's windows closed or are gone)."""
        self._stopped = True
        self._timer.stop()

    @staticmethod
    def _next_delay_ms(view: MeetingView) -> int:
        if view.state is not RunState.RUNNING:
            return 1000  # the meeting clock and ahead/behind still move while paused
        if view.remaining_s is None:
            wait = seconds_to_next_change(-view.step_elapsed_s)
        else:
            wait = seconds_to_next_change(view.remaining_s)
        return max(1, int(wait * 1000) + SLACK_MS)
