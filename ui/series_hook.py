"""Meeting series on the start screen: the chosen team's next meeting, and on its day that meeting's
format and the people who take part chosen; a mini-circle's gentle "extend or dissolve?"; the series
window (:class:`ui.series_panel.SeriesPanel`) opened from there."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QMessageBox

from app.formats import Format
from app.series import Choice, Occurrence, SeriesError
from app.series_dates import next_occurrence, upcoming
from app.series_lifecycle import review_due
from app.storage.api import SeriesRecord, StorageError, Store, link_meeting, list_series
from ui.error_texts import storage_error_text
from ui.i18n import tr
from ui.series_banner import LifecycleBanner
from ui.series_panel import SeriesPanel, record_decision
from ui.series_texts import clock_text, day_text, problem_text, series_name

if TYPE_CHECKING:
    from ui.start_screen import StartScreen

TEAM_TYPED_MS = 300  # a team name typed on the start screen is looked up once typing rests this long


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
        else:
            occ, rec = min(nexts, key=lambda pair: pair[0].start)
            label.setText(self._say_next(occ, rec, now, preselect=preselect))
            label.setVisible(True)
        self._ask_lifecycle(now)

    def _say_next(self, occ: Occurrence, rec: SeriesRecord, now: datetime, *, preselect: bool) -> str:
        """The sentence about the team's next meeting; on its day it is today's meeting (and with
        ``preselect``, its format and people are chosen)."""
        name = series_name(rec.series, self._formats(), self._lang())
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
        return text

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
                self.banner.ask(rec.id, rec.series.name or series_name(rec.series, self._formats(),
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

    def _panel_closed(self, *_: object) -> None:
        self.panel = None

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
        panel.destroyed.connect(self._panel_closed)
        from ui.screens import fit_to_screen

        fit_to_screen(panel, 1100, 680)  # a laptop at 125 % has about 1093x614 to give
        panel.show()
        self.panel = panel
        return panel
