"""What every screen test checks the same way: text that does not fit, and controls a screen reader
could not name. One copy, so the windows are all held to the same rule."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QLabel,
    QScrollArea,
    QScrollBar,
    QTabBar,
    QTableWidget,
    QWidget,
)


def clipped(window: QWidget, *, squashed: bool = False) -> list[str]:
    """Buttons and one-line labels narrower than their text needs, scroll areas that scroll sideways
    or hold content wider than they are; with ``squashed``, widgets lower than their minimum too."""
    out = []
    for area in window.findChildren(QAbstractScrollArea):
        if not area.isVisibleTo(window):
            continue
        if area.horizontalScrollBar().isVisible():
            out.append(f"{type(area).__name__} {area.accessibleName()!r} scrolls sideways")
        inner = area.widget() if isinstance(area, QScrollArea) else None
        if inner is not None and inner.minimumSizeHint().width() > area.viewport().width() + 2:
            out.append(f"{area.accessibleName()!r}: content needs {inner.minimumSizeHint().width()} "
                       f"of {area.viewport().width()}")
    for w in window.findChildren(QWidget):
        if not w.isVisibleTo(window) or w.width() <= 0 or isinstance(w.parent(), QAbstractSpinBox):
            continue
        texty = isinstance(w, QAbstractButton) or (isinstance(w, QLabel) and not w.wordWrap() and w.text())
        if texty and w.hasHeightForWidth():  # its text wraps (ui.wrapping): every line in its height
            if w.heightForWidth(w.width()) > w.height() + 2:
                out.append(f"{type(w).__name__} {getattr(w, 'text', str)()!r}: {w.height()} high < "
                           f"{w.heightForWidth(w.width())}")
        elif texty and w.sizeHint().width() > w.width() + 2:
            out.append(f"{type(w).__name__} {getattr(w, 'text', str)()!r}: {w.width()} < "
                       f"{w.sizeHint().width()}")
        if squashed and w.sizeHint().height() > 0 and w.minimumSizeHint().height() > w.height() + 2:
            out.append(f"{type(w).__name__} {w.accessibleName()!r} is squashed")
    return out


def cut_tabs(window: QWidget) -> list[str]:
    """Tab titles that are cut (elided, or scrolled out of sight behind the tab bar's arrows)."""
    out = []
    for bar in window.findChildren(QTabBar):
        if not bar.isVisibleTo(window):
            continue
        for i in range(bar.count()):
            rect, wanted = bar.tabRect(i), bar.tabSizeHint(i)
            if rect.width() + 2 < bar.fontMetrics().horizontalAdvance(bar.tabText(i)) \
                    or rect.right() > bar.width() + 2 or rect.left() < -2:
                out.append(f"tab {bar.tabText(i)!r}: {rect.width()} of {wanted.width()} shown")
    return out


def cut_cells(window: QWidget) -> list[str]:
    """Table cells whose one line of text is wider than their column (shown with "…")."""
    out = []
    for table in window.findChildren(QTableWidget):
        if not table.isVisibleTo(window) or table.wordWrap() and table.verticalHeader().sectionResizeMode(
                0) == table.verticalHeader().ResizeMode.ResizeToContents:
            continue
        for row in range(table.rowCount()):
            for col in range(table.columnCount()):
                item = table.item(row, col)
                if item is None or not item.text() or "\n" in item.text():
                    continue
                needs = table.fontMetrics().horizontalAdvance(item.text()) + 8
                if item.font().bold():
                    font_metrics = QFontMetrics(item.font())
                    needs = font_metrics.horizontalAdvance(item.text()) + 8
                if needs > table.columnWidth(col) + 2:
                    out.append(f"cell {item.text()!r}: {table.columnWidth(col)} < {needs}")
    return out


def unnamed(widgets: Iterable[QWidget]) -> list[str]:
    """The widgets a screen reader would announce without a name."""
    out = []
    for w in widgets:
        iface = QAccessible.queryAccessibleInterface(w)
        if iface is None or not iface.text(QAccessible.Text.Name).strip():
            out.append(f"{type(w).__name__} {getattr(w, 'placeholderText', str)()!r}")
    return out


def focusable(window: QWidget) -> list[QWidget]:
    """The visible controls of ``window`` that take the keyboard focus (scroll bars aside)."""
    return [w for w in window.findChildren(QWidget)
            if w.isVisibleTo(window) and w.focusPolicy() != Qt.FocusPolicy.NoFocus
            and w.focusProxy() is None and not isinstance(w, QScrollBar)]
