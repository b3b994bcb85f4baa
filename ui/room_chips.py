"""The round's names on the room's view as chips: laid out in rows as large as fit (:func:`roster_layout`),
and painted with each one's status in words or a mark and in shape as well as colour (the speaker's
chip outlined thick, a pass as a hexagon, an absence dotted and struck through)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPen, QPolygonF

from app.engine import MeetingView
from app.rotation import TurnStatus
from ui.room_canvas import Canvas
from ui.room_fonts import CENTER
from ui.room_layout import flow_chips

# Short marks for a chip too narrow for the status word (DejaVu Sans has each of them).
SYMBOLS = {TurnStatus.SPOKEN: "✓", TurnStatus.PASSED: "↷", TurnStatus.ABSENT: "∅", TurnStatus.SPEAKING: "▶",
           TurnStatus.WAITING: ""}


@dataclass
class Roster:
    """The round's names laid out as chips: one font, rows from the top (the rows that do not fit in
    the space are reached by scrolling to the speaker's row)."""

    px: int
    chips: list[QRectF]  # relative to the roster's top left, in the virtual rows
    rows: list[int]  # each chip's row
    row_h: float
    visible_rows: int
    elide: bool


def chip_label(status: TurnStatus, who: str) -> str:
    """A chip's words: a mark before the name, or "Bo passed" / "Bo is away" with the name first
    (as the console says it; "pass Bo" read as an order)."""
    if status is TurnStatus.PASSED:
        return QCoreApplication.translate("RoomView", "%1 passed").replace("%1", who)
    if status is TurnStatus.ABSENT:
        return QCoreApplication.translate("RoomView", "%1 is away").replace("%1", who)
    return f"{SYMBOLS[status]} {who}".strip() if status is not TurnStatus.WAITING else who


def roster_layout(base: QFont, names: tuple[str, ...], width: float, max_h: float, max_px: float,
                  min_px: float) -> Roster:
    """Chips for the names, as large as fits in ``max_h``: every name whole while it can be; at the
    smallest size names are cut, and past what even that holds the rows scroll to the speaker."""
    font = QFont(base)
    px = max(min_px, max_px)
    while True:
        font.setPixelSize(max(6, int(px)))
        fm = QFontMetricsF(font)
        row_h, pad = fm.height() * 1.55, px * 1.3
        symbol = max(fm.horizontalAdvance(f"{s} ") for s in SYMBOLS.values())
        word = max(fm.horizontalAdvance(chip_label(s, "")) for s in TurnStatus)
        widths = [symbol + fm.horizontalAdvance(n) + pad for n in names]
        if max(widths) <= width:
            chips, rows = flow_chips(widths, width, row_h, px * 0.3)
            if (rows[-1] + 1) * row_h <= max_h:
                # "pass" and "away" in words where they take no more rows than the symbols
                wide = [w + max(0.0, word - symbol) for w in widths]
                if max(wide) <= width:
                    word_chips, word_rows = flow_chips(wide, width, row_h, px * 0.3)
                    if word_rows[-1] <= rows[-1]:
                        chips, rows = word_chips, word_rows
                return Roster(int(px), chips, rows, row_h, rows[-1] + 1, False)
        if px <= min_px:
            break
        px = max(min_px, px * 0.92)
    # the smallest size and still too many or too long: a grid of equal cells, as wide as the names
    # need (up to 16 letters or so), the rest cut; rows that do not fit scroll to the speaker's
    fits_rows = max(1, int(max_h // row_h))
    columns = max(1, -(-len(names) // fits_rows))
    cell_min = min(max(widths), px * 16)
    columns = max(1, min(columns, int(width // cell_min)))
    cell = width / columns
    chips = [QRectF((i % columns) * cell, (i // columns) * row_h, cell, row_h).adjusted(
        px * 0.15, px * 0.15, -px * 0.15, -px * 0.15) for i in range(len(names))]
    rows = [i // columns for i in range(len(names))]
    return Roster(int(px), chips, rows, row_h, min(fits_rows, rows[-1] + 1), True)


def paint_roster(c: Canvas, view: MeetingView, roster: Roster, rect: QRectF, fg: QColor) -> None:
    """The chips in ``rect``; when more rows than fit, the speaker's row stays in view."""
    assert view.round is not None
    turns = view.round.turns
    font = c.fonts.plain()
    font.setPixelSize(roster.px)
    fm = QFontMetricsF(font)
    c.p.setFont(font)
    first_row = 0
    last_row = roster.rows[-1] if roster.rows else 0
    if last_row + 1 > roster.visible_rows:  # more rows than fit: the speaker's row stays in view
        speaking = next((i for i, t in enumerate(turns) if t.status is TurnStatus.SPEAKING), 0)
        first_row = min(max(0, roster.rows[speaking] - 1), last_row + 1 - roster.visible_rows)
    for i, turn in enumerate(turns[:len(roster.chips)]):
        row = roster.rows[i]
        if not first_row <= row < first_row + roster.visible_rows:
            continue
        chip = roster.chips[i].translated(rect.left(), rect.top() - first_row * roster.row_h)
        paint_chip(c, f"chip{i}", chip, turn.name, turn.status, fm, fg, font)
    c.rects["roster"] = rect


def paint_chip(c: Canvas, name: str, cell: QRectF, who: str, status: TurnStatus,
               fm: QFontMetricsF, fg: QColor, base: QFont) -> None:
    """One chip: its outline in the status's shape, and the name with the status in words or a mark."""
    p = c.p
    room = cell.width() - cell.height() * 0.5
    label = chip_label(status, who)
    if fm.horizontalAdvance(label) > room:  # the name matters most: a symbol
        label = f"{SYMBOLS[status]} {who}".strip()  # instead of the word (the shape stays)
    pen_w = max(1.0, cell.height() * (0.10 if status is TurnStatus.SPEAKING else 0.03))
    pen = QPen(fg, pen_w)
    if status is TurnStatus.ABSENT:
        pen.setStyle(Qt.PenStyle.DotLine)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    if status in (TurnStatus.SPOKEN, TurnStatus.PASSED):
        dim = QColor(fg)
        dim.setAlpha(60)
        p.setBrush(dim)
    if status is TurnStatus.PASSED:  # a different shape: a hexagon-like chip
        inset = cell.height() * 0.3
        p.drawPolygon(QPolygonF([
            QPointF(cell.left() + inset, cell.top()), QPointF(cell.right() - inset, cell.top()),
            QPointF(cell.right(), cell.center().y()), QPointF(cell.right() - inset, cell.bottom()),
            QPointF(cell.left() + inset, cell.bottom()), QPointF(cell.left(), cell.center().y())]))
    else:
        p.drawRoundedRect(cell, cell.height() * 0.25, cell.height() * 0.25)
    text = fm.elidedText(label, Qt.TextElideMode.ElideRight, room)
    font = QFont(base)
    font.setStrikeOut(status is TurnStatus.ABSENT)
    inner = cell.adjusted(cell.height() * 0.25, 0, -cell.height() * 0.25, 0)
    p.setFont(font)
    p.setPen(fg)
    p.drawText(inner, int(CENTER), text)
    c.note(name, inner, text, font, int(CENTER), said=label)
