"""Meeting series in the interface: the window where a facilitator sets up a team's series (rhythm,
people and when they joined, a moved or cancelled date, the calendar file), and the hook that shows the
team's next meeting on the start screen, chooses that meeting's format and people on the day, and asks a
mini-circle gently after a month whether to extend or dissolve it."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, QSize, Qt, QTime, QTimer, QTimeZone, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.atomic import ExportError, write_atomic
from app.calendar_ics import CalendarEntry, calendar_ics, meetings_in, series_summary
from app.clock import local_zone
from app.formats import Format
from app.series import (
    LAST,
    MAX_DURATION_MIN,
    MAX_EVERY_MONTHS,
    MAX_EVERY_WEEKS,
    NORDIC_ZONES,
    Cadence,
    CadenceKind,
    Choice,
    Member,
    Occurrence,
    Problem,
    Series,
    SeriesError,
    SeriesKind,
    add_months,
    cancel,
    decide,
    is_regular,
    kind_for_format,
    month_of_weeks,
    move,
    next_occurrence,
    occurrences,
    problems,
    restore,
    review_due,
    suggested_series,
    upcoming,
    zone_for_new_series,
)
from app.storage.api import (
    SeriesRecord,
    StorageError,
    Store,
    create_series,
    delete_series,
    link_meeting,
    list_series,
    update_series,
)
from ui.error_texts import export_error_text, storage_error_text
from ui.i18n import tr

if TYPE_CHECKING:
    from ui.start_screen import StartScreen

ROLE = Qt.ItemDataRole.UserRole
NO_PARENT = -1
SHOWN_MEETINGS = 24
TEAM_TYPED_MS = 300  # a team name typed on the start screen is looked up once typing rests this long


# -- words -----------------------------------------------------------------------------------------------

def day_text(d: date, long: bool = False) -> str:
    """A date in the user's language."""
    fmt = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return QLocale().toString(QDate(d.year, d.month, d.day), fmt)


def clock_text(t: datetime | time) -> str:
    """A time of day in the user's language."""
    return QLocale().toString(QTime(t.hour, t.minute), QLocale.FormatType.ShortFormat)


def weekday_name(weekday: int) -> str:
    """Monday is 0, as in Python."""
    return QLocale().dayName(weekday + 1, QLocale.FormatType.LongFormat)


def _p(err: SeriesError, key: str) -> str:
    value = err.params.get(key)
    return day_text(value) if isinstance(value, date) else str(value if value is not None else "")


def problem_text(err: SeriesError) -> str:
    """Why a series was refused, in the user's language."""
    texts = {
        Problem.BAD_ZONE: tr("“%1” is not a time zone Runde knows: choose one from the list."),
        Problem.BAD_YEAR: tr("The date %1 is too far in the past or the future."),
        Problem.END_BEFORE_START: tr("The series ends (%2) before it starts (%1)."),
        Problem.TOO_LONG: tr("A series can last at most %1 years."),
        Problem.BAD_INTERVAL: tr("Choose a number from 1 to %1."),
        Problem.BAD_WEEKDAY: tr("Choose a weekday."),
        Problem.BAD_NTH: tr("Choose the 1st to the 5th, or the last weekday of the month."),
        Problem.DATE_OUTSIDE: tr("The meeting on %1 is outside the series' start and end."),
        Problem.NEVER: tr("These settings never give a meeting date: check the weekday, the start and "
                          "the end."),
        Problem.BAD_DURATION: tr("A meeting lasts from 1 to %1 minutes."),
        Problem.NO_NAME: tr("Someone on the list of people has no name."),
        Problem.NAME_TWICE: tr("%1 is on the list of people twice."),
        Problem.LEFT_BEFORE_JOINED: tr("%1 left before joining."),
        Problem.CHANGED_TWICE: tr("The meeting of %1 is changed twice."),
        Problem.NO_SUCH_MEETING: tr("There is no meeting on %1 to move or cancel."),
        Problem.MOVE_OUTSIDE: tr("The meeting of %1 cannot move to %2: that is outside the series' start "
                                 "and end."),
        Problem.MOVE_COLLIDES: tr("The meeting of %1 cannot move to %2: the meeting of %3 is held that day. "
                                  "Move or cancel that one first."),
        Problem.MOVE_NOWHERE: tr("Choose another date or time for the meeting of %1."),
        Problem.NOT_A_MINI_CIRCLE: tr("Only a mini-circle is extended or dissolved."),
        Problem.BAD_PARENT: tr("That series cannot be the parent circle."),
        Problem.DAMAGED: tr("The stored series is damaged (%1): %2"),
    }
    first = {Problem.BAD_YEAR: "date", Problem.END_BEFORE_START: "start", Problem.TOO_LONG: "years",
             Problem.BAD_INTERVAL: "most", Problem.BAD_DURATION: "most", Problem.NAME_TWICE: "name",
             Problem.LEFT_BEFORE_JOINED: "name", Problem.BAD_ZONE: "zone", Problem.DAMAGED: "where"}
    second = {Problem.END_BEFORE_START: "end", Problem.DAMAGED: "why"}
    text = texts.get(err.problem, str(err))
    return (text.replace("%1", _p(err, first.get(err.problem, "date")))
            .replace("%2", _p(err, second.get(err.problem, "to"))).replace("%3", _p(err, "other")))


def kind_names() -> dict[SeriesKind, str]:
    """What each kind of series is called."""
    return {SeriesKind.TEAM: tr("The team's own meetings"), SeriesKind.LEARNING_CIRCLE: tr("Learning circle"),
            SeriesKind.MINI_CIRCLE: tr("Mini-circle (a month, then extend or dissolve)"),
            SeriesKind.CHALLENGE_CIRCLE: tr("Challenge circle")}


def nth_names() -> list[tuple[int, str]]:
    """The choices for "the Nth weekday of the month"."""
    return [(1, tr("first")), (2, tr("second")), (3, tr("third")), (4, tr("fourth")), (5, tr("fifth")),
            (LAST, tr("last"))]


def rhythm_text(s: Series) -> str:
    """The cadence in one line: "every 2 weeks on Tuesday", "the second Tuesday of every month"."""
    cad = s.cadence
    if cad.kind is CadenceKind.WEEKLY:
        return tr("every %n week(s) on %1", "", cad.interval).replace("%1", weekday_name(cad.weekday))
    if cad.kind is CadenceKind.MONTHLY:
        nth = dict(nth_names()).get(cad.nth, str(cad.nth))
        return tr("the %1 %2 of every %n month(s)", "", cad.interval).replace("%1", nth).replace(
            "%2", weekday_name(cad.weekday))
    return tr("%n date(s) chosen by hand", "", len(cad.dates))


def meeting_text(occ: Occurrence) -> str:
    """One meeting: its date and time, and whether it was moved or cancelled."""
    when = tr("%1, %2–%3").replace("%1", day_text(occ.day, long=True)).replace(
        "%2", clock_text(occ.start)).replace("%3", clock_text(occ.end))
    if occ.cancelled:
        return tr("%1 · cancelled").replace("%1", day_text(occ.day, long=True))
    if occ.moved and occ.regular_date != occ.day:
        when = tr("%1 · moved from %2").replace("%1", when).replace("%2", day_text(occ.regular_date))
    elif occ.moved:
        when = tr("%1 · another time").replace("%1", when)
    if occ.participants:
        when = tr("%1 · %n taking part", "", len(occ.participants)).replace("%1", when)
    return when


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def end_follows_start(start: date, end: date | None) -> bool:
    """Whether an end is one Runde would have suggested (whole weeks, or whole months, up to the day
    before): then it moves with the start; any other end is the user's and stays."""
    if end is None or end < start:
        return False
    if ((end - start).days + 1) % 7 == 0:
        return True
    return any(add_months(start, n) - timedelta(days=1) == end for n in range(1, 12 * 10 + 1))


def system_zones(now: datetime) -> list[str]:
    """The computer's time zone names, most telling first: the one the clock's time is in (named, with
    its daylight saving), then Qt's name for the system's zone (Windows has no zone files)."""
    zone = local_zone(now)
    return [str(getattr(zone, "key", "") or ""), bytes(QTimeZone.systemTimeZoneId().data()).decode(
        "utf-8", "replace")]


def _date_edit() -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setMinimumDate(QDate(1970, 1, 1))
    edit.setMaximumDate(QDate(2200, 12, 31))
    return edit


# -- the lifetime question -------------------------------------------------------------------------------

class LifecycleBanner(QFrame):
    """ "This mini-circle has met for a month: extend it, or dissolve it?" Never in the way: "Not now"
    puts it off until Runde starts again.

    Signals:
        decided(int, str): the series id and the choice ("extend" or "dissolve").
        later(int): asked again next time.
    """

    decided = Signal(int, str)
    later = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lifecycle")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.series_id: int | None = None
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.extend_button, self.dissolve_button, self.later_button = (QPushButton() for _ in range(3))
        self.extend_button.clicked.connect(lambda: self._answer(Choice.EXTEND))
        self.dissolve_button.clicked.connect(lambda: self._answer(Choice.DISSOLVE))
        self.later_button.clicked.connect(self._later)
        row = QHBoxLayout()
        row.addWidget(self.extend_button)
        row.addWidget(self.dissolve_button)
        row.addWidget(self.later_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(row)
        self.hide()
        self._name, self._since = "", date(2000, 1, 1)  # set by ask()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set every text (again after a language change)."""
        self.setAccessibleName(tr("Extend or dissolve the mini-circle?"))
        self.extend_button.setText(tr("&Extend by a month"))
        self.dissolve_button.setText(tr("&Dissolve it"))
        self.later_button.setText(tr("Not now"))
        self.text.setText(tr("ℹ The mini-circle “%1” has met for a month now (since %2). Would you like "
                             "to extend it by a month, or dissolve it? Either is fine.").replace(
            "%1", self._name).replace("%2", day_text(self._since)))

    def ask(self, series_id: int, name: str, since: date) -> None:
        """Show the question for this series."""
        self.series_id, self._name, self._since = series_id, name, since
        self.retranslate_ui()
        self.show()

    def _answer(self, choice: Choice) -> None:
        self.hide()  # before telling: the answer may bring up the next circle's question
        if self.series_id is not None:
            self.decided.emit(self.series_id, choice.value)

    def _later(self) -> None:
        self.hide()
        if self.series_id is not None:
            self.later.emit(self.series_id)


def _series_name(s: Series, formats: dict[str, Format], lang: str) -> str:
    fmt = formats.get(s.format_id)
    return series_summary(s, fmt.title.get(lang) if fmt else "")


def record_decision(store: Store, record: SeriesRecord, choice: Choice, today: date) -> Series:
    """Save a mini-circle's answer; the series as it is now."""
    return update_series(store, record.id, decide(record.series, choice, today))


# -- the window -----------------------------------------------------------------------------------------


class CurrentPageStack(QStackedWidget):
    """Pages as tall as the one shown: one line for "every 1 week(s), on Monday", not the height of
    the list of dates by hand (a stacked widget is as tall as its tallest page)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentChanged.connect(lambda _i: self.updateGeometry())

    def sizeHint(self) -> QSize:
        """The page shown's size."""
        page = self.currentWidget()
        return page.sizeHint() if page is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        """The page shown's minimum."""
        page = self.currentWidget()
        return page.minimumSizeHint() if page is not None else super().minimumSizeHint()

class SeriesPanel(QWidget):
    """A team's meeting series: set them up, see and change their next meetings, export a calendar.

    Every valid change is saved at once; a change that breaks a rule is explained and not saved until
    it is fixed.

    Signals:
        changed(): a series was added, changed or removed.
    """

    changed = Signal()

    def __init__(self, store: Store, team_id: int, team_name: str, people: Sequence[str],
                 formats: dict[str, Format], *, lang: str, now: Callable[[], datetime],
                 default_format: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.team_id, self.team_name = store, team_id, team_name
        self.people = list(people)
        self.formats = dict(sorted(formats.items(), key=lambda kv: kv[1].title.get(lang)))
        self.lang, self._now = lang, now
        self.default_format = default_format if default_format in formats else next(iter(self.formats), "")
        self.records: list[SeriesRecord] = []
        self.current: SeriesRecord | None = None
        self._loading = False
        self._damaged: list[str] = []
        self._shown_start: date | None = None  # the start the form shows (its edits move the end…)
        self._end_follows = False  # …and the weekday, unless the user set them
        self._weekday_follows = False
        self._build()
        self.retranslate_ui()
        self._connect()
        self.reload()

    # -- view ------------------------------------------------------------------------------------
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
        self.hand_date = _date_edit()
        self.add_date_button, self.remove_date_button = QPushButton(), QPushButton()
        hand_buttons = QVBoxLayout()
        for w in (self.hand_date, self.add_date_button, self.remove_date_button):
            hand_buttons.addWidget(w)
        hl.addWidget(self.hand_dates, 1)
        hl.addLayout(hand_buttons)
        pages = CurrentPageStack()
        for page in (weekly, monthly, by_hand):
            pages.addWidget(page)
        pages.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        return pages

    def _build_rhythm(self) -> QWidget:
        self.format_box = QComboBox()
        for fmt_id, fmt in self.formats.items():
            self.format_box.addItem(fmt.title.get(self.lang), fmt_id)
        self.kind_box = QComboBox()
        for kind in SeriesKind:
            self.kind_box.addItem("", kind.value)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(200)
        self.cadence_pages = self._build_cadence()
        self.start_edit = _date_edit()
        self.ends_check = QCheckBox()
        self.end_edit = _date_edit()
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
        page = QWidget()
        outer = QVBoxLayout(page)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        outer.addLayout(form)
        outer.addStretch(1)
        self.rhythm_labels = [QLabel() for _ in range(10)]
        for label, field in zip(self.rhythm_labels, (
                self.format_box, self.kind_box, self.name_edit, self.cadence_box, self.cadence_pages,
                self.start_edit, end_row, self.time_edit, self.duration, self.zone_box), strict=True):
            label.setBuddy(field if isinstance(field, QWidget) else self.ends_check)
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
        self.move_date = _date_edit()
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
        self._fill_parents()
        self._show_state()

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

    def changeEvent(self, event: QEvent) -> None:
        """Follow a language change at once."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _connect(self) -> None:
        self.series_list.currentRowChanged.connect(self._select)
        # NOTE: lambdas keep clicked(bool) out of the optional arguments
        self.new_button.clicked.connect(lambda: self.new_series())  # noqa: PLW0108
        self.delete_button.clicked.connect(lambda: self.delete_current())  # noqa: PLW0108
        self.calendar_button.clicked.connect(lambda: self.save_calendar())  # noqa: PLW0108
        self.close_button.clicked.connect(self.close)
        self.cadence_box.currentIndexChanged.connect(self.cadence_pages.setCurrentIndex)
        self.format_box.currentIndexChanged.connect(self._format_chosen)
        for box in (self.kind_box, self.cadence_box, self.weekly_day, self.nth_box, self.monthly_day,
                    self.zone_box, self.parent_box):
            box.currentIndexChanged.connect(self._edited)
        for box in (self.weekly_day, self.monthly_day):
            box.activated.connect(self._weekday_set)  # chosen by the user (not by the start moving)
        self.zone_box.editTextChanged.connect(self._edited)
        self.name_edit.textEdited.connect(self._edited)
        for spin in (self.every_weeks, self.every_months, self.duration):
            spin.valueChanged.connect(self._edited)
        self.start_edit.dateChanged.connect(self._start_edited)
        self.end_edit.dateChanged.connect(self._end_edited)
        self.ends_check.toggled.connect(self._ends_toggled)
        self.time_edit.timeChanged.connect(self._edited)
        self.add_date_button.clicked.connect(self._add_hand_date)
        self.remove_date_button.clicked.connect(self._remove_hand_date)
        self.roster.itemChanged.connect(self._edited)
        self.add_person_button.clicked.connect(lambda: self.add_person(""))
        self.remove_person_button.clicked.connect(self._remove_person)
        self.team_people_button.clicked.connect(self.take_team_people)
        self.meetings.currentRowChanged.connect(self._meeting_chosen)
        self.move_button.clicked.connect(lambda: self.move_chosen())  # noqa: PLW0108
        self.cancel_button.clicked.connect(self.cancel_chosen)
        self.restore_button.clicked.connect(self.restore_chosen)
        self.banner.decided.connect(self._decided)

    # -- loading ---------------------------------------------------------------------------------
    def reload(self, select: int | None = None) -> None:
        """Read the team's series again and show ``select`` (else the one shown, else the first)."""
        keep = select if select is not None else (self.current.id if self.current else None)
        self.records, damaged = list_series(self.store, self.team_id)
        self.series_list.blockSignals(True)
        self.series_list.clear()
        for rec in self.records:
            item = QListWidgetItem(_series_name(rec.series, self.formats, self.lang))
            item.setData(ROLE, rec.id)
            item.setToolTip(rhythm_text(rec.series))
            self.series_list.addItem(item)
        self.series_list.blockSignals(False)
        self._damaged = [problem_text(d.error) for d in damaged]
        row = next((i for i, r in enumerate(self.records) if r.id == keep), 0 if self.records else -1)
        self.series_list.setCurrentRow(row)
        self._select(row)

    def _select(self, row: int) -> None:
        self.current = self.records[row] if 0 <= row < len(self.records) else None
        self._load_form()
        self._show_problems([])
        self._show_state()

    def _fill_parents(self) -> None:
        keep = self.parent_box.currentData()
        self.parent_box.blockSignals(True)
        self.parent_box.clear()
        self.parent_box.addItem(tr("(none)"), NO_PARENT)
        for rec in list_series(self.store, all_teams=True)[0]:
            if (self.current is None or rec.id != self.current.id) and rec.series.kind in (
                    SeriesKind.LEARNING_CIRCLE, SeriesKind.TEAM):
                self.parent_box.addItem(_series_name(rec.series, self.formats, self.lang), rec.id)
        idx = self.parent_box.findData(keep)
        self.parent_box.setCurrentIndex(max(0, idx))
        self.parent_box.blockSignals(False)

    def _load_form(self) -> None:
        self._loading = True
        try:
            self._fill_parents()
            s = self.current.series if self.current else None
            for w in (self.tabs, self.delete_button):
                w.setEnabled(s is not None)
            self.tabs.setVisible(s is not None)
            self.empty_label.setVisible(s is None)
            if s is None:
                return
            self.format_box.setCurrentIndex(max(0, self.format_box.findData(s.format_id)))
            self.kind_box.setCurrentIndex(self.kind_box.findData(s.kind.value))
            self.name_edit.setText(s.name)
            self.cadence_box.setCurrentIndex(self.cadence_box.findData(s.cadence.kind.value))
            self.cadence_pages.setCurrentIndex(self.cadence_box.currentIndex())
            self.every_weeks.setValue(s.cadence.interval if s.cadence.kind is CadenceKind.WEEKLY else 1)
            self.every_months.setValue(s.cadence.interval if s.cadence.kind is CadenceKind.MONTHLY else 1)
            self.weekly_day.setCurrentIndex(s.cadence.weekday)
            self.monthly_day.setCurrentIndex(s.cadence.weekday)
            self.nth_box.setCurrentIndex(max(0, self.nth_box.findData(s.cadence.nth)))
            self.hand_dates.clear()
            for d in s.cadence.dates:
                self._hand_item(d)
            self.hand_date.setDate(_qdate(s.start))
            self.start_edit.setDate(_qdate(s.start))
            self.ends_check.setChecked(s.end is not None)
            self.end_edit.setEnabled(s.end is not None)
            self.end_edit.setDate(_qdate(s.end or s.start))
            self.time_edit.setTime(QTime(s.time_of_day.hour, s.time_of_day.minute))
            self.duration.setValue(s.duration_min)
            self.zone_box.setCurrentText(s.zone)
            self.parent_box.setCurrentIndex(max(0, self.parent_box.findData(s.parent_id)))
            self.roster.setRowCount(0)
            for m in s.roster:
                self._roster_row(m.name, m.joined)
            self._shown_start = s.start
            self._end_follows = end_follows_start(s.start, s.end)
            self._weekday_follows = s.cadence.weekday == s.start.weekday()
        finally:
            self._loading = False
        self._refresh_meetings()

    def _hand_item(self, d: date) -> None:
        item = QListWidgetItem(day_text(d, long=True))
        item.setData(ROLE, d.isoformat())
        self.hand_dates.addItem(item)

    def _roster_row(self, name: str, joined: date) -> None:
        row = self.roster.rowCount()
        self.roster.insertRow(row)
        self.roster.setItem(row, 0, QTableWidgetItem(name))
        edit = _date_edit()
        edit.setDate(_qdate(joined))
        edit.setAccessibleName(tr("Joined on"))
        edit.dateChanged.connect(self._edited)
        self.roster.setCellWidget(row, 1, edit)
        self._fit_joined_column()

    # -- the form as a series --------------------------------------------------------------------
    def form_series(self) -> Series:
        """What the form says now (moves and cancellations that no longer fit the rhythm are dropped)."""
        assert self.current is not None
        base = self.current.series
        kind = CadenceKind(self.cadence_box.currentData())
        if kind is CadenceKind.WEEKLY:
            cadence = Cadence.weekly(int(self.weekly_day.currentData() or 0), self.every_weeks.value())
        elif kind is CadenceKind.MONTHLY:
            nth, weekday = int(self.nth_box.currentData() or 1), int(self.monthly_day.currentData() or 0)
            cadence = Cadence.monthly(nth, weekday, self.every_months.value())
        else:
            cadence = Cadence.by_hand([date.fromisoformat(str(self.hand_dates.item(i).data(ROLE)))
                                       for i in range(self.hand_dates.count())])
        roster = []
        for row in range(self.roster.rowCount()):
            item = self.roster.item(row, 0)
            edit = self.roster.cellWidget(row, 1)
            joined = _pydate(edit.date()) if isinstance(edit, QDateEdit) else base.start
            roster.append(Member(" ".join((item.text() if item else "").split()), joined))
        parent = self.parent_box.currentData()
        t = self.time_edit.time()
        s = replace(base, format_id=str(self.format_box.currentData() or base.format_id),
                    kind=SeriesKind(self.kind_box.currentData() or base.kind.value),
                    name=" ".join(self.name_edit.text().split()), cadence=cadence,
                    start=_pydate(self.start_edit.date()),
                    end=_pydate(self.end_edit.date()) if self.ends_check.isChecked() else None,
                    time_of_day=time(t.hour(), t.minute()), duration_min=self.duration.value(),
                    zone=self.zone_box.currentText().strip(), roster=tuple(roster),
                    parent_id=None if parent in (None, NO_PARENT) else int(parent))
        try:
            return replace(s, changes=tuple(c for c in s.changes if is_regular(s, c.original)))
        except SeriesError:  # e.g. an unknown zone: reported by problems()
            return s

    def _edited(self, *_: object) -> None:
        if self._loading or self.current is None:
            return
        self.save(self.form_series())

    def save(self, series: Series) -> bool:
        """Store ``series`` as the current one if it breaks no rule; otherwise say why. True if saved."""
        if self.current is None:
            return False
        found = problems(series)
        if found:
            self._show_problems(found)
            self.status_label.setText(tr("Not saved until this is fixed."))
            return False
        try:
            series = update_series(self.store, self.current.id, series)
        except SeriesError as exc:
            self._show_problems([exc])
            self.status_label.setText(tr("Not saved until this is fixed."))
            return False
        except StorageError as exc:
            self.status_label.setText(tr("Not saved: %1").replace("%1", storage_error_text(exc)))
            return False
        self.current = replace(self.current, series=series)
        idx = next(i for i, r in enumerate(self.records) if r.id == self.current.id)
        self.records[idx] = self.current
        item = self.series_list.item(idx)
        if item is not None:
            item.setText(_series_name(series, self.formats, self.lang))
            item.setToolTip(rhythm_text(series))
        self._show_problems([])
        self.status_label.setText(tr("Saved."))
        self._refresh_meetings()
        self._show_state()
        self.changed.emit()
        return True

    def _show_problems(self, found: Sequence[SeriesError]) -> None:
        lines = ["⚠ " + problem_text(p) for p in found] + ["⚠ " + t for t in self._damaged]
        self.problems_label.setText("\n".join(lines))
        self.problems_label.setVisible(bool(lines))
        if found:
            self.problems_label.setAccessibleDescription(self.problems_label.text())

    def _show_state(self) -> None:
        s = self.current.series if self.current else None
        if s is None:
            self.rhythm_summary.setText("")
            self.banner.hide()
            return
        text = tr("Meets %1, %2–%3.").replace("%1", rhythm_text(s)).replace("%2", clock_text(
            s.time_of_day)).replace("%3", clock_text(datetime.combine(date(2000, 1, 1), s.time_of_day)
                                                     + timedelta(minutes=s.duration_min)))
        if s.dissolved:
            text += " " + tr("Dissolved on %1.").replace("%1", day_text(s.decisions[-1].on))
        self.rhythm_summary.setText(text)
        fmt = self.formats.get(s.format_id)
        n = len(s.roster)
        note = ""
        if fmt is not None and n and n < fmt.group_size.min:
            note = tr("ℹ This format is meant for at least %1 people.").replace("%1", str(fmt.group_size.min))
        elif fmt is not None and n > fmt.group_size.max:
            note = tr("ℹ This format is meant for at most %1 people.").replace("%1", str(fmt.group_size.max))
        self.size_note.setText(note)
        self.size_note.setVisible(bool(note))
        if self.current is not None and review_due(s, self._now().astimezone(s.tz()).date()):
            self.banner.ask(self.current.id, s.name or _series_name(s, self.formats, self.lang), s.start)
        else:
            self.banner.hide()

    def _refresh_meetings(self) -> None:
        keep = self.meetings.currentItem().data(ROLE) if self.meetings.currentItem() else None
        self.meetings.blockSignals(True)
        self.meetings.clear()
        s = self.current.series if self.current else None
        if s is not None and not problems(s):
            now = self._now()
            first = next_occurrence(s, now)
            lo = first.day if first else s.start
            shown = [o for o in occurrences(s, min(lo, first.regular_date) if first else lo,
                                            add_months(lo, 24), include_cancelled=True)
                     if o.cancelled or o.end > now][:SHOWN_MEETINGS]
            if not shown:
                item = QListWidgetItem(tr("No more meetings are planned."))
                item.setFlags(Qt.ItemFlag.NoItemFlags)
                self.meetings.addItem(item)
            for occ in shown:
                item = QListWidgetItem(meeting_text(occ))
                if occ.cancelled:  # said in words too, not only by the look
                    font = item.font()
                    font.setStrikeOut(True)
                    item.setFont(font)
                item.setData(ROLE, occ.regular_date.isoformat())
                item.setData(ROLE + 1, occ)
                self.meetings.addItem(item)
        self.meetings.blockSignals(False)
        row = next((i for i in range(self.meetings.count()) if self.meetings.item(i).data(ROLE) == keep), 0)
        self.meetings.setCurrentRow(row)
        self._meeting_chosen(row)

    # -- actions ---------------------------------------------------------------------------------
    def _ends_toggled(self, on: bool) -> None:
        self.end_edit.setEnabled(on)
        if on and not self._loading and self.end_edit.date() <= self.start_edit.date():
            self._loading = True  # a first end half a year on (a month of meetings for a mini-circle)
            start = _pydate(self.start_edit.date())
            end = (month_of_weeks(start)[1] if self.kind_box.currentData() == SeriesKind.MINI_CIRCLE.value
                   else add_months(start, 6) - timedelta(days=1))
            self.end_edit.setDate(_qdate(end))
            self._end_follows = True
            self._loading = False
        self._edited()

    def _start_edited(self, *_: object) -> None:
        """A new start moves the end (keeping the length) and the weekday with it, unless the user set
        them (an end or a weekday of their own stays where it is)."""
        if self._loading or self.current is None:
            return
        new = _pydate(self.start_edit.date())
        old, self._shown_start = self._shown_start or new, new
        self._loading = True
        try:
            if self._end_follows and self.ends_check.isChecked():
                self.end_edit.setDate(_qdate(_pydate(self.end_edit.date()) + (new - old)))
            if self._weekday_follows:
                for box in (self.weekly_day, self.monthly_day):
                    box.setCurrentIndex(new.weekday())
        finally:
            self._loading = False
        self._edited()

    def _end_edited(self, *_: object) -> None:
        if not self._loading:
            self._end_follows = False  # the user's own end: it stays when the start moves
        self._edited()

    def _weekday_set(self, *_: object) -> None:
        self._weekday_follows = False

    def _fit_joined_column(self) -> None:
        """The "Joined on" column as wide as its date fields (Qt sizes a column by its items, not by
        the widgets in it, and cut the dates)."""
        widths = [w.sizeHint().width() for r in range(self.roster.rowCount())
                  if (w := self.roster.cellWidget(r, 1)) is not None]
        header = self.roster.horizontalHeader()
        title = header.fontMetrics().horizontalAdvance(tr("Joined on")) + 24
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(1, max([title, _date_edit().sizeHint().width(), *widths]) + 2)  # the grid line

    def _format_chosen(self, *_: object) -> None:
        if self._loading or self.current is None:
            return
        fmt_id = str(self.format_box.currentData() or "")
        self._loading = True
        self.kind_box.setCurrentIndex(self.kind_box.findData(kind_for_format(fmt_id).value))
        self._loading = False
        self._edited()

    def new_series(self, format_id: str = "") -> int | None:
        """A new series for the format chosen on the start screen (or ``format_id``), in the rhythm its
        source describes (docs/FORMATS.md), starting today; returns its id."""
        fmt_id = format_id or self.default_format
        fmt = self.formats.get(fmt_id)
        minutes = round(fmt.target_total_s / 60) if fmt is not None and fmt.target_total_s else 0
        now = self._now()
        zone = zone_for_new_series(system_zones(now), self.lang)
        today = now.astimezone(ZoneInfo(zone)).date()
        series = suggested_series(fmt_id, today, minutes, zone)
        try:
            sid = create_series(self.store, self.team_id, series)
        except (SeriesError, StorageError) as exc:
            self.status_label.setText(tr("Not saved: %1").replace(
                "%1", problem_text(exc) if isinstance(exc, SeriesError) else storage_error_text(exc)))
            return None
        self.reload(select=sid)
        self.tabs.setCurrentIndex(0)
        self.format_box.setFocus()
        self.status_label.setText(tr("A new series starting today. Change anything: it is saved at once."))
        self.changed.emit()
        return sid

    def delete_current(self, confirm: bool = True) -> bool:
        """Remove the series shown (after asking); its past meetings stay in the history."""
        if self.current is None:
            return False
        if confirm and QMessageBox.question(self, tr("Delete the series?"), tr(
                "Delete the series “%1”? Its past meetings stay in the history.").replace(
                "%1", self.series_list.currentItem().text() if self.series_list.currentItem() else "")
                ) != QMessageBox.StandardButton.Yes:
            return False
        try:
            delete_series(self.store, self.current.id)
        except StorageError as exc:
            self.status_label.setText(tr("Not saved: %1").replace("%1", storage_error_text(exc)))
            return False
        self.current = None
        self.reload()
        self.status_label.setText(tr("The series was deleted."))
        self.changed.emit()
        return True

    def _add_hand_date(self) -> None:
        d = _pydate(self.hand_date.date())
        existing = {str(self.hand_dates.item(i).data(ROLE)) for i in range(self.hand_dates.count())}
        if d.isoformat() in existing:
            return
        dates = sorted([*map(date.fromisoformat, existing), d])
        self.hand_dates.clear()
        for x in dates:
            self._hand_item(x)
        self._edited()

    def _remove_hand_date(self) -> None:
        row = self.hand_dates.currentRow()
        if row >= 0:
            self.hand_dates.takeItem(row)
            self._edited()

    def add_person(self, name: str, joined: date | None = None) -> None:
        """A new row on the roster (joined today unless said otherwise)."""
        if self.current is None:
            return
        self._loading = True
        self._roster_row(name, joined or self._now().astimezone().date())
        self._loading = False
        if name:
            self._edited()
        else:
            self.roster.setCurrentCell(self.roster.rowCount() - 1, 0)
            self.roster.editItem(self.roster.item(self.roster.rowCount() - 1, 0))

    def _remove_person(self) -> None:
        row = self.roster.currentRow()
        if row >= 0:
            self.roster.removeRow(row)
            self._edited()

    def take_team_people(self) -> None:
        """Everyone on the team's list who is not on the roster yet, as joined when the series began."""
        if self.current is None:
            return
        have = {(self.roster.item(r, 0).text() if self.roster.item(r, 0) else "")
                for r in range(self.roster.rowCount())}
        self._loading = True
        for name in self.people:
            if name not in have:
                self._roster_row(name, self.current.series.start)
        self._loading = False
        self._edited()

    def _chosen(self) -> Occurrence | None:
        item = self.meetings.currentItem()
        occ = item.data(ROLE + 1) if item is not None else None
        return occ if isinstance(occ, Occurrence) else None

    def _meeting_chosen(self, *_: object) -> None:
        occ = self._chosen()
        for w in (self.move_date, self.move_time, self.move_button, self.cancel_button):
            w.setEnabled(occ is not None and not occ.cancelled)
        self.restore_button.setEnabled(occ is not None and (occ.moved or occ.cancelled))
        if occ is not None:
            self.move_date.setDate(_qdate(occ.day))
            self.move_time.setTime(QTime(occ.start.hour, occ.start.minute))

    def _change(self, edit: Callable[[Series], Series]) -> bool:
        if self.current is None:
            return False
        try:
            changed = edit(self.current.series)
        except SeriesError as exc:
            self._show_problems([exc])
            self.status_label.setText(tr("Nothing was changed."))
            return False
        return self.save(changed)

    def move_chosen(self, to: date | None = None, at: time | None = None) -> bool:
        """Move the chosen meeting to the date and time in the fields (or those given)."""
        occ = self._chosen()
        if occ is None:
            return False
        t = self.move_time.time()
        new_date = to or _pydate(self.move_date.date())
        new_time = at or time(t.hour(), t.minute())
        return self._change(lambda s: move(s, occ.regular_date, new_date, new_time))

    def cancel_chosen(self) -> bool:
        """The chosen meeting is not held."""
        occ = self._chosen()
        return occ is not None and self._change(lambda s: cancel(s, occ.regular_date))

    def restore_chosen(self) -> bool:
        """The chosen meeting back where the rhythm puts it."""
        occ = self._chosen()
        return occ is not None and self._change(lambda s: restore(s, occ.regular_date))

    def choose_meeting(self, regular: date) -> bool:
        """Select the meeting the rhythm puts on ``regular`` in the list."""
        for i in range(self.meetings.count()):
            if self.meetings.item(i).data(ROLE) == regular.isoformat():
                self.meetings.setCurrentRow(i)
                return True
        return False

    def _decided(self, series_id: int, choice: str) -> None:
        rec = next((r for r in self.records if r.id == series_id), None)
        if rec is None:
            return
        today = self._now().astimezone(rec.series.tz()).date()
        try:
            changed = record_decision(self.store, rec, Choice(choice), today)
        except (SeriesError, StorageError) as exc:
            self.status_label.setText(tr("Not saved: %1").replace(
                "%1", problem_text(exc) if isinstance(exc, SeriesError) else storage_error_text(exc)))
            return
        self.status_label.setText(tr("Extended by a month.") if choice == Choice.EXTEND.value
                                  else tr("The mini-circle is dissolved; its meetings stay in the history."))
        self.current = replace(rec, series=changed)
        self.reload(select=series_id)
        self.changed.emit()

    def save_calendar(self, path: Path | str | None = None) -> Path | None:
        """Write the team's series as one ``.ics`` file (asks where unless ``path`` is given)."""
        if not self.records:
            QMessageBox.information(self, tr("Nothing to save"), tr("This team has no meeting series yet."))
            return None
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(self, tr("Save the calendar file"),
                                                    f"{self.team_name}.ics", tr("Calendar files (*.ics)"))
            if not chosen:
                return None
            path = chosen
        target = Path(path)
        entries = [CalendarEntry(r.series, _series_name(r.series, self.formats, self.lang))
                   for r in self.records]
        data = calendar_ics(entries, self._now(), name=self.team_name)
        try:
            write_atomic(target, data)
        except ExportError as exc:
            QMessageBox.warning(self, tr("The calendar was not saved"), export_error_text(exc))
            return None
        self.status_label.setText(tr("Saved %n meeting(s) in %1.", "", meetings_in(data)).replace(
            "%1", str(target)))
        return target


# -- the start screen's part -------------------------------------------------------------------------------

class SeriesHook(QObject):
    """Series on the start screen: the chosen team's next meeting, and on its day that meeting's format
    and the people who take part chosen; a mini-circle's "extend or dissolve?"; the series window."""

    def __init__(self, screen: StartScreen, store: Store, formats: Callable[[], dict[str, Format]],
                 now: Callable[[], datetime], lang: Callable[[], str]) -> None:
        super().__init__(screen)
        self.screen, self.store = screen, store
        self._formats, self._now, self._lang = formats, now, lang
        self.panel: SeriesPanel | None = None
        self.today: tuple[int, str, date] | None = None  # the series, format and day preselected
        self.today_start: datetime | None = None  # when today's meeting of the series begins
        self._put_off: set[int] = set()
        self.records: list[SeriesRecord] = []
        self._team = ""  # the team whose series are shown
        self._chosen_format: str | None = None  # the format chosen before a series chose its own
        self._series_format: str | None = None  # the format a series chose for today
        self.banner = LifecycleBanner()
        screen.series_area.addWidget(self.banner)
        self.banner.decided.connect(self._decided)
        self.banner.later.connect(self._later)
        screen.team_changed.connect(lambda *_: self.refresh(preselect=True))
        # a team's name typed (not chosen from the list) is followed too, once typing rests
        self._typed = QTimer(self)
        self._typed.setSingleShot(True)
        self._typed.setInterval(TEAM_TYPED_MS)
        self._typed.timeout.connect(self._team_typed)
        screen.team_box.editTextChanged.connect(lambda *_: self._typed.start())
        screen.series_requested.connect(self.open_panel)
        screen.installEventFilter(self)
        self.refresh(preselect=True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Say the next meeting again in a new language."""
        if watched is self.screen and event.type() == QEvent.Type.LanguageChange:
            self.banner.retranslate_ui()
            self.refresh()
        return super().eventFilter(watched, event)

    def _team_id(self) -> int | None:
        name = self.screen.team_name()
        return self.store.team_id(name) if name else None

    def refresh(self, *, preselect: bool = False) -> None:
        """Show the chosen team's next meeting; on its day, with ``preselect`` (a team was just
        chosen), choose its format and the people who take part."""
        if self.store.closed:  # Runde is quitting (or restoring a backup)
            return
        self._typed.stop()
        self._team = self.screen.team_name()
        try:
            team_id = self._team_id()
            self.records = list_series(self.store, team_id)[0] if team_id is not None else []
        except StorageError:
            self.records = []
        now = self._now()
        nexts = [(occ, rec) for rec in self.records if (occ := next_occurrence(rec.series, now)) is not None]
        label = self.screen.series_label
        self.today = None
        self.today_start = None
        if not nexts:
            label.setText(tr("ℹ No more meetings are planned in this team's series.") if self.records else "")
            label.setVisible(bool(self.records))
            if preselect:
                self._give_format_back()
            self._ask_lifecycle(now)
            return
        occ, rec = min(nexts, key=lambda pair: pair[0].start)
        name = _series_name(rec.series, self._formats(), self._lang())
        today = now.astimezone(rec.series.tz()).date()
        if occ.day == today:
            text = tr("Today %1–%2: %3. Its format and the people who take part are chosen.").replace(
                "%1", clock_text(occ.start)).replace("%2", clock_text(occ.end)).replace("%3", name)
            self.today = (rec.id, rec.series.format_id, today)
            self.today_start = occ.start
            if preselect:  # only when the team is chosen: later changes on the screen stay the user's
                self._preselect(rec.series.format_id, occ.participants)
        else:
            if preselect:
                self._give_format_back()
            text = tr("Next meeting: %1, %2–%3 (%4).").replace("%1", day_text(occ.day, long=True)).replace(
                "%2", clock_text(occ.start)).replace("%3", clock_text(occ.end)).replace("%4", name)
        later = upcoming(rec.series, occ.end, 2)
        if later:
            text += " " + tr("Then: %1.").replace("%1", ", ".join(day_text(o.day) for o in later))
        label.setText(text)
        label.setVisible(True)
        self._ask_lifecycle(now)

    def _team_typed(self) -> None:
        if self.screen.team_name() != self._team:  # another team: its series, not the last one's
            self.refresh(preselect=True)

    def _current_format_id(self) -> str:
        fmt = self.screen.current_format()
        return fmt.id if fmt is not None else ""

    def _preselect(self, format_id: str, participants: tuple[str, ...]) -> None:
        """Today's meeting of the team's series: its format and people, remembering the format chosen
        before (given back when another team without a meeting today is chosen)."""
        if self._series_format is None or self._current_format_id() != self._series_format:
            self._chosen_format = self._current_format_id()
        self.screen.preselect(format_id, participants)
        self._series_format = format_id

    def _give_format_back(self) -> None:
        """Another team, without a meeting today: the format a series chose goes back to the one chosen
        before, unless the user has chosen another meanwhile."""
        if self._series_format is not None and self._current_format_id() == self._series_format \
                and self._chosen_format:
            self.screen.select_format(self._chosen_format)
        self._series_format = self._chosen_format = None

    def _ask_lifecycle(self, now: datetime) -> None:
        for rec in self.records:
            if rec.id not in self._put_off and review_due(rec.series, now.astimezone(rec.series.tz()).date()):
                self.banner.ask(rec.id, rec.series.name or _series_name(rec.series, self._formats(),
                                                                         self._lang()), rec.series.start)
                return
        self.banner.hide()

    def _decided(self, series_id: int, choice: str) -> None:
        rec = next((r for r in self.records if r.id == series_id), None)
        if rec is not None:
            try:
                today = self._now().astimezone(rec.series.tz()).date()
                record_decision(self.store, rec, Choice(choice), today)
            except (SeriesError, StorageError) as exc:
                QMessageBox.warning(self.screen, tr("Not saved"), problem_text(exc)
                                    if isinstance(exc, SeriesError) else storage_error_text(exc))
        self.refresh()
        if self.panel is not None:
            self.panel.reload()

    def _later(self, series_id: int) -> None:
        self._put_off.add(series_id)
        self.refresh()

    def planned_start(self, format_id: str) -> datetime | None:
        """When today's meeting of the series starts, if a meeting of ``format_id`` is that one."""
        return self.today_start if self.today is not None and self.today[1] == format_id else None

    def meeting_started(self, meeting_id: int, format_id: str) -> None:
        """A meeting was stored: if it is today's meeting of a series, it belongs to that series."""
        if self.today is not None and self.today[1] == format_id:
            with contextlib.suppress(StorageError):  # the meeting is stored; the link is a convenience
                link_meeting(self.store, meeting_id, self.today[0])

    def open_panel(self) -> SeriesPanel | None:
        """The chosen team's series window (the team is saved first if it is new)."""
        name = self.screen.team_name()
        if not name:
            QMessageBox.information(self.screen, tr("Meeting series"), tr(
                "Type or choose the team's name first: a series belongs to a team."))
            return None
        try:
            team_id = self.store.team_id(name)
            if team_id is None:
                setup = self.screen.setup()
                team_id = self.store.save_team(name, list(setup.participants) if setup else []).id
            people = next((t.people for t in self.store.teams() if t.id == team_id), ())
        except StorageError as exc:
            QMessageBox.warning(self.screen, tr("Meeting series"), storage_error_text(exc))
            return None
        current = self.screen.current_format()
        panel = SeriesPanel(self.store, team_id, name, people, self._formats(), lang=self._lang(),
                            now=self._now, default_format=current.id if current else "")
        panel.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        panel.changed.connect(self.refresh)
        panel.destroyed.connect(lambda *_: setattr(self, "panel", None))
        from ui.screens import fit_to_screen

        fit_to_screen(panel, 1100, 680)  # a laptop at 125 % has about 1093x614 to give
        panel.show()
        self.panel = panel
        return panel
