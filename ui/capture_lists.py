"""The lists of the meeting's capture panel (:class:`CaptureLists`, a part of
:class:`ui.capture_panel.CapturePanel`): the learning points (three slots, more with Ctrl+Enter), the
organisational measures, the other questions that were asked, the feed-forward suggestions, and the
focus and topics for next time; each row with its own confidential tick where it has one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from app.capture import (
    Capture,
    FeedForward,
    Measure,
    MeasureKind,
    TextItem,
    clean_text,
    upsert,
    upsert_measure,
)
from app.clock import Clock
from app.formats import Format
from app.limits import MAX_LIST
from ui.capture_rows import MeasureRow, PanelPart, PointRow, new_id, note, put
from ui.i18n import tr
from ui.qt_dates import qdate
from ui.text_limit import TextBudget, limit_text

POINT_SLOTS = 3
translate = QCoreApplication.translate  # lupdate reads translate("CapturePanel", "...") calls


class CaptureLists(PanelPart):
    """The lists the meeting fills, and what a row added or changed on another computer shows."""

    capture: Capture
    clock: Clock  # (the due dates' calendars open at today on it)
    _fmt: Format
    _participants: list[str]
    _limited: list[QLabel]  # the counters of the fields the meeting's text budget holds
    budget: TextBudget  # (made once the panel's fields are)
    own_question: QLineEdit
    own_list: QListWidget

    if TYPE_CHECKING:  # the panel's own (ui/capture_panel.py, ui/capture_limits.py)
        def _emit(self, cap: Capture) -> None: ...
        def _update_list_limits(self, tried: str = "") -> None: ...
        def _refresh_budget(self) -> None: ...

    def _build_points_and_measures(self, col: QVBoxLayout) -> None:
        self.points_box = QGroupBox()
        pcol = QVBoxLayout(self.points_box)
        self.point_rows = [PointRow(i + 1) for i in range(POINT_SLOTS)]
        for r in self.point_rows:
            r.edited.connect(self._points_edited)
            pcol.addWidget(r)
            self._limited.append(r.limit)
        self.add_point = QPushButton()
        self.add_point.clicked.connect(self._user_add_point)
        self.points_note = QLabel()
        self.points_note.setWordWrap(True)
        pcol.addWidget(self.points_note)
        pcol.addWidget(self.add_point)
        col.addWidget(self.points_box)
        self.measures_box = QGroupBox()
        self.measures_col = QVBoxLayout(self.measures_box)
        self.measure_rows: list[MeasureRow] = []
        self.add_measure = QPushButton()
        self.add_measure.clicked.connect(self._user_add_measure)
        self.measures_note = note()
        self.measures_col.addWidget(self.measures_note)
        self.measures_col.addWidget(self.add_measure)
        col.addWidget(self.measures_box)
        self.focus_box = QGroupBox()
        fcol = QVBoxLayout(self.focus_box)
        self.focus_area = QLineEdit()
        self.topics = QPlainTextEdit()
        self._limited += [limit_text(self.focus_area), limit_text(self.topics)]
        self.topics.setTabChangesFocus(True)
        self.topics.setMaximumHeight(70)
        self.topics_note = note()
        fcol.addWidget(self.focus_area)
        fcol.addWidget(self.topics)
        fcol.addWidget(self.topics_note)
        captures = {c for s in self._fmt.steps for c in s.capture}
        self.focus_box.setVisible(bool(captures & {"focus_area", "topic_suggestions"}))
        col.addWidget(self.focus_box)
        self._build_feed_forward(col, "feed_forward" in captures)

    def _build_feed_forward(self, col: QVBoxLayout, visible: bool) -> None:
        self.ff_box = QGroupBox()
        grid = QGridLayout(self.ff_box)
        self.ff_giver, self.ff_receiver = QComboBox(), QComboBox()
        for box in (self.ff_giver, self.ff_receiver):
            box.addItems(self._participants)
        self.ff_text = QLineEdit()
        self._limited.append(limit_text(self.ff_text))
        self.ff_list = QListWidget()
        self.ff_list.setMaximumHeight(90)
        self.ff_note = note()
        grid.addWidget(self.ff_giver, 0, 0)
        grid.addWidget(self.ff_receiver, 0, 1)
        grid.addWidget(self.ff_text, 1, 0, 1, 2)
        grid.addWidget(self.ff_note, 2, 0, 1, 2)
        grid.addWidget(self.ff_list, 3, 0, 1, 2)
        self.ff_text.returnPressed.connect(self._add_feed_forward)
        self.ff_box.setVisible(visible)
        col.addWidget(self.ff_box)

    def _add_feed_forward(self) -> None:
        text = clean_text(self.ff_text.text())
        if not text:
            return
        if len(self.capture.feed_forward) >= MAX_LIST:  # the text stays in the field
            self._update_list_limits(tried="feed_forward")
            return
        item = FeedForward(new_id(), text, self.ff_giver.currentText(), self.ff_receiver.currentText())
        self._emit(replace(self.capture, feed_forward=(*self.capture.feed_forward, item)))
        self.ff_list.addItem(f"{item.giver} → {item.receiver}: {item.text}")
        self.ff_text.clear()
        self._update_list_limits()

    def _retranslate_measure(self, r: MeasureRow) -> None:
        r.text.setPlaceholderText(translate("CapturePanel", "The measure, e.g. a new procedure"))
        r.owner.setPlaceholderText(translate("CapturePanel", "Who follows it up"))
        r.secret.setText(translate("CapturePanel", "Confidential"))
        r.due.setToolTip(translate("CapturePanel", "Due date"))
        current = r.kind.currentData()
        r.kind.blockSignals(True)
        r.kind.clear()
        for kind, label in ((MeasureKind.PROCEDURE, translate("CapturePanel", "Procedure")),
                            (MeasureKind.STANDARD, translate("CapturePanel", "Standard")),
                            (MeasureKind.OTHER, translate("CapturePanel", "Other"))):
            r.kind.addItem(label, kind.value)
        r.kind.setCurrentIndex(max(0, r.kind.findData(current)))
        r.kind.blockSignals(False)

    def show_items(self, points: Sequence[TextItem], measures: Sequence[Measure]) -> None:
        """Show learning points and measures changed or added on another computer. The field being
        typed in keeps the focus; a new point takes an empty slot, or a new one."""
        focused = self.focusWidget()
        for item in points:
            row = next((r for r in self.point_rows if r.item_id == item.id), None) or next(
                (r for r in self.point_rows if not r.text.text().strip() and not r.text.hasFocus()), None)
            if row is None:
                row = self._add_point_row()
            row.item_id = item.id
            put(row.text, item.text)  # setText does not emit textEdited: no save echo
            row.secret.blockSignals(True)
            row.secret.setChecked(item.confidential)
            row.secret.blockSignals(False)
        kept = self.capture.measures
        for x in measures:
            r = next((r for r in self.measure_rows if r.item_id == x.id), None) or self._add_measure_row()
            r.blockSignals(True)
            r.item_id = x.id
            put(r.text, x.text)
            put(r.owner, x.owner)
            r.kind.setCurrentIndex(max(r.kind.findData(x.kind.value), 0))
            r.due.setDate(qdate(x.due) if x.due else r.due.minimumDate())
            r.secret.setChecked(x.confidential)
            r.blockSignals(False)
            kept = upsert_measure(kept, x)
        self.capture = replace(self.capture, learning_points=tuple(r.item() for r in self.point_rows),
                               measures=kept)
        if focused is not None:
            focused.setFocus()
        self._update_points_note()
        self._update_list_limits()
        self._refresh_budget()

    def _add_own_question(self) -> None:
        text = clean_text(self.own_question.text())
        if text and len(self.capture.own_questions) >= MAX_LIST:  # the text stays in the field
            self._update_list_limits(tried="own_questions")
        elif text:
            self._emit(replace(self.capture, own_questions=upsert(self.capture.own_questions,
                                                                  TextItem(new_id(), text))))
            self.own_question.clear()
            self._show_own_questions()
            self._update_list_limits()

    def _show_own_questions(self) -> None:
        self.own_list.clear()
        self.own_list.addItems([q.text for q in self.capture.own_questions])
        self.own_list.setVisible(bool(self.capture.own_questions))

    def _points_edited(self) -> None:
        points = tuple(r.item() for r in self.point_rows)
        self._emit(replace(self.capture, learning_points=points))
        self._update_points_note()

    def _update_points_note(self) -> None:
        if len(self.point_rows) >= MAX_LIST:  # (plurals: ui.i18n.tr's, lupdate counts %n only in tr())
            self.points_note.setText(tr("A meeting holds at most %n learning point(s).", "", MAX_LIST))
            return
        n = len([r for r in self.point_rows if r.text.text().strip()])
        if n in (POINT_SLOTS, 0):
            self.points_note.setText("")
        else:
            self.points_note.setText(tr("%n learning point(s) so far; three is the usual aim.", "", n))

    def _user_add_point(self) -> PointRow:
        """Add a learning point's row (the Add button, Ctrl+Enter): at the limit, none is added; the
        last row gets the cursor and the note under the points says why."""
        if len(self.point_rows) >= MAX_LIST:
            self._update_points_note()
            row = self.point_rows[-1]
            row.text.setFocus()
            return row
        return self._add_point_row()

    def _user_add_measure(self) -> MeasureRow | None:
        if len(self.measure_rows) >= MAX_LIST:
            self._update_list_limits()
            return None
        return self._add_measure_row()

    def _add_point_row(self) -> PointRow:
        row = PointRow(len(self.point_rows) + 1)
        row.edited.connect(self._points_edited)
        row.secret.setText(translate("CapturePanel", "Confidential"))
        layout = self.points_box.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(len(self.point_rows), row)
        self.point_rows.append(row)
        self._watch(row.limit)
        row.text.setFocus()
        self._update_list_limits()
        return row

    def _watch(self, counter: QLabel) -> None:
        if hasattr(self, "budget"):
            self.budget.watch(counter)

    def _add_measure_row(self) -> MeasureRow:
        row = MeasureRow(self.clock)
        self._retranslate_measure(row)
        row.edited.connect(self._measures_edited)
        self.measures_col.insertWidget(len(self.measure_rows), row)
        self.measure_rows.append(row)
        self._watch(row.text_limit)
        self._watch(row.owner_limit)
        row.text.setFocus()
        self._update_list_limits()
        return row

    def _measures_edited(self) -> None:
        measures = self.capture.measures
        for r in self.measure_rows:
            measures = upsert_measure(measures, r.measure())
        self._emit(replace(self.capture, measures=measures))

    def _focus_edited(self) -> None:
        topics = tuple(TextItem(f"t{i}", clean_text(t)) for i, t in
                       enumerate(self.topics.toPlainText().splitlines()) if t.strip())
        self._emit(replace(self.capture, focus_area=clean_text(self.focus_area.text()),
                           topic_suggestions=topics[:MAX_LIST]))  # (the note under them says so)
        self._update_list_limits()
