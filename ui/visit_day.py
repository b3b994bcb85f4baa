"""The hours of a learning visit (:class:`VisitDay`, a part of :class:`ui.visit_window.VisitWindow`):
the clock and how far the planned day is (before, during, after, or another day), the agreed focus
above every page, and the check-in's hours (whole or half day; a new start moves the end with it).
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QTime
from PySide6.QtWidgets import QComboBox, QLabel, QTimeEdit

from app.clock import Clock, local_zone
from app.visit import VisitData, day_end, day_progress, hours_minutes
from ui.i18n import tr
from ui.qt_dates import qdate
from ui.visit_steps import StepTimer, WindowPart

translate = QCoreApplication.translate  # lupdate reads translate("VisitWindow", "...") calls


class VisitDay(WindowPart):
    """The visit's day on the clock of this computer (its time zone, daylight saving included)."""

    clock: Clock
    data: VisitData
    clock_label: QLabel
    day_progress: QLabel
    focus_view: QLabel
    checkin_timer: StepTimer
    start: QTimeEdit
    end: QTimeEdit
    whole_day: QComboBox
    _start_was: time  # the start before the last change (the end keeps its distance to it)

    if TYPE_CHECKING:  # the window's own (ui/visit_window.py)
        def _changed(self, *_: object) -> None: ...
        def _refresh_step(self) -> None: ...

    def zone(self) -> tzinfo:
        """The visit's time zone: this computer's (app.clock.local_zone), daylight saving included."""
        return local_zone(self.clock.wall())

    def span_text(self, span: timedelta, *, up: bool = False) -> str:
        """A span in hours and minutes ("2 h 05 min", "40 min"), never seconds or thousands of hours."""
        hours, minutes = hours_minutes(span, up=up)
        if not hours:
            return tr("%n min", "", minutes)  # (a plural: lupdate counts %n only in a tr() call)
        if not minutes:
            return translate("VisitWindow", "%1 h").replace("%1", str(hours))
        return translate("VisitWindow", "%1 h %2 min").replace("%1", str(hours)).replace(
            "%2", f"{minutes:02d}")

    def _refresh_clocks(self) -> None:
        zone = self.zone()
        now = self.clock.wall().astimezone(zone)
        self.clock_label.setText(QLocale().toString(QTime(now.hour, now.minute),
                                                    QLocale.FormatType.ShortFormat))
        d = self.data
        where = day_progress(d, now, zone)  # the hours the two agreed (half or whole day is their label)
        span = self.span_text
        if where.kind == "before":
            text = translate("VisitWindow", "The day starts in %1").replace("%1", span(where.first, up=True))
        elif where.kind == "during":
            text = translate("VisitWindow", "%1 gone · %2 left").replace("%1", span(where.first)).replace(
                "%2", span(where.second, up=True))
        elif where.kind == "after":
            text = translate("VisitWindow", "The planned day ended %1 ago").replace("%1", span(where.first))
        else:  # another day (opened again from the history, or planned ahead): its date, not hours
            day = QLocale().toString(qdate(d.day), QLocale.FormatType.LongFormat)
            text = (translate("VisitWindow", "The visit was on %1.") if d.day < now.date()
                    else translate("VisitWindow", "The visit is planned for %1.")).replace("%1", day)
        self.day_progress.setText(text)
        focus = "\n".join(x for x in (d.goals, d.colleague_focus) if x) or translate(
            "VisitWindow", "(no focus agreed yet)")
        self.focus_view.setText(translate("VisitWindow", "Focus: %1").replace("%1", focus))
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
