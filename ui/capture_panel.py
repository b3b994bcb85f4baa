"""Capture during the meeting, on the operator's console, keyboard-first: the case, the questions
asked, the presenter's learning, the round's lines, measures and learning points.

Every change becomes a new :class:`Capture` and is emitted (``changed``); the controller saves it a
moment after typing stops. Nothing here talks to storage.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.capture import (
    TRIED_SINCE_LAST,
    TRIED_SINCE_LAST_CONFIDENTIAL,
    Capture,
    FeedForward,
    Measure,
    MeasureKind,
    TextItem,
    clean_text,
    set_round_line,
    toggle_question,
    tried_since_last,
    typed_chars,
    upsert,
    upsert_measure,
)
from app.formats import Format, StepSpec
from app.limits import MAX_LIST, MAX_MEETING_TYPED, MAX_NAME, MAX_PEOPLE
from app.record import learning_questions
from app.since_last import is_since_last
from ui.text_limit import TextBudget, limit_text
from ui.wrapping import WrapCheckBox

POINT_SLOTS = 3
SAVE_DELAY_MS = 600  # saved within a second of the last keystroke
MAX_WAIT_MS = 900  # and within a second of the first unsaved one, however fast someone types


def new_id() -> str:
    """A fresh id for a captured item."""
    return uuid.uuid4().hex[:12]


def _note() -> QLabel:
    """A calm line under a field, shown only when it has something to say."""
    label = QLabel()
    label.setWordWrap(True)
    label.hide()
    return label


def _put(edit: QLineEdit, text: str) -> None:
    """Show ``text`` in ``edit`` whole, whatever room the field had (its room follows after)."""
    edit.setMaxLength(max(edit.maxLength(), len(text)))
    edit.setText(text)


def _say(label: QLabel, text: str) -> None:
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
    """One organisational measure: text, type, owner, due date, confidential."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
            today = QDate.currentDate()
            self.due.calendarWidget().setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)

    def measure(self) -> Measure:
        """What this row holds."""
        qd = self.due.date()
        due = None if qd == self.due.minimumDate() else qd.toPython()
        kind = self.kind.currentData() or MeasureKind.PROCEDURE
        return Measure(self.item_id, clean_text(self.text.text()), MeasureKind(kind),
                       clean_text(self.owner.text())[:200], due, confidential=self.secret.isChecked())


class CapturePanel(QScrollArea):
    """The capture form.

    Signals:
        changed(Capture): something was typed or ticked.
        save_now(): focus left a field; save without waiting.
        measure_reviewed(str, str): an open measure from earlier meetings was marked (uid, status).
        pass_requested(): the Pass button was pressed (the meeting records it, as P does).
    """

    changed = Signal(object)
    save_now = Signal()
    measure_reviewed = Signal(str, str)
    pass_requested = Signal()  # the Pass button: the speaker passes, as P on the keyboard

    def __init__(self, fmt: Format, participants: list[str], lang: str = "en",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the form wraps to fit
        self._fmt = fmt
        self._lang = lang
        self._participants = list(participants)
        self.capture = Capture()
        self._speaker: str | None = None
        self._since_last_step = False  # the meeting starts with "What did you try since last time?"
        self._on_since_last: bool | None = None
        self._build()
        self.retranslate_ui()
        self._debounce = QTimer(self)
        self._debounce.setObjectName("capture-save-timer")
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SAVE_DELAY_MS)
        self._debounce.timeout.connect(self._save_now)
        self._longest = QTimer(self)  # not restarted by typing: continuous typing is saved too
        self._longest.setObjectName("capture-longest-wait")
        self._longest.setSingleShot(True)
        self._longest.setInterval(MAX_WAIT_MS)
        self._longest.timeout.connect(self._save_now)

    # -- view ------------------------------------------------------------------------------------
    def _build(self) -> None:
        body = QWidget()
        col = QVBoxLayout(body)
        self._limited: list[QLabel] = []  # the counters of the fields the meeting's text budget holds
        self._build_last_time(col)
        self.case_box = QGroupBox()
        form = QFormLayout(self.case_box)
        self.case_title = QLineEdit()
        self.case_secret = QCheckBox()
        self.presenters = QLineEdit()
        self._limited += [limit_text(self.case_title), limit_text(self.presenters)]
        self.case_title_label, self.presenters_label = QLabel(), QLabel()
        form.addRow(self.case_title_label, self.case_title)
        form.addRow(self.presenters_label, self.presenters)
        form.addRow(self.case_secret)
        col.addWidget(self.case_box)
        self.questions_box = QGroupBox()
        qcol = QVBoxLayout(self.questions_box)
        self.question_ticks: list[WrapCheckBox] = []
        for index, question in enumerate(learning_questions(self._fmt, self._lang)):
            tick = WrapCheckBox(question)  # a long question wraps in a narrow console
            tick.toggled.connect(lambda _=False, i=index: self._tick(i))
            self.question_ticks.append(tick)
            qcol.addWidget(tick)
        self.own_question = QLineEdit()
        self._limited.append(limit_text(self.own_question))
        self.own_list = QListWidget()
        self.own_list.setMaximumHeight(70)
        self.own_list.setVisible(False)
        self.questions_note = _note()
        qcol.addWidget(self.own_list)
        qcol.addWidget(self.own_question)
        qcol.addWidget(self.questions_note)
        self.questions_box.setVisible(bool(self.question_ticks))
        col.addWidget(self.questions_box)
        self.learning_box = QGroupBox()
        lcol = QVBoxLayout(self.learning_box)
        self.presenter_learning = QPlainTextEdit()
        self.presenter_learning.setTabChangesFocus(True)
        self.presenter_learning.setMaximumHeight(80)
        self.learning_secret = QCheckBox()
        self._limited.append(limit_text(self.presenter_learning))
        lcol.addWidget(self.presenter_learning)
        lcol.addWidget(self.learning_secret)
        col.addWidget(self.learning_box)
        self._build_round(col)
        self._build_points_and_measures(col)
        col.addStretch(1)
        self.setWidget(body)
        self._build_budget()
        self._connect()

    def _build_budget(self) -> None:
        """The meeting's text in all (app/limits.py), in a line kept at the panel's foot."""
        self.text_note = QLabel(self)
        self.budget = TextBudget(MAX_MEETING_TYPED, self._typed, self.text_note)
        for counter in self._limited:
            self.budget.watch(counter)

    def _build_round(self, col: QVBoxLayout) -> None:
        self.round_box = QGroupBox()
        rform = QHBoxLayout(self.round_box)
        self.round_who = QLabel()
        self.round_line = QLineEdit()
        self.round_limit = limit_text(self.round_line)
        self._limited.append(self.round_limit)
        self.round_pass = QPushButton()
        rform.addWidget(self.round_who)
        rform.addWidget(self.round_line, 1)
        rform.addWidget(self.round_pass)
        col.addWidget(self.round_box)

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
        self.last_box.setTitle(self.tr("From last time"))
        lines = []
        if getattr(self, "_last_focus_text", ""):
            lines.append(self.tr("Focus chosen last time: %1").replace("%1", self._last_focus_text))
        if getattr(self, "_last_topics", []):
            lines.append(self.tr("Topic suggestions: %1").replace("%1", "; ".join(self._last_topics)))
        if getattr(self, "_circle_topics", []):
            lines.append(self.tr("Topic suggestions from the mini-circles: %1").replace(
                "%1", "; ".join(self._circle_topics)))
        self.last_focus.setText("\n".join(lines))
        self.last_focus.setVisible(bool(lines))
        marks = {"done": self.tr("done"), "open": self.tr("still open"), "dropped": self.tr("dropped")}
        for i, (uid, text, age) in enumerate(getattr(self, "_review_items", [])):
            status = self._review_status.get(uid)
            label = self.tr("%1 (open for %2 days)").replace("%1", text).replace("%2", str(age))
            self.review_list.item(i).setText(f"{label} · {marks[status]}" if status else label)
        self.review_list.setVisible(bool(getattr(self, "_review_items", [])))
        for b in (self.review_done, self.review_open, self.review_dropped):
            b.setVisible(bool(getattr(self, "_review_items", [])))
        self.review_list.setAccessibleName(self.tr("Open measures from earlier meetings"))
        self.review_done.setText(self.tr("Done"))
        self.review_open.setText(self.tr("Still open"))
        self.review_dropped.setText(self.tr("Dropped"))
        self.tried.setPlaceholderText(self.tr("What did you try since last time?"))
        self.tried.setAccessibleName(self.tr("What did you try since last time?"))

    def _review(self, status: str) -> None:
        item = self.review_list.currentItem()
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
        self.measures_note = _note()
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
        self.topics_note = _note()
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
        self.ff_note = _note()
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

    def _connect(self) -> None:
        self.case_title.textEdited.connect(self._case_edited)
        self.presenters.textEdited.connect(self._case_edited)
        self.case_secret.toggled.connect(self._case_edited)
        self.own_question.returnPressed.connect(self._add_own_question)
        self.presenter_learning.textChanged.connect(self._learning_edited)
        self.learning_secret.toggled.connect(self._learning_edited)
        self.round_line.textEdited.connect(self._round_edited)
        self.round_pass.clicked.connect(self._round_passed)
        self.focus_area.textEdited.connect(self._focus_edited)
        self.topics.textChanged.connect(self._focus_edited)
        for w in (self.case_title, self.presenters, self.round_line, self.focus_area, self.own_question):
            w.editingFinished.connect(self.save_now)
        for w in (self.own_question, self.ff_text):  # typed, not added yet: counted all the same
            w.textChanged.connect(self._refresh_budget)

    def retranslate_ui(self) -> None:
        """Set every text (again after a language change)."""
        self.setAccessibleName(self.tr("What we learned"))
        self._retranslate_last_time()
        self.case_box.setTitle(self.tr("The case"))
        self.case_title_label.setText(self.tr("Short title"))
        self.presenters_label.setText(self.tr("Presented by"))
        self.case_secret.setText(self.tr("Confidential"))
        self.case_secret.setToolTip(self.tr("Left out of exports unless ticked in the export preview"))
        self.case_secret.setAccessibleDescription(self.case_secret.toolTip())
        self.learning_secret.setText(self.tr("Confidential"))
        self.learning_secret.setToolTip(self.case_secret.toolTip())
        self.learning_secret.setAccessibleDescription(self.case_secret.toolTip())
        self.tried_secret.setText(self.tr("Confidential"))
        self.tried_secret.setToolTip(self.case_secret.toolTip())
        self.tried_secret.setAccessibleName(self.tr("What was tried since last time is confidential"))
        self.tried_secret.setAccessibleDescription(self.case_secret.toolTip())
        self.own_list.setAccessibleName(self.tr("Other questions that were asked"))
        self.questions_box.setTitle(self.tr("Learning questions asked"))
        # the ticks' numbering is the format's own (app/record.py: the since-last-time step's
        # questions are prompts, not learning questions)
        for tick, question in zip(self.question_ticks, learning_questions(self._fmt, self._lang),
                                  strict=True):
            tick.setText(question)
        self.own_question.setPlaceholderText(self.tr("Another question that was asked (Enter adds it)"))
        self.learning_box.setTitle(self.tr("What the questions taught the presenter"))
        self.round_box.setTitle(self.tr("The round: a line for the person speaking"))
        self.round_pass.setText(self.tr("Pass"))
        self.round_line.setPlaceholderText(self.tr("What they take with them (optional)"))
        self.points_box.setTitle(self.tr("Learning points"))
        for r in self.point_rows:
            r.secret.setText(self.tr("Confidential"))
            r.text.setPlaceholderText(self.tr("A learning point"))
            r.text.setAccessibleName(self.tr("Learning point %1").replace("%1", r.number.text()[:-1]))
        self.add_point.setText(self.tr("Add a learning point"))
        self.measures_box.setTitle(self.tr("Organisational measures"))
        self.add_measure.setText(self.tr("Add a measure"))
        for r in self.measure_rows:
            self._retranslate_measure(r)
        self.focus_box.setTitle(self.tr("Next time"))
        self.ff_box.setTitle(self.tr("Feed-forward: suggestions for next time (private to the receiver)"))
        self.ff_text.setPlaceholderText(
            self.tr("A suggestion: choose from whom and to whom, then type it (Enter adds it)"))
        self.ff_giver.setAccessibleName(self.tr("From"))
        self.ff_receiver.setAccessibleName(self.tr("To"))
        self.focus_area.setPlaceholderText(self.tr("Focus area for the next meeting"))
        self.topics.setPlaceholderText(self.tr("Topic suggestions, one per line"))
        self._update_points_note()
        self._update_list_limits()
        self._refresh_budget()
        self.set_speaker(self._speaker)

    def set_language(self, lang: str) -> None:
        """Show the format's questions in ``lang`` (the interface follows the translators)."""
        self._lang = lang
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        """Follow a language change at once (Qt sends it when the translators change)."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _retranslate_measure(self, r: MeasureRow) -> None:
        r.text.setPlaceholderText(self.tr("The measure, e.g. a new procedure"))
        r.owner.setPlaceholderText(self.tr("Who follows it up"))
        r.secret.setText(self.tr("Confidential"))
        r.due.setToolTip(self.tr("Due date"))
        current = r.kind.currentData()
        r.kind.blockSignals(True)
        r.kind.clear()
        for kind, label in ((MeasureKind.PROCEDURE, self.tr("Procedure")),
                            (MeasureKind.STANDARD, self.tr("Standard")),
                            (MeasureKind.OTHER, self.tr("Other"))):
            r.kind.addItem(label, kind.value)
        r.kind.setCurrentIndex(max(0, r.kind.findData(current)))
        r.kind.blockSignals(False)

    # -- updates from the meeting ----------------------------------------------------------------
    def set_speaker(self, name: str | None) -> None:
        """Who has the word now (the round line is theirs)."""
        if name == self._speaker and self.round_who.text():
            return
        self._speaker = name
        self.round_box.setEnabled(name is not None)
        self.round_who.setText(name or self.tr("(nobody speaking)"))
        line = next((r for r in self.capture.round_lines if r.participant == name), None)
        _put(self.round_line, line.text if line else "")
        self._refresh_budget()

    def load(self, cap: Capture) -> None:
        """Show a capture (e.g. after resuming a meeting)."""
        self.capture = cap
        _put(self.case_title, cap.case_title)
        _put(self.presenters, ", ".join(cap.presenters))
        self.case_secret.setChecked(cap.case_confidential)
        for i, tick in enumerate(self.question_ticks):
            tick.blockSignals(True)
            tick.setChecked(i in cap.questions_asked)
            tick.blockSignals(False)
        for w, value in ((self.presenter_learning, cap.presenter_learning),):
            w.blockSignals(True)
            w.setPlainText(value)
            w.blockSignals(False)
        self.learning_secret.blockSignals(True)
        self.learning_secret.setChecked(cap.presenter_learning_confidential)
        self.learning_secret.blockSignals(False)
        self._show_own_questions()
        while len(self.point_rows) < len(cap.learning_points):
            self._add_point_row()
        for row, item in zip(self.point_rows, cap.learning_points, strict=False):
            row.item_id = item.id
            _put(row.text, item.text)
            row.secret.setChecked(item.confidential)
        for item in cap.measures:
            r = self._add_measure_row()
            r.blockSignals(True)
            r.item_id = item.id
            _put(r.text, item.text)
            _put(r.owner, item.owner)
            index = r.kind.findData(item.kind.value)
            r.kind.setCurrentIndex(max(index, 0))
            if item.due is not None:
                r.due.setDate(QDate(item.due.year, item.due.month, item.due.day))
            r.secret.setChecked(item.confidential)
            r.blockSignals(False)
        _put(self.focus_area, cap.focus_area)
        self.tried.blockSignals(True)
        self.tried.setPlainText(cap.extra.get(TRIED_SINCE_LAST, ""))
        self.tried.blockSignals(False)
        self.tried_secret.blockSignals(True)
        self.tried_secret.setChecked(tried_since_last(cap)[1])
        self.tried_secret.blockSignals(False)
        self.topics.blockSignals(True)
        self.topics.setPlainText("\n".join(t.text for t in cap.topic_suggestions))
        self.topics.blockSignals(False)
        self.ff_list.clear()
        for ff in cap.feed_forward:
            self.ff_list.addItem(f"{ff.giver} → {ff.receiver}: {ff.text}")
        self._update_points_note()
        self._update_list_limits()
        self._refresh_budget()

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
            _put(row.text, item.text)  # setText does not emit textEdited: no save echo
            row.secret.blockSignals(True)
            row.secret.setChecked(item.confidential)
            row.secret.blockSignals(False)
        kept = self.capture.measures
        for x in measures:
            r = next((r for r in self.measure_rows if r.item_id == x.id), None) or self._add_measure_row()
            r.blockSignals(True)
            r.item_id = x.id
            _put(r.text, x.text)
            _put(r.owner, x.owner)
            r.kind.setCurrentIndex(max(r.kind.findData(x.kind.value), 0))
            r.due.setDate(QDate(x.due.year, x.due.month, x.due.day) if x.due else r.due.minimumDate())
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

    def focus_field(self, field: str) -> QWidget | None:
        """Put the cursor where ``field`` is filled in ("learning_points": the first empty learning
        point, "measures": a measure (a new row when there is none), "questions": the first learning
        question to tick), scrolled into view. Returns the widget, or None for an unknown field."""
        target: QWidget | None = None
        if field == "learning_points":
            target = next((r.text for r in self.point_rows if not r.text.text().strip()), None) \
                or self._user_add_point().text
        elif field == "measures":
            target = (self.measure_rows[0] if self.measure_rows else self._add_measure_row()).text
        elif field == "questions" and self.question_ticks:
            target = self.question_ticks[0]
        if target is not None:
            self.ensureWidgetVisible(target)
            target.setFocus()
        return target

    # -- edits -----------------------------------------------------------------------------------
    def _emit(self, cap: Capture) -> None:
        self.capture = cap
        self._debounce.start()
        if not self._longest.isActive():
            self._longest.start()
        self._refresh_budget()

    # -- limits (app/limits.py: what a team file brings back in) -----------------------------------
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

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        if hasattr(self, "text_note"):
            self._place_text_note()

    def _update_list_limits(self, tried: str = "") -> None:
        """The Add buttons at a list's limit are disabled, and say why; so does a line under a list
        that is full when someone tries to add to it (``tried``)."""
        full_points = self.tr("A meeting holds at most %n learning point(s).", "", MAX_LIST)
        full_measures = self.tr("A meeting holds at most %n measure(s).", "", MAX_LIST)
        points_full = len(self.point_rows) >= MAX_LIST
        measures_full = len(self.measure_rows) >= MAX_LIST
        self.add_point.setEnabled(not points_full)
        self.add_point.setToolTip(full_points if points_full else "")
        self.add_measure.setEnabled(not measures_full)
        self.add_measure.setToolTip(full_measures if measures_full else "")
        _say(self.measures_note, full_measures if measures_full else "")
        questions_full = len(self.capture.own_questions) >= MAX_LIST
        _say(self.questions_note, self.tr("A meeting holds at most %n other question(s): this one is not "
                                          "added.", "", MAX_LIST) if questions_full and (
            tried == "own_questions" or self.own_question.text().strip()) else "")
        ff_full = len(self.capture.feed_forward) >= MAX_LIST
        _say(self.ff_note, self.tr("A meeting holds at most %n suggestion(s): this one is not added.",
                                   "", MAX_LIST) if ff_full and (
            tried == "feed_forward" or self.ff_text.text().strip()) else "")
        lines = len([t for t in self.topics.toPlainText().splitlines() if t.strip()])
        _say(self.topics_note, self.tr("A meeting holds at most %n topic suggestion(s): the lines after "
                                       "them are not saved.", "", MAX_LIST) if lines > MAX_LIST else "")
        if points_full:
            self.points_note.setText(full_points)

    def _save_now(self) -> None:
        self._debounce.stop()
        self._longest.stop()
        self.changed.emit(self.capture)

    def flush(self) -> None:
        """Emit now if an edit is waiting (focus-out, quit)."""
        if self._debounce.isActive() or self._longest.isActive():
            self._save_now()

    def _case_edited(self) -> None:
        names = tuple(n.strip()[:MAX_NAME] for n in self.presenters.text().split(",") if n.strip())
        names = names[:MAX_PEOPLE]
        self._emit(replace(self.capture, case_title=clean_text(self.case_title.text())[:500],
                           presenters=names, case_confidential=self.case_secret.isChecked()))

    def _tick(self, index: int) -> None:
        self._emit(toggle_question(self.capture, index))

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

    def _learning_edited(self, *_: object) -> None:
        self._emit(replace(self.capture,
                           presenter_learning=clean_text(self.presenter_learning.toPlainText()),
                           presenter_learning_confidential=self.learning_secret.isChecked()))

    def _round_edited(self) -> None:
        if self._speaker is not None:
            self._emit(set_round_line(self.capture, self._speaker, self.round_line.text()))

    def _round_passed(self) -> None:
        """The Pass button does what P does: the meeting records the pass, and the pass comes back to
        the notes through :meth:`record_pass` (one meaning of "pass" everywhere)."""
        self.pass_requested.emit()

    def record_pass(self, name: str) -> None:
        """The engine recorded a pass: keep it in the capture too (a pass is never an empty line)."""
        self._emit(set_round_line(self.capture, name, passed=True))

    def _points_edited(self) -> None:
        points = tuple(r.item() for r in self.point_rows)
        self._emit(replace(self.capture, learning_points=points))
        self._update_points_note()

    def _update_points_note(self) -> None:
        if len(self.point_rows) >= MAX_LIST:
            self.points_note.setText(self.tr("A meeting holds at most %n learning point(s).", "", MAX_LIST))
            return
        n = len([r for r in self.point_rows if r.text.text().strip()])
        if n in (POINT_SLOTS, 0):
            self.points_note.setText("")
        else:
            self.points_note.setText(self.tr("%n learning point(s) so far; three is the usual aim.", "", n))

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
        row.secret.setText(self.tr("Confidential"))
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
        row = MeasureRow()
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

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        """Ctrl+Enter in a learning point adds another slot."""
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self._user_add_point()
            return
        super().keyPressEvent(event)
