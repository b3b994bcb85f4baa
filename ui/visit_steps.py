"""The parts of a learning visit's window that every page is made of: the countdown of a timed part
(:class:`StepTimer`, the check-in's and the learning meeting's), the format's timed steps before and
after the open day (:func:`timed_parts`), and the page frames that scroll under a part's clock.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.clock import Clock
from app.engine import Meeting, RunState
from app.formats import Format, StepKind, StepSpec
from app.timefmt import format_countdown
from ui.screens import VerticalScroll
from ui.text_limit import limit_text

if TYPE_CHECKING:  # the base of a part of VisitWindow: the window's widgets as mypy sees them
    WindowPart = QMainWindow
else:  # at run time a plain mixin: VisitWindow has one Qt base (two would confuse shiboken's pointers)
    WindowPart = object


def text_box(height: int = 70) -> QPlainTextEdit:
    """A few lines of text, held within the field's limit; Tab moves on."""
    box = QPlainTextEdit()
    limit_text(box)
    box.setTabChangesFocus(True)
    box.setMaximumHeight(height)
    return box


def scrolled(page: QWidget) -> QScrollArea:
    """A page that scrolls up and down when the window is lower than it (a laptop at 125 %, five
    learning points), never sideways."""
    area = VerticalScroll(page)  # (asks for all of the page: the window grows to it where the screen can)
    area.viewport().setAutoFillBackground(False)  # the tab's own background, as without a scroll area
    page.setAutoFillBackground(False)  # (after setWidget, which turns it on)
    return area


def timed_page(timer: QWidget, body: QWidget) -> QWidget:
    """A part's clock above its page, always in sight while the page scrolls under it."""
    page = QWidget()
    col = QVBoxLayout(page)
    col.addWidget(timer)
    col.addWidget(scrolled(body), 1)
    return page


def timed_parts(fmt: Format) -> tuple[tuple[StepSpec, ...], tuple[StepSpec, ...]]:
    """The format's timed steps before the open day (the check-in) and after it (the learning meeting:
    the reflections and the three learning points), as resources/formats/learning-visit.json has them."""
    steps = fmt.steps
    day = next((i for i, st in enumerate(steps) if st.kind is StepKind.OPEN), None)
    timed = [st for st in steps if st.kind is StepKind.TIMED]
    if day is None:  # a visit format without an open day: the first timed step is its check-in
        return tuple(timed[:1]), tuple(timed[1:])
    return (tuple(st for st in steps[:day] if st.kind is StepKind.TIMED),
            tuple(st for st in steps[day + 1:] if st.kind is StepKind.TIMED))


class StepTimer(QWidget):
    """The countdown of a part of the visit, as the format times it: its name, the time left, a minute
    less or more (before the start: its planned time), start or pause, and the next part.

    Signals:
        step_changed(): another part, or its state changed (the window shows its prompts).
    """

    step_changed = Signal()

    def __init__(self, fmt: Format, steps: tuple[StepSpec, ...], clock: Clock, lang: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clock, self.lang = clock, lang
        self.meeting = Meeting(replace(fmt, steps=steps) if steps else fmt, (), clock)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.step_label, self.step_clock = QLabel(), QLabel()
        f = self.step_clock.font()
        f.setPointSizeF(f.pointSizeF() * 2)
        f.setBold(True)
        self.step_clock.setFont(f)
        self.step_button, self.next_step_button = QPushButton(), QPushButton()
        self.less_button, self.more_button = QPushButton(), QPushButton()
        self.step_button.clicked.connect(self.toggle)
        self.next_step_button.clicked.connect(self.next)
        self.less_button.clicked.connect(lambda: self.adjust(-1))
        self.more_button.clicked.connect(lambda: self.adjust(+1))
        row.addWidget(self.step_label, 1)
        for w in (self.step_clock, self.less_button, self.more_button, self.step_button,
                  self.next_step_button):
            row.addWidget(w)
        self.next_step_button.setVisible(len(self.meeting.format.steps) > 1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Every text, again after a language change (the window's own translations)."""
        self.next_step_button.setText(QCoreApplication.translate("VisitWindow", "Next step"))
        self.less_button.setText(QCoreApplication.translate("VisitWindow", "− 1 min"))
        self.more_button.setText(QCoreApplication.translate("VisitWindow", "+ 1 min"))
        self.less_button.setAccessibleName(QCoreApplication.translate(
            "VisitWindow", "One minute less for this part"))
        self.more_button.setAccessibleName(QCoreApplication.translate(
            "VisitWindow", "One minute more for this part"))
        self.refresh()

    def refresh(self) -> None:
        """The part at hand and its time left, as it is now."""
        v = self.meeting.view()
        title = v.step.title.get(self.lang)
        self.step_label.setText(title)
        self.step_clock.setText(format_countdown(v.remaining_s) if v.remaining_s is not None else "")
        self.step_clock.setAccessibleName(QCoreApplication.translate(
            "VisitWindow", "Time left for %1").replace("%1", title))
        self.step_button.setText({
            "ready": QCoreApplication.translate("VisitWindow", "Start"),
            "running": QCoreApplication.translate("VisitWindow", "Pause"),
            "paused": QCoreApplication.translate("VisitWindow", "Resume"),
            "finished": QCoreApplication.translate("VisitWindow", "Done")}[v.state.value])
        going = v.state is not RunState.FINISHED
        for button in (self.step_button, self.less_button, self.more_button):
            button.setEnabled(going)
        self.next_step_button.setEnabled(going and not v.is_last_step)

    def adjust(self, minutes: int) -> None:
        """A minute more or less for the part at hand; before it starts, its planned time."""
        m = self.meeting
        if m.state is RunState.READY:
            steps = list(m.format.steps)
            i = m.view().step_index
            steps[i] = replace(steps[i], duration_s=max(60, steps[i].duration_s + 60 * minutes))
            self.meeting = Meeting(replace(m.format, steps=tuple(steps)), (), self.clock)
        elif minutes > 0:
            m.extend(minutes)
        else:
            m.shorten(-minutes)
        self.refresh()

    def toggle(self) -> None:
        """Start, pause or resume."""
        self.meeting.toggle()
        self.refresh()
        self.step_changed.emit()

    def next(self) -> None:
        """The next part (started if the one before was running)."""
        self.meeting.next()
        self.refresh()
        self.step_changed.emit()

    def finish(self) -> None:
        """The clock stops for good (the visit is finished)."""
        self.meeting.finish()
        self.refresh()
