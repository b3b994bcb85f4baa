"""The mini-circle's gentle question, "extend it, or dissolve it?", as a banner in the series window
and on the start screen."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.series import Choice
from ui.i18n import tr
from ui.series_texts import day_text


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

