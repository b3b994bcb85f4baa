"""Acting as the user does where a window is modal: answering the dialog that a click opens, and the
file dialog answered with a path; and the language put back as it was after a test that changed it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog, QLineEdit, QPlainTextEdit


def answer_modal(kind: type, answer: Callable[[object], None]) -> None:
    """Answer the next modal window of ``kind`` as the user would (it opens inside a click)."""
    tries = iter(range(250))  # five seconds at most: a modal that never opens is not waited for

    def look() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, kind):
            answer(modal)
        elif next(tries, None) is not None:
            QTimer.singleShot(20, look)
    QTimer.singleShot(20, look)


def paste(widget: QLineEdit | QPlainTextEdit, text: str) -> None:
    """What Ctrl+V does with ``text`` on the clipboard, at the end of what the field holds."""
    widget.setFocus()
    if isinstance(widget, QLineEdit):
        widget.end(False)
    else:
        widget.moveCursor(widget.textCursor().MoveOperation.End)
    QGuiApplication.clipboard().setText(text)
    QTest.keyClick(widget, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def choose(combo: QComboBox, index: int) -> None:
    """The list of ``combo`` opened and the item at ``index`` clicked (Qt sends ``activated`` once,
    as for the user; setting the index in code sends only ``currentIndexChanged``)."""
    combo.showPopup()
    view = combo.view()
    view.scrollTo(view.model().index(index, combo.modelColumn()))
    rect = view.visualRect(view.model().index(index, combo.modelColumn()))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    if view.isVisible():
        combo.hidePopup()


def save_to(monkeypatch: pytest.MonkeyPatch, target: Path) -> list[str]:
    """The file dialog answered with ``target``; returns the names it offered."""
    offered: list[str] = []

    def dialog(_parent: object, _title: str, start: str, *_a: object) -> tuple[str, str]:
        offered.append(Path(start).name)
        return str(target), ""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    return offered


@contextmanager
def language_as_before() -> Iterator[None]:
    """Every translator installed inside the block is removed after it, and the default locale is put
    back: a test that switches Runde to Danish, or back to Runde's own English translation, leaves the
    next test (in any file) reading the texts it would read when run alone."""
    app = QCoreApplication.instance()
    before = set(app.findChildren(QTranslator)) if app is not None else set()
    locale = QLocale()
    try:
        yield
    finally:
        app = QCoreApplication.instance()
        if app is not None:
            for translator in set(app.findChildren(QTranslator)) - before:
                app.removeTranslator(translator)
        QLocale.setDefault(locale)
