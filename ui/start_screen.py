"""The start screen: choose a format, who is here, the facilitator and the case presenters.

Its parts are modules of their own: the formats offered and the fields a format needs
(``ui/start_formats.py``), the team's people to tick (``ui/start_roster.py``), the role's rotation
(``ui/start_rotation.py``), the tick for "since last time" (``ui/start_since_last.py``), the plan and
the fixes for a long one (``ui/start_plan.py``), and the notes and why Start is blocked
(``ui/start_notes.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.formats import Format, StepKind, with_times
from app.participants import parse_participants
from app.plan_fit import FixKind, over_by_s
from app.rotation import next_first_speaker
from app.setup import MeetingSetup, SetupBlock
from app.since_last import with_since_last
from ui.plan_bar import minutes_text
from ui.presenter_picker import PresenterPicker
from ui.screens import grow_to_content, scrolling
from ui.start_formats import DEFAULT_FORMAT, has_case, meeting_formats
from ui.start_notes import block_text, note_texts
from ui.start_plan import PlanPanel, ask_start_anyway
from ui.start_roster import fill_roster, roster_people, tick_only, ticked_people, update_team_box
from ui.start_rotation import RoleRotation
from ui.start_since_last import SinceLastTick
from ui.wrapping import WrapLabel

NOBODY = -1


class StartScreen(QWidget):
    """Everything decided before the first minute.

    Signals:
        start_requested(MeetingSetup): the facilitator pressed Start.
    """

    start_requested = Signal(object)
    history_requested = Signal()
    visit_requested = Signal()
    settings_requested = Signal()
    formats_requested = Signal()  # "Edit formats…": open the format editor
    team_changed = Signal(str)  # a team was chosen: its series may have a meeting today
    series_requested = Signal()  # "Meeting series…": set up the chosen team's series

    def __init__(self, formats: dict[str, Format], lang: str = "en",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._formats = meeting_formats(formats, lang)
        self._lang = lang
        self._last_first: str | None = None
        self._durations: dict[str, int] = {}  # steps shortened for this meeting (app/plan_fit.py)
        self._turns: dict[str, int] = {}  # the round's turns shortened for this meeting
        self._build()
        self._connect()
        self.select_format(DEFAULT_FORMAT)
        self.retranslate_ui()
        self._refresh()

    # -- view ------------------------------------------------------------------------------------
    def _build_heading(self) -> None:
        self.offline_label = QLabel()  # working offline: this computer's own file, sent to the server later
        self.offline_label.setObjectName("offline")
        self.offline_label.setWordWrap(True)
        self.offline_label.setStyleSheet("QLabel#offline { background: #fff3cd; color: #533f03; "
                                         "border: 1px solid #d4b35b; padding: 6px; }")
        self.offline_label.setVisible(False)
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        f = self.heading.font()
        f.setPointSizeF(f.pointSizeF() * 1.6)
        f.setBold(True)
        self.heading.setFont(f)

    def _build_roster(self) -> None:
        self.roster_list = QListWidget()
        self.roster_list.setMaximumHeight(120)
        self.roster_list.setVisible(False)
        self.roster_list.itemChanged.connect(self._roster_ticked)
        self.roster_label = QLabel(wordWrap=True)  # the team's people: tick who is here
        self.roster_label.setVisible(False)

    def _build_rotation(self) -> None:
        self._rotation = RoleRotation()
        self.rotate_button = self._rotation.button
        self.rotate_button.clicked.connect(self._take_suggestion)

    def _build_bottom(self) -> QHBoxLayout:
        self.history_button = QPushButton()
        self.history_button.clicked.connect(self.history_requested)
        self.visit_button = QPushButton()
        self.visit_button.clicked.connect(self.visit_requested)
        self.settings_button = QPushButton()
        self.settings_button.clicked.connect(self.settings_requested)
        self.formats_button = QPushButton()
        self.formats_button.clicked.connect(self.formats_requested)
        self.start_button = QPushButton()
        self.start_button.setDefault(True)
        self.start_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.start_reason = QLabel(wordWrap=True)  # why it cannot start yet
        self.start_reason.setObjectName("start_reason")
        self.start_reason.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.start_reason.setVisible(False)
        return QHBoxLayout()

    def _build_plan(self) -> PlanPanel:
        """The plan with room of its own; its parts are the start screen's to read, as before."""
        self.plan_box = PlanPanel()
        self.plan_box.fix_chosen.connect(self._apply_fix)
        self.plan_box.undo_requested.connect(self._undo_times)
        self.plan_bar, self.plan_label = self.plan_box.bar, self.plan_box.label
        self.fix_label, self.fix_buttons = self.plan_box.fix_label, self.plan_box.fix_buttons
        self.adjusted_label, self.undo_button = self.plan_box.adjusted_label, self.plan_box.undo_button
        return self.plan_box

    def _build_team_rows(self, form: QFormLayout) -> None:
        """The team, then its series: the next meeting and the button that sets series up."""
        self.team_label = QLabel()
        self.team_label.setBuddy(self.team_box)
        form.addRow(self.team_label, self.team_box)
        self.series_label = WrapLabel()  # the team's next meeting (ui/series_hook.py fills it in)
        self.series_label.setObjectName("series")
        self.series_label.setVisible(False)
        self.series_button = QPushButton()
        self.series_button.clicked.connect(self.series_requested)
        row = QHBoxLayout()
        row.addWidget(self.series_label, 1)
        row.addWidget(self.series_button)
        form.addRow(row)
        self.series_area = QVBoxLayout()  # a series' gentle questions (a mini-circle's month is over)
        form.addRow(self.series_area)

    def _build(self) -> None:
        self._build_heading()
        self.team_box = QComboBox()
        self.team_box.setEditable(True)
        self.team_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._rosters: dict[str, tuple[tuple[str, ...], str | None, str | None]] = {}
        self.format_box = QComboBox()
        for fmt_id, fmt in self._formats.items():
            self.format_box.addItem(fmt.title.get(self._lang), fmt_id)
        self.format_description = QLabel()
        self.format_description.setWordWrap(True)
        self._build_roster()
        self.participants_edit = QPlainTextEdit()
        self.participants_edit.setTabChangesFocus(True)
        self.facilitator_box = QComboBox()
        self.presenter_list = PresenterPicker()  # one case may have two or more presenters
        self.first_box = QComboBox()
        self._build_rotation()
        self.facilitator_turn = QCheckBox()
        self.facilitator_turn.setChecked(True)
        self.presenter_turn = QCheckBox()
        self.presenter_turn.setChecked(True)
        self._since = SinceLastTick()
        self.since_last_box = self._since.box  # "Start with 'What did you try since last time?'"
        self.notes_label = QLabel()
        self.notes_label.setWordWrap(True)
        self._build_plan()
        form = QFormLayout()
        self._build_team_rows(form)
        self.format_label, self.participants_label = QLabel(), QLabel(wordWrap=True)
        self.facilitator_label, self.presenter_label, self.first_label = QLabel(), QLabel(), QLabel()
        for label, field in ((self.format_label, self.format_box),
                             (None, self.format_description),
                             (self.roster_label, self.roster_list),
                             (self.participants_label, self.participants_edit),
                             (self.facilitator_label, self.facilitator_box),
                             (None, self.rotate_button),
                             (None, self.facilitator_turn),
                             (self.presenter_label, self.presenter_list),
                             (None, self.presenter_turn),
                             (self.first_label, self.first_box),
                             (None, self.since_last_box)):
            if label is None:
                form.addRow(field)
            else:
                label.setBuddy(field)
                form.addRow(label, field)
        bottom = self._build_bottom()  # the start, and beside it why it cannot start yet
        bottom.addStretch(0)  # (the button keeps its own width when there is no reason to show)
        bottom.addWidget(self.start_reason, 1)
        bottom.addWidget(self.start_button)
        top = QHBoxLayout()  # the heading, and the ways elsewhere
        top.addWidget(self.heading, 1)
        for b in (self.history_button, self.visit_button, self.settings_button, self.formats_button):
            top.addWidget(b)
        lines = self.fontMetrics().lineSpacing() * 3 + 10  # three names in view; the rest scroll
        for box in (self.roster_list, self.participants_edit, self.presenter_list):
            box.setMinimumHeight(lines)  # (the plan below needs its room on a laptop)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.offline_label)
        layout.addWidget(scrolling(form), 1)  # a laptop at 125 %: the form scrolls, the buttons stay
        layout.addWidget(self.plan_box)
        layout.addWidget(self.notes_label)
        layout.addLayout(bottom)

    def retranslate_ui(self) -> None:
        """Set every text (again after a language change)."""
        self.heading.setText(self.tr("New meeting"))
        self.team_label.setText(self.tr("&Team"))
        line = self.team_box.lineEdit()
        assert line is not None  # the team box is editable
        line.setPlaceholderText(self.tr("Your team's name (remembered with its people)"))
        self.team_box.setAccessibleName(self.tr("Team"))
        self.series_button.setText(self.tr("&Meeting series…"))
        self.series_button.setToolTip(self.tr("The team's meeting dates, who takes part, a calendar file"))
        self.roster_list.setAccessibleName(self.tr("The team: tick who is here"))
        self.roster_list.setToolTip(self.tr("Untick anyone who is not here today"))
        self.format_label.setText(self.tr("&Format"))
        self.roster_label.setText(self.tr("The team: tick who is &here"))
        self.participants_label.setText(  # with the team's list above: everyone ticked, and guests
            self.tr("E&veryone here, guests too") if self._has_roster()
            else self.tr("&Who is here"))
        self.participants_edit.setPlaceholderText(
            self.tr("One name per line, or separated by commas"))
        self.facilitator_label.setText(self.tr("F&acilitator"))
        self.presenter_label.setText(self.tr("Case &presenters"))
        self.presenter_list.setAccessibleName(self.tr("Case presenters"))
        self.presenter_list.setToolTip(self.tr(
            "Tick who presents the case: one or more. Arrow keys move, Space ticks."))
        self.presenter_list.setAccessibleDescription(self.presenter_list.toolTip())
        self.first_label.setText(self.tr("Round &starts with"))
        self.facilitator_turn.setText(self.tr("The facilitator takes a turn in the round"))
        self.presenter_turn.setText(self.tr("The case presenters take a turn in the round"))
        self._since.retranslate_ui()
        self.start_button.setText(self.tr("Start the meeting (Ctrl+Enter)"))
        self.history_button.setText(self.tr("History and sheets…"))
        self.visit_button.setText(self.tr("Learning visit…"))
        self.settings_button.setText(self.tr("Settings…"))
        self.formats_button.setText(self.tr("Edit formats…"))
        self._show_rotation()
        self.participants_edit.setAccessibleName(self.tr("Participants"))
        self.format_box.setAccessibleName(self.tr("Format"))
        self.plan_box.retranslate_ui()
        self._refresh()

    def show_offline(self, text: str) -> None:
        """One line above the form while Runde works offline ("": none)."""
        self.offline_label.setText(text)
        self.offline_label.setVisible(bool(text))

    def set_language(self, lang: str) -> None:
        """Show the formats' texts in ``lang`` (the interface follows the translators)."""
        self._lang = lang
        for i in range(self.format_box.count()):
            fmt = self._formats.get(str(self.format_box.itemData(i)))
            if fmt is not None:
                self.format_box.setItemText(i, fmt.title.get(lang))
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        """Follow a language change at once (Qt sends it when the translators change)."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _connect(self) -> None:
        self.team_box.activated.connect(self._team_chosen)
        self.format_box.currentIndexChanged.connect(self._format_changed)
        self.participants_edit.textChanged.connect(self._names_changed)
        for box in (self.facilitator_box, self.first_box):
            box.currentIndexChanged.connect(self._refresh)
        self.presenter_list.changed.connect(self._refresh)
        self.facilitator_turn.toggled.connect(self._refresh)
        self.presenter_turn.toggled.connect(self._refresh)
        self.since_last_box.toggled.connect(self._refresh)
        self.team_box.currentTextChanged.connect(self._update_last_time)
        self.start_button.clicked.connect(self._start)
        for w in (self.participants_edit, self.format_box, self.facilitator_box, self.presenter_list,
                  self.first_box, self.facilitator_turn, self.presenter_turn, self.since_last_box):
            w.installEventFilter(self)

    # -- behaviour -------------------------------------------------------------------------------
    def set_participants(self, names: list[str], facilitator: str | None = None,
                         presenters: Sequence[str] = ()) -> None:
        """Fill in the names (from the command line or the team's roster)."""
        self.participants_edit.setPlainText("\n".join(names))
        if facilitator is not None and facilitator in names:
            self.facilitator_box.setCurrentIndex(names.index(facilitator) + 1)
        if presenters:
            self.presenter_list.set_chosen(presenters)

    def set_teams(self, rosters: dict[str, tuple[tuple[str, ...], str | None, str | None]],
                  current: str = "") -> None:
        """Known teams: name -> (people, last first speaker, last facilitator)."""
        self._rosters = dict(rosters)
        self.team_box.clear()
        self.team_box.addItems(sorted(rosters))
        if current not in rosters and len(rosters) == 1:
            current = next(iter(rosters))
        if current in rosters:
            self.team_box.setCurrentIndex(self.team_box.findText(current))
            self._team_chosen()
        else:  # several teams and none chosen yet: an empty box, not a silently shown first team
            self.team_box.setCurrentIndex(-1)
            self.team_box.setEditText(current)

    def update_teams(self, rosters: dict[str, tuple[tuple[str, ...], str | None, str | None]]) -> None:
        """The known teams again (another computer saved): teams made or gone there come into or leave
        the list, and a team chosen later brings its people as they are now. What the user chose or
        typed stays as it is: the team (even half typed, the cursor where it was), who is here, the
        ticks, the roles. (:meth:`set_teams` chooses a team and fills in its people.)"""
        self._rosters = dict(rosters)
        update_team_box(self.team_box, rosters)

    def team_name(self) -> str:
        """The team typed or chosen."""
        return " ".join(self.team_box.currentText().split())

    def set_last_time_lookup(self, lookup: Callable[[str], bool] | None) -> None:
        """How to tell whether a team has met before (``app.since_last.team_has_met`` on the store):
        then the meeting starts from the last, with "What did you try since last time?"."""
        self._since.lookup = lookup
        self._update_last_time()

    def has_last_time(self) -> bool:
        """The chosen team has met before."""
        return self._since.has_last_time

    def _update_last_time(self, *_: object) -> None:
        self._since.look_up(self.team_name())
        self._refresh()

    def showEvent(self, event: QShowEvent) -> None:
        """Shown again (a meeting may have been held since): look again whether there is a last time."""
        self._update_last_time()
        super().showEvent(event)
        grow_to_content(self)

    def event(self, event: QEvent) -> bool:
        """The form grew (a team's people listed, the fixes for a long plan shown): the window grows
        with it while its screen has room, so a full HD screen never scrolls the form."""
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest and self.isVisible():
            grow_to_content(self)
        return handled


    def _team_chosen(self, *_: object) -> None:
        entry = self._rosters.get(self.team_name())
        if entry is None:
            self.team_changed.emit(self.team_name())
            return
        people, last_first, last_facilitator = entry
        self._last_first = last_first
        fill_roster(self.roster_list, people)
        self.roster_label.setVisible(bool(people))
        self.set_participants(list(people), facilitator=last_facilitator)
        self._rotation.suggest_after(people, last_facilitator)
        self._show_rotation()
        self._update_last_time()
        self.retranslate_ui()
        self.team_changed.emit(self.team_name())

    def _roster_ticked(self, *_: object) -> None:
        in_roster = set(roster_people(self.roster_list))
        extra = [n for n in self._names() if n not in in_roster]  # typed by hand: kept
        self.participants_edit.setPlainText("\n".join(ticked_people(self.roster_list) + extra))

    def _has_roster(self) -> bool:
        return not self.roster_list.isHidden()

    def _show_rotation(self) -> None:
        """The role's rotation: who is next in turn; once that person is chosen, that they have the
        role this time and who comes after them next time."""
        self._rotation.show(roster_people(self.roster_list), self.facilitator_box.currentText())

    def _take_suggestion(self) -> None:
        idx = self.facilitator_box.findText(self._rotation.suggested or "")
        if idx >= 0:
            self.facilitator_box.setCurrentIndex(idx)

    def set_formats(self, formats: dict[str, Format], select: str = "") -> None:
        """Show these formats (after the format editor saved one); ``select``, else the one chosen."""
        keep = select or str(self.format_box.currentData() or "")
        self._formats = meeting_formats(formats, self._lang)
        self.format_box.blockSignals(True)
        self.format_box.clear()
        for fmt_id, fmt in self._formats.items():
            self.format_box.addItem(fmt.title.get(self._lang), fmt_id)
        self.format_box.blockSignals(False)
        if not self.select_format(keep):
            self.select_format(DEFAULT_FORMAT)
        self._refresh()

    def preselect(self, fmt_id: str, names: tuple[str, ...] | list[str]) -> None:
        """A series meets today: its format, and who takes part ticked (the others unticked; names not
        on the team's list are added). No names: everyone stays as chosen."""
        self.select_format(fmt_id)
        if not names:
            return
        people = roster_people(self.roster_list)
        tick_only(self.roster_list, names)
        in_roster = set(people)
        present = [name for name in people if name in names]
        self.participants_edit.setPlainText("\n".join(present + [n for n in names if n not in in_roster]))

    def select_format(self, fmt_id: str) -> bool:
        """Choose a format by id; False if there is none."""
        idx = self.format_box.findData(fmt_id)
        if idx >= 0:
            self.format_box.setCurrentIndex(idx)
        return idx >= 0

    def remember_first_speaker(self, name: str | None) -> None:
        """Who opened the last round, so this one starts with the next person."""
        self._last_first = name
        self._names_changed()

    def _names(self) -> tuple[str, ...]:
        return parse_participants(self.participants_edit.toPlainText()).names

    def _names_changed(self) -> None:
        names = self._names()
        self.presenter_list.set_names(names)
        for box, keep_none in ((self.facilitator_box, True), (self.first_box, False)):
            previous = box.currentText()
            box.blockSignals(True)
            box.clear()
            if keep_none:
                box.addItem(self.tr("(nobody chosen)"), NOBODY)
            for i, n in enumerate(names):
                box.addItem(n, i)
            idx = box.findText(previous) if previous else -1
            if box is self.first_box and (idx < 0 or not previous):
                idx = next_first_speaker(names, self._last_first)
            box.setCurrentIndex(max(0, idx))
            box.blockSignals(False)
        self._refresh()

    def current_format(self) -> Format | None:
        """The chosen format."""
        fmt_id = self.format_box.currentData()
        return self._formats.get(fmt_id) if fmt_id else None

    def since_last(self) -> bool:
        """The meeting starts with "What did you try since last time?"."""
        return self._since.chosen(self.current_format())

    def setup(self) -> MeetingSetup | None:
        """What the screen says now, as plain data: the format as the meeting runs it (with or
        without the since-last-time step)."""
        fmt = self.current_format()
        if fmt is None:
            return None
        fmt = with_times(with_since_last(fmt, self.since_last()), self._durations, self._turns)
        fac = self.facilitator_box.currentData()
        return MeetingSetup(
            format=fmt, participants=self._names(),
            facilitator=None if fac in (None, NOBODY) else int(fac),
            presenters=self.presenter_list.chosen() if has_case(fmt) else (),
            facilitator_in_round=self.facilitator_turn.isChecked(),
            presenter_in_round=self.presenter_turn.isChecked(),
            first_speaker=int(self.first_box.currentData() or 0), lang=self._lang)

    def _format_changed(self) -> None:
        """Another format: the times shortened for the last one do not carry over."""
        self._durations.clear()
        self._turns.clear()
        self._refresh()

    def _refresh(self) -> None:
        setup = self.setup()
        if setup is None:
            self.plan_box.show_nothing(self.tr("No formats are available."))
            self._show_block(self.tr("No formats are available."))
            return
        fmt = setup.format
        base = self.current_format()
        self.since_last_box.setVisible(base is not None and self._since.offered(base))
        for w in (self.presenter_label, self.presenter_list, self.presenter_turn):
            w.setVisible(has_case(fmt))  # a format without a case has no one to present it
        self._show_rotation()
        desc = fmt.description.get(self._lang) if fmt.description else ""
        self.format_description.setText(desc)
        self.plan_box.show_plan(setup, self._lang, self._bar_text(setup), self._durations, self._turns)
        issues = parse_participants(self.participants_edit.toPlainText()).issues
        self.notes_label.setText("\n".join(note_texts(setup, issues)))
        self.notes_label.setVisible(bool(self.notes_label.text()))
        blocks = setup.blocks()
        self._show_block(block_text(blocks[0]) if blocks else "")

    def _bar_text(self, setup: MeetingSetup) -> str:
        """The bar in words: each step and its time, the round as its turns."""
        parts = []
        for step in setup.format.steps:
            title = step.title.get(self._lang)
            if step.kind is StepKind.ROUND:
                parts.append(self.tr("%1: %n turns of %2", "", setup.round_turns()).replace(
                    "%1", title).replace("%2", minutes_text(step.turn_s)))
            else:
                parts.append(self.tr("%1: %2").replace("%1", title).replace(
                    "%2", minutes_text(step.duration_s)))
        return "; ".join(parts) + "."

    def _apply_fix(self, kind: FixKind) -> None:
        """A fix chosen: the start screen's own controls (or this meeting's times) change with it."""
        setup = self.setup()
        fix = next((f for f in self.plan_box.fixes if f.kind is kind), None)
        if setup is None or fix is None:
            return
        if kind is FixKind.PRESENTER_OUT_OF_ROUND:
            self.presenter_turn.setChecked(False)
        elif kind is FixKind.NO_SINCE_LAST:
            self.since_last_box.setChecked(False)
        elif kind is FixKind.SHORTER_PRESENTER_STEP:
            self._durations[fix.step_id] = fix.new_s
        else:
            for s in setup.format.steps:
                if s.kind is StepKind.ROUND and s.turn_s > fix.new_s:
                    self._turns[s.id] = fix.new_s
        self._refresh()
        self.start_button.setFocus()  # the button pressed is gone: the focus goes on to Start
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self.plan_label, self.plan_label.text()))

    def _undo_times(self) -> None:
        self._durations.clear()
        self._turns.clear()
        self._refresh()

    def _show_block(self, reason: str) -> None:
        """The start button disabled with its reason beside it, in its tooltip and for screen readers."""
        self.start_button.setEnabled(not reason)
        self.start_reason.setText(reason)
        self.start_reason.setVisible(bool(reason))
        self.start_button.setToolTip(reason)
        self.start_button.setAccessibleDescription(reason)

    def _start(self) -> None:
        setup = self.setup()
        if setup is None:
            return
        if not self.start_button.isEnabled():  # Ctrl+Enter while blocked: to what is missing, and why
            if SetupBlock.FACILITATOR_REQUIRED in setup.blocks():
                self.facilitator_box.setFocus()
            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self.start_reason,
                                                                         self.start_reason.text()))
            return
        if over_by_s(setup) > 0 and not ask_start_anyway(self, setup):
            return
        self.start_requested.emit(setup)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+Enter starts from any field (plain Enter still makes a new line of names)."""
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self._start()
            return True
        return super().eventFilter(watched, event)
