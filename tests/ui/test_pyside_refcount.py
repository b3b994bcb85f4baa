"""Guards the PySide6 pin: some releases (6.12.0) drop a reference to None on every call of a void
method under Python 3.11, which aborts a running meeting with "deallocating None" after some
thousands of repaints. None is immortal from Python 3.12 on, where the check cannot fail."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem, QWidget
from pytestqt.qtbot import QtBot


def test_void_calls_keep_none_alive(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    item = QListWidgetItem("x")
    before = sys.getrefcount(None)
    for _ in range(200):
        item.setData(Qt.ItemDataRole.UserRole, 5)
        widget.update()
    assert sys.getrefcount(None) - before > -100, (
        "this PySide6 release leaks references to None: keep it out (see pyproject.toml)")
