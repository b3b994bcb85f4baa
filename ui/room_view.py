"""The room's view: the countdown read from the back wall, the step and its instruction, the prompts,
the round, the time of day and when the meeting is expected to end, and a message to the room.

Everything is painted, and every size is a fraction of the widget, so the same view works on a
1920x1080 projector, a 1280x720 beamer, a 1024x600 laptop and the small preview on the operator's
console. Phases are shown by text and shape as well as colour (Okabe-Ito colours, safe for
colour-blind readers).

The view is laid out in rows from the top (the header, a message or the step's instruction, the
body, the round's names or the next step, the one-screen hint) that never overlap; the layout is worked
out once per size and content (a step, a language, a message, the names) and kept, so the second that
changes each tick only repaints its texts. Every element painted is kept with its rectangle and font
(:meth:`RoomView.painted`), so a test can check that nothing overlaps and every text fits.

This module holds the widget: what it is told to show, and which parts it paints. The parts are
modules of their own: the rows (``ui/room_rows.py``), the header (``ui/room_header.py``), the band and
the body (``ui/room_body.py``), the clock (``ui/room_clock.py``), the round and its chips
(``ui/room_round.py``, ``ui/room_chips.py``), before and after the meeting (``ui/room_gathering.py``),
and the record of what was painted (``ui/room_canvas.py``).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QEvent, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from app.engine import MeetingView, Phase, RunState
from app.plan_fit import minutes_of_usual
from app.timefmt import format_delta_minutes
from ui.room_body import paint_band, paint_body
from ui.room_canvas import Canvas
from ui.room_fonts import Fonts
from ui.room_gathering import paint_ended, paint_gathering
from ui.room_header import clock_time, focus_text, paint_header, title_text
from ui.room_layout import Painted
from ui.room_message import RoomMessage
from ui.room_palette import DARK, HIGH_CONTRAST
from ui.room_rows import Content, Rows, make_rows

FLASH_MS = 300


class RoomView(QWidget):
    """Paints a :class:`MeetingView` for the room. Call ``set_view`` with each new snapshot."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._view: MeetingView | None = None
        self._lang = "en"
        self._blackout = False
        self._flash_enabled = True
        self._flashing = False
        self._palette = DARK
        self._last_phase: Phase | None = None
        self._flash_timer = QTimer(self)
        self._flash_timer.setObjectName("flash-timer")
        self._flash_timer.setSingleShot(True)
        self._flash_timer.timeout.connect(self._end_flash)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setMinimumSize(160, 90)
        self.setAccessibleName(self.tr("Room view"))
        self._texts: list[str] = []
        self._rects: dict[str, QRectF] = {}
        self._painted: list[Painted] = []
        self._hint = ""
        self._now: datetime | None = None
        self._end: datetime | None = None
        self._focus = ""
        self._message: RoomMessage | None = None
        self._end_prompt = False  # "Press Page Down again to end the meeting", over any message
        self._layout_key: Content | None = None
        self._layout = Rows({})
        self._fits: dict[tuple[object, ...], int] = {}
        self.layouts_made = 0  # how often the rows were worked out (not every tick: tests count)

    # -- public API ------------------------------------------------------------------------------
    def set_view(self, view: MeetingView | None) -> None:
        """Show this snapshot; a phase change gives a short flash if enabled."""
        if (view is not None and self._last_phase is not None and view.phase is not self._last_phase
                and view.state is RunState.RUNNING and self._flash_enabled):
            self._flashing = True
            self._flash_timer.start(FLASH_MS)
        self._last_phase = view.phase if view else None
        self._view = view
        self.update()

    def set_times(self, now: datetime | None, expected_end: datetime | None) -> None:
        """The time of day and when the meeting is now expected to end (None: not known); painted with
        the next snapshot."""
        self._now, self._end = now, expected_end

    def set_focus_area(self, text: str) -> None:
        """The focus area chosen at the team's last meeting, shown where this meeting's format uses one."""
        self._focus = " ".join(text.split())
        self.update()

    def set_message(self, message: RoomMessage | None) -> None:
        """A message shown large until it is cleared (None)."""
        self._message = message
        self.update()

    def set_end_prompt(self, on: bool) -> None:
        """Ask, in the message band, for a second Page Down to end the meeting (shown over a message,
        which comes back when the prompt goes)."""
        self._end_prompt = on
        self.update()

    def end_prompt_text(self) -> str:
        """The words of the prompt, in the language of the interface."""
        return self.tr("Press Page Down again to end the meeting")

    def set_language(self, lang: str) -> None:
        """Show format texts in ``lang``."""
        self._lang = lang
        self.update()

    def set_blackout(self, on: bool) -> None:
        """A fully black screen (B or .)."""
        self._blackout = on
        self.update()

    def set_flash_enabled(self, on: bool) -> None:
        """Allow the short flash at a phase change."""
        self._flash_enabled = on
        if not on:
            self._end_flash()

    def set_high_contrast(self, on: bool) -> None:
        """Pure black, white and yellow."""
        self._palette = HIGH_CONTRAST if on else DARK
        self.update()

    def set_hint(self, text: str) -> None:
        """A small line for the operator at the bottom (one screen: the keys to use)."""
        self._hint = text
        self.update()

    def shown_texts(self) -> list[str]:
        """Every text painted last time (for tests and screen readers)."""
        return list(self._texts)

    def layout_rects(self) -> dict[str, QRectF]:
        """Where each element was painted last time."""
        return dict(self._rects)

    def painted(self) -> list[Painted]:
        """Every element painted last time, with its rectangle and font."""
        return list(self._painted)

    def _pace_text(self, view: MeetingView) -> str:
        """Before the start the plan's length; while it runs ahead or behind, over the usual length, and
        when it is expected to end (when known)."""
        if view.state is RunState.FINISHED:
            return ""
        if view.state is RunState.READY:
            usual = view.usual_total_s
            if usual is not None and view.planned_total_s > usual + 0.5:  # the room sees it before the start
                minutes, of = minutes_of_usual(view.planned_total_s, usual)
                return self.tr("Planned %1 of %2 min").replace(
                    "%1", str(minutes)).replace("%2", str(of))
            return self.tr("Planned %n min", "", round(view.planned_total_s / 60))
        minutes = format_delta_minutes(view.behind_s)
        if minutes > 0:
            pace = self.tr("%n min behind", "", minutes)
        elif minutes < 0:
            pace = self.tr("%n min ahead", "", -minutes)
        else:
            pace = self.tr("On time")
        usual = view.usual_total_s
        if minutes > 0 and usual is not None and view.projected_total_s > usual + 0.5:  # behind, and over
            minutes, of = minutes_of_usual(view.projected_total_s, usual)
            pace = f"{pace} · " + self.tr("%1 of %2 min").replace(
                "%1", str(minutes)).replace("%2", str(of))
        if self._end is None:
            return pace
        ends = self.tr("Ends %1").replace(
            "%1", clock_time(self._end + timedelta(seconds=30)))
        return f"{ends} · {pace}"

    def _end_flash(self) -> None:
        self._flashing = False
        self.update()

    # -- painting --------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        """Repaint in the new language at once (the texts are translated as they are painted)."""
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.FontChange):
            self._layout_key = None
            self._fits.clear()
            self.update()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paint the whole view."""
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self._texts, self._rects, self._painted = [], {}, []
        if self._blackout:
            p.fillRect(self.rect(), QColor("black"))
            p.end()
            return
        view = self._view
        bg, fg = self._colours(view)
        if self._flashing:
            bg, fg = fg, bg
        p.fillRect(self.rect(), bg)
        if view is not None:
            c = Canvas(p, Fonts(self.font(), self._fits), self._palette, self._lang, float(self.height()))
            self._paint_view(c, view, fg)
            self._texts, self._rects, self._painted = c.texts, c.rects, c.painted
        p.end()

    def _colours(self, view: MeetingView | None) -> tuple[QColor, QColor]:
        pal = self._palette
        if view is None or view.state is not RunState.RUNNING:
            return pal.background, pal.text
        if view.phase is Phase.OVERTIME:
            return pal.over_bg, pal.over_text
        return pal.background, pal.text

    def _paint_view(self, c: Canvas, view: MeetingView, fg: QColor) -> None:
        mode = "gather" if view.state is RunState.READY and view.before_start is not None else (
            "ended" if view.state is RunState.FINISHED else "run")
        lay = self._layout_for(c.fonts, view, mode)
        title = (view.before_start.title.get(self._lang) if mode == "gather" and view.before_start
                 else "" if mode == "ended" else title_text(view, self._lang))
        paint_header(c, lay.rects, fg, title, self._now, focus_text(view, self._focus), lay.focus_font,
                     self._pace_text(view))
        paint_band(c, lay, fg)
        if mode == "gather":
            assert view.before_start is not None
            paint_gathering(c, view.before_start, lay, fg)
        elif mode == "ended":
            took = self.tr("It took %n min", "", max(1, round(view.meeting_elapsed_s / 60)))
            paint_ended(c, lay.rects["body"], took, fg)
        else:
            paint_body(c, view, lay, fg)
        if "hint" in lay.rects:
            rect = lay.rects["hint"]
            c.draw("hint", rect, self._hint, c.fonts.fit(c.fonts.plain(), self._hint, rect), c.dim(fg),
                   Qt.AlignmentFlag.AlignRight)

    def _layout_for(self, fonts: Fonts, view: MeetingView, mode: str) -> Rows:
        """The rows for this size and content: the kept ones while neither changed."""
        step = view.step
        message = self._message.shown() if self._message is not None else ""
        if self._end_prompt and mode == "run":
            message = self.end_prompt_text()
        run = mode == "run"
        key = Content(
            mode=mode, width=self.width(), height=self.height(), font_key=self.font().key(),
            step_index=view.step_index,
            instruction=step.instruction.get(self._lang) if step.instruction and run else "",
            message=message, end_prompt=self._end_prompt,
            focus=focus_text(view, self._focus) if run else "",
            names=tuple(t.name for t in view.round.turns) if run and view.round else (),
            questions=tuple(q.get(self._lang) for q in step.questions) if run else (),
            expected=view.before_start.expected if mode == "gather" and view.before_start else (),
            hint=bool(self._hint), has_round=view.round is not None, last_step=view.is_last_step)
        if key != self._layout_key:
            self._layout = make_rows(fonts, key)
            self._layout_key = key
            self.layouts_made += 1
        return self._layout
