"""A learning visit on a laptop: check-in, a calm day view with one-key observations, and the joint
learning meeting with its timers, prompts and three learning points. Keyboard-first; fits 1366x768.

Ctrl+O anywhere in Runde (while a visit is open) writes an observation (timestamped, private unless
released one by one). Everything is saved a moment after typing stops.

When the data cannot be written (a full disk, a read-only folder, a server that cannot be reached)
nothing typed is lost: observations stay in the day's list marked "not saved yet", everything waits in
memory and in a file on this computer (app.storage.rescue, ``visit-<id>.json``), and Runde tries again
every few seconds; the file goes once it is all written. Opening the visit again takes the file up;
:func:`offer_rescued_visits` offers files left by an earlier run at start.

On a server the writing runs on the app's writes thread (``background``), so a network that went
silent never holds up the window; closing waits (ten seconds at most) for what was typed last.
"""

from __future__ import annotations

import contextlib
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
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
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.capture import TextItem, clean_text
from app.clock import Clock
from app.engine import Meeting, RunState
from app.formats import Format
from app.limits import MAX_LIST, MAX_NAME, MAX_OBSERVATIONS, MAX_VISIT_TYPED
from app.storage import rescue
from app.storage.errors import ServerUnreachableError, StorageError
from app.storage.pending import PendingWrites
from app.storage.rescue import KeptObservation, RescuedVisit
from app.storage.store import Store, load_visit
from app.timefmt import format_countdown, format_elapsed
from app.visit import CONFIDENTIALITY, POINT_SLOTS, ObservationMode, VisitData, VisitObservation
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


def tr(text: str) -> str:
    """Outside a class: the same context ("") as ui/application.py, so its translations are shared."""
    return QCoreApplication.translate("", text)


def _text_box(height: int = 70) -> QPlainTextEdit:
    box = QPlainTextEdit()
    limit_text(box)
    box.setTabChangesFocus(True)
    box.setMaximumHeight(height)
    return box


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
        self.tabs.addTab(self._checkin_page(), "")
        self.tabs.addTab(self._day_page(), "")
        self.tabs.addTab(self._meeting_page(), "")
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
        page = QWidget()
        form = QFormLayout(page)
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
        for sig in (self.day.dateChanged, self.start.timeChanged, self.end.timeChanged,
                    self.whole_day.currentIndexChanged, self.mode.currentIndexChanged,
                    self.consent.toggled, self.manager.toggled):
            sig.connect(self._changed)
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
        page = QWidget()
        col = QVBoxLayout(page)
        steps = [s for s in self.fmt.steps if s.id in ("agent-reflections", "colleague-reflections")]
        self.reflection = Meeting(replace(self.fmt, steps=tuple(steps)) if steps else self.fmt, (),
                                  self.clock)
        top = QHBoxLayout()
        self.step_label, self.step_clock = QLabel(), QLabel()
        f = self.step_clock.font()
        f.setPointSizeF(f.pointSizeF() * 2)
        f.setBold(True)
        self.step_clock.setFont(f)
        self.step_button, self.next_step_button = QPushButton(), QPushButton()
        self.less_button, self.more_button = QPushButton(), QPushButton()
        self.step_button.clicked.connect(self._toggle_step)
        self.next_step_button.clicked.connect(self._next_step)
        self.less_button.clicked.connect(lambda: self._adjust_step(-1))
        self.more_button.clicked.connect(lambda: self._adjust_step(+1))
        for w in (self.step_label, self.step_clock, self.less_button, self.more_button, self.step_button,
                  self.next_step_button):
            top.addWidget(w)
        col.addLayout(top)
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

    def _adjust_step(self, minutes: int) -> None:
        """A minute more or less for the reflection step at hand; before it starts, its planned time."""
        m = self.reflection
        if m.state is RunState.READY:
            steps = list(m.format.steps)
            i = m.view().step_index
            steps[i] = replace(steps[i], duration_s=max(60, steps[i].duration_s + 60 * minutes))
            self.reflection = Meeting(replace(m.format, steps=tuple(steps)), (), self.clock)
        elif minutes > 0:
            m.extend(minutes)
        else:
            m.shorten(-minutes)
        self._refresh_step()

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
        self.next_step_button.setText(self.tr("Next step"))
        self.less_button.setText(self.tr("− 1 min"))
        self.more_button.setText(self.tr("+ 1 min"))
        self.less_button.setAccessibleName(self.tr("One minute less for this part"))
        self.more_button.setAccessibleName(self.tr("One minute more for this part"))
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

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        """Save on close (what cannot be written stays in the file on this computer); the observation
        key rests until the window opens again."""
        self._obs_shortcut.setEnabled(False)
        if not self._closed:
            self._closed = True
            self.save(wait=True)
        super().closeEvent(event)

    # -- the end -------------------------------------------------------------------------------------
    def finish(self) -> None:
        """Finish the visit: what was typed is written, and the window offers its sheet and the way
        back to the start screen (the visit can still be edited; its sheet shows it as it is then)."""
        self.save(wait=True)
        self.reflection.finish()  # the reflection's clock stops with the visit
        self._refresh_step()
        self.finish_button.setEnabled(False)
        self.end_bar.show()
        self.end_bar.sheet_button.setFocus()

    def _to_points(self) -> None:
        self.tabs.setCurrentIndex(2)
        edit = next((e for e in self.point_edits if not e.text().strip()), self.point_edits[-1])
        edit.setFocus()

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
        for key, o in reversed(rows):
            self.obs_list.addItem(self._obs_item(key, o))
        self.obs_list.blockSignals(False)

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

    def _refresh_clocks(self) -> None:
        now = self.clock.wall().astimezone()
        self.clock_label.setText(QLocale().toString(QTime(now.hour, now.minute),
                                                    QLocale.FormatType.ShortFormat))
        d = self.data
        start = datetime.combine(d.day, d.start).astimezone()
        span = d.planned_seconds()  # the hours the two agreed (half or whole day is their label)
        elapsed = (now - start).total_seconds()
        if elapsed < 0:
            text = self.tr("The day starts in %1").replace("%1", format_elapsed(-elapsed))
        elif elapsed > span:
            text = self.tr("The planned day ended %1 ago").replace("%1", format_elapsed(elapsed - span))
        else:
            text = self.tr("%1 gone · %2 left").replace("%1", format_elapsed(elapsed)).replace(
                "%2", format_elapsed(span - elapsed))
        self.day_progress.setText(text)
        focus = "\n".join(x for x in (d.goals, d.colleague_focus) if x) or self.tr("(no focus agreed yet)")
        self.focus_view.setText(self.tr("Focus: %1").replace("%1", focus))
        self._refresh_step()

    # -- the learning meeting --------------------------------------------------------------------
    def _refresh_step(self) -> None:
        v = self.reflection.view()
        self.step_label.setText(v.step.title.get(self.lang))
        self.step_clock.setText(format_countdown(v.remaining_s) if v.remaining_s is not None else "")
        self.prompts.setText("\n".join("• " + q.get(self.lang) for q in v.step.questions))
        self.step_button.setText({"ready": self.tr("Start"), "running": self.tr("Pause"),
                                  "paused": self.tr("Resume"), "finished": self.tr("Done")}[v.state.value])
        self.next_step_button.setEnabled(not v.is_last_step)

    def _toggle_step(self) -> None:
        self.reflection.toggle()
        self._refresh_step()

    def _next_step(self) -> None:
        self.reflection.next()
        self._refresh_step()


def offer_rescued_visits(store: Store, ask: Callable[[RescuedVisit, VisitData], bool] | None = None,
                         parent: QWidget | None = None) -> int:
    """At start: a learning visit's edits kept in a file because they could not be written
    (app.storage.rescue) are brought back into the visit if the user agrees (``ask(rescued, visit)``,
    by default a question); the file is then set aside (``done/``), never deleted. A file of another
    database's visit, or of a visit that is gone, is left where it is; one that cannot be read is
    reported. Returns how many were brought back."""
    good, bad = rescue.found_visits(store.paths)
    brought = 0
    for r in good:
        try:
            stored = rescue.visit_is_here(store, r)
            if stored is None:
                continue
            if not (ask(r, r.data or stored) if ask else _ask_rescued_visit(r.data or stored, parent)):
                with contextlib.suppress(OSError):
                    rescue.discard(r)
                continue
            rescue.bring_back_visit(store, r)
        except StorageError as exc:
            from ui.error_texts import rescue_not_brought_back_text

            QMessageBox.warning(parent, tr("Edits that were not saved"),
                                rescue_not_brought_back_text(exc, r.path))
            continue
        brought += 1
        with contextlib.suppress(OSError):
            rescue.discard(r)
    for path in bad:
        from ui.error_texts import rescue_unreadable_text

        QMessageBox.warning(parent, tr("Edits that were not saved"), rescue_unreadable_text(path))
    return brought


def _ask_rescued_visit(visit: VisitData, parent: QWidget | None) -> bool:
    day = QLocale().toString(QDate(visit.day.year, visit.day.month, visit.day.day),
                             QLocale.FormatType.ShortFormat)
    text = QCoreApplication.translate(
        "VisitWindow", "Some edits of the learning visit of %1 (%2 with %3) could not be saved before "
        "Runde closed. They were kept on this computer. Bring them back into that visit now?").replace(
        "%1", day).replace("%2", visit.agent or "–").replace("%3", visit.colleague or "–")
    answer = QMessageBox.question(parent, tr("Edits that were not saved"), text)
    return answer == QMessageBox.StandardButton.Yes


def new_visit_data(agent: str, colleague: str, today: date) -> VisitData:
    """A visit for today with the suggested ground rule."""
    return VisitData(agent=agent, colleague=colleague, day=today)
