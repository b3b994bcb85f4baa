"""The round on the room's view: who has the word (large), their turn's clock, who is next (and, for a
turn in parts, the part in progress), and everyone's chips below."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF

from app.engine import MeetingView, RunState
from app.rotation import TurnStatus
from app.timefmt import format_countdown
from app.turn_parts import part_now
from ui.room_canvas import Canvas
from ui.room_chips import Roster, paint_roster
from ui.room_clock import paint_clock, phase_row, without_round_clock


def paint_round(c: Canvas, view: MeetingView, rects: dict[str, QRectF], roster: Roster | None,
                fg: QColor) -> None:
    """The speaker, the clock, who is next, and the chips (``rects`` from the view's rows)."""
    rnd = view.round
    assert rnd is not None
    top, clock, nxt = rects["speaker"], rects["clock_block"], rects["next_speaker"]
    empty = not any(t.status is not TurnStatus.ABSENT for t in rnd.turns)
    if empty:
        name = QCoreApplication.translate("RoomView", "Nobody takes a turn in this round")
    elif rnd.complete:
        name = QCoreApplication.translate("RoomView", "✓ Round complete")
    elif rnd.speaker is not None:
        name = rnd.speaker.name
    else:
        name = QCoreApplication.translate("RoomView", "The round")
    name_font = c.fonts.fit(c.fonts.bold(), name, top, top.height() * 0.8)
    is_name = rnd.speaker is not None and not (empty or rnd.complete)
    if is_name and name_font.pixelSize() < top.height() * 0.55:  # a name shrinks to fit before it is cut
        name_font.setPixelSize(int(top.height() * 0.55))
    elided = QFontMetricsF(name_font).elidedText(name, Qt.TextElideMode.ElideRight, top.width())
    c.draw("speaker", top, elided, name_font, fg)
    if empty:
        paint_clock(c, replace(view, round=None), clock, fg)  # the step's own clock, counting up
    elif rnd.complete:
        paint_clock(c, without_round_clock(view), clock, fg)
    else:
        paint_clock(c, view, clock, fg)
    part = part_text(view, c.lang) if is_name else ""
    if (rnd.next is not None or part) and not rnd.complete:
        text = QCoreApplication.translate("RoomView", "Next: %1").replace(
            "%1", rnd.next.name) if rnd.next is not None else ""
        text = f"{part} · {text}" if part and text else part or text
        paused = QCoreApplication.translate("RoomView", "❚❚ Paused")
        phase_px = c.fonts.phase(paused, phase_row(clock), c.view_h)[1].pixelSize()
        nf = c.fonts.fit(c.fonts.plain(), text, nxt, min(nxt.height() * 0.6, phase_px))
        if nf.pixelSize() < min(nxt.height() * 0.5, phase_px) and not part:  # the part shrinks, whole
            nf.setPixelSize(int(min(nxt.height() * 0.5, phase_px)))
        elided = QFontMetricsF(nf).elidedText(text, Qt.TextElideMode.ElideRight, nxt.width())
        c.draw("next_speaker", nxt, elided, nf, c.dim(fg))
    if roster is not None:
        paint_roster(c, view, roster, rects["roster"], fg)


def part_text(view: MeetingView, lang: str) -> str:
    """The part of the speaker's turn in progress and its own time left, for a turn in parts
    (the mini-circle's): "Two suggestions from the second (3 of 4) · 1:20 left in this part"."""
    rnd = view.round
    parts = view.step.turn_parts
    if rnd is None or not parts or rnd.turn_remaining_s is None or view.state not in (
            RunState.RUNNING, RunState.PAUSED):
        return ""
    now = part_now([pt.seconds for pt in parts], rnd.turn_allotted_s,
                   rnd.turn_allotted_s - rnd.turn_remaining_s)
    if now is None or now.left_s <= 0:  # over the turn's time: the clock and the phase say so
        return ""
    return QCoreApplication.translate("RoomView", "%1 (%2 of %3) · %4 left in this part").replace(
        "%1", parts[now.index].title.get(lang)).replace("%2", str(now.index + 1)).replace(
        "%3", str(now.count)).replace("%4", format_countdown(now.left_s))
