"""The limits of the meeting's capture panel (:class:`CaptureLimits`, a part of
:class:`ui.capture_panel.CapturePanel`): the meeting's typed text in all held within
``MAX_MEETING_TYPED``, said in a line kept at the panel's foot, and the lists (learning points,
measures, other questions, suggestions, topics) within theirs, each saying why it takes no more
(app/limits.py: what a team file brings back in).
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QPushButton

from app.capture import Capture, typed_chars
from app.limits import MAX_LIST, MAX_MEETING_TYPED
from ui.capture_rows import MeasureRow, PanelPart, PointRow, say
from ui.i18n import tr
from ui.text_limit import TextBudget


class CaptureLimits(PanelPart):
    """The room left in the meeting's notes, and the Add buttons at a list's limit."""

    capture: Capture
    _limited: list[QLabel]  # the counters of the fields the meeting's text budget holds
    budget: TextBudget  # (made once the panel's fields are)
    text_note: QLabel
    own_question: QLineEdit
    ff_text: QLineEdit
    topics: QPlainTextEdit
    point_rows: list[PointRow]
    measure_rows: list[MeasureRow]
    add_point: QPushButton
    add_measure: QPushButton
    points_note: QLabel
    measures_note: QLabel
    questions_note: QLabel
    ff_note: QLabel
    topics_note: QLabel

    def _build_budget(self) -> None:
        """The meeting's text in all (app/limits.py), in a line kept at the panel's foot."""
        self.text_note = QLabel(self)
        self.budget = TextBudget(MAX_MEETING_TYPED, self._typed, self.text_note)
        for counter in self._limited:
            self.budget.watch(counter)

    def _typed(self) -> int:
        """What is typed in this meeting's notes, in characters (with what waits to be added)."""
        return typed_chars(self.capture) + len(self.own_question.text()) + len(self.ff_text.text())

    def _refresh_budget(self) -> None:
        if not hasattr(self, "budget"):
            return  # (still being built)
        was = not self.text_note.isHidden()
        self.budget.refresh()
        if not self.text_note.isHidden() or was:
            self._place_text_note()

    def _place_text_note(self) -> None:
        """The meeting's text in all, in a line at the foot of the panel (outside what scrolls)."""
        note = self.text_note
        if note.isHidden():  # (hidden itself: a panel on a tab not shown still places it)
            self.setViewportMargins(0, 0, 0, 0)
            return
        frame = self.frameWidth()
        width = self.width() - 2 * frame
        height = note.heightForWidth(width) if note.hasHeightForWidth() else note.sizeHint().height()
        self.setViewportMargins(0, 0, 0, height)
        note.setGeometry(frame, self.height() - frame - height, width, height)

    def _update_list_limits(self, tried: str = "") -> None:
        """The Add buttons at a list's limit are disabled, and say why; so does a line under a list
        that is full when someone tries to add to it (``tried``)."""
        # (plurals: lupdate counts %n only in a tr() call, so these are ui.i18n.tr's, not the panel's)
        full_points = tr("A meeting holds at most %n learning point(s).", "", MAX_LIST)
        full_measures = tr("A meeting holds at most %n measure(s).", "", MAX_LIST)
        points_full = len(self.point_rows) >= MAX_LIST
        measures_full = len(self.measure_rows) >= MAX_LIST
        self.add_point.setEnabled(not points_full)
        self.add_point.setToolTip(full_points if points_full else "")
        self.add_measure.setEnabled(not measures_full)
        self.add_measure.setToolTip(full_measures if measures_full else "")
        say(self.measures_note, full_measures if measures_full else "")
        questions_full = len(self.capture.own_questions) >= MAX_LIST
        say(self.questions_note, tr("A meeting holds at most %n other question(s): this one is not added.",
                                    "", MAX_LIST) if questions_full and (
            tried == "own_questions" or self.own_question.text().strip()) else "")
        ff_full = len(self.capture.feed_forward) >= MAX_LIST
        say(self.ff_note, tr("A meeting holds at most %n suggestion(s): this one is not added.", "",
                             MAX_LIST) if ff_full and (
            tried == "feed_forward" or self.ff_text.text().strip()) else "")
        lines = len([t for t in self.topics.toPlainText().splitlines() if t.strip()])
        say(self.topics_note, tr("A meeting holds at most %n topic suggestion(s): the lines after them are "
                                 "not saved.", "", MAX_LIST) if lines > MAX_LIST else "")
        if points_full:
            self.points_note.setText(full_points)
