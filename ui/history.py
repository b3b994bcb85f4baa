"""A team's history: past meetings, a search that answers as you type, open measures, sheets, and
restoring a backup."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.atomic import ExportError, write_atomic
from app.clock import Clock, SystemClock
from app.export.assemble import meeting_sheet, staff_sheet, visit_sheet
from app.export.sheet import Sheet
from app.storage.api import (
    MeasureInfo,
    MeetingSummary,
    SearchHit,
    ServerUnreachableError,
    StorageError,
    Store,
    TeamInfo,
    VisitSummary,
    export_team,
    import_team,
    list_visits,
)
from ui.busy import busy
from ui.error_texts import storage_error_text
from ui.export_dialog import ExportDialog
from ui.qt_dates import qdate, qdatetime
from ui.sheet_labels import sheet_labels

ROLE = Qt.ItemDataRole.UserRole
RETRY_MS = 2000  # while the server cannot be reached: look again this often (it fails at once meanwhile)


@dataclass(frozen=True)
class HistoryRead:
    """What the history window shows, read in one go (plain data: read on any thread)."""

    team_id: int | None  # the team it was read for (None: all), and the search text
    text: str
    teams: list[TeamInfo]
    meetings: list[MeetingSummary]
    visits: list[VisitSummary]
    measures: list[MeasureInfo]
    hits: list[SearchHit]


def read_history(store: Store, team_id: int | None, text: str) -> HistoryRead:
    """Read the history window's lists for a team and a search text (a team gone since: all teams),
    on one connection (a connection the server cut on the way is read again on a fresh one)."""
    with store.reading():
        teams = store.teams()
        if team_id is not None and team_id not in {t.id for t in teams}:
            team_id = None  # as the team chooser will show it
        return HistoryRead(team_id, text, teams, store.meetings(team_id), list_visits(store, team_id),
                           store.open_measures(team_id), store.search(text, team_id))


def fill_list(widget: QListWidget, rows: list[tuple[str, object]]) -> bool:
    """Show ``rows`` (text, the id kept under ``ROLE``) in ``widget``; False when they are the lines
    shown already (then nothing is touched). Otherwise the line chosen (by its id) stays chosen and
    the first line in view stays first in view, wherever new lines came in."""
    shown = [(widget.item(i).text(), widget.item(i).data(ROLE)) for i in range(widget.count())]
    if shown == rows:
        return False
    chosen = widget.currentItem()
    chosen_id = chosen.data(ROLE) if chosen is not None else None
    top = widget.itemAt(QPoint(2, 2))  # the first line in view
    top_id = top.data(ROLE) if top is not None else None
    scrolled = widget.verticalScrollBar().value()
    widget.setUpdatesEnabled(False)
    try:
        widget.clear()
        row_of: dict[object, int] = {}
        for i, (text, key) in enumerate(rows):
            item = QListWidgetItem(text)
            item.setData(ROLE, key)
            widget.addItem(item)
            row_of.setdefault(key, i)
        if chosen_id is not None and chosen_id in row_of:
            widget.setCurrentRow(row_of[chosen_id])
        if top_id is not None and top_id in row_of:
            widget.scrollToItem(widget.item(row_of[top_id]), QAbstractItemView.ScrollHint.PositionAtTop)
        else:
            widget.verticalScrollBar().setValue(scrolled)
    finally:
        widget.setUpdatesEnabled(True)
    return True


class HistoryWindow(QWidget):
    """History, search, open measures and sheets for one team (or all).

    Signals:
        visit_open_requested(int): go on with this learning visit (its window).

    ``clock`` gives "now" (today for the measures' age, the time a sheet is made); the system's clock
    when not given.
    """

    visit_open_requested = Signal(int)

    def __init__(self, store: Store, parent: QWidget | None = None, *, clock: Clock | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.clock: Clock = clock or SystemClock()
        self.generation = 0  # refreshes so far (the poll's answers are shown only if none came since)
        self.team = QComboBox()
        self.search = QLineEdit()
        self.results = QListWidget()
        self.meetings = QListWidget()
        self.visits = QListWidget()
        self.measures = QListWidget()
        self.status = QLabel()  # one calm line when the data cannot be read or changed now
        self.status.setObjectName("status")
        self.status.hide()
        self._retry = QTimer(self)  # while the server cannot be reached: refresh once it is back
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self._retry_refresh)
        (self.visit_sheet_button, self.done_button, self.meeting_sheet_button, self.staff_sheet_button,
         self.restore_button, self.export_team_button, self.import_team_button,
         self.erase_button) = (QPushButton() for _ in range(8))
        self.visit_open_button = QPushButton()
        self.visit_open_button.clicked.connect(self._open_visit)
        self.visits.itemActivated.connect(lambda *_: self._open_visit())
        self._layout()
        self.retranslate_ui()
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(120)
        self._debounce.timeout.connect(self.run_search)
        self.search.textChanged.connect(self._debounce.start)
        self.team.currentIndexChanged.connect(self.refresh)
        self.done_button.clicked.connect(self.mark_done)
        self.meeting_sheet_button.clicked.connect(self.export_meeting)
        self.staff_sheet_button.clicked.connect(self.export_staff)
        self.visit_sheet_button.clicked.connect(self.export_visit)
        self.restore_button.clicked.connect(self.restore)
        # NOTE: lambdas keep clicked(bool) out of the optional path/name argument
        self.export_team_button.clicked.connect(lambda: self.export_team())  # noqa: PLW0108
        self.import_team_button.clicked.connect(lambda: self.import_team())  # noqa: PLW0108
        self.erase_button.clicked.connect(lambda: self.erase_person())  # noqa: PLW0108
        self.load_teams()

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.team)
        top.addWidget(self.search, 1)
        self.past_box, self.open_box = past, opened = QGroupBox(), QGroupBox()
        self.visits_label = QLabel()
        pl = QVBoxLayout(past)
        pl.addWidget(self.meetings)
        pl.addWidget(self.meeting_sheet_button)
        pl.addWidget(self.visits_label)
        pl.addWidget(self.visits)
        visit_row = QHBoxLayout()
        visit_row.addWidget(self.visit_open_button)
        visit_row.addWidget(self.visit_sheet_button)
        pl.addLayout(visit_row)
        ol = QVBoxLayout(opened)
        ol.addWidget(self.measures)
        ol.addWidget(self.done_button)
        cols = QHBoxLayout()
        cols.addWidget(past, 1)
        cols.addWidget(opened, 1)
        bottom = QHBoxLayout()
        for b in (self.restore_button, self.export_team_button, self.import_team_button, self.erase_button):
            bottom.addWidget(b)
        bottom.addStretch(1)
        bottom.addWidget(self.staff_sheet_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.results)
        layout.addLayout(cols, 1)
        layout.addLayout(bottom)
        self.results.hide()

    def _open_visit(self) -> None:
        item = self.visits.currentItem()
        if item is not None:
            self.visit_open_requested.emit(int(item.data(ROLE)))

    def retranslate_ui(self) -> None:
        """Set every text (again after a language change)."""
        self.setWindowTitle(self.tr("Runde – history and sheets"))
        self.team.setAccessibleName(self.tr("Team"))
        self.search.setPlaceholderText(self.tr("Search all learning points and measures…"))
        self.search.setAccessibleName(self.tr("Search"))
        self.results.setAccessibleName(self.tr("Search results"))
        self.meetings.setAccessibleName(self.tr("Past meetings"))
        self.visits.setAccessibleName(self.tr("Learning visits"))
        self.measures.setAccessibleName(self.tr("Measures still open"))
        self.past_box.setTitle(self.tr("Meetings"))
        self.open_box.setTitle(self.tr("Measures still open"))
        self.visits_label.setText(self.tr("Learning visits"))
        self.visit_sheet_button.setText(self.tr("Sheet of this learning visit…"))
        self.visit_open_button.setText(self.tr("Open this learning visit"))
        self.done_button.setText(self.tr("Mark the measure done"))
        self.meeting_sheet_button.setText(self.tr("Sheet of this meeting…"))
        self.staff_sheet_button.setText(self.tr("Sheet for the staff meeting…"))
        self.restore_button.setText(self.tr("Restore a backup…"))
        self.export_team_button.setText(self.tr("Save the team's data…"))
        self.import_team_button.setText(self.tr("Bring in a team's data…"))
        self.erase_button.setText(self.tr("Remove a person everywhere…"))

    def changeEvent(self, event: QEvent) -> None:
        """Follow a language change at once."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            if self.store is not None and not self.store.closed:
                self.refresh()
        super().changeEvent(event)

    def load_teams(self) -> None:
        """Fill the team chooser (the team chosen stays chosen) and the lists."""
        self.refresh()

    def team_id(self) -> int | None:
        """The chosen team's id (None: all)."""
        data = self.team.currentData()
        return int(data) if data is not None else None

    def _show_teams(self, rows: list[tuple[str, int | None]]) -> None:
        """The team chooser's lines (All teams first); the team chosen stays chosen (All teams when
        it is gone). Nothing is touched when they are the same."""
        if rows == [(self.team.itemText(i), self.team.itemData(i)) for i in range(self.team.count())]:
            return
        chosen = self.team_id()
        self.team.blockSignals(True)
        self.team.clear()
        for text, key in rows:
            self.team.addItem(text, key)
        self.team.setCurrentIndex(max(0, self.team.findData(chosen)) if chosen is not None else 0)
        self.team.blockSignals(False)

    def refresh(self) -> None:
        """Read the teams, meetings, learning visits, open measures and search hits again: what is
        chosen in each list stays chosen, the lines in view stay in view, and a list whose lines did
        not change is left as it is. When they cannot be read (the server cannot be reached), what
        was read before stays, and one line says so. (After another computer saved, the poll reads
        them on the writes' thread with :func:`read_history` and hands them to :meth:`show_read`.)"""
        self.generation += 1  # an answer the poll read before this one is older: not shown
        try:
            read = read_history(self.store, self.team_id(), self.search.text())
        except StorageError as exc:
            self._tell(exc)
            return
        self.show_read(read, self.generation)

    def query(self) -> tuple[int, int | None, str]:
        """When and what the lists show: the refresh count, the chosen team, the search text (for
        :func:`read_history`, and then :meth:`show_read`)."""
        return self.generation, self.team_id(), self.search.text()

    def show_read(self, read: HistoryRead, generation: int) -> None:
        """Show what :func:`read_history` read at ``generation`` (of :meth:`query`). Nothing when the
        window was refreshed since (its own write, a team chosen: that answer is newer), and the lists
        only when read for the team still chosen and the search still typed (otherwise choosing or
        typing has read them again already)."""
        if generation != self.generation:
            return
        self._show_teams([(self.tr("All teams"), None), *((t.name, t.id) for t in read.teams)])
        if (self.team_id(), self.search.text()) != (read.team_id, read.text):
            return
        loc = QLocale()
        lines: list[tuple[str, object]] = []
        for m in read.meetings:
            when = loc.toString(qdatetime(m.started.astimezone()), QLocale.FormatType.ShortFormat)
            text = f"{when} · {m.format_title}" + (f" · {m.case_title}" if m.case_title else "")
            lines.append((text + " · " + self.tr("%n learning point(s)", "", m.learning_points), m.id))
        fill_list(self.meetings, lines)
        short = QLocale.FormatType.ShortFormat
        fill_list(self.visits, [(f"{loc.toString(qdate(v.day), short)} · {v.agent} · {v.colleague}", v.id)
                                for v in read.visits])
        today = self.clock.wall().astimezone().date()
        fill_list(self.measures, [(x.text + " · " + self.tr("open for %n day(s)", "", (today - x.opened).days)
                                   + (f" · {x.owner}" if x.owner else ""), x.uid) for x in read.measures])
        self._tell(None)
        self._show_hits(read.text, read.hits)

    def _retry_refresh(self) -> None:
        if self.isVisible() and not self.store.closed:
            self.refresh()

    def _tell(self, exc: StorageError | None, unreachable: str = "") -> None:
        """Say in one line why the data shown may be behind or an action did nothing (``unreachable``:
        what to say when the server cannot be reached); None: all is well again."""
        if exc is None:
            self._retry.stop()
            self.status.clear()
            self.status.hide()
            return
        if isinstance(exc, ServerUnreachableError):
            text = unreachable or self.tr("The server cannot be reached; showing what was read before.")
            self._retry.start()
        else:
            text = storage_error_text(exc)
        self.status.setText(" ".join(text.split()))
        self.status.show()

    def _unchanged(self) -> str:
        return self.tr("The server cannot be reached; nothing was changed. Try again when it is back.")

    def run_search(self) -> None:
        """Answer as you type (a hit chosen stays chosen when the answer is read again)."""
        text = self.search.text()
        try:
            hits = self.store.search(text, self.team_id())
        except StorageError as exc:
            self._tell(exc)
            return
        self._show_hits(text, hits)

    def _show_hits(self, text: str, hits: list[SearchHit]) -> None:
        self.results.setVisible(bool(text.strip()))
        lines: list[tuple[str, object]] = []
        for hit in hits:
            kind = self.tr("Learning point") if hit.kind == "point" else self.tr("Measure")
            day = QLocale().toString(qdate(hit.started.astimezone().date()),
                                     QLocale.FormatType.ShortFormat) if hit.started else ""
            lines.append((f"{day} · {kind}: {hit.text[:200]}", f"{hit.kind}:{hit.meeting_id}:{hit.text}"))
        fill_list(self.results, lines)

    def mark_done(self) -> None:
        """The selected open measure is done."""
        item: QListWidgetItem | None = self.measures.currentItem()
        if item is None:
            return
        try:
            self.store.set_measure_status(str(item.data(ROLE)), "done")
        except StorageError as exc:
            self._tell(exc, self._unchanged())
            return
        self.refresh()

    def _export(self, sheet: Sheet, staff: bool) -> ExportDialog:
        team_id = self.team_id()

        def saved(s: Sheet) -> None:
            if not staff:
                return
            try:
                self.store.record_sheet(team_id, s.period_start, s.period_end, made=s.covers_until)
            except StorageError as exc:  # the file is written; only the note of it is missing
                self._tell(exc, self.tr("The sheet was saved, but the server cannot be reached to note it: "
                                        "the next staff sheet starts where this one did."))
        dialog = ExportDialog(sheet, self, on_saved=saved)
        dialog.show()
        return dialog

    def _now(self) -> datetime:
        """Now on the window's clock, in UTC (when a sheet is made)."""
        return self.clock.wall().astimezone(UTC)

    def _no_sheet(self, exc: StorageError) -> None:
        self._tell(exc, self.tr("The server cannot be reached, so the sheet cannot be made now. Try again "
                                "when it is back."))

    def export_meeting(self) -> ExportDialog | None:
        """Preview and export the selected meeting's sheet."""
        item: QListWidgetItem | None = self.meetings.currentItem() or self.meetings.item(0)
        if item is None:
            return None
        try:
            sheet = meeting_sheet(self.store, int(item.data(ROLE)), self._now())
        except StorageError as exc:
            self._no_sheet(exc)
            return None
        return self._export(sheet, False)

    def export_visit(self) -> ExportDialog | None:
        """Preview and export the selected learning visit's sheet (observations only if released)."""
        item: QListWidgetItem | None = self.visits.currentItem() or self.visits.item(0)
        if item is None:
            return None
        try:
            sheet = visit_sheet(self.store, int(item.data(ROLE)), self._now(),
                                sheet_labels().title_visit)
        except StorageError as exc:
            self._no_sheet(exc)
            return None
        return self._export(sheet, False)

    def export_staff(self) -> ExportDialog | None:
        """The sheet for the next staff meeting: since the last sheet, with open measures (None: it
        could not be read now, said in the window)."""
        name = self.team.currentText() if self.team_id() is not None else ""
        try:  # since the last sheet: up to a year of meetings, read and laid out for the preview
            with busy(self, self.tr("Gathering the meetings for the staff sheet…")):
                now = self._now()
                sheet = staff_sheet(self.store, self.team_id(), name, None, now.astimezone().date(), now,
                                    sheet_labels().title_visit)
                return self._export(sheet, True)
        except StorageError as exc:
            self._no_sheet(exc)
            return None

    def export_team(self, path: Path | None = None, include_private: bool | None = None) -> bool:
        """The chosen team's history as one JSON file (to move it to another PC). Confidential items
        and private observations go in only when the box is ticked (unticked by default)."""
        team_id = self.team_id()
        if team_id is None:
            QMessageBox.information(self, self.tr("Save the team's data"), self.tr("Choose a team first."))
            return False
        if path is None and include_private is None:
            from ui.data_dialogs import TeamExportDialog

            ask = TeamExportDialog(self.tr("Save the team's data"), self)
            if ask.exec() != TeamExportDialog.DialogCode.Accepted:
                return False
            include_private = ask.include_private.isChecked()
        if path is None:
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the team's data"),
                                                  self.team.currentText() + ".runde-team.json")
            if not name:
                return False
            path = Path(name)
        try:
            with busy(self, self.tr("Saving the team's data…")):
                data = json.dumps(export_team(self.store, team_id, include_private=bool(include_private)),
                                  ensure_ascii=False, indent=1)
                write_atomic(path, data.encode("utf-8"))
        except (ExportError, StorageError) as exc:
            from ui.error_texts import export_error_text

            if isinstance(exc, ServerUnreachableError):
                text = self.tr("The server cannot be reached, so the team's data cannot be read now. "
                               "Nothing was saved; try again when it is back.")
            else:
                text = export_error_text(exc) if isinstance(exc, ExportError) else storage_error_text(exc)
            QMessageBox.warning(self, self.tr("Not saved"), text)
            return False
        return True

    def import_team(self, path: Path | None = None) -> bool:
        """Bring in a team file saved on another PC (a name in use gets a number)."""
        if path is None:
            name, _ = QFileDialog.getOpenFileName(self, self.tr("Bring in a team's data"), "",
                                                  self.tr("Runde team files (*.json)"))
            if not name:
                return False
            path = Path(name)
        from app.storage.api import TeamFileError, read_team_file
        from ui.error_texts import team_file_error_text

        try:  # checked whole first, then all or nothing: a file with a mistake leaves nothing behind
            with busy(self, self.tr("Bringing in the team's data…")):
                team = import_team(self.store, read_team_file(path), source=str(path))
        except ServerUnreachableError:
            QMessageBox.warning(self, self.tr("Nothing was brought in"), self.tr(
                "The server cannot be reached; nothing was brought in. Try again when it is back."))
            return False
        except (TeamFileError, StorageError) as exc:  # worded, never the file's text
            text = team_file_error_text(exc) if isinstance(exc, TeamFileError) else storage_error_text(exc)
            QMessageBox.warning(self, self.tr("Nothing was brought in"), self.tr(
                "The file could not be used: %1").replace("%1", text))
            return False
        self.load_teams()
        self.team.setCurrentIndex(max(0, self.team.findData(team.id)))
        return True

    def erase_person(self, name: str | None = None) -> int:
        """Replace a person's name in every record and every file Runde keeps (the right to erasure:
        backups, notes kept on this computer), after asking; one line then says what was done, and
        copies that could not be rewritten are removed if the user agrees. Returns rows changed."""
        from app.storage.api import erase_everywhere

        if name is None:
            ask = QInputDialog(self)
            ask.setWindowTitle(self.tr("Remove a person everywhere"))
            ask.setLabelText(self.tr(
                "The name, exactly as written. It is replaced by a dash in every meeting, measure and "
                "round, and removed from the teams. This cannot be undone.") + "\n\n" + self.tr(
                "The backups and the notes kept on this computer are rewritten without the name too. "
                "Names typed inside free text (notes, reflections, observations) are not changed."))
            for label in ask.findChildren(QLabel):  # Qt's own keeps it on one line, wider than a laptop
                label.setWordWrap(True)
            ok = ask.exec() == QInputDialog.DialogCode.Accepted
            name = ask.textValue()
            if not ok or not name.strip():
                return 0
        try:
            erased = erase_everywhere(self.store, name.strip())
        except StorageError as exc:
            self._tell(exc, self._unchanged())
            return 0
        self.load_teams()
        removed = self._remove_left(erased.left)
        self.status.setText(" ".join((
            self.tr("The name was replaced in %n record(s),", "", erased.rows),
            self.tr("%n note file(s) kept on this computer", "", erased.notes),
            self.tr("and %n backup(s).", "", erased.copies),
            self.tr("%n copy(ies) that could not be changed were removed.", "", removed) if removed else "",
            self.tr("%n copy(ies) could not be changed and still hold the name.", "",
                    len(erased.left) - removed) if len(erased.left) > removed else "")).strip())
        self.status.show()
        return erased.rows

    def _remove_left(self, left: tuple[Path, ...]) -> int:
        """Copies that still hold the name (a damaged backup): removed if the user agrees."""
        from app.storage.api import remove

        if not left:
            return 0
        answer = QMessageBox.question(self, self.tr("Remove a person everywhere"), self.tr(
            "%n older copy(ies) of the data could not be changed and still hold the name. Delete "
            "them?", "", len(left)) + "\n\n" + "\n".join(str(p) for p in left))
        return remove(left) if answer == QMessageBox.StandardButton.Yes else 0

    def restore(self) -> bool:
        """Replace the data with a backup the user chooses (newest first, local time, size), after
        asking; the current data is moved aside, never deleted. Runde then closes."""
        from app.storage.api import restore_choices
        from ui.data_dialogs import RestoreDialog

        backups = restore_choices(self.store.paths)
        if not backups:
            QMessageBox.information(self, self.tr("Restore a backup"), self.tr("There are no backups yet."))
            return False
        dialog = RestoreDialog(backups, self.tr("Restore a backup"), self)
        if dialog.exec() != RestoreDialog.DialogCode.Accepted or (chosen := dialog.chosen()) is None:
            return False
        answer = QMessageBox.question(self, self.tr("Restore a backup"), self.tr(
            "Replace the current data with the backup from %1? The current data is kept aside, not "
            "deleted. Runde closes; start it again afterwards.").replace(
            "%1", QLocale().toString(qdatetime(chosen.local_time()), QLocale.FormatType.ShortFormat)))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        from PySide6.QtWidgets import QApplication

        try:
            with busy(self, self.tr("Restoring the backup…")):
                self.store.restore(chosen.path)  # closes the store whatever happens (but on a server)
        except StorageError as exc:
            QMessageBox.warning(self, self.tr("Restore a backup"), storage_error_text(exc))
            if self.store.closed:  # a server refuses before anything is closed: Runde goes on
                QApplication.quit()
            return False
        QApplication.quit()
        return True
