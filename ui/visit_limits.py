"""The limits of a learning visit's window (:class:`VisitLimits`, a part of
:class:`ui.visit_window.VisitWindow`): the visit's typed text in all held within ``MAX_VISIT_TYPED``,
and the lists (learning points, observations, ground rules) within theirs, each said in a line of the
status bar as it is reached (app/limits.py: what a team file brings back in).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QPushButton

from app.limits import MAX_LIST, MAX_OBSERVATIONS, MAX_VISIT_TYPED
from app.storage.api import KeptObservation
from app.visit import VisitObservation
from ui.i18n import tr
from ui.text_limit import TextBudget
from ui.visit_steps import WindowPart


class VisitLimits(WindowPart):
    """The room left in the visit's fields and lists, and the Add buttons at a list's limit."""

    goals: QPlainTextEdit
    focus: QPlainTextEdit
    rules: QPlainTextEdit
    saw: QPlainTextEdit
    worked: QPlainTextEdit
    differently: QPlainTextEdit
    experience: QPlainTextEdit
    thoughts: QPlainTextEdit
    obs_edit: QLineEdit
    point_edits: list[QLineEdit]
    add_point_button: QPushButton
    observations: list[VisitObservation]
    _unsaved: list[KeptObservation]
    budget: TextBudget  # (made once the window's fields are)
    limit_note: QLabel
    list_note: QLabel

    if TYPE_CHECKING:  # the window's own (ui/visit_window.py)
        def _add_point_edit(self) -> QLineEdit: ...

    def _build_limits(self) -> None:
        """The visit's text in all, held within MAX_VISIT_TYPED by every long field, said in a line of
        the status bar as it is approached; the same line says why a list takes no more."""
        self.limit_note = QLabel()
        self.statusBar().addPermanentWidget(self.limit_note, 1)
        self.list_note = QLabel()
        self.list_note.setWordWrap(True)
        self.list_note.hide()
        self.statusBar().addPermanentWidget(self.list_note, 1)
        self.budget = TextBudget(MAX_VISIT_TYPED, self._typed, self.limit_note)
        for edit in self._long_fields():
            self._watch(edit)

    def _long_fields(self) -> list[QLineEdit | QPlainTextEdit]:
        return [self.goals, self.focus, self.rules, self.saw, self.worked, self.differently, self.experience,
                self.thoughts, self.obs_edit, *self.point_edits]

    def _watch(self, edit: QLineEdit | QPlainTextEdit) -> None:
        counter = edit.findChild(QLabel, "textLimit")  # (ui/text_limit.py's, made with the field)
        if hasattr(self, "budget") and counter is not None:
            self.budget.watch(counter)

    def _typed(self) -> int:
        """What is typed in this visit, in characters: its long fields as they stand, and the
        observations (the names, times and codes are the rest of MAX_RECORD_TEXT)."""
        fields = sum(len(e.text()) if isinstance(e, QLineEdit) else e.document().characterCount() - 1
                     for e in self._long_fields())
        return fields + sum(len(o.text) for o in self.observations) + sum(len(k.text) for k in self._unsaved)

    def _observation_count(self) -> int:
        return len(self.observations) + len(self._unsaved)

    def _refresh_limits(self, tried: str = "") -> None:
        """The room left in every field; the Add button at the points' limit disabled, saying why."""
        if not hasattr(self, "budget"):
            if not hasattr(self, "add_point_button"):
                return  # (still being built)
            self._build_limits()
        self.budget.refresh()
        points_full = len(self.point_edits) >= MAX_LIST
        # (plurals: lupdate counts %n only in a tr() call, so these are ui.i18n.tr's, not the window's)
        why_points = tr("A learning visit holds at most %n learning point(s).", "", MAX_LIST)
        self.add_point_button.setEnabled(not points_full)
        self.add_point_button.setToolTip(why_points if points_full else "")
        obs_full = self._observation_count() >= MAX_OBSERVATIONS
        why_obs = tr("A learning visit holds at most %n observation(s): this one is not added.", "",
                     MAX_OBSERVATIONS)
        self.obs_edit.setToolTip(why_obs if obs_full else "")
        rules = len([ln for ln in self.rules.toPlainText().splitlines() if ln.strip()])
        said = (why_obs if obs_full and (tried == "observation" or self.obs_edit.text().strip()) else
                tr("A learning visit holds at most %n ground rule(s): the lines after them are not saved.",
                   "", MAX_LIST) if rules > MAX_LIST else
                why_points if points_full and tried == "point" else "")
        self.list_note.setText(said)
        self.list_note.setVisible(bool(said))

    def _user_add_point(self) -> None:
        if len(self.point_edits) >= MAX_LIST:
            self._refresh_limits(tried="point")
            return
        self._add_point_edit().setFocus()
        self._refresh_limits()
