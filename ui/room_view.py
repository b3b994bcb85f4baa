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
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QWidget

from app.engine import MeetingView, Phase, RunState, StartCountdown
from app.plan_fit import minutes_of_usual
from app.rotation import TurnStatus
from app.timefmt import format_countdown, format_delta_minutes, format_elapsed
from app.turn_parts import part_now
from ui.room_layout import Painted, flow_chips, short_form, wrap_lines
from ui.room_message import RoomMessage

FLASH_MS = 300
INSTRUCTION_LINES = 3  # the step's instruction in short form: at most this many lines
MESSAGE_LINES = 3
_ALIGN_LEFT = Qt.AlignmentFlag.AlignLeft
_CENTER = Qt.AlignmentFlag.AlignCenter


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


def clock_time(when: datetime, zone: datetime | None = None) -> str:
    """A wall-clock time as the room reads it, ``14:00`` (in ``zone``'s time zone if given; a time
    already in a named zone such as Europe/Oslo is read as it is: across a daylight-saving change
    ``zone``'s fixed offset would move it by an hour)."""
    if (zone is not None and zone.tzinfo is not None and when.tzinfo is not None
            and not isinstance(when.tzinfo, ZoneInfo)):
        when = when.astimezone(zone.tzinfo)
    return f"{when.hour:02d}:{when.minute:02d}"


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


@dataclass
class _Roster:
    """The round's names laid out as chips: one font, rows from the top (the rows that do not fit in
    the space are reached by scrolling to the speaker's row)."""

    px: int
    chips: list[QRectF]  # relative to the roster's top left, in the virtual rows
    rows: list[int]  # each chip's row
    row_h: float
    visible_rows: int
    elide: bool


@dataclass
class _Layout:
    """Rows and fonts that stay while the size and content stay (worked out once, kept)."""

    rects: dict[str, QRectF]
    band: list[str] = field(default_factory=list)  # the instruction's or message's lines
    band_font: QFont | None = None
    focus_font: QFont | None = None
    roster: _Roster | None = None
    questions: list[tuple[str, QRectF]] = field(default_factory=list)
    question_font: QFont | None = None
    expected: list[str] = field(default_factory=list)  # before the start: who is expected, wrapped
    expected_font: QFont | None = None


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
        self._layout_key: tuple[object, ...] | None = None
        self._layout = _Layout({})
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
            self._paint_view(p, view, fg)
        p.end()

    def _colours(self, view: MeetingView | None) -> tuple[QColor, QColor]:
        pal = self._palette
        if view is None or view.state is not RunState.RUNNING:
            return pal.background, pal.text
        if view.phase is Phase.OVERTIME:
            return pal.over_bg, pal.over_text
        return pal.background, pal.text

    def _paint_view(self, p: QPainter, view: MeetingView, fg: QColor) -> None:
        mode = "gather" if view.state is RunState.READY and view.before_start is not None else (
            "ended" if view.state is RunState.FINISHED else "run")
        lay = self._layout_for(view, mode)
        r = lay.rects
        if mode == "gather":
            assert view.before_start is not None
            self._paint_header(p, view, r, fg, view.before_start.title.get(self._lang))
            self._paint_band(p, lay, fg)
            self._paint_gathering(p, view.before_start, lay, fg)
        elif mode == "ended":
            self._paint_header(p, view, r, fg, "")
            self._paint_band(p, lay, fg)
            self._paint_ended(p, view, r["body"], fg)
        else:
            self._paint_header(p, view, r, fg, self._title(view))
            self._paint_band(p, lay, fg)
            self._paint_body(p, view, lay, fg)
        if "hint" in r:
            self._draw(p, "hint", r["hint"], self._hint, self._fit(QFont(self.font()), self._hint, r["hint"]),
                       self._dim(fg), Qt.AlignmentFlag.AlignRight)

    def _draw(self, p: QPainter, name: str, rect: QRectF, text: str, font: QFont, colour: QColor,
              align: Qt.AlignmentFlag = _CENTER) -> None:
        flags = int(align | Qt.AlignmentFlag.AlignVCenter)
        p.setFont(font)
        p.setPen(colour)
        p.drawText(rect, flags, text)
        self._texts.append(text)
        self._rects[name] = rect
        self._painted.append(Painted(name, rect, text, font, flags))

    def _fit(self, base: QFont, text: str, rect: QRectF, max_px: float | None = None) -> QFont:
        """:func:`fit_font`, remembered (the same text in the same place is measured once)."""
        key = (base.key(), text, round(rect.width()), round(rect.height()), max_px and round(max_px))
        px = self._fits.get(key)
        font = QFont(base)
        if px is None:
            if len(self._fits) > 4000:
                self._fits.clear()
            px = self._fits[key] = fit_font(base, text, rect, max_px).pixelSize()
        font.setPixelSize(px)
        return font

    @staticmethod
    def _dim(fg: QColor) -> QColor:
        """Secondary text: the foreground, slightly see-through (legible on every background)."""
        dim = QColor(fg)
        dim.setAlpha(205)
        return dim

    def _bold(self, mono: bool = False) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        if mono:
            font.setStyleHint(QFont.StyleHint.Monospace)
        return font

    # -- the layout: rows that never overlap, worked out once per size and content --------------------
    def _layout_for(self, view: MeetingView, mode: str) -> _Layout:
        step = view.step
        instruction = step.instruction.get(self._lang) if step.instruction and mode == "run" else ""
        message = self._message.shown() if self._message is not None else ""
        if self._end_prompt and mode == "run":
            message = self.end_prompt_text()
        focus = self._focus_text(view) if mode == "run" else ""
        names = tuple(t.name for t in view.round.turns) if mode == "run" and view.round else ()
        questions = tuple(q.get(self._lang) for q in step.questions) if mode == "run" else ()
        expected = view.before_start.expected if mode == "gather" and view.before_start else ()
        key = (mode, self.width(), self.height(), self.font().key(), view.step_index, instruction,
               message, self._end_prompt, focus, names, questions, expected, bool(self._hint),
               view.round is not None, view.is_last_step)
        if key != self._layout_key:
            self._layout = self._make_layout(view, mode, instruction, message, focus, names, questions)
            self._layout_key = key
            self.layouts_made += 1
        return self._layout

    def _make_layout(self, view: MeetingView, mode: str, instruction: str, message: str, focus: str,
                     names: tuple[str, ...], questions: tuple[str, ...]) -> _Layout:
        """The rows from the top (header, message or instruction) and from the bottom (hint, the
        round's names or the next step); the body takes what is between them."""
        w, h = float(self.width()), float(self.height())
        m = min(w, h) * 0.03
        lay = _Layout({})
        rects = lay.rects
        y = self._layout_header(lay, m, w - 2 * m, focus)
        bottom = h - m
        if self._hint:
            rects["hint"] = QRectF(m, h - m * 0.4 - h * 0.04, w - 2 * m, h * 0.04)
            bottom = rects["hint"].top() - h * 0.006
        y = self._layout_band(lay, QRectF(m, y, w - 2 * m, bottom - y), message, instruction,
                              self._end_prompt and mode == "run")
        if mode == "gather" and view.before_start is not None and view.before_start.expected:
            space = QRectF(m, y, w - 2 * m, bottom - y)
            bottom = self._layout_expected(lay, space, view.before_start.expected)
        elif mode == "run":
            bottom = self._layout_footer(lay, QRectF(m, y, w - 2 * m, bottom - y), names, view.is_last_step)
        body = rects["body"] = QRectF(m, y, w - 2 * m, max(1.0, bottom - y))
        if mode != "run":
            return lay
        if questions and view.round is None:
            left = QRectF(body.left(), body.top(), body.width() * 0.4, body.height())
            right = QRectF(left.right() + m, body.top(), body.width() * 0.6 - m, body.height())
            rects["clock_block"], rects["questions_area"] = left, right
            self._layout_questions(lay, questions, right)
        elif view.round is not None:
            rects["speaker"] = QRectF(body.left(), body.top(), body.width(), body.height() * 0.2)
            rects["clock_block"] = QRectF(body.left(), rects["speaker"].bottom(), body.width(),
                                          body.height() * 0.62)
            rects["next_speaker"] = QRectF(body.left(), rects["clock_block"].bottom(), body.width(),
                                           body.height() * 0.18)
        else:
            rects["clock_block"] = body
        return lay

    def _layout_header(self, lay: _Layout, m: float, width: float, focus: str) -> float:
        """Title and time of day; under them the focus area and the pace with the expected end. Returns
        where the next row starts."""
        h = float(self.height())
        row1, row2 = h * 0.085, h * 0.065
        rects = lay.rects
        rects["title"] = QRectF(m, m, width * 0.72, row1)
        rects["time_of_day"] = QRectF(m + width * 0.74, m, width * 0.26, row1)
        rects["focus"] = QRectF(m, m + row1, width * 0.5, row2)
        rects["pace"] = QRectF(m + width * 0.52, m + row1, width * 0.48, row2)
        if focus:
            lay.focus_font = self._fit(QFont(self.font()), focus, rects["focus"], row2 * 0.62)
        return m + row1 + row2 + h * 0.012

    def _layout_band(self, lay: _Layout, space: QRectF, message: str, instruction: str,
                     prompt: bool = False) -> float:
        """A message to the room, large (``prompt``: the prompt to end the meeting, in its place); else
        the step's instruction in short form. Returns where the next row starts."""
        h = float(self.height())
        if message:
            lines, font = self._fit_block(message, space.width() * 0.94, h * 0.24, h * 0.085, h * 0.03,
                                          MESSAGE_LINES, bold=True)
            height = _lines_height(font, lines, space.width()) + font.pixelSize() * 0.8
            name = "end_prompt" if prompt else "message"
        elif instruction:
            font = QFont(self.font())
            font.setPixelSize(max(9, int(h * 0.036)))
            lines = short_form(" ".join(instruction.split()), font, space.width(), INSTRUCTION_LINES)
            height = _lines_height(font, lines, space.width()) + font.pixelSize() * 0.2
            name = "instruction"
        else:
            return space.top()
        lay.rects[name] = QRectF(space.left(), space.top(), space.width(), height)
        lay.band, lay.band_font = lines, font
        return space.top() + height + h * 0.012

    def _layout_expected(self, lay: _Layout, space: QRectF, expected: tuple[str, ...]) -> float:
        """Before the start: who is expected, at the bottom. Returns where the body ends."""
        h = float(self.height())
        footer = QRectF(space.left(), space.bottom() - h * 0.15, space.width(), h * 0.15)
        lay.rects["footer"] = footer
        names = self.tr("Expected: %1").replace("%1", ", ".join(expected))
        lay.expected, lay.expected_font = self._fit_block(
            names, footer.width(), footer.height(), footer.height() * 0.36, 8,
            max(1, int(footer.height() // (h * 0.02))))
        return footer.top() - h * 0.012

    def _layout_footer(self, lay: _Layout, space: QRectF, names: tuple[str, ...], last: bool) -> float:
        """The round's names as chips (a long roster wraps into rows, at most about a fifth of the
        height), or the next step. Returns where the body ends."""
        h = float(self.height())
        if names:
            lay.roster = self._roster_layout(names, space.width(), h * 0.22, h * 0.036, max(11.0, h * 0.02))
            used = lay.roster.visible_rows * lay.roster.row_h
            lay.rects["roster"] = QRectF(space.left(), space.bottom() - used, space.width(), used)
            return space.bottom() - used - h * 0.012
        if last:
            return space.bottom()
        lay.rects["next_step"] = QRectF(space.left(), space.bottom() - h * 0.075, space.width(), h * 0.075)
        return space.bottom() - h * 0.075 - h * 0.012

    def _fit_block(self, text: str, width: float, max_h: float, max_px: float, min_px: float,
                   max_lines: int, bold: bool = False) -> tuple[list[str], QFont]:
        """The largest font (from ``max_px`` down to ``min_px``) at which ``text`` wraps into at most
        ``max_lines`` lines within ``max_h``; at ``min_px`` the last line is cut with "…"."""
        font = self._bold() if bold else QFont(self.font())
        px = max(min_px, max_px)
        while True:
            font.setPixelSize(max(6, int(px)))
            lines = wrap_lines(text, font, width)
            fm = QFontMetricsF(font)
            shown = "\n".join(line for _, line in lines)  # measured as it is drawn, line by line
            need = fm.boundingRect(QRectF(0, 0, width, 1e6), int(_CENTER), shown).height() + 1
            fits = len(lines) <= max_lines and need <= max_h
            if fits or px <= min_px:
                break
            px = max(min_px, px * 0.92)
        if fits:
            return [line for _, line in lines], font
        per_line = need / max(1, len(lines))
        room = max(1, min(max_lines, int(max_h // per_line)))
        return short_form(text, font, width, room), font

    def _layout_questions(self, lay: _Layout, questions: tuple[str, ...], rect: QRectF) -> None:
        texts = [f"{i}. {q}" for i, q in enumerate(questions, start=1)]
        font = QFont(self.font())
        px = max(8.0, min(rect.height() / (len(texts) * 1.45), rect.width() / 18))
        flags = int(Qt.TextFlag.TextWordWrap)
        while True:  # shrink until every question fits: none may be cut off
            font.setPixelSize(int(px))
            fm = QFontMetricsF(font)
            heights = [fm.boundingRect(QRectF(0, 0, rect.width(), 1e6), flags, t).height() for t in texts]
            total = sum(heights) + px * 0.4 * (len(texts) - 1)
            if total <= rect.height() or px <= 8:
                break
            px *= 0.92
        y = rect.top() + max(0.0, (rect.height() - total) / 2)
        for text, height in zip(texts, heights, strict=True):
            lay.questions.append((text, QRectF(rect.left(), y, rect.width(), height)))
            y += height + px * 0.4
        lay.question_font = font

    def _roster_layout(self, names: tuple[str, ...], width: float, max_h: float, max_px: float,
                       min_px: float) -> _Roster:
        """Chips for the names, as large as fits in ``max_h``: every name whole while it can be; at the
        smallest size names are cut, and past what even that holds the rows scroll to the speaker."""
        font = QFont(self.font())
        px = max(min_px, max_px)
        while True:
            font.setPixelSize(max(6, int(px)))
            fm = QFontMetricsF(font)
            row_h, pad = fm.height() * 1.55, px * 1.3
            symbol = max(fm.horizontalAdvance(f"{s} ") for s in SYMBOLS.values())
            word = max(fm.horizontalAdvance(self._chip_label(s, "")) for s in TurnStatus)
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
                    return _Roster(int(px), chips, rows, row_h, rows[-1] + 1, False)
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
        return _Roster(int(px), chips, rows, row_h, min(fits_rows, rows[-1] + 1), True)

    # -- the header: step, time of day, focus area, pace and the expected end ------------------------
    def _title(self, view: MeetingView) -> str:
        label = self.tr("Step %1 of %2").replace("%1", str(view.step_index + 1)).replace(
            "%2", str(len(view.agenda)))
        return f"{label} · {view.step.title.get(self._lang)}"

    def _paint_header(self, p: QPainter, view: MeetingView, r: dict[str, QRectF], fg: QColor,
                      title: str) -> None:
        if title:
            left = r["title"]
            tfont = self._fit(self._bold(), title, left, left.height() * 0.62)
            if tfont.pixelSize() < left.height() * 0.38:  # very long title: keep it legible, elide
                tfont.setPixelSize(int(left.height() * 0.38))
            self._draw(p, "title", left, QFontMetricsF(tfont).elidedText(
                title, Qt.TextElideMode.ElideRight, left.width()), tfont, fg, _ALIGN_LEFT)
        if self._now is not None:
            rect = r["time_of_day"]
            text = clock_time(self._now)
            font = self._fit(self._bold(), "88:88", rect, rect.height() * 0.72)
            self._draw(p, "time_of_day", rect, text, font, fg, Qt.AlignmentFlag.AlignRight)
        layout = self._layout
        focus = self._focus_text(view)
        if focus and layout.focus_font is not None:
            rect = r["focus"]
            fm = QFontMetricsF(layout.focus_font)
            text = fm.elidedText(focus, Qt.TextElideMode.ElideRight, rect.width())
            self._draw(p, "focus", rect, text, layout.focus_font, fg, _ALIGN_LEFT)
        pace = self._pace_text(view)
        if pace:
            rect = r["pace"]
            self._draw(p, "pace", rect, pace, self._fit(QFont(self.font()), pace, rect, rect.height() * 0.62),
                       fg, Qt.AlignmentFlag.AlignRight)

    def _focus_text(self, view: MeetingView) -> str:
        """"Today's focus area: …" on the steps of a format that chooses a focus area for the next
        meeting (the circles), except the step that chooses it."""
        if not self._focus or "focus_area" in view.step.capture:
            return ""
        if not any("focus_area" in line.spec.capture for line in view.agenda):
            return ""
        return self.tr("Today's focus area: %1").replace("%1", self._focus)

    def _pace_text(self, view: MeetingView) -> str:
        if view.state is RunState.FINISHED:
            return ""
        if view.state is RunState.READY:
            usual = view.usual_total_s
            if usual is not None and view.planned_total_s > usual + 0.5:  # the room sees it before the start
                minutes, of = minutes_of_usual(view.planned_total_s, usual)
                return self.tr("Planned %1 of %2 min").replace("%1", str(minutes)).replace("%2", str(of))
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
            pace = f"{pace} · " + self.tr("%1 of %2 min").replace("%1", str(minutes)).replace("%2", str(of))
        if self._end is None:
            return pace
        ends = self.tr("Ends %1").replace("%1", clock_time(self._end + timedelta(seconds=30)))
        return f"{ends} · {pace}"

    # -- the band under the header: a message to the room, else the step's instruction --------------
    def _paint_band(self, p: QPainter, lay: _Layout, fg: QColor) -> None:
        if not lay.band or lay.band_font is None:
            return
        text = "\n".join(lay.band)
        for name in ("end_prompt", "message"):
            if name not in lay.rects:
                continue
            rect = lay.rects[name]
            pal = self._palette
            p.setPen(QPen(fg, max(1.0, rect.height() * 0.02)))
            p.setBrush(pal.message_bg)
            p.drawRoundedRect(rect, rect.height() * 0.08, rect.height() * 0.08)
            self._draw(p, name, rect, text, lay.band_font, pal.message_text)
            return
        rect = lay.rects["instruction"]
        self._draw(p, "instruction", rect, text, lay.band_font, self._dim(fg), _ALIGN_LEFT)

    # -- the body: the clock, the questions, the round ------------------------------------------------
    def _paint_body(self, p: QPainter, view: MeetingView, lay: _Layout, fg: QColor) -> None:
        r = lay.rects
        if view.round is not None:
            self._paint_round(p, view, lay, fg)
        else:
            self._paint_clock(p, view, r["clock_block"], fg)
            if lay.questions and lay.question_font is not None:
                self._paint_questions(p, lay, fg)
        if "next_step" in r:
            self._paint_next_step(p, view, r["next_step"], fg)

    def _clock_text(self, view: MeetingView) -> str:
        if view.remaining_s is None:
            return format_elapsed(view.step_elapsed_s)
        return format_countdown(view.remaining_s)

    def _paint_clock(self, p: QPainter, view: MeetingView, rect: QRectF, fg: QColor) -> None:
        """The disc and the countdown on top, the phase in words under both, as large as fits."""
        top = QRectF(rect.left(), rect.top(), rect.width(), rect.height() * 0.72)
        phase_rect = QRectF(rect.left(), top.bottom(), rect.width(), rect.height() - top.height())
        disc_d = min(top.height() * 0.76, top.width() * 0.22)
        text_rect = QRectF(top)
        if view.remaining_s is not None:
            disc = QRectF(top.left(), top.center().y() - disc_d / 2, disc_d, disc_d)
            self._paint_disc(p, view, disc, fg)
            text_rect = QRectF(disc.right() + disc_d * 0.15, top.top(), top.width() - disc_d * 1.15,
                               top.height())
        text = self._clock_text(view)
        sample = "+88:88" if len(text) <= 6 else text
        self._draw(p, "clock", text_rect, text, self._fit(self._bold(mono=True), sample, text_rect), fg)
        self._paint_phase_label(p, view, phase_rect, fg)

    def _paint_disc(self, p: QPainter, view: MeetingView, rect: QRectF, fg: QColor) -> None:
        pal = self._palette
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
        self._rects["disc"] = rect

    def _phase_text(self, view: MeetingView) -> str:
        if view.state is RunState.READY:
            return self.tr("Ready – press Space to start")
        if view.state is RunState.PAUSED:
            return self.tr("❚❚ Paused")
        if view.state is RunState.FINISHED:
            return ""
        if view.phase is Phase.OVERTIME:
            return self.tr("Over time – the clock keeps counting")
        if view.phase is Phase.WARNING:
            return self.tr("▲ Time is almost up")
        return ""

    def _phase_font(self, text: str, rect: QRectF) -> tuple[str, QFont]:
        """The phase in words, large: on one line, or on two when that makes it larger."""
        key = ("phase", text, round(rect.width()), round(rect.height()), self.font().key())
        px = self._fits.get(key)
        two = self._fits.get(key + ("two",), 0)
        if px is None:
            cap = min(rect.height() * 0.62, self.height() * 0.085)  # large, never louder than the clock
            one = self._fit(self._bold(), text, rect, cap).pixelSize()
            px, two = one, 0
            half = rect.height() / 2
            words = text.split(" ")
            if len(words) > 1 and one < min(half * 0.62, cap):
                lines, font = self._fit_block(text, rect.width(), rect.height() * 0.95,
                                              min(half * 0.7, cap), 6, 2, True)
                if len(lines) == 2 and font.pixelSize() > one:
                    px, two = font.pixelSize(), 1
            self._fits[key], self._fits[key + ("two",)] = px, two
        font = self._bold()
        font.setPixelSize(px)
        if two:
            return "\n".join(line for _, line in wrap_lines(text, font, rect.width())), font
        return text, font

    def _paint_phase_label(self, p: QPainter, view: MeetingView, rect: QRectF, fg: QColor) -> None:
        text = self._phase_text(view)
        if not text:
            return
        shown, font = self._phase_font(text, rect)
        if view.phase is Phase.WARNING and view.state is RunState.RUNNING:
            pal = self._palette
            need = QFontMetricsF(font).boundingRect(rect, int(_CENTER), shown)
            width = min(rect.width(), need.width() + font.pixelSize() * 1.2)
            band = QRectF(rect.center().x() - width / 2, rect.top(), width, rect.height())
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(pal.warning_bg)
            p.drawRoundedRect(band, rect.height() * 0.2, rect.height() * 0.2)
            self._draw(p, "phase", band, shown, font, pal.warning_text)
            return
        self._draw(p, "phase", rect, shown, font, fg)

    def _paint_questions(self, p: QPainter, lay: _Layout, fg: QColor) -> None:
        assert lay.question_font is not None
        p.setFont(lay.question_font)
        p.setPen(fg)
        flags = int(Qt.TextFlag.TextWordWrap)
        for i, (text, rect) in enumerate(lay.questions):
            p.drawText(rect, flags, text)
            self._texts.append(text)
            self._painted.append(Painted(f"question{i}", rect, text, lay.question_font, flags))
        first, last = lay.questions[0][1], lay.questions[-1][1]
        self._rects["questions"] = QRectF(first.left(), first.top(), first.width(),
                                          last.bottom() - first.top())

    def _paint_next_step(self, p: QPainter, view: MeetingView, rect: QRectF, fg: QColor) -> None:
        nxt = next((line for line in view.agenda if line.index == view.step_index + 1), None)
        if nxt is None:
            return
        text = self.tr("Next: %1").replace("%1", nxt.spec.title.get(self._lang))
        font = self._fit(QFont(self.font()), text, rect, rect.height() * 0.62)
        if font.pixelSize() < rect.height() * 0.4:
            font.setPixelSize(int(rect.height() * 0.4))
        text = QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        self._draw(p, "next_step", rect, text, font, self._dim(fg), _ALIGN_LEFT)

    # -- the end: thanks, large and calm (no step, no ahead or behind) ----------------------------
    def _paint_ended(self, p: QPainter, view: MeetingView, body: QRectF, fg: QColor) -> None:
        """"Thank you", "The meeting has ended" and how long it took, centred, readable from the back
        wall; nothing of the last step stays."""
        inner = body.adjusted(body.width() * 0.03, body.height() * 0.06, -body.width() * 0.03,
                              -body.height() * 0.06)
        rows = (("thanks", self.tr("Thank you"), 0.5, self._bold(), fg),
                ("ended", self.tr("The meeting has ended"), 0.3, QFont(self.font()), fg),
                ("duration", self.tr("It took %n min", "", max(1, round(view.meeting_elapsed_s / 60))),
                 0.2, QFont(self.font()), self._dim(fg)))
        y = inner.top()
        for name, text, share, base, colour in rows:
            rect = QRectF(inner.left(), y, inner.width(), inner.height() * share)
            y = rect.bottom()
            self._draw(p, name, rect, text, self._fit(base, text, rect, rect.height() * 0.7), colour)

    # -- before the start: the countdown while people gather --------------------------------------
    def _paint_gathering(self, p: QPainter, c: StartCountdown, lay: _Layout, fg: QColor) -> None:
        """"The meeting starts in 04:32" (from the planned start on: "It is 14:00 – press Space to
        start"; it never starts by itself), and who is expected."""
        body = lay.rects["body"]
        bold = self._bold()
        if c.seconds_left > 0:
            sentence, value = self.tr("The meeting starts in %1"), format_countdown(c.seconds_left)
            note = self.tr("Starts at %1").replace("%1", clock_time(c.starts_at, c.now))
        else:
            sentence, value, note = self.tr("It is %1 – press Space to start"), clock_time(c.now), ""
        self._texts.append(sentence.replace("%1", value))  # the whole sentence, as a reader says it
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
                font = self._fit(self._bold(mono=True), "88:88" if len(text) <= 5 else text, rect)
                self._draw(p, name, rect, text, font, fg)
            elif name == "starts_at":
                font = self._fit(QFont(self.font()), text, rect, rect.height() * 0.6)
                self._draw(p, name, rect, text, font, self._dim(fg))
            else:
                self._draw(p, name, rect, text, self._fit(bold, text, rect, rect.height() * 0.62), fg)
        if lay.expected and lay.expected_font is not None:
            rect = lay.rects["footer"]
            self._draw(p, "expected", rect, "\n".join(lay.expected), lay.expected_font, self._dim(fg))
            self._texts[-1] = self.tr("Expected: %1").replace("%1", ", ".join(c.expected))

    # -- the round -------------------------------------------------------------------------------
    def _paint_round(self, p: QPainter, view: MeetingView, lay: _Layout, fg: QColor) -> None:
        rnd = view.round
        assert rnd is not None
        r = lay.rects
        top, clock, nxt = r["speaker"], r["clock_block"], r["next_speaker"]
        empty = not any(t.status is not TurnStatus.ABSENT for t in rnd.turns)
        if empty:
            name = self.tr("Nobody takes a turn in this round")
        elif rnd.complete:
            name = self.tr("✓ Round complete")
        elif rnd.speaker is not None:
            name = rnd.speaker.name
        else:
            name = self.tr("The round")
        name_font = self._fit(self._bold(), name, top, top.height() * 0.8)
        is_name = rnd.speaker is not None and not (empty or rnd.complete)
        if is_name and name_font.pixelSize() < top.height() * 0.55:  # a name shrinks to fit before it is cut
            name_font.setPixelSize(int(top.height() * 0.55))
        elided = QFontMetricsF(name_font).elidedText(name, Qt.TextElideMode.ElideRight, top.width())
        self._draw(p, "speaker", top, elided, name_font, fg)
        if empty:
            self._paint_clock(p, replace(view, round=None), clock, fg)  # the step's own clock, counting up
        elif rnd.complete:
            self._paint_clock(p, _without_round_clock(view), clock, fg)
        else:
            self._paint_clock(p, view, clock, fg)
        part = self._part_text(view) if is_name else ""
        if (rnd.next is not None or part) and not rnd.complete:
            text = self.tr("Next: %1").replace("%1", rnd.next.name) if rnd.next is not None else ""
            text = f"{part} · {text}" if part and text else part or text
            phase_px = self._phase_font(self.tr("❚❚ Paused"), _phase_row(clock))[1].pixelSize()
            nf = self._fit(QFont(self.font()), text, nxt, min(nxt.height() * 0.6, phase_px))
            if nf.pixelSize() < min(nxt.height() * 0.5, phase_px) and not part:  # the part shrinks, whole
                nf.setPixelSize(int(min(nxt.height() * 0.5, phase_px)))
            elided = QFontMetricsF(nf).elidedText(text, Qt.TextElideMode.ElideRight, nxt.width())
            self._draw(p, "next_speaker", nxt, elided, nf, self._dim(fg))
        if lay.roster is not None:
            self._paint_roster(p, view, lay.roster, r["roster"], fg)

    def _part_text(self, view: MeetingView) -> str:
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
        return self.tr("%1 (%2 of %3) · %4 left in this part").replace(
            "%1", parts[now.index].title.get(self._lang)).replace("%2", str(now.index + 1)).replace(
            "%3", str(now.count)).replace("%4", format_countdown(now.left_s))

    def _chip_label(self, status: TurnStatus, who: str) -> str:
        """A chip's words: a mark before the name, or "Bo passed" / "Bo is away" with the name first
        (as the console says it; "pass Bo" read as an order)."""
        if status is TurnStatus.PASSED:
            return self.tr("%1 passed").replace("%1", who)
        if status is TurnStatus.ABSENT:
            return self.tr("%1 is away").replace("%1", who)
        return f"{SYMBOLS[status]} {who}".strip() if status is not TurnStatus.WAITING else who

    def _paint_roster(self, p: QPainter, view: MeetingView, roster: _Roster, rect: QRectF,
                      fg: QColor) -> None:
        assert view.round is not None
        turns = view.round.turns
        font = QFont(self.font())
        font.setPixelSize(roster.px)
        fm = QFontMetricsF(font)
        p.setFont(font)
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
            self._paint_chip(p, f"chip{i}", chip, turn.name, turn.status, fm, fg, font)
        self._rects["roster"] = rect

    def _paint_chip(self, p: QPainter, name: str, cell: QRectF, who: str, status: TurnStatus,
                    fm: QFontMetricsF, fg: QColor, base: QFont) -> None:
        room = cell.width() - cell.height() * 0.5
        label = self._chip_label(status, who)
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
        p.drawText(inner, int(_CENTER), text)
        self._texts.append(label)
        self._painted.append(Painted(name, inner, text, font, int(_CENTER)))


# Short marks for a chip too narrow for the status word (DejaVu Sans has each of them).
SYMBOLS = {TurnStatus.SPOKEN: "✓", TurnStatus.PASSED: "↷", TurnStatus.ABSENT: "∅", TurnStatus.SPEAKING: "▶",
           TurnStatus.WAITING: ""}


def _lines_height(font: QFont, lines: list[str], width: float) -> float:
    """How tall ``lines`` are when drawn one under the other in ``font``."""
    return QFontMetricsF(font).boundingRect(QRectF(0, 0, width, 1e6), int(_CENTER), "\n".join(lines)).height()


def _phase_row(block: QRectF) -> QRectF:
    """Where :meth:`RoomView._paint_clock` writes the phase in ``block``."""
    top_h = block.height() * 0.72
    return QRectF(block.left(), block.top() + top_h, block.width(), block.height() - top_h)


def _without_round_clock(view: MeetingView) -> MeetingView:
    """The view for a complete round: no turn clock, the step's time instead."""
    remaining = view.step_allotted_s - view.step_elapsed_s
    return replace(view, round=None, remaining_s=remaining)
