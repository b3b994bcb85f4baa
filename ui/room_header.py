"""The room's view's header: the step (its number and title), the time of day, the focus area chosen at
the team's last meeting, and the pace ("Ends 14:31 · 2 min behind", "Planned 31 of 30 min"; its words
are the view's own, ui/room_view.py, as they have plural forms)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF

from app.engine import MeetingView
from ui.room_canvas import Canvas
from ui.room_fonts import ALIGN_LEFT


def clock_time(when: datetime, zone: datetime | None = None) -> str:
    """A wall-clock time as the room reads it, ``14:00`` (in ``zone``'s time zone if given; a time
    already in a named zone such as Europe/Oslo is read as it is: across a daylight-saving change
    ``zone``'s fixed offset would move it by an hour)."""
    if (zone is not None and zone.tzinfo is not None and when.tzinfo is not None
            and not isinstance(when.tzinfo, ZoneInfo)):
        when = when.astimezone(zone.tzinfo)
    return f"{when.hour:02d}:{when.minute:02d}"


def title_text(view: MeetingView, lang: str) -> str:
    """"Step 2 of 5 · Round" while the meeting runs."""
    label = QCoreApplication.translate("RoomView", "Step %1 of %2").replace(
        "%1", str(view.step_index + 1)).replace("%2", str(len(view.agenda)))
    return f"{label} · {view.step.title.get(lang)}"


def paint_header(c: Canvas, r: dict[str, QRectF], fg: QColor, title: str, now: datetime | None,
                 focus: str, focus_font: QFont | None, pace: str) -> None:
    """The title on the left, the time of day on the right; under them the focus area and the pace."""
    if title:
        left = r["title"]
        tfont = c.fonts.fit(c.fonts.bold(), title, left, left.height() * 0.62)
        if tfont.pixelSize() < left.height() * 0.38:  # very long title: keep it legible, elide
            tfont.setPixelSize(int(left.height() * 0.38))
        c.draw("title", left, QFontMetricsF(tfont).elidedText(
            title, Qt.TextElideMode.ElideRight, left.width()), tfont, fg, ALIGN_LEFT)
    if now is not None:
        rect = r["time_of_day"]
        text = clock_time(now)
        font = c.fonts.fit(c.fonts.bold(), "88:88", rect, rect.height() * 0.72)
        c.draw("time_of_day", rect, text, font, fg, Qt.AlignmentFlag.AlignRight)
    if focus and focus_font is not None:
        rect = r["focus"]
        fm = QFontMetricsF(focus_font)
        text = fm.elidedText(focus, Qt.TextElideMode.ElideRight, rect.width())
        c.draw("focus", rect, text, focus_font, fg, ALIGN_LEFT)
    if pace:
        rect = r["pace"]
        c.draw("pace", rect, pace, c.fonts.fit(c.fonts.plain(), pace, rect, rect.height() * 0.62),
               fg, Qt.AlignmentFlag.AlignRight)


def focus_text(view: MeetingView, focus: str) -> str:
    """"Today's focus area: …" on the steps of a format that chooses a focus area for the next
    meeting (the circles), except the step that chooses it."""
    if not focus or "focus_area" in view.step.capture:
        return ""
    if not any("focus_area" in line.spec.capture for line in view.agenda):
        return ""
    return QCoreApplication.translate("RoomView", "Today's focus area: %1").replace("%1", focus)
