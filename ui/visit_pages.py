"""The pages of a learning visit's window (:class:`VisitPages`, a part of
:class:`ui.visit_window.VisitWindow`) as they are built: the check-in (names, date, hours, goals,
ground rules, consent) under its clock, and the learning meeting (its prompts, the day's observations
at hand, the reflections, the learning points, and the way to finish) under its own. The day page is
in ui/visit_observations.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.clock import Clock
from app.formats import Format
from app.limits import MAX_NAME
from app.visit import POINT_SLOTS
from ui.text_limit import limit_text
from ui.visit_steps import StepTimer, WindowPart, text_box, timed_page, timed_parts

translate = QCoreApplication.translate  # lupdate reads translate("VisitWindow", "...") calls


class VisitPages(WindowPart):
    """The check-in's and the learning meeting's pages, their fields by the names the window has."""

    fmt: Format
    clock: Clock
    lang: str

    if TYPE_CHECKING:  # the window's own (ui/visit_window.py, ui/visit_day.py, ui/visit_limits.py)
        def _changed(self, *_: object) -> None: ...
        def _day_length_chosen(self, *_: object) -> None: ...
        def _start_moved(self, *_: object) -> None: ...
        def _refresh_step(self) -> None: ...
        def _at_the_points(self) -> None: ...
        def finish(self) -> None: ...
        def _user_add_point(self) -> None: ...
        def _watch(self, edit: QLineEdit | QPlainTextEdit) -> None: ...

    def _checkin_page(self) -> QWidget:
        before, _after = timed_parts(self.fmt)
        self.checkin_timer = StepTimer(self.fmt, before, self.clock, self.lang)
        body = QWidget()
        col = QVBoxLayout(body)
        col.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        col.addLayout(form)
        col.addStretch(1)
        page = timed_page(self.checkin_timer, body)
        self.agent, self.colleague = QLineEdit(), QLineEdit()
        self.agent.setMaxLength(MAX_NAME)
        self.colleague.setMaxLength(MAX_NAME)
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.whole_day = QComboBox()
        self.start, self.end = QTimeEdit(), QTimeEdit()
        self.goals, self.focus = text_box(), text_box()
        self.rules = text_box()
        self.mode = QComboBox()
        self.consent, self.manager = QCheckBox(), QCheckBox()
        hours = QHBoxLayout()
        for w in (self.whole_day, self.start, self.end):
            hours.addWidget(w)
        self.checkin_labels = [QLabel() for _ in range(8)]
        rows: list[tuple[QLabel | None, QWidget | QHBoxLayout]] = [
            (self.checkin_labels[0], self.agent), (self.checkin_labels[1], self.colleague),
            (self.checkin_labels[2], self.day), (self.checkin_labels[3], hours),
            (self.checkin_labels[4], self.goals), (self.checkin_labels[5], self.focus),
            (self.checkin_labels[6], self.rules), (self.checkin_labels[7], self.mode),
            (None, self.consent), (None, self.manager)]
        for label, field in rows:
            if label is None:
                form.addRow(field)
            else:
                form.addRow(label, field)
        for name in (self.agent, self.colleague):
            name.textEdited.connect(self._changed)
        for box in (self.goals, self.focus, self.rules):
            box.textChanged.connect(self._changed)
        for sig in (self.day.dateChanged, self.end.timeChanged, self.mode.currentIndexChanged,
                    self.consent.toggled, self.manager.toggled):
            sig.connect(self._changed)
        self.whole_day.currentIndexChanged.connect(self._day_length_chosen)
        self.start.timeChanged.connect(self._start_moved)
        return page


    def _meeting_page(self) -> QWidget:
        body = QWidget()
        col = QVBoxLayout(body)
        col.setContentsMargins(0, 0, 0, 0)
        _before, after = timed_parts(self.fmt)  # the two reflections and the three learning points
        self.meeting_timer = StepTimer(self.fmt, after, self.clock, self.lang)
        self.meeting_timer.step_changed.connect(self._refresh_step)
        self.meeting_timer.step_changed.connect(self._at_the_points)
        t = self.meeting_timer  # its controls by the names the window always had
        self.step_label, self.step_clock, self.step_button = t.step_label, t.step_clock, t.step_button
        self.next_step_button, self.less_button, self.more_button = (t.next_step_button, t.less_button,
                                                                     t.more_button)
        self.less_button.clicked.connect(self._refresh_step)
        self.more_button.clicked.connect(self._refresh_step)
        page = timed_page(t, body)
        self.prompts = QLabel()
        self.prompts.setWordWrap(True)
        col.addWidget(self.prompts)
        self.obs_at_hand = QListWidget()  # the day's observations, at hand while reflecting
        self.obs_at_hand.setMaximumHeight(90)
        col.addWidget(self.obs_at_hand)
        form = QFormLayout()
        self.saw, self.worked, self.differently = text_box(55), text_box(55), text_box(55)
        self.experience, self.thoughts = text_box(55), text_box(55)
        self.reflection_labels = [QLabel() for _ in range(5)]
        for label, box in zip(self.reflection_labels, (self.saw, self.worked, self.differently,
                                                        self.experience, self.thoughts), strict=True):
            form.addRow(label, box)
            box.textChanged.connect(self._changed)
        col.addLayout(form)
        self._build_points(col)
        self.present = QCheckBox()
        self.present_on = QDateEdit()
        self.present_on.setCalendarPopup(True)
        row = QHBoxLayout()
        row.addWidget(self.present)
        row.addWidget(self.present_on)
        row.addStretch(1)
        self.finish_button = QPushButton()
        self.finish_button.clicked.connect(self.finish)
        row.addWidget(self.finish_button)
        col.addWidget(self.points_note)
        col.addLayout(row)
        col.addStretch(1)
        self.present.toggled.connect(self._changed)
        self.present_on.dateChanged.connect(self._changed)
        return page

    def _build_points(self, col: QVBoxLayout) -> None:
        self.points_title = QLabel()
        col.addWidget(self.points_title)
        self.points_col = QVBoxLayout()
        col.addLayout(self.points_col)
        self.point_edits: list[QLineEdit] = []
        for _ in range(POINT_SLOTS):
            self._add_point_edit()
        self.add_point_button = QPushButton()
        self.add_point_button.clicked.connect(self._user_add_point)
        col.addWidget(self.add_point_button)
        self.points_note = QLabel()

    def _add_point_edit(self) -> QLineEdit:
        """One more learning-point slot (three is the aim; more or fewer is allowed)."""
        edit = QLineEdit()
        limit_text(edit)
        edit.textEdited.connect(self._changed)
        self.points_col.addWidget(edit)
        self.point_edits.append(edit)
        self._watch(edit)
        n = len(self.point_edits)
        edit.setPlaceholderText(translate("VisitWindow", "Learning point %1").replace("%1", str(n)))
        edit.setAccessibleName(translate("VisitWindow", "Learning point %1").replace("%1", str(n)))
        return edit

