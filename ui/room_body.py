"""The room's view while the meeting runs, under the header: the band (a message to the room, the prompt
to end the meeting, else the step's instruction) and the body (the clock with the step's questions,
or the round, and the next step)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPen

from app.engine import MeetingView
from ui.room_canvas import Canvas
from ui.room_clock import paint_clock
from ui.room_fonts import ALIGN_LEFT
from ui.room_round import paint_round
from ui.room_rows import Rows


def paint_band(c: Canvas, lay: Rows, fg: QColor) -> None:
    """A message or the prompt on a light card, else the instruction in dimmer words."""
    if not lay.band or lay.band_font is None:
        return
    text = "\n".join(lay.band)
    for name in ("end_prompt", "message"):
        if name not in lay.rects:
            continue
        rect = lay.rects[name]
        pal = c.palette
        c.p.setPen(QPen(fg, max(1.0, rect.height() * 0.02)))
        c.p.setBrush(pal.message_bg)
        c.p.drawRoundedRect(rect, rect.height() * 0.08, rect.height() * 0.08)
        c.draw(name, rect, text, lay.band_font, pal.message_text)
        return
    rect = lay.rects["instruction"]
    c.draw("instruction", rect, text, lay.band_font, c.dim(fg), ALIGN_LEFT)


def paint_body(c: Canvas, view: MeetingView, lay: Rows, fg: QColor) -> None:
    """The round, or the clock and the questions; the next step below."""
    r = lay.rects
    if view.round is not None:
        paint_round(c, view, r, lay.roster, fg)
    else:
        paint_clock(c, view, r["clock_block"], fg)
        if lay.questions and lay.question_font is not None:
            paint_questions(c, lay, fg)
    if "next_step" in r:
        paint_next_step(c, view, r["next_step"], fg)


def paint_questions(c: Canvas, lay: Rows, fg: QColor) -> None:
    """The step's questions, numbered, beside the clock."""
    assert lay.question_font is not None
    c.p.setFont(lay.question_font)
    c.p.setPen(fg)
    flags = int(Qt.TextFlag.TextWordWrap)
    for i, (text, rect) in enumerate(lay.questions):
        c.p.drawText(rect, flags, text)
        c.note(f"question{i}", rect, text, lay.question_font, flags)
    first, last = lay.questions[0][1], lay.questions[-1][1]
    c.rects["questions"] = QRectF(first.left(), first.top(), first.width(), last.bottom() - first.top())


def paint_next_step(c: Canvas, view: MeetingView, rect: QRectF, fg: QColor) -> None:
    """"Next: …", the title of the step after this one."""
    nxt = next((line for line in view.agenda if line.index == view.step_index + 1), None)
    if nxt is None:
        return
    text = QCoreApplication.translate("RoomView", "Next: %1").replace("%1", nxt.spec.title.get(c.lang))
    font = c.fonts.fit(c.fonts.plain(), text, rect, rect.height() * 0.62)
    if font.pixelSize() < rect.height() * 0.4:
        font.setPixelSize(int(rect.height() * 0.4))
    text = QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
    c.draw("next_step", rect, text, font, c.dim(fg), ALIGN_LEFT)
