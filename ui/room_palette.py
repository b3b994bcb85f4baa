"""The room's view's colours: a dark theme and a high-contrast one (Okabe-Ito colours, safe for
colour-blind readers; phases are shown by text and shape as well as colour)."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtGui import QColor


@dataclass(frozen=True)
class Palette:
    """Colours of one theme."""

    background: QColor
    text: QColor
    dim: QColor
    accent: QColor  # the disc
    warning_bg: QColor
    warning_text: QColor
    over_bg: QColor
    over_text: QColor
    message_bg: QColor = field(default_factory=lambda: QColor("#ffffff"))
    message_text: QColor = field(default_factory=lambda: QColor("#000000"))


DARK = Palette(QColor("#14181f"), QColor("#ffffff"), QColor("#b8c0cc"), QColor("#56B4E9"),
               QColor("#E69F00"), QColor("#000000"), QColor("#D55E00"), QColor("#ffffff"),
               QColor("#ffffff"), QColor("#14181f"))
HIGH_CONTRAST = Palette(QColor("#000000"), QColor("#ffffff"), QColor("#ffffff"), QColor("#ffff00"),
                        QColor("#ffff00"), QColor("#000000"), QColor("#ffffff"), QColor("#000000"),
                        QColor("#ffff00"), QColor("#000000"))
