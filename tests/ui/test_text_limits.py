"""A learning point, a round line and a long note stop at 10,000 characters (what a team file
brings in), and show how near they are from 9,000: pasted past it, the rest is cut."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from app.formats import load_format
from app.limits import MAX_TEXT
from ui.capture_panel import CapturePanel

ROOT = Path(__file__).resolve().parents[2]


def paste(widget: object, text: str) -> None:
    QGuiApplication.clipboard().setText(text)
    QTest.keyClick(widget, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)  # type: ignore[call-overload]


def test_the_fields_stop_at_the_limit_and_show_it_as_it_is_approached(qtbot: QtBot) -> None:
    fmt = load_format(ROOT / "resources" / "formats" / "systematic-learning-meeting.json")
    panel = CapturePanel(fmt, ["Anna", "Bo"])
    qtbot.addWidget(panel)
    panel.show()
    seen = []
    panel.changed.connect(seen.append)
    row = panel.point_rows[0]
    row.text.setFocus()
    paste(row.text, "x" * 8_000)
    assert not row.limit.isVisible()  # far from the limit: no counter
    paste(row.text, "y" * 1_850)
    assert row.limit.isVisible() and row.limit.text().replace(",", "").replace("\xa0", "") \
        .replace(".", "").replace(" ", "") == "9850/10000"
    paste(row.text, "z" * 500)
    assert len(row.text.text()) == MAX_TEXT
    panel.flush()
    assert len(seen[-1].learning_points[0].text) == MAX_TEXT
    panel.presenter_learning.setFocus()
    paste(panel.presenter_learning, "l" * (MAX_TEXT + 300))
    assert len(panel.presenter_learning.toPlainText()) == MAX_TEXT
    panel.flush()
    assert len(seen[-1].presenter_learning) == MAX_TEXT
