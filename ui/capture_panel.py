"""Capture during the meeting, on the operator's console, keyboard-first: the case, the questions
asked, the presenter's learning, the round's lines, measures and learning points.

Every change becomes a new :class:`Capture` and is emitted (``changed``); the controller saves it a
moment after typing stops. Nothing here talks to storage.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.capture import (
    TRIED_SINCE_LAST,
    Capture,
    clean_text,
    set_round_line,
    toggle_question,
    tried_since_last,
)
from app.clock import Clock, SystemClock
from app.formats import Format
from app.limits import MAX_NAME, MAX_PEOPLE
from app.record import learning_questions
from ui.capture_last_time import CaptureLastTime
from ui.capture_limits import CaptureLimits
from ui.capture_lists import CaptureLists
from ui.capture_rows import note, put
from ui.qt_dates import qdate
from ui.text_limit import limit_text
from ui.wrapping import WrapCheckBox

SAVE_DELAY_MS = 600  # saved within a second of the last keystroke
MAX_WAIT_MS = 900  # and within a second of the first unsaved one, however fast someone types


class CapturePanel(CaptureLastTime, CaptureLists, CaptureLimits, QScrollArea):
    """The capture form. Its parts are in modules of their own: what the last meeting left
    (ui/capture_last_time.py), the lists (ui/capture_lists.py), the limits (ui/capture_limits.py), and
    the rows (ui/capture_rows.py).

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
                 parent: QWidget | None = None, clock: Clock | None = None) -> None:
        super().__init__(parent)
        self.clock = clock if clock is not None else SystemClock()  # (a due date's calendar: today)
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
        self.questions_note = note()
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
        for measure_row in self.measure_rows:
            self._retranslate_measure(measure_row)
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

    # -- updates from the meeting ----------------------------------------------------------------
    def set_speaker(self, name: str | None) -> None:
        """Who has the word now (the round line is theirs)."""
        if name == self._speaker and self.round_who.text():
            return
        self._speaker = name
        self.round_box.setEnabled(name is not None)
        self.round_who.setText(name or self.tr("(nobody speaking)"))
        line = next((r for r in self.capture.round_lines if r.participant == name), None)
        put(self.round_line, line.text if line else "")
        self._refresh_budget()

    def load(self, cap: Capture) -> None:
        """Show a capture (e.g. after resuming a meeting)."""
        self.capture = cap
        put(self.case_title, cap.case_title)
        put(self.presenters, ", ".join(cap.presenters))
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
            put(row.text, item.text)
            row.secret.setChecked(item.confidential)
        for measure in cap.measures:
            r = self._add_measure_row()
            r.blockSignals(True)
            r.item_id = measure.id
            put(r.text, measure.text)
            put(r.owner, measure.owner)
            index = r.kind.findData(measure.kind.value)
            r.kind.setCurrentIndex(max(index, 0))
            if measure.due is not None:
                r.due.setDate(qdate(measure.due))
            r.secret.setChecked(measure.confidential)
            r.blockSignals(False)
        put(self.focus_area, cap.focus_area)
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

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        if hasattr(self, "text_note"):
            self._place_text_note()

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

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        """Ctrl+Enter in a learning point adds another slot."""
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self._user_add_point()
            return
        super().keyPressEvent(event)
