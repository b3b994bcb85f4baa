"""A check box whose text wraps onto more lines when its column is narrow (Qt's own never wraps: a long
learning question was cut at the console's right edge on a laptop), and a wrapped label that keeps
the height of all its lines."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QCheckBox, QLabel, QSizePolicy, QWidget

# QStyle and its options are imported where a check box is laid out or painted: PySide makes the type,
# with all its enums, when it is first named (5-9 ms here), and the start screen's labels need none of it.

PREFERRED_CHARS = 40  # the width asked for when there is room: about a short sentence
MIN_CHARS = 12  # the narrowest it goes: a few words a line


class WrapCheckBox(QCheckBox):
    """A :class:`QCheckBox` that wraps its text at word boundaries and grows in height to show it all.
    The whole box (indicator and text) takes the click, as Qt's own does."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _indent(self) -> int:
        """Where the text starts: the indicator and the gap after it."""
        from PySide6.QtWidgets import QStyle, QStyleOptionButton

        opt = QStyleOptionButton()
        self.initStyleOption(opt)
        return self.style().subElementRect(QStyle.SubElement.SE_CheckBoxContents, opt, self).left()

    def _text_rect(self, width: int) -> QRect:
        return self.fontMetrics().boundingRect(QRect(0, 0, max(1, width), 100_000),
                                               int(Qt.TextFlag.TextWordWrap), self.text())

    def hasHeightForWidth(self) -> bool:
        """The height follows the width (more lines when narrower)."""
        return True

    def heightForWidth(self, width: int) -> int:
        """Every line of the text, and never lower than the indicator."""
        from PySide6.QtWidgets import QStyle

        indicator = self.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorHeight, None, self)
        return max(indicator, self._text_rect(width - self._indent() - 2).height()) + 4

    def sizeHint(self) -> QSize:
        """One line when it is short, else about :data:`PREFERRED_CHARS` wide."""
        natural = self.fontMetrics().horizontalAdvance(self.text())
        width = self._indent() + min(natural, self.fontMetrics().averageCharWidth() * PREFERRED_CHARS) + 4
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        """A few words a line (a word longer than that is cut, as any label's would be)."""
        natural = self.fontMetrics().horizontalAdvance(self.text())
        width = self._indent() + min(natural, self.fontMetrics().averageCharWidth() * MIN_CHARS) + 4
        return QSize(width, self.heightForWidth(width))

    def hitButton(self, pos: QPoint) -> bool:
        """A click anywhere on the box ticks it (Qt's own reckons with one line of text)."""
        return self.rect().contains(pos)

    def paintEvent(self, event: QPaintEvent) -> None:
        """The indicator as the style draws it, then the text wrapped beside it."""
        from PySide6.QtWidgets import QStyle, QStyleOptionButton, QStyleOptionFocusRect, QStylePainter

        painter = QStylePainter(self)
        opt = QStyleOptionButton()
        self.initStyleOption(opt)
        text = opt.text
        opt.text = ""
        opt.state &= ~QStyle.StateFlag.State_HasFocus  # the focus frame goes round the text, below
        painter.drawControl(QStyle.ControlElement.CE_CheckBox, opt)
        left = self._indent()
        area = QRect(left, 0, self.width() - left, self.height())
        bounds = self._text_rect(area.width() - 2)
        bounds.moveTopLeft(QPoint(left + 1, max(0, (self.height() - bounds.height()) // 2)))
        painter.drawItemText(bounds, int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap),
                             self.palette(), self.isEnabled(), text, self.foregroundRole())
        if self.hasFocus():
            focus = QStyleOptionFocusRect()
            focus.initFrom(self)
            focus.rect = bounds.adjusted(-1, -1, 1, 1)
            painter.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, focus)


class WrapLabel(QLabel):
    """A word-wrapped label that asks for the height of all its lines at its width: in a scrolling form a
    wrapped label was given one line's height and its first line was cut at the top (the start
    screen's series line on a laptop at 125 %)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keep room for every line at the new width."""
        super().resizeEvent(event)
        self._keep_lines()

    def setText(self, text: str) -> None:
        """Show ``text``; the height follows."""
        super().setText(text)
        self._keep_lines()

    def _keep_lines(self) -> None:
        need = self.heightForWidth(self.width()) if self.text() and self.width() > 0 else 0
        if need != self.minimumHeight():
            self.setMinimumHeight(max(0, need))
