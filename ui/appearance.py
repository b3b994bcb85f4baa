"""How the windows on the operator's computer look: theme, text size and a focus ring that shows.

The room's view paints itself (``ui/room_view.py``); this is for the start screen, console, history,
visit and dialogs.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

# A thick, high-contrast ring on whatever has the keyboard focus (WCAG 2.4.7): blue on the dark
# theme's light windows, yellow on high contrast.
_FOCUS_WIDGETS = ("QPushButton", "QCheckBox", "QComboBox", "QLineEdit", "QPlainTextEdit", "QTextEdit",
                  "QListWidget", "QTableWidget", "QSpinBox", "QSlider", "QDateEdit", "QTimeEdit",
                  "QRadioButton", "QTabBar::tab")
_FOCUS_CSS = ", ".join(f"{w}:focus" for w in _FOCUS_WIDGETS) + " {{ outline: none; border: 3px solid {0}; }}"


class Appearance:
    """Remembers the system's own font and palette, so a change of setting is always relative to them."""

    def __init__(self, app: QApplication) -> None:
        self._app = app
        self._font = QFont(app.font())
        self._palette = QPalette(app.palette())
        self.theme = "dark"
        self.scale = 1.0

    def apply(self, theme: str, scale: float) -> None:
        """Use ``theme`` ("dark": the system's own look; "high_contrast") at ``scale`` x the system's text."""
        self.theme, self.scale = theme, scale
        font = QFont(self._font)
        if font.pointSizeF() > 0:
            font.setPointSizeF(self._font.pointSizeF() * scale)
        else:
            font.setPixelSize(max(8, round(self._font.pixelSize() * scale)))
        self._app.setFont(font)
        if theme == "high_contrast":
            self._app.setPalette(high_contrast_palette())
            self._app.setStyleSheet(_FOCUS_CSS.format("#ffff00"))
        else:
            self._app.setPalette(self._palette)
            self._app.setStyleSheet(_FOCUS_CSS.format("#0072B2"))


def high_contrast_palette() -> QPalette:
    """Black, white and yellow only (as the room's high-contrast theme)."""
    black, white, yellow = QColor("#000000"), QColor("#ffffff"), QColor("#ffff00")
    pal = QPalette()
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.AlternateBase,
                 QPalette.ColorRole.Button, QPalette.ColorRole.ToolTipBase):
        pal.setColor(role, black)
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText,
                 QPalette.ColorRole.ToolTipText, QPalette.ColorRole.BrightText,
                 QPalette.ColorRole.PlaceholderText):
        pal.setColor(role, white)
    pal.setColor(QPalette.ColorRole.Highlight, yellow)
    pal.setColor(QPalette.ColorRole.HighlightedText, black)
    pal.setColor(QPalette.ColorRole.Link, yellow)
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor("#a0a0a0"))
    return pal
