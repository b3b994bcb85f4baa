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

import uuid
from dataclasses import replace
from datetime import UTC, date, timedelta
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.capture import TextItem, clean_text
from app.clock import Clock
from app.engine import Meeting, RunState
from app.formats import Format
from app.limits import MAX_LIST
from app.storage.api import (
    KeptObservation,
    PendingWrites,
    StorageError,
    Store,
    load_visit,
)
from app.visit import CONFIDENTIALITY, POINT_SLOTS, ObservationMode, VisitData
from ui.qt_dates import pydate, pytime, qdate
from ui.screens import grow_to_content
from ui.visit_day import VisitDay
from ui.visit_limits import VisitLimits
from ui.visit_observations import VisitObservations
from ui.visit_pages import VisitPages
from ui.visit_saving import SAVE_DELAY_MS, VisitSaving
from ui.visit_steps import scrolled


class VisitWindow(VisitPages, VisitSaving, VisitObservations, VisitDay, VisitLimits, QMainWindow):
    """The whole visit in one window with three tabs: the check-in, the day, the learning meeting.

    Its parts are in modules of their own: the check-in's and the learning meeting's pages
    (ui/visit_pages.py), the writing (ui/visit_saving.py), the day page and its observations
    (ui/visit_observations.py), the day's hours (ui/visit_day.py), the limits
    (ui/visit_limits.py), and the parts' clocks (ui/visit_steps.py).

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
        for page in (self._checkin_page(), scrolled(self._day_page()), self._meeting_page()):
            self.tabs.addTab(page, "")
        central = QWidget()  # the agreed focus above every page, always in sight
        box = QVBoxLayout(central)
        box.setContentsMargins(0, 0, 0, 0)
        self._build_top(box)
        box.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.saved_label = QLabel()
        self.statusBar().addWidget(self.saved_label)
        self._start_timers()
        self._load()
        self.retranslate_ui()
        self._refresh_clocks()
        if kept is not None:
            self.save()  # written now, or kept and tried again

    def _start_timers(self) -> None:
        """The save a moment after typing stops, the clocks' tick, and Ctrl+O."""
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
        self._obs_shortcut = QShortcut(QKeySequence("Ctrl+O"), self)
        self._obs_shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
        self._obs_shortcut.activated.connect(self.begin_observation)

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
        self.day.setDate(qdate(d.day))
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
        self.present_on.setDate(qdate(on))
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
            day=pydate(self.day.date()), whole_day=self.whole_day.currentIndex() == 0,
            start=pytime(self.start.time()), end=pytime(self.end.time()),
            goals=clean_text(self.goals.toPlainText()), colleague_focus=clean_text(self.focus.toPlainText()),
            ground_rules=tuple(rules), mode=ObservationMode(self.mode.currentData()
                                                            or ObservationMode.FLY_ON_THE_WALL.value),
            consent=self.consent.isChecked(), manager_informed=self.manager.isChecked(),
            agent_saw=clean_text(self.saw.toPlainText()), agent_worked=clean_text(self.worked.toPlainText()),
            agent_differently=clean_text(self.differently.toPlainText()),
            colleague_experience=clean_text(self.experience.toPlainText()),
            colleague_thoughts=clean_text(self.thoughts.toPlainText()), learning_points=points,
            present_at_staff_meeting=self.present.isChecked(),
            present_on=pydate(self.present_on.date()) if self.present.isChecked() else None,
            observation_draft=self.obs_edit.text())

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
        page = self.tabs.widget(2)
        area = page.findChild(QScrollArea) if page is not None else None
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
