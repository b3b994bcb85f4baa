"""The series window's controller: a team's meeting series set up and changed (rhythm, people and
when they joined, a moved or cancelled date, a mini-circle's "extend or dissolve?", the calendar file).
Every valid change is stored at once. The widgets and showing a series in them are
:class:`ui.series_view.SeriesView`'s; the form as data is :class:`app.series_draft.SeriesDraft`."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QTimeZone, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.atomic import ExportError, write_atomic
from app.calendar_ics import CalendarEntry, calendar_ics, meetings_in
from app.clock import local_zone
from app.formats import Format
from app.series import Choice, Series, SeriesError, SeriesKind
from app.series_checks import problems
from app.series_dates import meetings_ahead
from app.series_draft import draft_of, end_follows_start, first_end, moved_end, series_of
from app.series_edits import cancel, move, restore
from app.series_lifecycle import decide, review_due
from app.series_new import kind_for_format, suggested_series, zone_for_new_series
from app.storage.api import (
    SeriesRecord,
    StorageError,
    Store,
    create_series,
    delete_series,
    list_series,
    update_series,
)
from ui.error_texts import export_error_text, storage_error_text
from ui.i18n import tr
from ui.qt_dates import pydate, qdate
from ui.series_texts import problem_text, series_name
from ui.series_view import SeriesView

SHOWN_MEETINGS = 24


def system_zones(now: datetime) -> list[str]:
    """The computer's time zone names, most telling first: the one the clock's time is in (named, with
    its daylight saving), then Qt's name for the system's zone (Windows has no zone files)."""
    zone = local_zone(now)
    return [str(getattr(zone, "key", "") or ""), bytes(QTimeZone.systemTimeZoneId().data()).decode(
        "utf-8", "replace")]


def record_decision(store: Store, record: SeriesRecord, choice: Choice, today: date) -> Series:
    """Save a mini-circle's answer; the series as it is now."""
    return update_series(store, record.id, decide(record.series, choice, today))


class SeriesPanel(SeriesView):
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
        super().__init__(team_name, formats, lang, parent)
        self.store, self.team_id = store, team_id
        self.people = list(people)
        self._now = now
        self.default_format = default_format if default_format in formats else next(iter(self.formats), "")
        self.records: list[SeriesRecord] = []
        self.current: SeriesRecord | None = None
        self._loading = False
        self._damaged: list[str] = []
        self._shown_start: date | None = None  # the start the form shows (its edits move the end…)
        self._end_follows = False  # …and the weekday, unless the user set them
        self._weekday_follows = False
        self.retranslate_ui()
        self._connect()
        self.reload()

    def retranslate_ui(self) -> None:
        """Set every text (again after a language change), the parent circles' names included."""
        super().retranslate_ui()
        self._fill_parents()
        self._show_state()

    def _connect(self) -> None:
        self._connect_view()
        self.series_list.currentRowChanged.connect(self._select)
        # NOTE: lambdas keep clicked(bool) out of the optional arguments
        self.new_button.clicked.connect(lambda: self.new_series())  # noqa: PLW0108
        self.delete_button.clicked.connect(lambda: self.delete_current())  # noqa: PLW0108
        self.calendar_button.clicked.connect(lambda: self.save_calendar())  # noqa: PLW0108
        self.close_button.clicked.connect(self.close)
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
        self.form_edited.connect(self._edited)
        self.roster.itemChanged.connect(self._edited)
        self.add_person_button.clicked.connect(lambda: self.add_person(""))
        self.team_people_button.clicked.connect(self.take_team_people)
        self.move_button.clicked.connect(lambda: self.move_chosen())  # noqa: PLW0108
        self.cancel_button.clicked.connect(self.cancel_chosen)
        self.restore_button.clicked.connect(self.restore_chosen)
        self.banner.decided.connect(self._decided)

    # -- loading ---------------------------------------------------------------------------------
    def reload(self, select: int | None = None) -> None:
        """Read the team's series again and show ``select`` (else the one shown, else the first)."""
        keep = select if select is not None else (self.current.id if self.current else None)
        self.records, damaged = list_series(self.store, self.team_id)
        self.show_series_list([(rec.id, rec.series) for rec in self.records])
        self._damaged = [problem_text(d.error) for d in damaged]
        row = next((i for i, r in enumerate(self.records) if r.id == keep), 0 if self.records else -1)
        self.series_list.setCurrentRow(row)
        self._select(row)

    def _select(self, row: int) -> None:
        self.current = self.records[row] if 0 <= row < len(self.records) else None
        self._load_form()
        self.show_problems([], self._damaged)
        self._show_state()

    def _fill_parents(self) -> None:
        self.fill_parents([(rec.id, rec.series) for rec in list_series(self.store, all_teams=True)[0]
                           if (self.current is None or rec.id != self.current.id)
                           and rec.series.kind in (SeriesKind.LEARNING_CIRCLE, SeriesKind.TEAM)])

    def _load_form(self) -> None:
        self._loading = True
        try:
            self._fill_parents()
            s = self.current.series if self.current else None
            self.show_empty(s is None)
            if s is None:
                return
            self.show_draft(draft_of(s))
            self._shown_start = s.start
            self._end_follows = end_follows_start(s.start, s.end)
            self._weekday_follows = s.cadence.weekday == s.start.weekday()
        finally:
            self._loading = False
        self._refresh_meetings()

    # -- the form as a series --------------------------------------------------------------------
    def form_series(self) -> Series:
        """What the form says now (moves and cancellations that no longer fit the rhythm are dropped)."""
        assert self.current is not None
        return series_of(self.read_draft(), self.current.series)

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
            self.show_problems(found, self._damaged)
            self.status_label.setText(tr("Not saved until this is fixed."))
            return False
        try:
            series = update_series(self.store, self.current.id, series)
        except SeriesError as exc:
            self.show_problems([exc], self._damaged)
            self.status_label.setText(tr("Not saved until this is fixed."))
            return False
        except StorageError as exc:
            self.status_label.setText(tr("Not saved: %1").replace("%1", storage_error_text(exc)))
            return False
        self.current = replace(self.current, series=series)
        idx = next(i for i, r in enumerate(self.records) if r.id == self.current.id)
        self.records[idx] = self.current
        self.rename_in_list(idx, series)
        self.show_problems([], self._damaged)
        self.status_label.setText(tr("Saved."))
        self._refresh_meetings()
        self._show_state()
        self.changed.emit()
        return True

    def _show_state(self) -> None:
        s = self.current.series if self.current else None
        self.show_summary(s)
        if self.current is not None and s is not None and review_due(s, self._today(s)):
            self.banner.ask(self.current.id, s.name or series_name(s, self.formats, self.lang), s.start)
        else:
            self.banner.hide()

    def _today(self, s: Series) -> date:
        """Today's date where the series meets."""
        return self._now().astimezone(s.tz()).date()

    def _refresh_meetings(self) -> None:
        s = self.current.series if self.current else None
        self.show_meetings(meetings_ahead(s, self._now(), SHOWN_MEETINGS)
                           if s is not None and not problems(s) else None)

    # -- the form's fields that move others ------------------------------------------------------
    def _ends_toggled(self, on: bool) -> None:
        self.end_edit.setEnabled(on)
        if on and not self._loading and self.end_edit.date() <= self.start_edit.date():
            self._loading = True  # a first end half a year on (a month of meetings for a mini-circle)
            mini = self.kind_box.currentData() == SeriesKind.MINI_CIRCLE.value
            self.end_edit.setDate(qdate(first_end(pydate(self.start_edit.date()), mini_circle=mini)))
            self._end_follows = True
            self._loading = False
        self._edited()

    def _start_edited(self, *_: object) -> None:
        """A new start moves the end (keeping the length) and the weekday with it, unless the user set
        them (an end or a weekday of their own stays where it is)."""
        if self._loading or self.current is None:
            return
        new = pydate(self.start_edit.date())
        old, self._shown_start = self._shown_start or new, new
        self._loading = True
        try:
            if self._end_follows and self.ends_check.isChecked():
                self.end_edit.setDate(qdate(moved_end(old, new, pydate(self.end_edit.date()))))
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

    def _format_chosen(self, *_: object) -> None:
        if self._loading or self.current is None:
            return
        fmt_id = str(self.format_box.currentData() or "")
        self._loading = True
        self.kind_box.setCurrentIndex(self.kind_box.findData(kind_for_format(fmt_id).value))
        self._loading = False
        self._edited()

    # -- actions ---------------------------------------------------------------------------------
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

    def add_person(self, name: str, joined: date | None = None) -> None:
        """A new row on the roster (joined today unless said otherwise)."""
        if self.current is None:
            return
        self._loading = True
        self.roster_row(name, joined or self._now().astimezone().date())
        self._loading = False
        if name:
            self._edited()
        else:
            self.edit_last_name()

    def take_team_people(self) -> None:
        """Everyone on the team's list who is not on the roster yet, as joined when the series began."""
        if self.current is None:
            return
        have = self.roster_names()
        self._loading = True
        for name in self.people:
            if name not in have:
                self.roster_row(name, self.current.series.start)
        self._loading = False
        self._edited()

    def _change(self, edit: Callable[[Series], Series]) -> bool:
        if self.current is None:
            return False
        try:
            changed = edit(self.current.series)
        except SeriesError as exc:
            self.show_problems([exc], self._damaged)
            self.status_label.setText(tr("Nothing was changed."))
            return False
        return self.save(changed)

    def move_chosen(self, to: date | None = None, at: time | None = None) -> bool:
        """Move the chosen meeting to the date and time in the fields (or those given)."""
        occ = self.chosen()
        if occ is None:
            return False
        field_date, field_time = self.move_target()
        new_date, new_time = to or field_date, at or field_time
        return self._change(lambda s: move(s, occ.regular_date, new_date, new_time))

    def cancel_chosen(self) -> bool:
        """The chosen meeting is not held."""
        occ = self.chosen()
        return occ is not None and self._change(lambda s: cancel(s, occ.regular_date))

    def restore_chosen(self) -> bool:
        """The chosen meeting back where the rhythm puts it."""
        occ = self.chosen()
        return occ is not None and self._change(lambda s: restore(s, occ.regular_date))

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
        entries = [CalendarEntry(r.series, series_name(r.series, self.formats, self.lang))
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
