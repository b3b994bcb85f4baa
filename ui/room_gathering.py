"""The room's view before and after the meeting: while people gather, the countdown to the planned start
and who is expected (the meeting never starts by itself); at the end, thanks, large and calm."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtGui import QColor

from app.engine import StartCountdown
from app.timefmt import format_countdown
from ui.room_canvas import Canvas
from ui.room_header import clock_time
from ui.room_rows import Rows


def paint_ended(c: Canvas, body: QRectF, took: str, fg: QColor) -> None:
    """"Thank you", "The meeting has ended" and how long it took (``took``, in words), centred,
    readable from the back wall; nothing of the last step stays."""
    inner = body.adjusted(body.width() * 0.03, body.height() * 0.06, -body.width() * 0.03,
                          -body.height() * 0.06)
    rows = (("thanks", QCoreApplication.translate("RoomView", "Thank you"), 0.5, c.fonts.bold(), fg),
            ("ended", QCoreApplication.translate("RoomView", "The meeting has ended"), 0.3,
             c.fonts.plain(), fg),
            ("duration", took,
             0.2, c.fonts.plain(), c.dim(fg)))
    y = inner.top()
    for name, text, share, base, colour in rows:
        rect = QRectF(inner.left(), y, inner.width(), inner.height() * share)
        y = rect.bottom()
        c.draw(name, rect, text, c.fonts.fit(base, text, rect, rect.height() * 0.7), colour)


def paint_gathering(c: Canvas, countdown: StartCountdown, lay: Rows, fg: QColor) -> None:
    """"The meeting starts in 04:32" (from the planned start on: "It is 14:00 – press Space to
    start"; it never starts by itself), and who is expected."""
    body = lay.rects["body"]
    bold = c.fonts.bold()
    if countdown.seconds_left > 0:
        sentence = QCoreApplication.translate("RoomView", "The meeting starts in %1")
        value = format_countdown(countdown.seconds_left)
        note = QCoreApplication.translate("RoomView", "Starts at %1").replace(
            "%1", clock_time(countdown.starts_at, countdown.now))
    else:
        sentence = QCoreApplication.translate("RoomView", "It is %1 – press Space to start")
        value, note = clock_time(countdown.now), ""
    c.texts.append(sentence.replace("%1", value))  # the whole sentence, as a reader says it
    before, _, after = sentence.partition("%1")  # the number big, the words around it in order
    before, after = before.strip(), after.strip().lstrip("–—-:,").strip()
    rows = [(name, text, share) for name, text, share in (
        ("starts_before", before, 0.2), ("clock", value, 0.52), ("starts_after", after, 0.17),
        ("starts_at", note, 0.13)) if text]
    total = sum(share for _, _, share in rows)
    y = body.top()
    for name, text, share in rows:
        rect = QRectF(body.left(), y, body.width(), body.height() * share / total)
        y = rect.bottom()
        if name == "clock":
            font = c.fonts.fit(c.fonts.bold(mono=True), "88:88" if len(text) <= 5 else text, rect)
            c.draw(name, rect, text, font, fg)
        elif name == "starts_at":
            font = c.fonts.fit(c.fonts.plain(), text, rect, rect.height() * 0.6)
            c.draw(name, rect, text, font, c.dim(fg))
        else:
            c.draw(name, rect, text, c.fonts.fit(bold, text, rect, rect.height() * 0.62), fg)
    if lay.expected and lay.expected_font is not None:
        rect = lay.rects["footer"]
        c.draw("expected", rect, "\n".join(lay.expected), lay.expected_font, c.dim(fg))
        c.texts[-1] = QCoreApplication.translate("RoomView", "Expected: %1").replace(
            "%1", ", ".join(countdown.expected))
