"""The room's view's clock: the disc that empties, the countdown (or the time counting up in an open step,
or over time), and the phase in words under both ("▲ Time is almost up", "Over time – the clock keeps
counting", "❚❚ Paused"), in shape and words as well as colour."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPen

from app.engine import MeetingView, Phase, RunState
from app.timefmt import format_countdown, format_elapsed
from ui.room_canvas import Canvas
from ui.room_fonts import CENTER


def clock_text(view: MeetingView) -> str:
    """The countdown, or the time so far in an open step."""
    if view.remaining_s is None:
        return format_elapsed(view.step_elapsed_s)
    return format_countdown(view.remaining_s)


def paint_clock(c: Canvas, view: MeetingView, rect: QRectF, fg: QColor) -> None:
    """The disc and the countdown on top, the phase in words under both, as large as fits."""
    top = QRectF(rect.left(), rect.top(), rect.width(), rect.height() * 0.72)
    phase_rect = QRectF(rect.left(), top.bottom(), rect.width(), rect.height() - top.height())
    disc_d = min(top.height() * 0.76, top.width() * 0.22)
    text_rect = QRectF(top)
    if view.remaining_s is not None:
        disc = QRectF(top.left(), top.center().y() - disc_d / 2, disc_d, disc_d)
        paint_disc(c, view, disc, fg)
        text_rect = QRectF(disc.right() + disc_d * 0.15, top.top(), top.width() - disc_d * 1.15,
                           top.height())
    text = clock_text(view)
    sample = "+88:88" if len(text) <= 6 else text
    c.draw("clock", text_rect, text, c.fonts.fit(c.fonts.bold(mono=True), sample, text_rect), fg)
    paint_phase_label(c, view, phase_rect, fg)


def paint_disc(c: Canvas, view: MeetingView, rect: QRectF, fg: QColor) -> None:
    """The disc: full at the start of the time, empty at its end, crossed through over time."""
    p, pal = c.p, c.palette
    p.setPen(QPen(fg, max(2.0, rect.width() * 0.02)))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawEllipse(rect)
    colour = pal.warning_bg if view.phase is Phase.WARNING else pal.accent
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(colour)
    span = int(360 * 16 * view.fraction_left)
    if span > 0:
        p.drawPie(rect.adjusted(4, 4, -4, -4), 90 * 16, span)
    if view.phase is Phase.OVERTIME:  # a cross through the empty disc: time is up
        p.setPen(QPen(fg, max(3.0, rect.width() * 0.06)))
        inset = rect.width() * 0.25
        p.drawLine(QPointF(rect.left() + inset, rect.top() + inset),
                   QPointF(rect.right() - inset, rect.bottom() - inset))
        p.drawLine(QPointF(rect.right() - inset, rect.top() + inset),
                   QPointF(rect.left() + inset, rect.bottom() - inset))
    c.rects["disc"] = rect


def phase_text(view: MeetingView) -> str:
    """The phase in words ("": nothing to say)."""
    if view.state is RunState.READY:
        return QCoreApplication.translate("RoomView", "Ready – press Space to start")
    if view.state is RunState.PAUSED:
        return QCoreApplication.translate("RoomView", "❚❚ Paused")
    if view.state is RunState.FINISHED:
        return ""
    if view.phase is Phase.OVERTIME:
        return QCoreApplication.translate("RoomView", "Over time – the clock keeps counting")
    if view.phase is Phase.WARNING:
        return QCoreApplication.translate("RoomView", "▲ Time is almost up")
    return ""


def paint_phase_label(c: Canvas, view: MeetingView, rect: QRectF, fg: QColor) -> None:
    """The phase in words, large; a warning on a band of its own colour."""
    text = phase_text(view)
    if not text:
        return
    shown, font = c.fonts.phase(text, rect, c.view_h)
    if view.phase is Phase.WARNING and view.state is RunState.RUNNING:
        pal = c.palette
        need = QFontMetricsF(font).boundingRect(rect, int(CENTER), shown)
        width = min(rect.width(), need.width() + font.pixelSize() * 1.2)
        band = QRectF(rect.center().x() - width / 2, rect.top(), width, rect.height())
        c.p.setPen(Qt.PenStyle.NoPen)
        c.p.setBrush(pal.warning_bg)
        c.p.drawRoundedRect(band, rect.height() * 0.2, rect.height() * 0.2)
        c.draw("phase", band, shown, font, pal.warning_text)
        return
    c.draw("phase", rect, shown, font, fg)


def phase_row(block: QRectF) -> QRectF:
    """Where :func:`paint_clock` writes the phase in ``block``."""
    top_h = block.height() * 0.72
    return QRectF(block.left(), block.top() + top_h, block.width(), block.height() - top_h)


def without_round_clock(view: MeetingView) -> MeetingView:
    """The view for a complete round: no turn clock, the step's time instead."""
    remaining = view.step_allotted_s - view.step_elapsed_s
    return replace(view, round=None, remaining_s=remaining)
