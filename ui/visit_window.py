"""A learning visit on a laptop: check-in, a calm day view with one-key observations, and the joint
learning meeting with its timers, prompts and three learning points. Keyboard-first; fits 1366x768.

Ctrl+O anywhere in Runde (while a visit is open) writes an observation (timestamped, private unless
released one by one). Everything is saved a moment after typing stops.

When the data cannot be written (a full disk, a read-only folder, a server that cannot be reached)
nothing typed is lost: observations stay in the day's list marked "not saved yet", everything waits in
memory and in a file on this computer (app.storage.rescue, ``visit-<id>.json``), and Runde tries again
every few seconds; the file goes once it is all written. Opening the visit again takes the file up;
:func:`ui.recovery.offer_rescued_visits` offers files left by an earlier run at start.

On a server the writing runs on the app's writes thread (``background``), so a network that went
silent never holds up the window; closing waits (ten seconds at most) for what was typed last.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.capture import TextItem, clean_text
from app.clock import Clock, local_zone
from app.engine import Meeting, RunState
from app.formats import Format, StepKind, StepSpec
from app.limits import MAX_LIST, MAX_NAME, MAX_OBSERVATIONS, MAX_VISIT_TYPED
from app.storage.api import (
    KeptObservation,
    PendingWrites,
    RescuedVisit,
    ServerUnreachableError,
    StorageError,
    Store,
    discard_blank_visit,
    load_visit,
    rescue,
)
from app.timefmt import format_countdown
from app.visit import (
    CONFIDENTIALITY,
    POINT_SLOTS,
    ObservationMode,
    VisitData,
    VisitObservation,
    day_end,
    day_progress,
    hours_minutes,
)
from ui.screens import VerticalScroll, grow_to_content
from ui.text_limit import TextBudget, limit_text

SAVE_DELAY_MS = 600
RETRY_MS = 5000  # a save that failed is tried again after this long
ROLE = Qt.ItemDataRole.UserRole  # an observation's id (int), or its key (str) while it is not saved yet


@dataclass(frozen=True)
class _Written:
    """What one write of a visit sent, and how it went (made on the writes' thread, read on the GUI's)."""

    data: VisitData
    waiting: tuple[KeptObservation, ...]
    releases: dict[int, bool]
    stored: list[VisitObservation] | None = None  # the observations as stored now (read after it)
    error: StorageError | None = None




def _text_box(height: int = 70) -> QPlainTextEdit:
    box = QPlainTextEdit()
    limit_text(box)
    box.setTabChangesFocus(True)
    box.setMaximumHeight(height)
    return box


def _scrolled(page: QWidget) -> QScrollArea:
    """A page that scrolls up and down when the window is lower than it (a laptop at 125 %, five
    learning points), never sideways."""
    area = VerticalScroll(page)  # (asks for all of the page: the window grows to it where the screen can)
    area.viewport().setAutoFillBackground(False)  # the tab's own background, as without a scroll area
    page.setAutoFillBackground(False)  # (after setWidget, which turns it on)
    return area


def _timed_page(timer: QWidget, body: QWidget) -> QWidget:
    """A part's clock above its page, always in sight while the page scrolls under it."""
    page = QWidget()
    col = QVBoxLayout(page)
    col.addWidget(timer)
    col.addWidget(_scrolled(body), 1)
    return page


def timed_parts(fmt: Format) -> tuple[tuple[StepSpec, ...], tuple[StepSpec, ...]]:
    """The format's timed steps before the open day (the check-in) and after it (the learning meeting:
    the reflections and the three learning points), as resources/formats/learning-visit.json has them."""
    steps = fmt.steps
    day = next((i for i, st in enumerate(steps) if st.kind is StepKind.OPEN), None)
    timed = [st for st in steps if st.kind is StepKind.TIMED]
    if day is None:  # a visit format without an open day: the first timed step is its check-in
        return tuple(timed[:1]), tuple(timed[1:])
    return (tuple(st for st in steps[:day] if st.kind is StepKind.TIMED),
            tuple(st for st in steps[day + 1:] if st.kind is StepKind.TIMED))


class StepTimer(QWidget):
    """The countdown of a part of the visit, as the format times it: its name, the time left, a minute
    less or more (before the start: its planned time), start or pause, and the next part.

    Signals:
        step_changed(): another part, or its state changed (the window shows its prompts).
    """

    step_changed = Signal()

    def __init__(self, fmt: Format, steps: tuple[StepSpec, ...], clock: Clock, lang: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clock, self.lang = clock, lang
        self.meeting = Meeting(replace(fmt, steps=steps) if steps else fmt, (), clock)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.step_label, self.step_clock = QLabel(), QLabel()
        f = self.step_clock.font()
        f.setPointSizeF(f.pointSizeF() * 2)
        f.setBold(True)
        self.step_clock.setFont(f)
        self.step_button, self.next_step_button = QPushButton(), QPushButton()
        self.less_button, self.more_button = QPushButton(), QPushButton()
        self.step_button.clicked.connect(self.toggle)
        self.next_step_button.clicked.connect(self.next)
        self.less_button.clicked.connect(lambda: self.adjust(-1))
        self.more_button.clicked.connect(lambda: self.adjust(+1))
        row.addWidget(self.step_label, 1)
        for w in (self.step_clock, self.less_button, self.more_button, self.step_button,
                  self.next_step_button):
            row.addWidget(w)
        self.next_step_button.setVisible(len(self.meeting.format.steps) > 1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Every text, again after a language change (the window's own translations)."""
        self.next_step_button.setText(QCoreApplication.translate("VisitWindow", "Next step"))
        self.less_button.setText(QCoreApplication.translate("VisitWindow", "− 1 min"))
        self.more_button.setText(QCoreApplication.translate("VisitWindow", "+ 1 min"))
        self.less_button.setAccessibleName(QCoreApplication.translate(
            "VisitWindow", "One minute less for this part"))
        self.more_button.setAccessibleName(QCoreApplication.translate(
            "VisitWindow", "One minute more for this part"))
        self.refresh()

    def refresh(self) -> None:
        """The part at hand and its time left, as it is now."""
        v = self.meeting.view()
        title = v.step.title.get(self.lang)
        self.step_label.setText(title)
        self.step_clock.setText(format_countdown(v.remaining_s) if v.remaining_s is not None else "")
        self.step_clock.setAccessibleName(QCoreApplication.translate(
            "VisitWindow", "Time left for %1").replace("%1", title))
        self.step_button.setText({
            "ready": QCoreApplication.translate("VisitWindow", "Start"),
            "running": QCoreApplication.translate("VisitWindow", "Pause"),
            "paused": QCoreApplication.translate("VisitWindow", "Resume"),
            "finished": QCoreApplication.translate("VisitWindow", "Done")}[v.state.value])
        going = v.state is not RunState.FINISHED
        for button in (self.step_button, self.less_button, self.more_button):
            button.setEnabled(going)
        self.next_step_button.setEnabled(going and not v.is_last_step)

    def adjust(self, minutes: int) -> None:
        """A minute more or less for the part at hand; before it starts, its planned time."""
        m = self.meeting
        if m.state is RunState.READY:
            steps = list(m.format.steps)
            i = m.view().step_index
            steps[i] = replace(steps[i], duration_s=max(60, steps[i].duration_s + 60 * minutes))
            self.meeting = Meeting(replace(m.format, steps=tuple(steps)), (), self.clock)
        elif minutes > 0:
            m.extend(minutes)
        else:
            m.shorten(-minutes)
        self.refresh()

    def toggle(self) -> None:
        """Start, pause or resume."""
        self.meeting.toggle()
        self.refresh()
        self.step_changed.emit()

    def next(self) -> None:
        """The next part (started if the one before was running)."""
        self.meeting.next()
        self.refresh()
        self.step_changed.emit()

    def finish(self) -> None:
        """The clock stops for good (the visit is finished)."""
        self.meeting.finish()
        self.refresh()


class VisitWindow(QMainWindow):
    """The whole visit in one window with three tabs.

    Signals:
        start_screen_requested(): the visit is finished: back to the start screen.
    """

    start_screen_requested = Signal()
    sheet_dialog: QWidget | None = None  # the last sheet's preview (Make the sheet…)

    def __init__(self, store: Store, visit_id: int, fmt: Format, clock: Clock, lang: str = "en",
                 parent: QWidget | None = None, background: PendingWrites | None = None) -> None:
        super().__init__(parent)
        self.store, self.visit_id, self.fmt, self.clock, self.lang = store, visit_id, fmt, clock, lang
        self.background = background  # on a server: the app's writes thread (None: written here)
        self._sending = False  # a write is on the writes' thread
        self._again = False  # something was typed while it was: saved again when it is back
        self._unsaved: list[KeptObservation] = []  # typed, not written yet (shown, kept in the file)
        self._releases: dict[int, bool] = {}  # ticks of stored observations not written yet
        self._rescue_file: Path | None = None  # where the waiting edits are kept on this computer
        self._stale = False  # the stored observations could not be read yet
        self._closed = False  # closed: no more tries (the file keeps what waits; opening tries again)
        self._gone = False  # closed with nothing typed: removed, never saved again
        kept = self._kept_edits()
        try:
            self.data, self.observations = load_visit(store, visit_id)
        except StorageError:
            if kept is None or kept.data is None:
                raise  # nothing to show: the caller says why
            self.data, self.observations, self._stale = kept.data, [], True
        self._written_data: VisitData | None = None if self._stale else self.data  # as last written
        if kept is not None:  # edits that could not be written when this visit was last open
            self.data = kept.data or self.data
            self._unsaved, self._releases = list(kept.observations), dict(kept.releases)
            self._rescue_file = kept.path
        self.setWindowTitle(self.tr("Runde – learning visit"))
        self.tabs = QTabWidget()
        # each page scrolls on a laptop at 125 % (or 200 %), nothing is cut; a part's clock stays in sight
        for page in (self._checkin_page(), _scrolled(self._day_page()), self._meeting_page()):
            self.tabs.addTab(page, "")
        central = QWidget()  # the agreed focus above every page, always in sight
        box = QVBoxLayout(central)
        box.setContentsMargins(0, 0, 0, 0)
        self._build_top(box)
        box.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.saved_label = QLabel()
        self.statusBar().addWidget(self.saved_label)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save)
        self._tick = QTimer(self)
        self._tick.setObjectName("visit-clock")
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._refresh_clocks)
        self._tick.start()
        # from any of Runde's windows (History, a sheet's preview…) while this visit is open
        # (only while this window is open: two open visits would make the key ambiguous)
        self._obs_shortcut = QShortcut(QKeySequence("Ctrl+O"), self, activated=self.begin_observation,
                                       context=Qt.ShortcutContext.ApplicationShortcut)
        self._load()
        self.retranslate_ui()
        self._refresh_clocks()
        if kept is not None:
            self.save()  # written now, or kept and tried again

    # -- pages -----------------------------------------------------------------------------------
    def _build_top(self, box: QVBoxLayout) -> None:
        """Above every page: the agreed focus and, once the visit is finished, the way on."""
        from ui.meeting_end import VisitEndBar

        box.addWidget(self.focus_view)

        self.end_bar = VisitEndBar()  # once finished: its points, the sheet, the start screen
        self.end_bar.hide()
        self.end_bar.sheet_requested.connect(self.make_sheet)
        self.end_bar.start_screen_requested.connect(self.start_screen_requested)
        self.end_bar.fill_requested.connect(self._to_points)
        box.addWidget(self.end_bar)

    def _checkin_page(self) -> QWidget:
        before, _after = timed_parts(self.fmt)
        self.checkin_timer = StepTimer(self.fmt, before, self.clock, self.lang)
        body = QWidget()
        col = QVBoxLayout(body)
        col.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        col.addLayout(form)
        col.addStretch(1)
        page = _timed_page(self.checkin_timer, body)
        self.agent, self.colleague = QLineEdit(), QLineEdit()
        self.agent.setMaxLength(MAX_NAME)
        self.colleague.setMaxLength(MAX_NAME)
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.whole_day = QComboBox()
        self.start, self.end = QTimeEdit(), QTimeEdit()
        self.goals, self.focus = _text_box(), _text_box()
        self.rules = _text_box()
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
        for w in (self.agent, self.colleague):
            w.textEdited.connect(self._changed)
        for box in (self.goals, self.focus, self.rules):
            box.textChanged.connect(self._changed)
        for sig in (self.day.dateChanged, self.end.timeChanged, self.mode.currentIndexChanged,
                    self.consent.toggled, self.manager.toggled):
            sig.connect(self._changed)
        self.whole_day.currentIndexChanged.connect(self._day_length_chosen)
        self.start.timeChanged.connect(self._start_moved)
        return page

    def _day_page(self) -> QWidget:
        page = QWidget()
        col = QVBoxLayout(page)
        self.clock_label = QLabel()
        self.clock_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.clock_label.font()
        font.setPointSizeF(font.pointSizeF() * 3.2)
        font.setBold(True)
        self.clock_label.setFont(font)
        self.day_progress = QLabel()
        self.day_progress.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.focus_view = QLabel()
        self.focus_view.setWordWrap(True)
        self.focus_view.setFrameShape(QLabel.Shape.StyledPanel)
        self.obs_edit = QLineEdit()
        limit_text(self.obs_edit)
        self.obs_list = QListWidget()
        self.obs_list.itemChanged.connect(self._release_changed)
        self.obs_hint = QLabel()
        self.obs_hint.setWordWrap(True)
        for w in (self.clock_label, self.day_progress, self.obs_edit, self.obs_hint):
            col.addWidget(w)
        col.addWidget(self.obs_list, 1)
        self.obs_edit.returnPressed.connect(self._add_observation)
        self.obs_edit.textEdited.connect(self._changed)  # a half-typed observation survives a crash
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
        page = _timed_page(t, body)
        self.prompts = QLabel()
        self.prompts.setWordWrap(True)
        col.addWidget(self.prompts)
        self.obs_at_hand = QListWidget()  # the day's observations, at hand while reflecting
        self.obs_at_hand.setMaximumHeight(90)
        col.addWidget(self.obs_at_hand)
        form = QFormLayout()
        self.saw, self.worked, self.differently = _text_box(55), _text_box(55), _text_box(55)
        self.experience, self.thoughts = _text_box(55), _text_box(55)
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
        edit.setPlaceholderText(self.tr("Learning point %1").replace("%1", str(n)))
        edit.setAccessibleName(self.tr("Learning point %1").replace("%1", str(n)))
        return edit

    @property
    def reflection(self) -> Meeting:
        """The learning meeting's clock (its reflections and the three learning points)."""
        return self.meeting_timer.meeting

    @property
    def checkin(self) -> Meeting:
        """The check-in's clock."""
        return self.checkin_timer.meeting

    def retranslate_ui(self) -> None:
        """Every text, again after a language change."""
        for i, text in enumerate((self.tr("1 · Check-in"), self.tr("2 · The day"),
                                  self.tr("3 · Learning meeting"))):
            self.tabs.setTabText(i, text)
        for label, text in zip(self.checkin_labels, (
                self.tr("Learning agent"), self.tr("Colleague being followed"), self.tr("Date"),
                self.tr("Day and hours"), self.tr("What the agent wants from the day"),
                self.tr("What the colleague suggests to focus on"),
                self.tr("Ground rules (one per line)"), self.tr("How the agent takes part")), strict=True):
            label.setText(text)
        self.whole_day.blockSignals(True)
        self.whole_day.clear()
        self.whole_day.addItems([self.tr("Whole day"), self.tr("Half day")])
        self.whole_day.setCurrentIndex(0 if self.data.whole_day else 1)
        self.whole_day.blockSignals(False)
        self.mode.blockSignals(True)
        self.mode.clear()
        self.mode.addItem(self.tr("As a fly on the wall"), ObservationMode.FLY_ON_THE_WALL.value)
        self.mode.addItem(self.tr("As a kind of intern"), ObservationMode.INTERN.value)
        self.mode.setCurrentIndex(max(0, self.mode.findData(self.data.mode.value)))
        self.mode.blockSignals(False)
        self.consent.setText(self.tr("We both agree to the visit"))
        self.manager.setText(self.tr("The manager is informed"))
        self.obs_edit.setPlaceholderText(self.tr("An observation (Ctrl+O from anywhere, Enter saves it)"))
        self.obs_edit.setAccessibleName(self.tr("New observation"))
        self.obs_hint.setText(self.tr("Observations are private: they stay on this computer and out of "
                                      "every sheet unless you tick one to release it."))
        for label, text in zip(self.reflection_labels, (
                self.tr("What did you see and hear?"), self.tr("What worked well?"),
                self.tr("What could perhaps be done differently?"),
                self.tr("What was it like to have a learning agent along?"),
                self.tr("What thoughts has the day given you?")), strict=True):
            label.setText(text)
        self.points_title.setText(self.tr("Three learning points"))
        for i, e in enumerate(self.point_edits, start=1):
            e.setPlaceholderText(self.tr("Learning point %1").replace("%1", str(i)))
            e.setAccessibleName(self.tr("Learning point %1").replace("%1", str(i)))
        self.obs_at_hand.setAccessibleName(self.tr("The day's observations"))
        self.present.setText(self.tr("Present them at a staff meeting on"))
        self.checkin_timer.retranslate_ui()
        self.meeting_timer.retranslate_ui()
        self.add_point_button.setText(self.tr("Add a learning point"))
        self.finish_button.setText(self.tr("Finish the visit"))
        self.finish_button.setToolTip(self.tr("Everything is saved; then make its sheet, or go back to "
                                              "the start screen"))
        self._rules_text()
        self._refresh_clocks()

    # -- loading and saving ----------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        """Follow a language change at once (Qt sends it when the translators change)."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _rules_text(self) -> None:
        shown = [self.tr("Confidentiality") if r == CONFIDENTIALITY else r for r in self.data.ground_rules]
        if self.rules.toPlainText().splitlines() != shown:
            self.rules.blockSignals(True)
            self.rules.setPlainText("\n".join(shown))
            self.rules.blockSignals(False)

    def _load(self) -> None:
        d = self.data
        while len(self.point_edits) < len(d.learning_points):
            self._add_point_edit()
        widgets = (self.obs_edit, self.agent, self.colleague, self.day, self.start, self.end, self.goals,
                   self.focus,
                   self.consent, self.manager, self.saw, self.worked, self.differently, self.experience,
                   self.thoughts, self.present, self.present_on, *self.point_edits)
        for w in widgets:
            w.blockSignals(True)
        self.agent.setText(d.agent)
        self.colleague.setText(d.colleague)
        self.day.setDate(QDate(d.day.year, d.day.month, d.day.day))
        self.start.setTime(QTime(d.start.hour, d.start.minute))
        self.end.setTime(QTime(d.end.hour, d.end.minute))
        self._start_was = d.start
        self.goals.setPlainText(d.goals)
        self.focus.setPlainText(d.colleague_focus)
        self.consent.setChecked(d.consent)
        self.manager.setChecked(d.manager_informed)
        for box, text in ((self.saw, d.agent_saw), (self.worked, d.agent_worked),
                          (self.differently, d.agent_differently), (self.experience, d.colleague_experience),
                          (self.thoughts, d.colleague_thoughts)):
            box.setPlainText(text)
        for edit, point in zip(self.point_edits, d.learning_points, strict=False):
            edit.setText(point.text)
        self.present.setChecked(d.present_at_staff_meeting)
        self.obs_edit.setText(d.observation_draft)
        on = d.present_on or d.day + timedelta(days=14)
        self.present_on.setDate(QDate(on.year, on.month, on.day))
        for w in widgets:
            w.blockSignals(False)
        self._show_observations()
        self._update_points_note()
        self._refresh_limits()

    def _update_points_note(self) -> None:
        n = len(self.data.filled_points())
        self.end_bar.show_points(n)
        self.points_note.setText("" if n in (0, POINT_SLOTS) else self.tr(
            "%n learning point(s) so far; three is the usual aim.", "", n))

    def _changed(self, *_: object) -> None:
        self._save_timer.start(SAVE_DELAY_MS)
        self._refresh_limits()

    # -- limits (app/limits.py: what a team file brings back in) -----------------------------------
    def _build_limits(self) -> None:
        """The visit's text in all, held within MAX_VISIT_TYPED by every long field, said in a line of
        the status bar as it is approached; the same line says why a list takes no more."""
        self.limit_note = QLabel()
        self.statusBar().addPermanentWidget(self.limit_note, 1)
        self.list_note = QLabel()
        self.list_note.setWordWrap(True)
        self.list_note.hide()
        self.statusBar().addPermanentWidget(self.list_note, 1)
        self.budget = TextBudget(MAX_VISIT_TYPED, self._typed, self.limit_note)
        for edit in self._long_fields():
            self._watch(edit)

    def _long_fields(self) -> list[QLineEdit | QPlainTextEdit]:
        return [self.goals, self.focus, self.rules, self.saw, self.worked, self.differently, self.experience,
                self.thoughts, self.obs_edit, *self.point_edits]

    def _watch(self, edit: QLineEdit | QPlainTextEdit) -> None:
        counter = edit.findChild(QLabel, "textLimit")  # (ui/text_limit.py's, made with the field)
        if hasattr(self, "budget") and counter is not None:
            self.budget.watch(counter)

    def _typed(self) -> int:
        """What is typed in this visit, in characters: its long fields as they stand, and the
        observations (the names, times and codes are the rest of MAX_RECORD_TEXT)."""
        fields = sum(len(e.text()) if isinstance(e, QLineEdit) else e.document().characterCount() - 1
                     for e in self._long_fields())
        return fields + sum(len(o.text) for o in self.observations) + sum(len(k.text) for k in self._unsaved)

    def _observation_count(self) -> int:
        return len(self.observations) + len(self._unsaved)

    def _refresh_limits(self, tried: str = "") -> None:
        """The room left in every field; the Add button at the points' limit disabled, saying why."""
        if not hasattr(self, "budget"):
            if not hasattr(self, "add_point_button"):
                return  # (still being built)
            self._build_limits()
        self.budget.refresh()
        points_full = len(self.point_edits) >= MAX_LIST
        why_points = self.tr("A learning visit holds at most %n learning point(s).", "", MAX_LIST)
        self.add_point_button.setEnabled(not points_full)
        self.add_point_button.setToolTip(why_points if points_full else "")
        obs_full = self._observation_count() >= MAX_OBSERVATIONS
        why_obs = self.tr("A learning visit holds at most %n observation(s): this one is not added.", "",
                          MAX_OBSERVATIONS)
        self.obs_edit.setToolTip(why_obs if obs_full else "")
        rules = len([ln for ln in self.rules.toPlainText().splitlines() if ln.strip()])
        said = (why_obs if obs_full and (tried == "observation" or self.obs_edit.text().strip()) else
                self.tr("A learning visit holds at most %n ground rule(s): the lines after them are not "
                        "saved.", "", MAX_LIST) if rules > MAX_LIST else
                why_points if points_full and tried == "point" else "")
        self.list_note.setText(said)
        self.list_note.setVisible(bool(said))

    def _user_add_point(self) -> None:
        if len(self.point_edits) >= MAX_LIST:
            self._refresh_limits(tried="point")
            return
        self._add_point_edit().setFocus()
        self._refresh_limits()

    def collect(self) -> VisitData:
        """What the window says now."""
        rules = [ln.strip() for ln in self.rules.toPlainText().splitlines() if ln.strip()][:MAX_LIST]
        rules = [CONFIDENTIALITY if r == self.tr("Confidentiality") else r for r in rules]
        points = tuple(TextItem(self.data.learning_points[i].id if i < len(self.data.learning_points)
                                else uuid.uuid4().hex[:8], clean_text(e.text()))
                       for i, e in enumerate(self.point_edits))
        return replace(
            self.data, agent=clean_text(self.agent.text())[:200],
            colleague=clean_text(self.colleague.text())[:200],
            day=self.day.date().toPython(), whole_day=self.whole_day.currentIndex() == 0,
            start=self.start.time().toPython(), end=self.end.time().toPython(),
            goals=clean_text(self.goals.toPlainText()), colleague_focus=clean_text(self.focus.toPlainText()),
            ground_rules=tuple(rules), mode=ObservationMode(self.mode.currentData()
                                                            or ObservationMode.FLY_ON_THE_WALL.value),
            consent=self.consent.isChecked(), manager_informed=self.manager.isChecked(),
            agent_saw=clean_text(self.saw.toPlainText()), agent_worked=clean_text(self.worked.toPlainText()),
            agent_differently=clean_text(self.differently.toPlainText()),
            colleague_experience=clean_text(self.experience.toPlainText()),
            colleague_thoughts=clean_text(self.thoughts.toPlainText()), learning_points=points,
            present_at_staff_meeting=self.present.isChecked(),
            present_on=self.present_on.date().toPython() if self.present.isChecked() else None,
            observation_draft=self.obs_edit.text())

    def save(self, *, wait: bool = False) -> bool:
        """Store what was typed (and say so). What cannot be written now is kept, in memory and in a
        file on this computer, and tried again every :data:`RETRY_MS`; True when all is written.

        With ``background`` (a server) the writing runs there and this returns False at once (the
        status line says when it is written); ``wait``: here and now, as when the window closes.
        (Writing twice is harmless: an observation already stored is not written again.)"""
        self._save_timer.stop()
        if self._gone:
            return True  # removed as blank (closed with nothing typed): nothing to keep
        self.data = self.collect()
        self._update_points_note()
        write = self._write_job()
        if self.background is None:
            return self._written(write())
        if wait:
            return self._written_in_turn(write)
        if self._sending:
            self._again = True
            return False
        self._sending = True
        self.background.run(f"visit:{self.visit_id}", write, self._written_later)
        return False

    def unsaved(self) -> bool:
        """Whether edits wait to be written."""
        return self.data != self._written_data or bool(self._unsaved) or bool(self._releases)

    def _write_job(self) -> Callable[[], _Written]:
        """The write of what waits now, to run on any thread (it touches no widget)."""
        data, waiting, releases = self.data, tuple(self._unsaved), dict(self._releases)
        new = data if data != self._written_data else None
        read_back = bool(waiting or releases or self._stale)
        store, visit_id = self.store, self.visit_id

        def write() -> _Written:
            try:
                if new is not None or waiting or releases:
                    rescue.write_visit(store, visit_id, new, waiting, releases)
                stored = rescue.stored_observations(store, visit_id) if read_back else None  # with ids
            except StorageError as exc:
                return _Written(data, waiting, releases, error=exc)
            return _Written(data, waiting, releases, stored)
        return write

    def _written_in_turn(self, write: Callable[[], _Written]) -> bool:
        """Write on the writes' thread after the write on its way there (so this, the newer, lands
        last) and wait for it: closing, or quitting."""
        assert self.background is not None
        done: list[_Written] = []
        finished = threading.Event()

        def in_turn() -> None:
            try:
                done.append(write())
            finally:
                finished.set()
        # the same key: it takes the place of a write not started yet, else it runs after that one
        self.background.run(f"visit:{self.visit_id}", in_turn, lambda _r: None)
        finished.wait(10)
        self._sending = False
        if not done:  # the network keeps it: kept in the file (the write lands later, or next time)
            label = self.store.server.label() if self.store.server is not None else ""
            self._not_written(ServerUnreachableError(label))
            return False
        return self._written(done[0])

    def _written_later(self, done: _Written) -> None:
        """A write on the writes' thread is back (on the GUI thread)."""
        if not isValid(self):
            return  # the window is gone: what waited is in the file
        self._sending = False
        self._written(done)
        if self._again:
            self._again = False
            self._save_timer.start(0)

    def _written(self, done: _Written) -> bool:
        if done.error is not None:
            self._not_written(done.error)
            return False
        self._written_data = done.data
        if done.stored is not None:
            self.observations, self._stale = done.stored, False
            sent = {o.key for o in done.waiting}
            self._unsaved = [o for o in self._unsaved if o.key not in sent]
            self._releases = {k: v for k, v in self._releases.items() if done.releases.get(k) != v}
            self._show_observations()
        if self._rescue_file is not None:
            rescue.clear_visit(self.store.paths, self.visit_id)
            self._rescue_file = None
        if not self.unsaved():
            self.saved_label.setText(self.tr("✓ Everything is saved"))
        return True

    def _not_written(self, exc: StorageError) -> None:
        from ui.error_texts import storage_error_text

        if isinstance(exc, ServerUnreachableError):
            self.saved_label.setText(self.tr(
                "Server not reachable: edits are kept on this computer and saved when it is back."))
        else:
            self.saved_label.setText(self.tr("⚠ Not saved yet (%1); Runde keeps trying.").replace(
                "%1", storage_error_text(exc)))
        if self.unsaved():
            self._rescue_file = rescue.keep_visit(
                self.store.paths, self.visit_id, self.data if self.data != self._written_data else None,
                tuple(self._unsaved), dict(self._releases), self.clock.wall().astimezone(UTC),
                rescue.database_of(self.store))
        if exc.code == StorageError.VISIT_GONE:
            return  # trying again cannot help: the file keeps what was typed
        if not self._closed and not self.store.closed:  # else the file brings them back (reopened,
            self._save_timer.start(RETRY_MS)  # or at the next start); never two windows writing one visit

    def _kept_edits(self) -> RescuedVisit | None:
        """This visit's edits kept in a file on this computer, the newest copy (None: there is none)."""
        good, _bad = rescue.found_visits(self.store.paths)
        here = rescue.database_of(self.store)
        mine = [r for r in good if r.visit_id == self.visit_id and r.database == here]
        return mine[-1] if mine else None

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        """The observation key works again; edits that wait are tried again."""
        self._obs_shortcut.setEnabled(True)
        reopened, self._closed = self._closed, False
        if reopened and self.unsaved():
            self.save()
        super().showEvent(event)
        grow_to_content(self)

    def event(self, event: QEvent) -> bool:
        """A page grew (a learning point added, the last step's buttons shown): the window grows with it
        while its screen has room, so "Finish the visit" is not below the fold on a full HD screen."""
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest and self.isVisible():
            grow_to_content(self)
        return handled

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        """Save on close (what cannot be written stays in the file on this computer); the observation
        key rests until the window opens again. A visit closed with nothing typed is not kept."""
        self._obs_shortcut.setEnabled(False)
        if not self._closed:
            self._closed = True
            if not self.discard_if_blank():
                self.save(wait=True)
        super().closeEvent(event)

    def discard_if_blank(self) -> bool:
        """Remove the visit if nothing was typed in it (no names, no plan, no observation, nothing
        waiting to be written): "Learning visit…" opened and closed leaves nothing behind, as a meeting
        closed before it started. True when it is gone (nothing is saved after that)."""
        if self._gone:
            return True
        self._save_timer.stop()
        self.data = self.collect()
        if (not self.data.is_blank() or self.observations or self._unsaved or self._releases
                or self._stale or self._rescue_file is not None):
            return False
        store, visit_id = self.store, self.visit_id

        def discard() -> bool:
            try:
                return discard_blank_visit(store, visit_id)
            except StorageError:
                return False  # an empty visit stays: nothing is lost
        if self.background is None:
            self._gone = discard()
        else:  # on the writes' thread, after a write on its way there
            self.background.run(f"visit:{visit_id}", discard, lambda _r: None)
            self._gone = True
        if self._gone:
            self._closed = True  # no more tries, and no save after it
            self._tick.stop()
            self.visit_id = 0  # no visit now (the database may give its id to the next one made)
        return self._gone

    # -- the end -------------------------------------------------------------------------------------
    def finish(self) -> None:
        """Finish the visit: what was typed is written, and the window offers its sheet and the way
        back to the start screen (the visit can still be edited; its sheet shows it as it is then)."""
        self.save(wait=True)
        self.checkin_timer.finish()  # the clocks stop with the visit
        self.meeting_timer.finish()
        self._refresh_step()
        self.finish_button.setEnabled(False)
        self.end_bar.show()
        self.end_bar.sheet_button.setFocus()

    def _to_points(self) -> None:
        self.tabs.setCurrentIndex(2)
        edit = next((e for e in self.point_edits if not e.text().strip()), self.point_edits[-1])
        edit.setFocus()
        area = self.tabs.widget(2).findChild(QScrollArea)
        if area is not None:
            area.ensureWidgetVisible(self.points_title)
            area.ensureWidgetVisible(edit)

    def _at_the_points(self) -> None:
        """The learning points' part began: its fields in sight, the cursor in the first empty one."""
        v = self.reflection.view()
        if "learning_points" in v.step.capture and v.state is RunState.RUNNING:
            self._to_points()

    def make_sheet(self) -> QWidget | None:
        """Make the sheet… : this visit's export preview (observations only if released), from what
        is stored once everything typed is written. None: it cannot be read now (said in a message)."""
        from app.export.assemble import visit_sheet
        from ui.export_dialog import ExportDialog
        from ui.sheet_labels import sheet_labels

        self.save(wait=True)
        try:
            sheet = visit_sheet(self.store, self.visit_id, self.clock.wall().astimezone(UTC),
                                sheet_labels().title_visit)
        except (StorageError, KeyError) as exc:
            from ui.error_texts import storage_error_text

            QMessageBox.warning(self, self.tr("The sheet cannot be made now"), self.tr(
                "The learning visit cannot be read to make its sheet: %1 Everything typed is kept; try "
                "again in a moment.").replace("%1", storage_error_text(exc) if isinstance(exc, StorageError)
                                              else self.tr("it is not in the database.")))
            return None
        dialog = ExportDialog(sheet, self)
        dialog.show()
        self.sheet_dialog = dialog
        return dialog

    # -- the day ---------------------------------------------------------------------------------
    def begin_observation(self) -> None:
        """Ctrl+O: this window to the front, the day page, cursor in the observation line."""
        self.show()
        self.raise_()
        self.activateWindow()
        self.tabs.setCurrentIndex(1)
        self.obs_edit.setFocus()

    def _add_observation(self) -> None:
        text = clean_text(self.obs_edit.text())
        if not text:
            return
        if self._observation_count() >= MAX_OBSERVATIONS:  # the text stays in the field, kept as its draft
            self._refresh_limits(tried="observation")
            return
        self._unsaved.append(KeptObservation(uuid.uuid4().hex, self.clock.wall().astimezone(UTC), text))
        self.obs_edit.clear()
        if not self.save():  # written (the draft is gone now), or kept and shown as not saved yet
            self._show_observations()
        self._refresh_limits()

    def shown_observations(self) -> list[tuple[int | str, VisitObservation | KeptObservation]]:
        """The day's observations, oldest first: the stored ones by id (with ticks not written yet),
        then those not written yet by key, in the order they were made."""
        rows: list[tuple[int | str, VisitObservation | KeptObservation]] = [
            (o.id, replace(o, released=self._releases.get(o.id, o.released))) for o in self.observations]
        rows += [(k.key, k) for k in self._unsaved]
        return sorted(rows, key=lambda r: r[1].at)

    def _show_observations(self) -> None:
        rows = self.shown_observations()
        waiting = self.tr("not saved yet")
        self.obs_at_hand.clear()
        self.obs_at_hand.addItems([f"{o.at.astimezone():%H:%M}  " + (
            f"({waiting})  " if isinstance(key, str) else "") + o.text for key, o in rows])
        self.obs_list.blockSignals(True)
        self.obs_list.clear()
        for key, o in rows:  # oldest first, as the day is lived and as in the learning meeting
            self.obs_list.addItem(self._obs_item(key, o))
        self.obs_list.blockSignals(False)
        self.obs_list.scrollToBottom()  # the newest in sight, just written

    def _obs_item(self, key: int | str, o: VisitObservation | KeptObservation) -> QListWidgetItem:
        when = QLocale().toString(QTime(o.at.astimezone().hour, o.at.astimezone().minute),
                                  QLocale.FormatType.ShortFormat)
        saved = isinstance(key, int)
        waiting = self.tr("not saved yet")
        item = QListWidgetItem(f"{when}  {o.text}" if saved else f"{when}  ({waiting})  {o.text}")
        item.setData(ROLE, key)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if o.released else Qt.CheckState.Unchecked)
        tip = self.tr("Ticked: released for sheets. Not ticked: private.")
        if not saved:
            tip += "\n" + self.tr("Not saved yet: kept on this computer and saved as soon as Runde can.")
            font = item.font()
            font.setItalic(True)
            item.setFont(font)
        item.setToolTip(tip)
        return item

    def _release_changed(self, item: QListWidgetItem) -> None:
        key, released = item.data(ROLE), item.checkState() == Qt.CheckState.Checked
        if isinstance(key, str):  # not written yet: it will be written released (or not)
            self._unsaved = [replace(k, released=released) if k.key == key else k for k in self._unsaved]
        else:
            self._releases[int(key)] = released
        self._save_timer.start(0)  # at once, but not inside the list's own signal (a save redraws it)

    def zone(self) -> tzinfo:
        """The visit's time zone: this computer's (app.clock.local_zone), daylight saving included."""
        return local_zone(self.clock.wall())

    def span_text(self, span: timedelta, *, up: bool = False) -> str:
        """A span in hours and minutes ("2 h 05 min", "40 min"), never seconds or thousands of hours."""
        hours, minutes = hours_minutes(span, up=up)
        if not hours:
            return self.tr("%n min", "", minutes)
        if not minutes:
            return self.tr("%1 h").replace("%1", str(hours))
        return self.tr("%1 h %2 min").replace("%1", str(hours)).replace("%2", f"{minutes:02d}")

    def _refresh_clocks(self) -> None:
        zone = self.zone()
        now = self.clock.wall().astimezone(zone)
        self.clock_label.setText(QLocale().toString(QTime(now.hour, now.minute),
                                                    QLocale.FormatType.ShortFormat))
        d = self.data
        where = day_progress(d, now, zone)  # the hours the two agreed (half or whole day is their label)
        if where.kind == "before":
            text = self.tr("The day starts in %1").replace("%1", self.span_text(where.first, up=True))
        elif where.kind == "during":
            text = self.tr("%1 gone · %2 left").replace("%1", self.span_text(where.first)).replace(
                "%2", self.span_text(where.second, up=True))
        elif where.kind == "after":
            text = self.tr("The planned day ended %1 ago").replace("%1", self.span_text(where.first))
        else:  # another day (opened again from the history, or planned ahead): its date, not hours
            day = QLocale().toString(QDate(d.day.year, d.day.month, d.day.day), QLocale.FormatType.LongFormat)
            text = (self.tr("The visit was on %1.") if d.day < now.date()
                    else self.tr("The visit is planned for %1.")).replace("%1", day)
        self.day_progress.setText(text)
        focus = "\n".join(x for x in (d.goals, d.colleague_focus) if x) or self.tr("(no focus agreed yet)")
        self.focus_view.setText(self.tr("Focus: %1").replace("%1", focus))
        self.checkin_timer.refresh()
        self._refresh_step()

    def _day_length_chosen(self, *_: object) -> None:
        """"Whole day" or "Half day": the end follows from the start."""
        start = self.start.time()
        end = day_end(time(start.hour(), start.minute()), self.whole_day.currentIndex() == 0)
        self.end.setTime(QTime(end.hour, end.minute))  # saved through its own signal
        self._changed()

    def _start_moved(self, *_: object) -> None:
        """A new start moves the end with it: the day keeps the length it had."""
        before, t, e = self._start_was, self.start.time(), self.end.time()
        start, end = time(t.hour(), t.minute()), time(e.hour(), e.minute())
        length = (datetime.combine(date.min, end) - datetime.combine(date.min, before)) % timedelta(days=1)
        moved = (datetime.combine(date.min, start) + length).time()
        self._start_was = start
        self.end.setTime(QTime(moved.hour, moved.minute))
        self._changed()

    # -- the learning meeting --------------------------------------------------------------------
    def _refresh_step(self) -> None:
        """The learning meeting's part at hand: its clock, and its questions (or, for the learning
        points, what the format asks)."""
        self.meeting_timer.refresh()
        step = self.reflection.view().step
        self.prompts.setText("\n".join("• " + q.get(self.lang) for q in step.questions)
                             or (step.instruction.get(self.lang) if step.instruction else ""))


def new_visit_data(agent: str, colleague: str, today: date) -> VisitData:
    """A visit for today with the suggested ground rule."""
    return VisitData(agent=agent, colleague=colleague, day=today)
