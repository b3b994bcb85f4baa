"""One paint of the room's view: the painter, the fonts, the colours and the language, and the record of
every element painted with its rectangle and font (what :meth:`ui.room_view.RoomView.painted` hands to
tests, and :meth:`~ui.room_view.RoomView.shown_texts` to screen readers)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter

from ui.room_fonts import CENTER, Fonts
from ui.room_layout import Painted
from ui.room_palette import Palette


class Canvas:
    """Draws texts and keeps the record of what was drawn where (``texts``, ``rects``, ``painted``)."""

    def __init__(self, painter: QPainter, fonts: Fonts, palette: Palette, lang: str, view_h: float) -> None:
        self.p = painter
        self.fonts = fonts
        self.palette = palette
        self.lang = lang
        self.view_h = view_h  # the view's height: some sizes are a share of it
        self.texts: list[str] = []
        self.rects: dict[str, QRectF] = {}
        self.painted: list[Painted] = []

    def draw(self, name: str, rect: QRectF, text: str, font: QFont, colour: QColor,
             align: Qt.AlignmentFlag = CENTER) -> None:
        """``text`` in ``rect``, vertically centred, recorded as ``name``."""
        flags = int(align | Qt.AlignmentFlag.AlignVCenter)
        self.p.setFont(font)
        self.p.setPen(colour)
        self.p.drawText(rect, flags, text)
        self.rects[name] = rect
        self.note(name, rect, text, font, flags)

    def note(self, name: str, rect: QRectF, text: str, font: QFont, flags: int,
             said: str | None = None) -> None:
        """Record an element painted (``said``: the words a reader says, when not the text drawn)."""
        self.texts.append(text if said is None else said)
        self.painted.append(Painted(name, rect, text, font, flags))

    @staticmethod
    def dim(fg: QColor) -> QColor:
        """Secondary text: the foreground, slightly see-through (legible on every background)."""
        dim = QColor(fg)
        dim.setAlpha(205)
        return dim
