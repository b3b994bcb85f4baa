"""Acting as the user does where a window is modal: answering the dialog that a click opens, and the
file dialog answered with a path."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog


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


def save_to(monkeypatch: pytest.MonkeyPatch, target: Path) -> list[str]:
    """The file dialog answered with ``target``; returns the names it offered."""
    offered: list[str] = []

    def dialog(_parent: object, _title: str, start: str, *_a: object) -> tuple[str, str]:
        offered.append(Path(start).name)
        return str(target), ""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    return offered
