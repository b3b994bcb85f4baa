"""The room's view's fonts: the largest size at which a text fits its place (on one line, or wrapped
into a few lines), measured once and remembered while the text and the place stay, so a tick that
only changes a second measures nothing again."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF

from ui.room_layout import short_form, wrap_lines

CENTER = Qt.AlignmentFlag.AlignCenter
ALIGN_LEFT = Qt.AlignmentFlag.AlignLeft


def fit_font(base: QFont, text: str, rect: QRectF, max_px: float | None = None) -> QFont:
    """``base`` at the largest pixel size at which ``text`` fits in ``rect`` on one line."""
    font = QFont(base)
    px = int(max(6.0, min(rect.height() * 0.8, max_px or rect.height())))
    font.setPixelSize(px)
    width = QFontMetricsF(font).horizontalAdvance(text) or 1.0
    if width > rect.width():  # scale down from the size measured, then step down while it is too wide
        px = max(6, int(px * rect.width() / width * 0.97))
        font.setPixelSize(px)
        while px > 6 and QFontMetricsF(font).horizontalAdvance(text) > rect.width():
            px -= 1
            font.setPixelSize(px)
    return font


def lines_height(font: QFont, lines: list[str], width: float) -> float:
    """How tall ``lines`` are when drawn one under the other in ``font``."""
    return QFontMetricsF(font).boundingRect(QRectF(0, 0, width, 1e6), int(CENTER), "\n".join(lines)).height()


class Fonts:
    """The view's font (``base``) in the sizes its texts need, remembered in ``sizes`` (kept by the
    view across paints and cleared when its font or language changes)."""

    def __init__(self, base: QFont, sizes: dict[tuple[object, ...], int]) -> None:
        self.base = base
        self._sizes = sizes

    def plain(self) -> QFont:
        """The view's font, as it is."""
        return QFont(self.base)

    def bold(self, mono: bool = False) -> QFont:
        """The view's font in bold (``mono``: with figures of one width, for clocks)."""
        font = QFont(self.base)
        font.setBold(True)
        if mono:
            font.setStyleHint(QFont.StyleHint.Monospace)
        return font

    def fit(self, base: QFont, text: str, rect: QRectF, max_px: float | None = None) -> QFont:
        """:func:`fit_font`, remembered (the same text in the same place is measured once)."""
        key = (base.key(), text, round(rect.width()), round(rect.height()), max_px and round(max_px))
        px = self._sizes.get(key)
        font = QFont(base)
        if px is None:
            if len(self._sizes) > 4000:
                self._sizes.clear()
            px = self._sizes[key] = fit_font(base, text, rect, max_px).pixelSize()
        font.setPixelSize(px)
        return font

    def fit_block(self, text: str, width: float, max_h: float, max_px: float, min_px: float,
                  max_lines: int, bold: bool = False) -> tuple[list[str], QFont]:
        """The largest font (from ``max_px`` down to ``min_px``) at which ``text`` wraps into at most
        ``max_lines`` lines within ``max_h``; at ``min_px`` the last line is cut with "…"."""
        font = self.bold() if bold else QFont(self.base)
        px = max(min_px, max_px)
        while True:
            font.setPixelSize(max(6, int(px)))
            lines = wrap_lines(text, font, width)
            fm = QFontMetricsF(font)
            shown = "\n".join(line for _, line in lines)  # measured as it is drawn, line by line
            need = fm.boundingRect(QRectF(0, 0, width, 1e6), int(CENTER), shown).height() + 1
            fits = len(lines) <= max_lines and need <= max_h
            if fits or px <= min_px:
                break
            px = max(min_px, px * 0.92)
        if fits:
            return [line for _, line in lines], font
        per_line = need / max(1, len(lines))
        room = max(1, min(max_lines, int(max_h // per_line)))
        return short_form(text, font, width, room), font

    def phase(self, text: str, rect: QRectF, view_h: float) -> tuple[str, QFont]:
        """The phase in words, large: on one line, or on two when that makes it larger (never louder
        than the clock of a view ``view_h`` high)."""
        key = ("phase", text, round(rect.width()), round(rect.height()), self.base.key())
        px = self._sizes.get(key)
        two = self._sizes.get(key + ("two",), 0)
        if px is None:
            cap = min(rect.height() * 0.62, view_h * 0.085)  # large, never louder than the clock
            one = self.fit(self.bold(), text, rect, cap).pixelSize()
            px, two = one, 0
            half = rect.height() / 2
            words = text.split(" ")
            if len(words) > 1 and one < min(half * 0.62, cap):
                lines, font = self.fit_block(text, rect.width(), rect.height() * 0.95,
                                             min(half * 0.7, cap), 6, 2, True)
                if len(lines) == 2 and font.pixelSize() > one:
                    px, two = font.pixelSize(), 1
            self._sizes[key], self._sizes[key + ("two",)] = px, two
        font = self.bold()
        font.setPixelSize(px)
        if two:
            return "\n".join(line for _, line in wrap_lines(text, font, rect.width())), font
        return text, font
