"""A help overlay listing the keys (F1 or ?), drawn over whichever window asked for it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from ui.keys import help_rows


class HelpOverlay(QWidget):
    """Covers its parent with a dark panel listing every key; any key or click closes it."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Keyboard help"))
        parent.installEventFilter(self)
        self.hide()

    def toggle(self) -> None:
        """Show or hide."""
        if self.isVisible():
            self.hide()
            return
        self._cover_parent()
        self.raise_()
        self.show()
        self.setFocus()

    def rows(self) -> list[tuple[str, str]]:
        """The rows shown (for tests and screen readers)."""
        return help_rows()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Follow the parent's size."""
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self._cover_parent()
        return False

    def _cover_parent(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())

    def mousePressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        """A click closes it."""
        self.hide()

    def changeEvent(self, event: QEvent) -> None:
        """Repaint in the new language at once (the texts are translated as they are painted)."""
        if event.type() == QEvent.Type.LanguageChange:
            self.update()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        """A dark panel with two columns: keys and what they do."""
        p = QPainter(self)
        p.fillRect(self.rect(), QColor(0, 0, 0, 225))
        rows = self.rows()
        h = self.height()
        size = max(9.0, min(h / (len(rows) + 4) * 0.45, self.width() / 45))
        font = QFont(self.font())
        margin = max(12.0, h * 0.03)  # the heading never touches the top edge, nor the last line the bottom
        while True:  # smaller until the heading, the rows and the closing line fit inside the margins
            font.setPointSizeF(size)
            p.setFont(font)
            ascent, line = p.fontMetrics().ascent(), p.fontMetrics().lineSpacing() * 1.5
            need = ascent + line * (len(rows) + 2) + p.fontMetrics().descent()
            if need + 2 * margin <= h or size <= 7:
                break
            size -= 0.5
        # ``top`` is the heading's baseline: its letters start an ascent above it
        top = max(margin + ascent, (h - need) / 2 + ascent)
        left, mid = self.width() * 0.08, self.width() * 0.36
        p.setPen(QColor("white"))
        bold = QFont(font)
        bold.setBold(True)
        p.setFont(bold)
        p.drawText(int(left), int(top), self.tr("Keys (a presentation clicker works too)"))
        for i, (keys, what) in enumerate(rows, start=1):
            y = int(top + i * line + line * 0.5)
            p.setFont(bold)
            p.drawText(int(left), y, keys)
            p.setFont(font)
            p.drawText(int(mid), y, what)
        p.setFont(font)
        p.drawText(int(left), int(top + (len(rows) + 2) * line), self.tr("Press any key to close."))
        p.end()
