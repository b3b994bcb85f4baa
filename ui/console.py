"""The operator's console on the laptop: controls, the agenda with planned and actual times, the round,
and what the room sees, small."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.adaptive import Proposal
from app.engine import MeetingView, RunState, StepLine
from app.plan_fit import minutes_of_usual
from app.rotation import TurnStatus
from app.timefmt import format_delta_minutes, format_elapsed
from ui.keys import Action
from ui.meeting_end import Captured, EndPanel
from ui.room_header import clock_time
from ui.room_message import MessagePanel
from ui.room_view import RoomView


class Console(QMainWindow):
    """Controls for the person running the meeting.

    Signals:
        action(Action): a control was used (same as its key).
        absent_toggled(int): mark a participant absent, or back.
        moved(int, int): move a waiting participant (id, new index).
        latecomer(str): add someone who arrived late.
        finish_requested(): end the meeting.
        settings_requested(): open the settings.
        move_screen_requested(): put the room's view on the next screen.
        adapt_requested(): show the plan that shortens what is left (the meeting is behind).
        adapt_applied(): apply the plan shown.
        adapt_dismissed(): not now (the offer keeps quiet until the meeting is further behind).
        start_time_entered(str): the planned start as typed ("14:00"; empty: none).
        sheet_requested(): the meeting has ended: make its sheet.
        new_meeting_requested(): the meeting has ended: to the start screen.
        fill_requested(str): the meeting has ended: to the capture field to fill in (ui.meeting_end).
    """

    action = Signal(object)
    absent_toggled = Signal(int)
    moved = Signal(int, int)
    latecomer = Signal(str)
    finish_requested = Signal()
    move_screen_requested = Signal()
    settings_requested = Signal()
    adapt_requested = Signal()
    adapt_applied = Signal()
    adapt_dismissed = Signal()
    start_time_entered = Signal(str)
    sheet_requested = Signal()
    new_meeting_requested = Signal()
    fill_requested = Signal(str)

    def __init__(self, lang: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._view: MeetingView | None = None
        self._behind: float | None = None  # the adaptive offer shown, or None
        self._proposal: tuple[Proposal, datetime | None] | None = None  # the plan shown, or None
        self._start_ok = True
        self._build()
        self.retranslate_ui()

    # -- view ------------------------------------------------------------------------------------
    def _build(self) -> None:
        left = self._build_controls()
        self.agenda = QTableWidget(0, 3)
        self.agenda.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.agenda.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.agenda.verticalHeader().setVisible(False)
        self.agenda.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2):  # the times as wide as they are: the step's name gets the rest
            self.agenda.horizontalHeader().setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.agenda_box = QGroupBox()
        QVBoxLayout(self.agenda_box).addWidget(self.agenda)
        self._build_round()
        self._build_adaptive()
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.agenda_box)
        right.addWidget(self.round_box)
        self.tabs = QTabWidget()  # the capture panel is added as a second tab
        self.tabs.addTab(right, "")
        rw = QWidget()
        rwl = QVBoxLayout(rw)
        rwl.setContentsMargins(0, 0, 0, 0)
        self.end_panel = EndPanel()  # when the meeting has ended: what was captured, and the way on
        self.end_panel.sheet_requested.connect(self.sheet_requested)
        self.end_panel.new_meeting_requested.connect(self.new_meeting_requested)
        self.end_panel.fill_requested.connect(self._fill)
        self.end_panel.hide()
        rwl.addWidget(self.end_panel)
        rwl.addWidget(self.adapt_bar)
        rwl.addWidget(self.adapt_panel)
        rwl.addWidget(self.tabs, 1)
        left_w = QWidget()
        left_w.setLayout(left)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left_w)
        split.addWidget(rw)
        split.setStretchFactor(0, 2)  # the preview is small; the agenda and the capture need room
        split.setStretchFactor(1, 3)
        split.setSizes([400, 600])  # at first (a laptop's console): most of the width to the agenda
        self.setCentralWidget(split)
        self.screen_label = QLabel()
        self.clock_label = QLabel()
        self.save_label = QLabel()
        self.statusBar().addWidget(self.screen_label, 1)
        self.statusBar().addWidget(self.save_label, 1)
        self.projected_label = QLabel()  # "Projected: 31 of 30 min" while the meeting runs
        self.projected_label.setObjectName("projected")
        self.statusBar().addPermanentWidget(self.projected_label)
        self.statusBar().addPermanentWidget(self.clock_label)

    def _build_controls(self) -> QVBoxLayout:
        self.preview = RoomView()
        self.preview.set_language(self._lang)  # the format's texts as the room shows them
        self.preview.setMinimumSize(320, 180)
        self.buttons: dict[Action, QPushButton] = {}
        grid = QGridLayout()
        order = [Action.PREVIOUS, Action.TOGGLE, Action.NEXT, Action.LESS, Action.MORE,
                 Action.PASS, Action.BLACKOUT, Action.FULLSCREEN, Action.HELP]
        for i, act in enumerate(order):
            btn = QPushButton()
            btn.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            btn.clicked.connect(lambda _=False, a=act: self.action.emit(a))
            self.buttons[act] = btn
            grid.addWidget(btn, i // 3, i % 3)
        self.screen_button = QPushButton()
        self.screen_button.clicked.connect(self.move_screen_requested)
        self.finish_button = QPushButton()
        self.finish_button.clicked.connect(self.finish_requested)
        self.settings_button = QPushButton()
        self.settings_button.clicked.connect(self.settings_requested)
        grid.addWidget(self.screen_button, 3, 0, 1, 2)  # its long text over two columns: a narrow
        grid.addWidget(self.settings_button, 3, 2)  # left column leaves the agenda and capture room
        grid.addWidget(self.finish_button, 4, 0, 1, 3)
        left = QVBoxLayout()
        left.addWidget(self.preview, 3)
        left.addLayout(grid)
        left.addWidget(self._build_message_panel())
        left.addWidget(self._build_start_row())
        return left

    # -- the message to the room (ui/room_message.py): its buttons act as their keys 1, 2, 3 and 0 ------
    def _build_message_panel(self) -> MessagePanel:
        self.message_panel = MessagePanel()
        self.message_panel.action.connect(self.action)
        return self.message_panel
    # -- (end of the message to the room) ---------------------------------------------------------------

    def _build_start_row(self) -> QWidget:
        """Before the start: when the meeting is planned to start (the room counts down to it)."""
        self.start_row = QWidget()
        self.start_label = QLabel()
        self.start_edit = QLineEdit()
        self.start_edit.setMaxLength(12)
        self.start_label.setBuddy(self.start_edit)
        self.start_edit.editingFinished.connect(
            lambda: self.start_time_entered.emit(self.start_edit.text().strip()))
        self.start_note = QLabel()
        self.start_note.setWordWrap(True)
        row = QHBoxLayout(self.start_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.start_label)
        row.addWidget(self.start_edit)
        row.addWidget(self.start_note, 1)
        return self.start_row

    def _build_adaptive(self) -> None:
        """The calm line when the meeting is behind, and the new plan it opens (Apply / Not now)."""
        self.adapt_bar = QFrame()
        self.adapt_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self.adapt_label = QLabel()
        self.adapt_label.setWordWrap(True)
        self.adapt_button, self.adapt_later_button = QPushButton(), QPushButton()
        self.adapt_button.clicked.connect(self._open_adaptive)
        self.adapt_later_button.clicked.connect(self.adapt_dismissed)
        bar = QHBoxLayout(self.adapt_bar)
        bar.addWidget(self.adapt_label, 1)
        bar.addWidget(self.adapt_button)
        bar.addWidget(self.adapt_later_button)
        self.adapt_panel = QGroupBox()
        self.adapt_summary = QLabel()
        self.adapt_summary.setWordWrap(True)
        self.adapt_table = QTableWidget(0, 3)
        self.adapt_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.adapt_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.adapt_table.verticalHeader().setVisible(False)
        self.adapt_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.adapt_table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.adapt_table.setTabKeyNavigation(False)  # Tab goes on to Apply, the arrows move in the table
        self.apply_button, self.dismiss_button = QPushButton(), QPushButton()
        self.apply_button.clicked.connect(self.adapt_applied)
        self.dismiss_button.clicked.connect(self.adapt_dismissed)
        panel = QVBoxLayout(self.adapt_panel)
        panel.addWidget(self.adapt_summary)
        panel.addWidget(self.adapt_table)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.dismiss_button)
        panel.addLayout(buttons)
        for b in (self.adapt_button, self.adapt_later_button, self.apply_button, self.dismiss_button):
            b.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click keeps Space for the meeting
        self.adapt_bar.hide()
        self.adapt_panel.hide()

    def _build_round(self) -> None:
        self.round_box = QGroupBox()
        self.round_list = QListWidget()
        self.absent_button, self.up_button, self.down_button = QPushButton(), QPushButton(), QPushButton()
        self.absent_button.clicked.connect(self._toggle_absent)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(+1))
        self.late_edit = QLineEdit()
        self.late_edit.returnPressed.connect(self._add_late)
        self.late_button = QPushButton()
        self.late_button.clicked.connect(self._add_late)
        rb = QVBoxLayout(self.round_box)
        rb.addWidget(self.round_list)
        row = QHBoxLayout()
        for b in (self.absent_button, self.up_button, self.down_button):
            row.addWidget(b)
        rb.addLayout(row)
        late = QHBoxLayout()
        late.addWidget(self.late_edit, 1)
        late.addWidget(self.late_button)
        rb.addLayout(late)

    def retranslate_ui(self) -> None:
        """Set every text (again after a language change)."""
        self.setWindowTitle(self.tr("Runde – operator's console"))
        labels = {
            Action.PREVIOUS: (self.tr("◀ Back"), self.tr("Previous speaker or step (Page Up)")),
            Action.TOGGLE: (self.tr("Start / Pause"), self.tr("Start, pause or resume (Space)")),
            Action.NEXT: (self.tr("Next ▶"), self.tr("Next speaker or step (Page Down)")),
            Action.LESS: (self.tr("− 1 min"), self.tr("One minute less (−)")),
            Action.MORE: (self.tr("+ 1 min"), self.tr("One minute more (+)")),
            Action.PASS: (self.tr("Pass"), self.tr("The speaker passes (P)")),
            Action.BLACKOUT: (self.tr("Black screen"), self.tr("Black screen and back (B)")),
            Action.FULLSCREEN: (self.tr("Room view full screen"), self.tr("Full screen (F5)")),
            Action.HELP: (self.tr("Keys…"), self.tr("List the keys (F1)")),
        }
        for act, (text, tip) in labels.items():
            self.buttons[act].setText(text)
            self.buttons[act].setToolTip(tip)
            self.buttons[act].setAccessibleDescription(tip)
        self.screen_button.setText(self.tr("Move room view to next screen"))
        self.finish_button.setText(self.tr("Finish meeting…"))
        self.settings_button.setText(self.tr("Settings…"))
        self.agenda_box.setTitle(self.tr("Agenda"))
        self.tabs.setTabText(0, self.tr("Agenda and round"))
        if self.tabs.count() > 1:
            self.tabs.setTabText(1, self.tr("What we learned"))
        self.agenda.setHorizontalHeaderLabels([self.tr("Step"), self.tr("Planned"), self.tr("Actual")])
        self.round_box.setTitle(self.tr("The round"))
        self.absent_button.setText(self.tr("Absent / back"))
        self.up_button.setText(self.tr("Move up"))
        self.down_button.setText(self.tr("Move down"))
        self.late_edit.setPlaceholderText(self.tr("Name of someone who arrived late"))
        self.late_edit.setAccessibleName(self.tr("Late-comer's name"))
        self.late_button.setText(self.tr("Add"))
        self.preview.setAccessibleName(self.tr("What the room sees"))
        self.start_label.setText(self.tr("Starts at"))
        self.start_edit.setPlaceholderText(self.tr("e.g. 14:00"))
        self.start_edit.setAccessibleName(self.tr("Planned start time"))
        self.start_edit.setAccessibleDescription(self.tr(
            "The room counts down to this time; the meeting still starts when you press Space"))
        self._show_start_note()
        self.adapt_button.setText(self.tr("Show the new plan…"))
        self.adapt_button.setAccessibleName(self.tr("Show the plan that shortens what is left"))
        self.adapt_later_button.setText(self.tr("Not now"))
        self.adapt_later_button.setAccessibleName(self.tr("Not now: keep the plan as it is"))
        self.adapt_panel.setTitle(self.tr("A new plan for what is left"))
        self.adapt_table.setHorizontalHeaderLabels([self.tr("Step"), self.tr("Now"), self.tr("New")])
        self.adapt_table.setAccessibleName(self.tr("New times for the steps to come"))
        self.apply_button.setText(self.tr("Apply the new plan"))
        self.apply_button.setAccessibleName(self.tr("Apply the new plan"))
        self.dismiss_button.setText(self.tr("Not now"))
        self.dismiss_button.setAccessibleName(self.tr("Not now: keep the plan as it is"))
        self.show_adapt_offer(self._behind)
        if self._proposal is not None:
            self.show_proposal(*self._proposal)
        if self._view is not None:
            self.show_view(self._view)

    def set_language(self, lang: str) -> None:
        """Show format texts in ``lang``."""
        self._lang = lang
        self.preview.set_language(lang)
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        """Follow a language change at once (Qt sends it when the translators change)."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def add_capture(self, panel: QWidget) -> None:
        """The capture form, as the second tab."""
        self.tabs.addTab(panel, self.tr("What we learned"))

    def show_captured(self, captured: Captured) -> None:
        """What the meeting captured, shown once it has ended."""
        self.end_panel.show_captured(captured)

    def _fill(self, field: str) -> None:
        if self.tabs.count() > 1:
            self.tabs.setCurrentIndex(1)  # the capture tab; the panel puts the cursor in the field
        self.fill_requested.emit(field)

    def set_save_text(self, text: str) -> None:
        """Whether everything typed is saved."""
        self.save_label.setText(text)

    def set_screen_text(self, text: str) -> None:
        """Where the room's view is shown."""
        self.screen_label.setText(text)

    # -- updates ---------------------------------------------------------------------------------
    def show_view(self, view: MeetingView) -> None:
        """Refresh everything from a snapshot."""
        self._view = view
        self.preview.set_view(view)
        self._show_agenda(view.agenda)
        self._show_round(view)
        self.buttons[Action.TOGGLE].setText({
            RunState.READY: self.tr("Start"), RunState.RUNNING: self.tr("Pause"),
            RunState.PAUSED: self.tr("Resume"), RunState.FINISHED: self.tr("Finished")}[view.state])
        self.clock_label.setText(self.tr("Meeting time %1").replace(
            "%1", format_elapsed(view.meeting_elapsed_s)))
        self.start_row.setVisible(view.state is RunState.READY)
        self._show_projected(view)
        ended = view.state is RunState.FINISHED
        if self.end_panel.isHidden() == ended:
            self.end_panel.setVisible(ended)
            self.finish_button.setEnabled(not ended)
            for act in (Action.PREVIOUS, Action.TOGGLE, Action.NEXT, Action.LESS, Action.MORE, Action.PASS):
                self.buttons[act].setEnabled(not ended)  # nothing left to move, time or pass
            if ended:
                self.end_panel.sheet_button.setFocus()

    # -- before the start --------------------------------------------------------------------------
    def show_start_time(self, when: datetime | None, ok: bool = True) -> None:
        """The planned start as understood (``ok`` False: what was typed is not a time)."""
        self._start_ok = ok
        if ok:
            self.start_edit.setText(clock_time(when) if when is not None else "")
        self._show_start_note()

    def _show_start_note(self) -> None:
        if not self._start_ok:
            self.start_note.setText(self.tr("Type a time such as 14:00"))
        elif self.start_edit.text():
            self.start_note.setText(self.tr("The room counts down to it"))
        else:
            self.start_note.setText("")

    # -- adaptive timing ---------------------------------------------------------------------------
    def _of_usual(self, seconds: float, usual: float | None) -> str:
        """"31 of 30 min" (a length against the usual one), or "31 min" when there is none."""
        minutes, of = minutes_of_usual(seconds, usual)
        if of is None:
            return self.tr("%1 min").replace("%1", str(minutes))
        return self.tr("%1 of %2 min").replace("%1", str(minutes)).replace("%2", str(of))

    def _show_projected(self, view: MeetingView) -> None:
        """The meeting's length as it goes, against its usual length, while it runs."""
        running = view.state in (RunState.RUNNING, RunState.PAUSED)
        self.projected_label.setVisible(running)
        if not running:
            return
        usual = view.usual_total_s
        over = usual is not None and view.projected_total_s > usual + 0.5
        text = (self.tr("⚠ Projected: %1") if over else self.tr("Projected: %1")).replace(
            "%1", self._of_usual(view.projected_total_s, usual))
        if self.projected_label.text() != text:
            self.projected_label.setText(text)
            self.projected_label.setAccessibleName(text)
            f = self.projected_label.font()
            f.setBold(over)
            self.projected_label.setFont(f)

    def show_adapt_offer(self, behind_s: float | None) -> None:
        """The calm line "2 min behind: shorten what is left…?"; None hides it (as does an open plan)."""
        self._behind = behind_s
        if behind_s is None or self._proposal is not None:
            self.adapt_bar.hide()
            return
        minutes = max(1, format_delta_minutes(behind_s))
        text = self.tr("%n min behind: shorten what is left so we end on time?", "", minutes)
        self.adapt_label.setText(text)
        if self.adapt_bar.isHidden():  # a screen reader hears it once, politely
            self.adapt_bar.show()
            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self.adapt_label, text))

    def _open_adaptive(self) -> None:
        by_keyboard = self.adapt_button.hasFocus()
        self.adapt_requested.emit()
        if by_keyboard and self.adapt_panel.isVisibleTo(self):
            self.adapt_table.setFocus()  # a screen reader reads the plan; Tab goes on to Apply

    def show_proposal(self, proposal: Proposal | None, planned_end: datetime | None = None) -> None:
        """The new plan (each remaining step's time now and new, the round's per turn), or close it."""
        if proposal is None:
            had_focus = self.adapt_panel.isAncestorOf(self.focusWidget()) if self.focusWidget() else False
            self._proposal = None
            self.adapt_panel.hide()
            if had_focus:
                self.buttons[Action.TOGGLE].setFocus()
            return
        self._proposal = (proposal, planned_end)
        self.adapt_bar.hide()
        self.adapt_summary.setText(self._proposal_summary(proposal, planned_end))
        rows = proposal.rows
        if self.adapt_table.rowCount() != len(rows):
            self.adapt_table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            title = r.spec.title.get(self._lang)
            if r.is_round:
                per_turn = self.tr("%1 per turn")
                cells = (self.tr("%1 (%n turns to come)", "", r.turns).replace("%1", title),
                         per_turn.replace("%1", format_elapsed(r.old_turn_s)),
                         per_turn.replace("%1", format_elapsed(r.new_turn_s)))
            else:
                cells = (title, format_elapsed(r.old_s), format_elapsed(r.new_s))
            for col, text in enumerate(cells):
                item = self.adapt_table.item(i, col)
                if item is None:
                    item = QTableWidgetItem()
                    self.adapt_table.setItem(i, col, item)
                if item.text() != text:
                    item.setText(text)
                f = item.font()
                if f.bold() != (col == 2 and r.changed):
                    f.setBold(col == 2 and r.changed)
                    item.setFont(f)
        self.adapt_table.resizeColumnsToContents()
        self.adapt_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.adapt_table.resizeRowsToContents()
        height = self.adapt_table.horizontalHeader().sizeHint().height() + 2 * self.adapt_table.frameWidth()
        height += sum(self.adapt_table.rowHeight(i) for i in range(len(rows)))
        self.adapt_table.setFixedHeight(height + 2)  # every step of the plan in view, no scrolling
        self.apply_button.setEnabled(bool(proposal.changes))
        self.adapt_panel.show()

    def _proposal_summary(self, p: Proposal, planned_end: datetime | None) -> str:
        if not p.changes:
            if p.behind_s <= 0:
                return self.tr("The meeting is on time: nothing needs shortening.")
            if p.on_time:
                return self.tr("The meeting still ends within its usual length: nothing needs shortening.")
            return self.tr("Nothing left can be shortened: the meeting ends about %n min late.", "",
                           max(1, p.late_minutes()))
        kept = self.tr("Nothing that has started is cut short: the step or turn running now keeps its time.")
        kept = self.tr("Now: %1. With this plan: %2.").replace(
            "%1", self._of_usual(p.projected_s, p.aim_s)).replace(
            "%2", self._of_usual(p.projected_after_s, p.aim_s)) + "\n" + kept
        if p.on_time:
            if planned_end is None:
                return self.tr("With this plan the meeting ends on time.") + "\n" + kept
            return self.tr("With this plan the meeting ends on time, at %1.").replace(
                "%1", clock_time(planned_end)) + "\n" + kept
        return self.tr("Even with every step at its shortest, the meeting ends about %n min late.", "",
                       p.late_minutes()) + "\n" + kept

    def _show_agenda(self, agenda: tuple[StepLine, ...]) -> None:
        if self.agenda.rowCount() != len(agenda):
            self.agenda.setRowCount(len(agenda))
        for line in agenda:
            marker = {"current": "▶ ", "done": "✓ ", "next": "   "}[line.where]
            cells = (marker + line.spec.title.get(self._lang), format_elapsed(line.allotted_s),
                     format_elapsed(line.actual_s) if line.where != "next" else "")
            for col, text in enumerate(cells):
                item = self.agenda.item(line.index, col)
                if item is None:
                    item = QTableWidgetItem()
                    self.agenda.setItem(line.index, col, item)
                if item.text() != text:
                    item.setText(text)
                f = item.font()
                if f.bold() != (line.where == "current"):
                    f.setBold(line.where == "current")
                    item.setFont(f)

    def _status_text(self, status: TurnStatus) -> str:
        return {TurnStatus.WAITING: self.tr("to come"), TurnStatus.SPEAKING: self.tr("speaking now"),
                TurnStatus.SPOKEN: self.tr("has spoken"), TurnStatus.PASSED: self.tr("passed"),
                TurnStatus.ABSENT: self.tr("absent")}[status]

    def _show_round(self, view: MeetingView) -> None:
        turns = view.round.turns if view.round else ()
        self.round_box.setEnabled(bool(turns) and view.state is not RunState.FINISHED)
        selected = self._selected_id()
        texts = [f"{t.name} — {self._status_text(t.status)}" for t in turns]
        current = [self.round_list.item(i).text() for i in range(self.round_list.count())]
        if texts != current:
            self.round_list.clear()
            for t, text in zip(turns, texts, strict=True):
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, t.id)
                self.round_list.addItem(item)
                if t.id == selected:
                    self.round_list.setCurrentItem(item)

    def set_round_preview(self, names: list[tuple[int, str, TurnStatus]]) -> None:
        """Before the round starts: the order to come, so absences can be marked in advance."""
        self.round_list.clear()
        for pid, name, status in names:
            item = QListWidgetItem(f"{name} — {self._status_text(status)}")
            item.setData(Qt.ItemDataRole.UserRole, pid)
            self.round_list.addItem(item)
        self.round_box.setEnabled(bool(names))

    def _selected_id(self) -> int | None:
        item = self.round_list.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def _toggle_absent(self) -> None:
        pid = self._selected_id()
        if pid is not None:
            self.absent_toggled.emit(pid)

    def _move(self, delta: int) -> None:
        pid = self._selected_id()
        if pid is not None:
            self.moved.emit(pid, self.round_list.currentRow() + delta)

    def _add_late(self) -> None:
        name = " ".join(self.late_edit.text().split())
        if name:
            self.latecomer.emit(name)
            self.late_edit.clear()
