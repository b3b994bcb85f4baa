"""The day page of a learning visit's window (:class:`VisitObservations`, a part of
:class:`ui.visit_window.VisitWindow`): the clock, how far the day is, and the observations, written in
one line (Ctrl+O from anywhere in Runde), timestamped, private unless ticked one by one; those not
written yet are shown in italics, "not saved yet".
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTime, QTimer
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.capture import clean_text
from app.clock import Clock
from app.limits import MAX_OBSERVATIONS
from app.storage.api import KeptObservation
from app.visit import VisitObservation
from ui.text_limit import limit_text
from ui.visit_steps import WindowPart

ROLE = Qt.ItemDataRole.UserRole  # an observation's id (int), or its key (str) while it is not saved yet
translate = QCoreApplication.translate  # lupdate reads translate("VisitWindow", "...") calls


class VisitObservations(WindowPart):
    """The day page and its list of observations (the learning meeting's page shows them too)."""

    clock: Clock
    tabs: QTabWidget
    observations: list[VisitObservation]  # as stored, with their ids
    obs_at_hand: QListWidget  # the day's observations on the learning meeting's page
    _unsaved: list[KeptObservation]  # typed, not written yet
    _releases: dict[int, bool]  # ticks of stored observations not written yet
    _save_timer: QTimer

    if TYPE_CHECKING:  # the window's own (ui/visit_window.py, ui/visit_saving.py, ui/visit_limits.py)
        def save(self, *, wait: bool = False) -> bool: ...
        def _changed(self, *_: object) -> None: ...
        def _observation_count(self) -> int: ...
        def _refresh_limits(self, tried: str = "") -> None: ...

    def _day_page(self) -> QWidget:
        page = QWidget()
        col = QVBoxLayout(page)
        self.clock_label = QLabel()
        self.clock_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.clock_label.font()
        font.setPointSizeF(font.pointSizeF() * 3.2)
        font.setBold(True)
        self.clock_label.setFont(font)
        self.day_progress = QLabel()
        self.day_progress.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.focus_view = QLabel()
        self.focus_view.setWordWrap(True)
        self.focus_view.setFrameShape(QLabel.Shape.StyledPanel)
        self.obs_edit = QLineEdit()
        limit_text(self.obs_edit)
        self.obs_list = QListWidget()
        self.obs_list.itemChanged.connect(self._release_changed)
        self.obs_hint = QLabel()
        self.obs_hint.setWordWrap(True)
        for w in (self.clock_label, self.day_progress, self.obs_edit, self.obs_hint):
            col.addWidget(w)
        col.addWidget(self.obs_list, 1)
        self.obs_edit.returnPressed.connect(self._add_observation)
        self.obs_edit.textEdited.connect(self._changed)  # a half-typed observation survives a crash
        return page

    def begin_observation(self) -> None:
        """Ctrl+O: this window to the front, the day page, cursor in the observation line."""
        self.show()
        self.raise_()
        self.activateWindow()
        self.tabs.setCurrentIndex(1)
        self.obs_edit.setFocus()

    def _add_observation(self) -> None:
        text = clean_text(self.obs_edit.text())
        if not text:
            return
        if self._observation_count() >= MAX_OBSERVATIONS:  # the text stays in the field, kept as its draft
            self._refresh_limits(tried="observation")
            return
        self._unsaved.append(KeptObservation(uuid.uuid4().hex, self.clock.wall().astimezone(UTC), text))
        self.obs_edit.clear()
        if not self.save():  # written (the draft is gone now), or kept and shown as not saved yet
            self._show_observations()
        self._refresh_limits()

    def shown_observations(self) -> list[tuple[int | str, VisitObservation | KeptObservation]]:
        """The day's observations, oldest first: the stored ones by id (with ticks not written yet),
        then those not written yet by key, in the order they were made."""
        rows: list[tuple[int | str, VisitObservation | KeptObservation]] = [
            (o.id, replace(o, released=self._releases.get(o.id, o.released))) for o in self.observations]
        rows += [(k.key, k) for k in self._unsaved]
        return sorted(rows, key=lambda r: r[1].at)

    def _show_observations(self) -> None:
        rows = self.shown_observations()
        waiting = translate("VisitWindow", "not saved yet")
        self.obs_at_hand.clear()
        self.obs_at_hand.addItems([f"{o.at.astimezone():%H:%M}  " + (
            f"({waiting})  " if isinstance(key, str) else "") + o.text for key, o in rows])
        self.obs_list.blockSignals(True)
        self.obs_list.clear()
        for key, o in rows:  # oldest first, as the day is lived and as in the learning meeting
            self.obs_list.addItem(self._obs_item(key, o))
        self.obs_list.blockSignals(False)
        self.obs_list.scrollToBottom()  # the newest in sight, just written

    def _obs_item(self, key: int | str, o: VisitObservation | KeptObservation) -> QListWidgetItem:
        when = QLocale().toString(QTime(o.at.astimezone().hour, o.at.astimezone().minute),
                                  QLocale.FormatType.ShortFormat)
        saved = isinstance(key, int)
        waiting = translate("VisitWindow", "not saved yet")
        item = QListWidgetItem(f"{when}  {o.text}" if saved else f"{when}  ({waiting})  {o.text}")
        item.setData(ROLE, key)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if o.released else Qt.CheckState.Unchecked)
        tip = translate("VisitWindow", "Ticked: released for sheets. Not ticked: private.")
        if not saved:
            tip += "\n" + translate("VisitWindow", "Not saved yet: kept on this computer and saved as soon "
                                   "as Runde can.")
            font = item.font()
            font.setItalic(True)
            item.setFont(font)
        item.setToolTip(tip)
        return item

    def _release_changed(self, item: QListWidgetItem) -> None:
        key, released = item.data(ROLE), item.checkState() == Qt.CheckState.Checked
        if isinstance(key, str):  # not written yet: it will be written released (or not)
            self._unsaved = [replace(k, released=released) if k.key == key else k for k in self._unsaved]
        else:
            self._releases[int(key)] = released
        self._save_timer.start(0)  # at once, but not inside the list's own signal (a save redraws it)
