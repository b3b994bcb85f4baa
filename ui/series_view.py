"""The series window's view: showing a series in the widgets of :class:`ui.series_layout.SeriesLayout`
(the form as a :class:`~app.series_draft.SeriesDraft`, the list of series, the next meetings, the
problems) and reading the form back. What happens on an edit, a save, a delete, a move or a decision
is the controller's: :class:`ui.series_panel.SeriesPanel` builds on this view."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtWidgets import QDateEdit, QListWidgetItem, QTableWidgetItem

from app.series import CadenceKind, Occurrence, Series, SeriesError, SeriesKind
from app.series_draft import SeriesDraft
from ui.i18n import tr
from ui.qt_dates import pydate, qdate
from ui.series_layout import NO_PARENT, ROLE, SeriesLayout, date_edit, qtime_of
from ui.series_texts import clock_text, day_text, meeting_text, problem_text, rhythm_text, series_name


class SeriesView(SeriesLayout):
    """A series shown in the window, and the form read back.

    Signals:
        form_edited(): the user changed the hand-made dates, the roster or a joining date.
    """

    form_edited = Signal()

    # -- showing -----------------------------------------------------------------------------------
    def show_series_list(self, records: Sequence[tuple[int, Series]]) -> None:
        """The team's series by id, in the list on the left (no selection signal)."""
        self.series_list.blockSignals(True)
        self.series_list.clear()
        for sid, series in records:
            item = QListWidgetItem(series_name(series, self.formats, self.lang))
            item.setData(ROLE, sid)
            item.setToolTip(rhythm_text(series))
            self.series_list.addItem(item)
        self.series_list.blockSignals(False)

    def rename_in_list(self, row: int, series: Series) -> None:
        """The list's entry of a series after it changed."""
        item = self.series_list.item(row)
        if item is not None:
            item.setText(series_name(series, self.formats, self.lang))
            item.setToolTip(rhythm_text(series))

    def fill_parents(self, candidates: Sequence[tuple[int, Series]]) -> None:
        """The parent circles one can choose: "(none)" and ``candidates`` by id (the choice kept)."""
        keep = self.parent_box.currentData()
        self.parent_box.blockSignals(True)
        self.parent_box.clear()
        self.parent_box.addItem(tr("(none)"), NO_PARENT)
        for sid, series in candidates:
            self.parent_box.addItem(series_name(series, self.formats, self.lang), sid)
        idx = self.parent_box.findData(keep)
        self.parent_box.setCurrentIndex(max(0, idx))
        self.parent_box.blockSignals(False)

    def show_empty(self, empty: bool) -> None:
        """The tabs for a series, or the note that the team has none."""
        for w in (self.tabs, self.delete_button):
            w.setEnabled(not empty)
        self.tabs.setVisible(not empty)
        self.empty_label.setVisible(empty)

    def show_draft(self, d: SeriesDraft) -> None:
        """Every field of the form as ``d`` says (signals are the caller's to hold back)."""
        self.format_box.setCurrentIndex(max(0, self.format_box.findData(d.format_id)))
        self.kind_box.setCurrentIndex(self.kind_box.findData(d.kind.value if d.kind else None))
        self.name_edit.setText(d.name)
        self.cadence_box.setCurrentIndex(self.cadence_box.findData(d.cadence.value))
        self.cadence_pages.setCurrentIndex(self.cadence_box.currentIndex())
        self.every_weeks.setValue(d.every_weeks)
        self.every_months.setValue(d.every_months)
        self.weekly_day.setCurrentIndex(d.weekly_day)
        self.monthly_day.setCurrentIndex(d.monthly_day)
        self.nth_box.setCurrentIndex(max(0, self.nth_box.findData(d.nth)))
        self.hand_dates.clear()
        for x in d.hand_dates:
            self._hand_item(x)
        self.hand_date.setDate(qdate(d.start))
        self.start_edit.setDate(qdate(d.start))
        self.ends_check.setChecked(d.ends)
        self.end_edit.setEnabled(d.ends)
        self.end_edit.setDate(qdate(d.end))
        self.time_edit.setTime(QTime(d.time_of_day.hour, d.time_of_day.minute))
        self.duration.setValue(d.duration_min)
        self.zone_box.setCurrentText(d.zone)
        self.parent_box.setCurrentIndex(max(0, self.parent_box.findData(d.parent_id)))
        self.roster.setRowCount(0)
        for name, joined in d.roster:
            self.roster_row(name, joined or d.start)

    def read_draft(self) -> SeriesDraft:
        """What the form says now."""
        roster: list[tuple[str, date | None]] = []
        for row in range(self.roster.rowCount()):
            item = self.roster.item(row, 0)
            edit = self.roster.cellWidget(row, 1)
            roster.append((item.text() if item else "", pydate(edit.date()) if isinstance(edit, QDateEdit)
                           else None))
        kind = self.kind_box.currentData()
        parent = self.parent_box.currentData()
        return SeriesDraft(
            format_id=str(self.format_box.currentData() or ""), kind=SeriesKind(kind) if kind else None,
            name=self.name_edit.text(), cadence=CadenceKind(self.cadence_box.currentData()),
            every_weeks=self.every_weeks.value(), weekly_day=int(self.weekly_day.currentData() or 0),
            nth=int(self.nth_box.currentData() or 1), monthly_day=int(self.monthly_day.currentData() or 0),
            every_months=self.every_months.value(), hand_dates=self.hand_dates_shown(),
            start=pydate(self.start_edit.date()), ends=self.ends_check.isChecked(),
            end=pydate(self.end_edit.date()), time_of_day=qtime_of(self.time_edit.time()),
            duration_min=self.duration.value(), zone=self.zone_box.currentText(),
            parent_id=None if parent in (None, NO_PARENT) else int(parent), roster=tuple(roster))

    def hand_dates_shown(self) -> tuple[date, ...]:
        """The dates in the list of dates chosen by hand."""
        return tuple(date.fromisoformat(str(self.hand_dates.item(i).data(ROLE)))
                     for i in range(self.hand_dates.count()))

    def _hand_item(self, d: date) -> None:
        item = QListWidgetItem(day_text(d, long=True))
        item.setData(ROLE, d.isoformat())
        self.hand_dates.addItem(item)

    def roster_row(self, name: str, joined: date) -> None:
        """One more person on the roster (the table's signals are the caller's to hold back)."""
        row = self.roster.rowCount()
        self.roster.insertRow(row)
        self.roster.setItem(row, 0, QTableWidgetItem(name))
        edit = date_edit()
        edit.setDate(qdate(joined))
        edit.setAccessibleName(tr("Joined on"))
        edit.dateChanged.connect(lambda *_: self.form_edited.emit())
        self.roster.setCellWidget(row, 1, edit)
        self._fit_joined_column()

    def roster_names(self) -> set[str]:
        """The names on the roster as they are written."""
        return {item.text() if (item := self.roster.item(r, 0)) is not None else ""
                for r in range(self.roster.rowCount())}

    def edit_last_name(self) -> None:
        """Start typing the name of the last person on the roster."""
        row = self.roster.rowCount() - 1
        self.roster.setCurrentCell(row, 0)
        item = self.roster.item(row, 0)
        if item is not None:
            self.roster.editItem(item)

    def show_problems(self, found: Sequence[SeriesError], damaged: Sequence[str] = ()) -> None:
        """What is wrong with the series shown, and with stored series that cannot be read."""
        lines = ["⚠ " + problem_text(p) for p in found] + ["⚠ " + t for t in damaged]
        self.problems_label.setText("\n".join(lines))
        self.problems_label.setVisible(bool(lines))
        if found:
            self.problems_label.setAccessibleDescription(self.problems_label.text())

    def show_summary(self, s: Series | None) -> None:
        """The rhythm in a sentence, and a note if the roster does not suit the format's group size."""
        if s is None:
            self.rhythm_summary.setText("")
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

    def show_meetings(self, shown: Sequence[Occurrence] | None) -> None:
        """The next meetings (None: none shown, the series has a problem), the chosen one kept."""
        current = self.meetings.currentItem()
        keep = current.data(ROLE) if current else None
        self.meetings.blockSignals(True)
        self.meetings.clear()
        if shown is not None and not shown:
            item = QListWidgetItem(tr("No more meetings are planned."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.meetings.addItem(item)
        for occ in shown or ():
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

    def chosen(self) -> Occurrence | None:
        """The meeting chosen in the list of next meetings."""
        item = self.meetings.currentItem()
        occ = item.data(ROLE + 1) if item is not None else None
        return occ if isinstance(occ, Occurrence) else None

    def _meeting_chosen(self, *_: object) -> None:
        occ = self.chosen()
        for w in (self.move_date, self.move_time, self.move_button, self.cancel_button):
            w.setEnabled(occ is not None and not occ.cancelled)
        self.restore_button.setEnabled(occ is not None and (occ.moved or occ.cancelled))
        if occ is not None:
            self.move_date.setDate(qdate(occ.day))
            self.move_time.setTime(QTime(occ.start.hour, occ.start.minute))

    def move_target(self) -> tuple[date, time]:
        """The date and time in the "Move the chosen meeting to" fields."""
        return pydate(self.move_date.date()), qtime_of(self.move_time.time())

    def choose_meeting(self, regular: date) -> bool:
        """Select the meeting the rhythm puts on ``regular`` in the list."""
        for i in range(self.meetings.count()):
            if self.meetings.item(i).data(ROLE) == regular.isoformat():
                self.meetings.setCurrentRow(i)
                return True
        return False

    # -- the form's own lists ----------------------------------------------------------------------
    def _add_hand_date(self) -> None:
        d = pydate(self.hand_date.date())
        existing = set(self.hand_dates_shown())
        if d in existing:
            return
        self.hand_dates.clear()
        for x in sorted([*existing, d]):
            self._hand_item(x)
        self.form_edited.emit()

    def _remove_hand_date(self) -> None:
        row = self.hand_dates.currentRow()
        if row >= 0:
            self.hand_dates.takeItem(row)
            self.form_edited.emit()

    def _remove_person(self) -> None:
        row = self.roster.currentRow()
        if row >= 0:
            self.roster.removeRow(row)
            self.form_edited.emit()

    def _connect_view(self) -> None:
        """The view's own wiring: the cadence's page, the hand-made dates, the roster, the meetings."""
        self.cadence_box.currentIndexChanged.connect(self.cadence_pages.setCurrentIndex)
        self.add_date_button.clicked.connect(self._add_hand_date)
        self.remove_date_button.clicked.connect(self._remove_hand_date)
        self.remove_person_button.clicked.connect(self._remove_person)
        self.meetings.currentRowChanged.connect(self._meeting_chosen)
