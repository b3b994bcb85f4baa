"""The start screen's choice of case presenters: one case may have two or more.

A compact list of who is here, side by side and wrapping, each name with a tick: click a name (its
tick or its text) or move to it with the arrow keys and press Space. Two rows high; more names scroll.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QListWidget, QListWidgetItem, QWidget

ROWS = 2  # the rows of names shown at once (the start screen fits a 1366x768 laptop)


class PresenterPicker(QListWidget):
    """Tick the case presenters among the participants.

    Signals:
        changed(): a presenter was ticked or unticked (not when the names are set again).
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setSpacing(2)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTabKeyNavigation(False)
        self._pressed: tuple[QListWidgetItem, Qt.CheckState] | None = None
        self.itemChanged.connect(lambda _item: self.changed.emit())
        self._fit_height()

    def _fit_height(self) -> None:
        row = max(self.fontMetrics().height() + 10, 22)
        frame = 2 * self.frameWidth() + 2 * self.spacing() + 2
        self.setFixedHeight(ROWS * (row + self.spacing()) + frame)

    def changeEvent(self, event: QEvent) -> None:
        """A new font (the text size setting): the two rows follow."""
        if event.type() == QEvent.Type.FontChange:
            self._fit_height()
        super().changeEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Note which name is pressed and whether it was ticked (see :meth:`mouseReleaseEvent`)."""
        item = self.itemAt(event.position().toPoint())
        self._pressed = (item, item.checkState()) if item is not None else None
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """A click on a name's text ticks it too, not only a click on its small tick box."""
        pressed, self._pressed = self._pressed, None
        super().mouseReleaseEvent(event)
        item = self.itemAt(event.position().toPoint())
        if (event.button() == Qt.MouseButton.LeftButton and pressed is not None and item is pressed[0]
                and item.checkState() == pressed[1]):  # the tick box itself did not take the click
            item.setCheckState(Qt.CheckState.Unchecked if pressed[1] == Qt.CheckState.Checked
                               else Qt.CheckState.Checked)

    def sizeHint(self) -> QSize:
        """As wide as the form gives, as high as two rows."""
        return QSize(super().sizeHint().width(), self.height())

    def set_names(self, names: Sequence[str]) -> None:
        """Who is here, in order; whoever was ticked and is still here stays ticked."""
        ticked = set(self.chosen_names())
        current = self.currentItem().text() if self.currentItem() is not None else None
        self.blockSignals(True)
        try:
            self.clear()
            for name in names:
                item = QListWidgetItem(name)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if name in ticked else Qt.CheckState.Unchecked)
                self.addItem(item)
                if name == current:
                    self.setCurrentItem(item)
        finally:
            self.blockSignals(False)

    def set_chosen(self, names: Sequence[str]) -> None:
        """Tick exactly these names (others unticked); a name not here is left out."""
        self.blockSignals(True)
        try:
            for item in self._items():
                item.setCheckState(Qt.CheckState.Checked if item.text() in names else Qt.CheckState.Unchecked)
        finally:
            self.blockSignals(False)
        self.changed.emit()

    def chosen(self) -> tuple[int, ...]:
        """The ticked participants' indexes, in the participants' order."""
        return tuple(i for i, item in enumerate(self._items()) if item.checkState() == Qt.CheckState.Checked)

    def chosen_names(self) -> tuple[str, ...]:
        """The ticked participants' names, in the participants' order."""
        items = self._items()
        return tuple(items[i].text() for i in self.chosen())

    def _items(self) -> list[QListWidgetItem]:
        return [self.item(i) for i in range(self.count())]
