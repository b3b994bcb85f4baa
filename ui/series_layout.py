"""The series window's widgets, their layout and their texts (again after a language change).
Showing a series in them is :class:`ui.series_view.SeriesView`'s, which builds on this layout; what
happens on an edit, a save, a delete, a move or a decision is :class:`ui.series_panel.SeriesPanel`'s."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QDate, QEvent, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QTableWidget,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.formats import Format
from app.series import (
    MAX_DURATION_MIN,
    MAX_EVERY_MONTHS,
    MAX_EVERY_WEEKS,
    NORDIC_ZONES,
    CadenceKind,
    SeriesKind,
)
from ui.i18n import tr
from ui.page_stack import CurrentPageStack
from ui.qt_dates import pytime
from ui.series_banner import LifecycleBanner
from ui.series_texts import (
    kind_names,
    nth_names,
    weekday_name,
)

ROLE = Qt.ItemDataRole.UserRole
NO_PARENT = -1


def qtime_of(q: QTime) -> time:
    """A Qt time of day as Python's (hours and minutes)."""
    return pytime(q).replace(second=0, microsecond=0)


def date_edit() -> QDateEdit:
    """A date field with a calendar to pick from, within the years a series may use."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setMinimumDate(QDate(1970, 1, 1))
    edit.setMaximumDate(QDate(2200, 12, 31))
    return edit


class SeriesLayout(QWidget):
    """The series window's widgets: the list of series, and the chosen one's rhythm, people and next
    meetings on three tabs, with its problems and the last thing done below."""

    def __init__(self, team_name: str, formats: dict[str, Format], lang: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.team_name = team_name
        self.formats = dict(sorted(formats.items(), key=lambda kv: kv[1].title.get(lang)))
        self.lang = lang
        self._build()

    # -- building ----------------------------------------------------------------------------------
    def _build_cadence(self) -> QStackedWidget:
        self.cadence_box = QComboBox()
        for kind in CadenceKind:
            self.cadence_box.addItem("", kind.value)
        self.every_weeks = QSpinBox()
        self.every_weeks.setRange(1, MAX_EVERY_WEEKS)
        self.weekly_day = QComboBox()
        self.nth_box = QComboBox()
        self.monthly_day = QComboBox()
        self.every_months = QSpinBox()
        self.every_months.setRange(1, MAX_EVERY_MONTHS)
        weekly = QWidget()
        wl = QHBoxLayout(weekly)
        wl.setContentsMargins(0, 0, 0, 0)
        self.every_label, self.weeks_on_label = QLabel(), QLabel()
        for w in (self.every_label, self.every_weeks, self.weeks_on_label, self.weekly_day):
            wl.addWidget(w)
        wl.addStretch(1)
        monthly = QWidget()
        ml = QHBoxLayout(monthly)
        ml.setContentsMargins(0, 0, 0, 0)
        self.the_label, self.of_every_label, self.months_label = QLabel(), QLabel(), QLabel()
        for w in (self.the_label, self.nth_box, self.monthly_day, self.of_every_label, self.every_months,
                  self.months_label):
            ml.addWidget(w)
        ml.addStretch(1)
        by_hand = QWidget()
        hl = QHBoxLayout(by_hand)
        hl.setContentsMargins(0, 0, 0, 0)
        self.hand_dates = QListWidget()
        self.hand_dates.setMaximumHeight(90)
        self.hand_date = date_edit()
        self.add_date_button, self.remove_date_button = QPushButton(), QPushButton()
        hand_buttons = QVBoxLayout()
        for button in (self.hand_date, self.add_date_button, self.remove_date_button):
            hand_buttons.addWidget(button)
        hl.addWidget(self.hand_dates, 1)
        hl.addLayout(hand_buttons)
        pages = CurrentPageStack()
        for page in (weekly, monthly, by_hand):
            pages.addWidget(page)
        pages.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        return pages

    def _build_rhythm_fields(self) -> QHBoxLayout:
        """The rhythm tab's fields; returns the row of the end (its check box and its date)."""
        self.format_box = QComboBox()
        for fmt_id, fmt in self.formats.items():
            self.format_box.addItem(fmt.title.get(self.lang), fmt_id)
        self.kind_box = QComboBox()
        for kind in SeriesKind:
            self.kind_box.addItem("", kind.value)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(200)
        self.cadence_pages = self._build_cadence()
        self.start_edit = date_edit()
        self.ends_check = QCheckBox()
        self.end_edit = date_edit()
        end_row = QHBoxLayout()
        end_row.addWidget(self.ends_check)
        end_row.addWidget(self.end_edit)
        end_row.addStretch(1)
        self.time_edit = QTimeEdit()
        self.time_edit.setDisplayFormat("HH:mm")
        self.duration = QSpinBox()
        self.duration.setRange(1, MAX_DURATION_MIN)
        self.duration.setSingleStep(5)
        self.zone_box = QComboBox()
        self.zone_box.setEditable(True)
        self.zone_box.addItems(list(NORDIC_ZONES))
        self.parent_box = QComboBox()
        return end_row

    def _build_rhythm(self) -> QWidget:
        end_row = self._build_rhythm_fields()
        page = QWidget()
        outer = QVBoxLayout(page)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        outer.addLayout(form)
        outer.addStretch(1)
        self.rhythm_labels = [QLabel() for _ in range(10)]
        fields: tuple[QWidget | QLayout, ...] = (
            self.format_box, self.kind_box, self.name_edit, self.cadence_box, self.cadence_pages,
            self.start_edit, end_row, self.time_edit, self.duration, self.zone_box)
        for label, field in zip(self.rhythm_labels, fields, strict=True):
            if isinstance(field, QWidget):
                label.setBuddy(field)
                form.addRow(label, field)
            else:
                label.setBuddy(self.ends_check)
                form.addRow(label, field)
        self.parent_label = QLabel()
        self.parent_label.setBuddy(self.parent_box)
        form.addRow(self.parent_label, self.parent_box)
        self.rhythm_summary = QLabel()
        self.rhythm_summary.setWordWrap(True)
        form.addRow(self.rhythm_summary)
        return page

    def _build_people(self) -> QWidget:
        self.roster = QTableWidget(0, 2)
        self.roster.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.roster.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self.roster.verticalHeader().hide()
        self.roster.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move inside it
        self.add_person_button, self.remove_person_button, self.team_people_button = (
            QPushButton(), QPushButton(), QPushButton())
        self.people_note = QLabel()
        self.people_note.setWordWrap(True)
        self.size_note = QLabel()
        self.size_note.setWordWrap(True)
        buttons = QHBoxLayout()
        for b in (self.add_person_button, self.remove_person_button, self.team_people_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.people_note)
        layout.addWidget(self.roster, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.size_note)
        return page

    def _build_meetings(self) -> QWidget:
        self.meetings = QListWidget()
        self.move_date = date_edit()
        self.move_time = QTimeEdit()
        self.move_time.setDisplayFormat("HH:mm")
        self.move_button, self.cancel_button, self.restore_button = (QPushButton() for _ in range(3))
        self.move_to_label, self.move_at_label = QLabel(), QLabel()
        self.move_to_label.setBuddy(self.move_date)
        self.move_at_label.setBuddy(self.move_time)
        row = QHBoxLayout()
        for w in (self.move_to_label, self.move_date, self.move_at_label, self.move_time, self.move_button):
            row.addWidget(w)
        row.addStretch(1)
        row2 = QHBoxLayout()
        row2.addWidget(self.cancel_button)
        row2.addWidget(self.restore_button)
        row2.addStretch(1)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.meetings, 1)
        layout.addLayout(row)
        layout.addLayout(row2)
        return page

    def _build(self) -> None:
        self.heading = QLabel()
        f = self.heading.font()
        f.setPointSizeF(f.pointSizeF() * 1.4)
        f.setBold(True)
        self.heading.setFont(f)
        left, right = self._build_list(), self._build_series()
        cols = QHBoxLayout()
        cols.addLayout(left, 1)
        cols.addLayout(right, 3)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(cols, 1)
        layout.addLayout(bottom)

    def _build_list(self) -> QVBoxLayout:
        """The left column: the team's series and what to do with them (and the window's Close)."""
        self.series_list = QListWidget()
        self.series_list.setMinimumWidth(220)
        self.series_list.setWordWrap(True)
        self.series_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.new_button, self.delete_button, self.calendar_button, self.close_button = (
            QPushButton(), QPushButton(), QPushButton(), QPushButton())
        left = QVBoxLayout()
        self.list_label = QLabel()
        self.list_label.setBuddy(self.series_list)
        left.addWidget(self.list_label)
        left.addWidget(self.series_list, 1)
        for b in (self.new_button, self.delete_button, self.calendar_button):
            left.addWidget(b)
        return left

    def _build_series(self) -> QVBoxLayout:
        """The right column: the mini-circle's question, the chosen series' tabs, its problems."""
        self.banner = LifecycleBanner()
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_rhythm(), "")
        self.tabs.addTab(self._build_people(), "")
        self.tabs.addTab(self._build_meetings(), "")
        self.problems_label = QLabel()
        self.problems_label.setWordWrap(True)
        self.problems_label.setObjectName("problems")
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        right = QVBoxLayout()
        right.addWidget(self.banner)
        right.addWidget(self.empty_label)
        right.addWidget(self.tabs, 1)
        right.addWidget(self.problems_label)
        right.addWidget(self.status_label)
        return right

    def retranslate_ui(self) -> None:
        """Set every text (again after a language change)."""
        self.setWindowTitle(tr("Runde – meeting series"))
        self.heading.setText(tr("Meeting series of %1").replace("%1", self.team_name))
        self.list_label.setText(tr("Ser&ies"))
        self.series_list.setAccessibleName(tr("The team's meeting series"))
        self.new_button.setText(tr("Ne&w series"))
        self.delete_button.setText(tr("Delete the series…"))
        self.calendar_button.setText(tr("Save as &calendar file…"))
        self.calendar_button.setToolTip(tr("An .ics file that Outlook and phone calendars import"))
        self.close_button.setText(tr("Close"))
        self.tabs.setTabText(0, tr("&Rhythm"))
        self.tabs.setTabText(1, tr("&People"))
        self.tabs.setTabText(2, tr("Next &meetings"))
        self.empty_label.setText(tr("ℹ This team has no meeting series yet. “New series” sets one up "
                                    "for the format chosen on the start screen."))
        for label, text in zip(self.rhythm_labels, (
                tr("&Format"), tr("&Kind"), tr("&Name (optional)"), tr("&How often"), "", tr("&Starts"),
                tr("&Ends"), tr("&Time"), tr("&Length"), tr("Time &zone")), strict=True):
            label.setText(text)
        self._retranslate_rhythm()
        self._retranslate_people_and_meetings()
        self.banner.retranslate_ui()

    def _retranslate_rhythm(self) -> None:
        self.parent_label.setText(tr("P&arent circle"))
        self.parent_box.setToolTip(tr("A mini-circle's topic suggestions go to this learning circle"))
        for i, kind in enumerate(SeriesKind):
            self.kind_box.setItemText(i, kind_names()[kind])
        self.cadence_box.setItemText(0, tr("Every few weeks on a weekday"))
        self.cadence_box.setItemText(1, tr("A weekday of the month (e.g. the 2nd Tuesday)"))
        self.cadence_box.setItemText(2, tr("Dates chosen by hand"))
        for box in (self.weekly_day, self.monthly_day):
            keep = box.currentIndex()
            box.clear()
            for d in range(7):
                box.addItem(weekday_name(d), d)
            box.setCurrentIndex(max(0, keep))
        keep = self.nth_box.currentIndex()
        self.nth_box.clear()
        for n, text in nth_names():
            self.nth_box.addItem(text, n)
        self.nth_box.setCurrentIndex(max(0, keep))
        self.every_label.setText(tr("every"))
        self.weeks_on_label.setText(tr("week(s), on"))
        self.the_label.setText(tr("the"))
        self.of_every_label.setText(tr("of every"))
        self.months_label.setText(tr("month(s)"))
        self.every_weeks.setAccessibleName(tr("Every how many weeks"))
        self.every_months.setAccessibleName(tr("Every how many months"))
        self.weekly_day.setAccessibleName(tr("Weekday"))
        self.monthly_day.setAccessibleName(tr("Weekday"))
        self.nth_box.setAccessibleName(tr("Which one in the month"))
        self.hand_dates.setAccessibleName(tr("The dates chosen by hand"))
        self.hand_date.setAccessibleName(tr("A date to add"))
        self.add_date_button.setText(tr("Add the date"))
        self.remove_date_button.setText(tr("Remove the date"))
        self.ends_check.setText(tr("on"))
        self.ends_check.setAccessibleName(tr("The series has an end date"))
        self.end_edit.setAccessibleName(tr("End date"))
        self.duration.setSuffix(" " + tr("min"))

    def _retranslate_people_and_meetings(self) -> None:
        self.people_note.setText(tr("Who belongs to the series, and since when. Someone who joins takes "
                                    "part from the first meeting after the day they joined. An empty list "
                                    "means the whole team."))
        self.roster.setHorizontalHeaderLabels([tr("Name"), tr("Joined on")])
        self._fit_joined_column()
        self.roster.setAccessibleName(tr("People in the series and the day each joined"))
        self.add_person_button.setText(tr("&Add a person"))
        self.remove_person_button.setText(tr("Remove the person"))
        self.team_people_button.setText(tr("Take the &team's people"))
        self.meetings.setAccessibleName(tr("The next meetings of the series"))
        self.move_to_label.setText(tr("Move the chosen meeting to"))
        self.move_at_label.setText(tr("at"))
        self.move_date.setAccessibleName(tr("New date"))
        self.move_time.setAccessibleName(tr("New time"))
        self.move_button.setText(tr("M&ove"))
        self.cancel_button.setText(tr("Cancel this meeting"))
        self.restore_button.setText(tr("Undo the move or cancellation"))

    def _fit_joined_column(self) -> None:
        """The "Joined on" column as wide as its date fields (Qt sizes a column by its items, not by
        the widgets in it, and cut the dates)."""
        widths = [w.sizeHint().width() for r in range(self.roster.rowCount())
                  if (w := self.roster.cellWidget(r, 1)) is not None]
        header = self.roster.horizontalHeader()
        title = header.fontMetrics().horizontalAdvance(tr("Joined on")) + 24
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(1, max([title, date_edit().sizeHint().width(), *widths]) + 2)  # the grid line

    def changeEvent(self, event: QEvent) -> None:
        """Follow a language change at once."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
