"""The console when the meeting has ended: what was captured (and what is missing, with a way back
to fill it in), then the sheet, or a new meeting."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.capture import Capture


@dataclass(frozen=True)
class Captured:
    """What a meeting captured, counted for the end of the meeting."""

    learning_points: int = 0
    measures: int = 0
    round_lines: int = 0  # lines with text
    passes: int = 0
    questions_ticked: int = 0
    questions: int = 0  # the format's learning questions to tick (0: none)
    has_round: bool = False


def count_captured(cap: Capture, questions: int, has_round: bool) -> Captured:
    """Count what ``cap`` holds: learning points and measures with text, the round's lines and
    passes, the learning questions ticked (of ``questions``)."""
    return Captured(
        learning_points=len(cap.filled_learning_points()),
        measures=sum(1 for m in cap.measures if m.text.strip()),
        round_lines=sum(1 for r in cap.round_lines if r.text.strip() and not r.passed),
        passes=sum(1 for r in cap.round_lines if r.passed),
        questions_ticked=sum(1 for i in cap.questions_asked if 0 <= i < questions),
        questions=questions, has_round=has_round)


FILL_POINTS, FILL_MEASURES, FILL_QUESTIONS = "learning_points", "measures", "questions"


class EndPanel(QFrame):
    """"The meeting has ended", the counts, and the way on.

    Signals:
        sheet_requested(): Make the sheet… (the export preview of this meeting).
        new_meeting_requested(): New meeting (the start screen).
        fill_requested(str): take me to the field to fill in (``FILL_POINTS``, ``FILL_MEASURES``,
            ``FILL_QUESTIONS``).
    """

    sheet_requested = Signal()
    new_meeting_requested = Signal()
    fill_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # all of it readable: the tabs below give way, not these lines
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self._captured = Captured()
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.heading.setFont(font)
        self.lines: dict[str, QLabel] = {}
        self.fill_buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        for row, key in enumerate((FILL_POINTS, FILL_MEASURES, "round", FILL_QUESTIONS)):
            self.lines[key] = QLabel()
            self.lines[key].setWordWrap(True)
            grid.addWidget(self.lines[key], row, 0)
            if key != "round":  # the round's lines are typed while each person speaks
                button = QPushButton()
                button.clicked.connect(lambda _=False, k=key: self.fill_requested.emit(k))
                self.fill_buttons[key] = button
                grid.addWidget(button, row, 1)
        grid.setColumnStretch(0, 1)
        self.sheet_button, self.new_button = QPushButton(), QPushButton()
        self.sheet_button.setDefault(True)
        self.sheet_button.clicked.connect(self.sheet_requested)
        self.new_button.clicked.connect(self.new_meeting_requested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.sheet_button)
        col = QVBoxLayout(self)
        col.addWidget(self.heading)
        col.addLayout(grid)
        col.addLayout(buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Every text (again after a language change)."""
        self.heading.setText(self.tr("The meeting has ended. What was captured:"))
        self.fill_buttons[FILL_POINTS].setText(self.tr("Write the learning points"))
        self.fill_buttons[FILL_MEASURES].setText(self.tr("Add a measure"))
        self.fill_buttons[FILL_QUESTIONS].setText(self.tr("Tick the questions asked"))
        self.sheet_button.setText(self.tr("Make the sheet…"))
        self.sheet_button.setToolTip(self.tr("The sheet of this meeting: preview, then save, print or copy"))
        self.new_button.setText(self.tr("New meeting"))
        self.new_button.setToolTip(self.tr("Close this meeting's windows and go to the start screen"))
        self.show_captured(self._captured)

    def changeEvent(self, event: QEvent) -> None:
        """Follow a language change at once."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def show_captured(self, c: Captured) -> None:
        """The counts; what is missing says so, with its button to go and fill it in."""
        self._captured = c
        texts = {
            FILL_POINTS: (self.tr("%n learning point(s)", "", c.learning_points) if c.learning_points
                          else self.tr("No learning points yet")),
            FILL_MEASURES: (self.tr("%n measure(s)", "", c.measures) if c.measures
                            else self.tr("No measures yet")),
            "round": self._round_text(c),
            FILL_QUESTIONS: self.tr("%1 of %2 learning questions ticked").replace(
                "%1", str(c.questions_ticked)).replace("%2", str(c.questions)) if c.questions_ticked
            else self.tr("No learning questions ticked yet"),
        }
        missing = {FILL_POINTS: not c.learning_points, FILL_MEASURES: not c.measures,
                   "round": not (c.round_lines or c.passes), FILL_QUESTIONS: not c.questions_ticked}
        shown = {FILL_POINTS: True, FILL_MEASURES: True, "round": c.has_round,
                 FILL_QUESTIONS: c.questions > 0}
        for key, label in self.lines.items():
            label.setText(("⚠ " if missing.get(key) else "✓ ") + texts[key])
            label.setVisible(shown[key])
            if key in self.fill_buttons:
                self.fill_buttons[key].setVisible(shown[key] and missing[key])

    def _round_text(self, c: Captured) -> str:
        text = (self.tr("%n line(s) from the round", "", c.round_lines) if c.round_lines
                else self.tr("No lines from the round"))
        if c.passes:
            text += " · " + self.tr("%n passed", "", c.passes)
        return text

    def shown_lines(self) -> list[str]:
        """The lines shown now (what the facilitator reads)."""
        return [label.text() for label in self.lines.values() if not label.isHidden()]


class VisitEndBar(QFrame):
    """A learning visit that is finished: its learning points (or that there are none yet, with the
    way back to write them), then its sheet, or the start screen.

    Signals:
        sheet_requested(): Make the sheet… (the export preview of this visit).
        start_screen_requested(): Back to the start screen.
        fill_requested(): to the learning points, to write them.
    """

    sheet_requested = Signal()
    start_screen_requested = Signal()
    fill_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._points = 0
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.fill_button, self.sheet_button, self.start_button = QPushButton(), QPushButton(), QPushButton()
        self.fill_button.clicked.connect(self.fill_requested)
        self.sheet_button.clicked.connect(self.sheet_requested)
        self.start_button.clicked.connect(self.start_screen_requested)
        row = QHBoxLayout(self)
        row.addWidget(self.label, 1)
        for b in (self.fill_button, self.start_button, self.sheet_button):
            row.addWidget(b)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Every text (again after a language change)."""
        self.fill_button.setText(self.tr("Write the learning points"))
        self.sheet_button.setText(self.tr("Make the sheet…"))
        self.start_button.setText(self.tr("Back to the start screen"))
        self.show_points(self._points)

    def changeEvent(self, event: QEvent) -> None:
        """Follow a language change at once."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def show_points(self, points: int) -> None:
        """How many learning points the visit has."""
        self._points = points
        what = (self.tr("%n learning point(s)", "", points) if points
                else self.tr("No learning points yet"))
        self.label.setText(self.tr("The learning visit is finished: %1").replace("%1", what))
        self.fill_button.setVisible(not points)
