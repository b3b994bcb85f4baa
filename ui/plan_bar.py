"""The plan as a bar: its steps side by side (the round as its turns) against the meeting's usual length,
so the fit is seen before it is read. Painted from the palette, so the high-contrast theme (black, white
and yellow) applies; what is over the usual length is hatched, not only coloured. Screen readers get
the same as text (:meth:`PlanBar.text`, the accessible description)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.formats import StepKind
from app.setup import MeetingSetup


def minutes_text(seconds: int) -> str:
    """A planned length as people say it: "30 min", "29 min 30 s", "40 s"."""
    minutes, rest = divmod(max(0, int(seconds)), 60)
    if rest == 0:
        return QCoreApplication.translate("PlanBar", "%1 min").replace("%1", str(minutes))
    if minutes == 0:
        return QCoreApplication.translate("PlanBar", "%1 s").replace("%1", str(rest))
    return QCoreApplication.translate("PlanBar", "%1 min %2 s").replace("%1", str(minutes)).replace(
        "%2", str(rest))


@dataclass(frozen=True)
class BarStep:
    """One step of the bar: its title, its planned seconds and, for a round, how many turns."""

    title: str
    seconds: int
    turns: int = 0


def bar_steps(setup: MeetingSetup, lang: str) -> list[BarStep]:
    """The setup's steps as the bar draws them (a round with nobody in it has no width)."""
    n = setup.round_turns()
    out = []
    for s in setup.format.steps:
        if s.kind is StepKind.ROUND:
            out.append(BarStep(s.title.get(lang), s.turn_s * n, n))
        else:
            out.append(BarStep(s.title.get(lang), s.duration_s))
    return out


def turn_marks(x: float, width: float, turns: int, free: float) -> list[float]:
    """Where the marks between a round's turns go: at each turn's end but the last, leaving out any
    within ``free`` of the middle, where the step's number is."""
    middle = x + width / 2
    marks = (x + width * t / turns for t in range(1, turns))
    return [tx for tx in marks if abs(tx - middle) > free]


class PlanBar(QWidget):
    """A bar of the plan's steps, and a mark at the usual length."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._steps: list[BarStep] = []
        self._target: int | None = None
        self._text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def set_plan(self, steps: list[BarStep], target_s: int | None, text: str) -> None:
        """Draw these steps against ``target_s`` (None: no usual length); ``text`` says the same."""
        self._steps, self._target, self._text = list(steps), target_s, text
        self.setAccessibleDescription(text)
        self.setToolTip(text)
        self.update()

    def text(self) -> str:
        """What the bar shows, in words."""
        return self._text

    def sizeHint(self) -> QSize:
        """As wide as there is room; a bar of one and a half lines, and a line for the mark's label."""
        return QSize(400, round(self.fontMetrics().height() * 2.2) + 6)

    def minimumSizeHint(self) -> QSize:
        """Narrow is fine: the steps shrink together."""
        return QSize(120, self.sizeHint().height())

    def _scale(self) -> float:
        total = sum(s.seconds for s in self._steps)
        return float(max(total, self._target or 0, 1))

    def paintEvent(self, event: QPaintEvent) -> None:
        """The steps, each turn of the round, the part over the usual length hatched, and the mark."""
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        fill = pal.color(QPalette.ColorRole.Highlight)
        text, ground = pal.color(QPalette.ColorRole.WindowText), pal.color(QPalette.ColorRole.Window)
        label_h = self.fontMetrics().height()
        bar = QRectF(1, 2, self.width() - 2, self.height() - label_h - 6)
        per_s = bar.width() / self._scale()
        x = bar.left()
        p.setPen(QPen(text, 1))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(bar)
        for i, step in enumerate(self._steps):
            w = step.seconds * per_s
            if w <= 0:
                continue
            seg = QRectF(x, bar.top(), w, bar.height())
            p.fillRect(seg.adjusted(1, 1, -1, -1), fill)
            number = str(i + 1)  # the step's number, where it fits (the words are in the text)
            number_w = self.fontMetrics().horizontalAdvance(number)
            shown = number_w + 6 < w
            if shown:  # centred in the whole height, as every step's number
                p.setPen(pal.color(QPalette.ColorRole.HighlightedText))
                p.drawText(seg, Qt.AlignmentFlag.AlignCenter, number)
            if step.turns > 1:  # the round as its turns: short marks at the foot, none through the number
                p.setPen(QPen(ground, 1))
                free = number_w / 2 + 3 if shown else 0.0
                foot = int(bar.bottom() - bar.height() * 0.3)
                for tx in turn_marks(x, w, step.turns, free):
                    p.drawLine(int(tx), foot, int(tx), int(bar.bottom() - 1))
            x += w
            p.setPen(QPen(ground, 3))  # a clear gap between two steps
            p.drawLine(int(x), int(bar.top()), int(x), int(bar.bottom()))
        if self._target:
            tx = bar.left() + self._target * per_s
            total_x = x
            if total_x > tx + 0.5:  # over the usual length: hatched, not only coloured
                over = QRectF(tx, bar.top(), total_x - tx, bar.height())
                p.fillRect(over, QBrush(ground, Qt.BrushStyle.BDiagPattern))
            p.setPen(QPen(text, 3))
            p.drawLine(int(tx), 0, int(tx), int(bar.bottom() + 3))
            label = minutes_text(self._target)
            lw = self.fontMetrics().horizontalAdvance(label)
            lx = min(max(0.0, tx - lw / 2), self.width() - lw - 1)
            p.setPen(text)
            p.drawText(QRectF(lx, bar.bottom() + 3, lw + 1, label_h), Qt.AlignmentFlag.AlignLeft, label)
        p.end()
