"""The rows and small parts the meeting's capture panel (ui/capture_panel.py) is made of: a learning
point's row (:class:`PointRow`), a measure's row (:class:`MeasureRow`), a calm note under a field, and
the base its parts are written on (:data:`PanelPart`).
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QWidget,
)

from app.capture import Measure, MeasureKind, TextItem, clean_text
from app.clock import Clock
from app.limits import MAX_NAME
from ui.text_limit import limit_text

if TYPE_CHECKING:  # the base of a part of CapturePanel: the panel's widgets as mypy sees them
    PanelPart = QScrollArea
else:  # at run time a plain mixin: CapturePanel has one Qt base (two would confuse shiboken's pointers)
    PanelPart = object


def new_id() -> str:
    """A fresh id for a captured item."""
    return uuid.uuid4().hex[:12]


def note() -> QLabel:
    """A calm line under a field, shown only when it has something to say."""
    label = QLabel()
    label.setWordWrap(True)
    label.hide()
    return label


def put(edit: QLineEdit, text: str) -> None:
    """Show ``text`` in ``edit`` whole, whatever room the field had (its room follows after)."""
    edit.setMaxLength(max(edit.maxLength(), len(text)))
    edit.setText(text)


def say(label: QLabel, text: str) -> None:
    """``text`` under a field, the line hidden when there is none."""
    label.setText(text)
    label.setVisible(bool(text))


class PointRow(QWidget):
    """One learning point: a line of text and a confidential tick."""

    edited = Signal()

    def __init__(self, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item_id = new_id()
        self.text = QLineEdit()
        self.secret = QCheckBox()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.number = QLabel(f"{number}.")
        row.addWidget(self.number)
        row.addWidget(self.text, 1)
        row.addWidget(self.secret)
        self.text.textEdited.connect(self.edited)
        self.secret.toggled.connect(self.edited)
        self.limit = limit_text(self.text)

    def item(self) -> TextItem:
        """What this row holds."""
        return TextItem(self.item_id, clean_text(self.text.text()), self.secret.isChecked())


class MeasureRow(QWidget):
    """One organisational measure: text, type, owner, due date, confidential. ``clock`` says which
    month the due date's calendar opens at while no date is set."""

    edited = Signal()

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.item_id = new_id()
        self.text = QLineEdit()
        self.text_limit = limit_text(self.text)
        self.kind = QComboBox()
        self.owner = QLineEdit()
        self.owner_limit = limit_text(self.owner, MAX_NAME)
        self.due = QDateEdit()
        self.due.setCalendarPopup(True)
        self.due.setSpecialValueText(" ")
        self.due.setMinimumDate(QDate(2000, 1, 1))
        self.due.setDate(self.due.minimumDate())
        self.due.calendarWidget().installEventFilter(self)  # no due date yet: it opens at today
        self.secret = QCheckBox()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.text, 0, 0, 1, 4)
        grid.addWidget(self.kind, 1, 0)
        grid.addWidget(self.owner, 1, 1)
        grid.addWidget(self.due, 1, 2)
        grid.addWidget(self.secret, 1, 3)
        for sig in (self.text.textEdited, self.owner.textEdited, self.kind.currentIndexChanged,
                    self.due.dateChanged, self.secret.toggled):
            sig.connect(self.edited)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """The due date's calendar, opened while no date is set, shows this month (not January 2000,
        the value that stands for "no date")."""
        if (watched is self.due.calendarWidget() and event.type() == QEvent.Type.Show
                and self.due.date() == self.due.minimumDate()):
            today = self.clock.wall().date()
            self.due.calendarWidget().setCurrentPage(today.year, today.month)
        return super().eventFilter(watched, event)

    def measure(self) -> Measure:
        """What this row holds."""
        qd = self.due.date()
        due = None if qd == self.due.minimumDate() else date(qd.year(), qd.month(), qd.day())
        kind = self.kind.currentData() or MeasureKind.PROCEDURE
        return Measure(self.item_id, clean_text(self.text.text()), MeasureKind(kind),
                       clean_text(self.owner.text())[:200], due, confidential=self.secret.isChecked())
