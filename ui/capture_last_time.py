""""From last time" in the meeting's capture panel (:class:`CaptureLastTime`, a part of
:class:`ui.capture_panel.CapturePanel`): the open measures of earlier meetings to mark done, still open
or dropped, the focus and topics the last meeting chose, the mini-circles' topic suggestions, and what
people tried since (the next meeting starts from the last).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from app.capture import TRIED_SINCE_LAST, TRIED_SINCE_LAST_CONFIDENTIAL, Capture, clean_text
from app.formats import StepSpec
from app.since_last import is_since_last
from ui.capture_rows import PanelPart
from ui.text_limit import limit_text

translate = QCoreApplication.translate  # lupdate reads translate("CapturePanel", "...") calls


class CaptureLastTime(PanelPart):
    """What the last meeting left, shown above the capture form while there is some."""

    measure_reviewed: Signal  # (the panel's: uid, status)
    capture: Capture
    _limited: list[QLabel]  # the counters of the fields the meeting's text budget holds
    _since_last_step: bool  # the meeting starts with "What did you try since last time?"
    _on_since_last: bool | None  # the meeting is at that step (None: not known yet)
    _review_status: dict[str, str]  # uid: "done", "open" or "dropped", as marked here
    _review_items: list[tuple[str, str, int]]  # (uid, text, age in days), once set_last_time says
    _last_focus_text: str
    _last_topics: list[str]
    _circle_topics: list[str]

    if TYPE_CHECKING:  # the panel's own (ui/capture_panel.py)
        def _emit(self, cap: Capture) -> None: ...

    def _build_last_time(self, col: QVBoxLayout) -> None:
        """What the last meeting left: open measures to review, its focus area and topic suggestions,
        and what people tried since (the next meeting starts from the last)."""
        self.last_box = QGroupBox()
        lcol = QVBoxLayout(self.last_box)
        self.last_focus = QLabel()
        self.last_focus.setWordWrap(True)
        self.last_focus.setTextFormat(Qt.TextFormat.PlainText)
        lcol.addWidget(self.last_focus)
        self.review_list = QListWidget()
        self.review_list.setMaximumHeight(110)
        lcol.addWidget(self.review_list)
        row = QHBoxLayout()
        self.review_done, self.review_open, self.review_dropped = QPushButton(), QPushButton(), QPushButton()
        for button, status in ((self.review_done, "done"), (self.review_open, "open"),
                               (self.review_dropped, "dropped")):
            button.clicked.connect(lambda _=False, st=status: self._review(st))
            row.addWidget(button)
        lcol.addLayout(row)
        self.tried = QPlainTextEdit()
        self._limited.append(limit_text(self.tried))
        self.tried.setTabChangesFocus(True)
        self.tried.setMaximumHeight(60)
        self.tried.textChanged.connect(self._tried_edited)
        lcol.addWidget(self.tried)
        self.tried_secret = QCheckBox()
        self.tried_secret.toggled.connect(self._tried_edited)
        lcol.addWidget(self.tried_secret)
        self.last_box.setVisible(False)
        col.addWidget(self.last_box)
        self._review_status: dict[str, str] = {}

    def set_last_time(self, measures: list[tuple[str, str, int]], focus: str, topics: list[str],
                      from_circles: list[str] | None = None) -> None:
        """Show what the last meeting left: (uid, text, age in days) of open measures, focus, topics;
        and the topic suggestions that came in from the circle's mini-circles."""
        self._review_items = list(measures)
        self._last_focus_text, self._last_topics = focus, list(topics)
        self._circle_topics = list(from_circles or [])
        self.review_list.clear()
        for uid, _text, _age in measures:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, uid)
            self.review_list.addItem(item)
        self.last_box.setVisible(bool(measures or focus or topics or from_circles) or self._since_last_step)
        self._retranslate_last_time()

    def set_since_last_step(self, on: bool) -> None:
        """The meeting has a since-last-time step: "What did you try since last time?" is shown to
        type in, even when the last meeting left nothing else."""
        self._since_last_step = on
        if on:
            self.last_box.setVisible(True)

    def follow_step(self, step: StepSpec) -> None:
        """The meeting is at ``step``: at the since-last-time step, its field is scrolled into view
        (the focus stays where it is)."""
        on = is_since_last(step)
        if on and self._on_since_last is not True and self.last_box.isVisibleTo(self):
            self.ensureWidgetVisible(self.tried)
        self._on_since_last = on

    def _retranslate_last_time(self) -> None:
        self.last_box.setTitle(translate("CapturePanel", "From last time"))
        lines = []
        if getattr(self, "_last_focus_text", ""):
            lines.append(translate("CapturePanel", "Focus chosen last time: %1").replace(
                "%1", self._last_focus_text))
        if getattr(self, "_last_topics", []):
            lines.append(translate("CapturePanel", "Topic suggestions: %1").replace(
                "%1", "; ".join(self._last_topics)))
        if getattr(self, "_circle_topics", []):
            lines.append(translate("CapturePanel", "Topic suggestions from the mini-circles: %1").replace(
                "%1", "; ".join(self._circle_topics)))
        self.last_focus.setText("\n".join(lines))
        self.last_focus.setVisible(bool(lines))
        marks = {"done": translate("CapturePanel", "done"), "open": translate("CapturePanel", "still open"),
                 "dropped": translate("CapturePanel", "dropped")}
        for i, (uid, text, age) in enumerate(getattr(self, "_review_items", [])):
            status = self._review_status.get(uid)
            label = translate("CapturePanel", "%1 (open for %2 days)").replace("%1", text).replace(
                "%2", str(age))
            self.review_list.item(i).setText(f"{label} · {marks[status]}" if status else label)
        self.review_list.setVisible(bool(getattr(self, "_review_items", [])))
        for b in (self.review_done, self.review_open, self.review_dropped):
            b.setVisible(bool(getattr(self, "_review_items", [])))
        self.review_list.setAccessibleName(translate("CapturePanel", "Open measures from earlier meetings"))
        self.review_done.setText(translate("CapturePanel", "Done"))
        self.review_open.setText(translate("CapturePanel", "Still open"))
        self.review_dropped.setText(translate("CapturePanel", "Dropped"))
        self.tried.setPlaceholderText(translate("CapturePanel", "What did you try since last time?"))
        self.tried.setAccessibleName(translate("CapturePanel", "What did you try since last time?"))

    def _review(self, status: str) -> None:
        item: QListWidgetItem | None = self.review_list.currentItem()  # (None: no measure chosen)
        if item is None:
            return
        uid = str(item.data(Qt.ItemDataRole.UserRole))
        self._review_status[uid] = status
        self.measure_reviewed.emit(uid, status)
        self._retranslate_last_time()

    def _tried_edited(self) -> None:
        extra = dict(self.capture.extra)
        extra[TRIED_SINCE_LAST] = clean_text(self.tried.toPlainText())
        if self.tried_secret.isChecked():
            extra[TRIED_SINCE_LAST_CONFIDENTIAL] = "1"
        else:
            extra.pop(TRIED_SINCE_LAST_CONFIDENTIAL, None)
        self._emit(replace(self.capture, extra=extra))
